"""PynamoDB 6 Model.query, Model.scan and index queries, paging through the fake."""

from __future__ import annotations

from typing import Any

import pytest
from pynamodb.attributes import NumberAttribute, UnicodeAttribute
from pynamodb.indexes import AllProjection, GlobalSecondaryIndex
from pynamodb.models import Model

from pytest_dynafake import DynaFake


class ByStatus(GlobalSecondaryIndex["Order"]):  # type: ignore[no-untyped-call]
    class Meta:
        index_name = "by_status"
        projection = AllProjection()

    status = UnicodeAttribute(hash_key=True)
    total = NumberAttribute(range_key=True)


class Order(Model):
    class Meta:
        table_name = "orders"

    customer = UnicodeAttribute(hash_key=True)
    order_id = NumberAttribute(range_key=True)
    status = UnicodeAttribute()
    total = NumberAttribute()
    by_status = ByStatus()


@pytest.fixture(autouse=True)
def orders(dynafake: DynaFake, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr(Order, "_connection", None)
    return dynafake.table(
        "orders",
        "customer",
        ("order_id", "N"),
        items=[
            {
                "customer": f"c{c}",
                "order_id": n,
                "status": "open" if n % 2 else "done",
                "total": c * 100 + n,
            }
            for c in range(3)
            for n in range(5)
        ],
        indexes={"by_status": ("status", ("total", "N"))},
    )


def test_model_query_pages_through_every_item(dynafake: DynaFake) -> None:
    results = Order.query("c1", Order.order_id >= 1, page_size=2)
    assert [o.order_id for o in results] == [1, 2, 3, 4]
    # The second page stops on its Limit with a cursor: a third, empty page ends the loop.
    assert [c.operation for c in dynafake.calls] == ["Query", "Query", "Query"]


def test_model_query_backwards_with_filter_and_limit(dynafake: DynaFake) -> None:
    results = Order.query("c2", filter_condition=Order.status == "open", scan_index_forward=False)
    assert [o.order_id for o in results] == [3, 1]


def test_model_scan_and_count(dynafake: DynaFake) -> None:
    assert sorted((o.customer, o.order_id) for o in Order.scan(page_size=4)) == sorted(
        (f"c{c}", n) for c in range(3) for n in range(5)
    )
    assert Order.count("c0") == 5
    assert Order.count("c0", Order.order_id > 2) == 2


def test_index_query(dynafake: DynaFake) -> None:
    results = Order.by_status.query("open", ByStatus.total < 200, page_size=1)
    assert [(o.customer, o.total) for o in results] == [
        ("c0", 1),
        ("c0", 3),
        ("c1", 101),
        ("c1", 103),
    ]
