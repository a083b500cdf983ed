"""A test module written for moto, running on pytest-dynafake with only its fixture changed.

The tests create their tables and put their items through boto3, as moto's documentation
shows; the fake serves CreateTable, PutItem and the rest. With moto the fixture was::

    @pytest.fixture
    def dynamodb():
        with mock_aws():
            yield boto3.client("dynamodb", region_name="us-east-1")
"""

from __future__ import annotations

from typing import Any

import boto3
import pytest

from pytest_dynafake import DynaFake

from .shop.accounts import Accounts, InsufficientFunds


@pytest.fixture
def dynamodb(dynafake: DynaFake) -> Any:
    return boto3.client("dynamodb", region_name="us-east-1")


# Everything below is the moto module as it was.


def create_tables(client: Any) -> None:
    for table, key in (("accounts", "account_id"), ("payments", "payment_id")):
        client.create_table(
            TableName=table,
            KeySchema=[{"AttributeName": key, "KeyType": "HASH"}],
            AttributeDefinitions=[{"AttributeName": key, "AttributeType": "S"}],
            BillingMode="PAY_PER_REQUEST",
        )


def put_account(client: Any, account_id: str, balance: int) -> None:
    client.put_item(
        TableName="accounts",
        Item={
            "account_id": {"S": account_id},
            "owner": {"S": account_id.upper()},
            "balance": {"N": str(balance)},
            "version": {"N": "1"},
        },
    )


def balance(client: Any, account_id: str) -> int:
    item = client.get_item(TableName="accounts", Key={"account_id": {"S": account_id}})["Item"]
    return int(item["balance"]["N"])


def test_transfer(dynamodb: Any) -> None:
    create_tables(dynamodb)
    put_account(dynamodb, "a1", 100)
    put_account(dynamodb, "a2", 0)
    accounts = Accounts(dynamodb)
    assert accounts.transfer("p1", "a1", "a2", 30) is True
    assert accounts.transfer("p1", "a1", "a2", 30) is False
    assert (balance(dynamodb, "a1"), balance(dynamodb, "a2")) == (70, 30)


def test_transfer_without_funds(dynamodb: Any) -> None:
    create_tables(dynamodb)
    put_account(dynamodb, "a1", 10)
    put_account(dynamodb, "a2", 0)
    with pytest.raises(InsufficientFunds):
        Accounts(dynamodb).transfer("p1", "a1", "a2", 30)
    assert dynamodb.scan(TableName="payments")["Count"] == 0


def test_import(dynamodb: Any) -> None:
    create_tables(dynamodb)
    accounts = Accounts(dynamodb)
    accounts.import_accounts((f"a{n:02d}", f"Owner {n}", n) for n in range(30))
    assert dynamodb.scan(TableName="accounts", Select="COUNT")["Count"] == 30


def test_login_counter(dynamodb: Any) -> None:
    create_tables(dynamodb)
    accounts = Accounts(dynamodb)
    accounts.open("a1", "Ada")
    assert [accounts.record_login("a1") for _ in range(2)] == [1, 2]
    waiter = dynamodb.get_waiter("table_exists")
    waiter.wait(TableName="accounts")  # moto answers at once; so does the fake
