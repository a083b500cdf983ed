"""Scan through a real boto3 client: order, paging, segments, capacity and its validation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from pytest_dynafake import DynaFake

ErrorOf = Callable[..., tuple[str, str]]
VE = "ValidationException"


@pytest.fixture
def events(dynafake: DynaFake) -> Any:
    return dynafake.table(
        "events",
        "device",
        ("at", "N"),
        items=[{"device": f"d{d}", "at": t, "v": d * 10 + t} for d in range(4) for t in range(3)],
    )


def scan_all(client: Any, **kwargs: Any) -> tuple[list[dict[str, Any]], int]:
    items: list[dict[str, Any]] = []
    pages = 0
    while True:
        page = client.scan(**kwargs)
        pages += 1
        items.extend(page["Items"])
        if "LastEvaluatedKey" not in page:
            return items, pages
        kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def keys(items: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(i["device"]["S"], i["at"]["N"]) for i in items]


ALL_KEYS = sorted((f"d{d}", str(t)) for d in range(4) for t in range(3))


def test_scan_returns_every_item_once_with_counts(client: Any, events: Any) -> None:
    response = client.scan(TableName="events")
    del response["ResponseMetadata"]
    assert sorted(keys(response["Items"])) == ALL_KEYS
    assert {k: v for k, v in response.items() if k != "Items"} == {
        "Count": 12,
        "ScannedCount": 12,
    }


def test_scan_order_is_not_key_order_but_partitions_stay_sorted(client: Any, events: Any) -> None:
    order = keys(client.scan(TableName="events")["Items"])
    assert order != sorted(order)
    for device in ("d0", "d1", "d2", "d3"):
        assert [at for d, at in order if d == device] == ["0", "1", "2"]
    # Stable from one call to the next.
    assert keys(client.scan(TableName="events")["Items"]) == order


@pytest.mark.parametrize("limit", [1, 2, 5, 11, 12, 13])
def test_scan_pages_with_limit_cover_every_item_once(client: Any, events: Any, limit: int) -> None:
    items, pages = scan_all(client, TableName="events", Limit=limit)
    assert sorted(keys(items)) == ALL_KEYS
    # A page that stops on the Limit has a LastEvaluatedKey, even when nothing is left.
    assert pages == 12 // limit + 1


def test_scan_last_evaluated_key_is_the_last_item_key(client: Any, events: Any) -> None:
    first = client.scan(TableName="events")["Items"]
    page = client.scan(TableName="events", Limit=3)
    assert page["LastEvaluatedKey"] == {"device": first[2]["device"], "at": first[2]["at"]}
    assert page["Items"] == first[:3]
    assert (page["Count"], page["ScannedCount"]) == (3, 3)


@pytest.mark.parametrize("total", [1, 2, 3, 7, 1000])
def test_scan_segments_hold_every_item_exactly_once(client: Any, events: Any, total: int) -> None:
    seen: list[tuple[str, str]] = []
    for segment in range(total):
        items, _ = scan_all(client, TableName="events", Segment=segment, TotalSegments=total)
        seen.extend(keys(items))
    assert sorted(seen) == ALL_KEYS


def test_scan_select_count_has_no_items(client: Any, events: Any) -> None:
    response = client.scan(TableName="events", Select="COUNT", Limit=5)
    del response["ResponseMetadata"]
    assert set(response) == {"Count", "ScannedCount", "LastEvaluatedKey"}
    assert (response["Count"], response["ScannedCount"]) == (5, 5)


def test_scan_projection(client: Any, events: Any) -> None:
    items = client.scan(TableName="events", ProjectionExpression="v")["Items"]
    assert sorted(int(i["v"]["N"]) for i in items) == sorted(
        d * 10 + t for d in range(4) for t in range(3)
    )
    assert all(set(i) == {"v"} for i in items)


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ({}, 0.5),
        ({"ConsistentRead": True}, 1.0),
    ],
)
def test_scan_capacity_sums_the_items_read(
    dynafake: DynaFake, client: Any, extra: dict[str, Any], expected: float
) -> None:
    dynafake.table("small", "k", items=[{"k": f"k{i}"} for i in range(10)])
    response = client.scan(TableName="small", ReturnConsumedCapacity="TOTAL", **extra)
    assert response["ConsumedCapacity"] == {"TableName": "small", "CapacityUnits": expected}


def test_scan_capacity_rounds_the_summed_size_up(dynafake: DynaFake, client: Any) -> None:
    # Ten items of 1,000 bytes ("k" + "kN" + "p" + 996): 10,000 bytes, three 4 KB units.
    dynafake.table("mid", "k", items=[{"k": f"k{i}", "p": "x" * 996} for i in range(10)])
    response = client.scan(TableName="mid", ReturnConsumedCapacity="INDEXES", ConsistentRead=True)
    assert response["ConsumedCapacity"] == {
        "TableName": "mid",
        "CapacityUnits": 3.0,
        "Table": {"CapacityUnits": 3.0},
    }


def test_scan_empty_table_costs_the_minimum(dynafake: DynaFake, client: Any) -> None:
    dynafake.table("empty", "k")
    response = client.scan(TableName="empty", ReturnConsumedCapacity="TOTAL")
    del response["ResponseMetadata"]
    assert response == {
        "Items": [],
        "Count": 0,
        "ScannedCount": 0,
        "ConsumedCapacity": {"TableName": "empty", "CapacityUnits": 0.5},
    }


def test_scan_page_ends_after_the_item_that_crosses_1_mb(dynafake: DynaFake, client: Any) -> None:
    # 20 items of 60,013 bytes: 17 make 1,020,221 bytes, the 18th crosses 1 MB and ends the page.
    dynafake.table(
        "big",
        "pk",
        ("sk", "N"),
        items=[{"pk": "p", "sk": i, "payload": "x" * 60000} for i in range(20)],
    )
    page = client.scan(TableName="big", Select="COUNT", ReturnConsumedCapacity="TOTAL")
    del page["ResponseMetadata"]
    assert page == {
        "Count": 18,
        "ScannedCount": 18,
        "LastEvaluatedKey": {"pk": {"S": "p"}, "sk": {"N": "17"}},
        # 18 x 60,013 bytes = 1,080,234: 264 units of 4 KB, halved.
        "ConsumedCapacity": {"TableName": "big", "CapacityUnits": 132.0},
    }
    rest = client.scan(TableName="big", ExclusiveStartKey=page["LastEvaluatedKey"], Select="COUNT")
    assert (rest["Count"], "LastEvaluatedKey" in rest) == (2, False)


NEW = "Value at '{}' failed to satisfy constraint: Member must have value {}"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"Segment": 0},
            "The TotalSegments parameter is required but was not present in the "
            "request when Segment parameter is present",
        ),
        (
            {"TotalSegments": 4},
            "The Segment parameter is required but was not present in the "
            "request when parameter TotalSegments is present",
        ),
        (
            {"Segment": 5, "TotalSegments": 5},
            "The Segment parameter is zero-based and must be less than parameter TotalSegments",
        ),
        (
            {"Limit": 0},
            "1 validation error detected: " + NEW.format("Limit", "greater than or equal to 1"),
        ),
        (
            {"Segment": -1, "TotalSegments": 0, "Limit": 0},
            "3 validation errors detected: "
            + NEW.format("TotalSegments", "greater than or equal to 1")
            + "; "
            + NEW.format("Segment", "greater than or equal to 0")
            + "; "
            + NEW.format("Limit", "greater than or equal to 1"),
        ),
        (
            {"Segment": 1000000, "TotalSegments": 1000001},
            "2 validation errors detected: "
            + NEW.format("TotalSegments", "less than or equal to 1000000")
            + "; "
            + NEW.format("Segment", "less than or equal to 999999"),
        ),
        (
            {"Select": "ALL_PROJECTED_ATTRIBUTES"},
            "ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName",
        ),
        (
            {"Select": "SPECIFIC_ATTRIBUTES"},
            "1 validation error detected: Must specify the AttributesToGet or "
            "ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES",
        ),
        (
            {"Select": "COUNT", "ProjectionExpression": "v"},
            "Cannot specify the ProjectionExpression when choosing to get only the Count",
        ),
        (
            {"Select": "ALL_ATTRIBUTES", "AttributesToGet": ["v"]},
            "Cannot specify the AttributesToGet when choosing to get ALL_ATTRIBUTES",
        ),
        (
            {"Select": "everything"},
            "1 validation error detected: Value 'everything' at 'select' "
            "failed to satisfy constraint: Member must satisfy enum value set: "
            "[SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]",
        ),
        ({"IndexName": "by_value"}, "The table does not have the specified index: by_value"),
        ({"ExclusiveStartKey": {"device": {"S": "d1"}}}, "The provided starting key is invalid"),
        (
            {"ExclusiveStartKey": {"device": {"S": "d1"}, "at": {"S": "1"}}},
            "The provided key element does not match the schema",
        ),
        (
            {"ExclusiveStartKey": {"device": {"S": "d1"}, "when": {"N": "1"}}},
            "The provided starting key is invalid",
        ),
        (
            {"ExclusiveStartKey": {"device": {"S": "d1"}, "at": {"N": "x"}}},
            "The parameter cannot be converted to a numeric value: x",
        ),
        (
            {"ExclusiveStartKey": {"device": {"S": "d1"}, "at": {"NULL": False}}},
            "The provided starting key is invalid: One or more parameter values were invalid: "
            "Null attribute value types must have the value of true",
        ),
    ],
    ids=lambda value: str(value)[:40],
)
def test_scan_validation_messages(
    raw_client: Any, events: Any, error_of: ErrorOf, kwargs: dict[str, Any], message: str
) -> None:
    assert error_of(raw_client.scan, TableName="events", **kwargs) == (VE, message)


def test_scan_start_key_from_another_segment_is_refused(
    client: Any, events: Any, error_of: ErrorOf
) -> None:
    page = client.scan(TableName="events", Segment=1, TotalSegments=2, Limit=1)
    assert error_of(
        client.scan,
        TableName="events",
        Segment=0,
        TotalSegments=2,
        ExclusiveStartKey=page["LastEvaluatedKey"],
    ) == (
        VE,
        "The provided starting key is invalid: Invalid ExclusiveStartKey. Please use "
        "ExclusiveStartKey with correct Segment. TotalSegments: 2 Segment: 0",
    )


def test_scan_unknown_table(client: Any, error_of: ErrorOf, events: Any) -> None:
    assert error_of(client.scan, TableName="nope") == (
        "ResourceNotFoundException",
        "Requested resource not found",
    )


def test_scan_paginator(client: Any, events: Any) -> None:
    pages = list(client.get_paginator("scan").paginate(TableName="events", Limit=5))
    assert [p["Count"] for p in pages] == [5, 5, 2]
    assert sorted(keys([i for p in pages for i in p["Items"]])) == ALL_KEYS


def test_scan_legacy_scan_filter_with_or(client: Any, events: Any) -> None:
    response = client.scan(
        TableName="events",
        ScanFilter={
            "v": {"ComparisonOperator": "LT", "AttributeValueList": [{"N": "2"}]},
            "device": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "d3"}]},
        },
        ConditionalOperator="OR",
        AttributesToGet=["v"],
    )
    assert sorted(int(i["v"]["N"]) for i in response["Items"]) == [0, 1, 30, 31, 32]
    assert (response["Count"], response["ScannedCount"]) == (5, 12)


def test_scan_filter_expression_through_the_resource(dynafake: DynaFake, events: Any) -> None:
    import boto3
    from boto3.dynamodb.conditions import Attr

    table = boto3.resource("dynamodb").Table("events")
    response = table.scan(FilterExpression=Attr("v").between(11, 21) & Attr("device").ne("d1"))
    assert response["Items"] == [
        {"device": "d2", "at": 0, "v": 20},
        {"device": "d2", "at": 1, "v": 21},
    ]
    assert (response["Count"], response["ScannedCount"]) == (2, 12)


def test_scan_filter_comparing_across_types_is_false(client: Any, events: Any) -> None:
    response = client.scan(
        TableName="events",
        FilterExpression="v > :s",
        ExpressionAttributeValues={":s": {"S": "0"}},
    )
    assert (response["Items"], response["Count"], response["ScannedCount"]) == ([], 0, 12)
