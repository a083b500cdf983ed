"""UpdateItem through real boto3 clients: the item it makes (read back from the table and its
indexes), ReturnValues, conditions, capacity, and its refusals in DynamoDB's words."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import boto3
import pytest
from boto3.dynamodb.conditions import Attr
from botocore.exceptions import ClientError

from pytest_dynafake import DynaFake
from tests._writes import body, create_indexed, n, s

ItemError = Callable[..., tuple[str, str]]
INVALID = "One or more parameter values were invalid: "

U2 = {"user_id": s("u2")}


@pytest.fixture
def indexed(dynafake: DynaFake) -> Any:
    return create_indexed(dynafake)


@pytest.fixture
def pets(dynafake: DynaFake) -> Any:
    return dynafake.table("pets", "p", items=[{"p": "x", "a": "hi", "b": "dog", "n": 3}])


def set_b(client: Any, returns: str, key: str = "x") -> dict[str, Any]:
    return body(
        client.update_item(
            TableName="pets",
            Key={"p": s(key)},
            UpdateExpression="SET b = :v, c = :w",
            ExpressionAttributeValues={":v": s("cat"), ":w": s("new")},
            ReturnValues=returns,
        )
    )


# -- what it makes ----------------------------------------------------------------------------
def test_update_item_changes_the_stored_item(client: Any, pets: Any) -> None:
    client.update_item(
        TableName="pets",
        Key={"p": s("x")},
        UpdateExpression="SET b = :v ADD n :one REMOVE a",
        ExpressionAttributeValues={":v": s("cat"), ":one": n("1")},
    )
    got = client.get_item(TableName="pets", Key={"p": s("x")})["Item"]
    assert got == {"p": s("x"), "b": s("cat"), "n": n("4")}


def test_update_item_creates_a_missing_item_from_its_key(client: Any, pets: Any) -> None:
    client.update_item(
        TableName="pets",
        Key={"p": s("new")},
        UpdateExpression="SET a = :v",
        ExpressionAttributeValues={":v": n("01.50")},
    )
    got = client.get_item(TableName="pets", Key={"p": s("new")})["Item"]
    assert got == {"p": s("new"), "a": n("1.5")}


def test_update_item_without_an_expression_stores_the_key(client: Any, pets: Any) -> None:
    """DynamoDB Local 3.3.1: an UpdateItem with no update creates the item, key alone."""
    response = client.update_item(TableName="pets", Key={"p": s("k")}, ReturnValues="ALL_NEW")
    assert body(response) == {"Attributes": {"p": s("k")}}
    assert client.get_item(TableName="pets", Key={"p": s("k")})["Item"] == {"p": s("k")}


def test_update_item_moves_the_item_between_index_entries(client: Any, indexed: Any) -> None:
    key = {"pk": s("p"), "sk": n("1")}
    client.put_item(TableName="indexed", Item={**key, "g": s("G"), "g2": n("7")})
    client.update_item(
        TableName="indexed",
        Key=key,
        UpdateExpression="SET g = :h, l = :l REMOVE g2",
        ExpressionAttributeValues={":h": s("H"), ":l": s("L")},
    )

    def query(index: str, name: str, value: dict[str, str]) -> Any:
        return client.query(
            TableName="indexed",
            IndexName=index,
            KeyConditionExpression="#k = :v",
            ExpressionAttributeNames={"#k": name},
            ExpressionAttributeValues={":v": value},
        )["Items"]

    new = {**key, "g": s("H"), "l": s("L")}
    assert [query("gsi", "g", s("G")), query("gsi", "g", s("H"))] == [[], [new]]
    assert query("gsik", "g2", n("7")) == []
    assert query("lsi", "pk", s("p")) == [{**key, "l": s("L")}]


def test_update_item_through_a_resource_table_with_a_condition(
    dynafake: DynaFake, pets: Any
) -> None:
    table = boto3.resource("dynamodb").Table("pets")
    table.update_item(
        Key={"p": "x"},
        UpdateExpression="SET n = n + :one",
        ConditionExpression=Attr("n").eq(3),
        ExpressionAttributeValues={":one": 1},
    )
    with pytest.raises(ClientError) as raised:
        table.update_item(
            Key={"p": "x"},
            UpdateExpression="SET n = n + :one",
            ConditionExpression=Attr("n").eq(3),
            ExpressionAttributeValues={":one": 1},
        )
    assert raised.value.response["Error"]["Code"] == "ConditionalCheckFailedException"
    assert table.get_item(Key={"p": "x"})["Item"]["n"] == Decimal(4)


# -- ReturnValues -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("returns", "expected"),
    [
        ("NONE", {}),
        ("ALL_OLD", {"Attributes": {"p": s("x"), "a": s("hi"), "b": s("dog"), "n": n("3")}}),
        ("UPDATED_OLD", {"Attributes": {"b": s("dog")}}),
        (
            "ALL_NEW",
            {"Attributes": {"p": s("x"), "a": s("hi"), "b": s("cat"), "n": n("3"), "c": s("new")}},
        ),
        ("UPDATED_NEW", {"Attributes": {"b": s("cat"), "c": s("new")}}),
    ],
)
def test_update_item_return_values(
    client: Any, pets: Any, returns: str, expected: dict[str, Any]
) -> None:
    """Scylla Alternator's test_returnvalues.py (run against DynamoDB)."""
    assert set_b(client, returns) == expected


@pytest.mark.parametrize("returns", ["ALL_OLD", "UPDATED_OLD"])
def test_update_item_old_values_of_a_new_item_are_not_returned(
    client: Any, pets: Any, returns: str
) -> None:
    assert set_b(client, returns, key="none") == {}


# -- conditions -------------------------------------------------------------------------------
def test_update_item_condition_failure_leaves_the_item(client: Any, pets: Any) -> None:
    with pytest.raises(client.exceptions.ConditionalCheckFailedException) as raised:
        client.update_item(
            TableName="pets",
            Key={"p": s("x")},
            UpdateExpression="SET b = :v",
            ConditionExpression="b = :v",
            ExpressionAttributeValues={":v": s("cat")},
            ReturnValuesOnConditionCheckFailure="ALL_OLD",
        )
    response = raised.value.response
    assert (response["Error"], response["Item"]) == (
        {"Message": "The conditional request failed", "Code": "ConditionalCheckFailedException"},
        {"p": s("x"), "a": s("hi"), "b": s("dog"), "n": n("3")},
    )
    assert client.get_item(TableName="pets", Key={"p": s("x")})["Item"]["b"] == s("dog")


def test_update_item_condition_on_a_missing_item(client: Any, pets: Any) -> None:
    with pytest.raises(client.exceptions.ConditionalCheckFailedException) as raised:
        client.update_item(
            TableName="pets",
            Key={"p": s("none")},
            UpdateExpression="SET b = :v",
            ConditionExpression="attribute_exists(p)",
            ExpressionAttributeValues={":v": s("cat")},
            ReturnValuesOnConditionCheckFailure="ALL_OLD",
        )
    assert "Item" not in raised.value.response
    assert "Item" not in client.get_item(TableName="pets", Key={"p": s("none")})


# -- capacity ---------------------------------------------------------------------------------
def test_update_item_capacity_and_index_writes(client: Any, indexed: Any) -> None:
    """The same requests sent to DynamoDB Local 3.3.1: the larger of the old and new item for
    the table; a projected attribute changed is one write of the larger entry (the LSI
    projects x); an index key changed, a delete and a put."""
    key = {"pk": s("t"), "sk": n("1")}
    client.put_item(TableName="indexed", Item={**key, "g": s("x"), "l": s("y"), "g2": n("5")})
    updates = [
        ("SET x = :v", s("q")),
        ("SET z = :v", s("y" * 1500)),
        ("SET g = :v", s("new")),
    ]
    answers = [
        client.update_item(
            TableName="indexed",
            Key=key,
            UpdateExpression=expression,
            ExpressionAttributeValues={":v": value},
            ReturnConsumedCapacity="INDEXES",
        )["ConsumedCapacity"]
        for expression, value in updates
    ]

    def units(value: float) -> dict[str, float]:
        return {"CapacityUnits": value}

    assert answers == [
        {
            "TableName": "indexed",
            "CapacityUnits": 3.0,
            "Table": units(1.0),
            "LocalSecondaryIndexes": {"lsi": units(1.0)},
            "GlobalSecondaryIndexes": {"gsi": units(1.0)},
        },
        {
            "TableName": "indexed",
            "CapacityUnits": 4.0,
            "Table": units(2.0),
            "GlobalSecondaryIndexes": {"gsi": units(2.0)},
        },
        {
            "TableName": "indexed",
            "CapacityUnits": 6.0,
            "Table": units(2.0),
            "GlobalSecondaryIndexes": {"gsi": units(4.0)},
        },
    ]


def test_update_item_item_collection_metrics(client: Any, indexed: Any) -> None:
    response = client.update_item(
        TableName="indexed",
        Key={"pk": s("m"), "sk": n("1")},
        ReturnItemCollectionMetrics="SIZE",
    )
    assert body(response) == {
        "ItemCollectionMetrics": {
            "ItemCollectionKey": {"pk": s("m")},
            "SizeEstimateRangeGB": [0.0, 1.0],
        }
    }


# -- refusals ---------------------------------------------------------------------------------
def test_update_item_refuses_a_key_attribute(error_of: ItemError, client: Any, pets: Any) -> None:
    assert error_of(
        client.update_item,
        TableName="pets",
        Key={"p": s("x")},
        UpdateExpression="SET p = :v",
        ExpressionAttributeValues={":v": s("y")},
    ) == (
        "ValidationException",
        INVALID + "Cannot update attribute p. This attribute is part of the key",
    )


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (n("1"), INVALID + "Type mismatch for Index Key g Expected: S Actual: N IndexName: gsi"),
        (
            s(""),
            "One or more parameter values are not valid. The update expression attempted to "
            "update a secondary index key to a value that is not supported. The AttributeValue "
            "for a key attribute cannot contain an empty string value.",
        ),
    ],
    ids=["type", "empty"],
)
def test_update_item_refuses_a_bad_index_key(
    error_of: ItemError, client: Any, indexed: Any, value: dict[str, str], message: str
) -> None:
    key = {"pk": s("p"), "sk": n("1")}
    assert error_of(
        client.update_item,
        TableName="indexed",
        Key=key,
        UpdateExpression="SET g = :v",
        ExpressionAttributeValues={":v": value},
    ) == ("ValidationException", message)
    assert "Item" not in client.get_item(TableName="indexed", Key=key)


def test_update_item_refuses_an_item_over_400_kb(
    error_of: ItemError, client: Any, pets: Any
) -> None:
    assert error_of(
        client.update_item,
        TableName="pets",
        Key={"p": s("x")},
        UpdateExpression="SET big = :v",
        ExpressionAttributeValues={":v": s("x" * 409_600)},
    ) == ("ValidationException", "Item size to update has exceeded the maximum allowed size")
    assert client.get_item(TableName="pets", Key={"p": s("x")})["Item"]["b"] == s("dog")


@pytest.mark.parametrize(
    "key",
    [{"p": n("1")}, {"p": s("x"), "q": s("y")}, {}],
    ids=["type", "extra", "empty"],
)
def test_update_item_refuses_a_key_that_does_not_match(
    error_of: ItemError, client: Any, pets: Any, key: dict[str, Any]
) -> None:
    assert error_of(client.update_item, TableName="pets", Key=key) == (
        "ValidationException",
        "The provided key element does not match the schema",
    )


def test_update_item_key_values_are_read_before_the_table(
    error_of: ItemError, raw_client: Any
) -> None:
    assert error_of(raw_client.update_item, TableName="nope", Key={"p": {"N": "x"}}) == (
        "ValidationException",
        "The parameter cannot be converted to a numeric value: x",
    )


def test_update_item_constraints_together_in_order(error_of: ItemError, raw_client: Any) -> None:
    """dynalite's live-checked updateItem.js: returnConsumedCapacity, tableName,
    returnItemCollectionMetrics, returnValues, key."""
    at = "Value 'hi' at '{}' failed to satisfy constraint: Member must satisfy enum value set: "
    assert error_of(
        raw_client.update_item,
        TableName="abc",
        ReturnConsumedCapacity="hi",
        ReturnItemCollectionMetrics="hi",
        ReturnValues="hi",
    ) == (
        "ValidationException",
        "4 validation errors detected: "
        + at.format("returnConsumedCapacity")
        + "[INDEXES, TOTAL, NONE]; "
        + at.format("returnItemCollectionMetrics")
        + "[SIZE, NONE]; "
        + at.format("returnValues")
        + "[ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]; "
        + "Value null at 'key' failed to satisfy constraint: Member must not be null",
    )


def test_update_item_empty_table_name_and_missing_key(error_of: ItemError, raw_client: Any) -> None:
    """paritysuite validation-ordering/updateItem.test.ts (eu-west-2, us-east-1, 2026-10-09):
    an empty name is reported at its minimum length of 1 alone, joined with the missing key
    and the enums in member order."""
    at = (
        "Value 'INVALID' at '{}' failed to satisfy constraint: Member must satisfy enum value set: "
    )
    assert error_of(
        raw_client.update_item,
        TableName="",
        UpdateExpression="SET a = :a",
        ExpressionAttributeValues={":a": s("x")},
        ReturnConsumedCapacity="INVALID",
        ReturnValues="INVALID",
    ) == (
        "ValidationException",
        "4 validation errors detected: "
        + at.format("returnConsumedCapacity")
        + "[INDEXES, TOTAL, NONE]; "
        + "Value '' at 'tableName' failed to satisfy constraint: Member must have length greater "
        "than or equal to 1; "
        + at.format("returnValues")
        + "[ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]; "
        + "Value null at 'key' failed to satisfy constraint: Member must not be null",
    )


def test_update_item_conditional_operator_before_the_missing_key(
    error_of: ItemError, raw_client: Any
) -> None:
    """paritysuite validation-ordering/updateItem.test.ts (eu-west-2, us-east-1, 2026-10-09)."""
    assert error_of(
        raw_client.update_item,
        TableName="nope",
        AttributeUpdates={"x": {"Action": "PUT", "Value": s("1")}},
        Expected={"a": {"Exists": False}, "b": {"Exists": False}},
        ConditionalOperator="XOR",
    ) == (
        "ValidationException",
        "2 validation errors detected: Value 'XOR' at 'conditionalOperator' failed to satisfy "
        "constraint: Member must satisfy enum value set: [OR, AND]; Value null at 'key' failed "
        "to satisfy constraint: Member must not be null",
    )


def test_update_item_failed_condition_before_a_key_attribute_update(client: Any, pets: Any) -> None:
    """DynamoDB Local 3.3.1 checks the condition first (no live capture either way)."""
    with pytest.raises(client.exceptions.ConditionalCheckFailedException):
        client.update_item(
            TableName="pets",
            Key={"p": s("x")},
            UpdateExpression="SET p = :v",
            ConditionExpression="attribute_not_exists(p)",
            ExpressionAttributeValues={":v": s("y")},
        )


def test_update_item_may_not_reach_into_an_index_key(
    error_of: ItemError, client: Any, indexed: Any
) -> None:
    assert error_of(
        client.update_item,
        TableName="indexed",
        Key={"pk": s("p"), "sk": n("1")},
        UpdateExpression="SET g.a = :v",
        ExpressionAttributeValues={":v": s("x")},
    ) == (
        "ValidationException",
        "Key attributes must be scalars; list random access '[]' and map lookup '.' are not "
        "allowed: IndexKey: g",
    )
