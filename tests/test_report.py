"""What a user sees when a test that uses the fake fails: the calls it answered, undeclared
tables, and a DynaFakeError that reads before botocore's frames."""

from __future__ import annotations

import pytest

from pytest_dynafake._ops.registry import served

TYPO = """
import boto3
import pytest
from botocore.config import Config

TABLES = {"users": {"partition_key": "k"}, "orders": {"partition_key": "k"}}

def client():
    return boto3.client("dynamodb", config=Config(retries={"total_max_attempts": 1}))

@pytest.mark.dynafake(tables=TABLES)
def test_typo():
    client().get_item(TableName="users", Key={"k": {"S": "x"}})
    client().batch_get_item(RequestItems={"user": {"Keys": [{"k": {"S": "x"}}]}})

@pytest.mark.dynafake(tables=TABLES)
def test_passes():
    client().list_tables()
"""


def test_an_undeclared_table_is_named_in_the_failing_test_report(
    pytester: pytest.Pytester,
) -> None:
    """The service's error stays exact; the report adds the calls, the declared tables and
    the table that was requested but never declared, with a close name."""
    pytester.makepyfile(TYPO)
    result = pytester.runpytest("-p", "no:randomly", "-rA")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "E   *.ResourceNotFoundException: An error occurred (ResourceNotFoundException) "
            "when calling the BatchGetItem operation (reached max retries: 0): Requested resource "
            "not found",
            "",
            "*: ResourceNotFoundException",
            "*- dynafake -*",
            "tables declared: orders, users",
            "calls (2, oldest first):",
            "  GetItem users: ok",
            "  BatchGetItem user: ResourceNotFoundException (400)",
            "table 'user' was requested but never declared; did you mean 'users'?",
        ],
        consecutive=True,
    )
    # Only on failure: the passing test's report has no such section.
    assert result.stdout.str().count("- dynafake -") == 1


def test_the_report_shows_the_most_recent_calls(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
import boto3
import pytest

@pytest.mark.dynafake(tables={"users": {"partition_key": "k"}})
@pytest.mark.dynafake_throttle("GetItem", times=1)
def test_many(dynafake):
    client = boto3.client("dynamodb")
    for n in range(24):
        client.get_item(TableName="users", Key={"k": {"S": str(n)}})
    client.describe_table(TableName="nothing")
"""
    )
    result = pytester.runpytest("-p", "no:randomly")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*- dynafake -*",
            "tables declared: users",
            "calls (26, oldest first):",
            "  ... 6 earlier calls not shown",
            *["  GetItem users: ok"] * 19,
            "  DescribeTable nothing: ResourceNotFoundException (400)",
            "table 'nothing' was requested but never declared",
        ],
        consecutive=True,
    )


UNSUPPORTED = """
import boto3

def save(client):
    client.execute_statement(Statement="SELECT * FROM users")

def test_put(dynafake):
    save(boto3.client("dynamodb"))
"""
MESSAGE = (
    f"pytest-dynafake does not serve DynamoDB ExecuteStatement; it serves {served()}. The "
    "request was not sent anywhere: no DynamoDB request leaves the machine while a fake is "
    "active."
)


@pytest.mark.parametrize("style", ["auto", "long"])
def test_an_unsupported_operation_reads_first(pytester: pytest.Pytester, style: str) -> None:
    """The user's frames, then the DynaFakeError: no botocore or plugin frame between."""
    pytester.makepyfile(UNSUPPORTED)
    result = pytester.runpytest("-p", "no:randomly", f"--tb={style}")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "    def test_put(dynafake):",
            ">       save(boto3.client(*dynamodb*))",
            "",
            "test_an_unsupported_operation_reads_first.py:7: ",
            "_ _ _ *",
            "",
            "client = <botocore.client.DynamoDB object at *>",
            "",
            "    def save(client):",
            ">       client.execute_statement(Statement=*SELECT * FROM users*)",
            f"E       pytest_dynafake.DynaFakeError: {MESSAGE}",
            "",
            "test_an_unsupported_operation_reads_first.py:4: DynaFakeError",
            "*- dynafake -*",
        ],
        consecutive=True,
    )


def test_an_unsupported_operation_reads_first_in_short_tracebacks(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(UNSUPPORTED)
    result = pytester.runpytest("-p", "no:randomly", "--tb=short")
    result.stdout.fnmatch_lines(
        [
            "*_ test_put _*",
            "test_an_unsupported_operation_reads_first_in_short_tracebacks.py:7: in test_put",
            "    save(boto3.client(*dynamodb*))",
            "test_an_unsupported_operation_reads_first_in_short_tracebacks.py:4: in save",
            "    client.execute_statement(Statement=*SELECT * FROM users*)",
            f"E   pytest_dynafake.DynaFakeError: {MESSAGE}",
            "*- dynafake -*",
        ],
        consecutive=True,
    )


def test_fulltrace_keeps_every_frame(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(UNSUPPORTED)
    result = pytester.runpytest("-p", "no:randomly", "--fulltrace")
    result.stdout.fnmatch_lines(
        ["*/botocore/client.py:*: ", "*/pytest_dynafake/_serve.py:*: DynaFakeError"]
    )


def test_an_error_with_no_user_frame_keeps_the_plugins_frames(pytester: pytest.Pytester) -> None:
    """A bad marker fails the fixture's setup: no frame of the user's is on the stack, so the
    traceback is left as it was rather than reduced to pytest's own frames."""
    pytester.makepyfile(
        """
import pytest

@pytest.mark.dynafake(tables={"users": {"key": "k"}})
def test_bad():
    pass
"""
    )
    result = pytester.runpytest("-p", "no:randomly", "--tb=short")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(
        [
            "*_ ERROR at setup of test_bad _*",
            "*/pytest_dynafake/_fake.py:*: in __init__",
            "    self._tables.declare(name, spec)",
            "*/pytest_dynafake/_tables.py:*: in declare",
        ],
        consecutive=True,
    )
