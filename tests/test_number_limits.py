"""Number limits in key values, in the default run (no DynamoDB Local needed).

DynamoDB keeps 38 significant digits (leading and trailing zeros do not count) and magnitudes
from 1E-130 to below 1E+126. The boundaries below are those of Scylla Alternator's
test_number.py and dynalite's getItem.js, both run against DynamoDB; the conformance suite
checks the same messages against DynamoDB Local when Java is present (DynamoDB Local 3.3.1
sorts every value below as these tests do; it words the digit limit its own way).
"""

from __future__ import annotations

from typing import Any

import pytest
from botocore.exceptions import ClientError

TOO_MANY_DIGITS = "Attempting to store more than 38 significant digits in a Number"
OVERFLOW = (
    "Number overflow. Attempting to store a number with magnitude larger than supported range"
)
UNDERFLOW = (
    "Number underflow. Attempting to store a number with magnitude smaller than supported range"
)

ACCEPTED = {
    "38-digit-integer": "1" * 38,
    "38-digit-fraction": "3.1415926535897932384626433832795028841",
    "38-digit-decimal": "314159265358979323846.26433832795028841",
    "38-digits-and-exponent": "31415926535897932384626433832795028841e30",
    "38-digit-negative-fraction": "-1.234567890123456789012345678901234567",
    "leading-zeros-integer": "000" + "1" * 38,
    "leading-zeros-fraction": "0.000" + "1" * 38,
    "trailing-zeros-integer": "1" * 38 + "000",
    "trailing-zeros-fraction": "1." + "1" * 37 + "000",
    "largest-magnitude": "1E+125",
    "largest-magnitude-38-digits": "9.9999999999999999999999999999999999999E+125",
    "largest-negative": "-9.99999999E+125",
    "smallest-magnitude": "1E-130",
    "smallest-negative": "-1E-130",
}
REFUSED = {
    "39-digit-integer": ("1" * 39, TOO_MANY_DIGITS),
    "39-digit-fraction": ("3.14159265358979323846264338327950288419", TOO_MANY_DIGITS),
    "39-digit-decimal": ("314159265358979323846.264338327950288419", TOO_MANY_DIGITS),
    "39-digits-and-exponent": ("314159265358979323846264338327950288419e30", TOO_MANY_DIGITS),
    "39-digit-one-point": ("1.23456789012345678901234567890123456789", TOO_MANY_DIGITS),
    "39-digit-negative": ("-1.23456789012345678901234567890123456789", TOO_MANY_DIGITS),
    "39-digits-between-zeros": ("0.00" + "1" * 39 + "00", TOO_MANY_DIGITS),
    "1E+126": ("1E+126", OVERFLOW),
    "11E+125": ("11E+125", OVERFLOW),
    "-1E+126": ("-1E+126", OVERFLOW),
    "1E-131": ("1E-131", UNDERFLOW),
    "0.9E-130": ("0.9E-130", UNDERFLOW),
    "-1E-131": ("-1E-131", UNDERFLOW),
}


def order_key(number: str) -> dict[str, Any]:
    return {"customer": {"S": "c1"}, "order_id": {"N": number}}


def read(client: Any, operation: str, number: str) -> dict[str, Any]:
    key = order_key(number)
    if operation == "GetItem":
        return dict(client.get_item(TableName="orders", Key=key))
    if operation == "BatchGetItem":
        return dict(client.batch_get_item(RequestItems={"orders": {"Keys": [key]}}))
    return dict(
        client.transact_get_items(TransactItems=[{"Get": {"TableName": "orders", "Key": key}}])
    )


OPERATIONS = ["GetItem", "BatchGetItem", "TransactGetItems"]


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("number", list(ACCEPTED.values()), ids=list(ACCEPTED))
def test_numbers_within_the_limits_are_accepted(
    client: Any, orders: Any, operation: str, number: str
) -> None:
    """Accepted, and no item has that key."""
    response = read(client, operation, number)
    answers = {
        "GetItem": "Item" not in response,
        "BatchGetItem": response.get("Responses") == {"orders": []},
        "TransactGetItems": response.get("Responses") == [{}],
    }
    assert answers[operation]


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize(("number", "message"), list(REFUSED.values()), ids=list(REFUSED))
def test_numbers_past_the_limits_are_refused(
    client: Any,
    orders: Any,
    operation: str,
    number: str,
    message: str,
) -> None:
    with pytest.raises(ClientError) as raised:
        read(client, operation, number)
    error = raised.value.response["Error"]
    assert (error["Code"], error["Message"]) == ("ValidationException", message)


@pytest.mark.parametrize(
    ("number", "found"),
    [("1.0", "1"), ("10E-1", "1"), ("0001", "1"), ("1." + "0" * 40, "1")],
    ids=["trailing-zero", "exponent", "leading-zeros", "41-digits-of-which-1-significant"],
)
def test_a_number_key_matches_its_value_however_written(
    client: Any, orders: Any, number: str, found: str
) -> None:
    """Zeros that do not count are not significant digits either: the key finds the item."""
    response = client.get_item(TableName="orders", Key=order_key(number))
    assert response["Item"]["order_id"] == {"N": found}
