"""Any table-admin request body gets DynamoDB's kind of answer, as any data request does
(tests/test_robust_requests.py): Hypothesis starts from valid CreateTable, UpdateTable,
DeleteTable, DescribeTable, ListTables, time-to-live and tag requests and breaks one to three
members (dropped, or another JSON type or a near-valid value in their place, at any depth). An
UpdateTable with a key schema element left without its name raised a bare KeyError before."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings

from pytest_dynafake import DynaFake
from tests._requests import request
from tests.test_robust_requests import assert_dynamodb_kind, broken_requests

ARN = "arn:aws:dynamodb:us-east-1:123456789012:table/things"
KEYS = [{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}]
DEFINITIONS = [
    {"AttributeName": "pk", "AttributeType": "S"},
    {"AttributeName": "sk", "AttributeType": "N"},
    {"AttributeName": "g", "AttributeType": "S"},
]
NEW_INDEX = {
    "IndexName": "by_g2",
    "KeySchema": [{"AttributeName": "g", "KeyType": "HASH"}],
    "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["n"]},
}
ONE_EACH = {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}
TEMPLATES: dict[str, dict[str, Any]] = {
    "CreateTable": {
        "TableName": "fresh",
        "KeySchema": KEYS,
        "AttributeDefinitions": DEFINITIONS,
        "BillingMode": "PROVISIONED",
        "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5},
        "GlobalSecondaryIndexes": [{**NEW_INDEX, "ProvisionedThroughput": ONE_EACH}],
        "LocalSecondaryIndexes": [
            {
                "IndexName": "by_sk2",
                "KeySchema": [KEYS[0], {"AttributeName": "g", "KeyType": "RANGE"}],
                "Projection": {"ProjectionType": "KEYS_ONLY"},
            }
        ],
        "StreamSpecification": {"StreamEnabled": True, "StreamViewType": "NEW_IMAGE"},
        "SSESpecification": {"Enabled": True, "SSEType": "KMS"},
        "Tags": [{"Key": "team", "Value": "red"}],
        "TableClass": "STANDARD",
        "DeletionProtectionEnabled": False,
    },
    "UpdateTable": {
        "TableName": "things",
        "AttributeDefinitions": DEFINITIONS,
        "GlobalSecondaryIndexUpdates": [{"Create": NEW_INDEX}, {"Delete": {"IndexName": "by_g"}}],
        "StreamSpecification": {"StreamEnabled": True, "StreamViewType": "KEYS_ONLY"},
    },
    "UpdateTable billing": {
        "TableName": "things",
        "BillingMode": "PROVISIONED",
        "ProvisionedThroughput": {"ReadCapacityUnits": 3, "WriteCapacityUnits": 4},
        "GlobalSecondaryIndexUpdates": [
            {"Update": {"IndexName": "by_g", "ProvisionedThroughput": ONE_EACH}}
        ],
        "DeletionProtectionEnabled": True,
    },
    "DeleteTable": {"TableName": "things"},
    "DescribeTable": {"TableName": "things"},
    "ListTables": {"ExclusiveStartTableName": "a", "Limit": 5},
    "UpdateTimeToLive": {
        "TableName": "things",
        "TimeToLiveSpecification": {"Enabled": True, "AttributeName": "expires"},
    },
    "DescribeTimeToLive": {"TableName": "things"},
    "TagResource": {"ResourceArn": ARN, "Tags": [{"Key": "a", "Value": "b"}]},
    "UntagResource": {"ResourceArn": ARN, "TagKeys": ["a"]},
    "ListTagsOfResource": {"ResourceArn": ARN, "NextToken": "x"},
}


def fake() -> DynaFake:
    built = DynaFake()
    built.table(
        "things",
        ("pk", "S"),
        ("sk", "N"),
        indexes={"by_g": {"partition_key": ("g", "S")}},
        items=[{"pk": "a", "sk": 1, "g": "x"}],
    )
    return built


FAKE = fake()


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(broken_requests(TEMPLATES))
def test_any_broken_admin_request_gets_an_answer_of_dynamodb_s_kind(
    case: tuple[str, Any],
) -> None:
    operation, body = case
    assert_dynamodb_kind(
        FAKE.layer()._respond(operation, request(operation, json.dumps(body).encode()))
    )
