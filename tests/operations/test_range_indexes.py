"""Query and Scan on secondary indexes: keys, projections, LastEvaluatedKey and capacity.

The table and the expected answers are DynamoDB Local's (3.3.1), captured by sending the same
requests; where the fake follows live DynamoDB instead, the test says so."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from pytest_dynafake import DynaFake

ErrorOf = Callable[..., tuple[str, str]]
VE = "ValidationException"
G = {":g": {"S": "G"}}
P = {":p": {"S": "p"}}


@pytest.fixture
def ttt(dynafake: DynaFake) -> Any:
    items: list[dict[str, Any]] = []
    for i in range(10):
        item: dict[str, Any] = {"pk": "p", "sk": i, "a": i, "b": "x" * i}
        if i % 2 == 0:
            item.update(g="G", gs=i % 3)
        if i % 3 == 0:
            item["ls"] = f"l{9 - i}"
        items.append(item)
    table = dynafake.create_table(
        TableName="ttt",
        KeySchema=[
            {"AttributeName": "pk", "KeyType": "HASH"},
            {"AttributeName": "sk", "KeyType": "RANGE"},
        ],
        AttributeDefinitions=[
            {"AttributeName": "pk", "AttributeType": "S"},
            {"AttributeName": "sk", "AttributeType": "N"},
            {"AttributeName": "g", "AttributeType": "S"},
            {"AttributeName": "gs", "AttributeType": "N"},
            {"AttributeName": "ls", "AttributeType": "S"},
        ],
        BillingMode="PAY_PER_REQUEST",
        GlobalSecondaryIndexes=[
            {
                "IndexName": "gsi",
                "KeySchema": [
                    {"AttributeName": "g", "KeyType": "HASH"},
                    {"AttributeName": "gs", "KeyType": "RANGE"},
                ],
                "Projection": {"ProjectionType": "ALL"},
            },
            {
                "IndexName": "gko",
                "KeySchema": [{"AttributeName": "g", "KeyType": "HASH"}],
                "Projection": {"ProjectionType": "KEYS_ONLY"},
            },
            {
                "IndexName": "ginc",
                "KeySchema": [{"AttributeName": "g", "KeyType": "HASH"}],
                "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["a"]},
            },
        ],
        LocalSecondaryIndexes=[
            {
                "IndexName": "lsi",
                "KeySchema": [
                    {"AttributeName": "pk", "KeyType": "HASH"},
                    {"AttributeName": "ls", "KeyType": "RANGE"},
                ],
                "Projection": {"ProjectionType": "KEYS_ONLY"},
            },
        ],
    )
    table.put_items(items)
    return table


def body(response: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in response.items() if k != "ResponseMetadata"}


def item(i: int) -> dict[str, Any]:
    out: dict[str, Any] = {
        "pk": {"S": "p"},
        "sk": {"N": str(i)},
        "a": {"N": str(i)},
        "b": {"S": "x" * i},
    }
    if i % 2 == 0:
        out.update(g={"S": "G"}, gs={"N": str(i % 3)})
    if i % 3 == 0:
        out["ls"] = {"S": f"l{9 - i}"}
    return out


def test_query_gsi_pages_with_index_and_table_key(client: Any, ttt: Any) -> None:
    response = client.query(
        TableName="ttt",
        IndexName="gsi",
        KeyConditionExpression="g = :g",
        ExpressionAttributeValues=G,
        Limit=3,
        ReturnConsumedCapacity="INDEXES",
    )
    assert body(response) == {
        "Items": [item(0), item(6), item(4)],
        "Count": 3,
        "ScannedCount": 3,
        "LastEvaluatedKey": {"sk": {"N": "4"}, "pk": {"S": "p"}, "gs": {"N": "1"}, "g": {"S": "G"}},
        "ConsumedCapacity": {
            "TableName": "ttt",
            "CapacityUnits": 0.5,
            "Table": {"CapacityUnits": 0.0},
            "GlobalSecondaryIndexes": {"gsi": {"CapacityUnits": 0.5}},
        },
    }
    rest = client.query(
        TableName="ttt",
        IndexName="gsi",
        KeyConditionExpression="g = :g",
        ExpressionAttributeValues=G,
        ExclusiveStartKey=response["LastEvaluatedKey"],
    )
    assert body(rest) == {"Items": [item(2), item(8)], "Count": 2, "ScannedCount": 2}


def test_query_gsi_equal_index_keys_page_by_table_key(client: Any, ttt: Any) -> None:
    seen = []
    kwargs: dict[str, Any] = {}
    while True:
        page = client.query(
            TableName="ttt",
            IndexName="gsi",
            KeyConditionExpression="g = :g AND gs = :z",
            ExpressionAttributeValues={**G, ":z": {"N": "0"}},
            Limit=1,
            **kwargs,
        )
        seen += [i["sk"]["N"] for i in page["Items"]]
        if "LastEvaluatedKey" not in page:
            break
        kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]
    assert seen == ["0", "6"]


def test_query_keys_only_lsi(client: Any, ttt: Any) -> None:
    response = client.query(
        TableName="ttt",
        IndexName="lsi",
        KeyConditionExpression="pk = :p",
        ExpressionAttributeValues=P,
        Limit=3,
        ReturnConsumedCapacity="INDEXES",
    )
    assert body(response) == {
        "Items": [
            {"sk": {"N": "9"}, "ls": {"S": "l0"}, "pk": {"S": "p"}},
            {"sk": {"N": "6"}, "ls": {"S": "l3"}, "pk": {"S": "p"}},
            {"sk": {"N": "3"}, "ls": {"S": "l6"}, "pk": {"S": "p"}},
        ],
        "Count": 3,
        "ScannedCount": 3,
        "LastEvaluatedKey": {"sk": {"N": "3"}, "ls": {"S": "l6"}, "pk": {"S": "p"}},
        "ConsumedCapacity": {
            "TableName": "ttt",
            "CapacityUnits": 0.5,
            "Table": {"CapacityUnits": 0.0},
            "LocalSecondaryIndexes": {"lsi": {"CapacityUnits": 0.5}},
        },
    }


def test_query_lsi_all_attributes_fetches_from_the_table(client: Any, ttt: Any) -> None:
    """Each item fetched costs a rounded read of its own on the table (live, eu-west-2,
    2026-08: three rows, table 1.5, index 0.5; DynamoDB Local alike)."""
    response = client.query(
        TableName="ttt",
        IndexName="lsi",
        KeyConditionExpression="pk = :p",
        ExpressionAttributeValues=P,
        Limit=3,
        Select="ALL_ATTRIBUTES",
        ReturnConsumedCapacity="INDEXES",
    )
    assert body(response) == {
        "Items": [item(9), item(6), item(3)],
        "Count": 3,
        "ScannedCount": 3,
        "LastEvaluatedKey": {"sk": {"N": "3"}, "ls": {"S": "l6"}, "pk": {"S": "p"}},
        "ConsumedCapacity": {
            "TableName": "ttt",
            "CapacityUnits": 2.0,
            "Table": {"CapacityUnits": 1.5},
            "LocalSecondaryIndexes": {"lsi": {"CapacityUnits": 0.5}},
        },
    }


def test_query_lsi_projection_of_an_unprojected_attribute_fetches(client: Any, ttt: Any) -> None:
    response = client.query(
        TableName="ttt",
        IndexName="lsi",
        KeyConditionExpression="pk = :p",
        ExpressionAttributeValues=P,
        ProjectionExpression="a",
        Limit=2,
        ReturnConsumedCapacity="INDEXES",
    )
    assert body(response) == {
        "Items": [{"a": {"N": "9"}}, {"a": {"N": "6"}}],
        "Count": 2,
        "ScannedCount": 2,
        "LastEvaluatedKey": {"sk": {"N": "6"}, "ls": {"S": "l3"}, "pk": {"S": "p"}},
        "ConsumedCapacity": {
            "TableName": "ttt",
            "CapacityUnits": 1.5,
            "Table": {"CapacityUnits": 1.0},
            "LocalSecondaryIndexes": {"lsi": {"CapacityUnits": 0.5}},
        },
    }


def test_query_include_gsi_returns_its_projection(client: Any, ttt: Any) -> None:
    response = client.query(
        TableName="ttt",
        IndexName="ginc",
        KeyConditionExpression="g = :g",
        ExpressionAttributeValues=G,
        ReturnConsumedCapacity="INDEXES",
    )
    assert sorted(response["Items"], key=lambda i: int(i["sk"]["N"])) == [
        {"sk": {"N": str(i)}, "a": {"N": str(i)}, "pk": {"S": "p"}, "g": {"S": "G"}}
        for i in (0, 2, 4, 6, 8)
    ]
    assert response["ConsumedCapacity"] == {
        "TableName": "ttt",
        "CapacityUnits": 0.5,
        "Table": {"CapacityUnits": 0.0},
        "GlobalSecondaryIndexes": {"ginc": {"CapacityUnits": 0.5}},
    }


def test_scan_gsi_is_sparse_and_pages_with_both_keys(client: Any, ttt: Any) -> None:
    seen = []
    kwargs: dict[str, Any] = {}
    while True:
        page = client.scan(TableName="ttt", IndexName="gsi", Limit=2, **kwargs)
        seen += [i["sk"]["N"] for i in page["Items"]]
        if "LastEvaluatedKey" not in page:
            break
        assert set(page["LastEvaluatedKey"]) == {"g", "gs", "pk", "sk"}
        kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]
    assert sorted(seen) == ["0", "2", "4", "6", "8"]


def test_scan_lsi_select_count(client: Any, ttt: Any) -> None:
    response = client.scan(
        TableName="ttt", IndexName="lsi", Select="COUNT", ReturnConsumedCapacity="INDEXES"
    )
    assert body(response) == {
        "Count": 4,
        "ScannedCount": 4,
        "ConsumedCapacity": {
            "TableName": "ttt",
            "CapacityUnits": 0.5,
            "Table": {"CapacityUnits": 0.0},
            "LocalSecondaryIndexes": {"lsi": {"CapacityUnits": 0.5}},
        },
    }


def test_query_index_select_all_projected(client: Any, ttt: Any) -> None:
    response = client.query(
        TableName="ttt",
        IndexName="gko",
        KeyConditionExpression="g = :g",
        ExpressionAttributeValues=G,
        Select="ALL_PROJECTED_ATTRIBUTES",
    )
    assert sorted(response["Items"], key=lambda i: int(i["sk"]["N"])) == [
        {"sk": {"N": str(i)}, "pk": {"S": "p"}, "g": {"S": "G"}} for i in (0, 2, 4, 6, 8)
    ]


@pytest.mark.parametrize(
    ("operation", "kwargs", "message"),
    [
        (
            "query",
            {
                "IndexName": "gsi",
                "KeyConditionExpression": "g = :g",
                "ExpressionAttributeValues": G,
                "ConsistentRead": True,
            },
            "Consistent reads are not supported on global secondary indexes",
        ),
        (
            "scan",
            {"IndexName": "gsi", "ConsistentRead": True},
            "Consistent reads are not supported on global secondary indexes",
        ),
        (
            "query",
            {
                "IndexName": "gko",
                "KeyConditionExpression": "g = :g",
                "ExpressionAttributeValues": G,
                "Select": "ALL_ATTRIBUTES",
            },
            "One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not "
            "supported for global secondary index gko because its projection type is not ALL",
        ),
        (
            "scan",
            {"IndexName": "gko", "Select": "ALL_ATTRIBUTES"},
            "One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not "
            "supported for global secondary index gko because its projection type is not ALL",
        ),
        (
            "query",
            {
                "IndexName": "gko",
                "KeyConditionExpression": "g = :g",
                "ExpressionAttributeValues": G,
                "ProjectionExpression": "a",
            },
            "One or more parameter values were invalid: Global secondary index gko does not "
            "project [a]",
        ),
        (
            "query",
            {
                "IndexName": "ginc",
                "KeyConditionExpression": "g = :g",
                "ExpressionAttributeValues": G,
                "ProjectionExpression": "a, b",
            },
            "One or more parameter values were invalid: Global secondary index ginc does not "
            "project [b]",
        ),
        (
            "query",
            {
                "IndexName": "gko",
                "KeyConditionExpression": "g = :g",
                "FilterExpression": "a = :g",
                "ExpressionAttributeValues": G,
            },
            "One or more parameter values were invalid: Secondary index gko does not project one "
            "or more filter attributes: [a]",
        ),
        (
            "query",
            {
                "IndexName": "lsi",
                "KeyConditionExpression": "pk = :p",
                "FilterExpression": "a > :z",
                "ExpressionAttributeValues": {**P, ":z": {"N": "3"}},
            },
            "One or more parameter values were invalid: Secondary index lsi does not project one "
            "or more filter attributes: [a]",
        ),
        (
            "query",
            {
                "IndexName": "gsi",
                "KeyConditionExpression": "g = :g",
                "FilterExpression": "gs = :g",
                "ExpressionAttributeValues": G,
            },
            "Filter Expression can only contain non-primary key attributes: Primary key "
            "attribute: gs",
        ),
        (
            "query",
            {
                "IndexName": "gsi",
                "KeyConditionExpression": "g = :g",
                "ExpressionAttributeValues": G,
                "ExclusiveStartKey": {"pk": {"S": "p"}, "sk": {"N": "1"}, "g": {"S": "G"}},
            },
            "The provided starting key is invalid",
        ),
        (
            "query",
            {
                "IndexName": "gsi",
                "KeyConditionExpression": "g = :g",
                "ExpressionAttributeValues": G,
                "ExclusiveStartKey": {
                    "pk": {"S": "p"},
                    "sk": {"N": "1"},
                    "g": {"S": "G"},
                    "a": {"N": "0"},
                },
            },
            "The provided starting key is invalid",
        ),
        (
            "query",
            {
                "IndexName": "gsi",
                "KeyConditionExpression": "g = :g",
                "ExpressionAttributeValues": G,
                "ExclusiveStartKey": {
                    "pk": {"S": "p"},
                    "sk": {"N": "1"},
                    "g": {"S": "G"},
                    "gs": {"S": "x"},
                },
            },
            "The provided key element does not match the schema",
        ),
        (
            "query",
            {
                "IndexName": "gsi",
                "KeyConditionExpression": "g = :g",
                "ExpressionAttributeValues": G,
                "ExclusiveStartKey": {
                    "pk": {"N": "1"},
                    "sk": {"N": "1"},
                    "g": {"S": "G"},
                    "gs": {"N": "0"},
                },
            },
            "The provided starting key is invalid: The provided key element does not match the "
            "schema",
        ),
        (
            "query",
            {
                "IndexName": "gsi",
                "KeyConditionExpression": "g = :g",
                "ExpressionAttributeValues": G,
                "ExclusiveStartKey": {
                    "pk": {"S": "p"},
                    "sk": {"N": "1"},
                    "g": {"S": "H"},
                    "gs": {"N": "0"},
                },
            },
            "The provided starting key is outside query boundaries based on provided conditions",
        ),
        (
            "scan",
            {"IndexName": "gsi", "ExclusiveStartKey": {"pk": {"S": "p"}, "sk": {"N": "3"}}},
            "The provided starting key is invalid",
        ),
        (
            "query",
            {
                "IndexName": "nope",
                "KeyConditionExpression": "g = :g",
                "ExpressionAttributeValues": G,
            },
            "The table does not have the specified index: nope",
        ),
        (
            "query",
            {
                "IndexName": "gsi",
                "KeyConditionExpression": "pk = :p",
                "ExpressionAttributeValues": P,
            },
            "Query condition missed key schema element: g",
        ),
    ],
    ids=lambda value: str(value)[:60],
)
def test_index_validation_messages(
    raw_client: Any,
    ttt: Any,
    error_of: ErrorOf,
    operation: str,
    kwargs: dict[str, Any],
    message: str,
) -> None:
    assert error_of(getattr(raw_client, operation), TableName="ttt", **kwargs) == (VE, message)
