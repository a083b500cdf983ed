"""Query and Scan checks in DynamoDB Local's order, where the range fuzzer found the fake
reporting another problem first (conformance cases of the same names in
tests/conformance/cases_range.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from pytest_dynafake import DynaFake

ErrorOf = Callable[..., tuple[str, str]]
VE = "ValidationException"
INVALID = "One or more parameter values were invalid: "
KIND = {"#k": "kind"}
CLICK = {":k": {"S": "click"}}
MISSING = "[x.y, status, \U0001f511]"


@pytest.fixture
def events(dynafake: DynaFake) -> Any:
    """A table with a KEYS_ONLY GSI on ``kind``."""
    return dynafake.create_table(
        TableName="events",
        KeySchema=[
            {"AttributeName": "pk", "KeyType": "HASH"},
            {"AttributeName": "sk", "KeyType": "RANGE"},
        ],
        AttributeDefinitions=[
            {"AttributeName": "pk", "AttributeType": "S"},
            {"AttributeName": "sk", "AttributeType": "N"},
            {"AttributeName": "kind", "AttributeType": "S"},
        ],
        GlobalSecondaryIndexes=[
            {
                "IndexName": "kind_only",
                "KeySchema": [{"AttributeName": "kind", "KeyType": "HASH"}],
                "Projection": {"ProjectionType": "KEYS_ONLY"},
            }
        ],
        BillingMode="PAY_PER_REQUEST",
    ).put_items([{"pk": "p1", "sk": 1, "kind": "click", "title": "t"}])


def test_unprojected_names_in_dynamodb_locals_order(
    client: Any, events: Any, error_of: ErrorOf
) -> None:
    """status and 🔑 share a bucket of Java's HashSet; DynamoDB Local adds the projection's
    paths last to first, so status comes before 🔑 (q-gsi-unprojected-names-order)."""
    names = {**KIND, "#e": "\U0001f511", "#x": "x.y", "#s": "status"}
    assert error_of(
        client.query, TableName="events", IndexName="kind_only", KeyConditionExpression="#k = :k",
        ProjectionExpression="#e, #x, #s", ExpressionAttributeNames=names,
        ExpressionAttributeValues=CLICK,
    ) == (VE, INVALID + "Global secondary index kind_only does not project " + MISSING)  # fmt: skip


def test_scan_reports_unprojected_attributes_before_a_key_path(
    client: Any, events: Any, error_of: ErrorOf
) -> None:
    """s-gsi-projection-before-key-path."""
    assert error_of(
        client.scan, TableName="events", IndexName="kind_only",
        ProjectionExpression="pk.a, absent2", Select="SPECIFIC_ATTRIBUTES",
    ) == (VE, INVALID + "Global secondary index kind_only does not project [absent2]")  # fmt: skip


@pytest.mark.parametrize(
    ("projection", "expected"),
    [
        ("pk, kind.x[3], absent2", "IndexKey: kind"),
        ("pk.a, kind.x, absent2", "Key: pk"),
    ],
)
def test_scan_reports_a_path_into_an_index_key_before_unprojected_attributes(
    client: Any, events: Any, error_of: ErrorOf, projection: str, expected: str
) -> None:
    """DynamoDB Local 3.3.1 (captured; the long range fuzz run): a path into an index key
    comes before the projection through the index, and then a path into a table key before
    it too (s-gsi-index-key-path-before-projection)."""
    assert error_of(
        client.scan, TableName="events", IndexName="kind_only", ProjectionExpression=projection
    ) == (
        VE,
        "Key attributes must be scalars; list random access '[]' and map lookup '.' are not "
        "allowed: " + expected,
    )


@pytest.mark.parametrize(
    ("table", "index", "expected"),
    [
        ("nope", None, ("ResourceNotFoundException", "Requested resource not found")),
        ("events", "nope", (VE, "The table does not have the specified index: nope")),
    ],
)
def test_unknown_table_or_index_before_names_without_expression(
    client: Any, events: Any, error_of: ErrorOf, table: str, index: str | None, expected: Any
) -> None:
    """s-unknown-table-unused-name, s-unknown-index-unused-name."""
    extra = {} if index is None else {"IndexName": index}
    assert (
        error_of(client.scan, TableName=table, ExpressionAttributeNames={"#x": "x"}, **extra)
        == expected
    )


def _eq(value: dict[str, Any], operator: str = "EQ") -> dict[str, Any]:
    return {"ComparisonOperator": operator, "AttributeValueList": [value]}


@pytest.mark.parametrize(
    ("key_conditions", "expected"),
    [
        ({"pk": _eq({"N": "1"})}, INVALID + "Condition parameter type does not match schema type"),
        (
            {"pk": _eq({"S": "p"}), "sk": _eq({"S": "1"})},
            INVALID + "Condition parameter type does not match schema type",
        ),
        ({"nope": _eq({"S": "p"})}, "Query condition missed key schema element: pk"),
        ({"pk": _eq({"S": "p"}, "GT")}, "Query key condition not supported"),
        (
            {"pk": _eq({"S": "p"})},
            INVALID + "ComparisonOperator IN is not valid for L AttributeValue type",
        ),
    ],
)
def test_legacy_query_key_conditions_before_the_query_filter(
    client: Any, events: Any, error_of: ErrorOf, key_conditions: dict[str, Any], expected: str
) -> None:
    """DynamoDB Local 3.3.1 (captured; the long range fuzz run): KeyConditions are bound to
    the key schema before QueryFilter's operand types are checked (q-legacy-key-type-before-
    filter-in-list)."""
    assert error_of(
        client.query,
        TableName="events",
        KeyConditions=key_conditions,
        QueryFilter={
            "x": {"ComparisonOperator": "IN", "AttributeValueList": [{"N": "1"}, {"L": []}]}
        },
    ) == (VE, expected)


@pytest.mark.parametrize(
    ("filter_expression", "expected"),
    [
        (
            "title BETWEEN :b AND :a",
            "Invalid FilterExpression: The BETWEEN operator requires upper bound to be greater "
            "than or equal to lower bound; lower bound operand: AttributeValue: {S:b}, upper "
            "bound operand: AttributeValue: {S:a}",
        ),
        (
            "title BETWEEN :a AND :b",
            "Invalid KeyConditionExpression: The expression can not be empty;",
        ),
        ("", "Invalid KeyConditionExpression: The expression can not be empty;"),
    ],
)
def test_empty_key_condition_after_the_filters_checks(
    client: Any, events: Any, error_of: ErrorOf, filter_expression: str, expected: str
) -> None:
    """DynamoDB Local 3.3.1 checks the filter before an empty key condition
    (q-empty-key-condition-then-filter); both empty, the key condition is named first
    (dynalite's live test)."""
    assert error_of(
        client.query,
        TableName="events",
        KeyConditionExpression="",
        FilterExpression=filter_expression,
        ExpressionAttributeValues={":a": {"S": "a"}, ":b": {"S": "b"}},
    ) == (VE, expected)
