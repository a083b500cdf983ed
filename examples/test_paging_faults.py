"""The pages that break loops: a short page, an empty page that still has a cursor, a
throttled page 3, each on the page you choose."""

from __future__ import annotations

import boto3
import pytest

from pytest_dynafake import DynaFake

from .shop.history import OrderHistory, StillThrottled, orders_of_naively
from .test_paging import ADA_NEWEST_FIRST, HISTORY, cursor, placed

ADA_CLOSED = ["2026-04-10", "2026-02-10", "2026-01-10"]


@pytest.mark.dynafake(tables=HISTORY)
def test_a_short_page_is_followed(dynafake: DynaFake, history: OrderHistory) -> None:
    """The first page ends after one item, as DynamoDB's 1 MB limit ends a page: the loop
    goes on from its LastEvaluatedKey."""
    fault = dynafake.short_page("Query", items=1, page=1)
    assert placed(history.orders_of("ada")) == ADA_NEWEST_FIRST
    assert fault.call_count == 1
    assert [call.start_key for call in dynafake.get_calls("Query")] == [
        None,
        cursor("ada", "2026-05-10"),
        cursor("ada", "2026-03-10"),
        cursor("ada", "2026-01-10"),
    ]


@pytest.mark.dynafake(tables=HISTORY)
@pytest.mark.dynafake_empty_page("Query", page=2)
def test_an_empty_page_with_a_cursor_is_not_the_end(
    dynafake: DynaFake, history: OrderHistory
) -> None:
    """Page 2 reads 2026-03-10 (open, dropped by the filter) first: it comes back with no
    items and a LastEvaluatedKey, as DynamoDB answers when a filter drops every item a page
    read. The repository reads on."""
    assert placed(history.orders_of("ada", status="closed")) == ADA_CLOSED
    assert [call.outcome for call in dynafake.get_calls("Query")] == [
        "ok",
        "empty page",
        "ok",
        "ok",
    ]


@pytest.mark.dynafake(tables=HISTORY)
def test_the_naive_loop_stops_at_the_empty_page(dynafake: DynaFake) -> None:
    dynafake.empty_page("Query", page=2)
    client = boto3.client("dynamodb")
    naive = orders_of_naively(client, "ada", "closed", page_size=2)
    assert placed(naive) == ADA_CLOSED[:1]  # 2026-02-10 and 2026-01-10 never read


@pytest.mark.dynafake(tables=HISTORY)
def test_a_throttled_page_3_is_asked_for_again(
    dynafake: DynaFake, history: OrderHistory, delays: list[float]
) -> None:
    """Page 3 is throttled three times: botocore's two attempts fail, the repository waits
    and asks for the same page again."""
    fault = dynafake.throttle("Query", page=3, times=3)
    assert placed(history.orders_of("ada")) == ADA_NEWEST_FIRST
    assert fault.call_count == 3
    assert delays == [0.1]
    calls = dynafake.get_calls("Query")
    assert [(call.page, call.attempt, call.outcome) for call in calls] == [
        (1, 1, "ok"),
        (2, 1, "ok"),
        (3, 1, "ProvisionedThroughputExceededException (400)"),
        (3, 2, "ProvisionedThroughputExceededException (400)"),
        (3, 1, "ProvisionedThroughputExceededException (400)"),
        (3, 2, "ok"),
    ]
    assert {call.start_key["placed"]["S"] for call in calls[2:]} == {"2026-02-10"}


@pytest.mark.dynafake(tables=HISTORY)
@pytest.mark.dynafake_throttle("Query", page=3, times=None)
def test_a_page_throttled_for_good_surfaces(history: OrderHistory, delays: list[float]) -> None:
    with pytest.raises(StillThrottled):
        history.orders_of("ada")
    assert delays == [0.1, 0.2, 0.4]
