"""CreateTable: a KeyType outside [HASH, RANGE] inside a secondary index's KeySchema is a member
constraint error, reported before the index's attributes are checked against the definitions
(live: moto's aws_verified test_create_table__specify_non_key_column, us-east-1; DynamoDB
Local checks the attributes first: docs/differences.md, row ct-index-key-type-enum)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

ItemError = Callable[..., tuple[str, str]]
ENUM = (
    "1 validation error detected: Value 'SORT' at '{}.1.member.keySchema.2.member.keyType' "
    "failed to satisfy constraint: Member must satisfy enum value set: [HASH, RANGE]"
)
BASE: dict[str, Any] = {
    "TableName": "unknown-key-type",
    "KeySchema": [
        {"AttributeName": "pk", "KeyType": "HASH"},
        {"AttributeName": "sk", "KeyType": "RANGE"},
    ],
    "AttributeDefinitions": [
        {"AttributeName": "pk", "AttributeType": "S"},
        {"AttributeName": "sk", "AttributeType": "S"},
    ],
    "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5},
}
GSI = {
    "IndexName": "TestGSI",
    "KeySchema": [
        {"AttributeName": "n/a", "KeyType": "HASH"},
        {"AttributeName": "sth", "KeyType": "SORT"},
    ],
    "Projection": {"ProjectionType": "ALL"},
    "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5},
}
LSI = {
    "IndexName": "test_lsi",
    "KeySchema": [
        {"AttributeName": "pk", "KeyType": "HASH"},
        {"AttributeName": "lsi_range_key", "KeyType": "SORT"},
    ],
    "Projection": {"ProjectionType": "ALL"},
}


@pytest.mark.parametrize(
    ("member", "indexes", "field"),
    [
        ("GlobalSecondaryIndexes", [GSI], "globalSecondaryIndexes"),
        ("LocalSecondaryIndexes", [LSI], "localSecondaryIndexes"),
    ],
    ids=["gsi", "lsi"],
)
def test_an_index_key_type_outside_the_enum_is_a_constraint_error(
    raw_client: Any, error_of: ItemError, member: str, indexes: Any, field: str
) -> None:
    got = error_of(raw_client.create_table, **BASE, **{member: indexes})
    assert got == ("ValidationException", ENUM.format(field))
    assert raw_client.list_tables()["TableNames"] == []
