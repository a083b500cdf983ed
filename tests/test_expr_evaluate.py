"""Filter semantics: what a FilterExpression, QueryFilter or ScanFilter keeps, and the sort
ranges a key condition gives. Expected outcomes are DynamoDB Local's (the capture test in
tests/conformance/test_expr_capture.py re-checks the same filters against it)."""

from __future__ import annotations

from typing import Any

import pytest

from pytest_dynafake._expr import SortCondition, bind, parse_request
from pytest_dynafake._wire import canonical_wire
from tests.conformance.test_expr_capture import FILTERS, ITEM, LEGACY_FILTERS

WIRE = {name: canonical_wire(value) for name, value in ITEM.items()}
# DynamoDB Local 3.3.1's answer for each of FILTERS, in order (True: the item is kept).
KEPT = [
    True, False, True, True, False, True, True, True, False, True,
    True, True, True, True, True, True, True, True, True, False,
    False, True, True, True, True, True, True, True, True, False,
    True, True, False, True, True, True, True, True, True, False,
]  # fmt: skip
LEGACY_KEPT = [
    True,
    False,
    True,
    True,
    True,
    True,
    True,
    True,
    True,
    True,
    False,
    True,
    True,
    True,
    True,
]


def kept(body: dict[str, Any]) -> bool:
    expressions = parse_request(
        {"TableName": "t", **body},
        key_condition=False,
        filter=True,
        projection=True,
        filter_member="ScanFilter",
    )
    assert expressions.filter is not None
    return expressions.filter.matches(WIRE)


def test_filter_expressions_keep_what_dynamodb_keeps() -> None:
    outcomes = [
        kept({"FilterExpression": e, **({"ExpressionAttributeValues": v} if v else {})})
        for e, v in FILTERS
    ]
    assert list(zip(FILTERS, outcomes, strict=True)) == list(zip(FILTERS, KEPT, strict=True))


def test_legacy_filters_keep_what_dynamodb_keeps() -> None:
    outcomes = [kept(body) for body in LEGACY_FILTERS]
    assert list(zip(LEGACY_FILTERS, outcomes, strict=True)) == list(
        zip(LEGACY_FILTERS, LEGACY_KEPT, strict=True)
    )


@pytest.mark.parametrize(
    ("sort", "values", "expected"),
    [
        (SortCondition(({"S": "a"},)), [{"S": "a"}], True),
        (SortCondition(({"S": "a"},)), [{"S": "b"}], False),
        (SortCondition((), "BEGINS_WITH", ({"B": "/w=="},)), [{"B": "/wA="}], True),
        (SortCondition((), "BEGINS_WITH", ({"B": "AA=="},)), [{"B": "/wA="}], False),
        (SortCondition((), "BEGINS_WITH", ({"S": "é"},)), [{"S": "éa"}], True),
        (SortCondition((), "BETWEEN", ({"N": "-1"}, {"N": "1E1"})), [{"N": "10"}], True),
        (SortCondition((), "BETWEEN", ({"N": "-1"}, {"N": "1E1"})), [{"N": "10.5"}], False),
        (SortCondition((), "GT", ({"S": "\uffff"},)), [{"S": "\U0001f600"}], True),
        (SortCondition((), "LT", ({"B": "fw=="},)), [{"B": "gA=="}], False),
        (SortCondition((), "GE", ({"N": "2"},)), [{"N": "2.0"}], True),
        (SortCondition((), "LE", ({"N": "2"},)), [None], False),
    ],
)
def test_sort_condition_orders_as_dynamodb(
    sort: SortCondition, values: list[Any], expected: bool
) -> None:
    assert sort.matches(values) is expected


def test_begins_with_key_condition_binds_to_a_prefix() -> None:
    body = {
        "KeyConditionExpression": "pk = :p AND begins_with(sk, :prefix)",
        "ExpressionAttributeValues": {":p": {"S": "u"}, ":prefix": {"S": "2024-"}},
    }
    expressions = parse_request(body, key_condition=True, filter=False, projection=False)
    assert expressions.key_condition is not None
    assert bind(expressions.key_condition, [("pk", "S")], [("sk", "S")]) == (
        ({"S": "u"},),
        SortCondition((), "BEGINS_WITH", ({"S": "2024-"},)),
    )


def test_legacy_key_conditions_bind_like_the_expression() -> None:
    body = {
        "KeyConditions": {
            "sk": {"ComparisonOperator": "BETWEEN", "AttributeValueList": [{"N": "1"}, {"N": "5"}]},
            "pk": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "u"}]},
        }
    }
    expressions = parse_request(body, key_condition=True, filter=True, projection=True)
    assert expressions.key_condition is not None
    assert bind(expressions.key_condition, [("pk", "S")], [("sk", "N")]) == (
        ({"S": "u"},),
        SortCondition((), "BETWEEN", ({"N": "1"}, {"N": "5"})),
    )


def test_attributes_to_get_is_the_projection_of_a_legacy_request() -> None:
    expressions = parse_request(
        {"AttributesToGet": ["n", "s"]}, key_condition=False, filter=True, projection=True
    )
    assert expressions.projection is not None
    assert expressions.projection.apply(WIRE) == {"n": {"N": "10"}, "s": {"S": "é𝄞a"}}
