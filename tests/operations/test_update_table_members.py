"""UpdateTable checks each member of its AttributeDefinitions and of a new index (Create) as
CreateTable does, all listed in one ValidationException: a member left null raised a bare
KeyError or TypeError out of the fake before (found by the admin fuzzer)."""

from __future__ import annotations

from typing import Any

import pytest

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
