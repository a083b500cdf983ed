"""A computed number past 38 significant digits: the service answers "Number overflow..."
when the result's integer part is past 38 digits (Alternator's test_number.py
test_update_expression_plus_imprecise, AWS-run: 1e50 - 1 and 1e50 + 1), and DynamoDB Local's
precision message when only the fraction is (a user's live report; DynamoDB Local alike)."""

from __future__ import annotations

from typing import Any

import pytest

OVERFLOW = (
    "ValidationException",
    "Number overflow. Attempting to store a number with magnitude larger than supported range",
)
PRECISION = ("ValidationException", "DynamoDB only supports precision up to 38 digits")


@pytest.mark.parametrize(
    ("left", "sign", "right", "error"),
    [
        ("1e50", "-", "1", OVERFLOW),
        ("1e50", "+", "1", OVERFLOW),
        ("-1e50", "-", "1", OVERFLOW),
        ("1e38", "+", "1", OVERFLOW),
        ("12345678901234567890123456789012345678", "+", "0.1", PRECISION),
        ("1", "+", "1e-40", PRECISION),
    ],
)
def test_a_result_past_38_digits(
    client: Any, users: Any, error_of: Any, left: str, sign: str, right: str, error: Any
) -> None:
    assert (
        error_of(
            client.update_item,
            TableName="users",
            Key={"user_id": {"S": "u1"}},
            UpdateExpression=f"SET b = :a {sign} :b",
            ExpressionAttributeValues={":a": {"N": left}, ":b": {"N": right}},
        )
        == error
    )
