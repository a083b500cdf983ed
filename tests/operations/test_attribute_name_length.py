"""Attribute names are at most 65535 bytes (UTF-8) wherever a request gives one: an item's
attributes, AttributesToGet, AttributeUpdates, ExpressionAttributeNames (Alternator's
test_limits.py::test_limit_attribute_length_nonkey_bad, AWS-run: 65535 is the last size
allowed)."""

from __future__ import annotations

from typing import Any

import pytest

LONG = "a" * 65536
TOO_LARGE = ("ValidationException", "Attribute name is too large, must be less than 65536 bytes")
NAMED = (
    "ValidationException",
    "ExpressionAttributeNames contains invalid value: Attribute name is too large, must be "
    "less than 65536 bytes for key #name",
)
KEY = {"user_id": {"S": "u9"}}
# UpdateItem words its request errors inside the envelope, as for an empty name.
ENVELOPE = "1 validation error detected: "


def test_an_item_attribute_name_over_the_limit(client: Any, users: Any, error_of: Any) -> None:
    item = {**KEY, LONG: {"N": "1"}}
    assert error_of(client.put_item, TableName="users", Item=item) == TOO_LARGE
    assert (
        error_of(client.batch_write_item, RequestItems={"users": [{"PutRequest": {"Item": item}}]})
        == TOO_LARGE
    )
    assert client.get_item(TableName="users", Key=KEY).get("Item") is None


def test_utf8_bytes_are_counted(client: Any, users: Any, error_of: Any) -> None:
    name = "é" * 32768  # 32,768 characters, 65,536 bytes
    item = {**KEY, name: {"N": "1"}}
    assert error_of(client.put_item, TableName="users", Item=item) == TOO_LARGE


def test_the_longest_name_is_stored(client: Any, users: Any) -> None:
    item = {**KEY, LONG[:-1]: {"N": "1"}}
    client.put_item(TableName="users", Item=item)
    assert client.get_item(TableName="users", Key=KEY)["Item"] == item


def test_legacy_members_with_a_name_over_the_limit(client: Any, users: Any, error_of: Any) -> None:
    assert (
        error_of(client.get_item, TableName="users", Key=KEY, AttributesToGet=[LONG]) == TOO_LARGE
    )
    assert error_of(
        client.update_item,
        TableName="users",
        Key=KEY,
        AttributeUpdates={LONG: {"Value": {"N": "2"}, "Action": "PUT"}},
    ) == (TOO_LARGE[0], ENVELOPE + TOO_LARGE[1])


@pytest.mark.parametrize(
    "request_",
    [
        {"ProjectionExpression": "#name"},
        {"UpdateExpression": "SET #name = :val", "ExpressionAttributeValues": {":val": {"N": "3"}}},
        {
            "UpdateExpression": "SET a = :val",
            "ConditionExpression": "#name = :val",
            "ExpressionAttributeValues": {":val": {"N": "1"}},
        },
    ],
    ids=["projection", "update", "condition"],
)
def test_expression_names_over_the_limit(
    client: Any, users: Any, error_of: Any, request_: dict[str, Any]
) -> None:
    read = "ProjectionExpression" in request_
    call = client.get_item if read else client.update_item
    assert error_of(
        call, TableName="users", Key=KEY, ExpressionAttributeNames={"#name": LONG}, **request_
    ) == (NAMED[0], NAMED[1] if read else ENVELOPE + NAMED[1])
