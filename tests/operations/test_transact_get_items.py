"""TransactGetItems through a real boto3 client."""

from __future__ import annotations

from typing import Any

import pytest
from botocore.exceptions import ClientError

from pytest_dynafake import DynaFake


def get(table: str, key: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"Get": {"TableName": table, "Key": key, **extra}}


U1 = {"user_id": {"S": "u1"}}
U2 = {"user_id": {"S": "u2"}}
MISSING = {"user_id": {"S": "nobody"}}


def test_transact_get_items_responses_align_with_the_request(
    client: Any, users: Any, orders: Any
) -> None:
    response = client.transact_get_items(
        TransactItems=[
            get("users", U2),
            get("users", MISSING),
            get("orders", {"customer": {"S": "c1"}, "order_id": {"N": "3"}}),
        ]
    )
    assert response["Responses"] == [
        {"Item": {"user_id": {"S": "u2"}}},
        {},
        {"Item": {"customer": {"S": "c1"}, "order_id": {"N": "3"}, "total": {"N": "30"}}},
    ]
    assert "ConsumedCapacity" not in response


def test_transact_get_items_projection_per_get(client: Any, users: Any) -> None:
    response = client.transact_get_items(
        TransactItems=[
            get(
                "users", U1, ProjectionExpression="#n, age", ExpressionAttributeNames={"#n": "name"}
            ),
            get("users", U2, ProjectionExpression="age"),
        ]
    )
    assert response["Responses"] == [
        {"Item": {"name": {"S": "Ada"}, "age": {"N": "36"}}},
        {},
    ]


def test_transact_get_items_projection_matching_nothing_omits_item(client: Any, users: Any) -> None:
    """Unlike GetItem's {"Item": {}}, the service answers an existing item whose projection
    matches nothing with an empty response (live capture: dynamodb-conformance
    transactGet.test.ts). The read is still charged by the whole item, as a missing one is."""
    response = client.transact_get_items(
        TransactItems=[
            get("users", U1, ProjectionExpression="#x", ExpressionAttributeNames={"#x": "nope"}),
            get("users", U2, ProjectionExpression="user_id"),
            get("users", MISSING, ProjectionExpression="nope"),
        ],
        ReturnConsumedCapacity="TOTAL",
    )
    assert response["Responses"] == [{}, {"Item": {"user_id": {"S": "u2"}}}, {}]
    assert response["ConsumedCapacity"] == [
        {"TableName": "users", "CapacityUnits": 6.0, "ReadCapacityUnits": 6.0}
    ]


def test_transact_get_items_capacity_is_doubled_and_charges_missing_items(
    dynafake: DynaFake, client: Any, users: Any
) -> None:
    dynafake.table("big", "k", items=[{"k": "a", "blob": "x" * 5000}])
    response = client.transact_get_items(
        TransactItems=[get("users", U2), get("users", MISSING), get("big", {"k": {"S": "a"}})],
        ReturnConsumedCapacity="TOTAL",
    )
    assert response["ConsumedCapacity"] == [
        {"TableName": "users", "CapacityUnits": 4.0, "ReadCapacityUnits": 4.0},
        {"TableName": "big", "CapacityUnits": 4.0, "ReadCapacityUnits": 4.0},
    ]


def test_transact_get_items_capacity_indexes(client: Any, users: Any) -> None:
    response = client.transact_get_items(
        TransactItems=[get("users", U2)], ReturnConsumedCapacity="INDEXES"
    )
    assert response["ConsumedCapacity"] == [
        {
            "TableName": "users",
            "CapacityUnits": 2.0,
            "ReadCapacityUnits": 2.0,
            "Table": {"CapacityUnits": 2.0, "ReadCapacityUnits": 2.0},
        }
    ]


def test_transact_get_items_100_items_are_allowed(dynafake: DynaFake, client: Any) -> None:
    dynafake.table("many", ("n", "N"), items=[{"n": n} for n in range(100)])
    response = client.transact_get_items(
        TransactItems=[get("many", {"n": {"N": str(n)}}) for n in range(100)]
    )
    assert [r["Item"]["n"]["N"] for r in response["Responses"]] == [str(n) for n in range(100)]


# -- errors ------------------------------------------------------------------------------------


def test_transact_get_items_more_than_100(client: Any, users: Any, error_of: Any) -> None:
    items = [get("users", {"user_id": {"S": f"u{n}"}}) for n in range(101)]
    assert error_of(client.transact_get_items, TransactItems=items) == (
        "ValidationException",
        "1 validation error detected: Value at 'TransactItems' failed to satisfy constraint: "
        "Member must have length less than or equal to 100",
    )


def test_transact_get_items_empty(raw_client: Any, error_of: Any) -> None:
    assert error_of(raw_client.transact_get_items, TransactItems=[]) == (
        "ValidationException",
        "1 validation error detected: Value at 'TransactItems' failed to satisfy constraint: "
        "Member must have length greater than or equal to 1",
    )


@pytest.mark.parametrize(
    "second",
    [U1, {"user_id": {"S": "u1"}}],
    ids=["same", "equal"],
)
def test_transact_get_items_same_item_twice(
    client: Any, users: Any, error_of: Any, second: dict[str, Any]
) -> None:
    assert error_of(
        client.transact_get_items, TransactItems=[get("users", U1), get("users", second)]
    ) == (
        "ValidationException",
        "Transaction request cannot include multiple operations on one item",
    )


def test_transact_get_items_same_number_written_twice_ways(
    client: Any, orders: Any, error_of: Any
) -> None:
    """1.5 and 1.50 are one item to a transaction (DynamoDB Local agrees)."""
    first = {"customer": {"S": "c1"}, "order_id": {"N": "1.5"}}
    second = {"order_id": {"N": "1.50"}, "customer": {"S": "c1"}}
    assert error_of(
        client.transact_get_items, TransactItems=[get("orders", first), get("orders", second)]
    ) == (
        "ValidationException",
        "Transaction request cannot include multiple operations on one item",
    )


def test_transact_get_items_unknown_table(client: Any, users: Any, error_of: Any) -> None:
    assert error_of(
        client.transact_get_items, TransactItems=[get("users", U1), get("nope", U1)]
    ) == ("ResourceNotFoundException", "Requested resource not found")


def test_transact_get_items_key_mismatch_cancels_the_transaction(
    raw_client: Any, users: Any
) -> None:
    """Only the first failing Get carries a reason; the others say None."""
    with pytest.raises(ClientError) as raised:
        raw_client.transact_get_items(
            TransactItems=[
                get("users", U1),
                get("users", {"user_id": {"N": "1"}}),
                get("users", {}),
            ]
        )
    assert type(raised.value).__name__ == "TransactionCanceledException"
    assert raised.value.response["Error"] == {
        "Code": "TransactionCanceledException",
        "Message": "Transaction cancelled, please refer cancellation reasons for specific "
        "reasons [None, ValidationError, None]",
    }
    assert raised.value.response["CancellationReasons"] == [
        {"Code": "None"},
        {
            "Code": "ValidationError",
            "Message": "The provided key element does not match the schema",
        },
        {"Code": "None"},
    ]


def test_transact_get_items_empty_string_key_fails_the_request(
    client: Any, users: Any, error_of: Any
) -> None:
    assert error_of(
        client.transact_get_items, TransactItems=[get("users", {"user_id": {"S": ""}})]
    ) == (
        "ValidationException",
        "One or more parameter values are not valid. The AttributeValue for a key attribute "
        "cannot contain an empty string value. Key: user_id",
    )


def test_transact_get_items_projection_syntax_fails_the_request(
    client: Any, users: Any, error_of: Any
) -> None:
    assert error_of(
        client.transact_get_items, TransactItems=[get("users", U1, ProjectionExpression="!!!")]
    ) == (
        "ValidationException",
        'Invalid ProjectionExpression: Syntax error; token: "!", near: "!!"',
    )


def test_transact_get_items_4_mb_aggregate(dynafake: DynaFake, client: Any, error_of: Any) -> None:
    """Ten 390 KB items fit; the eleventh crosses 4 MiB (running size in the message, as
    DynamoDB Local reports it). Projected to their keys, the same Gets pass."""
    blob = "x" * (390 * 1024)
    dynafake.table("blobs", ("id", "N"), items=[{"id": n, "blob": blob} for n in range(11)])
    gets = [get("blobs", {"id": {"N": str(n)}}) for n in range(11)]
    # Each: "id" + "blob" + the string + 4 bytes a Get; the number 0 costs 1 byte, 1..10 two.
    size = 11 * (2 + 4 + 390 * 1024 + 4) + 1 + 10 * 2
    assert error_of(client.transact_get_items, TransactItems=gets) == (
        "ValidationException",
        f"Payload in response is too large.{size}",
    )
    projected = [get("blobs", {"id": {"N": str(n)}}, ProjectionExpression="id") for n in range(11)]
    assert len(client.transact_get_items(TransactItems=projected)["Responses"]) == 11


def test_transact_get_items_projection_too_deep(client: Any, users: Any, error_of: Any) -> None:
    deep = "a" + "[0]" * 32
    assert error_of(
        client.transact_get_items,
        TransactItems=[get("users", U2), get("users", U1, ProjectionExpression=deep)],
    ) == (
        "ValidationException",
        "Invalid ProjectionExpression: The document path has too many nesting levels; "
        "nesting levels: 33",
    )
