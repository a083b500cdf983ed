"""Declaring tables and seeding items: what is accepted, and the errors for what is not."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import boto3
import pytest

from pytest_dynafake import DynaFake, DynaFakeError


def test_table_key_shorthand_is_a_string_key() -> None:
    fake = DynaFake()
    assert fake.table("users", "user_id").key_schema == (("user_id", "S"),)
    assert fake.table("orders", ("c", "S"), ("n", "N")).key_schema == (("c", "S"), ("n", "N"))


def test_table_repr_and_len() -> None:
    table = DynaFake().table("users", "user_id", items=[{"user_id": "a"}, {"user_id": "b"}])
    assert len(table) == 2
    assert repr(table) == "<FakeTable 'users' (user_id S), 2 items>"


def test_tables_lists_the_declared_tables() -> None:
    fake = DynaFake()
    fake.table("users", "user_id")
    assert list(fake.tables) == ["users"]
    assert fake.tables["users"].name == "users"


def test_create_table_shape_is_accepted(dynafake: DynaFake, client: Any) -> None:
    dynafake.create_table(
        TableName="orders",
        KeySchema=[
            {"AttributeName": "customer", "KeyType": "HASH"},
            {"AttributeName": "order_id", "KeyType": "RANGE"},
        ],
        AttributeDefinitions=[
            {"AttributeName": "customer", "AttributeType": "S"},
            {"AttributeName": "order_id", "AttributeType": "N"},
        ],
        BillingMode="PROVISIONED",
        ProvisionedThroughput={"ReadCapacityUnits": 5, "WriteCapacityUnits": 1},
    ).put_items([{"customer": "c", "order_id": 1}])
    table = client.describe_table(TableName="orders")["Table"]
    assert table["ProvisionedThroughput"]["ReadCapacityUnits"] == 5
    assert "BillingModeSummary" not in table
    item = client.get_item(TableName="orders", Key={"customer": {"S": "c"}, "order_id": {"N": "1"}})
    assert item["Item"] == {"customer": {"S": "c"}, "order_id": {"N": "1"}}


def test_dynamodb_json_items(dynafake: DynaFake, client: Any) -> None:
    dynafake.table(
        "raw",
        "k",
        items=[
            {"k": {"S": "a"}, "n": {"N": "1.50"}, "s": {"NS": ["2", "1E1"]}, "b": {"B": "AAE="}}
        ],
        format="dynamodb",
    )
    item = client.get_item(TableName="raw", Key={"k": {"S": "a"}})["Item"]
    assert item == {
        "k": {"S": "a"},
        "n": {"N": "1.5"},
        "s": {"NS": ["2", "10"]},
        "b": {"B": b"\x00\x01"},
    }


def test_declarative_tables_in_the_constructor(client: Any) -> None:
    with DynaFake(
        tables={
            "users": {"partition_key": "user_id", "items": [{"user_id": "u1", "n": Decimal("2")}]},
            "legacy": {
                "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],
                "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "N"}],
                "items": [{"id": {"N": "7"}}],
                "format": "dynamodb",
            },
        }
    ):
        response = client.batch_get_item(
            RequestItems={
                "users": {"Keys": [{"user_id": {"S": "u1"}}]},
                "legacy": {"Keys": [{"id": {"N": "7"}}]},
            }
        )
    assert response["Responses"] == {
        "users": [{"user_id": {"S": "u1"}, "n": {"N": "2"}}],
        "legacy": [{"id": {"N": "7"}}],
    }


def test_later_put_replaces_an_item(dynafake: DynaFake, client: Any) -> None:
    table = dynafake.table("users", "user_id", items=[{"user_id": "u1", "v": 1}])
    table.put_item({"user_id": "u1", "v": 2})
    assert len(table) == 1
    item = client.get_item(TableName="users", Key={"user_id": {"S": "u1"}})["Item"]
    assert item["v"] == {"N": "2"}


def test_an_item_of_exactly_400_kb_is_accepted() -> None:
    # "k" + "a" + "blob" = 6 bytes.
    table = DynaFake().table("big", "k", items=[{"k": "a", "blob": "x" * (409600 - 6)}])
    assert len(table) == 1


def seed_error(*args: Any, **kwargs: Any) -> str:
    with pytest.raises(DynaFakeError) as raised:
        DynaFake().table(*args, **kwargs)
    return str(raised.value)


@pytest.mark.parametrize(
    ("items", "message"),
    [
        (
            [{"user_id": "u1"}, {"name": "Ada"}],
            "table 'users', item 1: key attribute 'user_id' is missing; every item needs "
            "'user_id' (S)",
        ),
        (
            [{"user_id": 7}],
            "table 'users', item 0, attribute 'user_id': the key is declared S but the item has "
            "N '7'; change the value or the key type",
        ),
        (
            [{"user_id": ""}],
            "table 'users', item 0, attribute 'user_id': a key attribute cannot be an empty "
            "string; DynamoDB refuses it",
        ),
        (
            [{"user_id": "u1", "price": 1.5}],
            "table 'users', item 0, attribute 'price': float 1.5 is not supported: DynamoDB "
            "numbers are exact, use Decimal('1.5') or an int instead",
        ),
        (
            [{"user_id": "u1", "tags": set()}],
            "table 'users', item 0, attribute 'tags': an empty set has no DynamoDB type; "
            "DynamoDB refuses empty sets",
        ),
        (
            [{"user_id": "u1", "mixed": {"a", 1}}],
            "table 'users', item 0, attribute 'mixed': a set must hold only str, only numbers or "
            "only bytes, not ['int', 'str']",
        ),
        (
            [{"user_id": "u1", "when": object}],
            "table 'users', item 0, attribute 'when': type <class 'object'> has no DynamoDB "
            "type; use str, int, Decimal, bytes, bool, None, set, list or dict",
        ),
        (
            [{"user_id": "u1", "big": 10**200}],
            "table 'users', item 0, attribute 'big': number "
            + repr(10**200)
            + " is out of DynamoDB's range (overflow)",
        ),
        (
            [{"user_id": "u1"}, {"user_id": "u1"}],
            "table 'users', item 1: duplicate primary key {'user_id': {'S': 'u1'}}; item 0 has "
            "the same key and DynamoDB keeps one item per key",
        ),
        (
            [{"user_id": "u1", "blob": "x" * 409600}],
            "table 'users', item 0: the item is 409613 bytes by DynamoDB's rules, over the "
            "409600-byte (400 KB) limit; make it smaller",
        ),
        (
            [{"user_id": "u1", "": 1}],
            "table 'users', item 0: attribute names must not be empty",
        ),
        (
            ["u1"],
            "table 'users', item 0: an item is a mapping of attribute names to values, not str",
        ),
        (
            {"user_id": "u1"},
            "table 'users': items must be a list of items, not one mapping; wrap it in a list: "
            "[item]",
        ),
        (
            [{"user_id": "u1", "name": "caf\u00e9", "notes": ["ok", {"raw": "b\udce9d"}]}],
            "table 'users', item 0, attribute 'notes': a string holds the lone surrogate "
            "'\\udce9', which UTF-8 cannot encode and DynamoDB cannot store; fix the text "
            "(bytes decoded with errors='surrogateescape' leave these)",
        ),
    ],
    ids=[
        "missing-key",
        "wrong-key-type",
        "empty-key",
        "float",
        "empty-set",
        "mixed-set",
        "unknown-type",
        "number-range",
        "duplicate-key",
        "too-big",
        "empty-name",
        "not-a-mapping",
        "single-mapping",
        "lone-surrogate",
    ],
)
def test_bad_python_seed(items: Any, message: str) -> None:
    assert seed_error("users", "user_id", items=items) == message


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (
            {"k": {"S": "a"}, "n": {"N": "abc"}},
            "table 'raw', item 0, attribute 'n': {'N': 'abc'} is not DynamoDB JSON (bad number: "
            "not-a-number); give one type and its value, e.g. {'S': 'text'} or {'N': '42'}, or "
            "seed plain values with format='python'",
        ),
        (
            {"k": {"S": "a"}, "x": "plain"},
            "table 'raw', item 0, attribute 'x': 'plain' is not DynamoDB JSON (DynamoDB answers: "
            "Unexpected value type in payload); "
            "give one type and its value, e.g. {'S': 'text'} or {'N': '42'}, or seed plain "
            "values with format='python'",
        ),
        (
            {"k": {"S": "a"}, "x": {"Q": "1"}},
            "table 'raw', item 0, attribute 'x': {'Q': '1'} is not DynamoDB JSON (unknown-type: "
            "'Q'); give one type and its value, e.g. {'S': 'text'} or {'N': '42'}, or seed plain "
            "values with format='python'",
        ),
    ],
    ids=["bad-number", "plain-value", "unknown-type"],
)
def test_bad_dynamodb_json_seed(item: dict[str, Any], message: str) -> None:
    assert seed_error("raw", "k", items=[item], format="dynamodb") == message


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        (
            ("ab", "k"),
            {},
            "table name 'ab' is not one DynamoDB accepts: use 3 to 255 characters from a-z, "
            "A-Z, 0-9, '_', '-' and '.'",
        ),
        (
            ("users", ("k", "X")),
            {},
            "table 'users': partition_key ('k', 'X') is not a key; give the attribute name, or a "
            "(name, type) pair with type 'S', 'N' or 'B', e.g. ('user_id', 'S')",
        ),
        (
            ("users", "k"),
            {"format": "yaml"},
            "table 'users': format 'yaml' is not known; use 'python' (plain values, boto3's "
            "TypeSerializer rules) or 'dynamodb' (DynamoDB JSON such as {'S': 'x'})",
        ),
    ],
    ids=["table-name", "key-type", "format"],
)
def test_bad_table_declaration(args: Any, kwargs: Any, message: str) -> None:
    assert seed_error(*args, **kwargs) == message


def test_a_table_is_declared_once() -> None:
    fake = DynaFake()
    fake.table("users", "k")
    with pytest.raises(DynaFakeError) as raised:
        fake.table("users", "k")
    assert str(raised.value) == (
        "table 'users' is already declared; declare each table once and seed more items with "
        ".put_items()"
    )


def test_a_bad_batch_stores_nothing() -> None:
    table = DynaFake().table("users", "user_id", items=[{"user_id": "u0"}])
    with pytest.raises(DynaFakeError):
        table.put_items([{"user_id": "u1"}, {"name": "no key"}])
    assert len(table) == 1


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            {"KeySchema": []},
            "create_table needs TableName, KeySchema and AttributeDefinitions, as boto3's "
            "create_table takes them; got ['KeySchema']",
        ),
        (
            {
                "TableName": "t1x",
                "KeySchema": [{"AttributeName": "k", "KeyType": "HASH"}],
                "AttributeDefinitions": [{"AttributeName": "k", "AttributeType": "S"}],
                "StreamArn": "x",
            },
            "table 't1x': create_table argument(s) ['StreamArn'] are not understood; accepted: "
            "AttributeDefinitions, BillingMode, DeletionProtectionEnabled, "
            "GlobalSecondaryIndexes, KeySchema, LocalSecondaryIndexes, OnDemandThroughput, "
            "ProvisionedThroughput, ResourcePolicy, SSESpecification, StreamSpecification, "
            "TableClass, TableName, Tags, WarmThroughput",
        ),
        (
            {
                "TableName": "t1x",
                "KeySchema": [{"AttributeName": "k", "KeyType": "HASH"}],
                "AttributeDefinitions": [],
            },
            "table 't1x': key attribute 'k' needs an AttributeDefinitions entry with "
            "AttributeType 'S', 'N' or 'B'",
        ),
        (
            {
                "TableName": "t1x",
                "KeySchema": [{"AttributeName": "k", "KeyType": "RANGE"}],
                "AttributeDefinitions": [{"AttributeName": "k", "AttributeType": "S"}],
            },
            "table 't1x': KeySchema [{'AttributeName': 'k', 'KeyType': 'RANGE'}] has no HASH "
            "(partition key) element",
        ),
        (
            {
                "TableName": "t1x",
                "KeySchema": [
                    {"AttributeName": "k", "KeyType": "HASH"},
                    {"AttributeName": "j", "KeyType": "HASH"},
                ],
                "AttributeDefinitions": [{"AttributeName": "k", "AttributeType": "S"}],
            },
            "table 't1x': KeySchema [{'AttributeName': 'k', 'KeyType': 'HASH'}, "
            "{'AttributeName': 'j', 'KeyType': 'HASH'}] must have one HASH element and at most "
            "one RANGE element, each {'AttributeName': ..., 'KeyType': 'HASH' | 'RANGE'}",
        ),
    ],
    ids=["no-name", "unknown-argument", "no-definition", "no-hash", "two-hashes"],
)
def test_bad_create_table(arguments: dict[str, Any], message: str) -> None:
    with pytest.raises(DynaFakeError) as raised:
        DynaFake().create_table(**arguments)
    assert str(raised.value) == message


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (
            ["user_id"],
            "table 'users': a table spec is a mapping such as {'partition_key': ('user_id', "
            "'S'), 'items': [...]}, not list",
        ),
        (
            {"key": "user_id"},
            "table 'users': spec keys ['key'] are not understood; give 'partition_key' and "
            "optionally 'sort_key', 'indexes', 'items' and 'format', or boto3's 'KeySchema' "
            "and 'AttributeDefinitions'",
        ),
    ],
)
def test_bad_table_spec(spec: Any, message: str) -> None:
    with pytest.raises(DynaFakeError) as raised:
        DynaFake(tables={"users": spec})
    assert str(raised.value) == message


def test_the_fake_serves_only_while_active(users: Any) -> None:
    """A second, inactive fake's tables are invisible; the active one answers."""
    other = DynaFake(tables={"other": {"partition_key": "k"}})
    client = boto3.client("dynamodb")
    assert client.list_tables()["TableNames"] == ["users"]
    with other:
        assert client.list_tables()["TableNames"] == ["other"]
    assert client.list_tables()["TableNames"] == ["users"]
