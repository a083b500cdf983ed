"""ConditionExpression and the legacy Expected through parse_request: whole messages and the
``matches`` of the Condition a valid request gives."""

from __future__ import annotations

from typing import Any

import pytest

from pytest_dynafake._expr import parse_request
from pytest_dynafake._validation import AwsError


def condition_of(body: dict[str, Any], *, update: bool = False) -> Any:
    return parse_request(
        {"TableName": "t", "Key": {"pk": {"S": "a"}}, **body}, condition=True, update=update
    ).condition


def message_of(body: dict[str, Any], *, update: bool = False) -> str:
    with pytest.raises(AwsError) as caught:
        condition_of(body, update=update)
    return f"{caught.value.code}: {caught.value.message}"


def test_attribute_not_exists_holds_when_no_item_is_stored() -> None:
    condition = condition_of({"ConditionExpression": "attribute_not_exists(pk)"})
    assert condition.matches(None) is True
    assert condition.matches({"pk": {"S": "a"}}) is False


def test_expected_exists_true_without_a_value_is_refused() -> None:
    assert message_of({"Expected": {"a": {"Exists": True}}}) == (
        "ValidationException: One or more parameter values were invalid: Value must be "
        "provided when Exists is true for Attribute: a"
    )


def test_expected_value_compares_equal() -> None:
    condition = condition_of({"Expected": {"v": {"Value": {"N": "1.0"}}}})
    assert condition.matches({"v": {"N": "1"}}) is True
    assert condition.matches(None) is False


def test_expected_and_condition_expression_together_are_refused() -> None:
    body = {
        "Expected": {"a": {"Exists": False}},
        "ConditionExpression": "attribute_exists(a)",
    }
    assert message_of(body) == (
        "ValidationException: Can not use both expression and non-expression parameters in "
        "the same request: Non-expression parameters: {Expected} Expression parameters: "
        "{ConditionExpression}"
    )
