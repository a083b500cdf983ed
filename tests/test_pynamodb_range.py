"""PynamoDB 6 range reads: ``Model.query``/``scan``/``count`` and queries through its
GlobalSecondaryIndex and LocalSecondaryIndex classes, paging by ``page_size``."""

from __future__ import annotations

from typing import Any

import pytest
from pynamodb.attributes import NumberAttribute, UnicodeAttribute
from pynamodb.indexes import (
    AllProjection,
    GlobalSecondaryIndex,
    KeysOnlyProjection,
    LocalSecondaryIndex,
)
from pynamodb.models import Model

from pytest_dynafake import DynaFake


class ByStatus(GlobalSecondaryIndex["Order"]):  # type: ignore[no-untyped-call]
    class Meta:
        index_name = "by_status"
        projection = AllProjection()

    status = UnicodeAttribute(hash_key=True)
    placed = NumberAttribute(range_key=True)


class Recent(LocalSecondaryIndex["Order"]):  # type: ignore[no-untyped-call]
    class Meta:
        index_name = "recent"
        projection = KeysOnlyProjection()

    customer = UnicodeAttribute(hash_key=True)
    placed = NumberAttribute(range_key=True)


class Order(Model):
    class Meta:
        table_name = "orders"

    customer = UnicodeAttribute(hash_key=True)
    order_id = NumberAttribute(range_key=True)
    status = UnicodeAttribute(null=True)
    placed = NumberAttribute()
    total = NumberAttribute()
    by_status = ByStatus()
    recent = Recent()


# customer, order_id, status, placed, total; c3's order has no status: it is in no GSI.
ROWS = [
    ("c1", 1, "open", 10, 5),
    ("c1", 2, "done", 20, 15),
    ("c1", 3, "open", 30, 25),
    ("c1", 4, "open", 40, 35),
    ("c1", 5, "done", 50, 45),
    ("c2", 1, "open", 15, 10),
    ("c3", 1, None, 5, 1),
]


def row(customer: str, order_id: int) -> dict[str, Any]:
    _, _, status, placed, total = next(r for r in ROWS if r[:2] == (customer, order_id))
    values: dict[str, Any] = {"customer": customer, "order_id": order_id, "placed": placed}
    values["total"] = total
    if status is not None:
        values["status"] = status
    return values


@pytest.fixture(autouse=True)
def orders(dynafake: DynaFake, monkeypatch: pytest.MonkeyPatch) -> Any:
    # A fresh connection per test keeps botocore's retry quota independent of test order.
    monkeypatch.setattr(Order, "_connection", None)
    return dynafake.table(
        "orders",
        ("customer", "S"),
        ("order_id", "N"),
        indexes={
            "by_status": ("status", ("placed", "N")),
            "recent": {"sort_key": ("placed", "N"), "local": True, "projection": "KEYS_ONLY"},
        },
        items=[row(c, o) for c, o, *_ in ROWS],
    )


def index_key(status: str, placed: int) -> dict[str, Any]:
    return {"status": {"S": status}, "placed": {"N": str(placed)}}


def table_key(customer: str, order_id: int) -> dict[str, Any]:
    return {"customer": {"S": customer}, "order_id": {"N": str(order_id)}}


def values(orders: Any) -> list[dict[str, Any]]:
    return [order.attribute_values for order in orders]


def test_query_with_range_and_filter_conditions(dynafake: DynaFake) -> None:
    result = Order.query(
        "c1",
        Order.order_id >= 2,
        filter_condition=Order.status == "open",
        scan_index_forward=False,
    )
    assert values(result) == [row("c1", 4), row("c1", 3)]
    assert (result.total_count, result.last_evaluated_key) == (2, None)
    [call] = dynafake.get_calls("Query")
    assert call.request["KeyConditionExpression"] == "(#0 = :0 AND #1 >= :1)"


def test_query_pages_by_page_size_and_stops_at_limit(dynafake: DynaFake) -> None:
    """PynamoDB follows LastEvaluatedKey itself; ``limit`` stops it mid-page."""
    result = Order.query("c1", page_size=2, limit=3)
    assert [order.order_id for order in result] == [1, 2, 3]
    assert result.last_evaluated_key == {"customer": {"S": "c1"}, "order_id": {"N": "3"}}
    starts = [call.start_key for call in dynafake.get_calls("Query")]
    assert starts == [None, {"customer": {"S": "c1"}, "order_id": {"N": "2"}}]


def test_query_resumes_from_last_evaluated_key(dynafake: DynaFake) -> None:
    first = Order.query("c1", limit=2)
    assert [order.order_id for order in first] == [1, 2]
    rest = Order.query("c1", last_evaluated_key=first.last_evaluated_key)
    assert [order.order_id for order in rest] == [3, 4, 5]


def test_count_with_a_range_key_condition_and_a_filter() -> None:
    assert Order.count("c1") == 5
    assert Order.count("c1", Order.order_id > 3) == 2
    assert Order.count("c1", filter_condition=Order.total < 20) == 2
    assert Order.count() == 7  # no hash key: DescribeTable's ItemCount


def test_scan_with_a_filter_and_segments() -> None:
    done = Order.scan(Order.status == "done")
    assert sorted((o.customer, o.order_id) for o in done) == [("c1", 2), ("c1", 5)]
    segments = [
        [(o.customer, o.order_id) for o in Order.scan(segment=s, total_segments=2)]
        for s in range(2)
    ]
    assert sorted(segments[0] + segments[1]) == sorted((c, o) for c, o, *_ in ROWS)


def test_scan_counts_items_read_and_returned() -> None:
    result = Order.scan(Order.total >= 25, page_size=3)
    assert sorted(o.total for o in result) == [25, 35, 45]
    assert (result.total_count, result.page_iter.total_scanned_count) == (3, 7)


def test_global_index_query_is_sparse_and_ordered(dynafake: DynaFake) -> None:
    result = Order.by_status.query("open", ByStatus.placed > 10)
    assert values(result) == [row("c2", 1), row("c1", 3), row("c1", 4)]
    assert Order.by_status.count("open") == 4
    [query, count] = dynafake.get_calls("Query")
    assert (query.request["IndexName"], count.request["Select"]) == ("by_status", "COUNT")


def test_global_index_query_pages_with_the_index_and_table_key(dynafake: DynaFake) -> None:
    result = Order.by_status.query("open", page_size=2)
    assert [(o.customer, o.order_id) for o in result] == [
        ("c1", 1),
        ("c2", 1),
        ("c1", 3),
        ("c1", 4),
    ]
    starts = [call.start_key for call in dynafake.get_calls("Query")]
    assert starts == [
        None,
        {**index_key("open", 15), **table_key("c2", 1)},
        {**index_key("open", 40), **table_key("c1", 4)},
    ]


def test_local_index_query_returns_the_projected_keys() -> None:
    result = Order.recent.query("c1", Recent.placed.between(20, 40), scan_index_forward=False)
    assert values(result) == [
        {"customer": "c1", "order_id": 4, "placed": 40},
        {"customer": "c1", "order_id": 3, "placed": 30},
        {"customer": "c1", "order_id": 2, "placed": 20},
    ]
