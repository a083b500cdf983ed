"""BatchGetItem through a real boto3 client."""

from __future__ import annotations

from typing import Any

import pytest

from pytest_dynafake import DynaFake

U1 = {"user_id": {"S": "u1"}}
U2 = {"user_id": {"S": "u2"}}
MISSING = {"user_id": {"S": "nobody"}}


def test_batch_get_item_returns_found_items_and_empty_unprocessed(client: Any, users: Any) -> None:
    response = client.batch_get_item(RequestItems={"users": {"Keys": [U2, MISSING]}})
    assert response["Responses"] == {"users": [{"user_id": {"S": "u2"}}]}
    assert response["UnprocessedKeys"] == {}
    assert "ConsumedCapacity" not in response


def test_batch_get_item_round_trips_every_type(client: Any, users: Any) -> None:
    (item,) = client.batch_get_item(RequestItems={"users": {"Keys": [U1]}})["Responses"]["users"]
    assert item == {
        "user_id": {"S": "u1"},
        "name": {"S": "Ada"},
        "age": {"N": "36"},
        "score": {"N": "1.5"},
        "tags": {"SS": ["a", "b"]},
        "lucky": {"NS": ["3", "7"]},
        "blobs": {"BS": [b"\x00", b"\xff"]},
        "avatar": {"B": b"\x89PNG"},
        "active": {"BOOL": True},
        "nothing": {"NULL": True},
        "address": {
            "M": {
                "city": {"S": "London"},
                "geo": {"M": {"lat": {"N": "51.5"}, "lon": {"N": "-0.12"}}},
            }
        },
        "history": {
            "L": [
                {"S": "signup"},
                {"N": "2015"},
                {"M": {"plan": {"S": "pro"}}},
                {"L": [{"BOOL": True}, {"NULL": True}]},
            ]
        },
    }


def test_batch_get_item_several_tables_and_composite_keys(
    client: Any, users: Any, orders: Any
) -> None:
    response = client.batch_get_item(
        RequestItems={
            "users": {"Keys": [U2]},
            "orders": {
                "Keys": [
                    {"customer": {"S": "c1"}, "order_id": {"N": "2"}},
                    {"customer": {"S": "c1"}, "order_id": {"N": "9"}},
                ]
            },
        }
    )
    assert response["Responses"] == {
        "users": [{"user_id": {"S": "u2"}}],
        "orders": [{"customer": {"S": "c1"}, "order_id": {"N": "2"}, "total": {"N": "20"}}],
    }


def test_batch_get_item_table_with_no_hits_is_listed_empty(client: Any, users: Any) -> None:
    response = client.batch_get_item(RequestItems={"users": {"Keys": [MISSING]}})
    assert response["Responses"] == {"users": []}


def test_batch_get_item_number_keys_match_by_value(client: Any, orders: Any) -> None:
    key = {"customer": {"S": "c1"}, "order_id": {"N": "1.00"}}
    response = client.batch_get_item(RequestItems={"orders": {"Keys": [key]}})
    assert response["Responses"]["orders"][0]["order_id"] == {"N": "1"}


def test_batch_get_item_projection_with_names(client: Any, users: Any) -> None:
    response = client.batch_get_item(
        RequestItems={
            "users": {
                "Keys": [U1],
                "ProjectionExpression": "#n, address.geo.lat, history[2], history[0]",
                "ExpressionAttributeNames": {"#n": "name"},
            }
        }
    )
    assert response["Responses"]["users"] == [
        {
            "name": {"S": "Ada"},
            "address": {"M": {"geo": {"M": {"lat": {"N": "51.5"}}}}},
            "history": {"L": [{"S": "signup"}, {"M": {"plan": {"S": "pro"}}}]},
        }
    ]


def test_batch_get_item_attributes_to_get(client: Any, users: Any) -> None:
    response = client.batch_get_item(
        RequestItems={"users": {"Keys": [U1], "AttributesToGet": ["age", "missing"]}}
    )
    assert response["Responses"]["users"] == [{"age": {"N": "36"}}]


@pytest.mark.parametrize(
    ("consistent", "missing", "five_kb"), [(False, 0.5, 1.0), (True, 1.0, 2.0)]
)
def test_batch_get_item_consumed_capacity_total(
    dynafake: DynaFake, client: Any, users: Any, consistent: bool, missing: float, five_kb: float
) -> None:
    """4 KB units rounded up per item, half for eventual reads, the minimum for a missing key."""
    dynafake.table("big", "k", items=[{"k": "a", "blob": "x" * 5000}])
    response = client.batch_get_item(
        RequestItems={
            "users": {"Keys": [MISSING], "ConsistentRead": consistent},
            "big": {"Keys": [{"k": {"S": "a"}}], "ConsistentRead": consistent},
        },
        ReturnConsumedCapacity="TOTAL",
    )
    assert response["ConsumedCapacity"] == [
        {"TableName": "users", "CapacityUnits": missing},
        {"TableName": "big", "CapacityUnits": five_kb},
    ]


def test_batch_get_item_consumed_capacity_indexes(client: Any, users: Any) -> None:
    response = client.batch_get_item(
        RequestItems={"users": {"Keys": [U1, U2]}}, ReturnConsumedCapacity="INDEXES"
    )
    assert response["ConsumedCapacity"] == [
        {"TableName": "users", "CapacityUnits": 1.0, "Table": {"CapacityUnits": 1.0}}
    ]


def test_batch_get_item_projection_does_not_lower_capacity(dynafake: DynaFake, client: Any) -> None:
    dynafake.table("big", "k", items=[{"k": "a", "blob": "x" * 5000}])
    response = client.batch_get_item(
        RequestItems={"big": {"Keys": [{"k": {"S": "a"}}], "ProjectionExpression": "k"}},
        ReturnConsumedCapacity="TOTAL",
    )
    assert response["ConsumedCapacity"] == [{"TableName": "big", "CapacityUnits": 1.0}]


def test_batch_get_item_16_mb_limit_returns_the_rest_unprocessed(
    dynafake: DynaFake, client: Any
) -> None:
    """The limit counts whole items, and the unprocessed entry echoes the request's options."""
    blob = "x" * (390 * 1024)
    dynafake.table("blobs", ("id", "N"), items=[{"id": n, "blob": blob} for n in range(60)])
    keys = [{"id": {"N": str(n)}} for n in range(60)]
    request = {
        "Keys": keys,
        "ProjectionExpression": "#i",
        "ExpressionAttributeNames": {"#i": "id"},
        "ConsistentRead": True,
    }
    response = client.batch_get_item(RequestItems={"blobs": request})
    returned = response["Responses"]["blobs"]
    # 42 items of 390 KB (plus their names) fit in 16 MiB; the 43rd would not.
    assert returned == [{"id": {"N": str(n)}} for n in range(42)]
    assert response["UnprocessedKeys"] == {"blobs": {**request, "Keys": keys[42:]}}
    again = client.batch_get_item(RequestItems=response["UnprocessedKeys"])
    assert len(again["Responses"]["blobs"]) == 18
    assert again["UnprocessedKeys"] == {}


def test_batch_get_item_accepts_a_table_arn(client: Any, users: Any) -> None:
    arn = "arn:aws:dynamodb:us-east-1:123456789012:table/users"
    response = client.batch_get_item(RequestItems={arn: {"Keys": [U2]}})
    assert response["Responses"] == {arn: [{"user_id": {"S": "u2"}}]}


# -- errors ------------------------------------------------------------------------------------


def test_batch_get_item_unknown_table(client: Any, error_of: Any) -> None:
    assert error_of(client.batch_get_item, RequestItems={"nope": {"Keys": [U1]}}) == (
        "ResourceNotFoundException",
        "Requested resource not found",
    )


def test_batch_get_item_more_than_100_keys_in_one_table(
    client: Any, users: Any, error_of: Any
) -> None:
    keys = [{"user_id": {"S": f"u{n}"}} for n in range(101)]
    assert error_of(client.batch_get_item, RequestItems={"users": {"Keys": keys}}) == (
        "ValidationException",
        "1 validation error detected: Value at 'RequestItems.users.member.Keys' failed to "
        "satisfy constraint: Member must have length less than or equal to 100",
    )


def test_batch_get_item_more_than_100_keys_across_tables(
    client: Any, users: Any, orders: Any, error_of: Any
) -> None:
    user_keys = [{"user_id": {"S": f"u{n}"}} for n in range(60)]
    order_keys = [{"customer": {"S": "c"}, "order_id": {"N": str(n)}} for n in range(41)]
    assert error_of(
        client.batch_get_item,
        RequestItems={"users": {"Keys": user_keys}, "orders": {"Keys": order_keys}},
    ) == ("ValidationException", "Too many items requested for the BatchGetItem call")


def test_batch_get_item_empty_request_items(raw_client: Any, error_of: Any) -> None:
    assert error_of(raw_client.batch_get_item, RequestItems={}) == (
        "ValidationException",
        "1 validation error detected: Value at 'RequestItems' failed to satisfy constraint: "
        "Member must have length greater than or equal to 1",
    )


def test_batch_get_item_empty_keys(raw_client: Any, users: Any, error_of: Any) -> None:
    assert error_of(raw_client.batch_get_item, RequestItems={"users": {"Keys": []}}) == (
        "ValidationException",
        "1 validation error detected: Value at 'RequestItems.users.member.Keys' failed to "
        "satisfy constraint: Member must have length greater than or equal to 1",
    )


def test_batch_get_item_duplicate_keys(client: Any, users: Any, error_of: Any) -> None:
    assert error_of(client.batch_get_item, RequestItems={"users": {"Keys": [U1, U2, U1]}}) == (
        "ValidationException",
        "Provided list of item keys contains duplicates",
    )


def test_batch_get_item_bad_table_name_echoes_the_request_items(client: Any, error_of: Any) -> None:
    assert error_of(
        client.batch_get_item, RequestItems={"bad!name": {"Keys": [{"pk": {"S": "a"}}]}}
    ) == (
        "ValidationException",
        '1 validation error detected: Value \'{"bad!name":{"Keys":[{"pk":{"S":"a"}}]}}\' '
        "at 'requestItems' failed to satisfy constraint: Map keys must satisfy constraint: "
        "[Member must have length less than or equal to 255, Member must have length greater "
        "than or equal to 3, Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+]",
    )


def test_batch_get_item_constraint_errors_are_reported_together(client: Any, error_of: Any) -> None:
    assert error_of(
        client.batch_get_item,
        RequestItems={"ab": {"Keys": [{"pk": {"S": "a"}}]}},
        ReturnConsumedCapacity="BOGUS",
    ) == (
        "ValidationException",
        '2 validation errors detected: Value \'{"ab":{"Keys":[{"pk":{"S":"a"}}]}}\' '
        "at 'requestItems' failed to satisfy constraint: Map keys must satisfy constraint: "
        "[Member must have length less than or equal to 255, Member must have length greater "
        "than or equal to 3, Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+]; "
        "Value 'BOGUS' at 'returnConsumedCapacity' failed to satisfy constraint: Member must "
        "satisfy enum value set: [INDEXES, TOTAL, NONE]",
    )


@pytest.mark.parametrize(
    "key",
    [
        {},
        {"other": {"S": "u1"}},
        {"user_id": {"N": "1"}},
        {"user_id": {"S": "u1"}, "extra": {"S": "x"}},
        {"user_id": {"SS": ["u1"]}},
    ],
    ids=["empty", "other-name", "wrong-type", "extra-attribute", "set"],
)
def test_batch_get_item_key_not_matching_schema(
    raw_client: Any, users: Any, error_of: Any, key: dict[str, Any]
) -> None:
    assert error_of(raw_client.batch_get_item, RequestItems={"users": {"Keys": [key]}}) == (
        "ValidationException",
        "The provided key element does not match the schema",
    )


def test_batch_get_item_empty_string_key(client: Any, users: Any, error_of: Any) -> None:
    assert error_of(
        client.batch_get_item, RequestItems={"users": {"Keys": [{"user_id": {"S": ""}}]}}
    ) == (
        "ValidationException",
        "One or more parameter values are not valid. The AttributeValue for a key attribute "
        "cannot contain an empty string value. Key: user_id",
    )


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("abc", "The parameter cannot be converted to a numeric value: abc"),
        (
            "1e126",
            "Number overflow. Attempting to store a number with magnitude larger than "
            "supported range",
        ),
        (
            "1e-131",
            "Number underflow. Attempting to store a number with magnitude smaller than "
            "supported range",
        ),
        ("1" * 39, "Attempting to store more than 38 significant digits in a Number"),
    ],
)
def test_batch_get_item_bad_number_key(
    client: Any, orders: Any, error_of: Any, number: str, message: str
) -> None:
    key = {"customer": {"S": "c1"}, "order_id": {"N": number}}
    assert error_of(client.batch_get_item, RequestItems={"orders": {"Keys": [key]}}) == (
        "ValidationException",
        message,
    )


@pytest.mark.parametrize(
    "request_items",
    [
        {"users": {"Keys": [U1], "ProjectionExpression": "age", "AttributesToGet": ["age"]}},
        {
            "users": {"Keys": [U1], "ProjectionExpression": "age"},
            "orders": {
                "Keys": [{"customer": {"S": "c"}, "order_id": {"N": "1"}}],
                "AttributesToGet": ["total"],
            },
        },
    ],
    ids=["one-table", "across-tables"],
)
def test_batch_get_item_projection_and_attributes_to_get(
    client: Any, users: Any, orders: Any, error_of: Any, request_items: dict[str, Any]
) -> None:
    assert error_of(client.batch_get_item, RequestItems=request_items) == (
        "ValidationException",
        "Can not use both expression and non-expression parameters in the same request: "
        "Non-expression parameters: {AttributesToGet} Expression parameters: "
        "{ProjectionExpression}",
    )


def test_batch_get_item_bad_projection_on_one_table_fails_the_batch(
    client: Any, users: Any, orders: Any, error_of: Any
) -> None:
    assert error_of(
        client.batch_get_item,
        RequestItems={
            "users": {"Keys": [U1], "ProjectionExpression": "a, a"},
            "orders": {"Keys": [{"customer": {"S": "c1"}, "order_id": {"N": "1"}}]},
        },
    ) == (
        "ValidationException",
        "Invalid ProjectionExpression: Two document paths overlap with each other; must remove "
        "or rewrite one of these paths; path one: [a], path two: [a]",
    )


def test_batch_get_item_empty_attributes_to_get(
    raw_client: Any, users: Any, orders: Any, error_of: Any
) -> None:
    """The model's minimum of 1, named like the Keys member in the newest wording."""
    assert error_of(
        raw_client.batch_get_item,
        RequestItems={
            "orders": {"Keys": [{"customer": {"S": "c1"}, "order_id": {"N": "1"}}]},
            "users": {"Keys": [U1], "AttributesToGet": []},
        },
    ) == (
        "ValidationException",
        "1 validation error detected: Value at 'RequestItems.users.member.AttributesToGet' "
        "failed to satisfy constraint: Member must have length greater than or equal to 1",
    )


def test_batch_get_item_projection_too_deep(client: Any, users: Any, error_of: Any) -> None:
    deep = "a" + ".b" * 32
    assert error_of(
        client.batch_get_item,
        RequestItems={"users": {"Keys": [U1], "ProjectionExpression": deep}},
    ) == (
        "ValidationException",
        "Invalid ProjectionExpression: The document path has too many nesting levels; "
        "nesting levels: 33",
    )
