"""Tables per region: a table a CreateTable made is served to requests signed for its region
only, as the service keeps tables per region (PynamoDB's integration test
``test_transact_write__error__different_regions`` expects a ResourceNotFoundException from
another region; DynamoDB Local, without ``-sharedDb``, answers so too). A declared table has
no region and is served in every one."""

from __future__ import annotations

from typing import Any

import boto3
import pytest
from botocore.exceptions import ClientError

from pytest_dynafake import DynaFake, DynaFakeError

SCHEMA: dict[str, Any] = {
    "BillingMode": "PAY_PER_REQUEST",
    "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"}],
    "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}],
}
ITEM = {"pk": {"S": "a"}}


def client(region: str) -> Any:
    return boto3.client("dynamodb", region_name=region)


def error(call: Any) -> tuple[str, str]:
    with pytest.raises(ClientError) as caught:
        call()
    return caught.value.response["Error"]["Code"], caught.value.response["Error"]["Message"]


@pytest.fixture
def east2(dynafake: DynaFake) -> Any:
    """A table made through a us-east-2 client."""
    created = client("us-east-2")
    created.create_table(TableName="orders", **SCHEMA)
    return created


def test_another_region_does_not_see_a_created_table(east2: Any) -> None:
    east1 = client("us-east-1")
    not_found = ("ResourceNotFoundException", "Requested resource not found")
    assert error(lambda: east1.put_item(TableName="orders", Item=ITEM)) == not_found
    assert error(lambda: east1.get_item(TableName="orders", Key=ITEM)) == not_found
    assert (
        error(
            lambda: east1.transact_write_items(
                TransactItems=[{"Put": {"TableName": "orders", "Item": ITEM}}]
            )
        )
        == not_found
    )
    assert error(lambda: east1.describe_table(TableName="orders")) == (
        "ResourceNotFoundException",
        "Requested resource not found: Table: orders not found",
    )
    assert error(lambda: east1.delete_table(TableName="orders")) == (
        "ResourceNotFoundException",
        "Requested resource not found: Table: orders not found",
    )
    assert east1.list_tables()["TableNames"] == []


def test_its_own_region_serves_it(east2: Any) -> None:
    east2.put_item(TableName="orders", Item=ITEM)
    assert east2.get_item(TableName="orders", Key=ITEM)["Item"] == ITEM
    assert east2.list_tables()["TableNames"] == ["orders"]
    assert east2.describe_table(TableName="orders")["Table"]["TableArn"] == (
        "arn:aws:dynamodb:us-east-2:123456789012:table/orders"
    )


def test_a_second_table_of_the_name_in_another_region_is_a_plugin_limit(east2: Any) -> None:
    with pytest.raises(DynaFakeError) as caught:
        client("us-east-1").create_table(TableName="orders", **SCHEMA)
    assert str(caught.value) == (
        "CreateTable: a table 'orders' exists in us-east-2 already. DynamoDB keeps tables per "
        "region and would make a second one; pytest-dynafake keeps one table per name, so it "
        "cannot: give the tables of different regions different names."
    )


def test_a_declared_table_is_served_in_every_region(dynafake: DynaFake) -> None:
    dynafake.table("users", "pk", items=[{"pk": "a"}])
    for region in ("us-east-1", "eu-west-1", "ap-southeast-2"):
        assert client(region).get_item(TableName="users", Key=ITEM)["Item"] == ITEM
        assert client(region).list_tables()["TableNames"] == ["users"]


def test_a_layer_keeps_the_region_of_its_base_table() -> None:
    base = DynaFake()
    with base:
        client("us-east-2").create_table(TableName="orders", **SCHEMA)
    with base.layer():
        assert error(lambda: client("us-east-1").put_item(TableName="orders", Item=ITEM)) == (
            "ResourceNotFoundException",
            "Requested resource not found",
        )
        client("us-east-2").put_item(TableName="orders", Item=ITEM)  # copied on write
        assert error(lambda: client("us-east-1").scan(TableName="orders")) == (
            "ResourceNotFoundException",
            "Requested resource not found",
        )
        assert client("us-east-2").scan(TableName="orders")["Count"] == 1
