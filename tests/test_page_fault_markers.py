"""Page faults as declared: their arguments (checked at once, by the method and by the marker),
their markers, and the fault report."""

from __future__ import annotations

from typing import Any

import pytest

from pytest_dynafake import DynaFake, DynaFakeError


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "message"),
    [
        (
            "short_page",
            ("GetItem",),
            {},
            "short_page(): operation='GetItem' is not one short_page applies to: only Query and "
            "Scan return pages with a LastEvaluatedKey",
        ),
        (
            "empty_page",
            ("BatchGetItem",),
            {},
            "empty_page(): operation='BatchGetItem' is not one empty_page applies to: only Query "
            "and Scan return pages with a LastEvaluatedKey",
        ),
        (
            "short_page",
            ("Query",),
            {"items": 0},
            "short_page(): items=0 is not a number of items; give an int of at least 1",
        ),
        (
            "short_page",
            ("Scan",),
            {"page": 0},
            "short_page(): page=0 is not a page number; give an int of at least 1 (the request "
            "without ExclusiveStartKey is page 1), or None (every page)",
        ),
        (
            "throttle",
            ("Query",),
            {"page": "2"},
            "throttle(): page='2' is not a page number; give an int of at least 1 (the request "
            "without ExclusiveStartKey is page 1), or None (every page)",
        ),
        (
            "fail",
            ("GetItem",),
            {"page": 2},
            "fail(): page=2 does not apply to GetItem: only Query and Scan return pages",
        ),
        (
            "throttle",
            ("BatchGetItem",),
            {"index": "by_status"},
            "throttle(): index='by_status' does not apply to BatchGetItem: only Query and Scan "
            "read an index",
        ),
        (
            "empty_page",
            ("Query",),
            {"index": ""},
            "empty_page(): index='' is not an index name; give an IndexName, or None (the table "
            "and its indexes)",
        ),
        (
            "throttle",
            ("Query",),
            {"key": {"customer": "c1"}},
            "throttle(): key= does not apply to Query, which reads a range of items, not keys; "
            "target the table (table=), the index (index=) or the page (page=)",
        ),
        (
            "script",
            ("Scan", ["throttle"]),
            {"keys": [{"customer": "c1"}]},
            "script(): keys= does not apply to Scan, which reads a range of items, not keys; "
            "target the table (table=), the index (index=) or the page (page=)",
        ),
    ],
)
def test_bad_page_fault_arguments_name_the_fix(
    method: str, args: tuple[Any, ...], kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(DynaFakeError) as raised:
        getattr(DynaFake(), method)(*args, **kwargs)
    assert str(raised.value) == message


def test_a_page_fault_describes_its_target_and_schedule() -> None:
    fault = DynaFake().short_page("Query", items=3, table="orders", index="by_day", page=2)
    assert fault.describe() == (
        "short_page Query on table 'orders' on index 'by_day' page 2 (times=1, items=3, fired 0 "
        "times)"
    )
    assert (fault.kind, fault.index, fault.page, fault.keys) == ("short_page", "by_day", 2, [])


HEADER = """
import boto3
import pytest
from botocore.config import Config

TABLES = {
    "orders": {
        "partition_key": "customer",
        "sort_key": ("order_id", "N"),
        "items": [{"customer": "c1", "order_id": n} for n in range(1, 5)],
    }
}
QUERY = {
    "TableName": "orders",
    "KeyConditionExpression": "customer = :c",
    "ExpressionAttributeValues": {":c": {"S": "c1"}},
}

def client():
    return boto3.client("dynamodb", config=Config(retries={"mode": "legacy"}))

def pages(**config):
    paginator = client().get_paginator("query")
    return [page["Count"] for page in paginator.paginate(**QUERY, PaginationConfig=config)]
"""


def test_page_fault_markers_and_the_fault_report(pytester: pytest.Pytester) -> None:
    """Markers take the methods' arguments; the report counts the page paths exercised."""
    pytester.makepyfile(
        HEADER
        + """
@pytest.mark.dynafake(tables=TABLES)
@pytest.mark.dynafake_short_page("Query", page=1, items=1)
def test_short():
    assert pages() == [1, 3]

@pytest.mark.dynafake(tables=TABLES)
@pytest.mark.dynafake_throttle("Query", page=2)
def test_throttled_page_2(dynafake):
    assert pages(PageSize=2) == [2, 2, 0]
    assert [c.page for c in dynafake.get_calls("Query")] == [1, 2, 2, 3]

@pytest.mark.dynafake(tables=TABLES)
@pytest.mark.dynafake_empty_page("Query", is_optional=True)
def test_empty_never_possible_without_a_filter(dynafake):
    assert pages(PageSize=2) == [2, 2, 0]
"""
    )
    result = pytester.runpytest("-p", "no:randomly", "--dynafake-report")
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines(
        [
            "*= dynafake fault report =*",
            "BatchGetItem        throttle ✗  unprocessed ✗  fail ✗  (never called)",
            "TransactGetItems    throttle ✗  conflict ✗  fail ✗  (never called)",
            "GetItem             throttle ✗  fail ✗  (never called)",
            "Query               throttle ✓  short_page ✓  empty_page ✗  fail ✗",
            "Scan                throttle ✗  short_page ✗  empty_page ✗  fail ✗  (never called)",
            "PutItem             throttle ✗  fail ✗  condition_fails ✗  (never called)",
            "UpdateItem          throttle ✗  fail ✗  condition_fails ✗  (never called)",
            "DeleteItem          throttle ✗  fail ✗  condition_fails ✗  (never called)",
            "BatchWriteItem      throttle ✗  unprocessed ✗  fail ✗  (never called)",
            "TransactWriteItems  throttle ✗  conflict ✗  fail ✗  condition_fails ✗  (never called)",
            "2 of 32 failure paths exercised",
        ],
        consecutive=True,
    )


def test_a_bad_page_fault_marker_stops_the_run(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        HEADER
        + """
@pytest.mark.dynafake_empty_page("GetItem")
def test_nothing():
    pass
"""
    )
    result = pytester.runpytest("-p", "no:randomly")
    result.stderr.fnmatch_lines(
        [
            "ERROR: test_a_bad_page_fault_marker_stops_the_run.py::test_nothing: "
            "@pytest.mark.dynafake_empty_page: operation='GetItem' is not one empty_page "
            "applies to: only Query and Scan return pages with a LastEvaluatedKey"
        ]
    )


def test_the_page_fault_markers_show_their_signatures(pytester: pytest.Pytester) -> None:
    schedule = (
        "attempt=None, times=1, after=0, probability=None, seed=None, during=None, "
        "is_optional=False)"
    )
    result = pytester.runpytest("--markers")
    result.stdout.fnmatch_lines(
        [
            "@pytest.mark.dynafake_short_page(operation, *, items=1, table=None, index=None, "
            f"page=None, {schedule}: end matching Query and Scan pages early with a "
            "LastEvaluatedKey (dynafake.short_page). See docs/faults.md",
            "",
            "@pytest.mark.dynafake_empty_page(operation, *, table=None, index=None, page=None, "
            f"{schedule}: answer matching Query and Scan pages with no items and a "
            "LastEvaluatedKey (dynafake.empty_page). See docs/faults.md",
        ],
        consecutive=True,
    )
