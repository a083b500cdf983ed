"""Query and Scan through what applications call: boto3's paginators (PageSize, MaxItems,
StartingToken) and the resource layer's ``Table.query``/``Table.scan`` with ``Key``/``Attr``
conditions, on a table and on its global and local secondary indexes."""

from __future__ import annotations

import base64
import json
from decimal import Decimal
from typing import Any

import boto3
import pytest
from boto3.dynamodb.conditions import Attr, Key

from pytest_dynafake import DynaFake

# customer, order_id, status, placed, total. c3's order has no status: it is in no GSI.
ROWS = [
    ("c1", 1, "open", 10, 5),
    ("c1", 2, "done", 20, 15),
    ("c1", 3, "open", 30, 25),
    ("c1", 4, "open", 40, 35),
    ("c1", 5, "done", 50, 45),
    ("c2", 1, "open", 15, 10),
    ("c2", 2, "open", 25, 20),
    ("c3", 1, None, 5, 1),
]
C1 = {":c": {"S": "c1"}}


def plain(customer: str, order_id: int) -> dict[str, Any]:
    """The order as the resource layer returns it (numbers as Decimal)."""
    _, _, status, placed, total = next(r for r in ROWS if r[:2] == (customer, order_id))
    item = {"customer": customer, "order_id": Decimal(order_id), "placed": Decimal(placed)}
    item["total"] = Decimal(total)
    if status is not None:
        item["status"] = status
    return item


def wire(customer: str, order_id: int) -> dict[str, Any]:
    """The same order in DynamoDB JSON, as the client returns it."""
    return {
        name: {"N": str(value)} if isinstance(value, Decimal) else {"S": value}
        for name, value in plain(customer, order_id).items()
    }


def key(customer: str, order_id: int) -> dict[str, Any]:
    return {"customer": {"S": customer}, "order_id": {"N": str(order_id)}}


def body(response: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in response.items() if k != "ResponseMetadata"}


def token(value: dict[str, Any]) -> str:
    """botocore's NextToken: base64 of the JSON of the next start key and what to skip."""
    return base64.b64encode(json.dumps(value).encode()).decode()


@pytest.fixture
def orders(dynafake: DynaFake) -> Any:
    items = []
    for customer, order_id, status, placed, total in ROWS:
        item: dict[str, Any] = {"customer": customer, "order_id": order_id}
        item.update(placed=placed, total=total)
        if status is not None:
            item["status"] = status
        items.append(item)
    return dynafake.table(
        "orders",
        ("customer", "S"),
        ("order_id", "N"),
        indexes={
            "by_status": ("status", ("placed", "N")),
            "recent": {"sort_key": ("placed", "N"), "local": True},
        },
        items=items,
    )


@pytest.fixture
def table(orders: Any) -> Any:
    return boto3.resource("dynamodb").Table("orders")


# -- boto3 paginators ---------------------------------------------------------------------------
def query_c1(client: Any, **config: Any) -> Any:
    return client.get_paginator("query").paginate(
        TableName="orders",
        KeyConditionExpression="customer = :c",
        ExpressionAttributeValues=C1,
        PaginationConfig=config,
    )


def test_query_paginator_pages_by_page_size(dynafake: DynaFake, client: Any, orders: Any) -> None:
    pages = [body(page) for page in query_c1(client, PageSize=2)]
    assert pages == [
        {
            "Items": [wire("c1", 1), wire("c1", 2)],
            "Count": 2,
            "ScannedCount": 2,
            "LastEvaluatedKey": key("c1", 2),
        },
        {
            "Items": [wire("c1", 3), wire("c1", 4)],
            "Count": 2,
            "ScannedCount": 2,
            "LastEvaluatedKey": key("c1", 4),
        },
        {"Items": [wire("c1", 5)], "Count": 1, "ScannedCount": 1},
    ]
    calls = dynafake.get_calls("Query")
    assert [(call.page, call.start_key, call.request["Limit"]) for call in calls] == [
        (1, None, 2),
        (2, key("c1", 2), 2),
        (3, key("c1", 4), 2),
    ]


def test_query_paginator_max_items_then_starting_token(client: Any, orders: Any) -> None:
    """MaxItems cuts the second page short; its NextToken resumes from the page's start
    key and skips the item already returned."""
    first = query_c1(client, MaxItems=3, PageSize=2).build_full_result()
    assert first == {
        "Items": [wire("c1", 1), wire("c1", 2), wire("c1", 3)],
        "Count": 4,  # botocore sums the counts of the pages it read, cut or not
        "ScannedCount": 4,
        "ConsumedCapacity": None,
        "NextToken": token({"ExclusiveStartKey": key("c1", 2), "boto_truncate_amount": 1}),
    }
    rest = query_c1(client, StartingToken=first["NextToken"], PageSize=2).build_full_result()
    assert rest == {
        "Items": [wire("c1", 4), wire("c1", 5)],
        "Count": 3,
        "ScannedCount": 3,
        "ConsumedCapacity": None,
    }


def test_query_paginator_on_a_gsi_carries_the_index_and_table_key(
    dynafake: DynaFake, client: Any, orders: Any
) -> None:
    """An index's LastEvaluatedKey holds the index key and the table key (moto #7725 loses
    the latter); the paginator sends it back whole."""
    pages = client.get_paginator("query").paginate(
        TableName="orders",
        IndexName="by_status",
        KeyConditionExpression="#s = :s",
        ExpressionAttributeNames={"#s": "status"},
        ExpressionAttributeValues={":s": {"S": "open"}},
        ScanIndexForward=False,
        PaginationConfig={"PageSize": 3},
    )
    cursor = {"status": {"S": "open"}, "placed": {"N": "25"}, "customer": {"S": "c2"}}
    cursor["order_id"] = {"N": "2"}
    assert [body(page) for page in pages] == [
        {
            "Items": [wire("c1", 4), wire("c1", 3), wire("c2", 2)],
            "Count": 3,
            "ScannedCount": 3,
            "LastEvaluatedKey": cursor,
        },
        {"Items": [wire("c2", 1), wire("c1", 1)], "Count": 2, "ScannedCount": 2},
    ]
    assert [call.start_key for call in dynafake.get_calls("Query")] == [None, cursor]


def test_scan_paginator_reads_every_item_once(client: Any, orders: Any) -> None:
    pages = list(
        client.get_paginator("scan").paginate(TableName="orders", PaginationConfig={"PageSize": 3})
    )
    assert [page["Count"] for page in pages] == [3, 3, 2]
    assert [("LastEvaluatedKey" in page) for page in pages] == [True, True, False]
    for page in pages[:2]:
        assert page["LastEvaluatedKey"] == {
            name: page["Items"][-1][name] for name in ("customer", "order_id")
        }
    seen = [item for page in pages for item in page["Items"]]
    assert sorted(seen, key=sort_key) == sorted((wire(c, o) for c, o, *_ in ROWS), key=sort_key)


def sort_key(item: dict[str, Any]) -> tuple[str, int]:
    return item["customer"]["S"], int(item["order_id"]["N"])


def test_scan_paginator_max_items_resumes_without_duplicates(client: Any, orders: Any) -> None:
    paginator = client.get_paginator("scan")
    first = paginator.paginate(
        TableName="orders", PaginationConfig={"MaxItems": 5, "PageSize": 3}
    ).build_full_result()
    rest = paginator.paginate(
        TableName="orders", PaginationConfig={"StartingToken": first["NextToken"]}
    ).build_full_result()
    assert (len(first["Items"]), len(rest["Items"])) == (5, 3)
    assert "NextToken" not in rest
    everything = sorted(first["Items"] + rest["Items"], key=sort_key)
    assert everything == sorted((wire(c, o) for c, o, *_ in ROWS), key=sort_key)


def test_scan_order_is_stable_and_not_key_order(dynafake: DynaFake, client: Any) -> None:
    """Code that assumes a sorted Scan fails here, as it does on DynamoDB (whose order
    follows a hash of the partition key)."""
    dynafake.table("people", "name", items=[{"name": f"n{i:02d}"} for i in range(20)])
    first = [item["name"]["S"] for item in client.scan(TableName="people")["Items"]]
    again = [item["name"]["S"] for item in client.scan(TableName="people")["Items"]]
    assert again == first
    assert sorted(first) == [f"n{i:02d}" for i in range(20)]
    assert first != sorted(first)


# -- boto3 resource: Key and Attr conditions ----------------------------------------------------
def test_resource_query_with_key_and_attr_conditions(table: Any) -> None:
    response = table.query(
        KeyConditionExpression=Key("customer").eq("c1") & Key("order_id").between(2, 5),
        FilterExpression=Attr("status").eq("open") & Attr("total").gt(30),
    )
    assert body(response) == {"Items": [plain("c1", 4)], "Count": 1, "ScannedCount": 4}


def test_resource_query_backwards_with_projection_and_limit(table: Any) -> None:
    response = table.query(
        KeyConditionExpression=Key("customer").eq("c1") & Key("order_id").gte(2),
        ProjectionExpression="order_id, #t",
        ExpressionAttributeNames={"#t": "total"},
        ScanIndexForward=False,
        Limit=2,
    )
    assert body(response) == {
        "Items": [
            {"order_id": Decimal(5), "total": Decimal(45)},
            {"order_id": Decimal(4), "total": Decimal(35)},
        ],
        "Count": 2,
        "ScannedCount": 2,
        "LastEvaluatedKey": {"customer": "c1", "order_id": Decimal(4)},
    }


def test_resource_query_on_a_gsi_with_a_range_condition(table: Any) -> None:
    response = table.query(
        IndexName="by_status",
        KeyConditionExpression=Key("status").eq("open") & Key("placed").lt(30),
        Select="COUNT",
    )
    assert body(response) == {"Count": 3, "ScannedCount": 3}  # c1/1 (10), c2/1 (15), c2/2 (25)


def test_resource_query_on_an_lsi_pages_with_the_index_key(table: Any) -> None:
    first = table.query(
        IndexName="recent",
        KeyConditionExpression=Key("customer").eq("c1") & Key("placed").gt(15),
        Limit=2,
        ReturnConsumedCapacity="INDEXES",
    )
    cursor = {"customer": "c1", "placed": Decimal(30), "order_id": Decimal(3)}
    assert body(first) == {
        "Items": [plain("c1", 2), plain("c1", 3)],
        "Count": 2,
        "ScannedCount": 2,
        "LastEvaluatedKey": cursor,
        "ConsumedCapacity": {
            "TableName": "orders",
            "CapacityUnits": 0.5,
            "Table": {"CapacityUnits": 0.0},
            "LocalSecondaryIndexes": {"recent": {"CapacityUnits": 0.5}},
        },
    }
    rest = table.query(
        IndexName="recent",
        KeyConditionExpression=Key("customer").eq("c1") & Key("placed").gt(15),
        ExclusiveStartKey=first["LastEvaluatedKey"],
    )
    assert body(rest) == {"Items": [plain("c1", 4), plain("c1", 5)], "Count": 2, "ScannedCount": 2}


def test_resource_scan_with_attr_conditions(table: Any) -> None:
    response = table.scan(
        FilterExpression=Attr("status").not_exists()
        | (Attr("status").eq("done") & Attr("placed").between(20, 50))
    )
    assert response["ScannedCount"] == 8
    assert sorted(response["Items"], key=lambda i: (i["customer"], i["order_id"])) == [
        plain("c1", 2),
        plain("c1", 5),
        plain("c3", 1),
    ]


def test_resource_scan_segments_split_the_table(table: Any) -> None:
    seen = []
    for segment in range(3):
        response = table.scan(
            Segment=segment, TotalSegments=3, ProjectionExpression="customer, order_id"
        )
        seen += [(i["customer"], int(i["order_id"])) for i in response["Items"]]
    assert sorted(seen) == sorted((c, o) for c, o, *_ in ROWS)
    assert len(seen) == len(ROWS)
