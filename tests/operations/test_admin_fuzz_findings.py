"""What the table admin fuzzer (tests/conformance/test_fuzz_admin.py) found the fake answering
otherwise than DynamoDB, through boto3 (sources in docs/errors.md, "Table admin")."""

from __future__ import annotations

from typing import Any

from .test_create_table import definitions, key

INVALID = "One or more parameter values were invalid: "


def table_with(raw_client: Any, projection: dict[str, Any]) -> dict[str, Any]:
    return {
        "TableName": "things",
        "KeySchema": key(("pk", "HASH")),
        "AttributeDefinitions": definitions(("pk", "S"), ("g", "S")),
        "BillingMode": "PAY_PER_REQUEST",
        "GlobalSecondaryIndexes": [
            {"IndexName": "by_g", "KeySchema": key(("g", "HASH")), "Projection": projection}
        ],
    }


def test_include_with_no_non_key_attributes_is_refused(raw_client: Any, error_of: Any) -> None:
    request = table_with(raw_client, {"ProjectionType": "INCLUDE", "NonKeyAttributes": []})
    assert error_of(raw_client.create_table, **request) == (
        "ValidationException",
        "If Projection type INCLUDE is specified, some non-key attributes to include in the "
        "projection must be specified as well",
    )


def test_a_non_key_attribute_named_twice_is_refused(raw_client: Any, error_of: Any) -> None:
    request = table_with(raw_client, {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["a", "a"]})
    assert error_of(raw_client.create_table, **request) == (
        "ValidationException",
        "Cannot have two attributes with the same name",
    )


def test_creating_an_index_that_exists(raw_client: Any, error_of: Any) -> None:
    raw_client.create_table(**table_with(raw_client, {"ProjectionType": "ALL"}))
    create = {"IndexName": "by_g", "KeySchema": key(("g", "HASH")),
              "Projection": {"ProjectionType": "ALL"}}  # fmt: skip
    assert error_of(
        raw_client.update_table,
        TableName="things",
        AttributeDefinitions=definitions(("g", "S")),
        GlobalSecondaryIndexUpdates=[{"Create": create}],
    ) == ("ValidationException", "Attempting to create an index which already exists")


def test_deleting_an_index_that_does_not_exist(raw_client: Any, error_of: Any) -> None:
    raw_client.create_table(**table_with(raw_client, {"ProjectionType": "ALL"}))
    assert error_of(
        raw_client.update_table,
        TableName="things",
        GlobalSecondaryIndexUpdates=[{"Delete": {"IndexName": "nope"}}],
    ) == ("ResourceNotFoundException", "Requested resource not found")


def test_to_provisioned_needs_every_global_index_throughput(raw_client: Any, error_of: Any) -> None:
    request = table_with(raw_client, {"ProjectionType": "ALL"})
    request["GlobalSecondaryIndexes"].append(
        {**request["GlobalSecondaryIndexes"][0], "IndexName": "again"}
    )
    raw_client.create_table(**request)
    throughput = {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}
    assert error_of(
        raw_client.update_table,
        TableName="things",
        BillingMode="PROVISIONED",
        ProvisionedThroughput=throughput,
    ) == (
        "ValidationException",
        INVALID + "ProvisionedThroughput must be specified for index: by_g,again",
    )
    assert error_of(
        raw_client.update_table,
        TableName="things",
        BillingMode="PROVISIONED",
        ProvisionedThroughput=throughput,
        GlobalSecondaryIndexUpdates=[
            {"Update": {"IndexName": "again", "ProvisionedThroughput": throughput}}
        ],
    ) == (
        "ValidationException",
        INVALID + "ProvisionedThroughput must be specified for index: by_g",
    )
    both = [
        {"Update": {"IndexName": n, "ProvisionedThroughput": throughput}} for n in ("by_g", "again")
    ]
    described = raw_client.update_table(
        TableName="things", BillingMode="PROVISIONED", ProvisionedThroughput=throughput,
        GlobalSecondaryIndexUpdates=both,
    )["TableDescription"]  # fmt: skip
    assert described["BillingModeSummary"]["BillingMode"] == "PROVISIONED"
