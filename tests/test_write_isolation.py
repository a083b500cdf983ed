"""Writes through the SDK stay in their test: never in the shared fake a test is layered on,
never in the next test."""

from __future__ import annotations

import pytest


def test_writes_never_reach_the_module_fake_or_the_next_test(pytester: pytest.Pytester) -> None:
    """PutItem, UpdateItem and DeleteItem change the test's copy of a module table; the next
    test, and the module fake itself, see the seeded table."""
    pytester.makepyfile(
        """
import boto3, pytest

@pytest.fixture(scope="module", autouse=True)
def users(dynafake_module):
    dynafake_module.table(
        "users", "user_id", items=[{"user_id": "u1", "n": 1}, {"user_id": "u2"}],
        indexes={"by_n": ("n", "N")},
    )
    yield
    # The module's own fake, after every test: as seeded.
    with dynafake_module:
        assert state() == (["u1", "u2"], 1)

def state():
    client = boto3.client("dynamodb")
    items = client.scan(TableName="users")["Items"]
    indexed = client.scan(TableName="users", IndexName="by_n")["Items"]
    return sorted(item["user_id"]["S"] for item in items), len(indexed)

@pytest.mark.parametrize("run", [1, 2])
def test_writes(dynafake, run):
    assert state() == (["u1", "u2"], 1)
    client = boto3.client("dynamodb")
    client.put_item(TableName="users", Item={"user_id": {"S": "u3"}, "n": {"N": "3"}})
    client.update_item(
        TableName="users", Key={"user_id": {"S": "u2"}}, UpdateExpression="SET n = :n",
        ExpressionAttributeValues={":n": {"N": "2"}},
    )
    client.delete_item(TableName="users", Key={"user_id": {"S": "u1"}})
    assert state() == (["u2", "u3"], 2)

def test_after(dynafake):
    assert state() == (["u1", "u2"], 1)
"""
    )
    pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=3)


def test_writes_are_gone_in_the_next_test(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
import boto3

def test_write(dynafake):
    dynafake.table("users", "user_id")
    boto3.client("dynamodb").put_item(TableName="users", Item={"user_id": {"S": "u1"}})
    assert len(dynafake.tables["users"]) == 1

def test_next(dynafake):
    dynafake.table("users", "user_id")
    assert boto3.client("dynamodb").scan(TableName="users")["Items"] == []
"""
    )
    pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=2)
