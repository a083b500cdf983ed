"""UpdateTable checks each member of its AttributeDefinitions and of a new index (Create) as
CreateTable does, all listed in one ValidationException: a member left null raised a bare
KeyError or TypeError out of the fake before (found by the admin fuzzer)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from pytest_dynafake import DynaFake
from tests._requests import request

from .test_create_table import definitions, key

VE = "ValidationException"
NULL = "Value null at '{}' failed to satisfy constraint: Member must not be null"
CREATE = "globalSecondaryIndexUpdates.1.member.create"


def one(field: str) -> str:
    return "1 validation error detected: " + NULL.format(field)


@pytest.fixture
def things(raw_client: Any) -> Any:
    raw_client.create_table(
        TableName="things",
        KeySchema=key(("pk", "HASH")),
        AttributeDefinitions=definitions(("pk", "S")),
        BillingMode="PAY_PER_REQUEST",
    )
    return raw_client


def new_index(**changes: Any) -> list[dict[str, Any]]:
    index: dict[str, Any] = {"IndexName": "by_g", "KeySchema": key(("g", "HASH"))}
    index["Projection"] = {"ProjectionType": "ALL"}
    create = {k: val for k, val in {**index, **changes}.items() if val is not None}
    return [{"Create": create}]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        pytest.param(
            {"GlobalSecondaryIndexUpdates": new_index(KeySchema=[{"KeyType": "HASH"}])},
            one(f"{CREATE}.keySchema.1.member.attributeName"),
            id="key-element-without-name",
        ),
        pytest.param(
            {"GlobalSecondaryIndexUpdates": new_index(KeySchema=[{"AttributeName": "g"}])},
            one(f"{CREATE}.keySchema.1.member.keyType"),
            id="key-element-without-type",
        ),
        pytest.param(
            {"GlobalSecondaryIndexUpdates": new_index(Projection=None)},
            one(f"{CREATE}.projection"),
            id="no-projection",
        ),
        pytest.param(
            {
                "AttributeDefinitions": [{"AttributeType": "S"}],
                "GlobalSecondaryIndexUpdates": new_index(),
            },
            one("attributeDefinitions.1.member.attributeName"),
            id="definition-without-name",
        ),
        pytest.param(
            {
                "AttributeDefinitions": [{"AttributeName": "g"}],
                "GlobalSecondaryIndexUpdates": new_index(KeySchema=[{"KeyType": "HASH"}]),
            },
            "2 validation errors detected: "
            + NULL.format("attributeDefinitions.1.member.attributeType")
            + "; "
            + NULL.format(f"{CREATE}.keySchema.1.member.attributeName"),
            id="definition-without-type-and-key-without-name",
        ),
        pytest.param(
            {
                "AttributeDefinitions": definitions(("g", "S")),
                "GlobalSecondaryIndexUpdates": new_index(KeySchema=key(("g", "PARTITION"))),
            },
            "1 validation error detected: Value 'PARTITION' at "
            f"'{CREATE}.keySchema.1.member.keyType' failed to satisfy constraint: Member must "
            "satisfy enum value set: [HASH, RANGE]",
            id="key-type-outside-its-enum",
        ),
    ],
)
def test_each_member_of_an_update_is_checked(
    things: Any, error_of: Any, changes: dict[str, Any], message: str
) -> None:
    assert error_of(things.update_table, TableName="things", **changes) == (VE, message)


def raw_answer(fake: DynaFake, operation: str, body: dict[str, Any]) -> tuple[str, str]:
    """A raw JSON body (nulls botocore's serializer never writes), answered by the fake."""
    response = fake._respond(operation, request(operation, json.dumps(body).encode()))
    error = json.loads(response.content)
    return error["__type"].rpartition("#")[2], error["message"]


KEY_PK = {"AttributeName": "pk", "KeyType": "HASH"}
DEFINE_PK = {"AttributeName": "pk", "AttributeType": "S"}
ARN = "arn:aws:dynamodb:us-east-1:123456789012:table/things"


@pytest.mark.parametrize(
    ("operation", "body", "message"),
    [
        pytest.param(
            "CreateTable",
            {"TableName": "fresh", "KeySchema": [None], "AttributeDefinitions": [DEFINE_PK],
             "BillingMode": "PAY_PER_REQUEST"},
            "2 validation errors detected: " + NULL.format("keySchema.1.member.attributeName")
            + "; " + NULL.format("keySchema.1.member.keyType"),
            id="create-null-key-element",
        ),
        pytest.param(
            "CreateTable",
            {"TableName": "fresh", "KeySchema": [KEY_PK], "AttributeDefinitions": [None],
             "BillingMode": "PAY_PER_REQUEST"},
            "2 validation errors detected: "
            + NULL.format("attributeDefinitions.1.member.attributeName") + "; "
            + NULL.format("attributeDefinitions.1.member.attributeType"),
            id="create-null-definition",
        ),
        pytest.param(
            "UpdateTable",
            {"TableName": "things", "BillingMode": "PROVISIONED",
             "ProvisionedThroughput": {"ReadCapacityUnits": 3, "WriteCapacityUnits": None}},
            one("provisionedThroughput.writeCapacityUnits"),
            id="update-throughput-member-null",
        ),
        pytest.param(
            "UpdateTable",
            {"TableName": "things", "GlobalSecondaryIndexUpdates": [
                {"Update": {"IndexName": "by_g", "ProvisionedThroughput": {
                    "ReadCapacityUnits": 0}}}]},
            "2 validation errors detected: "
            + NULL.format("globalSecondaryIndexUpdates.1.member.update.provisionedThroughput."
                          "writeCapacityUnits")
            + "; Value 0 at 'globalSecondaryIndexUpdates.1.member.update.provisionedThroughput."
            "readCapacityUnits' failed to satisfy constraint: Member must have value greater "
            "than or equal to 1",
            id="update-index-throughput-members",
        ),
        pytest.param(
            "UpdateTable",
            {"TableName": "things", "GlobalSecondaryIndexUpdates": [None]},
            "One or more parameter values were invalid: One of GlobalSecondaryIndexUpdate.Update, "
            "GlobalSecondaryIndexUpdate.Create, GlobalSecondaryIndexUpdate.Delete must not be null",
            id="update-null-index-update",
        ),
        pytest.param(
            "TagResource",
            {"ResourceArn": ARN, "Tags": [None]},
            "The Tag Key provided is invalid, Key: null",
            id="tag-null",
        ),
    ],
)  # fmt: skip
def test_a_null_member_of_an_admin_request_is_named(
    dynafake: DynaFake, operation: str, body: dict[str, Any], message: str
) -> None:
    """A JSON null in a list of structures reads as a structure with no members; a null
    throughput member is a constraint error (before, each raised a bare AttributeError or
    TypeError out of the fake, or stored the null)."""
    dynafake.table("things", "pk", indexes={"by_g": {"partition_key": "g"}})
    assert raw_answer(dynafake, operation, body) == (VE, message)
