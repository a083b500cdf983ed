"""Faults on writes through real boto3 clients: what the client sees, and that a write a fault
answered left the table as it was."""

from __future__ import annotations

from typing import Any

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from pytest_dynafake import DynaFake, DynaFakeError

LEGACY = Config(retries={"mode": "legacy"})
NO_RETRY = Config(retries={"mode": "standard", "total_max_attempts": 1})
ARN = "arn:aws:dynamodb:us-east-1:123456789012:table/accounts"


@pytest.fixture
def accounts(dynafake: DynaFake) -> Any:
    return dynafake.table(
        "accounts",
        "id",
        items=[{"id": "a1", "balance": 10}, {"id": "a2", "balance": 20}],
    )


def stored(client: Any) -> dict[str, Any]:
    items = client.scan(TableName="accounts")["Items"]
    return {item["id"]["S"]: item for item in items}


def error_of(call: Any) -> dict[str, Any]:
    with pytest.raises(ClientError) as raised:
        call()
    response = dict(raised.value.response)
    del response["ResponseMetadata"]
    return response


# -- BatchWriteItem ------------------------------------------------------------------------
def test_batch_writer_survives_three_rounds_of_unprocessed_items(
    dynafake: DynaFake, accounts: Any
) -> None:
    fault = dynafake.unprocessed("BatchWriteItem", last=2, times=3)
    table = boto3.resource("dynamodb", config=LEGACY).Table("accounts")
    with table.batch_writer() as writer:
        for n in range(3, 8):
            writer.put_item(Item={"id": f"a{n}", "balance": n})
    calls = dynafake.get_calls("BatchWriteItem")
    assert [(len(call.keys), call.outcome) for call in calls] == [
        (5, "UnprocessedItems (2 items)"),
        (2, "UnprocessedItems (2 items)"),
        (2, "UnprocessedItems (2 items)"),
        (2, "ok"),
    ]
    assert sorted(stored(boto3.client("dynamodb"))) == [f"a{n}" for n in range(1, 8)]
    assert fault.call_count == 3
    # boto3's batch_writer sends unprocessed items again at once: no backoff at all.
    assert dynafake.sleeps == []


def test_batch_writer_backs_off_only_when_the_whole_batch_is_throttled(
    dynafake: DynaFake, accounts: Any
) -> None:
    dynafake.throttle("BatchWriteItem", times=2)
    dynafake.unprocessed("BatchWriteItem", key={"id": "a4"})
    table = boto3.resource("dynamodb", config=LEGACY).Table("accounts")
    with table.batch_writer() as writer:
        writer.put_item(Item={"id": "a3", "balance": 3})
        writer.put_item(Item={"id": "a4", "balance": 4})
    assert [call.outcome for call in dynafake.get_calls("BatchWriteItem")] == [
        "ProvisionedThroughputExceededException (400)",
        "ProvisionedThroughputExceededException (400)",
        "UnprocessedItems (1 items)",
        "ok",
    ]
    assert dynafake.sleeps == [0.05, 0.1]  # botocore's legacy backoff, for the exceptions
    assert sorted(stored(boto3.client("dynamodb"))) == ["a1", "a2", "a3", "a4"]


def test_unprocessed_may_hold_a_whole_batch_and_writes_none_of_it(
    dynafake: DynaFake, accounts: Any
) -> None:
    fault = dynafake.unprocessed("BatchWriteItem")
    client = boto3.client("dynamodb", config=NO_RETRY)
    requests = [
        {"DeleteRequest": {"Key": {"id": {"S": "a1"}}}},
        {"PutRequest": {"Item": {"id": {"S": "a3"}}}},
    ]
    response = client.batch_write_item(RequestItems={"accounts": requests})
    assert response["UnprocessedItems"] == {"accounts": requests}
    assert sorted(stored(client)) == ["a1", "a2"]
    assert fault.answers == ["UnprocessedItems (2 items)"]


def test_a_seeded_share_of_a_batch_write_is_replayable(dynafake: DynaFake, accounts: Any) -> None:
    client = boto3.client("dynamodb", config=NO_RETRY)
    requests = [{"PutRequest": {"Item": {"id": {"S": f"b{n}"}}}} for n in range(10)]
    held = []
    for _ in range(2):
        fault = dynafake.unprocessed("BatchWriteItem", share=0.3, seed=42)
        response = client.batch_write_item(RequestItems={"accounts": requests})
        held.append(response["UnprocessedItems"]["accounts"])
        assert fault.describe() == (
            "unprocessed BatchWriteItem (times=1, share=0.3, seed=42, fired 1 times)"
        )
    assert len(held[0]) == 3
    assert held[0] == held[1]  # the same seed holds the same requests
    written = {key for key in stored(client) if key.startswith("b")}
    assert len(written) == 10 - 3


def test_a_partly_throttled_batch_write_returns_the_throttled_requests(
    dynafake: DynaFake, accounts: Any
) -> None:
    dynafake.throttle("BatchWriteItem", key={"id": "a1"})
    client = boto3.client("dynamodb", config=NO_RETRY)
    requests = [
        {"DeleteRequest": {"Key": {"id": {"S": "a1"}}}},
        {"PutRequest": {"Item": {"id": {"S": "a3"}, "balance": {"N": "3"}}}},
    ]
    response = client.batch_write_item(RequestItems={"accounts": requests})
    assert response["UnprocessedItems"] == {"accounts": requests[:1]}
    assert sorted(stored(client)) == ["a1", "a2", "a3"]  # a1 not deleted


def test_a_batch_write_throttled_whole_writes_nothing(dynafake: DynaFake, accounts: Any) -> None:
    dynafake.throttle("BatchWriteItem", error="ThrottlingException")
    client = boto3.client("dynamodb", config=NO_RETRY)
    request = [{"DeleteRequest": {"Key": {"id": {"S": "a1"}}}}]
    response = error_of(lambda: client.batch_write_item(RequestItems={"accounts": request}))
    assert response["throttlingReasons"] == [
        {"reason": "TableWriteKeyRangeThroughputExceeded", "resource": ARN}
    ]
    assert sorted(stored(client)) == ["a1", "a2"]


# -- TransactWriteItems --------------------------------------------------------------------
def transfer(amount: int, *, all_old: bool = False) -> list[dict[str, Any]]:
    """a1 -> a2, each side with its condition."""
    extra = {"ReturnValuesOnConditionCheckFailure": "ALL_OLD"} if all_old else {}
    return [
        {
            "Update": {
                "TableName": "accounts",
                "Key": {"id": {"S": "a1"}},
                "UpdateExpression": "SET balance = balance - :n",
                "ConditionExpression": "balance >= :n",
                "ExpressionAttributeValues": {":n": {"N": str(amount)}},
                **extra,
            }
        },
        {
            "Update": {
                "TableName": "accounts",
                "Key": {"id": {"S": "a2"}},
                "UpdateExpression": "SET balance = balance + :n",
                "ExpressionAttributeValues": {":n": {"N": str(amount)}},
            }
        },
    ]


def test_a_conflict_on_a_write_transaction_cancels_it_with_aligned_reasons(
    dynafake: DynaFake, accounts: Any
) -> None:
    fault = dynafake.conflict("TransactWriteItems", key={"id": "a2"})
    client = boto3.client("dynamodb", config=NO_RETRY)
    response = error_of(lambda: client.transact_write_items(TransactItems=transfer(5)))
    assert response == {
        "Error": {
            "Code": "TransactionCanceledException",
            "Message": "Transaction cancelled, please refer cancellation reasons for specific "
            "reasons [None, TransactionConflict]",
        },
        "Message": "Transaction cancelled, please refer cancellation reasons for specific "
        "reasons [None, TransactionConflict]",
        "CancellationReasons": [
            {"Code": "None"},
            {"Code": "TransactionConflict", "Message": "Transaction is ongoing for the item."},
        ],
    }
    assert stored(client)["a1"]["balance"] == {"N": "10"}  # nothing written
    assert fault.answers == ["TransactionCanceledException (400)"]
    client.transact_write_items(TransactItems=transfer(5))  # the fault is spent
    assert [stored(client)[a]["balance"]["N"] for a in ("a1", "a2")] == ["5", "25"]


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (
            "ThrottlingError",
            "Throughput exceeds the current capacity of your table or index. DynamoDB is "
            "automatically scaling your table or index so please try again shortly. If "
            "exceptions persist, check if you have a hot key: https://docs.aws.amazon.com/"
            "amazondynamodb/latest/developerguide/bp-partition-key-design.html.",
        ),
        (
            "ProvisionedThroughputExceeded",
            "The level of configured provisioned throughput for the table was exceeded. "
            "Consider increasing your provisioning level with the UpdateTable API.",
        ),
        ("ValidationError", "One or more parameter values were invalid."),
    ],
)
def test_every_code_cancels_a_write_transaction(
    dynafake: DynaFake, accounts: Any, code: str, message: str
) -> None:
    dynafake.conflict("TransactWriteItems", code=code, key={"id": "a1"})
    client = boto3.client("dynamodb", config=NO_RETRY)
    response = error_of(lambda: client.transact_write_items(TransactItems=transfer(5)))
    assert response["CancellationReasons"] == [{"Code": code, "Message": message}, {"Code": "None"}]
    assert stored(client)["a2"]["balance"] == {"N": "20"}


def test_a_failed_condition_in_a_transaction_carries_the_item_when_all_old(
    dynafake: DynaFake, accounts: Any
) -> None:
    fault = dynafake.condition_fails("TransactWriteItems", key={"id": "a1"})
    client = boto3.client("dynamodb", config=NO_RETRY)
    response = error_of(
        lambda: client.transact_write_items(TransactItems=transfer(5, all_old=True))
    )
    assert response["CancellationReasons"] == [
        {
            "Code": "ConditionalCheckFailed",
            "Message": "The conditional request failed",
            "Item": {"id": {"S": "a1"}, "balance": {"N": "10"}},
        },
        {"Code": "None"},
    ]
    assert response["Error"]["Message"] == (
        "Transaction cancelled, please refer cancellation reasons for specific reasons "
        "[ConditionalCheckFailed, None]"
    )
    assert fault.answers == ["TransactionCanceledException (400)"]
    assert stored(client)["a1"]["balance"] == {"N": "10"}


def test_a_conflict_code_of_a_failed_condition_without_all_old_has_no_item(
    dynafake: DynaFake, accounts: Any
) -> None:
    dynafake.conflict("TransactWriteItems", code="ConditionalCheckFailed", key={"id": "a1"})
    client = boto3.client("dynamodb", config=NO_RETRY)
    response = error_of(lambda: client.transact_write_items(TransactItems=transfer(5)))
    assert response["CancellationReasons"] == [
        {"Code": "ConditionalCheckFailed", "Message": "The conditional request failed"},
        {"Code": "None"},
    ]


def test_a_throttled_write_transaction_names_the_write_side(
    dynafake: DynaFake, accounts: Any
) -> None:
    dynafake.throttle("TransactWriteItems", times=1)
    client = boto3.client("dynamodb", config=LEGACY)
    client.transact_write_items(TransactItems=transfer(5))
    first = dynafake.get_calls("TransactWriteItems")[0]
    assert first.outcome == "ProvisionedThroughputExceededException (400)"
    assert dynafake.sleeps == [0.05]
    assert [stored(client)[a]["balance"]["N"] for a in ("a1", "a2")] == ["5", "25"]


def test_a_retry_finds_its_transaction_in_progress_and_botocore_retries(
    dynafake: DynaFake, accounts: Any
) -> None:
    fault = dynafake.script("TransactWriteItems", ["ReadTimeout", "TransactionInProgressException"])
    client = boto3.client("dynamodb", config=LEGACY)
    client.transact_write_items(TransactItems=transfer(5))
    calls = dynafake.get_calls("TransactWriteItems")
    assert [call.outcome for call in calls] == [
        "ReadTimeoutError",
        "TransactionInProgressException (400)",
        "ok",
    ]
    # botocore sent the same ClientRequestToken each time: one transaction, written once.
    assert len({call.request["ClientRequestToken"] for call in calls}) == 1
    assert [stored(client)[a]["balance"]["N"] for a in ("a1", "a2")] == ["5", "25"]
    assert fault.answers == ["ReadTimeoutError", "TransactionInProgressException (400)"]


def test_transaction_in_progress_is_only_a_write_transactions_answer(
    dynafake: DynaFake, accounts: Any
) -> None:
    with pytest.raises(DynaFakeError) as raised:
        dynafake.fail("TransactGetItems", error="TransactionInProgressException")
    assert str(raised.value) == (
        "fail(): error='TransactionInProgressException' does not apply to TransactGetItems, "
        "which has no ClientRequestToken (only a write transaction's retry can find its "
        "transaction still in progress); use one of InternalServerError, ServiceUnavailable, "
        "ReadTimeout, ConnectTimeout, ConnectionError"
    )
    with pytest.raises(DynaFakeError) as raised:
        dynafake.script("GetItem", ["ok", "TransactionInProgressException"])
    assert str(raised.value) == (
        "script(): outcomes[1]='TransactionInProgressException' does not apply to GetItem, "
        "which has no ClientRequestToken (only a write transaction's retry can find its "
        "transaction still in progress)"
    )
    response = boto3.client("dynamodb", config=NO_RETRY)
    dynafake.fail("TransactWriteItems", error="TransactionInProgressException")
    assert error_of(lambda: response.transact_write_items(TransactItems=transfer(1)))["Error"] == {
        "Code": "TransactionInProgressException",
        "Message": "Transaction from previous request is still in progress",
    }


# -- PutItem, UpdateItem, DeleteItem -------------------------------------------------------
def update(client: Any, **extra: Any) -> Any:
    return client.update_item(
        TableName="accounts",
        Key={"id": {"S": "a1"}},
        UpdateExpression="SET balance = balance + :n",
        ExpressionAttributeValues={":n": {"N": "1"}},
        **extra,
    )


def test_condition_fails_on_update_item_leaves_the_item_and_returns_it_when_all_old(
    dynafake: DynaFake, accounts: Any
) -> None:
    fault = dynafake.condition_fails("UpdateItem", key={"id": "a1"}, times=2)
    client = boto3.client("dynamodb", config=LEGACY)
    with pytest.raises(client.exceptions.ConditionalCheckFailedException) as raised:
        update(client, ReturnValuesOnConditionCheckFailure="ALL_OLD")
    response = dict(raised.value.response)
    del response["ResponseMetadata"]
    assert response == {
        "Error": {
            "Code": "ConditionalCheckFailedException",
            "Message": "The conditional request failed",
        },
        "message": "The conditional request failed",
        "Item": {"id": {"S": "a1"}, "balance": {"N": "10"}},
    }
    with pytest.raises(client.exceptions.ConditionalCheckFailedException) as raised:
        update(client)
    assert "Item" not in raised.value.response  # not asked for
    assert stored(client)["a1"] == {"id": {"S": "a1"}, "balance": {"N": "10"}}
    assert len(dynafake.get_calls("UpdateItem")) == 2  # botocore does not retry it
    update(client)  # the fault is spent: the update goes through
    assert stored(client)["a1"]["balance"] == {"N": "11"}
    assert fault.answers == ["ConditionalCheckFailedException (400)"] * 2


def test_condition_fails_on_a_put_of_a_new_item_returns_no_item(
    dynafake: DynaFake, accounts: Any
) -> None:
    dynafake.condition_fails("PutItem")
    client = boto3.client("dynamodb", config=NO_RETRY)
    response = error_of(
        lambda: client.put_item(
            TableName="accounts",
            Item={"id": {"S": "a9"}},
            ConditionExpression="attribute_not_exists(id)",
            ReturnValuesOnConditionCheckFailure="ALL_OLD",
        )
    )
    assert response == {
        "Error": {
            "Code": "ConditionalCheckFailedException",
            "Message": "The conditional request failed",
        },
        "message": "The conditional request failed",
    }
    assert sorted(stored(client)) == ["a1", "a2"]


def test_condition_fails_on_delete_item_keeps_the_item(dynafake: DynaFake, accounts: Any) -> None:
    dynafake.condition_fails("DeleteItem", table="accounts")
    client = boto3.client("dynamodb", config=NO_RETRY)
    with pytest.raises(client.exceptions.ConditionalCheckFailedException):
        client.delete_item(TableName="accounts", Key={"id": {"S": "a2"}})
    assert sorted(stored(client)) == ["a1", "a2"]


def test_a_fault_on_one_key_lets_other_writes_through(dynafake: DynaFake, accounts: Any) -> None:
    fault = dynafake.condition_fails("PutItem", key={"id": "a2"})
    client = boto3.client("dynamodb", config=NO_RETRY)
    client.put_item(TableName="accounts", Item={"id": {"S": "a1"}, "balance": {"N": "0"}})
    with pytest.raises(client.exceptions.ConditionalCheckFailedException):
        client.put_item(TableName="accounts", Item={"id": {"S": "a2"}, "balance": {"N": "0"}})
    assert [stored(client)[a]["balance"]["N"] for a in ("a1", "a2")] == ["0", "20"]
    assert (fault.matched, fault.call_count) == (1, 1)


def test_a_throttled_update_is_retried_and_written_once(dynafake: DynaFake, accounts: Any) -> None:
    dynafake.throttle("UpdateItem", times=2)
    client = boto3.client("dynamodb", config=LEGACY)
    response = update(client)
    assert response["ResponseMetadata"]["RetryAttempts"] == 2
    assert stored(client)["a1"]["balance"] == {"N": "11"}  # once, not three times
    assert dynafake.sleeps == [0.05, 0.1]


def test_a_write_throttled_by_a_global_index(dynafake: DynaFake) -> None:
    dynafake.table("users", "user_id", indexes={"by_email": {"partition_key": ("email", "S")}})
    dynafake.throttle("PutItem", table="users", index="by_email", error="ThrottlingException")
    client = boto3.client("dynamodb", config=NO_RETRY)
    response = error_of(lambda: client.put_item(TableName="users", Item={"user_id": {"S": "u1"}}))
    assert response["throttlingReasons"] == [
        {
            "reason": "IndexWriteKeyRangeThroughputExceeded",
            "resource": "arn:aws:dynamodb:us-east-1:123456789012:table/users/index/by_email",
        }
    ]
    assert client.scan(TableName="users")["Items"] == []


def test_a_script_on_put_item(dynafake: DynaFake, accounts: Any) -> None:
    fault = dynafake.script("PutItem", ["throttle", "condition_fails", "ok"])
    client = boto3.client("dynamodb", config=LEGACY)
    item = {"id": {"S": "a3"}, "balance": {"N": "3"}}
    with pytest.raises(client.exceptions.ConditionalCheckFailedException):
        client.put_item(TableName="accounts", Item=item)
    assert "a3" not in stored(client)
    client.put_item(TableName="accounts", Item=item)
    assert stored(client)["a3"] == item
    assert [call.outcome for call in dynafake.get_calls("PutItem")] == [
        "ProvisionedThroughputExceededException (400)",
        "ConditionalCheckFailedException (400)",
        "ok",
    ]
    assert fault.answers == [
        "ProvisionedThroughputExceededException (400)",
        "ConditionalCheckFailedException (400)",
    ]


def test_condition_fails_on_a_condition_check_action(dynafake: DynaFake, accounts: Any) -> None:
    dynafake.condition_fails("TransactWriteItems", key={"id": "a2"})
    client = boto3.client("dynamodb", config=NO_RETRY)
    check = {
        "ConditionCheck": {
            "TableName": "accounts",
            "Key": {"id": {"S": "a2"}},
            "ConditionExpression": "attribute_exists(id)",
            "ReturnValuesOnConditionCheckFailure": "ALL_OLD",
        }
    }
    put = {"Put": {"TableName": "accounts", "Item": {"id": {"S": "a3"}}}}
    response = error_of(lambda: client.transact_write_items(TransactItems=[put, check]))
    assert response["CancellationReasons"] == [
        {"Code": "None"},
        {
            "Code": "ConditionalCheckFailed",
            "Message": "The conditional request failed",
            "Item": {"id": {"S": "a2"}, "balance": {"N": "20"}},
        },
    ]
    assert sorted(stored(client)) == ["a1", "a2"]
