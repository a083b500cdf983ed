"""DeleteItem through real boto3 clients: the item gone from the table and its indexes, what
it answers, and its refusals in DynamoDB's words and order."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import boto3
import pytest
from boto3.dynamodb.conditions import Attr
from botocore.exceptions import ClientError

from pytest_dynafake import DynaFake
from tests._writes import body, create_indexed, n, s

ItemError = Callable[..., tuple[str, str]]
U2 = {"user_id": s("u2")}
KEY = {"pk": s("p"), "sk": n("1")}


@pytest.fixture
def indexed(dynafake: DynaFake) -> Any:
    table = create_indexed(dynafake)
    table.put_items([{"pk": "p", "sk": 1, "g": "G", "g2": 7, "l": "L", "x": "X"}])
    return table


def test_delete_item_removes_the_item_from_the_table_and_its_indexes(
    client: Any, indexed: Any
) -> None:
    assert body(client.delete_item(TableName="indexed", Key=KEY)) == {}
    assert "Item" not in client.get_item(TableName="indexed", Key=KEY)
    for index in ("gsi", "gsik", "lsi"):
        assert client.scan(TableName="indexed", IndexName=index)["Items"] == []


def test_delete_item_all_old(client: Any, users: Any) -> None:
    deleted = client.delete_item(TableName="users", Key=U2, ReturnValues="ALL_OLD")
    again = client.delete_item(TableName="users", Key=U2, ReturnValues="ALL_OLD")
    assert (body(deleted), body(again)) == ({"Attributes": U2}, {})


def test_delete_item_key_by_number_value(client: Any, orders: Any) -> None:
    client.delete_item(TableName="orders", Key={"customer": s("c1"), "order_id": n("1.0")})
    keys = [item["order_id"] for item in client.scan(TableName="orders")["Items"]]
    assert sorted(k["N"] for k in keys) == ["2", "3"]


def test_delete_item_capacity(client: Any, indexed: Any) -> None:
    """DynamoDB Local 3.3.1: the deleted item's size, each index entry it leaves; a missing
    item still costs one unit (dynalite's live-checked deleteItem.js)."""
    deleted, missing = (
        client.delete_item(TableName="indexed", Key=KEY, ReturnConsumedCapacity="INDEXES")[
            "ConsumedCapacity"
        ]
        for _ in range(2)
    )
    one = {"CapacityUnits": 1.0}
    assert (deleted, missing) == (
        {
            "TableName": "indexed",
            "CapacityUnits": 4.0,
            "Table": one,
            "GlobalSecondaryIndexes": {"gsi": one, "gsik": one},
            "LocalSecondaryIndexes": {"lsi": one},
        },
        {"TableName": "indexed", "CapacityUnits": 1.0, "Table": one},
    )


def test_delete_item_item_collection_metrics(client: Any, indexed: Any) -> None:
    response = client.delete_item(TableName="indexed", Key=KEY, ReturnItemCollectionMetrics="SIZE")
    assert body(response) == {
        "ItemCollectionMetrics": {
            "ItemCollectionKey": {"pk": s("p")},
            "SizeEstimateRangeGB": [0.0, 1.0],
        }
    }


def test_delete_item_condition_failure_keeps_the_item(client: Any, users: Any) -> None:
    with pytest.raises(client.exceptions.ConditionalCheckFailedException) as raised:
        client.delete_item(
            TableName="users",
            Key=U2,
            ConditionExpression="attribute_exists(#v)",
            ExpressionAttributeNames={"#v": "v"},
            ReturnValuesOnConditionCheckFailure="ALL_OLD",
        )
    response = raised.value.response
    assert (response["Error"], response["Item"]) == (
        {"Message": "The conditional request failed", "Code": "ConditionalCheckFailedException"},
        U2,
    )
    assert client.get_item(TableName="users", Key=U2)["Item"] == U2


def test_delete_item_through_a_resource_table_with_a_condition(
    dynafake: DynaFake, users: Any
) -> None:
    table = boto3.resource("dynamodb").Table("users")
    with pytest.raises(ClientError):
        table.delete_item(Key={"user_id": "u1"}, ConditionExpression=Attr("name").eq("Bob"))
    table.delete_item(Key={"user_id": "u1"}, ConditionExpression=Attr("name").eq("Ada"))
    assert "Item" not in table.get_item(Key={"user_id": "u1"})


@pytest.mark.parametrize("mode", ["UPDATED_OLD", "ALL_NEW", "UPDATED_NEW"])
def test_delete_item_return_values_only_all_old_or_none(
    error_of: ItemError, client: Any, users: Any, mode: str
) -> None:
    """paritysuite error-messages/deleteItem.test.ts (eu-west-2, us-east-1, 2026-10-09)."""
    assert error_of(client.delete_item, TableName="users", Key=U2, ReturnValues=mode) == (
        "ValidationException",
        "1 validation error detected: ReturnValues can only be ALL_OLD or NONE",
    )
    assert client.get_item(TableName="users", Key=U2)["Item"] == U2


@pytest.mark.parametrize(
    "key",
    [{"customer": s("c1")}, {"customer": s("c1"), "order_id": s("1")}],
    ids=["missing-sort-key", "wrong-type"],
)
def test_delete_item_refuses_a_key_that_does_not_match(
    error_of: ItemError, client: Any, orders: Any, key: dict[str, Any]
) -> None:
    """paritysuite tier3 error-messages/deleteItem.test.ts (live)."""
    assert error_of(client.delete_item, TableName="orders", Key=key) == (
        "ValidationException",
        "The provided key element does not match the schema",
    )


def test_delete_item_key_values_are_read_before_the_table(
    error_of: ItemError, raw_client: Any
) -> None:
    assert error_of(raw_client.delete_item, TableName="nope", Key={"k": {"S": "a", "N": "1"}}) == (
        "ValidationException",
        "Supplied AttributeValue has more than one datatypes set, must contain exactly one of "
        "the supported datatypes",
    )


def test_delete_item_to_a_missing_table(error_of: ItemError, client: Any) -> None:
    assert error_of(client.delete_item, TableName="nope", Key={"k": s("a")}) == (
        "ResourceNotFoundException",
        "Requested resource not found",
    )


def test_delete_item_constraints_together_in_order(error_of: ItemError, raw_client: Any) -> None:
    """dynalite's live-checked deleteItem.js: returnConsumedCapacity, tableName, returnValues,
    returnItemCollectionMetrics, key."""
    at = "Value 'hi' at '{}' failed to satisfy constraint: Member must satisfy enum value set: "
    assert error_of(
        raw_client.delete_item,
        TableName="abc",
        ReturnConsumedCapacity="hi",
        ReturnItemCollectionMetrics="hi",
        ReturnValues="hi",
    ) == (
        "ValidationException",
        "4 validation errors detected: "
        + at.format("returnConsumedCapacity")
        + "[INDEXES, TOTAL, NONE]; "
        + at.format("returnValues")
        + "[ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]; "
        + at.format("returnItemCollectionMetrics")
        + "[SIZE, NONE]; "
        + "Value null at 'key' failed to satisfy constraint: Member must not be null",
    )
