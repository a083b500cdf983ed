"""Expressions nested past Python's recursion limit get DynamoDB's own errors, as shallow ones
do (the expressions of Alternator's test_limits.py::test_deeply_nested_expression_1.._5,
AWS-run; the texts are DynamoDB Local 3.3.1's, pinned by the s-deep-filter conformance cases)."""

from __future__ import annotations

from typing import Any

import pytest

PREFIX = "Invalid FilterExpression: "
OPERATORS = "The expression contains too many operators; operator count: 301"
CASES = [
    ("(" * 4096, 'Syntax error; token: "<EOF>", near: "("'),
    ("a<b " + "or (a<b " * 454 + ")" * 454, OPERATORS),
    ("(" * 2046 + "a<b" + ")" * 2046, "The expression has redundant parentheses;"),
    ("not " * 1000 + "a<b", OPERATORS),
    ("a < " + "f(" * 1355 + "b" + ")" * 1355, "Invalid function name; function: f"),
    # size() is no operator; an unknown function is named before the operator count
    (
        "a < " + "size(" * 400 + "b" + ")" * 400,
        "Incorrect operand type for operator or function; operator or function: size, "
        "operand type: N",
    ),
    (" OR ".join(["a < b"] * 301) + " OR f(a)", "Invalid function name; function: f"),
]
IDS = ["parens", "or", "redundant", "not", "function", "size", "function-after-301"]


@pytest.mark.parametrize(("expression", "detail"), CASES, ids=IDS)
def test_a_deep_filter_gets_the_services_error(
    client: Any, users: Any, error_of: Any, expression: str, detail: str
) -> None:
    assert error_of(client.scan, TableName="users", FilterExpression=expression) == (
        "ValidationException",
        PREFIX + detail,
    )


@pytest.mark.parametrize(("expression", "detail"), CASES[:5], ids=IDS[:5])
def test_a_deep_condition_gets_the_services_error(
    client: Any, users: Any, error_of: Any, expression: str, detail: str
) -> None:
    assert error_of(
        client.update_item,
        TableName="users",
        Key={"user_id": {"S": "u1"}},
        UpdateExpression="SET z = :val",
        ConditionExpression=expression,
        ExpressionAttributeValues={":val": {"N": "1"}},
    ) == (
        "ValidationException",
        "1 validation error detected: Invalid ConditionExpression: " + detail,
    )
