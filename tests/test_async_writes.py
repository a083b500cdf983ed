"""PutItem, UpdateItem and DeleteItem from aiobotocore and aioboto3 (the resource's Table with
boto3's condition builder), read back from the fake."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

import pytest
from boto3.dynamodb.conditions import Attr

from pytest_dynafake import DynaFake

# aioboto3 pins an older botocore, so these run in CI's separate async environment.
aioboto3 = pytest.importorskip("aioboto3", reason="the async stack is tested with .[aio]")
get_session = pytest.importorskip("aiobotocore.session").get_session


@pytest.fixture
def users(dynafake: DynaFake) -> Any:
    return dynafake.table("users", "user_id", items=[{"user_id": "u1", "n": 1}])


def test_aiobotocore_put_update_delete(dynafake: DynaFake, users: Any) -> None:
    async def main() -> list[Any]:
        async with get_session().create_client("dynamodb") as client:
            put = await client.put_item(
                TableName="users",
                Item={"user_id": {"S": "u2"}, "n": {"N": "2"}},
                ReturnConsumedCapacity="TOTAL",
            )
            update = await client.update_item(
                TableName="users",
                Key={"user_id": {"S": "u2"}},
                UpdateExpression="ADD n :one",
                ExpressionAttributeValues={":one": {"N": "1"}},
                ReturnValues="UPDATED_NEW",
            )
            delete = await client.delete_item(
                TableName="users", Key={"user_id": {"S": "u1"}}, ReturnValues="ALL_OLD"
            )
            scan = await client.scan(TableName="users")
            answers = [put, update, delete, scan]
            return [{k: v for k, v in a.items() if k != "ResponseMetadata"} for a in answers]

    assert asyncio.run(main()) == [
        {"ConsumedCapacity": {"TableName": "users", "CapacityUnits": 1.0}},
        {"Attributes": {"n": {"N": "3"}}},
        {"Attributes": {"user_id": {"S": "u1"}, "n": {"N": "1"}}},
        {
            "Items": [{"user_id": {"S": "u2"}, "n": {"N": "3"}}],
            "Count": 1,
            "ScannedCount": 1,
        },
    ]


def test_aioboto3_table_with_conditions(dynafake: DynaFake, users: Any) -> None:
    async def main() -> tuple[str, Any]:
        async with aioboto3.Session().resource("dynamodb") as dynamodb:
            table = await dynamodb.Table("users")
            await table.update_item(
                Key={"user_id": "u1"},
                UpdateExpression="SET n = n + :one",
                ConditionExpression=Attr("n").eq(1),
                ExpressionAttributeValues={":one": 1},
            )
            try:
                await table.delete_item(Key={"user_id": "u1"}, ConditionExpression=Attr("n").eq(1))
            except Exception as error:  # the client's modeled exception class
                code = error.response["Error"]["Code"]  # type: ignore[attr-defined]
            else:
                code = "no error"
            item = (await table.get_item(Key={"user_id": "u1"}))["Item"]
            return code, item

    assert asyncio.run(main()) == (
        "ConditionalCheckFailedException",
        {"user_id": "u1", "n": Decimal(2)},
    )
