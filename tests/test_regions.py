"""Regions and partitions in ARNs: taken from the request's SigV4 scope, whatever address the
client sends to, and the partition from botocore's own partitions data."""

from __future__ import annotations

from typing import Any

import boto3
import pytest
from botocore import UNSIGNED
from botocore.config import Config
from botocore.exceptions import ClientError

from pytest_dynafake import DynaFake

NO_RETRIES = {"mode": "standard", "total_max_attempts": 1}
# (client options, the region and partition its ARNs name)
CLIENTS: dict[str, tuple[dict[str, Any], str, str]] = {
    "plain": ({"region_name": "eu-west-3"}, "eu-west-3", "aws"),
    "dualstack": (
        {"region_name": "us-west-2", "config": Config(use_dualstack_endpoint=True)},
        "us-west-2",
        "aws",
    ),
    "fips": (
        {"region_name": "us-west-2", "config": Config(use_fips_endpoint=True)},
        "us-west-2",
        "aws",
    ),
    "endpoint_url": (
        {"region_name": "ap-southeast-2", "endpoint_url": "http://localhost:8000"},
        "ap-southeast-2",
        "aws",
    ),
    "china": ({"region_name": "cn-north-1"}, "cn-north-1", "aws-cn"),
    "china-dualstack": (
        {"region_name": "cn-northwest-1", "config": Config(use_dualstack_endpoint=True)},
        "cn-northwest-1",
        "aws-cn",
    ),
    "govcloud": ({"region_name": "us-gov-west-1"}, "us-gov-west-1", "aws-us-gov"),
    "govcloud-fips": (
        {"region_name": "us-gov-east-1", "config": Config(use_fips_endpoint=True)},
        "us-gov-east-1",
        "aws-us-gov",
    ),
    "iso": ({"region_name": "us-iso-east-1"}, "us-iso-east-1", "aws-iso"),
    "no-partition": (
        # DynamoDB Local users' region: no partition claims it, so the default one.
        {"region_name": "local", "endpoint_url": "http://localhost:8000"},
        "local",
        "aws",
    ),
    "unlisted-china-region": (
        # Not (yet) in botocore's region list: its partition's region pattern decides.
        {"region_name": "cn-south-7", "endpoint_url": "https://dynamodb.example"},
        "cn-south-7",
        "aws-cn",
    ),
}
GSI = {
    "IndexName": "by-email",
    "KeySchema": [{"AttributeName": "email", "KeyType": "HASH"}],
    "Projection": {"ProjectionType": "KEYS_ONLY"},
}


def make(options: dict[str, Any]) -> Any:
    options = dict(options)
    config = options.pop("config", Config())
    return boto3.client("dynamodb", config=config.merge(Config(retries=NO_RETRIES)), **options)


@pytest.fixture
def users(dynafake: DynaFake) -> None:
    dynafake.create_table(
        TableName="users",
        KeySchema=[{"AttributeName": "user_id", "KeyType": "HASH"}],
        AttributeDefinitions=[
            {"AttributeName": "user_id", "AttributeType": "S"},
            {"AttributeName": "email", "AttributeType": "S"},
        ],
        GlobalSecondaryIndexes=[GSI],
    )


@pytest.mark.parametrize("kind", CLIENTS)
def test_describe_table_arns_name_the_signed_region_and_its_partition(
    users: None, kind: str
) -> None:
    options, region, partition = CLIENTS[kind]
    table = make(options).describe_table(TableName="users")["Table"]
    arn = f"arn:{partition}:dynamodb:{region}:123456789012:table/users"
    assert table["TableArn"] == arn
    assert table["GlobalSecondaryIndexes"][0]["IndexArn"] == f"{arn}/index/by-email"


@pytest.mark.parametrize("kind", CLIENTS)
def test_throttling_reasons_name_the_signed_region_and_its_partition(
    dynafake: DynaFake, users: None, kind: str
) -> None:
    options, region, partition = CLIENTS[kind]
    dynafake.throttle("GetItem")
    with pytest.raises(ClientError) as raised:
        make(options).get_item(TableName="users", Key={"user_id": {"S": "u1"}})
    assert raised.value.response["ThrottlingReasons"] == [
        {
            "reason": "TableReadProvisionedThroughputExceeded",
            "resource": f"arn:{partition}:dynamodb:{region}:123456789012:table/users",
        }
    ]


def test_unsigned_request_takes_the_region_from_the_address(users: None) -> None:
    """No SigV4 scope to read (signature_version=UNSIGNED): the URL's region, as before."""
    client = make({"region_name": "eu-central-1", "config": Config(signature_version=UNSIGNED)})
    arn = client.describe_table(TableName="users")["Table"]["TableArn"]
    assert arn == "arn:aws:dynamodb:eu-central-1:123456789012:table/users"
