"""A global index's ProvisionedThroughput against the table's billing mode: DynamoDB words the
refusal differently for CreateTable, UpdateTable's Create and UpdateTable's Update (found by
running dynamo3's test suite against the fake; sources in docs/errors.md, "Table admin")."""

from __future__ import annotations

from typing import Any

from .test_create_table import definitions, key

INVALID = "One or more parameter values were invalid: "
THROUGHPUT = {"ReadCapacityUnits": 2, "WriteCapacityUnits": 1}
BY_G = {
    "IndexName": "by_g",
    "KeySchema": key(("g", "HASH")),
    "Projection": {"ProjectionType": "ALL"},
}


def create(client: Any, billing: str, **extra: Any) -> None:
    throughput = {"ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}
    client.create_table(
        TableName="things",
        KeySchema=key(("pk", "HASH")),
        AttributeDefinitions=definitions(("pk", "S"), *[("g", "S")] * bool(extra)),
        BillingMode=billing,
        **(throughput if billing == "PROVISIONED" else {}),
        **extra,
    )


def test_updating_an_index_throughput_on_an_on_demand_table_is_refused(
    client: Any, error_of: Any
) -> None:
    create(client, "PAY_PER_REQUEST", GlobalSecondaryIndexes=[BY_G])
    update = {"Update": {"IndexName": "by_g", "ProvisionedThroughput": THROUGHPUT}}
    assert error_of(
        client.update_table, TableName="things", GlobalSecondaryIndexUpdates=[update]
    ) == (
        "ValidationException",
        INVALID + "The only Updates for index: by_g when TableThroughputMode is PAY_PER_REQUEST "
        "can be to OnDemandThroughput, WarmThroughput",
    )


def test_an_index_update_naming_nothing_on_an_on_demand_table_is_refused(
    client: Any, error_of: Any
) -> None:
    create(client, "PAY_PER_REQUEST", GlobalSecondaryIndexes=[BY_G])
    assert error_of(
        client.update_table,
        TableName="things",
        GlobalSecondaryIndexUpdates=[{"Update": {"IndexName": "by_g"}}],
    ) == (
        "ValidationException",
        INVALID + "The only Updates for index: by_g when TableThroughputMode is PAY_PER_REQUEST "
        "can be to OnDemandThroughput, WarmThroughput",
    )


def test_the_index_throughput_is_still_updated_on_a_provisioned_table(client: Any) -> None:
    create(
        client,
        "PROVISIONED",
        GlobalSecondaryIndexes=[
            {**BY_G, "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}
        ],
    )
    update = {"Update": {"IndexName": "by_g", "ProvisionedThroughput": THROUGHPUT}}
    client.update_table(TableName="things", GlobalSecondaryIndexUpdates=[update])
    index = client.describe_table(TableName="things")["Table"]["GlobalSecondaryIndexes"][0]
    assert {k: index["ProvisionedThroughput"][k] for k in THROUGHPUT} == THROUGHPUT


def test_a_new_index_with_throughput_on_an_on_demand_table_is_refused(
    client: Any, error_of: Any
) -> None:
    create(client, "PAY_PER_REQUEST")
    new = {"Create": {**BY_G, "ProvisionedThroughput": THROUGHPUT}}
    assert error_of(
        client.update_table,
        TableName="things",
        AttributeDefinitions=definitions(("g", "S")),
        GlobalSecondaryIndexUpdates=[new],
    ) == (
        "ValidationException",
        INVALID + "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified for index: "
        "by_g when BillingMode is PAY_PER_REQUEST",
    )


def test_a_new_index_without_throughput_on_a_provisioned_table_is_refused(
    client: Any, error_of: Any
) -> None:
    create(client, "PROVISIONED")
    assert error_of(
        client.update_table,
        TableName="things",
        AttributeDefinitions=definitions(("g", "S")),
        GlobalSecondaryIndexUpdates=[{"Create": BY_G}],
    ) == (
        "ValidationException",
        INVALID + "Both ReadCapacityUnits and WriteCapacityUnits must be specified for index: by_g",
    )


def test_create_table_with_a_global_index_without_throughput_is_refused(
    client: Any, error_of: Any
) -> None:
    assert error_of(
        client.create_table,
        TableName="things",
        KeySchema=key(("pk", "HASH")),
        AttributeDefinitions=definitions(("pk", "S"), ("g", "S")),
        ProvisionedThroughput={"ReadCapacityUnits": 1, "WriteCapacityUnits": 1},
        GlobalSecondaryIndexes=[BY_G],
    ) == (
        "ValidationException",
        INVALID + "ProvisionedThroughput is not specified for index: by_g",
    )
