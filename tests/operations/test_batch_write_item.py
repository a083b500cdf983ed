"""BatchWriteItem through a real boto3 client: writes read back, capacity, validation, the
layered fake's base, UnprocessedItems from a fault and boto3's batch_writer retrying them."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import boto3
import pytest
from botocore.config import Config

from pytest_dynafake import DynaFake

NO_RETRY = Config(retries={"mode": "standard", "total_max_attempts": 1})


def put(**item: Any) -> dict[str, Any]:
    return {"PutRequest": {"Item": item}}


def delete(**key: Any) -> dict[str, Any]:
    return {"DeleteRequest": {"Key": key}}


def body(response: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in response.items() if k != "ResponseMetadata"}


def get(client: Any, table: str, **key: Any) -> Any:
    return client.get_item(TableName=table, Key=key).get("Item")


def S(text: str) -> dict[str, str]:
    return {"S": text}


def N(text: str) -> dict[str, str]:
    return {"N": text}


def test_batch_write_item_puts_and_deletes_over_two_tables(
    client: Any, users: Any, orders: Any
) -> None:
    response = client.batch_write_item(
        RequestItems={
            "users": [
                put(user_id=S("u3"), score=N("1.50"), tags={"SS": ["b", "a"]}),
                delete(user_id=S("u2")),
            ],
            "orders": [delete(customer=S("c1"), order_id=N("1.0"))],
        }
    )
    assert body(response) == {"UnprocessedItems": {}}
    assert get(client, "users", user_id=S("u3")) == {
        "user_id": S("u3"),
        "score": N("1.5"),
        "tags": {"SS": ["b", "a"]},
    }
    assert get(client, "users", user_id=S("u2")) is None
    assert get(client, "orders", customer=S("c1"), order_id=N("1")) is None
    assert get(client, "orders", customer=S("c1"), order_id=N("2")) is not None


def test_batch_write_item_put_replaces_the_whole_item(client: Any, users: Any) -> None:
    client.batch_write_item(RequestItems={"users": [put(user_id=S("u1"), b=S("new"))]})
    assert get(client, "users", user_id=S("u1")) == {"user_id": S("u1"), "b": S("new")}


def test_batch_write_item_table_by_arn(client: Any, users: Any) -> None:
    arn = "arn:aws:dynamodb:us-east-1:123456789012:table/users"
    response = client.batch_write_item(
        RequestItems={arn: [put(user_id=S("u9"))]}, ReturnConsumedCapacity="TOTAL"
    )
    assert body(response) == {
        "UnprocessedItems": {},
        "ConsumedCapacity": [{"TableName": arn, "CapacityUnits": 1.0}],
    }
    assert get(client, "users", user_id=S("u9")) == {"user_id": S("u9")}


def test_batch_write_item_capacity_per_table_in_request_order(
    client: Any, users: Any, orders: Any
) -> None:
    big = "x" * 2100  # about 2 KB: 3 write units
    response = client.batch_write_item(
        RequestItems={
            "orders": [delete(customer=S("c1"), order_id=N("9"))],  # missing: still 1 unit
            "users": [put(user_id=S("u5"), text=S(big)), delete(user_id=S("u2"))],
        },
        ReturnConsumedCapacity="TOTAL",
    )
    assert response["ConsumedCapacity"] == [
        {"TableName": "orders", "CapacityUnits": 1.0},
        {"TableName": "users", "CapacityUnits": 4.0},
    ]
    response = client.batch_write_item(
        RequestItems={"users": [put(user_id=S("u5"))]}, ReturnConsumedCapacity="INDEXES"
    )
    # A put is charged the larger of the item it replaces and the new one.
    assert response["ConsumedCapacity"] == [
        {"TableName": "users", "CapacityUnits": 3.0, "Table": {"CapacityUnits": 3.0}}
    ]


def test_batch_write_item_maintains_a_global_secondary_index(
    dynafake: DynaFake, client: Any
) -> None:
    dynafake.table(
        "people",
        ("id", "S"),
        indexes={"by_city": ("city", "S")},
        items=[{"id": "a", "city": "Oslo"}, {"id": "b", "city": "Rome"}],
    )
    client.batch_write_item(
        RequestItems={
            "people": [
                put(id=S("c"), city=S("Oslo")),
                put(id=S("b"), city=S("Oslo")),  # moves between partitions of the index
                delete(id=S("a")),
            ]
        }
    )
    found = client.query(
        TableName="people",
        IndexName="by_city",
        KeyConditionExpression="city = :c",
        ExpressionAttributeValues={":c": S("Oslo")},
    )["Items"]
    assert sorted(item["id"]["S"] for item in found) == ["b", "c"]
    rome = client.query(
        TableName="people",
        IndexName="by_city",
        KeyConditionExpression="city = :c",
        ExpressionAttributeValues={":c": S("Rome")},
    )["Items"]
    assert rome == []


def test_batch_write_item_in_a_layer_never_changes_its_base() -> None:
    base = DynaFake()
    base.table("things", ("k", "S"), items=[{"k": "one"}, {"k": "two"}])
    layer = base.layer()
    with layer:
        client = boto3.client("dynamodb", config=NO_RETRY)
        client.batch_write_item(RequestItems={"things": [put(k=S("three")), delete(k=S("one"))]})
        seen = sorted(i["k"]["S"] for i in client.scan(TableName="things")["Items"])
    assert seen == ["three", "two"]
    with base:
        client = boto3.client("dynamodb", config=NO_RETRY)
        kept = sorted(i["k"]["S"] for i in client.scan(TableName="things")["Items"])
    assert kept == ["one", "two"]


def test_table_batch_writer_writes_more_than_25_items(dynafake: DynaFake) -> None:
    dynafake.table("things", ("k", "S"), ("n", "N"))
    table = boto3.resource("dynamodb", config=NO_RETRY).Table("things")
    with table.batch_writer() as batch:
        for n in range(60):
            batch.put_item(Item={"k": "a", "n": n, "half": Decimal(n) / 2})
        batch.delete_item(Key={"k": "a", "n": 0})
    items = table.query(KeyConditionExpression="k = :k", ExpressionAttributeValues={":k": "a"})
    assert [item["n"] for item in items["Items"]] == list(range(1, 60))
    assert items["Items"][3] == {"k": "a", "n": 4, "half": 2}


def test_unprocessed_requests_come_back_as_sent_and_are_not_written(
    dynafake: DynaFake, client: Any, users: Any
) -> None:
    dynafake.unprocessed("BatchWriteItem", last=2)
    arn = "arn:aws:dynamodb:us-east-1:123456789012:table/users"
    requests = {
        "users": [put(user_id=S("u7"), n=N("1.50"))],
        arn: [delete(user_id=S("u1")), put(user_id=S("u8"))],
    }
    response = client.batch_write_item(RequestItems=requests)
    assert body(response) == {"UnprocessedItems": {arn: requests[arn]}}
    assert get(client, "users", user_id=S("u7")) == {"user_id": S("u7"), "n": N("1.5")}
    assert get(client, "users", user_id=S("u1")) is not None
    assert get(client, "users", user_id=S("u8")) is None


def test_batch_writer_retries_unprocessed_items_until_all_are_written(
    dynafake: DynaFake,
) -> None:
    dynafake.table("things", ("k", "S"))
    fault = dynafake.unprocessed("BatchWriteItem", share=0.5, seed=3, times=3)
    table = boto3.resource("dynamodb", config=NO_RETRY).Table("things")
    with table.batch_writer() as batch:
        for n in range(25):
            batch.put_item(Item={"k": f"k{n:02d}"})
    assert fault.call_count == 3
    keys = sorted(item["k"] for item in table.scan()["Items"])
    assert keys == [f"k{n:02d}" for n in range(25)]


# -- validation ----------------------------------------------------------------------------


def test_batch_write_item_more_than_25_requests(client: Any, users: Any, error_of: Any) -> None:
    requests = [put(user_id=S(f"u{n}")) for n in range(26)]
    assert error_of(client.batch_write_item, RequestItems={"users": requests}) == (
        "ValidationException",
        "1 validation error detected: Value at 'RequestItems.users.member' failed to satisfy "
        "constraint: Member must have length less than or equal to 25",
    )


def test_batch_write_item_empty_request_items(raw_client: Any, error_of: Any) -> None:
    assert error_of(raw_client.batch_write_item, RequestItems={}) == (
        "ValidationException",
        "1 validation error detected: Value at 'RequestItems' failed to satisfy constraint: "
        "Member must have length greater than or equal to 1",
    )


def test_batch_write_item_empty_list_for_a_table(
    raw_client: Any, users: Any, error_of: Any
) -> None:
    assert error_of(raw_client.batch_write_item, RequestItems={"users": []}) == (
        "ValidationException",
        "1 validation error detected: Value at 'RequestItems.users.member' failed to satisfy "
        "constraint: Member must have length greater than or equal to 1",
    )


def test_batch_write_item_unknown_table(client: Any, users: Any, error_of: Any) -> None:
    requests = {"users": [put(user_id=S("u5"))], "nope": [put(user_id=S("x"))]}
    assert error_of(client.batch_write_item, RequestItems=requests) == (
        "ResourceNotFoundException",
        "Requested resource not found",
    )
    assert get(client, "users", user_id=S("u5")) is None


@pytest.mark.parametrize(
    "requests",
    [
        [put(user_id=S("u5")), delete(user_id=S("u5"))],
        [delete(user_id=S("u5")), put(user_id=S("u5"), a=S("x"))],
    ],
)
def test_batch_write_item_the_same_item_twice(
    client: Any, users: Any, error_of: Any, requests: list[Any]
) -> None:
    assert error_of(client.batch_write_item, RequestItems={"users": requests}) == (
        "ValidationException",
        "Provided list of item keys contains duplicates",
    )


def test_batch_write_item_duplicate_numbers_by_value(
    client: Any, orders: Any, error_of: Any
) -> None:
    requests = [
        put(customer=S("c9"), order_id=N("1000")),
        put(customer=S("c9"), order_id=N("1e3")),
    ]
    assert error_of(client.batch_write_item, RequestItems={"orders": requests}) == (
        "ValidationException",
        "Provided list of item keys contains duplicates",
    )


@pytest.mark.parametrize(
    "request_",
    [put(user_id=N("5")), put(other=S("x")), delete(user_id=N("5")), put(user_id={"L": []})],
)
def test_batch_write_item_key_not_matching_the_schema(
    client: Any, users: Any, error_of: Any, request_: Any
) -> None:
    requests = [put(user_id=S("u5")), request_]
    assert error_of(client.batch_write_item, RequestItems={"users": requests}) == (
        "ValidationException",
        "The provided key element does not match the schema",
    )
    assert get(client, "users", user_id=S("u5")) is None


def test_batch_write_item_empty_string_key(client: Any, users: Any, error_of: Any) -> None:
    assert error_of(client.batch_write_item, RequestItems={"users": [put(user_id=S(""))]}) == (
        "ValidationException",
        "One or more parameter values are not valid. The AttributeValue for a key attribute "
        "cannot contain an empty string value. Key: user_id",
    )


def test_batch_write_item_values_are_checked_before_the_tables(
    raw_client: Any, error_of: Any
) -> None:
    requests = {"nope": [put(k=S("x"), n=N("abc"))]}
    assert error_of(raw_client.batch_write_item, RequestItems=requests) == (
        "ValidationException",
        "The parameter cannot be converted to a numeric value: abc",
    )
    requests = {"nope": [put(k=S("x"), big=S("x" * 410_000))]}
    assert error_of(raw_client.batch_write_item, RequestItems=requests) == (
        "ValidationException",
        "Item size has exceeded the maximum allowed size",
    )


def test_batch_write_item_enums_come_first_and_together(
    raw_client: Any, users: Any, error_of: Any
) -> None:
    requests = {"bad!name": [put(user_id=S("u5"))]}
    assert error_of(
        raw_client.batch_write_item,
        RequestItems=requests,
        ReturnConsumedCapacity="BOGUS",
        ReturnItemCollectionMetrics="BOGUS2",
    ) == (
        "ValidationException",
        "2 validation errors detected: Value 'BOGUS' at 'returnConsumedCapacity' failed to "
        "satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]; "
        "Value 'BOGUS2' at 'returnItemCollectionMetrics' failed to satisfy constraint: "
        "Member must satisfy enum value set: [SIZE, NONE]",
    )


def test_batch_write_item_bad_table_name(raw_client: Any, error_of: Any) -> None:
    requests = {"bad!name": [put(pk=S("x"))]}
    assert error_of(raw_client.batch_write_item, RequestItems=requests) == (
        "ValidationException",
        "1 validation error detected: Value '{bad!name=[WriteRequest(putRequest=PutRequest("
        "item={pk=AttributeValue(S=x)}))]}' at 'requestItems' failed to satisfy constraint: "
        "Map keys must satisfy constraint: [Member must have length less than or equal to 255, "
        "Member must have length greater than or equal to 3, Member must satisfy regular "
        "expression pattern: [a-zA-Z0-9_.-]+]",
    )


@pytest.mark.parametrize(
    "request_", [{}, {**put(user_id=S("a")), **delete(user_id=S("b"))}], ids=["none", "both"]
)
def test_batch_write_item_request_with_no_or_two_kinds(
    raw_client: Any, users: Any, error_of: Any, request_: Any
) -> None:
    assert error_of(raw_client.batch_write_item, RequestItems={"users": [request_]}) == (
        "ValidationException",
        "Supplied AttributeValue has more than one datatypes set, must contain exactly one of "
        "the supported datatypes",
    )


def test_batch_write_item_put_without_item(raw_client: Any, users: Any, error_of: Any) -> None:
    requests = {"users": [put(user_id=S("a")), {"PutRequest": {}}, {"DeleteRequest": {}}]}
    assert error_of(raw_client.batch_write_item, RequestItems=requests) == (
        "ValidationException",
        "2 validation errors detected: Value null at "
        "'requestItems.users.member.2.member.putRequest.item' failed to satisfy constraint: "
        "Member must not be null; Value null at "
        "'requestItems.users.member.3.member.deleteRequest.key' failed to satisfy constraint: "
        "Member must not be null",
    )


def test_a_batch_checked_once_is_still_checked_against_each_table(
    dynafake: DynaFake, raw_client: Any, error_of: Any
) -> None:
    """Checked items are found again by their text, but every key against its table."""
    dynafake.table("by_string", ("k", "S"))
    dynafake.table("by_number", ("k", "N"))
    requests = [put(k=S("a"), n=N("1.50"))]
    raw_client.batch_write_item(RequestItems={"by_string": requests})
    assert error_of(raw_client.batch_write_item, RequestItems={"by_number": requests}) == (
        "ValidationException",
        "The provided key element does not match the schema",
    )
    bad = [put(k=S("b"), n=N("x1"))]
    for _ in range(2):
        assert error_of(raw_client.batch_write_item, RequestItems={"by_string": bad}) == (
            "ValidationException",
            "The parameter cannot be converted to a numeric value: x1",
        )
    assert get(raw_client, "by_string", k=S("a")) == {"k": S("a"), "n": N("1.5")}


def test_a_lone_surrogate_in_a_request_is_read_as_before(
    dynafake: DynaFake, raw_client: Any
) -> None:
    """botocore escapes it; the fast decoder refuses it and json.loads reads it."""
    dynafake.table("things", ("k", "S"))
    raw_client.batch_write_item(RequestItems={"things": [put(k=S("a"), t=S("x\udcff"))]})
    assert get(raw_client, "things", k=S("a")) == {"k": S("a"), "t": S("x\udcff")}


def test_a_throttled_batch_write_item_writes_what_was_not_throttled(
    dynafake: DynaFake, client: Any, users: Any
) -> None:
    dynafake.throttle("BatchWriteItem", key={"user_id": "u3"})
    requests = [
        {"PutRequest": {"Item": {"user_id": S("u3")}}},
        {"PutRequest": {"Item": {"user_id": S("u4")}}},
    ]
    response = client.batch_write_item(RequestItems={"users": requests})
    assert body(response) == {"UnprocessedItems": {"users": requests[:1]}}
    assert get(client, "users", user_id=S("u3")) is None
    assert get(client, "users", user_id=S("u4")) == {"user_id": S("u4")}
