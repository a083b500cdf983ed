"""Answers recorded against AWS in moto's own ``aws_verified`` tests (getmoto/moto
tests/test_dynamodb, run there with MOTO_TEST_ALLOW_AWS_REQUEST=true), where the fake had
followed DynamoDB Local. The moto test is named beside each case and in docs/errors.md."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from pytest_dynafake import DynaFake

ErrorOf = Callable[..., tuple[str, str]]
VE = "ValidationException"
KEY = {"KeyConditionExpression": "pk = :p", "ExpressionAttributeValues": {":p": {"S": "v"}}}


@pytest.fixture
def events(dynafake: DynaFake) -> Any:
    return dynafake.table("events", "pk", items=[{"pk": "v", "n": 1}])


# moto test_dynamodb_select.py::test_all_projected_attributes_rejected_for_table (aws_verified):
# a Query wraps the sentence, a Scan does not.
def test_query_all_projected_attributes_without_index_is_wrapped(
    client: Any, events: Any, error_of: ErrorOf
) -> None:
    assert error_of(client.query, TableName="events", Select="ALL_PROJECTED_ATTRIBUTES", **KEY) == (
        VE,
        "1 validation error detected: "
        "ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName",
    )


def test_scan_all_projected_attributes_without_index_stays_bare(
    client: Any, events: Any, error_of: ErrorOf
) -> None:
    assert error_of(client.scan, TableName="events", Select="ALL_PROJECTED_ATTRIBUTES") == (
        VE,
        "ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName",
    )


# moto test_dynamodb_select.py::test_projection_expression_rejected_for_non_specific_select
# (aws_verified): Query "1 validation error detected: " + the sentence, Scan bare.
@pytest.mark.parametrize(
    ("select", "what"),
    [("ALL_ATTRIBUTES", "ALL_ATTRIBUTES"), ("COUNT", "only the Count")],
)
def test_query_projection_with_non_specific_select_is_wrapped(
    client: Any, events: Any, error_of: ErrorOf, select: str, what: str
) -> None:
    assert error_of(
        client.query, TableName="events", Select=select, ProjectionExpression="pk", **KEY
    ) == (
        VE,
        f"1 validation error detected: Cannot specify the ProjectionExpression when choosing "
        f"to get {what}",
    )


def test_scan_projection_with_non_specific_select_stays_bare(
    client: Any, events: Any, error_of: ErrorOf
) -> None:
    assert error_of(client.scan, TableName="events", Select="COUNT", ProjectionExpression="pk") == (
        VE,
        "Cannot specify the ProjectionExpression when choosing to get only the Count",
    )


# moto test_dynamodb_select.py::test_attributes_to_get_rejected_for_non_specific_select
# (aws_verified).
def test_query_attributes_to_get_with_all_attributes_is_wrapped(
    client: Any, events: Any, error_of: ErrorOf
) -> None:
    assert error_of(
        client.query,
        TableName="events",
        Select="ALL_ATTRIBUTES",
        AttributesToGet=["pk"],
        KeyConditions={"pk": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "v"}]}},
    ) == (
        VE,
        "1 validation error detected: "
        "Cannot specify the AttributesToGet when choosing to get ALL_ATTRIBUTES",
    )
