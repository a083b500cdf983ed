"""Paging through a Query: short pages, an empty page with a cursor, a throttled page 3."""

from __future__ import annotations

from typing import Any

import boto3
import pytest
from botocore.config import Config

from pytest_dynafake import DynaFake

from .shop.history import Throttled, order_history

STATUSES = ["paid", "cancelled", "paid", "cancelled", "cancelled", "paid", "paid"]


@pytest.fixture
def client(dynafake: DynaFake) -> Any:
    # One attempt per call: the history's own retry loop is what these tests exercise.
    return boto3.client(
        "dynamodb", config=Config(retries={"mode": "standard", "total_max_attempts": 1})
    )


@pytest.fixture
def orders(dynafake: DynaFake) -> Any:
    """Ada's orders 1..7: 2, 4 and 5 cancelled."""
    items = [
        {"customer": "ada", "order_id": n, "status": status}
        for n, status in enumerate(STATUSES, start=1)
    ]
    return dynafake.table("orders", "customer", ("order_id", "N"), items=items)


def ids(orders: list[dict[str, Any]]) -> list[int]:
    return [int(order["order_id"]) for order in orders]


def test_history_without_faults(client: Any, orders: Any) -> None:
    assert ids(order_history(client, "ada")) == [1, 3, 6, 7]


def test_short_pages_lose_nothing(dynafake: DynaFake, client: Any, orders: Any) -> None:
    dynafake.short_page("Query", items=2, times=None)
    assert ids(order_history(client, "ada")) == [1, 3, 6, 7]
    assert [call.page for call in dynafake.get_calls("Query")] == [1, 2, 3, 4]


def test_an_empty_page_with_a_cursor_does_not_end_the_history(
    dynafake: DynaFake, client: Any, orders: Any
) -> None:
    """Page 2 starts after order 3: it reads the cancelled orders 4 and 5 and stops before
    order 6, with a cursor, as DynamoDB's page does when its filter drops all it read."""
    dynafake.short_page("Query", page=1, items=3)
    fault = dynafake.empty_page("Query", page=2)
    assert ids(order_history(client, "ada")) == [1, 3, 6, 7]
    second = dynafake.get_calls("Query")[1]
    assert (second.start_key, second.outcome) == (
        {"customer": {"S": "ada"}, "order_id": {"N": "3"}},
        "empty page",
    )
    assert fault.triggered


def test_a_throttled_page_3_is_asked_again_from_its_cursor(
    dynafake: DynaFake, client: Any, orders: Any
) -> None:
    dynafake.short_page("Query", items=2, times=None)
    dynafake.throttle("Query", page=3, times=2)
    delays: list[float] = []
    assert ids(order_history(client, "ada", sleep=delays.append)) == [1, 3, 6, 7]
    assert delays == [0.1, 0.2]
    third = [call for call in dynafake.get_calls("Query") if call.page == 3]
    assert [call.outcome for call in third] == [
        "ProvisionedThroughputExceededException (400)",
        "ProvisionedThroughputExceededException (400)",
        "short page (2 items)",
    ]


def test_a_page_throttled_for_good_is_an_error(
    dynafake: DynaFake, client: Any, orders: Any
) -> None:
    dynafake.throttle("Query", page=1, times=None, error="ThrottlingException")
    with pytest.raises(Throttled) as raised:
        order_history(client, "ada", sleep=lambda seconds: None)
    assert str(raised.value) == "a page of orders stayed throttled after 4 rounds"
