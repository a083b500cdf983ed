"""DescribeTable and ListTables, and boto3's resource layer that relies on them."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import boto3
import pytest

from pytest_dynafake import DynaFake


def test_describe_table(client: Any, orders: Any) -> None:
    table = client.describe_table(TableName="orders")["Table"]
    assert table["TableName"] == "orders"
    assert table["TableStatus"] == "ACTIVE"
    assert table["KeySchema"] == [
        {"AttributeName": "customer", "KeyType": "HASH"},
        {"AttributeName": "order_id", "KeyType": "RANGE"},
    ]
    assert table["AttributeDefinitions"] == [
        {"AttributeName": "customer", "AttributeType": "S"},
        {"AttributeName": "order_id", "AttributeType": "N"},
    ]
    assert table["ItemCount"] == 3
    assert table["TableArn"] == "arn:aws:dynamodb:us-east-1:123456789012:table/orders"
    assert table["BillingModeSummary"]["BillingMode"] == "PAY_PER_REQUEST"


def test_describe_table_shows_what_create_table_declared(dynafake: DynaFake, client: Any) -> None:
    gsi = {
        "IndexName": "by-email",
        "KeySchema": [{"AttributeName": "email", "KeyType": "HASH"}],
        "Projection": {"ProjectionType": "KEYS_ONLY"},
    }
    dynafake.create_table(
        TableName="users",
        KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
        AttributeDefinitions=[
            {"AttributeName": "id", "AttributeType": "S"},
            {"AttributeName": "email", "AttributeType": "S"},
        ],
        GlobalSecondaryIndexes=[gsi],
        TableClass="STANDARD_INFREQUENT_ACCESS",
        DeletionProtectionEnabled=True,
    )
    table = client.describe_table(TableName="users")["Table"]
    assert table["AttributeDefinitions"] == [
        {"AttributeName": "id", "AttributeType": "S"},
        {"AttributeName": "email", "AttributeType": "S"},
    ]
    assert table["GlobalSecondaryIndexes"] == [
        {
            **gsi,
            "IndexStatus": "ACTIVE",
            "IndexSizeBytes": 0,
            "ItemCount": 0,
            "IndexArn": "arn:aws:dynamodb:us-east-1:123456789012:table/users/index/by-email",
        }
    ]
    assert table["TableClassSummary"] == {"TableClass": "STANDARD_INFREQUENT_ACCESS"}
    assert table["DeletionProtectionEnabled"] is True
    # Stable across runs: derived from the ARN.
    assert table["TableId"] == "80492910-08b1-53f4-a107-85c6bcebef25"


def test_describe_table_uses_the_client_region(dynafake: DynaFake, orders: Any) -> None:
    client = boto3.client("dynamodb", region_name="eu-west-3")
    arn = client.describe_table(TableName="orders")["Table"]["TableArn"]
    assert arn == "arn:aws:dynamodb:eu-west-3:123456789012:table/orders"


def test_describe_table_unknown(client: Any, error_of: Any) -> None:
    assert error_of(client.describe_table, TableName="nope") == (
        "ResourceNotFoundException",
        "Requested resource not found: Table: nope not found",
    )


def test_table_exists_waiter(client: Any, orders: Any) -> None:
    client.get_waiter("table_exists").wait(TableName="orders")


def test_list_tables_pages(dynafake: DynaFake, client: Any) -> None:
    for name in ("ccc", "aaa", "bbb"):
        dynafake.table(name, "k")
    first = client.list_tables(Limit=2)
    assert first["TableNames"] == ["aaa", "bbb"]
    assert first["LastEvaluatedTableName"] == "bbb"
    second = client.list_tables(Limit=2, ExclusiveStartTableName="bbb")
    assert second["TableNames"] == ["ccc"]
    assert "LastEvaluatedTableName" not in second
    paginator = client.get_paginator("list_tables")
    assert [
        n
        for page in paginator.paginate(PaginationConfig={"PageSize": 1})
        for n in page["TableNames"]
    ] == [
        "aaa",
        "bbb",
        "ccc",
    ]


@pytest.mark.parametrize(
    ("limit", "bound"), [(0, "greater than or equal to 1"), (101, "less than or equal to 100")]
)
def test_list_tables_limit(raw_client: Any, error_of: Any, limit: int, bound: str) -> None:
    assert error_of(raw_client.list_tables, Limit=limit) == (
        "ValidationException",
        f"1 validation error detected: Value '{limit}' at 'limit' failed to satisfy "
        f"constraint: Member must have value {bound}",
    )


def test_resource_table_get_item(dynafake: DynaFake, users: Any) -> None:
    table = boto3.resource("dynamodb").Table("users")
    item = table.get_item(Key={"user_id": "u1"})["Item"]
    assert item["score"] == Decimal("1.5")
    assert item["tags"] == {"a", "b"}
    assert item["avatar"].value == b"\x89PNG"
    assert table.item_count == 2


def test_resource_batch_get_item_deserializes(dynafake: DynaFake, users: Any) -> None:
    resource = boto3.resource("dynamodb")
    response = resource.batch_get_item(
        RequestItems={"users": {"Keys": [{"user_id": "u2"}], "ProjectionExpression": "user_id"}}
    )
    assert response["Responses"] == {"users": [{"user_id": "u2"}]}
    assert response["UnprocessedKeys"] == {}
