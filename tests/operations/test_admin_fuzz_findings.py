"""What the table admin fuzzer (tests/conformance/test_fuzz_admin.py) found the fake answering
otherwise than DynamoDB, through boto3 (sources in docs/errors.md, "Table admin")."""

from __future__ import annotations

from typing import Any

import pytest

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


@pytest.mark.parametrize("projection", [{"NonKeyAttributes": []}, {}], ids=["empty", "missing"])
def test_include_with_no_non_key_attributes_is_refused(
    raw_client: Any, error_of: Any, projection: dict[str, Any]
) -> None:
    request = table_with(raw_client, {"ProjectionType": "INCLUDE", **projection})
    assert error_of(raw_client.create_table, **request) == (
        "ValidationException",
        INVALID + "ProjectionType is INCLUDE, but NonKeyAttributes is not specified",
    )


def test_a_non_key_attribute_named_twice_is_refused(raw_client: Any, error_of: Any) -> None:
    request = table_with(raw_client, {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["a", "a"]})
    assert error_of(raw_client.create_table, **request) == (
        "ValidationException",
        "One or more parameter values were invalid: Duplicate element in NonKeyAttributes: a",
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


def test_a_stream_specification_without_stream_enabled(raw_client: Any, error_of: Any) -> None:
    request = table_with(raw_client, {"ProjectionType": "ALL"})
    assert error_of(
        raw_client.create_table, **request, StreamSpecification={"StreamViewType": "NEW_IMAGE"}
    ) == (
        "ValidationException",
        "1 validation error detected: Value null at 'streamSpecification.streamEnabled' failed "
        "to satisfy constraint: Member must not be null",
    )


def test_key_attributes_may_be_named_in_non_key_attributes(raw_client: Any) -> None:
    projection = {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["pk", "a", "g"]}
    described = raw_client.create_table(**table_with(raw_client, projection))["TableDescription"]
    assert described["GlobalSecondaryIndexes"][0]["Projection"] == projection
    raw_client.put_item(TableName="things", Item={"pk": {"S": "1"}, "g": {"S": "x"},
                                                  "a": {"N": "1"}, "b": {"N": "2"}})  # fmt: skip
    assert raw_client.scan(TableName="things", IndexName="by_g")["Items"] == [
        {"pk": {"S": "1"}, "g": {"S": "x"}, "a": {"N": "1"}}
    ]


def test_more_than_100_projected_attributes_are_refused(raw_client: Any, error_of: Any) -> None:
    sixty = [f"n{i}" for i in range(60)]
    request = table_with(raw_client, {"ProjectionType": "INCLUDE", "NonKeyAttributes": sixty})
    request["GlobalSecondaryIndexes"].append({
        **request["GlobalSecondaryIndexes"][0], "IndexName": "again",
        "Projection": {"ProjectionType": "INCLUDE",
                       "NonKeyAttributes": ["pk", *(f"m{i}" for i in range(41))]},
    })  # fmt: skip
    assert error_of(raw_client.create_table, **request) == (
        "ValidationException",
        "No more than 20 attributes per table can be projected into Local Secondary Indices",
    )
    request["GlobalSecondaryIndexes"][1]["Projection"]["NonKeyAttributes"].pop()
    assert raw_client.create_table(**request)["TableDescription"]["TableStatus"] == "ACTIVE"


def test_a_disabled_stream_with_a_view_type(raw_client: Any, error_of: Any) -> None:
    request = table_with(raw_client, {"ProjectionType": "ALL"})
    stream = {"StreamEnabled": False, "StreamViewType": "KEYS_ONLY"}
    assert error_of(raw_client.create_table, **request, StreamSpecification=stream) == (
        "ValidationException",
        INVALID + "Table is being created with a stream disabled, UpdateViewType should not be "
        "specified",
    )


def test_the_same_throughput_again_is_refused(raw_client: Any, error_of: Any) -> None:
    throughput = {"ReadCapacityUnits": 1, "WriteCapacityUnits": 6}
    raw_client.create_table(
        TableName="things",
        KeySchema=key(("pk", "HASH")),
        AttributeDefinitions=definitions(("pk", "S")),
        ProvisionedThroughput=throughput,
    )
    assert error_of(
        raw_client.update_table, TableName="things", ProvisionedThroughput=throughput
    ) == (
        "ValidationException",
        "The provisioned throughput for the table will not change. The requested value equals "
        "the current value. Current ReadCapacityUnits provisioned for the table: 1. Requested "
        "ReadCapacityUnits: 1. Current WriteCapacityUnits provisioned for the table: 6. "
        "Requested WriteCapacityUnits: 6. Refer to the Amazon DynamoDB Developer Guide for "
        "current limits and how to request higher limits.",
    )
    changed = {"ReadCapacityUnits": 2, "WriteCapacityUnits": 6}
    described = raw_client.update_table(TableName="things", ProvisionedThroughput=changed)
    assert described["TableDescription"]["ProvisionedThroughput"]["ReadCapacityUnits"] == 2


@pytest.mark.parametrize(
    ("read", "write", "named"),
    [(10**12 + 1, 10**12 + 1, "1000000000001 for ReadCapacityUnits"),
     (10**12, 10**12 + 1, "1000000000001 for WriteCapacityUnits")],
)  # fmt: skip
def test_throughput_over_a_trillion_is_out_of_bounds(
    raw_client: Any, error_of: Any, read: int, write: int, named: str
) -> None:
    assert error_of(
        raw_client.create_table,
        TableName="things",
        KeySchema=key(("pk", "HASH")),
        AttributeDefinitions=definitions(("pk", "S")),
        ProvisionedThroughput={"ReadCapacityUnits": read, "WriteCapacityUnits": write},
    ) == ("ValidationException", f"Given value {named} is out of bounds")


def test_an_added_index_counts_towards_the_100_projected_attributes(
    raw_client: Any, error_of: Any
) -> None:
    """UpdateTable sums the new index's NonKeyAttributes with the table's (DynamoDB Local
    refuses at 102; the admin fuzzer found the fake accepting it)."""
    hundred = [f"n{i}" for i in range(100)]
    raw_client.create_table(**table_with(raw_client, {"ProjectionType": "INCLUDE",
                                                      "NonKeyAttributes": hundred}))  # fmt: skip
    new_index = {
        "IndexName": "more", "KeySchema": key(("h", "HASH")),
        "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["x"]},
    }  # fmt: skip
    update = {
        "TableName": "things",
        "AttributeDefinitions": definitions(("h", "S")),
        "GlobalSecondaryIndexUpdates": [{"Create": new_index}],
    }
    assert error_of(raw_client.update_table, **update) == (
        "ValidationException",
        "No more than 20 attributes per table can be projected into Local Secondary Indices",
    )
    new_index["Projection"] = {"ProjectionType": "KEYS_ONLY"}
    assert raw_client.update_table(**update)["TableDescription"]["TableStatus"] == "ACTIVE"
