"""Fault markers and the teardown check, as users meet them through pytest."""

from __future__ import annotations

import pytest

HEADER = """
import boto3
import pytest
from botocore.config import Config

TABLES = {"users": {"partition_key": "user_id", "items": [{"user_id": "u1"}]}}
KEY = {"user_id": {"S": "u1"}}

def client():
    return boto3.client("dynamodb", config=Config(retries={"mode": "legacy"}))
"""


def test_fault_marker_declares_the_fault(pytester: pytest.Pytester) -> None:
    """Marker arguments are the method's; the marker alone activates the fake."""
    pytester.makepyfile(
        HEADER
        + """
@pytest.mark.dynafake(tables=TABLES)
@pytest.mark.dynafake_throttle("GetItem", table="users", times=3)
def test_backoff_then_success():
    response = client().get_item(TableName="users", Key=KEY)
    assert response["ResponseMetadata"]["RetryAttempts"] == 3

@pytest.mark.dynafake(tables=TABLES)
@pytest.mark.dynafake_conflict(key={"user_id": "u1"})
def test_conflict(dynafake):
    with pytest.raises(client().exceptions.TransactionCanceledException):
        client().transact_get_items(TransactItems=[{"Get": {"TableName": "users", "Key": KEY}}])
    assert [f.kind for f in dynafake.faults] == ["conflict"]
"""
    )
    pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=2)


def test_fault_markers_on_modules_and_classes(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        HEADER
        + """
pytestmark = [pytest.mark.dynafake(tables=TABLES), pytest.mark.dynafake_throttle("GetItem")]

@pytest.mark.dynafake_fail("GetItem", error="InternalServerError")
class TestShop:
    def test_both(self, dynafake):
        client().get_item(TableName="users", Key=KEY)
        assert [(f.kind, f.call_count) for f in dynafake.faults] == [("throttle", 1), ("fail", 1)]
"""
    )
    pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=1)


def test_unknown_fault_marker_argument_is_a_usage_error(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
import pytest

@pytest.mark.dynafake_throttle("GetItem", tmes=2)
def test_typo():
    pass
"""
    )
    result = pytester.runpytest("-p", "no:randomly")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        [
            "ERROR: test_unknown_fault_marker_argument_is_a_usage_error.py::test_typo: "
            "@pytest.mark.dynafake_throttle got an unexpected keyword argument 'tmes'; it takes "
            "the arguments of dynafake.throttle: operation, error, table, index, key, keys, page, "
            "attempt, times, after, probability, seed, during, is_optional"
        ]
    )


UNFIRED = """
@pytest.mark.dynafake(tables=TABLES)
def test_unfired(dynafake):
    dynafake.throttle("BatchGetItem", table="users", times=2)
    client().get_item(TableName="users", Key=KEY)
"""
REPORT = [
    "E   AssertionError: The following faults were declared but never fired:",
    "    - throttle BatchGetItem on table 'users' (times=2, fired 0 times): no BatchGetItem "
    "call was made (the calls: GetItem x1)",
    "    ",
    "    If this is on purpose, pass is_optional=True to the fault, use "
    "@pytest.mark.dynafake(assert_all_faults_fired=False) on the test, or set "
    "dynafake_assert_all_faults_fired = false in the ini file; see "
    "docs/faults.md#optional-faults",
]


def test_a_fault_that_never_fired_fails_the_test(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(HEADER + UNFIRED)
    result = pytester.runpytest("-p", "no:randomly", "--tb=short")
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(REPORT, consecutive=True)


@pytest.mark.parametrize(
    ("change", "ini"),
    [
        (("times=2)", "times=2, is_optional=True)"), ""),
        (
            (
                "@pytest.mark.dynafake(tables=TABLES)",
                "@pytest.mark.dynafake(tables=TABLES, assert_all_faults_fired=False)",
            ),
            "",
        ),
        (("", ""), "[pytest]\ndynafake_assert_all_faults_fired = false\n"),
    ],
    ids=["is-optional", "marker", "ini"],
)
def test_the_fault_check_can_be_turned_off(
    pytester: pytest.Pytester, change: tuple[str, str], ini: str
) -> None:
    pytester.makepyfile(HEADER + UNFIRED.replace(*change))
    if ini:
        pytester.makeini(ini)
    pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=1)


def test_a_failing_test_is_not_buried_under_the_fault_check(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        HEADER
        + UNFIRED.replace(
            "client().get_item", "assert False, 'real failure'\n    client().get_item"
        )
    )
    result = pytester.runpytest("-p", "no:randomly")
    result.assert_outcomes(failed=1)
    assert "never fired" not in result.stdout.str()


def test_the_seed_of_a_random_fault_is_printed_on_failure(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        HEADER
        + """
@pytest.mark.dynafake(tables=TABLES)
@pytest.mark.dynafake_throttle("GetItem", probability=0.5, seed=1234, times=None, is_optional=True)
def test_flaky():
    assert False
"""
    )
    result = pytester.runpytest("-p", "no:randomly")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*- dynafake: random faults (replay with seed=...) -*",
            "throttle GetItem (times=None, probability=0.5, seed=1234, fired 0 times)",
        ]
    )


def test_the_fake_works_outside_pytest_and_checks_on_exit() -> None:
    from pytest_dynafake import DynaFake

    fake = DynaFake()
    fake.throttle("GetItem")
    fake.start()
    with pytest.raises(AssertionError) as raised:
        fake.__exit__(None, None, None)
    assert str(raised.value).splitlines()[:2] == [
        "The following faults were declared but never fired:",
        "- throttle GetItem (times=1, fired 0 times): no DynamoDB call was made at all",
    ]
    other = DynaFake().start()
    other.throttle("GetItem")
    # A failure inside the block wins over the fault check: __exit__ does not raise.
    other.__exit__(ZeroDivisionError, ZeroDivisionError(), None)


def test_the_fault_report_lists_exercised_and_missing_paths(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        HEADER
        + """
@pytest.mark.dynafake(tables=TABLES)
@pytest.mark.dynafake_script("BatchGetItem", ["throttle", "unprocessed"])
def test_batch():
    client().batch_get_item(RequestItems={"users": {"Keys": [KEY]}})

@pytest.mark.dynafake(tables=TABLES)
@pytest.mark.dynafake_conflict()
def test_transaction():
    with pytest.raises(Exception):
        client().transact_get_items(TransactItems=[{"Get": {"TableName": "users", "Key": KEY}}])
"""
    )
    result = pytester.runpytest("-p", "no:randomly", "--dynafake-report")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(
        [
            "*= dynafake fault report =*",
            "BatchGetItem        throttle ✓  unprocessed ✓  fail ✗",
            "TransactGetItems    throttle ✗  conflict ✓  fail ✗",
            "GetItem             throttle ✗  fail ✗  (never called)",
            "Query               throttle ✗  short_page ✗  empty_page ✗  fail ✗  (never called)",
            "Scan                throttle ✗  short_page ✗  empty_page ✗  fail ✗  (never called)",
            "PutItem             throttle ✗  fail ✗  condition_fails ✗  (never called)",
            "UpdateItem          throttle ✗  fail ✗  condition_fails ✗  (never called)",
            "DeleteItem          throttle ✗  fail ✗  condition_fails ✗  (never called)",
            "BatchWriteItem      throttle ✗  unprocessed ✗  fail ✗  (never called)",
            "TransactWriteItems  throttle ✗  conflict ✗  fail ✗  condition_fails ✗  (never called)",
            "3 of 32 failure paths exercised",
        ],
        consecutive=True,
    )


SKIPPING = """
import sys

@pytest.mark.dynafake(tables=TABLES)
@pytest.mark.dynafake_throttle("GetItem")
def test_skip():
    pytest.skip("not today")

@pytest.mark.dynafake(tables=TABLES)
@pytest.mark.dynafake_throttle("GetItem")
def test_importorskip():
    pytest.importorskip("no_such_module_dynafake")

@pytest.mark.dynafake(tables=TABLES)
@pytest.mark.dynafake_throttle("GetItem")
def test_imperative_xfail():
    pytest.xfail("known bug")

@pytest.mark.xfail(reason="known bug", strict=True)
@pytest.mark.dynafake(tables=TABLES)
@pytest.mark.dynafake_throttle("GetItem")
def test_xfail_marker_fails_as_expected():
    assert False

@pytest.fixture
def unavailable(dynafake):
    pytest.skip("needs a service")

@pytest.mark.dynafake(tables=TABLES)
@pytest.mark.dynafake_throttle("GetItem")
def test_skipped_in_a_fixture(unavailable):
    pass

@pytest.mark.dynafake(tables=TABLES)
@pytest.mark.dynafake_throttle("GetItem")
def test_fail():
    pytest.fail("gave up")
"""


def test_skipped_and_xfailed_tests_get_no_fault_check(pytester: pytest.Pytester) -> None:
    """A test that never ran to the end is not blamed for faults that never fired."""
    pytester.makepyfile(HEADER + SKIPPING)
    result = pytester.runpytest("-p", "no:randomly", "-rA")
    result.assert_outcomes(skipped=3, xfailed=2, failed=1)
    assert "never fired" not in result.stdout.str()


def test_the_fault_report_adds_up_the_xdist_workers(pytester: pytest.Pytester) -> None:
    """Under pytest-xdist the faults fire in the workers (one file each here); the controller
    prints the union."""
    pytester.makepyfile(
        test_batch=HEADER
        + """
@pytest.mark.dynafake(tables=TABLES)
@pytest.mark.dynafake_script("BatchGetItem", ["throttle", "unprocessed"])
def test_batch():
    client().batch_get_item(RequestItems={"users": {"Keys": [KEY]}})
""",
        test_transaction=HEADER
        + """
@pytest.mark.dynafake(tables=TABLES)
@pytest.mark.dynafake_conflict()
def test_transaction():
    with pytest.raises(Exception):
        client().transact_get_items(TransactItems=[{"Get": {"TableName": "users", "Key": KEY}}])
""",
    )
    result = pytester.runpytest_subprocess(
        "-p", "no:randomly", "-n", "2", "--dist", "loadfile", "--dynafake-report"
    )
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(
        [
            "*= dynafake fault report =*",
            "BatchGetItem        throttle ✓  unprocessed ✓  fail ✗",
            "TransactGetItems    throttle ✗  conflict ✓  fail ✗",
            "GetItem             throttle ✗  fail ✗  (never called)",
            "Query               throttle ✗  short_page ✗  empty_page ✗  fail ✗  (never called)",
            "Scan                throttle ✗  short_page ✗  empty_page ✗  fail ✗  (never called)",
            "PutItem             throttle ✗  fail ✗  condition_fails ✗  (never called)",
            "UpdateItem          throttle ✗  fail ✗  condition_fails ✗  (never called)",
            "DeleteItem          throttle ✗  fail ✗  condition_fails ✗  (never called)",
            "BatchWriteItem      throttle ✗  unprocessed ✗  fail ✗  (never called)",
            "TransactWriteItems  throttle ✗  conflict ✗  fail ✗  condition_fails ✗  (never called)",
            "3 of 32 failure paths exercised (in 2 xdist workers)",
        ],
        consecutive=True,
    )


def test_the_fault_report_says_which_xdist_worker_it_could_not_count(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(
        """
import os

def test_crash():
    os._exit(1)
"""
    )
    result = pytester.runpytest_subprocess("-p", "no:randomly", "-n", "1", "--dynafake-report")
    result.stdout.fnmatch_lines(
        [
            "0 of 32 failure paths exercised (in 2 xdist workers)",
            "not counted: worker(s) gw0 ended without sending their paths (crashed?); rerun "
            "without -n to count them",
        ],
        consecutive=True,
    )
