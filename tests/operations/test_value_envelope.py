"""An attribute value DynamoDB cannot read, in a single-item write (PutItem's Item, UpdateItem's
and DeleteItem's Key, the ExpressionAttributeValues of all three): the newest live form puts an
empty set, a NULL of false and (in an item or key) a set with duplicates inside the
"1 validation error detected: " envelope, and words an empty set or a NULL of false in
ExpressionAttributeValues as in an item (no "ExpressionAttributeValues contains invalid value:"
prefix, no "for key :v" tail). docs/errors.md, row ATTRIBUTE_VALUE_ENVELOPE, gives the sources;
the batch and transaction writes keep the bare form."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

ItemError = Callable[..., tuple[str, str]]
VE = "ValidationException"
ENVELOPE = "1 validation error detected: "
INVALID = "One or more parameter values were invalid: "
EMPTY_SS = INVALID + "An string set  may not be empty"
EMPTY_NS = INVALID + "An number set  may not be empty"
EMPTY_BS = INVALID + "Binary sets should not be empty"
NULL_FALSE = INVALID + "Null attribute value types must have the value of true"
KEY = {"user_id": {"S": "u2"}}

ENVELOPED_IN_AN_ITEM = [
    ({"SS": []}, ENVELOPE + EMPTY_SS),
    ({"NS": []}, ENVELOPE + EMPTY_NS),
    ({"BS": []}, ENVELOPE + EMPTY_BS),
    ({"NULL": False}, ENVELOPE + NULL_FALSE),
    ({"M": {"a": {"L": [{"NULL": False}]}}}, ENVELOPE + NULL_FALSE),
    ({"SS": ["x", "x"]}, ENVELOPE + INVALID + "Input collection [x, x] contains duplicates."),
    # the others stay bare (dynoxide's captures: an empty value, two types; no capture of a
    # number's or of a number set's duplicates in the envelope)
    ({}, "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes"),
    (
        {"S": "v", "N": "1"},
        "Supplied AttributeValue has more than one datatypes set, must contain exactly one of "
        "the supported datatypes",
    ),
    ({"N": "abc"}, "The parameter cannot be converted to a numeric value: abc"),
    ({"NS": ["1", "1.0"]}, "Input collection contains duplicates"),
]
IDS = ["empty-ss", "empty-ns", "empty-bs", "null-false", "nested-null-false", "duplicate-ss",
       "empty-value", "two-types", "bad-number", "duplicate-ns"]  # fmt: skip


@pytest.mark.parametrize(("value", "message"), ENVELOPED_IN_AN_ITEM, ids=IDS)
def test_put_item_value_error_in_the_envelope(
    raw_client: Any, users: Any, error_of: ItemError, value: Any, message: str
) -> None:
    item = {**KEY, "a": value}
    assert error_of(raw_client.put_item, TableName="users", Item=item) == (VE, message)
    assert raw_client.get_item(TableName="users", Key=KEY)["Item"] == KEY


@pytest.mark.parametrize("operation", ["update_item", "delete_item"])
@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"NULL": False}, ENVELOPE + NULL_FALSE),
        ({"SS": []}, ENVELOPE + EMPTY_SS),
        ({"N": "abc"}, "The parameter cannot be converted to a numeric value: abc"),
    ],
    ids=["null-false", "empty-ss", "bad-number"],
)
def test_key_value_error_in_the_envelope(
    raw_client: Any, users: Any, error_of: ItemError, operation: str, value: Any, message: str
) -> None:
    call = getattr(raw_client, operation)
    got = error_of(call, TableName="users", Key={"user_id": value})
    assert got == (VE, message)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"SS": []}, ENVELOPE + EMPTY_SS),
        ({"NS": []}, ENVELOPE + EMPTY_NS),
        ({"BS": []}, ENVELOPE + EMPTY_BS),
        ({"NULL": False}, ENVELOPE + NULL_FALSE),
        ({"L": [{"SS": []}]}, ENVELOPE + EMPTY_SS),
        (
            {"SS": ["a", "b", "a"]},
            ENVELOPE + "ExpressionAttributeValues contains invalid value: " + INVALID
            + "Input collection [a, b, a] contains duplicates. for key :v",
        ),
        (
            {"N": "abc"},
            ENVELOPE + "ExpressionAttributeValues contains invalid value: The parameter cannot "
            "be converted to a numeric value: abc for key :v",
        ),
    ],
    ids=["empty-ss", "empty-ns", "empty-bs", "null-false", "nested-empty-ss", "duplicate-ss",
         "bad-number"],
)  # fmt: skip
@pytest.mark.parametrize(
    "request_members",
    [
        {"op": "update_item", "Key": KEY, "UpdateExpression": "SET a = :v"},
        {"op": "update_item", "Key": KEY, "UpdateExpression": "ADD a :v"},
        {"op": "put_item", "Item": KEY, "ConditionExpression": "a <> :v"},
        {"op": "delete_item", "Key": KEY, "ConditionExpression": "a <> :v"},
    ],
    ids=["update-set", "update-add", "put-condition", "delete-condition"],
)
def test_expression_value_error_worded_as_in_an_item(
    raw_client: Any,
    users: Any,
    error_of: ItemError,
    request_members: dict[str, Any],
    value: Any,
    message: str,
) -> None:
    members = dict(request_members)
    call = getattr(raw_client, members.pop("op"))
    got = error_of(call, TableName="users", ExpressionAttributeValues={":v": value}, **members)
    assert got == (VE, message)


def test_batch_and_transaction_writes_keep_the_bare_form(
    raw_client: Any, users: Any, error_of: ItemError
) -> None:
    item = {**KEY, "a": {"SS": []}}
    put = {"PutRequest": {"Item": item}}
    got = error_of(raw_client.batch_write_item, RequestItems={"users": [put]})
    assert got == (VE, EMPTY_SS)
    update = {
        "TableName": "users",
        "Key": KEY,
        "UpdateExpression": "SET a = :v",
        "ExpressionAttributeValues": {":v": {"NULL": False}},
    }
    got = error_of(raw_client.transact_write_items, TransactItems=[{"Update": update}])
    assert got == (
        VE,
        "ExpressionAttributeValues contains invalid value: " + NULL_FALSE + " for key :v",
    )
