"""ConditionExpression and the legacy Expected through parse_request: whole messages and the
``matches`` of the Condition a valid request gives."""

from __future__ import annotations

from typing import Any

import pytest

from pytest_dynafake._expr import parse_request
from pytest_dynafake._validation import AwsError


def condition_of(body: dict[str, Any], *, update: bool = False) -> Any:
    """A single-item write's condition (its errors in the newest live envelope)."""
    request = {"TableName": "t", "Key": {"pk": {"S": "a"}}, **body}
    return parse_request(request, condition=True, update=update, enveloped=True).condition


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
        "ValidationException: 1 validation error detected: One or more parameter values were "
        "invalid: Value must be provided when Exists is true for Attribute: a"
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
        "ValidationException: 1 validation error detected: Can not use both expression and "
        "non-expression parameters in the same request: Non-expression parameters: {Expected} "
        "Expression parameters: {ConditionExpression}"
    )


def test_legacy_member_constraints_are_joined_in_request_order() -> None:
    body = {
        "Expected": {"n": {"ComparisonOperator": "XX", "AttributeValueList": [{"N": "5"}]}},
        "ConditionalOperator": "XOR",
    }
    assert message_of(body) == (
        "ValidationException: 2 validation errors detected: Value 'XX' at "
        "'expected.n.member.comparisonOperator' failed to satisfy constraint: Member must "
        "satisfy enum value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, "
        "LE, BEGINS_WITH, GE, CONTAINS]; Value 'XOR' at 'conditionalOperator' failed to "
        "satisfy constraint: Member must satisfy enum value set: [OR, AND]"
    )


def test_values_without_an_expression_in_the_newest_live_form() -> None:
    assert message_of({"ExpressionAttributeValues": {":v": {"S": "x"}}}, update=True) == (
        "ValidationException: 1 validation error detected: ExpressionAttributeValues can only "
        "be specified when using expressions"
    )


def test_a_transaction_action_keeps_the_bare_sentence() -> None:
    body = {"ConditionExpression": ""}
    with pytest.raises(AwsError) as caught:
        parse_request(body, condition=True)
    assert caught.value.message == "Invalid ConditionExpression: The expression can not be empty;"
