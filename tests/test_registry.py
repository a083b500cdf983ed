"""The operation registry: one entry makes an operation served, logged, targetable by faults
and reported, with nothing else to edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from botocore.exceptions import ClientError

from pytest_dynafake import DynaFake, DynaFakeError
from pytest_dynafake._ops import REGISTRY, Operation, RequestContext, Target
from pytest_dynafake._ops._common import resolve
from pytest_dynafake._report import report_lines
from pytest_dynafake._shape import STR

# A throwaway operation: DescribeContributorInsights is in botocore's model, and the fake does not
# serve it, so a registry entry is all that makes it served.
INSIGHTS = '{"TableName":"users","ContributorInsightsStatus":"DISABLED"}'


class _Insights:
    def __init__(self, target: Target) -> None:
        self.targets = (target,)

    def run(self, directive: object = None) -> str:
        return INSIGHTS


def _describe_insights(body: Mapping[str, Any], context: RequestContext) -> _Insights:
    name = body["TableName"]
    return _Insights(Target(name, resolve(context, name), None))


ENTRY = Operation(
    "DescribeContributorInsights",
    _describe_insights,
    {"TableName": STR, "IndexName": STR},
    faults=("throttle",),
    reported=True,
)


@pytest.fixture
def registered(monkeypatch: pytest.MonkeyPatch) -> Operation:
    monkeypatch.setitem(REGISTRY, ENTRY.name, ENTRY)
    return ENTRY


def test_a_registered_operation_is_served_and_logged(
    registered: Operation, dynafake: DynaFake, client: Any, users: Any
) -> None:
    response = client.describe_contributor_insights(TableName="users")
    assert response["ContributorInsightsStatus"] == "DISABLED"
    call = dynafake.get_call("DescribeContributorInsights")
    assert (call.tables, call.keys, call.outcome) == (("users",), [], "ok")
    assert dynafake.get_calls(table="users") == [call]


def test_a_registered_operation_has_its_shape_checked(
    registered: Operation, raw_client: Any, users: Any
) -> None:
    with pytest.raises(ClientError) as raised:
        raw_client.describe_contributor_insights(TableName="users", IndexName=7)
    assert raised.value.response["Error"] == {
        "Code": "SerializationException",
        "Message": "class com.amazon.coral.value.json.numbers.TruncatingBigNumber can not be "
        "converted to an String",
    }


def test_a_registered_operation_takes_the_faults_it_lists(
    registered: Operation, dynafake: DynaFake, client: Any, users: Any
) -> None:
    fault = dynafake.throttle("DescribeContributorInsights", table="users")
    with pytest.raises(ClientError) as raised:
        client.describe_contributor_insights(TableName="users")
    assert raised.value.response["Error"]["Code"] == "ProvisionedThroughputExceededException"
    assert fault.answers == ["ProvisionedThroughputExceededException (400)"]
    with pytest.raises(DynaFakeError) as refused:
        dynafake.fail("DescribeContributorInsights")
    assert str(refused.value) == (
        "fail(): operation='DescribeContributorInsights' is not one fail applies to: only "
        "BatchGetItem, TransactGetItems, GetItem, DescribeTable, ListTables, "
        "DescribeEndpoints, Query, Scan, PutItem, UpdateItem, DeleteItem, BatchWriteItem and "
        "TransactWriteItems accept it"
    )


# The fault report's rows of the served operations when no test called any (the registered
# entry's row follows them).
SERVED_NEVER_CALLED = [
    "BatchGetItem                 throttle ✗  unprocessed ✗  fail ✗  (never called)",
    "TransactGetItems             throttle ✗  conflict ✗  fail ✗  (never called)",
    "GetItem                      throttle ✗  fail ✗  (never called)",
    "Query                        throttle ✗  short_page ✗  empty_page ✗  fail ✗  (never called)",
    "Scan                         throttle ✗  short_page ✗  empty_page ✗  fail ✗  (never called)",
    "PutItem                      throttle ✗  fail ✗  condition_fails ✗  (never called)",
    "UpdateItem                   throttle ✗  fail ✗  condition_fails ✗  (never called)",
    "DeleteItem                   throttle ✗  fail ✗  condition_fails ✗  (never called)",
    "BatchWriteItem               throttle ✗  unprocessed ✗  fail ✗  (never called)",
    "TransactWriteItems           throttle ✗  conflict ✗  fail ✗  condition_fails ✗"
    "  (never called)",
]


def test_a_registered_operation_is_in_the_fault_report(registered: Operation) -> None:
    assert report_lines({("DescribeContributorInsights", "throttle")}) == [
        *SERVED_NEVER_CALLED,
        "DescribeContributorInsights  throttle ✓",
        "1 of 33 failure paths exercised",
    ]


def test_the_report_and_markers_follow_the_registry(pytester: pytest.Pytester) -> None:
    """An entry registered by a conftest (as a new operation module does at import) shows in
    the fault report and in the help of the markers of the kinds it accepts."""
    pytester.makeconftest(
        """
from pytest_dynafake._ops import REGISTRY, Operation
from pytest_dynafake._shape import STR

def _never(body, context):
    raise AssertionError("not called")

REGISTRY["DescribeContributorInsights"] = Operation(
    "DescribeContributorInsights", _never, {"TableName": STR}, faults=("conflict",), reported=True
)
"""
    )
    pytester.makepyfile("def test_nothing():\n    pass\n")
    result = pytester.runpytest_subprocess("-p", "no:randomly", "--dynafake-report")
    result.stdout.fnmatch_lines(
        [
            "*= dynafake fault report =*",
            *SERVED_NEVER_CALLED,
            "DescribeContributorInsights  conflict ✗  (never called)",
            "0 of 33 failure paths exercised",
        ],
        consecutive=True,
    )
    markers = pytester.runpytest_subprocess("--markers")
    markers.stdout.fnmatch_lines(
        [
            "@pytest.mark.dynafake_conflict(*): cancel matching TransactGetItems, "
            "TransactWriteItems and DescribeContributorInsights with CancellationReasons "
            "(dynafake.conflict). See "
            "docs/faults.md"
        ]
    )
