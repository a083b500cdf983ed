"""CreateTable through boto3: the table the service describes, ACTIVE at once, created in the
test's own fake; and the service's validation messages (sources in docs/errors.md)."""

from __future__ import annotations

import datetime
import uuid
from typing import Any

import pytest

from pytest_dynafake import DynaFake

ARN = "arn:aws:dynamodb:us-east-1:123456789012:table/"
TIME = "<time>"


def masked(description: dict[str, Any]) -> dict[str, Any]:
    """Datetimes (the creation time) replaced by a marker, deliberately, field by field."""

    def mask(value: Any) -> Any:
        if isinstance(value, datetime.datetime):
            return TIME
        if isinstance(value, dict):
            return {k: mask(x) for k, x in value.items()}
        if isinstance(value, list):
            return [mask(x) for x in value]
        return value

    return mask(description)  # type: ignore[no-any-return]


def key(*elements: tuple[str, str]) -> list[dict[str, str]]:
    return [{"AttributeName": n, "KeyType": t} for n, t in elements]


def definitions(*elements: tuple[str, str]) -> list[dict[str, str]]:
    return [{"AttributeName": n, "AttributeType": t} for n, t in elements]


def table_id(name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, ARN + name))


def test_an_on_demand_table_is_active_at_once(client: Any) -> None:
    answer = client.create_table(
        TableName="events",
        KeySchema=key(("pk", "HASH")),
        AttributeDefinitions=definitions(("pk", "S")),
        BillingMode="PAY_PER_REQUEST",
    )
    description = {
        "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"}],
        "TableName": "events",
        "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}],
        "TableStatus": "ACTIVE",
        "CreationDateTime": TIME,
        "ProvisionedThroughput": {
            "NumberOfDecreasesToday": 0,
            "ReadCapacityUnits": 0,
            "WriteCapacityUnits": 0,
        },
        "TableSizeBytes": 0,
        "ItemCount": 0,
        "TableArn": ARN + "events",
        "TableId": table_id("events"),
        "DeletionProtectionEnabled": False,
        "BillingModeSummary": {
            "BillingMode": "PAY_PER_REQUEST",
            "LastUpdateToPayPerRequestDateTime": TIME,
        },
    }
    assert masked(answer["TableDescription"]) == description
    assert masked(client.describe_table(TableName="events")["Table"]) == description


def test_a_provisioned_table_with_indexes_streams_and_options(client: Any) -> None:
    gsi = {
        "IndexName": "by_status",
        "KeySchema": key(("status", "HASH"), ("created", "RANGE")),
        "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["total"]},
        "ProvisionedThroughput": {"ReadCapacityUnits": 2, "WriteCapacityUnits": 1},
    }
    lsi = {
        "IndexName": "by_created",
        "KeySchema": key(("pk", "HASH"), ("created", "RANGE")),
        "Projection": {"ProjectionType": "KEYS_ONLY"},
    }
    answer = client.create_table(
        TableName="orders",
        KeySchema=key(("pk", "HASH"), ("sk", "RANGE")),
        AttributeDefinitions=definitions(
            ("pk", "S"), ("sk", "N"), ("status", "S"), ("created", "N")
        ),
        ProvisionedThroughput={"ReadCapacityUnits": 5, "WriteCapacityUnits": 3},
        GlobalSecondaryIndexes=[gsi],
        LocalSecondaryIndexes=[lsi],
        StreamSpecification={"StreamEnabled": True, "StreamViewType": "NEW_AND_OLD_IMAGES"},
        SSESpecification={"Enabled": True, "SSEType": "KMS", "KMSMasterKeyId": "alias/mine"},
        Tags=[{"Key": "team", "Value": "core"}],
        TableClass="STANDARD_INFREQUENT_ACCESS",
        DeletionProtectionEnabled=True,
    )["TableDescription"]
    label = answer["LatestStreamLabel"]
    created = answer["CreationDateTime"].astimezone(datetime.timezone.utc)
    assert label == created.strftime("%Y-%m-%dT%H:%M:%S.") + f"{created.microsecond // 1000:03d}"
    assert masked(answer) == {
        "AttributeDefinitions": definitions(
            ("pk", "S"), ("sk", "N"), ("status", "S"), ("created", "N")
        ),
        "TableName": "orders",
        "KeySchema": key(("pk", "HASH"), ("sk", "RANGE")),
        "TableStatus": "ACTIVE",
        "CreationDateTime": TIME,
        "ProvisionedThroughput": {
            "NumberOfDecreasesToday": 0,
            "ReadCapacityUnits": 5,
            "WriteCapacityUnits": 3,
        },
        "TableSizeBytes": 0,
        "ItemCount": 0,
        "TableArn": ARN + "orders",
        "TableId": table_id("orders"),
        "DeletionProtectionEnabled": True,
        "LocalSecondaryIndexes": [
            {
                **lsi,
                "IndexSizeBytes": 0,
                "ItemCount": 0,
                "IndexArn": ARN + "orders/index/by_created",
            }
        ],
        "GlobalSecondaryIndexes": [
            {
                **gsi,
                "IndexStatus": "ACTIVE",
                "IndexSizeBytes": 0,
                "ItemCount": 0,
                "IndexArn": ARN + "orders/index/by_status",
            }
        ],
        "StreamSpecification": {"StreamEnabled": True, "StreamViewType": "NEW_AND_OLD_IMAGES"},
        "LatestStreamLabel": label,
        "LatestStreamArn": f"{ARN}orders/stream/{label}",
        "SSEDescription": {"Status": "ENABLED", "SSEType": "KMS", "KMSMasterKeyArn": "alias/mine"},
        "TableClassSummary": {"TableClass": "STANDARD_INFREQUENT_ACCESS"},
    }
    tags = client.list_tags_of_resource(ResourceArn=ARN + "orders")["Tags"]
    assert tags == [{"Key": "team", "Value": "core"}]


def test_a_created_table_is_served_seedable_and_listed(dynafake: DynaFake, client: Any) -> None:
    client.create_table(
        TableName="things",
        KeySchema=key(("pk", "HASH")),
        AttributeDefinitions=definitions(("pk", "S")),
        BillingMode="PAY_PER_REQUEST",
    )
    assert list(dynafake.tables) == ["things"]
    dynafake.tables["things"].put_item({"pk": "a", "n": 1})
    assert client.get_item(TableName="things", Key={"pk": {"S": "a"}})["Item"] == {
        "pk": {"S": "a"},
        "n": {"N": "1"},
    }
    assert client.list_tables()["TableNames"] == ["things"]


def test_an_existing_table_is_in_use(client: Any, users: Any, error_of: Any) -> None:
    assert error_of(
        client.create_table,
        TableName="users",
        KeySchema=key(("user_id", "HASH")),
        AttributeDefinitions=definitions(("user_id", "S")),
        BillingMode="PAY_PER_REQUEST",
    ) == ("ResourceInUseException", "Table already exists: users")


def test_the_waiter_answers_without_waiting(dynafake: DynaFake, client: Any) -> None:
    client.create_table(
        TableName="things",
        KeySchema=key(("pk", "HASH")),
        AttributeDefinitions=definitions(("pk", "S")),
        BillingMode="PAY_PER_REQUEST",
    )
    client.get_waiter("table_exists").wait(TableName="things")
    client.delete_table(TableName="things")
    client.get_waiter("table_not_exists").wait(TableName="things")
    assert dynafake.sleeps == []
    assert [c.operation for c in dynafake.calls] == [
        "CreateTable",
        "DescribeTable",
        "DeleteTable",
        "DescribeTable",
    ]


def test_tables_created_by_a_test_stay_in_that_test(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
import boto3, pytest

@pytest.fixture(scope="module", autouse=True)
def shared(dynafake_module):
    dynafake_module.table("users", "user_id")

def create(name):
    boto3.client("dynamodb").create_table(
        TableName=name,
        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
        BillingMode="PAY_PER_REQUEST",
    )

def test_creates(dynafake, dynafake_module):
    create("things")
    assert sorted(dynafake.tables) == ["things", "users"]
    assert list(dynafake_module.tables) == ["users"]

def test_does_not_see_it(dynafake):
    assert boto3.client("dynamodb").list_tables()["TableNames"] == ["users"]
    create("things")
"""
    )
    pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=2)


BASE = {
    "TableName": "things",
    "KeySchema": key(("pk", "HASH")),
    "AttributeDefinitions": definitions(("pk", "S")),
    "BillingMode": "PAY_PER_REQUEST",
}
INVALID = "One or more parameter values were invalid: "


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"TableName": None},
            "The parameter 'TableName' is required but was not present in the request",
        ),
        (
            {"TableName": "ab"},
            "1 validation error detected: Value 'ab' at 'tableName' failed to satisfy "
            "constraint: Member must have length greater than or equal to 3",
        ),
        (
            {"AttributeDefinitions": definitions(("pk", "X"))},
            "1 validation error detected: Value 'X' at 'attributeDefinitions.1.member."
            "attributeType' failed to satisfy constraint: Member must satisfy enum value set: "
            "[B, N, S]",
        ),
        (
            {"KeySchema": key(("pk", "INVALID"))},
            "1 validation error detected: Value 'INVALID' at 'keySchema.1.member.keyType' "
            "failed to satisfy constraint: Member must satisfy enum value set: [HASH, RANGE]",
        ),
        (
            {"BillingMode": "FOO"},
            "1 validation error detected: Value 'FOO' at 'billingMode' failed to satisfy "
            "constraint: Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]",
        ),
        (
            {"KeySchema": None},
            "1 validation error detected: Value null at 'keySchema' failed to satisfy "
            "constraint: Member must not be null",
        ),
        (
            {"ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}},
            INVALID + "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when "
            "BillingMode is PAY_PER_REQUEST",
        ),
        (
            {"BillingMode": None},
            INVALID + "ReadCapacityUnits and WriteCapacityUnits must both be specified when "
            "BillingMode is PROVISIONED",
        ),
        (
            {"KeySchema": key(("pk", "HASH"), ("pk", "RANGE"))},
            "Invalid KeySchema: Some index key attribute have no definition",
        ),
        (
            {"KeySchema": key(("id", "HASH"))},
            INVALID + "Some index key attributes are not defined in AttributeDefinitions. "
            "Keys: [id], AttributeDefinitions: [pk]",
        ),
        (
            {
                "KeySchema": key(("pk", "HASH"), ("pk", "RANGE")),
                "AttributeDefinitions": definitions(("pk", "S"), ("sk", "S")),
            },
            "Both the Hash Key and the Range Key element in the KeySchema have the same name",
        ),
        (
            {
                "KeySchema": key(("pk", "RANGE"), ("sk", "HASH")),
                "AttributeDefinitions": definitions(("pk", "S"), ("sk", "S")),
            },
            "Invalid KeySchema: The first KeySchemaElement is not a HASH key type",
        ),
        (
            {"AttributeDefinitions": definitions(("pk", "S"), ("x", "S"))},
            INVALID + "Number of attributes in KeySchema does not exactly match number of "
            "attributes defined in AttributeDefinitions",
        ),
        (
            {
                "AttributeDefinitions": definitions(("pk", "S"), ("x", "S"), ("g", "S")),
                "GlobalSecondaryIndexes": [
                    {
                        "IndexName": "by_g",
                        "KeySchema": key(("g", "HASH")),
                        "Projection": {"ProjectionType": "ALL"},
                    }
                ],
            },
            INVALID + "Some AttributeDefinitions are not used. AttributeDefinitions: "
            "[pk, x, g], keys used: [pk, g]",
        ),
        (
            {
                "AttributeDefinitions": definitions(("pk", "S"), ("x", "S")),
                "LocalSecondaryIndexes": [
                    {
                        "IndexName": "by_x",
                        "KeySchema": key(("pk", "HASH"), ("x", "RANGE")),
                        "Projection": {"ProjectionType": "ALL"},
                    }
                ],
            },
            INVALID + "Table KeySchema does not have a range key, which is required when "
            "specifying a LocalSecondaryIndex",
        ),
        (
            {
                "AttributeDefinitions": definitions(("pk", "S"), ("a", "S"), ("b", "S")),
                "GlobalSecondaryIndexes": [
                    {"IndexName": "same", "KeySchema": key((x, "HASH")), "Projection": p}
                    for x, p in (("a", {"ProjectionType": "ALL"}), ("b", {"ProjectionType": "ALL"}))
                ],
            },
            INVALID + "Duplicate index name: same",
        ),
        (
            {
                "AttributeDefinitions": definitions(("pk", "S"), ("a", "S")),
                "GlobalSecondaryIndexes": [
                    {
                        "IndexName": "by_a",
                        "KeySchema": key(("a", "HASH")),
                        "Projection": {"ProjectionType": "ALL"},
                        "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1},
                    }
                ],
            },
            INVALID + "ProvisionedThroughput should not be specified for index: by_a when "
            "BillingMode is PAY_PER_REQUEST",
        ),
        (
            {
                "AttributeDefinitions": definitions(("pk", "S"), ("a", "S")),
                "GlobalSecondaryIndexes": [
                    {
                        "IndexName": "by_a",
                        "KeySchema": key(("a", "HASH")),
                        "Projection": {"ProjectionType": "KEYS_ONLY", "NonKeyAttributes": ["n"]},
                    }
                ],
            },
            INVALID + "ProjectionType is KEYS_ONLY, but NonKeyAttributes is specified",
        ),
        (
            {"StreamSpecification": {"StreamEnabled": True}},
            "Invalid StreamViewType: Stream ViewType must not be null or empty when enabling "
            "streams.",
        ),
    ],
    ids=lambda x: None if isinstance(x, str) else str(sorted(x))[:60],
)
def test_refused_as_the_service_refuses(
    raw_client: Any, error_of: Any, changes: dict[str, Any], message: str
) -> None:
    request = {k: x for k, x in {**BASE, **changes}.items() if x is not None}
    assert error_of(raw_client.create_table, **request) == ("ValidationException", message)
