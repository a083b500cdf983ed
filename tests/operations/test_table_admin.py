"""DeleteTable, UpdateTable, time to live and tags through boto3, in the test's own fake."""

from __future__ import annotations

from typing import Any

import pytest

from pytest_dynafake import DynaFake

from .test_create_table import ARN, TIME, definitions, key, masked, table_id

INVALID = "One or more parameter values were invalid: "


def on_demand(client: Any, name: str = "things", **more: Any) -> None:
    client.create_table(
        TableName=name,
        KeySchema=key(("pk", "HASH")),
        AttributeDefinitions=definitions(("pk", "S")),
        BillingMode="PAY_PER_REQUEST",
        **more,
    )


# -- DeleteTable --------------------------------------------------------------------------------
def test_delete_answers_the_table_deleting_then_it_is_gone(
    dynafake: DynaFake, client: Any, error_of: Any
) -> None:
    on_demand(client)
    dynafake.tables["things"].put_items([{"pk": "a"}, {"pk": "b"}])
    answer = client.delete_table(TableName="things")["TableDescription"]
    assert masked(answer) == {
        "TableName": "things",
        "TableStatus": "DELETING",
        "ProvisionedThroughput": {
            "NumberOfDecreasesToday": 0,
            "ReadCapacityUnits": 0,
            "WriteCapacityUnits": 0,
        },
        "TableSizeBytes": 6,  # "pk" + "a", twice
        "ItemCount": 2,
        "TableArn": ARN + "things",
        "TableId": table_id("things"),
        "BillingModeSummary": {
            "BillingMode": "PAY_PER_REQUEST",
            "LastUpdateToPayPerRequestDateTime": TIME,
        },
    }
    assert list(dynafake.tables) == []
    assert error_of(client.describe_table, TableName="things") == (
        "ResourceNotFoundException",
        "Requested resource not found: Table: things not found",
    )
    assert error_of(client.delete_table, TableName="things") == (
        "ResourceNotFoundException",
        "Requested resource not found: Table: things not found",
    )


def test_a_layer_deletes_a_base_table_without_changing_the_base(client: Any) -> None:
    base = DynaFake()
    base.table("users", "user_id", items=[{"user_id": "u1"}])
    with base.layer() as layer:
        client.delete_table(TableName="users")
        assert list(layer.tables) == []
        assert client.list_tables()["TableNames"] == []
        on_demand(client, "users")  # a new table of that name, empty
        assert len(layer.tables["users"]) == 0
    assert len(base.tables["users"]) == 1
    assert base.tables["users"].key_schema == (("user_id", "S"),)


def test_deletion_protection_refuses_the_delete(client: Any, error_of: Any) -> None:
    on_demand(client, DeletionProtectionEnabled=True)
    assert error_of(client.delete_table, TableName="things") == (
        "ValidationException",
        "Resource cannot be deleted as it is currently protected against deletion. Disable "
        "deletion protection first.",
    )
    client.update_table(TableName="things", DeletionProtectionEnabled=False)
    client.delete_table(TableName="things")
    assert client.list_tables()["TableNames"] == []


# -- UpdateTable --------------------------------------------------------------------------------
def test_an_added_index_is_built_from_the_items_at_once(dynafake: DynaFake, client: Any) -> None:
    on_demand(client)
    dynafake.tables["things"].put_items(
        [{"pk": "a", "color": "red"}, {"pk": "b", "color": "blue"}, {"pk": "c"}]
    )
    answer = client.update_table(
        TableName="things",
        AttributeDefinitions=definitions(("color", "S")),
        GlobalSecondaryIndexUpdates=[
            {
                "Create": {
                    "IndexName": "by_color",
                    "KeySchema": key(("color", "HASH")),
                    "Projection": {"ProjectionType": "KEYS_ONLY"},
                }
            }
        ],
    )["TableDescription"]
    assert answer["AttributeDefinitions"] == definitions(("pk", "S"), ("color", "S"))
    assert answer["GlobalSecondaryIndexes"] == [
        {
            "IndexName": "by_color",
            "KeySchema": key(("color", "HASH")),
            "Projection": {"ProjectionType": "KEYS_ONLY"},
            "IndexStatus": "ACTIVE",
            "IndexSizeBytes": 23,  # the two items with a color, whole
            "ItemCount": 2,
            "IndexArn": ARN + "things/index/by_color",
        }
    ]
    found = client.query(
        TableName="things",
        IndexName="by_color",
        KeyConditionExpression="color = :c",
        ExpressionAttributeValues={":c": {"S": "red"}},
    )["Items"]
    assert found == [{"pk": {"S": "a"}, "color": {"S": "red"}}]
    client.update_table(
        TableName="things", GlobalSecondaryIndexUpdates=[{"Delete": {"IndexName": "by_color"}}]
    )
    table = client.describe_table(TableName="things")["Table"]
    assert "GlobalSecondaryIndexes" not in table
    assert table["AttributeDefinitions"] == definitions(("pk", "S"))


def test_billing_streams_and_throughput_change(client: Any) -> None:
    on_demand(client)
    answer = client.update_table(
        TableName="things",
        BillingMode="PROVISIONED",
        ProvisionedThroughput={"ReadCapacityUnits": 4, "WriteCapacityUnits": 2},
        StreamSpecification={"StreamEnabled": True, "StreamViewType": "KEYS_ONLY"},
    )["TableDescription"]
    label = answer["LatestStreamLabel"]
    assert answer["ProvisionedThroughput"] == {
        "NumberOfDecreasesToday": 0,
        "ReadCapacityUnits": 4,
        "WriteCapacityUnits": 2,
    }
    assert masked(answer["BillingModeSummary"]) == {
        "BillingMode": "PROVISIONED",
        "LastUpdateToPayPerRequestDateTime": TIME,
    }
    assert answer["StreamSpecification"] == {"StreamEnabled": True, "StreamViewType": "KEYS_ONLY"}
    assert answer["LatestStreamArn"] == f"{ARN}things/stream/{label}"
    answer = client.update_table(TableName="things", StreamSpecification={"StreamEnabled": False})
    assert "StreamSpecification" not in answer["TableDescription"]
    assert answer["TableDescription"]["LatestStreamLabel"] == label


def test_a_gsi_throughput_update_is_described(client: Any) -> None:
    client.create_table(
        TableName="things",
        KeySchema=key(("pk", "HASH")),
        AttributeDefinitions=definitions(("pk", "S"), ("g", "S")),
        ProvisionedThroughput={"ReadCapacityUnits": 1, "WriteCapacityUnits": 1},
        GlobalSecondaryIndexes=[
            {
                "IndexName": "by_g",
                "KeySchema": key(("g", "HASH")),
                "Projection": {"ProjectionType": "ALL"},
                "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1},
            }
        ],
    )
    throughput = {"ReadCapacityUnits": 7, "WriteCapacityUnits": 3}
    answer = client.update_table(
        TableName="things",
        GlobalSecondaryIndexUpdates=[
            {"Update": {"IndexName": "by_g", "ProvisionedThroughput": throughput}}
        ],
    )["TableDescription"]
    assert answer["GlobalSecondaryIndexes"][0]["ProvisionedThroughput"] == throughput


def test_a_layer_updates_its_own_copy_of_a_base_table(client: Any) -> None:
    base = DynaFake()
    base.table("users", "user_id", items=[{"user_id": "u1", "team": "x"}])
    with base.layer():
        client.update_table(
            TableName="users",
            AttributeDefinitions=definitions(("team", "S")),
            GlobalSecondaryIndexUpdates=[
                {
                    "Create": {
                        "IndexName": "by_team",
                        "KeySchema": key(("team", "HASH")),
                        "Projection": {"ProjectionType": "ALL"},
                    }
                }
            ],
        )
        assert client.describe_table(TableName="users")["Table"]["GlobalSecondaryIndexes"]
    assert base._tables.view["users"].indexes == {}


@pytest.mark.parametrize(
    ("request_", "error"),
    [
        (
            {},
            (
                "ValidationException",
                "At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, "
                "GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required",
            ),
        ),
        (
            {"ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}},
            (
                "ValidationException",
                INVALID + "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified "
                "when BillingMode is PAY_PER_REQUEST",
            ),
        ),
        (
            {"BillingMode": "PROVISIONED"},
            (
                "ValidationException",
                INVALID + "ProvisionedThroughput must be specified when BillingMode is PROVISIONED",
            ),
        ),
        (
            {"GlobalSecondaryIndexUpdates": [{"Delete": {"IndexName": "nope"}}]},
            (
                "ResourceNotFoundException",
                "Requested resource not found",
            ),
        ),
        (
            {
                "GlobalSecondaryIndexUpdates": [
                    {"Delete": {"IndexName": "one"}},
                    {"Delete": {"IndexName": "two"}},
                ]
            },
            (
                "LimitExceededException",
                "Subscriber limit exceeded: Only 1 online index can be created or deleted "
                "simultaneously per table",
            ),
        ),
        (
            {
                "GlobalSecondaryIndexUpdates": [
                    {"Delete": {"IndexName": "one"}},
                    {"Update": {"IndexName": "one"}},
                ]
            },
            (
                "ValidationException",
                INVALID + "Only one global secondary index update per index is allowed "
                "simultaneously. Index: one",
            ),
        ),
        (
            {
                "GlobalSecondaryIndexUpdates": [
                    {
                        "Create": {
                            "IndexName": "by_x",
                            "KeySchema": key(("x", "HASH")),
                            "Projection": {"ProjectionType": "ALL"},
                        }
                    }
                ]
            },
            (
                "ValidationException",
                INVALID + "Some index key attributes are not defined in AttributeDefinitions. "
                "Keys: [x], AttributeDefinitions: [pk]",
            ),
        ),
        (
            {"StreamSpecification": {"StreamEnabled": False}},
            ("ValidationException", "Table has no stream to disable: TableName: things"),
        ),
    ],
    ids=lambda x: None,
)
def test_update_refused_as_the_service_refuses(
    raw_client: Any, error_of: Any, request_: dict[str, Any], error: tuple[str, str]
) -> None:
    on_demand(raw_client)
    assert error_of(raw_client.update_table, TableName="things", **request_) == error


def test_update_of_a_missing_table(client: Any, error_of: Any) -> None:
    assert error_of(client.update_table, TableName="nope", BillingMode="PAY_PER_REQUEST") == (
        "ResourceNotFoundException",
        "Requested resource not found: Table: nope not found",
    )


# -- time to live -------------------------------------------------------------------------------
def test_time_to_live_is_stored_and_refused_twice(client: Any, error_of: Any) -> None:
    on_demand(client)
    assert client.describe_time_to_live(TableName="things")["TimeToLiveDescription"] == {
        "TimeToLiveStatus": "DISABLED"
    }
    spec = {"Enabled": True, "AttributeName": "expires"}
    answer = client.update_time_to_live(TableName="things", TimeToLiveSpecification=spec)
    assert answer["TimeToLiveSpecification"] == spec
    assert client.describe_time_to_live(TableName="things")["TimeToLiveDescription"] == {
        "TimeToLiveStatus": "ENABLED",
        "AttributeName": "expires",
    }
    assert error_of(
        client.update_time_to_live, TableName="things", TimeToLiveSpecification=spec
    ) == ("ValidationException", "TimeToLive is already enabled")
    assert error_of(
        client.update_time_to_live,
        TableName="things",
        TimeToLiveSpecification={"Enabled": False, "AttributeName": "other"},
    ) == (
        "ValidationException",
        "TimeToLive is active on a different AttributeName: current AttributeName is expires",
    )
    off = {"Enabled": False, "AttributeName": "expires"}
    client.update_time_to_live(TableName="things", TimeToLiveSpecification=off)
    assert error_of(
        client.update_time_to_live, TableName="things", TimeToLiveSpecification=off
    ) == ("ValidationException", "TimeToLive is already disabled")
    assert error_of(client.describe_time_to_live, TableName="nope") == (
        "ResourceNotFoundException",
        "Requested resource not found: Table: nope not found",
    )


# -- tags ---------------------------------------------------------------------------------------
def test_tags_are_stored_by_table_arn(client: Any, error_of: Any) -> None:
    on_demand(client, Tags=[{"Key": "a", "Value": "1"}])
    arn = ARN + "things"
    client.tag_resource(
        ResourceArn=arn, Tags=[{"Key": "b", "Value": "2"}, {"Key": "a", "Value": "3"}]
    )
    assert client.list_tags_of_resource(ResourceArn=arn)["Tags"] == [
        {"Key": "a", "Value": "3"},
        {"Key": "b", "Value": "2"},
    ]
    client.untag_resource(ResourceArn=arn, TagKeys=["a", "zz"])
    assert client.list_tags_of_resource(ResourceArn=arn)["Tags"] == [{"Key": "b", "Value": "2"}]
    missing = ARN + "nope"
    assert error_of(client.list_tags_of_resource, ResourceArn=missing) == (
        "ResourceNotFoundException",
        f"Requested resource not found: ResourcArn: {missing} not found",
    )
    bad = "arn:not/a/good/format"
    assert error_of(client.tag_resource, ResourceArn=bad, Tags=[{"Key": "k", "Value": "v"}]) == (
        "ValidationException",
        f"Invalid TableArn: Invalid ResourceArn provided as input {bad}",
    )
    assert error_of(client.untag_resource, ResourceArn=arn, TagKeys=[]) == (
        "ValidationException",
        "Atleast one Tag Key needs to be provided as Input.",
    )
