"""Writing accounts: conditional puts, an atomic counter, a transfer, a conditional delete,
batch imports; each result read back from the fake's tables."""

from __future__ import annotations

from decimal import Decimal

import boto3
import pytest

from pytest_dynafake import DynaFake

from .shop.accounts import (
    AccountExists,
    Accounts,
    BalanceNotZero,
    InsufficientFunds,
    UnknownAccount,
)


def balances(fake: DynaFake) -> dict[str, int]:
    """Each account's balance, read back from the fake's table."""
    return {a["account_id"]: a["balance"] for a in fake.tables["accounts"].items()}


def test_an_account_id_is_taken_once(dynafake: DynaFake, accounts: Accounts) -> None:
    accounts.open("a1", "Ada")
    with pytest.raises(AccountExists):
        accounts.open("a1", "Grace")
    assert dynafake.tables["accounts"].items() == [
        {"account_id": "a1", "owner": "Ada", "balance": Decimal(0), "version": Decimal(1)}
    ]


def test_a_rename_bumps_the_version_and_keeps_the_rest(
    dynafake: DynaFake, accounts: Accounts
) -> None:
    accounts.open("a1", "Ada", balance=500)
    accounts.record_login("a1")
    assert accounts.rename("a1", "Ada Lovelace") == 2
    assert dynafake.tables["accounts"].get({"account_id": "a1"}) == {
        "account_id": "a1",
        "owner": "Ada Lovelace",
        "balance": Decimal(500),
        "version": Decimal(2),
        "logins": Decimal(1),
        "last_login": Decimal(1_800_000_000),
    }


def test_renaming_an_unknown_account_fails(accounts: Accounts) -> None:
    with pytest.raises(UnknownAccount):
        accounts.rename("a404", "Nobody")


def test_logins_are_counted_without_a_read(dynafake: DynaFake, accounts: Accounts) -> None:
    accounts.open("a1", "Ada")
    assert [accounts.record_login("a1") for _ in range(3)] == [1, 2, 3]
    assert [call.operation for call in dynafake.calls] == ["PutItem", *["UpdateItem"] * 3]


def test_a_login_never_creates_an_account(dynafake: DynaFake, accounts: Accounts) -> None:
    """Without its condition, UpdateItem would create an item holding only the counter."""
    with pytest.raises(UnknownAccount):
        accounts.record_login("a404")
    assert len(dynafake.tables["accounts"]) == 0


def test_a_transfer_moves_credit_and_records_the_payment(
    dynafake: DynaFake, accounts: Accounts
) -> None:
    accounts.open("a1", "Ada", balance=100)
    accounts.open("a2", "Grace")
    assert accounts.transfer("p1", "a1", "a2", 30) is True
    assert balances(dynafake) == {"a1": 70, "a2": 30}
    assert dynafake.tables["payments"].items() == [
        {"payment_id": "p1", "source": "a1", "target": "a2", "amount": Decimal(30)}
    ]


def test_a_payment_is_made_once(dynafake: DynaFake, accounts: Accounts) -> None:
    """The payment record is the idempotency record: the second call finds it and changes
    nothing (its condition, attribute_not_exists, cancels the whole transaction)."""
    accounts.open("a1", "Ada", balance=100)
    accounts.open("a2", "Grace")
    assert accounts.transfer("p1", "a1", "a2", 30) is True
    assert accounts.transfer("p1", "a1", "a2", 30) is False
    assert accounts.get("a1") == {
        "account_id": "a1",
        "owner": "Ada",
        "balance": 70,
        "version": 2,
    }


def test_a_transfer_without_funds_changes_nothing(dynafake: DynaFake, accounts: Accounts) -> None:
    accounts.open("a1", "Ada", balance=10)
    accounts.open("a2", "Grace")
    with pytest.raises(InsufficientFunds):
        accounts.transfer("p1", "a1", "a2", 30)
    assert balances(dynafake) == {"a1": 10, "a2": 0}
    assert len(dynafake.tables["payments"]) == 0


def test_a_transfer_to_an_unknown_account_changes_nothing(
    dynafake: DynaFake, accounts: Accounts
) -> None:
    accounts.open("a1", "Ada", balance=100)
    with pytest.raises(UnknownAccount):
        accounts.transfer("p1", "a1", "a404", 30)
    assert accounts.get("a1") == {"account_id": "a1", "owner": "Ada", "balance": 100, "version": 1}
    assert len(dynafake.tables["accounts"]) == 1


def test_an_empty_account_is_closed(dynafake: DynaFake, accounts: Accounts) -> None:
    accounts.open("a1", "Ada")
    assert accounts.close("a1") == {
        "account_id": "a1",
        "owner": "Ada",
        "balance": 0,
        "version": 1,
    }
    assert accounts.get("a1") is None


def test_an_account_with_credit_is_not_closed(accounts: Accounts) -> None:
    """ReturnValuesOnConditionCheckFailure=ALL_OLD: the error carries the item as it is."""
    accounts.open("a1", "Ada", balance=25)
    with pytest.raises(BalanceNotZero) as refused:
        accounts.close("a1")
    assert refused.value.balance == 25
    assert accounts.get("a1") is not None


def test_closing_an_unknown_account_fails(accounts: Accounts) -> None:
    with pytest.raises(UnknownAccount):
        accounts.close("a404")


def test_an_import_writes_25_to_a_call(dynafake: DynaFake, accounts: Accounts) -> None:
    rows = [(f"a{n:03d}", f"Owner {n}", n) for n in range(60)]
    assert accounts.import_accounts(rows) == 3
    assert [len(call.request["RequestItems"]["accounts"]) for call in dynafake.calls] == [
        25,
        25,
        10,
    ]
    assert len(dynafake.tables["accounts"]) == 60
    assert accounts.get("a059") == {
        "account_id": "a059",
        "owner": "Owner 59",
        "balance": 59,
        "version": 1,
    }


@pytest.fixture(scope="module")
def shared(dynafake_module: DynaFake) -> DynaFake:
    """Accounts seeded once for the module; every test's fake is layered on this one."""
    dynafake_module.table("accounts", "account_id", items=[
        {"account_id": "a1", "owner": "Ada", "balance": 100, "version": 1},
        {"account_id": "a2", "owner": "Grace", "balance": 0, "version": 1},
    ])  # fmt: skip
    dynafake_module.table("payments", "payment_id")
    return dynafake_module


@pytest.mark.parametrize("payment", ["p1", "p2"])
def test_a_tests_writes_never_reach_the_shared_fake(
    shared: DynaFake, dynafake: DynaFake, payment: str
) -> None:
    """Both runs start from the seed, whichever runs first: the other's transfer is gone."""
    accounts = Accounts(boto3.client("dynamodb"))
    assert accounts.transfer(payment, "a1", "a2", 30) is True
    assert balances(dynafake) == {"a1": 70, "a2": 30}
    assert balances(shared) == {"a1": 100, "a2": 0}
