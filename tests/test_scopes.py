"""Shared fakes: module- and session-scoped seeds, each test seeing a pristine copy."""

from __future__ import annotations

import pytest


def test_session_tables_are_served_and_never_leak(pytester: pytest.Pytester) -> None:
    """A test that seeds a shared table changes its own copy only."""
    pytester.makeconftest(
        """
import pytest

@pytest.fixture(scope="session", autouse=True)
def catalog(dynafake_session):
    dynafake_session.table("users", "user_id", items=[{"user_id": "u1"}])
"""
    )
    pytester.makepyfile(
        """
import boto3

def count(dynafake):
    return len(boto3.client("dynamodb").batch_get_item(
        RequestItems={"users": {"Keys": [{"user_id": {"S": "u1"}}, {"user_id": {"S": "u2"}}]}}
    )["Responses"]["users"])

def test_adds(dynafake):
    dynafake.tables["users"].put_item({"user_id": "u2"})
    dynafake.throttle("GetItem", is_optional=True)
    assert count(dynafake) == 2

def test_sees_the_pristine_table(dynafake):
    assert count(dynafake) == 1
    assert dynafake.faults == []
"""
    )
    pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=2)


def test_module_tables_stay_in_their_module(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_one="""
import boto3, pytest

@pytest.fixture(scope="module", autouse=True)
def orders(dynafake_module):
    dynafake_module.table("orders", "id", items=[{"id": "o1"}])

def test_has_orders(dynafake):
    assert boto3.client("dynamodb").list_tables()["TableNames"] == ["orders"]
""",
        test_two="""
import boto3

def test_has_no_orders(dynafake):
    assert boto3.client("dynamodb").list_tables()["TableNames"] == []
""",
    )
    pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=2)


def test_ini_files_are_loaded_once_for_the_session(pytester: pytest.Pytester) -> None:
    data = pytester.mkdir("data")
    (data / "catalog.json").write_text(
        '{"tables": {"users": {"partition_key": "user_id", "items": [{"user_id": "u1"}]}}}'
    )
    (data / "scan.json").write_text('{"Items": [{"user_id": {"S": "u9"}}]}')
    (data / "export" / "data").mkdir(parents=True)  # an S3 export's folder
    (data / "export" / "data" / "part.json").write_text('{"Item": {"user_id": {"S": "u7"}}}\n')
    pytester.makeini(
        "[pytest]\ndynafake_files =\n    data/catalog.json\n    data/scan.json::users\n"
        "    data/export::users\n"
    )
    pytester.makepyfile(
        """
import boto3

def test_one(dynafake):
    assert len(dynafake.tables["users"]) == 3

def test_two(dynafake_session, dynafake):
    assert dynafake.tables["users"].key_schema == (("user_id", "S"),)
"""
    )
    pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=2)


def test_marker_files_are_relative_to_the_test_file(pytester: pytest.Pytester) -> None:
    sub = pytester.mkpydir("sub")
    (sub / "users.json").write_text(
        '{"tables": {"users": {"partition_key": "user_id", "items": [{"user_id": "u1"}]}}}'
    )
    (sub / "test_marker.py").write_text(
        """
import pytest

@pytest.mark.dynafake(files=["users.json"])
def test_loaded(dynafake):
    assert len(dynafake.tables["users"]) == 1
"""
    )
    pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=1)


def test_a_layer_cannot_redeclare_a_shared_table() -> None:
    from pytest_dynafake import DynaFake, DynaFakeError

    base = DynaFake(tables={"users": {"partition_key": "user_id"}})
    layer = base.layer()
    with pytest.raises(DynaFakeError) as raised:
        layer.table("users", "user_id")
    assert str(raised.value) == (
        "table 'users' is already declared in the fake this one is built on; declare each "
        "table once and seed more items with .put_items()"
    )
    with pytest.raises(DynaFakeError):
        base.layer(tables={"users": {"partition_key": "user_id"}})
