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


def test_query_multi_attribute_gsi_key(dynafake: DynaFake, client: Any) -> None:
    """Up to four HASH and four RANGE attributes (Nov 2025): every partition attribute with
    `=`, the sort attributes left to right, the last with a range operator."""
    table = dynafake.create_table(
        TableName="games",
        KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
        AttributeDefinitions=[
            {"AttributeName": "id", "AttributeType": "S"},
            {"AttributeName": "region", "AttributeType": "S"},
            {"AttributeName": "mode", "AttributeType": "S"},
            {"AttributeName": "season", "AttributeType": "N"},
            {"AttributeName": "score", "AttributeType": "N"},
        ],
        GlobalSecondaryIndexes=[
            {
                "IndexName": "board",
                "KeySchema": [
                    {"AttributeName": "region", "KeyType": "HASH"},
                    {"AttributeName": "mode", "KeyType": "HASH"},
                    {"AttributeName": "season", "KeyType": "RANGE"},
                    {"AttributeName": "score", "KeyType": "RANGE"},
                ],
                "Projection": {"ProjectionType": "KEYS_ONLY"},
            }
        ],
        BillingMode="PAY_PER_REQUEST",
    )
    table.put_items(
        [
            {"id": f"g{n}", "region": "eu", "mode": m, "season": s, "score": n}
            for n, (m, s) in enumerate(
                [("solo", 1), ("solo", 2), ("duo", 2), ("solo", 2), ("solo", 3), ("solo", 2)]
            )
        ]
    )
    response = client.query(
        TableName="games",
        IndexName="board",
        KeyConditionExpression="#r = :r AND #m = :m AND season = :s AND score > :x",
        ExpressionAttributeNames={"#r": "region", "#m": "mode"},
        ExpressionAttributeValues={
            ":r": {"S": "eu"},
            ":m": {"S": "solo"},
            ":s": {"N": "2"},
            ":x": {"N": "1"},
        },
        ScanIndexForward=False,
        Limit=1,
    )
    assert body(response) == {
        "Items": [
            {
                "id": {"S": "g5"},
                "region": {"S": "eu"},
                "mode": {"S": "solo"},
                "season": {"N": "2"},
                "score": {"N": "5"},
            }
        ],
        "Count": 1,
        "ScannedCount": 1,
        "LastEvaluatedKey": {
            "id": {"S": "g5"},
            "region": {"S": "eu"},
            "mode": {"S": "solo"},
            "season": {"N": "2"},
            "score": {"N": "5"},
        },
    }
    rest = client.query(
        TableName="games",
        IndexName="board",
        KeyConditionExpression="#r = :r AND #m = :m AND season = :s AND score > :x",
        ExpressionAttributeNames={"#r": "region", "#m": "mode"},
        ExpressionAttributeValues={
            ":r": {"S": "eu"},
            ":m": {"S": "solo"},
            ":s": {"N": "2"},
            ":x": {"N": "1"},
        },
        ScanIndexForward=False,
        ExclusiveStartKey=response["LastEvaluatedKey"],
    )
    assert [i["id"]["S"] for i in rest["Items"]] == ["g3"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"Select": "ALL_ATTRIBUTES", "FilterExpression": "attribute_exists(a)"},
            "One or more parameter values were invalid: Secondary index gko does not project one "
            "or more filter attributes: [a]",
        ),
        (
            {"ProjectionExpression": "b", "FilterExpression": "attribute_exists(a)"},
            "One or more parameter values were invalid: Secondary index gko does not project one "
            "or more filter attributes: [a]",
        ),
        (
            {"ProjectionExpression": "b, a"},
            "One or more parameter values were invalid: Global secondary index gko does not "
            "project [a, b]",
        ),
    ],
)
def test_query_index_checks_filter_then_select_then_projection(
    client: Any, ttt: Any, error_of: ErrorOf, kwargs: dict[str, Any], message: str
) -> None:
    """DynamoDB Local's order and its sorted list of names."""
    assert error_of(
        client.query,
        TableName="ttt",
        IndexName="gko",
        KeyConditionExpression="g = :g",
        ExpressionAttributeValues=G,
        **kwargs,
    ) == (VE, message)


def test_scan_index_filter_may_name_unprojected_attributes(client: Any, ttt: Any) -> None:
    """DynamoDB Local evaluates a Scan's filter on the whole item (a Query's is refused)."""
    response = client.scan(TableName="ttt", IndexName="gko", FilterExpression="a > :z",
                           ExpressionAttributeValues={":z": {"N": "4"}})  # fmt: skip
    assert sorted(i["sk"]["N"] for i in response["Items"]) == ["6", "8"]
    assert (response["Count"], response["ScannedCount"]) == (2, 5)


def test_lsi_fetch_page_ends_at_1_mb_of_rounded_fetches(dynafake: DynaFake, client: Any) -> None:
    """Developer Guide, local secondary indexes: with fetches, the 1 MB is the index entries
    rounded up to 4 KB plus each fetched item rounded up to 4 KB (here 4 KB per item)."""
    from pytest_dynafake._wire import item_size

    table = dynafake.create_table(
        TableName="docs",
        KeySchema=[
            {"AttributeName": "pk", "KeyType": "HASH"},
            {"AttributeName": "sk", "KeyType": "RANGE"},
        ],
        AttributeDefinitions=[
            {"AttributeName": "pk", "AttributeType": "S"},
            {"AttributeName": "sk", "AttributeType": "N"},
            {"AttributeName": "ls", "AttributeType": "S"},
        ],
        LocalSecondaryIndexes=[
            {
                "IndexName": "by_ls",
                "KeySchema": [
                    {"AttributeName": "pk", "KeyType": "HASH"},
                    {"AttributeName": "ls", "KeyType": "RANGE"},
                ],
                "Projection": {"ProjectionType": "KEYS_ONLY"},
            }
        ],
    )
    table.put_items(
        [{"pk": "p", "sk": i, "ls": f"l{i:04d}", "body": "x" * 3000} for i in range(300)]
    )
    response = client.query(
        TableName="docs",
        IndexName="by_ls",
        KeyConditionExpression="pk = :p",
        ExpressionAttributeValues=P,
        Select="ALL_ATTRIBUTES",
        ReturnConsumedCapacity="INDEXES",
    )
    index_bytes = 0
    expected = 0
    for i in range(300):
        entry = {"pk": {"S": "p"}, "sk": {"N": str(i)}, "ls": {"S": f"l{i:04d}"}}
        index_bytes += item_size(entry)
        expected = i + 1
        if -(-index_bytes // 4096) * 4096 + expected * 4096 >= 1024 * 1024:
            break
    assert expected < 256
    assert (response["Count"], response["ScannedCount"]) == (expected, expected)
    assert response["LastEvaluatedKey"]["ls"] == {"S": f"l{expected - 1:04d}"}
    assert response["ConsumedCapacity"]["Table"] == {"CapacityUnits": expected * 0.5}


def test_unprojected_names_are_listed_in_dynamodb_locals_order(
    client: Any, ttt: Any, error_of: ErrorOf
) -> None:
    """DynamoDB Local lists them as a Java HashSet iterates: not sorted, not as written."""
    assert error_of(
        client.query,
        TableName="ttt",
        IndexName="gko",
        KeyConditionExpression="g = :g",
        ExpressionAttributeValues=G,
        ProjectionExpression="#x, absent[3].y",
        ExpressionAttributeNames={"#x": "x.y"},
    ) == (
        VE,
        "One or more parameter values were invalid: Global secondary index gko does not "
        "project [x.y, absent]",
    )


GKO_LEGACY = {"g": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "G"}]}}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"AttributesToGet": ["a", "pk"]},
            "One or more parameter values were invalid: Global secondary index gko does not "
            "project [a]",
        ),
        (
            {"QueryFilter": {"a": {"ComparisonOperator": "NOT_NULL"}}},
            "One or more parameter values were invalid: Secondary index gko does not project one "
            "or more filter attributes: [a]",
        ),
    ],
)
def test_legacy_parameters_through_an_index(
    client: Any, ttt: Any, error_of: ErrorOf, kwargs: dict[str, Any], message: str
) -> None:
    assert error_of(
        client.query, TableName="ttt", IndexName="gko", KeyConditions=GKO_LEGACY, **kwargs
    ) == (VE, message)


def test_legacy_attributes_to_get_on_an_lsi_fetch(client: Any, ttt: Any) -> None:
    response = client.query(
        TableName="ttt",
        IndexName="lsi",
        KeyConditions={"pk": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "p"}]}},
        AttributesToGet=["a", "pk"],
        Limit=2,
        ReturnConsumedCapacity="INDEXES",
    )
    assert body(response) == {
        "Items": [{"a": {"N": "9"}, "pk": {"S": "p"}}, {"a": {"N": "6"}, "pk": {"S": "p"}}],
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


@pytest.mark.parametrize("total", [1, 2, 3, 8])
def test_parallel_scan_of_a_gsi_holds_each_entry_once(client: Any, ttt: Any, total: int) -> None:
    seen = []
    for segment in range(total):
        kwargs: dict[str, Any] = {}
        while True:
            page = client.scan(
                TableName="ttt",
                IndexName="gsi",
                Segment=segment,
                TotalSegments=total,
                Limit=1,
                **kwargs,
            )
            seen += [i["sk"]["N"] for i in page["Items"]]
            if "LastEvaluatedKey" not in page:
                break
            kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]
    assert sorted(seen) == ["0", "2", "4", "6", "8"]


@pytest.mark.parametrize(
    ("operation", "kwargs", "message"),
    [
        (
            "query",
            {
                "KeyConditionExpression": "g = :g",
                "ExpressionAttributeValues": G,
                "FilterExpression": "attribute_exists(a)",
                "Select": "SPECIFIC_ATTRIBUTES",
            },
            "One or more parameter values were invalid: Secondary index gko does not project one "
            "or more filter attributes: [a]",
        ),
        (
            "scan",
            {"FilterExpression": "attribute_exists(g.a)", "Select": "ALL_ATTRIBUTES"},
            "One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not "
            "supported for global secondary index gko because its projection type is not ALL",
        ),
        (
            "scan",
            {"FilterExpression": "attribute_exists(g.a)"},
            "Key attributes must be scalars; list random access '[]' and map lookup '.' are not "
            "allowed: IndexKey: g",
        ),
    ],
)
def test_index_checks_in_dynamodb_locals_order(
    client: Any,
    ttt: Any,
    error_of: ErrorOf,
    operation: str,
    kwargs: dict[str, Any],
    message: str,
) -> None:
    """Found by the range fuzzer: the filter through the index before Select; Select on a
    GSI before a nested path into an index key."""
    assert error_of(getattr(client, operation), TableName="ttt", IndexName="gko", **kwargs) == (
        VE,
        message,
    )


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"KeyConditionExpression": "pk = :p AND a = :x", "FilterExpression": "g.a = :x"}, "g"),
        (
            {
                "IndexName": "gko",
                "KeyConditionExpression": "g = :p",
                "FilterExpression": "gs.a = :x",
            },
            "gs",
        ),
    ],
)
def test_query_nested_path_into_an_index_key_is_reported_first(
    client: Any, ttt: Any, error_of: ErrorOf, kwargs: dict[str, Any], name: str
) -> None:
    """Before the key condition and the projection through the index (DynamoDB Local)."""
    assert error_of(
        client.query,
        TableName="ttt",
        ExpressionAttributeValues={":p": {"S": "p"}, ":x": {"N": "1"}},
        **kwargs,
    ) == (
        VE,
        "Key attributes must be scalars; list random access '[]' and map lookup '.' are not "
        f"allowed: IndexKey: {name}",
    )
