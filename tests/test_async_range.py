"""Query and Scan through aioboto3: the client, its async paginators and the resource's
``Table.query``/``Table.scan`` with ``Key``/``Attr`` conditions."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any, TypeVar

import pytest
from boto3.dynamodb.conditions import Attr, Key

from pytest_dynafake import DynaFake

# aioboto3 pins an older botocore, so these run in CI's separate async environment.
aioboto3 = pytest.importorskip("aioboto3", reason="the async stack is tested with .[aio]")

T = TypeVar("T")


def key(customer: str, order_id: int) -> dict[str, Any]:
    return {"customer": {"S": customer}, "order_id": {"N": str(order_id)}}


def wire(customer: str, order_id: int) -> dict[str, Any]:
    return {**key(customer, order_id), "total": {"N": str(order_id * 10)}}


@pytest.fixture(autouse=True)
def orders(dynafake: DynaFake) -> Any:
    items = [{"customer": "c1", "order_id": n, "total": n * 10} for n in range(1, 6)]
    items += [{"customer": "c2", "order_id": n, "total": n * 10} for n in range(1, 4)]
    return dynafake.table(
        "orders",
        ("customer", "S"),
        ("order_id", "N"),
        indexes={"by_total": ("customer", ("total", "N"))},
        items=items,
    )


def with_client(call: Callable[[Any], Awaitable[T]]) -> T:
    async def main() -> T:
        async with aioboto3.Session().client("dynamodb") as client:
            return await call(client)

    return asyncio.run(main())


def body(response: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in response.items() if k != "ResponseMetadata"}


def test_query_and_its_next_page(dynafake: DynaFake) -> None:
    async def pages(client: Any) -> list[Any]:
        request = {
            "TableName": "orders",
            "KeyConditionExpression": "customer = :c AND order_id > :o",
            "ExpressionAttributeValues": {":c": {"S": "c1"}, ":o": {"N": "1"}},
            "Limit": 3,
        }
        first = await client.query(**request)
        rest = await client.query(**request, ExclusiveStartKey=first["LastEvaluatedKey"])
        return [body(first), body(rest)]

    assert with_client(pages) == [
        {
            "Items": [wire("c1", 2), wire("c1", 3), wire("c1", 4)],
            "Count": 3,
            "ScannedCount": 3,
            "LastEvaluatedKey": key("c1", 4),
        },
        {"Items": [wire("c1", 5)], "Count": 1, "ScannedCount": 1},
    ]
    assert [call.start_key for call in dynafake.get_calls("Query")] == [None, key("c1", 4)]


def test_query_paginator_on_an_index(dynafake: DynaFake) -> None:
    async def pages(client: Any) -> list[Any]:
        paginator = client.get_paginator("query").paginate(
            TableName="orders",
            IndexName="by_total",
            KeyConditionExpression="customer = :c",
            ExpressionAttributeValues={":c": {"S": "c2"}},
            ScanIndexForward=False,
            PaginationConfig={"PageSize": 2},
        )
        return [body(page) async for page in paginator]

    cursor = {**key("c2", 2), "total": {"N": "20"}}
    assert with_client(pages) == [
        {
            "Items": [wire("c2", 3), wire("c2", 2)],
            "Count": 2,
            "ScannedCount": 2,
            "LastEvaluatedKey": cursor,
        },
        {"Items": [wire("c2", 1)], "Count": 1, "ScannedCount": 1},
    ]
    assert [call.start_key for call in dynafake.get_calls("Query")] == [None, cursor]


def test_scan_paginator_with_max_items() -> None:
    async def items(client: Any) -> tuple[Any, Any]:
        paginator = client.get_paginator("scan")
        first = await paginator.paginate(
            TableName="orders", PaginationConfig={"MaxItems": 5, "PageSize": 2}
        ).build_full_result()
        rest = await paginator.paginate(
            TableName="orders", PaginationConfig={"StartingToken": first["NextToken"]}
        ).build_full_result()
        return first, rest

    first, rest = with_client(items)
    assert (len(first["Items"]), len(rest["Items"]), "NextToken" in rest) == (5, 3, False)
    read = sorted(
        (i["customer"]["S"], int(i["order_id"]["N"])) for i in first["Items"] + rest["Items"]
    )
    assert read == [("c1", n) for n in range(1, 6)] + [("c2", n) for n in range(1, 4)]


def test_resource_query_and_scan_with_conditions() -> None:
    async def main() -> tuple[Any, Any]:
        async with aioboto3.Session().resource("dynamodb") as dynamodb:
            table = await dynamodb.Table("orders")
            query = await table.query(
                KeyConditionExpression=Key("customer").eq("c1") & Key("order_id").lte(4),
                FilterExpression=Attr("total").gte(20),
                ScanIndexForward=False,
            )
            scan = await table.scan(FilterExpression=Attr("total").eq(30), Select="COUNT")
            return query, scan

    query, scan = asyncio.run(main())
    assert body(query) == {
        "Items": [
            {"customer": "c1", "order_id": Decimal(n), "total": Decimal(n * 10)} for n in (4, 3, 2)
        ],
        "Count": 3,
        "ScannedCount": 4,
    }
    assert body(scan) == {"Count": 2, "ScannedCount": 8}
