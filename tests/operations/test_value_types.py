"""An attribute value whose member has the wrong JSON type (``{"N": 123}``, ``{"S": 5}``, a
``BOOL`` given a list...) fails DynamoDB's deserialization: a SerializationException, wherever
the value sits (Item, Key, ExpressionAttributeValues, nested in a map or a list)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from pytest_dynafake import DynaFake
from tests._requests import request

SERIAL = "SerializationException"
MAP = "Start of structure or map found where not expected"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"N": 123}, "NUMBER_VALUE cannot be converted to String"),
        ({"N": 1.5}, "DECIMAL_VALUE cannot be converted to String"),
        ({"S": 5}, "NUMBER_VALUE cannot be converted to String"),
        ({"S": True}, "TRUE_VALUE cannot be converted to String"),
        ({"S": False}, "FALSE_VALUE cannot be converted to String"),
        ({"S": ["a"]}, "Unrecognized collection type class java.lang.String"),
        ({"S": {"a": "b"}}, MAP),
        ({"BOOL": 1}, "NUMBER_VALUE cannot be converted to Boolean"),
        ({"BOOL": "maybe"}, "Unexpected token received from parser"),
        ({"NULL": [True]}, "Unrecognized collection type class java.lang.Boolean"),
        ({"B": 5}, "only base-64-encoded strings are convertible to bytes"),
        ({"B": ["AA=="]}, "Unrecognized collection type class java.nio.ByteBuffer"),
        ({"SS": "a"}, "Unexpected field type"),
        ({"SS": [1]}, "NUMBER_VALUE cannot be converted to String"),
        ({"NS": [1]}, "NUMBER_VALUE cannot be converted to String"),
        ({"BS": [True]}, "only base-64-encoded strings are convertible to bytes"),
        ({"L": {"a": {"S": "x"}}}, MAP),
        ({"L": "x"}, "Unexpected field type"),
        ({"L": [5]}, "Unexpected value type in payload"),
        (
            {"L": [[{"S": "x"}]]},
            "Unrecognized collection type class com.amazonaws.dynamodb.v20120810.AttributeValue",
        ),
        ({"M": 7}, "Unexpected field type"),
        (
            {"M": [{"S": "x"}]},
            "Unrecognized collection type java.util.Map<java.lang.String, "
            "com.amazonaws.dynamodb.v20120810.AttributeValue>",
        ),
        ({"M": {"a": {"L": [{"N": 5}]}}}, "NUMBER_VALUE cannot be converted to String"),
    ],
)
def test_item_value_of_the_wrong_json_type(value: dict[str, Any], message: str) -> None:
    # Raw JSON: botocore's serializer cannot send most of these even with validation off.
    fake = DynaFake(tables={"users": {"partition_key": "user_id"}})
    body = {"TableName": "users", "Item": {"user_id": {"S": "u9"}, "x": value}}
    response = fake._respond("PutItem", request("PutItem", json.dumps(body).encode()))
    error = json.loads(response.content)
    assert (response.status_code, error["__type"], error["message"]) == (
        400,
        "com.amazon.coral.service#" + SERIAL,
        message,
    )


def test_update_values_of_the_wrong_json_type(raw_client: Any, users: Any, error_of: Any) -> None:
    key = {"user_id": {"S": "u9"}}
    number = (SERIAL, "NUMBER_VALUE cannot be converted to String")
    assert (
        error_of(
            raw_client.update_item,
            TableName="users",
            Key=key,
            UpdateExpression="SET a = :val",
            ExpressionAttributeValues={":val": {"N": 123}},
        )
        == number
    )
    assert (
        error_of(
            raw_client.update_item,
            TableName="users",
            Key=key,
            UpdateExpression="SET a = :vgood",
            ConditionExpression="a < :vbad",
            ExpressionAttributeValues={":vgood": {"N": "1"}, ":vbad": {"N": 123}},
        )
        == number
    )


def test_key_value_of_the_wrong_json_type(raw_client: Any, users: Any, error_of: Any) -> None:
    assert error_of(raw_client.get_item, TableName="users", Key={"user_id": {"S": 5}}) == (
        SERIAL,
        "NUMBER_VALUE cannot be converted to String",
    )


def test_boolean_words_are_read_as_booleans(raw_client: Any, users: Any) -> None:
    item = {"user_id": {"S": "u9"}, "a": {"BOOL": "yes"}, "b": {"BOOL": "0"}}
    raw_client.put_item(TableName="users", Item=item)
    got = raw_client.get_item(TableName="users", Key={"user_id": {"S": "u9"}})["Item"]
    assert got == {"user_id": {"S": "u9"}, "a": {"BOOL": True}, "b": {"BOOL": False}}
