"""Faults on writes, decided apart from the write machinery: throwaway PutItem,
BatchWriteItem and TransactWriteItems plans report the directive they got (tests/_write_doubles).
What the client sees from the real operations is in tests/test_write_faults.py."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from pytest_dynafake import DynaFake, DynaFakeError
from pytest_dynafake._ops import Cancel, ConditionFails, Held
from pytest_dynafake._report import failure_section
from tests import _write_doubles

ARN = "arn:aws:dynamodb:us-east-1:123456789012:table/users"
U1 = {"user_id": {"S": "u1"}}
U2 = {"user_id": {"S": "u2"}}
U3 = {"user_id": {"S": "u3"}}
PROVISIONED = (
    "The level of configured provisioned throughput for the table was exceeded. Consider "
    "increasing your provisioning level with the UpdateTable API."
)


@pytest.fixture
def seen() -> Iterator[list[object]]:
    with _write_doubles.registered() as seen:
        yield seen


@pytest.fixture
def users(dynafake: DynaFake) -> Any:
    return dynafake.table(
        "users", "user_id", indexes={"by_email": {"partition_key": ("email", "S")}}
    )


def client(attempts: int = 1) -> Any:
    return boto3.client(
        "dynamodb", config=Config(retries={"mode": "standard", "total_max_attempts": attempts})
    )


def error_of(call: Any) -> dict[str, Any]:
    with pytest.raises(ClientError) as raised:
        call()
    response = dict(raised.value.response)
    del response["ResponseMetadata"]
    return response


def batch(*keys: dict[str, Any]) -> dict[str, Any]:
    return {"users": [{"PutRequest": {"Item": key}} for key in keys]}


@pytest.mark.parametrize(
    ("error", "field", "reason"),
    [
        (
            "ProvisionedThroughputExceededException",
            "ThrottlingReasons",
            "TableWriteProvisionedThroughputExceeded",
        ),
        ("ThrottlingException", "throttlingReasons", "TableWriteKeyRangeThroughputExceeded"),
        ("RequestLimitExceeded", "ThrottlingReasons", "TableWriteAccountLimitExceeded"),
    ],
)
def test_a_throttled_write_names_the_write_side(
    dynafake: DynaFake, seen: list[object], users: Any, error: str, field: str, reason: str
) -> None:
    fault = dynafake.throttle("PutItem", error=error)
    response = error_of(lambda: client().put_item(TableName="users", Item=U1))
    assert response["Error"]["Code"] == error
    assert response[field] == [{"reason": reason, "resource": ARN}]
    assert seen == []  # the plan never ran: nothing was written
    assert fault.answers == [f"{error} (400)"]


def test_a_write_throttled_by_a_global_index_names_the_index(
    dynafake: DynaFake, seen: list[object], users: Any
) -> None:
    dynafake.throttle("PutItem", table="users", index="by_email")
    assert error_of(lambda: client().put_item(TableName="users", Item=U1)) == {
        "Error": {
            "Code": "ProvisionedThroughputExceededException",
            "Message": "The level of configured provisioned throughput for one or more global "
            "secondary indexes of the table was exceeded. Consider increasing your provisioning "
            "level for the under-provisioned global secondary indexes with the UpdateTable API",
        },
        "message": "The level of configured provisioned throughput for one or more global "
        "secondary indexes of the table was exceeded. Consider increasing your provisioning "
        "level for the under-provisioned global secondary indexes with the UpdateTable API",
        "ThrottlingReasons": [
            {
                "reason": "IndexWriteProvisionedThroughputExceeded",
                "resource": f"{ARN}/index/by_email",
            }
        ],
    }


def test_a_read_that_reads_no_index_takes_no_index(dynafake: DynaFake, users: Any) -> None:
    with pytest.raises(DynaFakeError) as raised:
        dynafake.throttle("GetItem", table="users", index="by_email")
    assert str(raised.value) == (
        "throttle(): index='by_email' does not apply to GetItem: only Query and Scan read an index"
    )


def test_a_local_index_cannot_throttle_a_write(
    dynafake: DynaFake, seen: list[object], users: Any
) -> None:
    dynafake.table(
        "orders",
        "customer",
        ("order_id", "N"),
        indexes={
            "by_total": {"sort_key": ("total", "N"), "local": True},
            "by_day": {"partition_key": ("day", "S")},
        },
    )
    with pytest.raises(DynaFakeError) as raised:
        dynafake.throttle("PutItem", table="orders", index="by_total")
    assert str(raised.value) == (
        "throttle(): index='by_total' is not a global secondary index of table 'orders' (its "
        "global indexes: 'by_day'): a write is throttled by the back-pressure of a global "
        "secondary index, a local one shares its table's throughput (leave index= out to "
        "throttle the table); give one of them, or declare the index with the table (indexes=, "
        "or create_table's GlobalSecondaryIndexes)"
    )
    with pytest.raises(DynaFakeError) as raised:
        dynafake.fail("PutItem", index="by_email")
    assert str(raised.value) == (
        "fail(): index='by_email' does not apply to a fail of PutItem: a write takes index= "
        "only in throttle(), for the back-pressure of a global secondary index"
    )


def test_condition_fails_hands_the_plan_condition_fails(
    dynafake: DynaFake, seen: list[object], users: Any
) -> None:
    fault = dynafake.condition_fails("PutItem", key={"user_id": "u2"})
    client().put_item(TableName="users", Item=U1)
    response = error_of(lambda: client().put_item(TableName="users", Item=U2))
    assert response["Error"] == {
        "Code": "ConditionalCheckFailedException",
        "Message": "The conditional request failed",
    }
    assert seen == [None, ConditionFails()]
    assert fault.answers == ["ConditionalCheckFailedException (400)"]
    assert [call.outcome for call in dynafake.calls] == [
        "ok",
        "ConditionalCheckFailedException (400)",
    ]
    assert dynafake.calls[1].fault is fault


def test_condition_fails_names_the_operations_that_accept_it(
    dynafake: DynaFake, seen: list[object]
) -> None:
    with pytest.raises(DynaFakeError) as raised:
        dynafake.condition_fails("GetItem")
    assert str(raised.value) == (
        "condition_fails(): operation='GetItem' is not one condition_fails applies to: only "
        "PutItem and TransactWriteItems can fail a condition"
    )
    with pytest.raises(DynaFakeError) as raised:
        dynafake.unprocessed("PutItem")
    assert str(raised.value) == (
        "unprocessed(): operation='PutItem' is not one unprocessed applies to: only "
        "BatchGetItem and BatchWriteItem can leave requests unprocessed"
    )


def test_a_whole_call_error_wins_over_condition_fails(
    dynafake: DynaFake, seen: list[object], users: Any
) -> None:
    failing = dynafake.condition_fails("PutItem")
    throttle = dynafake.throttle("PutItem")
    with pytest.raises(ClientError) as raised:
        client(attempts=2).put_item(TableName="users", Item=U1)
    assert raised.value.response["Error"]["Code"] == "ConditionalCheckFailedException"
    assert [call.outcome for call in dynafake.calls] == [
        "ProvisionedThroughputExceededException (400)",
        "ConditionalCheckFailedException (400)",
    ]
    assert (throttle.call_count, failing.call_count, failing.matched) == (1, 1, 2)


def test_unprocessed_batch_write_requests_are_held(
    dynafake: DynaFake, seen: list[object], users: Any
) -> None:
    fault = dynafake.unprocessed("BatchWriteItem", last=2)
    response = client().batch_write_item(RequestItems=batch(U1, U2, U3))
    assert response["UnprocessedItems"] == batch(U2, U3)
    assert seen == [Held((1, 2))]
    assert fault.answers == ["UnprocessedItems (2 items)"]
    assert dynafake.get_call("BatchWriteItem").outcome == "UnprocessedItems (2 items)"


def test_unprocessed_batch_write_for_n_rounds(
    dynafake: DynaFake, seen: list[object], users: Any
) -> None:
    fault = dynafake.unprocessed("BatchWriteItem", key={"user_id": "u2"}, times=3)
    request = batch(U1, U2)
    rounds = 0
    while request:
        request = client().batch_write_item(RequestItems=request)["UnprocessedItems"]
        rounds += 1
    assert rounds == 4
    assert seen == [Held((1,)), Held((0,)), Held((0,)), None]
    assert fault.call_count == 3


def test_a_seeded_share_of_batch_writes_is_held(
    dynafake: DynaFake, seen: list[object], users: Any
) -> None:
    keys = [{"user_id": {"S": f"u{n}"}} for n in range(10)]
    first = dynafake.unprocessed("BatchWriteItem", share=0.3, seed=7, times=None)
    client().batch_write_item(RequestItems=batch(*keys))
    client().batch_write_item(RequestItems=batch(*keys))
    held = [tuple(directive) for directive in seen if isinstance(directive, Held)]
    assert [len(positions) for positions in held] == [3, 3]
    assert first.describe() == (
        "unprocessed BatchWriteItem (times=None, share=0.3, seed=7, fired 2 times)"
    )


def test_a_partial_batch_write_throttle_holds_its_requests(
    dynafake: DynaFake, seen: list[object], users: Any
) -> None:
    fault = dynafake.throttle("BatchWriteItem", keys=[{"user_id": "u1"}, {"user_id": "u3"}])
    response = client().batch_write_item(RequestItems=batch(U1, U2, U3))
    assert response["UnprocessedItems"] == batch(U1, U3)
    assert fault.answers == ["UnprocessedItems (2 items)"]


def test_a_batch_write_throttled_on_every_request_fails(
    dynafake: DynaFake, seen: list[object], users: Any
) -> None:
    dynafake.throttle("BatchWriteItem", table="users")
    response = error_of(lambda: client().batch_write_item(RequestItems=batch(U1, U2)))
    assert response["ThrottlingReasons"] == [
        {"reason": "TableWriteProvisionedThroughputExceeded", "resource": ARN}
    ]
    assert response["Error"] == {
        "Code": "ProvisionedThroughputExceededException",
        "Message": PROVISIONED,
    }
    assert seen == []


def transact(*keys: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"Put": {"TableName": "users", "Item": key}} for key in keys]


def test_transaction_faults_compose_into_one_cancel(
    dynafake: DynaFake, seen: list[object], users: Any
) -> None:
    conflict = dynafake.conflict("TransactWriteItems", key={"user_id": "u1"})
    failing = dynafake.condition_fails("TransactWriteItems", keys=[{"user_id": "u1"}, U3_KEY])
    response = error_of(lambda: client().transact_write_items(TransactItems=transact(U1, U2, U3)))
    assert seen == [Cancel({0: "TransactionConflict", 2: "ConditionalCheckFailed"})]
    assert response["Error"] == {
        "Code": "TransactionCanceledException",
        "Message": "Transaction cancelled, please refer cancellation reasons for specific "
        "reasons [TransactionConflict, None, ConditionalCheckFailed]",
    }
    assert response["CancellationReasons"] == [
        {"Code": "TransactionConflict", "Message": "Transaction is ongoing for the item."},
        {"Code": "None"},
        {"Code": "ConditionalCheckFailed", "Message": "The conditional request failed"},
    ]
    assert conflict.answers == failing.answers == ["TransactionCanceledException (400)"]


U3_KEY = {"user_id": "u3"}


@pytest.mark.parametrize(
    "code",
    [
        "TransactionConflict",
        "ConditionalCheckFailed",
        "ThrottlingError",
        "ProvisionedThroughputExceeded",
        "ValidationError",
    ],
)
def test_every_cancellation_code_applies_to_a_write_transaction(
    dynafake: DynaFake, seen: list[object], users: Any, code: str
) -> None:
    dynafake.conflict("TransactWriteItems", code=code, key=U3_KEY)
    response = error_of(lambda: client().transact_write_items(TransactItems=transact(U2, U3)))
    assert [reason["Code"] for reason in response["CancellationReasons"]] == ["None", code]
    assert seen == [Cancel({1: code})]


def test_a_script_on_a_write(dynafake: DynaFake, seen: list[object], users: Any) -> None:
    fault = dynafake.script("PutItem", ["throttle", "condition_fails", "ok"])
    with pytest.raises(ClientError):
        client(attempts=3).put_item(TableName="users", Item=U1)
    client().put_item(TableName="users", Item=U1)
    assert [call.outcome for call in dynafake.calls] == [
        "ProvisionedThroughputExceededException (400)",
        "ConditionalCheckFailedException (400)",
        "ok",
    ]
    assert seen == [ConditionFails(), None]
    assert fault.answers == [
        "ProvisionedThroughputExceededException (400)",
        "ConditionalCheckFailedException (400)",
    ]


def test_a_script_outcome_a_write_does_not_take(
    dynafake: DynaFake, seen: list[object], users: Any
) -> None:
    with pytest.raises(DynaFakeError) as raised:
        dynafake.script("GetItem", ["condition_fails"])
    assert str(raised.value) == (
        "script(): outcomes[0]='condition_fails' applies to PutItem and TransactWriteItems, "
        "not 'GetItem': only PutItem and TransactWriteItems can fail a condition"
    )


def test_the_failure_report_shows_the_keys_a_write_names(
    dynafake: DynaFake, seen: list[object], users: Any
) -> None:
    dynafake.condition_fails("PutItem")
    dynafake.unprocessed("BatchWriteItem", last=1)
    with pytest.raises(ClientError):
        client().put_item(TableName="users", Item={**U1, "bio": {"S": "x" * 100}})
    keys = [{"user_id": {"S": f"u{n}"}} for n in range(5)]
    client().batch_write_item(RequestItems=batch(*keys))
    client().get_item(TableName="users", Key=U1)
    failed = "ConditionalCheckFailedException (400) (fault: condition_fails)"
    batched = (
        '  BatchWriteItem users {"user_id":{"S":"u0"}}, {"user_id":{"S":"u1"}}, '
        '{"user_id":{"S":"u2"}} (+2 more): UnprocessedItems (1 items) (fault: unprocessed)'
    )
    # The PutItem's item is cut to its key, the table being declared...
    assert failure_section(dynafake.calls, dynafake.tables) == "\n".join(
        [
            "tables declared: users",
            "calls (3, oldest first):",
            f'  PutItem users {{"user_id":{{"S":"u1"}}}}: {failed}',
            batched,
            "  GetItem users: ok",
        ]
    )
    # ... and shown cut at 80 characters when the report has no schema for it.
    assert failure_section(dynafake.calls, ["users"]).splitlines()[2] == (
        '  PutItem users {"user_id":{"S":"u1"},"bio":{"S":"' + "x" * 43 + f"...: {failed}"
    )
