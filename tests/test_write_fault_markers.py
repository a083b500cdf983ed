"""Fault markers on writes, the teardown check, the failure section and the fault report, as
users meet them through pytest."""

from __future__ import annotations

import pytest

HEADER = """
import boto3
import pytest
from botocore.config import Config

TABLES = {"accounts": {"partition_key": "id", "items": [{"id": "a1", "balance": 10}]}}
KEY = {"id": {"S": "a1"}}

def client():
    return boto3.client("dynamodb", config=Config(retries={"mode": "legacy"}))

def withdraw(amount):
    \"\"\"Production code: a conditional update, retried once on a lost race.\"\"\"
    for _ in range(2):
        try:
            return client().update_item(
                TableName="accounts", Key=KEY,
                UpdateExpression="SET balance = balance - :n",
                ConditionExpression="balance >= :n",
                ExpressionAttributeValues={":n": {"N": str(amount)}},
                ReturnValues="UPDATED_NEW",
            )["Attributes"]
        except client().exceptions.ConditionalCheckFailedException:
            continue
    raise RuntimeError("gave up")
"""


def test_condition_fails_marker_and_the_fault_report(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        HEADER
        + """
@pytest.mark.dynafake(tables=TABLES)
@pytest.mark.dynafake_condition_fails("UpdateItem", key={"id": "a1"})
def test_lost_race_is_retried(dynafake):
    assert withdraw(3) == {"balance": {"N": "7"}}
    assert [c.outcome for c in dynafake.calls] == ["ConditionalCheckFailedException (400)", "ok"]

@pytest.mark.dynafake(tables=TABLES)
@pytest.mark.dynafake_condition_fails("UpdateItem", times=2)
def test_gives_up(dynafake):
    with pytest.raises(RuntimeError):
        withdraw(3)
    item = client().get_item(TableName="accounts", Key=KEY)["Item"]
    assert item["balance"] == {"N": "10"}

@pytest.mark.dynafake(tables=TABLES)
@pytest.mark.dynafake_unprocessed("BatchWriteItem", last=1, times=2)
def test_batch(dynafake):
    with boto3.resource("dynamodb").Table("accounts").batch_writer() as writer:
        writer.put_item(Item={"id": "a2"})
        writer.put_item(Item={"id": "a3"})
    assert client().scan(TableName="accounts")["Count"] == 3
"""
    )
    result = pytester.runpytest("-p", "no:randomly", "--dynafake-report")
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines(
        [
            "*= dynafake fault report =*",
            "BatchGetItem        throttle ✗  unprocessed ✗  fail ✗  (never called)",
            "TransactGetItems    throttle ✗  conflict ✗  fail ✗  (never called)",
            "GetItem             throttle ✗  fail ✗",
            "Query               throttle ✗  short_page ✗  empty_page ✗  fail ✗  (never called)",
            "Scan                throttle ✗  short_page ✗  empty_page ✗  fail ✗",
            "PutItem             throttle ✗  fail ✗  condition_fails ✗  (never called)",
            "UpdateItem          throttle ✗  fail ✗  condition_fails ✓",
            "DeleteItem          throttle ✗  fail ✗  condition_fails ✗  (never called)",
            "BatchWriteItem      throttle ✗  unprocessed ✓  fail ✗",
            "TransactWriteItems  throttle ✗  conflict ✗  fail ✗  condition_fails ✗  (never called)",
            "2 of 32 failure paths exercised",
        ],
        consecutive=True,
    )


def test_an_unfired_write_fault_fails_the_test(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        HEADER
        + """
@pytest.mark.dynafake(tables=TABLES)
@pytest.mark.dynafake_condition_fails("PutItem", table="accounts", key={"id": "a9"})
def test_unfired():
    client().put_item(TableName="accounts", Item={"id": {"S": "a2"}})
"""
    )
    result = pytester.runpytest("-p", "no:randomly", "--tb=short")
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(
        [
            "E   AssertionError: The following faults were declared but never fired:",
            "    - condition_fails PutItem on table 'accounts' for keys [{'id': 'a9'}] "
            "(times=1, fired 0 times)",
        ],
        consecutive=True,
    )


def test_a_condition_fails_marker_on_a_read_is_refused_at_collection(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(
        """
import pytest

@pytest.mark.dynafake_condition_fails("GetItem")
def test_read():
    pass
"""
    )
    result = pytester.runpytest("-p", "no:randomly")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        [
            "ERROR: test_a_condition_fails_marker_on_a_read_is_refused_at_collection.py::"
            "test_read: @pytest.mark.dynafake_condition_fails: operation='GetItem' is not one "
            "condition_fails applies to: only PutItem, UpdateItem, DeleteItem and "
            "TransactWriteItems can fail a condition"
        ]
    )


def test_a_failing_test_reports_its_write_calls_with_their_keys(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(
        HEADER
        + """
@pytest.mark.dynafake(tables=TABLES)
@pytest.mark.dynafake_condition_fails("UpdateItem", times=2)
def test_fails():
    withdraw(3)
"""
    )
    result = pytester.runpytest("-p", "no:randomly")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*- dynafake -*",
            "tables declared: accounts",
            "calls (2, oldest first):",
            '  UpdateItem accounts {"id":{"S":"a1"}}: ConditionalCheckFailedException (400) '
            "(fault: condition_fails)",
            '  UpdateItem accounts {"id":{"S":"a1"}}: ConditionalCheckFailedException (400) '
            "(fault: condition_fails)",
        ],
        consecutive=True,
    )
