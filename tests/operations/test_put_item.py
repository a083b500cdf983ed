"""PutItem through real boto3 clients: what it stores (read back from the table and its
indexes), what it answers, and every refusal in DynamoDB's words and order."""

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
ENVELOPE = "1 validation error detected: "  # the newest live form (test_value_envelope.py)
TOO_DEEP = (
    "Nesting Levels have exceeded supported limits: Attributes in the item have nested levels "
    "beyond supported limit"
)


@pytest.fixture
def indexed(dynafake: DynaFake) -> Any:
    return create_indexed(dynafake)


# -- what it stores -------------------------------------------------------------------------
def test_put_item_stores_a_new_item(client: Any, users: Any) -> None:
    item = {"user_id": s("u9"), "age": n("0042.50"), "tags": {"SS": ["b", "a"]}}
    assert body(client.put_item(TableName="users", Item=item)) == {}
    got = client.get_item(TableName="users", Key={"user_id": s("u9")})["Item"]
    assert got == {"user_id": s("u9"), "age": n("42.5"), "tags": {"SS": ["b", "a"]}}


def test_put_item_replaces_the_whole_item(client: Any, users: Any) -> None:
    client.put_item(TableName="users", Item={"user_id": s("u1"), "fresh": {"BOOL": True}})
    got = client.get_item(TableName="users", Key={"user_id": s("u1")})["Item"]
    assert got == {"user_id": s("u1"), "fresh": {"BOOL": True}}


def test_put_item_all_old_returns_the_replaced_item(client: Any, users: Any) -> None:
    response = client.put_item(
        TableName="users", Item={"user_id": s("u2"), "v": n("1")}, ReturnValues="ALL_OLD"
    )
    assert body(response) == {"Attributes": {"user_id": s("u2")}}


def test_put_item_all_old_of_a_new_item_has_no_attributes(client: Any, users: Any) -> None:
    response = client.put_item(TableName="users", Item={"user_id": s("u9")}, ReturnValues="ALL_OLD")
    assert body(response) == {}


def test_put_item_keeps_the_indexes(client: Any, indexed: Any) -> None:
    item = {"pk": s("p"), "sk": n("1"), "g": s("G"), "g2": n("7"), "l": s("L"), "x": s("X")}
    client.put_item(TableName="indexed", Item=item)
    client.put_item(TableName="indexed", Item={**item, "sk": n("2"), "g": s("H"), "l": s("M")})
    client.put_item(TableName="indexed", Item={"pk": s("p"), "sk": n("1"), "g": s("H")})

    def query(index: str, condition: str, value: dict[str, str]) -> Any:
        return client.query(
            TableName="indexed",
            IndexName=index,
            KeyConditionExpression="#k = :v",
            ExpressionAttributeNames={"#k": condition},
            ExpressionAttributeValues={":v": value},
        )["Items"]

    assert query("gsi", "g", s("G")) == []
    by_sort_key = sorted(query("gsi", "g", s("H")), key=lambda item: item["sk"]["N"])
    assert by_sort_key == [
        {"pk": s("p"), "sk": n("1"), "g": s("H")},
        {"pk": s("p"), "sk": n("2"), "g": s("H"), "g2": n("7"), "l": s("M"), "x": s("X")},
    ]
    assert query("gsik", "g2", n("7")) == [{"pk": s("p"), "sk": n("2"), "g2": n("7")}]
    assert query("lsi", "pk", s("p")) == [{"pk": s("p"), "sk": n("2"), "l": s("M"), "x": s("X")}]


def test_put_item_through_a_resource_table_with_a_condition(dynafake: DynaFake, users: Any) -> None:
    table = boto3.resource("dynamodb").Table("users")
    table.put_item(Item={"user_id": "u2", "v": 1}, ConditionExpression=Attr("v").not_exists())
    with pytest.raises(ClientError) as raised:
        table.put_item(Item={"user_id": "u2", "v": 2}, ConditionExpression=Attr("v").eq(0))
    assert raised.value.response["Error"] == {
        "Message": "The conditional request failed",
        "Code": "ConditionalCheckFailedException",
    }
    assert table.get_item(Key={"user_id": "u2"})["Item"] == {"user_id": "u2", "v": Decimal(1)}


# -- conditions ------------------------------------------------------------------------------
def test_put_item_condition_failure_leaves_the_item(client: Any, users: Any) -> None:
    with pytest.raises(client.exceptions.ConditionalCheckFailedException) as raised:
        client.put_item(
            TableName="users",
            Item={"user_id": s("u2"), "v": n("1")},
            ConditionExpression="attribute_not_exists(user_id)",
        )
    response = raised.value.response
    assert (response["Error"], "Item" in response) == (
        {"Message": "The conditional request failed", "Code": "ConditionalCheckFailedException"},
        False,
    )
    assert client.get_item(TableName="users", Key={"user_id": s("u2")})["Item"] == {
        "user_id": s("u2")
    }


def test_put_item_condition_failure_returns_the_item_when_asked(client: Any, users: Any) -> None:
    with pytest.raises(client.exceptions.ConditionalCheckFailedException) as raised:
        client.put_item(
            TableName="users",
            Item={"user_id": s("u2"), "v": n("1")},
            ConditionExpression="attribute_not_exists(user_id)",
            ReturnValuesOnConditionCheckFailure="ALL_OLD",
        )
    assert raised.value.response["Item"] == {"user_id": s("u2")}


def test_put_item_condition_failure_on_a_missing_item_has_no_item(client: Any, users: Any) -> None:
    """Scylla Alternator's test_returnvalues.py (run against DynamoDB): nothing to return."""
    with pytest.raises(client.exceptions.ConditionalCheckFailedException) as raised:
        client.put_item(
            TableName="users",
            Item={"user_id": s("u9")},
            ConditionExpression="attribute_exists(user_id)",
            ReturnValuesOnConditionCheckFailure="ALL_OLD",
        )
    assert "Item" not in raised.value.response


def test_put_item_legacy_expected(client: Any, users: Any) -> None:
    client.put_item(
        TableName="users", Item={"user_id": s("u9")}, Expected={"user_id": {"Exists": False}}
    )
    with pytest.raises(client.exceptions.ConditionalCheckFailedException):
        client.put_item(
            TableName="users", Item={"user_id": s("u9")}, Expected={"user_id": {"Exists": False}}
        )


# -- capacity and item collections -----------------------------------------------------------
@pytest.mark.parametrize(("size", "units"), [(1024, 1.0), (1025, 2.0), (409_600, 400.0)])
def test_put_item_capacity_rounds_up_to_1_kb(
    client: Any, dynafake: DynaFake, size: int, units: float
) -> None:
    dynafake.table("big", "k")
    # "k" + "a" + "blob" = 6 bytes of names and key.
    item = {"k": s("a"), "blob": s("x" * (size - 6))}
    response = client.put_item(TableName="big", Item=item, ReturnConsumedCapacity="INDEXES")
    assert body(response) == {
        "ConsumedCapacity": {
            "TableName": "big",
            "CapacityUnits": units,
            "Table": {"CapacityUnits": units},
        }
    }


def test_put_item_capacity_is_the_larger_of_old_and_new(client: Any, dynafake: DynaFake) -> None:
    """dynalite's live-checked putItem.js: a small item over a 2-unit one costs 2, then 1."""
    dynafake.table("big", "k", items=[{"k": "a", "blob": "x" * 2000}])
    costs = [
        client.put_item(TableName="big", Item={"k": s("a")}, ReturnConsumedCapacity="TOTAL")[
            "ConsumedCapacity"
        ]
        for _ in range(2)
    ]
    assert costs == [{"TableName": "big", "CapacityUnits": u} for u in (2.0, 1.0)]


def test_put_item_index_writes(client: Any, indexed: Any) -> None:
    """DynamoDB Local 3.3.1 and the Developer Guide: an entry put is one write, a changed index
    key a delete and a put, an unchanged entry nothing (the same four puts sent to DynamoDB
    Local answer these)."""
    item = {"pk": s("p"), "sk": n("1"), "g": s("G"), "g2": n("7"), "l": s("L")}
    answers = [
        client.put_item(TableName="indexed", Item=put, ReturnConsumedCapacity="INDEXES")[
            "ConsumedCapacity"
        ]
        for put in (item, item, {**item, "g": s("H"), "g2": n("8")}, {**item, "x": s("X")})
    ]
    one = {"CapacityUnits": 1.0}
    assert answers == [
        {
            "TableName": "indexed",
            "CapacityUnits": 4.0,
            "Table": one,
            "GlobalSecondaryIndexes": {"gsi": one, "gsik": one},
            "LocalSecondaryIndexes": {"lsi": one},
        },
        {"TableName": "indexed", "CapacityUnits": 1.0, "Table": one},
        {
            "TableName": "indexed",
            "CapacityUnits": 5.0,
            "Table": one,
            "GlobalSecondaryIndexes": {
                "gsi": {"CapacityUnits": 2.0},
                "gsik": {"CapacityUnits": 2.0},
            },
        },
        {
            "TableName": "indexed",
            "CapacityUnits": 6.0,
            "Table": one,
            "GlobalSecondaryIndexes": {
                "gsi": {"CapacityUnits": 2.0},
                "gsik": {"CapacityUnits": 2.0},
            },
            "LocalSecondaryIndexes": {"lsi": one},
        },
    ]


def test_put_item_total_counts_the_index_writes(client: Any, indexed: Any) -> None:
    item = {"pk": s("p"), "sk": n("1"), "g": s("G"), "l": s("L")}
    response = client.put_item(TableName="indexed", Item=item, ReturnConsumedCapacity="TOTAL")
    assert response["ConsumedCapacity"] == {"TableName": "indexed", "CapacityUnits": 3.0}


def test_put_item_item_collection_metrics_on_a_table_with_an_lsi(
    client: Any, indexed: Any, users: Any
) -> None:
    with_lsi = client.put_item(
        TableName="indexed", Item={"pk": s("p"), "sk": n("1")}, ReturnItemCollectionMetrics="SIZE"
    )
    without = client.put_item(
        TableName="users", Item={"user_id": s("u1")}, ReturnItemCollectionMetrics="SIZE"
    )
    assert (body(with_lsi), body(without)) == (
        {
            "ItemCollectionMetrics": {
                "ItemCollectionKey": {"pk": s("p")},
                "SizeEstimateRangeGB": [0.0, 1.0],
            }
        },
        {},
    )


# -- refusals --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("item", "message"),
    [
        ({"pk": s("p")}, INVALID + "Missing the key sk in the item"),
        ({"sk": n("1")}, INVALID + "Missing the key pk in the item"),
        ({"pk": n("1"), "sk": n("1")}, INVALID + "Type mismatch for key pk expected: S actual: N"),
        ({"pk": s("p"), "sk": s("1")}, INVALID + "Type mismatch for key sk expected: N actual: S"),
        (
            {"pk": s(""), "sk": n("1")},
            "One or more parameter values are not valid. The AttributeValue for a key attribute "
            "cannot contain an empty string value. Key: pk",
        ),
        (
            {"pk": s("x" * 2049), "sk": n("1")},
            INVALID + "Size of hashkey has exceeded the maximum size limit of2048 bytes",
        ),
        (
            {"pk": s("p"), "sk": n("1"), "g": n("1")},
            INVALID + "Type mismatch for Index Key g Expected: S Actual: N IndexName: gsi",
        ),
        (
            {"pk": s("p"), "sk": n("1"), "l": {"BOOL": True}},
            INVALID + "Type mismatch for Index Key l Expected: S Actual: BOOL IndexName: lsi",
        ),
        (
            {"pk": s("p"), "sk": n("1"), "g": s("")},
            "One or more parameter values are not valid. A value specified for a secondary index "
            "key is not supported. The AttributeValue for a key attribute cannot contain an empty "
            "string value. IndexName: gsi, IndexKey: g",
        ),
    ],
    ids=[
        "missing-sort",
        "missing-partition",
        "partition-type",
        "sort-type",
        "empty-key",
        "key-size",
        "gsi-type",
        "lsi-type",
        "gsi-empty",
    ],
)
def test_put_item_refuses_an_item_that_breaks_the_schema(
    error_of: ItemError, client: Any, indexed: Any, item: dict[str, Any], message: str
) -> None:
    assert error_of(client.put_item, TableName="indexed", Item=item) == (
        "ValidationException",
        message,
    )
    assert client.scan(TableName="indexed")["Items"] == []


def deep(levels: int) -> dict[str, Any]:
    value: dict[str, Any] = s("leaf")
    for _ in range(levels):
        value = {"M": {"n": value}}
    return value


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"SS": []}, ENVELOPE + INVALID + "An string set  may not be empty"),
        ({"NS": []}, ENVELOPE + INVALID + "An number set  may not be empty"),
        ({"BS": []}, ENVELOPE + INVALID + "Binary sets should not be empty"),
        (
            {"SS": ["a", "b", "a"]},
            ENVELOPE + INVALID + "Input collection [a, b, a] contains duplicates.",
        ),
        ({"NS": ["1", "1.0"]}, "Input collection contains duplicates"),
        (
            {"BS": [b"b", b"b"]},
            ENVELOPE + INVALID + "Input collection [Yg==, Yg==]of type BS contains duplicates.",
        ),
        (
            {"NULL": False},
            ENVELOPE + INVALID + "Null attribute value types must have the value of true",
        ),
        ({"N": "abc"}, "The parameter cannot be converted to a numeric value: abc"),
        (
            {"N": "1e126"},
            "Number overflow. Attempting to store a number with magnitude larger "
            "than supported range",
        ),
        ({"L": [{"NS": ["1", "x"]}]}, "The parameter cannot be converted to a numeric value: x"),
        (deep(32), "1 validation error detected: " + TOO_DEEP),
        (deep(63), TOO_DEEP),
    ],
    ids=[
        "empty-ss",
        "empty-ns",
        "empty-bs",
        "duplicate-ss",
        "duplicate-ns",
        "duplicate-bs",
        "null-false",
        "bad-number",
        "overflow",
        "nested-bad-number",
        "nested-33",
        "nested-64",
    ],
)
def test_put_item_refuses_a_bad_value_before_the_table(
    error_of: ItemError, raw_client: Any, value: dict[str, Any], message: str
) -> None:
    """Live checks the item's values before it looks for the table (dynalite's putItem.js):
    the table here does not exist."""
    assert error_of(raw_client.put_item, TableName="nope", Item={"pk": s("p"), "a": value}) == (
        "ValidationException",
        message,
    )


def test_put_item_accepts_32_levels(client: Any, users: Any) -> None:
    client.put_item(TableName="users", Item={"user_id": s("deep"), "a": deep(31)})
    got = client.get_item(TableName="users", Key={"user_id": s("deep")})["Item"]
    assert got["a"] == deep(31)


@pytest.mark.parametrize(("size", "fits"), [(409_600, True), (409_601, False)])
def test_put_item_size_limit(
    client: Any, error_of: ItemError, users: Any, size: int, fits: bool
) -> None:
    """400 KB: the UTF-8 bytes of names and values; exactly 409,600 is accepted (paritysuite
    itemSizeBySurface.test.ts and dynalite's putItem.js, live)."""
    # "user_id" + "big" + "é" = 12 bytes; "é" is 2 bytes in UTF-8.
    item = {"user_id": s("big"), "é": s("é" + "x" * (size - 14))}
    if fits:
        assert body(client.put_item(TableName="users", Item=item)) == {}
    else:
        assert error_of(client.put_item, TableName="users", Item=item) == (
            "ValidationException",
            "Item size has exceeded the maximum allowed size",
        )


def test_put_item_size_refused_before_the_table(error_of: ItemError, client: Any) -> None:
    item = {"pk": s("p"), "a": s("x" * 409_600)}
    assert error_of(client.put_item, TableName="nope", Item=item) == (
        "ValidationException",
        "Item size has exceeded the maximum allowed size",
    )


@pytest.mark.parametrize("mode", ["UPDATED_OLD", "ALL_NEW", "UPDATED_NEW"])
def test_put_item_return_values_only_all_old_or_none(
    error_of: ItemError, client: Any, users: Any, mode: str
) -> None:
    """In the envelope, as DeleteItem's was captured in 2026-10 (paritysuite); older captures
    are bare; DynamoDB Local says "Return values set to invalid value"."""
    assert error_of(
        client.put_item, TableName="users", Item={"user_id": s("u1")}, ReturnValues=mode
    ) == (
        "ValidationException",
        "1 validation error detected: ReturnValues can only be ALL_OLD or NONE",
    )


def test_put_item_constraints_together_in_order(error_of: ItemError, raw_client: Any) -> None:
    """dynalite's live-checked putItem.js: returnConsumedCapacity, tableName, item,
    returnValues, returnItemCollectionMetrics."""
    code, message = error_of(
        raw_client.put_item,
        TableName="abc;",
        ReturnConsumedCapacity="hi",
        ReturnValues="hi",
        ReturnItemCollectionMetrics="hi",
        ReturnValuesOnConditionCheckFailure="hi",
    )
    at = "Value '{}' at '{}' failed to satisfy constraint: Member must "
    assert (code, message) == (
        "ValidationException",
        "6 validation errors detected: "
        + at.format("hi", "returnConsumedCapacity")
        + "satisfy enum value set: [INDEXES, TOTAL, NONE]; "
        + at.format("abc;", "tableName")
        + "satisfy regular expression pattern: [a-zA-Z0-9_.-]+; "
        + "Value null at 'item' failed to satisfy constraint: Member must not be null; "
        + at.format("hi", "returnValues")
        + "satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]; "
        + at.format("hi", "returnItemCollectionMetrics")
        + "satisfy enum value set: [SIZE, NONE]; "
        + at.format("hi", "returnValuesOnConditionCheckFailure")
        + "satisfy enum value set: [ALL_OLD, NONE]",
    )


def test_put_item_to_a_missing_table(error_of: ItemError, client: Any) -> None:
    assert error_of(client.put_item, TableName="nope", Item={"pk": s("p")}) == (
        "ResourceNotFoundException",
        "Requested resource not found",
    )


def test_put_item_throttled_leaves_the_table(dynafake: DynaFake, client: Any, users: Any) -> None:
    dynafake.throttle("PutItem")
    with pytest.raises(ClientError):
        client.put_item(TableName="users", Item={"user_id": s("u9")})
    assert "Item" not in client.get_item(TableName="users", Key={"user_id": s("u9")})


def test_put_item_legacy_member_constraints_join_the_others(
    error_of: ItemError, raw_client: Any
) -> None:
    """The ConditionalOperator's enum among the members, after the item (paritysuite
    validation-ordering/updateItem.test.ts, live 2026-10, for its place before the key)."""
    assert error_of(
        raw_client.put_item,
        TableName="users",
        Expected={"a": {"Exists": False}, "b": {"Exists": False}},
        ConditionalOperator="XOR",
        ReturnValues="hi",
    ) == (
        "ValidationException",
        "3 validation errors detected: Value null at 'item' failed to satisfy constraint: "
        "Member must not be null; Value 'XOR' at 'conditionalOperator' failed to satisfy "
        "constraint: Member must satisfy enum value set: [OR, AND]; Value 'hi' at "
        "'returnValues' failed to satisfy constraint: Member must satisfy enum value set: "
        "[ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]",
    )


def test_put_item_condition_may_not_reach_into_a_key(
    error_of: ItemError, client: Any, indexed: Any
) -> None:
    """A nested path into a key attribute (the reads' rule, dynalite's live-checked tests;
    DynamoDB Local for conditions), table keys before index keys."""
    item = {"pk": s("p"), "sk": n("1")}
    scalars = "Key attributes must be scalars; list random access '[]' and map lookup '.' are "
    answers = [
        error_of(
            client.put_item,
            TableName="indexed",
            Item=item,
            ConditionExpression=condition,
            ExpressionAttributeValues={":v": s("x")},
        )
        for condition in ("g.a = :v AND pk.a = :v", "g[0] = :v")
    ]
    assert answers == [
        ("ValidationException", scalars + "not allowed: Key: pk"),
        ("ValidationException", scalars + "not allowed: IndexKey: g"),
    ]
