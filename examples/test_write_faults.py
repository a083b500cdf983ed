"""The write side's failure paths: a lost optimistic-locking race, unprocessed batch items,
cancelled transactions, throttled writes. Each leaves the tables as DynamoDB would."""

from __future__ import annotations

from decimal import Decimal

import pytest
from botocore.exceptions import ClientError

from pytest_dynafake import DynaFake

from .shop.accounts import (
    Accounts,
    ConcurrentModification,
    IncompleteWrite,
    InsufficientFunds,
)

A1 = {"account_id": "a1"}
OPENED = {"account_id": "a1", "owner": "Ada", "balance": Decimal(0), "version": Decimal(1)}


def test_a_lost_race_is_read_again(
    dynafake: DynaFake, accounts: Accounts, delays: list[float]
) -> None:
    """Another writer changed the account between the read and the write: the conditional
    put fails once, the repository reads again and writes on the version it now sees."""
    accounts.open("a1", "Ada")
    race = dynafake.condition_fails("PutItem", table="accounts", key=A1)
    assert accounts.rename("a1", "Ada Lovelace") == 2
    assert race.call_count == 1
    assert delays == [0.05]
    assert [(call.operation, call.outcome) for call in dynafake.calls] == [
        ("PutItem", "ok"),
        ("GetItem", "ok"),
        ("PutItem", "ConditionalCheckFailedException (400)"),
        ("GetItem", "ok"),
        ("PutItem", "ok"),
    ]


@pytest.mark.dynafake_condition_fails("PutItem", key=A1, after=1, times=None)
def test_a_race_lost_every_time_surfaces(dynafake: DynaFake, accounts: Accounts) -> None:
    """after=1: the account is opened, then every conditional put loses; the stored item is
    left as it was."""
    accounts.open("a1", "Ada")
    with pytest.raises(ConcurrentModification):
        accounts.rename("a1", "Ada Lovelace")
    assert dynafake.tables["accounts"].get(A1) == OPENED


ROWS = [(f"a{n:02d}", f"Owner {n}", 10 * n) for n in range(25)]


def test_unprocessed_items_are_written_again(
    dynafake: DynaFake, accounts: Accounts, delays: list[float]
) -> None:
    """DynamoDB leaves a07 unprocessed three rounds running; the import writes it again after
    a growing backoff, and the other 24 are written once."""
    dynafake.unprocessed("BatchWriteItem", key={"account_id": "a07"}, times=3)
    assert accounts.import_accounts(ROWS) == 4
    assert delays == [0.05, 0.1, 0.2]
    assert [call.outcome for call in dynafake.calls] == [
        "UnprocessedItems (1 items)",
        "UnprocessedItems (1 items)",
        "UnprocessedItems (1 items)",
        "ok",
    ]
    assert [len(call.request["RequestItems"]["accounts"]) for call in dynafake.calls] == [
        25,
        1,
        1,
        1,
    ]
    assert len(dynafake.tables["accounts"]) == 25


@pytest.mark.dynafake_unprocessed("BatchWriteItem", share=0.5, seed=4, times=None)
def test_items_that_never_get_written_are_reported(dynafake: DynaFake, accounts: Accounts) -> None:
    """Half the items unprocessed every round: the import gives up loudly, not silently."""
    with pytest.raises(IncompleteWrite):
        accounts.import_accounts(ROWS)
    assert 0 < len(dynafake.tables["accounts"]) < 25


def test_a_transfer_in_conflict_is_retried(
    dynafake: DynaFake, accounts: Accounts, delays: list[float]
) -> None:
    """Another transaction held a2 twice: the transfer is cancelled with TransactionConflict
    on that action (None on the others), nothing is written, and the retry goes through."""
    accounts.open("a1", "Ada", balance=100)
    accounts.open("a2", "Grace")
    conflict = dynafake.conflict("TransactWriteItems", key={"account_id": "a2"}, times=2)
    assert accounts.transfer("p1", "a1", "a2", 30) is True
    assert conflict.answers == ["TransactionCanceledException (400)"] * 2
    assert delays == [0.05, 0.1]
    assert accounts.get("a1") == {"account_id": "a1", "owner": "Ada", "balance": 70, "version": 2}


def test_the_cancellation_reasons_line_up_with_the_actions(
    dynafake: DynaFake, accounts: Accounts
) -> None:
    """A transfer cancelled on its debit's condition: one reason per action, in order, and
    the repository reads the first one as insufficient funds."""
    accounts.open("a1", "Ada", balance=100)
    accounts.open("a2", "Grace")
    dynafake.condition_fails("TransactWriteItems", key=A1)
    with pytest.raises(InsufficientFunds) as raised:
        accounts.transfer("p1", "a1", "a2", 30)
    error = raised.value.__cause__
    assert isinstance(error, ClientError)
    assert [reason["Code"] for reason in error.response["CancellationReasons"]] == [
        "ConditionalCheckFailed",
        "None",
        "None",
    ]
    assert error.response["Error"]["Message"] == (
        "Transaction cancelled, please refer cancellation reasons for specific reasons "
        "[ConditionalCheckFailed, None, None]"
    )
    assert len(dynafake.tables["payments"]) == 0


@pytest.mark.dynafake_conflict("TransactWriteItems", code="ValidationError")
def test_other_cancellations_are_not_retried(accounts: Accounts, delays: list[float]) -> None:
    accounts.open("a1", "Ada", balance=100)
    accounts.open("a2", "Grace")
    with pytest.raises(ClientError) as raised:
        accounts.transfer("p1", "a1", "a2", 30)
    assert raised.value.response["Error"]["Code"] == "TransactionCanceledException"
    assert delays == []


@pytest.mark.dynafake_throttle("PutItem", table="accounts", times=2)
def test_a_throttled_put_is_retried_by_botocore(dynafake: DynaFake, accounts: Accounts) -> None:
    accounts.open("a1", "Ada")
    assert dynafake.sleeps == [0.05, 0.1]  # botocore's backoff, simulated
    assert [call.outcome for call in dynafake.calls] == [
        "ProvisionedThroughputExceededException (400)",
        "ProvisionedThroughputExceededException (400)",
        "ok",
    ]
    assert len(dynafake.tables["accounts"]) == 1  # written once, by the attempt that passed


@pytest.mark.dynafake_throttle("UpdateItem", error="ThrottlingException", times=None)
def test_throttling_that_never_ends_leaves_the_counter_alone(
    dynafake: DynaFake, accounts: Accounts
) -> None:
    accounts.open("a1", "Ada")
    with pytest.raises(ClientError) as raised:
        accounts.record_login("a1")
    assert raised.value.response["Error"]["Code"] == "ThrottlingException"
    assert len(dynafake.sleeps) == 9  # legacy mode: 10 attempts
    assert dynafake.tables["accounts"].get(A1) == OPENED  # no login counted
