"""The pytest plugin as users meet it: fixture, marker, ini option, teardown."""

from __future__ import annotations

import pytest

CLIENT = """
import boto3
from botocore.config import Config

def client():
    return boto3.client("dynamodb", config=Config(retries={"total_max_attempts": 1}))
"""


def test_fixture_serves_a_plain_boto3_client(pytester: pytest.Pytester) -> None:
    """A test asks for dynafake, seeds a table and reads it with boto3, no region or creds."""
    pytester.makepyfile(
        CLIENT
        + """
def test_reads(dynafake):
    dynafake.table("users", ("user_id", "S"), items=[{"user_id": "u1", "age": 36}])
    response = client().batch_get_item(RequestItems={"users": {"Keys": [{"user_id": {"S": "u1"}}]}})
    assert response["Responses"]["users"] == [{"user_id": {"S": "u1"}, "age": {"N": "36"}}]
"""
    )
    pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=1)


def test_marker_alone_activates_the_fixture_and_seeds_tables(pytester: pytest.Pytester) -> None:
    """The marker is enough; on a module it applies to every test; closest marker wins."""
    pytester.makepyfile(
        CLIENT
        + """
import pytest

pytestmark = pytest.mark.dynafake(tables={"users": {"partition_key": "k", "items": [{"k": "m"}]}})

def test_module_tables():
    assert client().list_tables()["TableNames"] == ["users"]

@pytest.mark.dynafake(tables={"orders": {"partition_key": "k"}})
def test_closest_wins():
    assert client().list_tables()["TableNames"] == ["orders"]
"""
    )
    pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=2)


def test_fake_is_inactive_after_the_test(pytester: pytest.Pytester) -> None:
    """Teardown deactivates the fake and restores the environment."""
    pytester.makepyfile(
        """
import os
from pytest_dynafake._botocore import DISPATCH

def test_uses(dynafake, monkeypatch):
    assert DISPATCH.active is dynafake
    assert os.environ["AWS_ACCESS_KEY_ID"] == "dynafake-access-key"

def test_after():
    assert DISPATCH.active is None
"""
    )
    pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=2)


def test_unknown_marker_option_is_a_usage_error(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
import pytest

@pytest.mark.dynafake(table={"users": {}})
def test_typo():
    pass
"""
    )
    result = pytester.runpytest("-p", "no:randomly")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        [
            "ERROR: test_unknown_marker_option_is_a_usage_error.py::test_typo: "
            "@pytest.mark.dynafake got an unexpected keyword argument 'table'; it takes the "
            "arguments of DynaFake(): tables, files, assert_all_faults_fired, simulate_sleep, "
            "max_calls, fake_credentials"
        ]
    )


def test_bad_marker_table_fails_the_test_setup(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
import pytest

@pytest.mark.dynafake(tables={"users": {"key": "k"}})
def test_bad():
    pass
"""
    )
    result = pytester.runpytest("-p", "no:randomly")
    result.assert_outcomes(errors=1)
    (error,) = [line[1:].strip() for line in result.outlines if line.startswith("E ")]
    assert error == (
        "pytest_dynafake.DynaFakeError: table 'users': spec keys ['key'] are not "
        "understood; give 'partition_key' and optionally 'sort_key', 'indexes', 'items' and "
        "'format', or boto3's 'KeySchema' and 'AttributeDefinitions'"
    )


def test_markers_are_documented_with_their_signatures(pytester: pytest.Pytester) -> None:
    """``pytest --markers`` shows every marker with the arguments it takes."""
    result = pytester.runpytest("--markers")
    schedule = (
        "attempt=None, times=1, after=0, probability=None, seed=None, during=None, "
        "is_optional=False)"
    )
    common = f"table=None, key=None, keys=None, {schedule}"
    paged = f"table=None, index=None, key=None, keys=None, page=None, {schedule}"
    result.stdout.fnmatch_lines(
        [
            "@pytest.mark.dynafake(*, tables=None, files=(), assert_all_faults_fired=True, "
            "simulate_sleep=False, max_calls=None, fake_credentials=True): activate the "
            "dynafake fixture for this "
            "test, class or module; tables declares tables: {'users': {'partition_key': "
            "('user_id', 'S'), 'items': ?...?}}, files "
            "loads seed files (paths relative to the test file). See docs/tables.md",
            "",
            "@pytest.mark.dynafake_throttle(operation, *, "
            f"error='ProvisionedThroughputExceededException', {paged}: throttle matching "
            "calls (dynafake.throttle). See docs/faults.md",
            "",
            "@pytest.mark.dynafake_unprocessed(operation='BatchGetItem', *, last=None, "
            f"share=None, {common}: return matching BatchGetItem and BatchWriteItem requests "
            "unprocessed "
            "(dynafake.unprocessed). See docs/faults.md",
            "",
            "@pytest.mark.dynafake_conflict(operation='TransactGetItems', *, "
            f"code='TransactionConflict', {common}: cancel matching TransactGetItems and "
            "TransactWriteItems with CancellationReasons (dynafake.conflict). See docs/faults.md",
            "",
            f"@pytest.mark.dynafake_fail(operation, *, error='InternalServerError', {paged}: "
            "fail matching calls with a server or network error (dynafake.fail). See "
            "docs/faults.md",
        ],
        consecutive=True,
    )


def test_fake_credentials_can_be_turned_off(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\ndynafake_fake_credentials = false\n")
    pytester.makepyfile(
        """
import os

def test_env(dynafake):
    assert "AWS_ACCESS_KEY_ID" not in os.environ
    assert os.environ["AWS_PROFILE"] == "mine"
"""
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("AWS_ACCESS_KEY_ID", raising=False)
        patch.setenv("AWS_PROFILE", "mine")
        pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=1)


def test_fake_credentials_replace_real_ones_inside_a_test(pytester: pytest.Pytester) -> None:
    """Real credentials and profiles in the environment are never used to sign."""
    pytester.makepyfile(
        """
import os

def test_env(dynafake):
    assert os.environ["AWS_ACCESS_KEY_ID"] == "dynafake-access-key"
    assert os.environ["AWS_SECRET_ACCESS_KEY"] == "dynafake-secret-key"
    assert os.environ["AWS_EC2_METADATA_DISABLED"] == "true"
    assert "AWS_PROFILE" not in os.environ
    assert "AWS_SESSION_TOKEN" not in os.environ
    assert os.environ["AWS_DEFAULT_REGION"] == "eu-west-1"

def test_outside():
    assert os.environ["AWS_ACCESS_KEY_ID"] == "real"
"""
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("AWS_ACCESS_KEY_ID", "real")
        patch.setenv("AWS_SESSION_TOKEN", "token")
        patch.setenv("AWS_PROFILE", "prod")
        patch.setenv("AWS_DEFAULT_REGION", "eu-west-1")
        pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=2)


def test_module_level_client_without_credentials_is_served(pytester: pytest.Pytester) -> None:
    """Clients built at import time get the session's fake credentials and region."""
    pytester.makepyfile(
        CLIENT
        + """
import pytest

CLIENT = client()

@pytest.mark.dynafake(tables={"users": {"partition_key": "k", "items": [{"k": "a"}]}})
def test_module_client():
    assert CLIENT.get_item(TableName="users", Key={"k": {"S": "a"}})["Item"] == {"k": {"S": "a"}}
"""
    )
    pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=1)
