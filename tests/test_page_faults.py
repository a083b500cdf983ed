"""Faults on range reads: a throttled, short, empty or failing page of a Query or Scan, through
real boto3 clients, their paging loops and paginators."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import boto3
import pytest
from boto3.dynamodb.conditions import Attr, Key
from botocore.config import Config
from botocore.exceptions import ClientError

from pytest_dynafake import DynaFake, DynaFakeError
from pytest_dynafake._report import failure_section

C1 = {":c": {"S": "c1"}}
QUERY = {"TableName": "orders", "KeyConditionExpression": "customer = :c"}
# Every order but the third (total 30).
BUT_30: dict[str, Any] = {
    **QUERY,
    "FilterExpression": "#t <> :t",
    "ExpressionAttributeNames": {"#t": "total"},
    "ExpressionAttributeValues": {**C1, ":t": {"N": "30"}},
}


def key(n: int) -> dict[str, Any]:
    return {"customer": {"S": "c1"}, "order_id": {"N": str(n)}}


def item(n: int) -> dict[str, Any]:
    return {**key(n), "total": {"N": str(n * 10)}}


@pytest.fixture
def orders(dynafake: DynaFake) -> Any:
    """Customer c1's orders 1..5, each with a total of ten times its number."""
    items = [{"customer": "c1", "order_id": n, "total": Decimal(n * 10)} for n in range(1, 6)]
    return dynafake.table("orders", ("customer", "S"), ("order_id", "N"), items=items)


def body(response: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in response.items() if k != "ResponseMetadata"}


def pages(client: Any, operation: str = "query", **request: Any) -> list[dict[str, Any]]:
    """A paginator's pages, without their metadata."""
    paginator = client.get_paginator(operation)
    return [body(page) for page in paginator.paginate(**request)]


def follow(client: Any, **request: Any) -> list[dict[str, Any]]:
    """Every item of a Query, following LastEvaluatedKey by hand."""
    found: list[dict[str, Any]] = []
    while True:
        response = client.query(**request)
        found += response["Items"]
        if "LastEvaluatedKey" not in response:
            return found
        request["ExclusiveStartKey"] = response["LastEvaluatedKey"]


# -- short pages ---------------------------------------------------------------------------


def test_a_short_page_ends_with_a_cursor_and_the_loop_gets_every_item(
    dynafake: DynaFake, client: Any, orders: Any
) -> None:
    fault = dynafake.short_page("Query", items=2)
    first = client.query(**QUERY, ExpressionAttributeValues=C1)
    assert body(first) == {
        "Items": [item(1), item(2)],
        "Count": 2,
        "ScannedCount": 2,
        "LastEvaluatedKey": key(2),
    }
    rest = follow(client, **QUERY, ExpressionAttributeValues=C1, ExclusiveStartKey=key(2))
    assert rest == [item(3), item(4), item(5)]
    assert fault.answers == ["short page (2 items)"]


def test_a_short_page_2_under_the_paginator(dynafake: DynaFake, client: Any, orders: Any) -> None:
    dynafake.short_page("Query", page=2, items=1)
    got = pages(client, **QUERY, ExpressionAttributeValues=C1, PaginationConfig={"PageSize": 2})
    assert [[i["order_id"]["N"] for i in page["Items"]] for page in got] == [
        ["1", "2"],
        ["3"],
        ["4", "5"],
        [],
    ]
    assert [page.get("LastEvaluatedKey") for page in got] == [key(2), key(3), key(5), None]


def test_a_short_scan_page_keeps_every_item(dynafake: DynaFake, client: Any, orders: Any) -> None:
    """Scan order is not key order: the items are compared as a set."""
    dynafake.short_page("Scan", items=1, times=None)
    got = pages(client, "scan", TableName="orders")
    assert [page["Count"] for page in got] == [1, 1, 1, 1, 1, 0]
    numbers = [i["order_id"]["N"] for page in got for i in page["Items"]]
    assert sorted(numbers) == ["1", "2", "3", "4", "5"]


# -- empty pages ---------------------------------------------------------------------------


def test_an_empty_page_2_ends_on_the_items_its_filter_drops_and_nothing_is_lost(
    dynafake: DynaFake, client: Any, orders: Any
) -> None:
    """Order 3 (total 30) is filtered out: page 2 reads it, holds order 4 back and points
    at order 3, as the service's empty page does."""
    fault = dynafake.empty_page("Query", page=2)
    got = pages(client, **BUT_30, PaginationConfig={"PageSize": 2})
    assert got[1] == {"Items": [], "Count": 0, "ScannedCount": 1, "LastEvaluatedKey": key(3)}
    assert [[i["order_id"]["N"] for i in page["Items"]] for page in got] == [
        ["1", "2"],
        [],
        ["4", "5"],
        [],
    ]
    assert fault.answers == ["empty page"]


def test_an_empty_first_page_holds_the_items_its_filter_drops(
    dynafake: DynaFake, client: Any, orders: Any
) -> None:
    """The cursor is the last item the filter dropped before the first one it keeps: the
    service's own empty page (a 1 MB cut right there)."""
    dynafake.empty_page("Query", page=1)
    request = {
        **QUERY,
        "FilterExpression": "#t > :t",
        "ExpressionAttributeNames": {"#t": "total"},
        "ExpressionAttributeValues": {**C1, ":t": {"N": "25"}},
    }
    first = client.query(**request)
    assert body(first) == {"Items": [], "Count": 0, "ScannedCount": 2, "LastEvaluatedKey": key(2)}
    assert follow(client, **request, ExclusiveStartKey=key(2)) == [item(3), item(4), item(5)]


def test_an_empty_page_without_page_waits_for_one_it_can_empty(
    dynafake: DynaFake, client: Any, orders: Any
) -> None:
    """Page 1 starts with an item its filter keeps: only page 2 starts with one it drops."""
    fault = dynafake.empty_page("Query")
    got = pages(client, **BUT_30, PaginationConfig={"PageSize": 2})
    assert [page["Count"] for page in got] == [2, 0, 2, 0]
    assert [call.page for call in dynafake.get_calls("Query")] == [1, 2, 3, 4]
    assert fault.answers == ["empty page"]


def test_an_empty_first_page_that_would_lose_an_item_is_refused(
    dynafake: DynaFake, client: Any, orders: Any
) -> None:
    dynafake.empty_page("Query", page=1, table="orders", is_optional=True)
    with pytest.raises(DynaFakeError) as raised:
        client.query(**QUERY, ExpressionAttributeValues=C1)
    assert str(raised.value) == (
        "empty_page(): page 1 of this Query cannot be empty with a LastEvaluatedKey: its first "
        "item matches its filter (or it has none), and DynamoDB answers an empty page with a "
        "cursor only when its filter dropped every item it read. Give the request a "
        "FilterExpression that drops the items at the start of the page, or leave page= out "
        "(the first page that can be emptied is), or use short_page(); fault: empty_page Query "
        "on table 'orders' page 1 (times=1, fired 0 times)"
    )


def test_a_script_pages_a_pagination(dynafake: DynaFake, client: Any, orders: Any) -> None:
    """One outcome per call: page 2 empty (its filter drops order 3), page 3 throttled,
    and its retry short."""
    dynafake.script("Query", ["ok", "empty_page", "throttle", "short_page"])
    retrying = boto3.client("dynamodb", config=Config(retries={"mode": "legacy"}))
    got = pages(retrying, **BUT_30, PaginationConfig={"PageSize": 2})
    assert [[i["order_id"]["N"] for i in page["Items"]] for page in got] == [
        ["1", "2"],
        [],
        ["4"],
        ["5"],
    ]
    assert [(c.page, c.outcome) for c in dynafake.get_calls("Query")] == [
        (1, "ok"),
        (2, "empty page"),
        (3, "ProvisionedThroughputExceededException (400)"),
        (3, "short page (1 items)"),
        (4, "ok"),
    ]


def test_a_script_empty_page_that_would_lose_an_item_is_refused(
    dynafake: DynaFake, client: Any, orders: Any
) -> None:
    dynafake.script("Query", ["empty_page"], is_optional=True)
    with pytest.raises(DynaFakeError) as raised:
        client.query(**QUERY, ExpressionAttributeValues=C1)
    assert str(raised.value) == (
        "script(): page 1 of this Query cannot be empty with a LastEvaluatedKey: its first item "
        "matches its filter (or it has none), and DynamoDB answers an empty page with a cursor "
        "only when its filter dropped every item it read. Give the request a FilterExpression "
        "that drops the items at the start of the page, or use 'short_page' in the outcomes; "
        "fault: script Query (outcomes=['empty_page'], fired 0 times)"
    )


def test_a_resource_query_loop_survives_an_empty_page(dynafake: DynaFake, orders: Any) -> None:
    """The loop users write with boto3's resource layer, ``Key(...)`` conditions included."""
    dynafake.empty_page("Query", page=2)
    table = boto3.resource("dynamodb").Table("orders")
    request: dict[str, Any] = {
        "KeyConditionExpression": Key("customer").eq("c1"),
        "FilterExpression": Attr("total").ne(30),
        "Limit": 2,
    }
    totals = []
    while True:
        response = table.query(**request)
        totals += [entry["total"] for entry in response["Items"]]
        if "LastEvaluatedKey" not in response:
            break
        request["ExclusiveStartKey"] = response["LastEvaluatedKey"]
    assert totals == [10, 20, 40, 50]


# -- throttled and failing pages -----------------------------------------------------------


def test_a_throttled_page_3_is_retried_by_botocore(dynafake: DynaFake, orders: Any) -> None:
    fault = dynafake.throttle("Query", page=3)
    client = boto3.client("dynamodb", config=Config(retries={"mode": "legacy"}))
    got = pages(client, **QUERY, ExpressionAttributeValues=C1, PaginationConfig={"PageSize": 2})
    assert [page["Count"] for page in got] == [2, 2, 1]
    calls = dynafake.get_calls("Query")
    assert [(c.page, c.attempt, c.outcome) for c in calls] == [
        (1, 1, "ok"),
        (2, 1, "ok"),
        (3, 1, "ProvisionedThroughputExceededException (400)"),
        (3, 2, "ok"),
    ]
    assert [c.start_key for c in calls] == [None, key(2), key(4), key(4)]
    assert fault.call_count == 1
    assert dynafake.sleeps == [0.05]


def test_a_page_throttled_on_every_attempt_names_the_table(
    dynafake: DynaFake, client: Any, orders: Any
) -> None:
    dynafake.throttle("Query", page=2, times=None, error="ThrottlingException")
    with pytest.raises(ClientError) as raised:
        pages(client, **QUERY, ExpressionAttributeValues=C1, PaginationConfig={"PageSize": 2})
    assert raised.value.response["Error"]["Code"] == "ThrottlingException"
    assert raised.value.response["throttlingReasons"] == [
        {
            "reason": "TableReadKeyRangeThroughputExceeded",
            "resource": "arn:aws:dynamodb:us-east-1:123456789012:table/orders",
        }
    ]


def test_attempt_and_after_pick_the_page_attempts(dynafake: DynaFake, orders: Any) -> None:
    """``after=1``: the second pagination's page 2; ``attempt=1``: only its first try."""
    dynafake.throttle("Query", page=2, attempt=1, after=1)
    client = boto3.client("dynamodb", config=Config(retries={"mode": "standard"}))
    for _ in range(2):
        pages(client, **QUERY, ExpressionAttributeValues=C1, PaginationConfig={"PageSize": 2})
    outcomes = [(c.page, c.attempt, c.outcome) for c in dynafake.get_calls("Query")]
    assert outcomes[3:] == [
        (1, 1, "ok"),
        (2, 1, "ProvisionedThroughputExceededException (400)"),
        (2, 2, "ok"),
        (3, 1, "ok"),
    ]


@pytest.mark.parametrize(
    ("error", "status"), [("InternalServerError", 500), ("ServiceUnavailable", 503)]
)
def test_a_server_error_mid_scan(
    dynafake: DynaFake, client: Any, orders: Any, error: str, status: int
) -> None:
    dynafake.fail("Scan", page=2, error=error)
    with pytest.raises(ClientError) as raised:
        pages(client, "scan", TableName="orders", PaginationConfig={"PageSize": 2})
    assert raised.value.response["Error"]["Code"] == error
    assert raised.value.response["ResponseMetadata"]["HTTPStatusCode"] == status
    assert [(c.page, c.outcome) for c in dynafake.get_calls("Scan")] == [
        (1, "ok"),
        (2, f"{error} ({status})"),
    ]


def test_a_cursor_the_fake_never_answered_has_no_page(
    dynafake: DynaFake, client: Any, orders: Any
) -> None:
    dynafake.throttle("Query", page=2, is_optional=True)
    client.query(**QUERY, ExpressionAttributeValues=C1, ExclusiveStartKey=key(3))
    assert dynafake.get_call("Query").page is None


# -- the call log and the failing test's report --------------------------------------------


def test_a_failing_test_shows_each_pages_start_key(
    dynafake: DynaFake, client: Any, orders: Any
) -> None:
    dynafake.short_page("Query", page=2, items=1)
    pages(client, **QUERY, ExpressionAttributeValues=C1, PaginationConfig={"PageSize": 2})
    section = failure_section(dynafake.calls, dynafake.tables)
    assert section.splitlines() == [
        "tables declared: orders",
        "calls (4, oldest first):",
        "  Query orders page 1: ok",
        '  Query orders page 2 from {"customer":{"S":"c1"},"order_id":{"N":"2"}}: short page '
        "(1 items) (fault: short_page)",
        '  Query orders page 3 from {"customer":{"S":"c1"},"order_id":{"N":"3"}}: ok',
        '  Query orders page 4 from {"customer":{"S":"c1"},"order_id":{"N":"5"}}: ok',
    ]


# -- indexes -------------------------------------------------------------------------------


@pytest.fixture
def shop(dynafake: DynaFake) -> Any:
    """Orders with a global index by status and a local index by total."""
    items = [
        {"customer": "c1", "order_id": n, "status": "open", "total": Decimal(n)} for n in (1, 2)
    ]
    return dynafake.table(
        "shop",
        ("customer", "S"),
        ("order_id", "N"),
        items=items,
        indexes={
            "by_status": "status",
            "by_total": {"sort_key": ("total", "N"), "local": True},
        },
    )


def test_a_throttled_global_index_answers_with_the_index_reasons(
    dynafake: DynaFake, client: Any, shop: Any
) -> None:
    fault = dynafake.throttle("Query", index="by_status")
    client.query(
        TableName="shop",
        KeyConditionExpression="customer = :c",
        ExpressionAttributeValues=C1,
    )
    with pytest.raises(ClientError) as raised:
        client.query(
            TableName="shop",
            IndexName="by_status",
            KeyConditionExpression="#s = :s",
            ExpressionAttributeNames={"#s": "status"},
            ExpressionAttributeValues={":s": {"S": "open"}},
        )
    response = raised.value.response
    assert response["Error"] == {
        "Code": "ProvisionedThroughputExceededException",
        "Message": "The level of configured provisioned throughput for one or more global "
        "secondary indexes of the table was exceeded. Consider increasing your provisioning "
        "level for the under-provisioned global secondary indexes with the UpdateTable API",
    }
    assert response["ThrottlingReasons"] == [
        {
            "reason": "IndexReadProvisionedThroughputExceeded",
            "resource": "arn:aws:dynamodb:us-east-1:123456789012:table/shop/index/by_status",
        }
    ]
    assert fault.describe() == "throttle Query on index 'by_status' (times=1, fired 1 times)"


@pytest.mark.parametrize(
    ("error", "field", "reason"),
    [
        ("ThrottlingException", "throttlingReasons", "IndexReadKeyRangeThroughputExceeded"),
        ("RequestLimitExceeded", "ThrottlingReasons", "IndexReadAccountLimitExceeded"),
    ],
)
def test_a_scan_of_a_global_index_throttled_on_demand(
    dynafake: DynaFake, client: Any, shop: Any, error: str, field: str, reason: str
) -> None:
    dynafake.throttle("Scan", table="shop", error=error)
    with pytest.raises(ClientError) as raised:
        client.scan(TableName="shop", IndexName="by_status")
    assert raised.value.response[field] == [
        {
            "reason": reason,
            "resource": "arn:aws:dynamodb:us-east-1:123456789012:table/shop/index/by_status",
        }
    ]


def test_a_local_index_throttles_its_table(dynafake: DynaFake, client: Any, shop: Any) -> None:
    """A local secondary index reads its table's throughput."""
    dynafake.throttle("Query", index="by_total")
    with pytest.raises(ClientError) as raised:
        client.query(
            TableName="shop",
            IndexName="by_total",
            KeyConditionExpression="customer = :c",
            ExpressionAttributeValues=C1,
        )
    assert raised.value.response["Error"]["Message"] == (
        "The level of configured provisioned throughput for the table was exceeded. Consider "
        "increasing your provisioning level with the UpdateTable API."
    )
    assert raised.value.response["ThrottlingReasons"] == [
        {
            "reason": "TableReadProvisionedThroughputExceeded",
            "resource": "arn:aws:dynamodb:us-east-1:123456789012:table/shop",
        }
    ]


def test_an_index_page_is_numbered_by_its_own_cursors(
    dynafake: DynaFake, client: Any, shop: Any
) -> None:
    dynafake.short_page("Scan", index="by_status", page=1)
    got = pages(client, "scan", TableName="shop", IndexName="by_status")
    assert [page["Count"] for page in got] == [1, 1]
    assert [c.page for c in dynafake.get_calls("Scan")] == [1, 2]


# -- PynamoDB ------------------------------------------------------------------------------


def test_pynamodb_pages_through_short_empty_and_throttled_pages(
    dynafake: DynaFake, orders: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PynamoDB's result iterator follows the cursor of a short page and of an empty one,
    and retries a throttled page itself."""
    from pynamodb.attributes import NumberAttribute, UnicodeAttribute
    from pynamodb.models import Model

    class Order(Model):
        class Meta:
            table_name = "orders"

        customer = UnicodeAttribute(hash_key=True)
        order_id = NumberAttribute(range_key=True)
        total = NumberAttribute()

    dynafake.script("Query", ["ok", "empty_page", "throttle", "short_page"])
    results = Order.query("c1", filter_condition=Order.total != 30, page_size=2)
    assert [order.order_id for order in results] == [1, 2, 4, 5]
    assert [(c.page, c.outcome) for c in dynafake.get_calls("Query")] == [
        (1, "ok"),
        (2, "empty page"),
        (3, "ProvisionedThroughputExceededException (400)"),
        (3, "short page (1 items)"),
        (4, "ok"),
    ]


def test_an_index_the_table_does_not_have_is_refused(dynafake: DynaFake, shop: Any) -> None:
    with pytest.raises(DynaFakeError) as raised:
        dynafake.throttle("Query", table="shop", index="by_day")
    assert str(raised.value) == (
        "throttle(): index='by_day' is not an index of table 'shop' (its indexes: "
        "'by_status', 'by_total'); give one of them, or declare the index with the table "
        "(indexes=, or create_table's GlobalSecondaryIndexes)"
    )
