"""Several faults on one call: per-key outcomes are the union, a whole-call error wins."""

from __future__ import annotations

from typing import Any

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from pytest_dynafake import DynaFake

U1 = {"user_id": {"S": "u1"}}
U2 = {"user_id": {"S": "u2"}}
U3 = {"user_id": {"S": "u3"}}
ORDER = {"customer": {"S": "c1"}, "order_id": {"N": "1"}}
HELD = "UnprocessedKeys (1 keys)"
PROVISIONED = "ProvisionedThroughputExceededException (400)"
CANCELLED = "TransactionCanceledException (400)"


def client(mode: str = "standard", attempts: int = 1) -> Any:
    return boto3.client(
        "dynamodb", config=Config(retries={"mode": mode, "total_max_attempts": attempts})
    )


def gets(*keys: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"Get": {"TableName": "users", "Key": key}} for key in keys]


@pytest.fixture
def three(dynafake: DynaFake) -> Any:
    return dynafake.table("users", "user_id", items=[{"user_id": f"u{n}"} for n in (1, 2, 3)])


def test_two_unprocessed_faults_on_different_keys_both_hold_their_keys(
    dynafake: DynaFake, three: Any
) -> None:
    first = dynafake.unprocessed(key={"user_id": "u1"})
    second = dynafake.unprocessed(key={"user_id": "u3"})
    response = client().batch_get_item(RequestItems={"users": {"Keys": [U1, U2, U3]}})
    assert response["Responses"] == {"users": [U2]}
    assert response["UnprocessedKeys"] == {"users": {"Keys": [U1, U3]}}
    assert (first.call_count, second.call_count) == (1, 1)
    assert first.answers == second.answers == [HELD]
    call = dynafake.get_call("BatchGetItem")
    assert call.outcome == "UnprocessedKeys (2 keys)"
    assert call.fault is first
    assert call.faults == (first, second)


def test_two_conflict_faults_on_different_gets_both_mark_their_items(
    dynafake: DynaFake, three: Any
) -> None:
    first = dynafake.conflict(key={"user_id": "u1"})
    second = dynafake.conflict(key={"user_id": "u3"}, code="ThrottlingError")
    with pytest.raises(ClientError) as raised:
        client().transact_get_items(TransactItems=gets(U1, U2, U3))
    assert raised.value.response["Error"] == {
        "Code": "TransactionCanceledException",
        "Message": "Transaction cancelled, please refer cancellation reasons for specific "
        "reasons [TransactionConflict, None, ThrottlingError]",
    }
    assert [r["Code"] for r in raised.value.response["CancellationReasons"]] == [
        "TransactionConflict",
        "None",
        "ThrottlingError",
    ]
    assert first.answers == second.answers == [CANCELLED]
    assert dynafake.get_call("TransactGetItems").faults == (first, second)


def test_a_get_marked_twice_gets_the_code_of_the_first_declared(
    dynafake: DynaFake, three: Any
) -> None:
    first = dynafake.conflict(key={"user_id": "u2"})
    second = dynafake.conflict(table="users", code="ValidationError")
    with pytest.raises(ClientError) as raised:
        client().transact_get_items(TransactItems=gets(U1, U2))
    assert [r["Code"] for r in raised.value.response["CancellationReasons"]] == [
        "ValidationError",
        "TransactionConflict",
    ]
    assert (first.call_count, second.call_count) == (1, 1)


def test_a_whole_call_error_wins_and_the_per_key_fault_waits_for_the_retry(
    dynafake: DynaFake, three: Any
) -> None:
    """The unprocessed fault, declared first, is not spent on the call that failed."""
    held = dynafake.unprocessed(key={"user_id": "u2"})
    failed = dynafake.fail("BatchGetItem")
    response = client("legacy", 3).batch_get_item(RequestItems={"users": {"Keys": [U1, U2]}})
    assert response["UnprocessedKeys"] == {"users": {"Keys": [U2]}}
    assert [(c.outcome, c.faults) for c in dynafake.calls] == [
        ("InternalServerError (500)", (failed,)),
        (HELD, (held,)),
    ]
    assert (held.matched, held.call_count, failed.matched, failed.call_count) == (2, 1, 2, 1)


def test_a_transaction_throttle_wins_over_a_conflict(dynafake: DynaFake, three: Any) -> None:
    conflict = dynafake.conflict(key={"user_id": "u1"})
    throttle = dynafake.throttle("TransactGetItems")
    with pytest.raises(ClientError) as raised:
        client("legacy", 3).transact_get_items(TransactItems=gets(U1, U2))
    assert raised.value.response["Error"]["Code"] == "TransactionCanceledException"
    assert [c.outcome for c in dynafake.calls] == [PROVISIONED, CANCELLED]
    assert (throttle.call_count, conflict.call_count) == (1, 1)


def test_a_partial_batch_throttle_composes_with_unprocessed(
    dynafake: DynaFake, three: Any, orders: Any
) -> None:
    throttle = dynafake.throttle("BatchGetItem", table="orders")
    held = dynafake.unprocessed(key={"user_id": "u2"})
    response = client().batch_get_item(
        RequestItems={"users": {"Keys": [U1, U2]}, "orders": {"Keys": [ORDER]}}
    )
    assert response["Responses"] == {"users": [U1], "orders": []}
    assert response["UnprocessedKeys"] == {"users": {"Keys": [U2]}, "orders": {"Keys": [ORDER]}}
    assert throttle.answers == held.answers == [HELD]
    assert dynafake.get_call().outcome == "UnprocessedKeys (2 keys)"


def test_partial_throttles_that_cover_every_key_fail_the_call(
    dynafake: DynaFake, three: Any, orders: Any
) -> None:
    """Nothing could be read for lack of throughput: the service raises (API reference)."""
    on_orders = dynafake.throttle("BatchGetItem", table="orders")
    on_users = dynafake.throttle("BatchGetItem", table="users", error="ThrottlingException")
    held = dynafake.unprocessed(key={"user_id": "u2"}, is_optional=True)
    with pytest.raises(ClientError) as raised:
        client().batch_get_item(
            RequestItems={"users": {"Keys": [U1, U2]}, "orders": {"Keys": [ORDER]}}
        )
    assert raised.value.response["Error"]["Code"] == "ProvisionedThroughputExceededException"
    assert raised.value.response["ThrottlingReasons"] == [
        {
            "reason": "TableReadProvisionedThroughputExceeded",
            "resource": "arn:aws:dynamodb:us-east-1:123456789012:table/orders",
        }
    ]
    assert on_orders.answers == on_users.answers == [PROVISIONED]
    assert (held.matched, held.call_count) == (1, 0)
    assert dynafake.get_call().faults == (on_orders, on_users)


def test_a_script_outcome_composes_with_another_fault(dynafake: DynaFake, three: Any) -> None:
    script = dynafake.script("BatchGetItem", ["unprocessed", "ok"], key={"user_id": "u1"})
    held = dynafake.unprocessed(key={"user_id": "u2"}, times=2)
    c = client()
    first = c.batch_get_item(RequestItems={"users": {"Keys": [U1, U2, U3]}})
    second = c.batch_get_item(RequestItems={"users": {"Keys": [U1, U2, U3]}})
    assert first["UnprocessedKeys"] == {"users": {"Keys": [U1, U2]}}
    assert second["UnprocessedKeys"] == {"users": {"Keys": [U2]}}
    assert (script.call_count, held.call_count) == (1, 2)


def test_after_counts_every_matching_call_even_those_another_fault_answered(
    dynafake: DynaFake, three: Any
) -> None:
    first = dynafake.throttle("GetItem", times=2)
    second = dynafake.fail("GetItem", after=1)
    c = client()
    outcomes = []
    for _ in range(4):
        try:
            c.get_item(TableName="users", Key=U1)
            outcomes.append("ok")
        except ClientError as error:
            outcomes.append(error.response["Error"]["Code"])
    assert outcomes == [
        "ProvisionedThroughputExceededException",
        "ProvisionedThroughputExceededException",
        "InternalServerError",
        "ok",
    ]
    assert (first.matched, second.matched, second.call_count) == (4, 4, 1)


def test_a_fault_that_waits_lets_a_call_without_keys_through(
    dynafake: DynaFake, three: Any
) -> None:
    fault = dynafake.throttle("ListTables", after=1)
    c = client()
    assert c.list_tables()["TableNames"] == ["users"]
    with pytest.raises(ClientError):
        c.list_tables()
    assert [call.outcome for call in dynafake.calls] == ["ok", PROVISIONED]
    assert fault.call_count == 1
