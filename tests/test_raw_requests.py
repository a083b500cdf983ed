"""Requests boto3 would not send: the fake still answers as DynamoDB does."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from pytest_dynafake import DynaFake
from tests._requests import request

U1 = {"user_id": {"S": "u1"}}
SCHEMA = "The provided key element does not match the schema"
EMPTY = "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes"
# A member of the wrong JSON type fails deserialization (dynalite's tests, live since 2018).
NUMBER_AS_STRING = "NUMBER_VALUE cannot be converted to String"


def answer(fake: DynaFake, operation: str, body: dict[str, Any]) -> tuple[str, str]:
    """Send a raw JSON body, as a client without botocore's serializer would."""
    response = fake._respond(operation, request(operation, json.dumps(body).encode()))
    assert response.status_code == 400
    error = json.loads(response.content)
    return error["__type"].rpartition("#")[2], error["message"]


INVALID = "One or more parameter values were invalid: "


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"SS": []}, INVALID + "An string set  may not be empty"),
        ({"NS": []}, INVALID + "An number set  may not be empty"),
        ({"BS": []}, INVALID + "Binary sets should not be empty"),
        ({"NS": ["1", "1.0"]}, INVALID + "Input collection contains duplicates."),
        ({"NULL": False}, INVALID + "Null attribute value types must have the value of true"),
        ({"L": [{"N": "x"}]}, "The parameter cannot be converted to a numeric value: x"),
        ({"M": {"a": {}}}, EMPTY),
    ],
    ids=["empty-ss", "empty-ns", "empty-bs", "dup-ns", "null-false", "nested-number", "nested"],
)
def test_malformed_value_in_a_key_is_reported_before_the_schema(
    raw_client: Any, users: Any, error_of: Any, value: dict[str, Any], message: str
) -> None:
    key = {"user_id": {"S": "u1"}, "extra": value}
    assert error_of(raw_client.get_item, TableName="users", Key=key) == (
        "ValidationException",
        message,
    )


@pytest.mark.parametrize(
    ("table", "key", "message"),
    [
        ("users", {"user_id": {"S": 5}}, NUMBER_AS_STRING),
        ("users", [U1], "Start of list found where not expected"),
        ("nums", {"n": {"N": 5}}, NUMBER_AS_STRING),
        ("bins", {"b": {"B": 5}}, "only base-64-encoded strings are convertible to bytes"),
        ("bins", {"b": {"B": "not base64!"}}, SCHEMA),
        ("users", {"user_id": {"S": "u1"}, "x": {"Q": "1"}}, EMPTY),
    ],
    ids=["string-as-number", "list", "number-as-number", "binary-number", "bad-base64", "type"],
)
def test_wrongly_typed_key(table: str, key: Any, message: str) -> None:
    fake = DynaFake(
        tables={
            "users": {"partition_key": "user_id"},
            "nums": {"partition_key": ("n", "N")},
            "bins": {"partition_key": ("b", "B")},
        }
    )
    code = "ValidationException" if message in (SCHEMA, EMPTY) else "SerializationException"
    assert answer(fake, "GetItem", {"TableName": table, "Key": key}) == (code, message)


def test_missing_members_are_reported_together() -> None:
    assert answer(DynaFake(), "GetItem", {}) == (
        "ValidationException",
        "2 validation errors detected: Value null at 'tableName' failed to satisfy constraint: "
        "Member must not be null; Value null at 'key' failed to satisfy constraint: Member "
        "must not be null",
    )


def test_transaction_get_without_table_or_key() -> None:
    body: dict[str, Any] = {"TransactItems": [{"Get": {}}, {"Other": {}}]}
    assert answer(DynaFake(), "TransactGetItems", body) == (
        "ValidationException",
        "3 validation errors detected: Value null at 'transactItems.1.member.get.tableName' "
        "failed to satisfy constraint: Member must not be null; Value null at "
        "'transactItems.1.member.get.key' failed to satisfy constraint: Member must not be "
        "null; Value null at 'transactItems.2.member.get' failed to satisfy constraint: "
        "Member must not be null",
    )


def test_describe_table_name_rules(raw_client: Any, error_of: Any) -> None:
    assert error_of(raw_client.describe_table, TableName="ab") == (
        "ValidationException",
        "1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint: "
        "Member must have length greater than or equal to 3",
    )


def test_empty_name_value(raw_client: Any, users: Any, error_of: Any) -> None:
    assert error_of(
        raw_client.get_item,
        TableName="users",
        Key=U1,
        ProjectionExpression="#n",
        ExpressionAttributeNames={"#n": ""},
    ) == (
        "ValidationException",
        "ExpressionAttributeNames contains invalid value: Empty attribute name for key #n",
    )


def test_undefined_name_after_a_dot(raw_client: Any, users: Any, error_of: Any) -> None:
    assert error_of(
        raw_client.get_item, TableName="users", Key=U1, ProjectionExpression="address.#c"
    ) == (
        "ValidationException",
        "Invalid ProjectionExpression: An expression attribute name used in the document path "
        "is not defined; attribute name: #c",
    )


@pytest.mark.parametrize("body", [b"{not json", b"[1, 2]"], ids=["not-json", "not-an-object"])
def test_malformed_body_is_a_serialization_error(body: bytes) -> None:
    response = DynaFake()._respond("GetItem", request("GetItem", body))
    assert response.status_code == 400
    assert json.loads(response.content) == {
        "__type": "com.amazon.coral.service#SerializationException",
        "message": "Start of structure or map found where not expected.",
    }


def test_empty_body_is_an_empty_request() -> None:
    response = DynaFake()._respond("ListTables", request("ListTables", b""))
    assert json.loads(response.content) == {"TableNames": []}


def test_response_content_can_be_awaited_as_aiobotocore_does() -> None:
    response = DynaFake()._respond("ListTables", request("ListTables", b"{}"))

    async def read() -> bytes:
        return await response.content  # type: ignore[no-any-return]

    assert asyncio.run(read()) == b'{"TableNames":[]}'
    assert b"".join(response.raw.stream()) == b'{"TableNames":[]}'


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"SS": "abc"}, "Unexpected field type"),
        ({"BS": ["AAE=", "AAE="]}, INVALID + "Input collection contains duplicates."),
        (
            {"M": []},
            "Unrecognized collection type java.util.Map<java.lang.String, "
            "com.amazonaws.dynamodb.v20120810.AttributeValue>",
        ),
    ],
    ids=["set-not-a-list", "duplicate-bs", "map-not-an-object"],
)
def test_malformed_collections(value: dict[str, Any], message: str) -> None:
    fake = DynaFake(tables={"users": {"partition_key": "user_id"}})
    key = {"user_id": {"S": "u1"}, "x": value}
    assert answer(fake, "GetItem", {"TableName": "users", "Key": key}) == (
        "ValidationException" if message.startswith(INVALID) else "SerializationException",
        message,
    )


def test_keys_that_are_not_maps_fail_to_deserialize() -> None:
    fake = DynaFake(tables={"users": {"partition_key": "user_id"}})
    body = {"RequestItems": {"users": {"Keys": [[1], [1]]}}}
    assert answer(fake, "BatchGetItem", body) == (
        "SerializationException",
        "Start of list found where not expected",
    )
    gets = [{"Get": {"TableName": "users", "Key": k}} for k in ({"user_id": {"N": "x"}}, {})]
    assert answer(fake, "TransactGetItems", {"TransactItems": gets}) == (
        "ValidationException",
        "The parameter cannot be converted to a numeric value: x",
    )


@pytest.mark.parametrize("attributes", [["age"], []], ids=["names", "empty"])
def test_transaction_get_has_no_attributes_to_get(attributes: list[str]) -> None:
    """Get has no AttributesToGet member (botocore cannot even send one): like any unknown
    member it is ignored, as DynamoDB Local ignores it, and the whole item comes back."""
    fake = DynaFake()
    fake.table("users", "user_id", items=[{"user_id": "u1", "age": 36}])
    body = {"TransactItems": [{"Get": {"TableName": "users", "Key": U1}}]}
    body["TransactItems"][0]["Get"]["AttributesToGet"] = attributes
    response = fake._respond(
        "TransactGetItems", request("TransactGetItems", json.dumps(body).encode())
    )
    assert response.status_code == 200
    assert json.loads(response.content) == {
        "Responses": [{"Item": {"user_id": {"S": "u1"}, "age": {"N": "36"}}}]
    }


DELETE_U1 = {"DeleteRequest": {"Key": U1}}


@pytest.mark.parametrize("entries", [[None, DELETE_U1], [DELETE_U1, None]], ids=["first", "last"])
def test_a_null_batch_write_request(entries: list[Any]) -> None:
    """A null among a table's write requests: DynamoDB Local's answer (no live capture)."""
    fake = DynaFake(tables={"users": {"partition_key": "user_id"}})
    assert answer(fake, "BatchWriteItem", {"RequestItems": {"users": entries}}) == (
        "ValidationException",
        "The batch write request list for a table cannot be null or empty",
    )


def test_a_null_transaction_action_is_one_with_no_action() -> None:
    """A null in TransactItems is answered as an action naming none (DynamoDB Local fails
    with a 500 InternalFailure; no live capture)."""
    fake = DynaFake(tables={"users": {"partition_key": "user_id"}})
    body = {"TransactItems": [None, {"Delete": {"TableName": "users", "Key": U1}}]}
    assert answer(fake, "TransactWriteItems", body) == (
        "ValidationException",
        "Invalid Request: TransactWriteRequest should contain Delete or Put or Update request",
    )


def test_a_null_expected_condition() -> None:
    """DynamoDB Local's message (no live capture), in the single-item writes' envelope."""
    fake = DynaFake(tables={"users": {"partition_key": "user_id"}})
    body = {"TableName": "users", "Key": U1, "Expected": {"age": None}}
    assert answer(fake, "DeleteItem", body) == (
        "ValidationException",
        "1 validation error detected: One or more parameter values were invalid: "
        "ExpectedAttributeValue must not be null for Attribute: age",
    )


def test_a_null_attribute_update_is_one_with_no_member() -> None:
    """A null in AttributeUpdates is answered as ``{}`` (a PUT without a value): DynamoDB Local
    fails with a 500 InternalFailure there (no live capture)."""
    fake = DynaFake(tables={"users": {"partition_key": "user_id"}})
    updates: list[dict[str, Any] | None] = [None, {}]
    for update in updates:
        body = {"TableName": "users", "Key": U1, "AttributeUpdates": {"age": update}}
        assert answer(fake, "UpdateItem", body) == (
            "ValidationException",
            "1 validation error detected: One or more parameter values were invalid: "
            "Only DELETE action is allowed when no attribute value is specified",
        )
