"""Paging through a Query, a Query of a global secondary index and a parallel Scan. The
pages that break loops (short, empty with a cursor, throttled) are in test_paging_faults.py."""

from __future__ import annotations

from typing import Any

import pytest

from pytest_dynafake import DynaFake

from .shop.history import OrderHistory

ORDERS = [  # customer, placed, status, total
    ("ada", "2026-01-10", "closed", 30),
    ("ada", "2026-02-10", "closed", 12),
    ("ada", "2026-03-10", "open", 45),
    ("ada", "2026-04-10", "closed", 8),
    ("ada", "2026-05-10", "open", 20),
    ("grace", "2026-02-20", "open", 99),
    ("grace", "2026-03-20", "closed", 5),
]
HISTORY = {
    "order_history": {
        "partition_key": "customer",
        "sort_key": "placed",
        "indexes": {"by_status": ("status", "placed")},  # a GSI: partition key, sort key
        "items": [{"customer": c, "placed": p, "status": s, "total": t} for c, p, s, t in ORDERS],
    }
}
ADA_NEWEST_FIRST = ["2026-05-10", "2026-04-10", "2026-03-10", "2026-02-10", "2026-01-10"]


def cursor(customer: str, placed: str) -> dict[str, Any]:
    return {"customer": {"S": customer}, "placed": {"S": placed}}


def placed(orders: list[dict[str, Any]]) -> list[str]:
    return [order["placed"] for order in orders]


@pytest.mark.dynafake(tables=HISTORY)
def test_every_page_is_read(dynafake: DynaFake, history: OrderHistory) -> None:
    assert placed(history.orders_of("ada")) == ADA_NEWEST_FIRST
    assert [call.start_key for call in dynafake.get_calls("Query")] == [
        None,
        cursor("ada", "2026-04-10"),
        cursor("ada", "2026-02-10"),
    ]


@pytest.mark.dynafake(tables=HISTORY)
def test_a_key_condition_on_the_sort_key(history: OrderHistory) -> None:
    orders = history.orders_of("ada", since="2026-03-01")
    assert orders == [
        {"customer": "ada", "placed": "2026-05-10", "status": "open", "total": 20},
        {"customer": "ada", "placed": "2026-04-10", "status": "closed", "total": 8},
        {"customer": "ada", "placed": "2026-03-10", "status": "open", "total": 45},
    ]


@pytest.mark.dynafake(tables=HISTORY)
def test_open_orders_from_the_global_index(dynafake: DynaFake, history: OrderHistory) -> None:
    """An index page's cursor holds the index key and the table key."""
    assert [(o["customer"], o["placed"]) for o in history.open_orders()] == [
        ("grace", "2026-02-20"),
        ("ada", "2026-03-10"),
        ("ada", "2026-05-10"),
    ]
    assert [call.start_key for call in dynafake.get_calls("Query")] == [
        None,
        {"status": {"S": "open"}, **cursor("ada", "2026-03-10")},
    ]


@pytest.mark.dynafake(tables=HISTORY)
def test_total_spent_by_a_parallel_scan(dynafake: DynaFake, history: OrderHistory) -> None:
    assert history.total_spent(segments=3) == sum(total for *_, total in ORDERS)
    assert {call.request["Segment"] for call in dynafake.get_calls("Scan")} == {0, 1, 2}
