"""PynamoDB 6 writes: ``Model.save()``, ``update()`` and ``delete()``, with their conditions
(optimistic locking with a version attribute included)."""

from __future__ import annotations

from typing import Any

import pytest
from pynamodb.attributes import NumberAttribute, UnicodeAttribute, VersionAttribute
from pynamodb.exceptions import DeleteError, PutError, UpdateError
from pynamodb.models import Model

from pytest_dynafake import DynaFake


class Account(Model):
    class Meta:
        table_name = "accounts"

    account_id = UnicodeAttribute(hash_key=True)
    owner = UnicodeAttribute(null=True)
    balance = NumberAttribute(default=0)
    version = VersionAttribute()


@pytest.fixture(autouse=True)
def accounts(dynafake: DynaFake, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr(Account, "_connection", None)
    return dynafake.table("accounts", "account_id")


def test_save_then_read_back() -> None:
    Account("a1", owner="Ada", balance=10).save()
    assert Account.get("a1").attribute_values == {
        "account_id": "a1",
        "owner": "Ada",
        "balance": 10,
        "version": 1,
    }


def test_save_is_conditional_on_the_version() -> None:
    """PynamoDB's optimistic locking: a stale copy's save fails its condition."""
    Account("a1", owner="Ada").save()
    first, stale = Account.get("a1"), Account.get("a1")
    first.owner = "Bo"
    first.save()
    stale.owner = "Cy"
    with pytest.raises(PutError) as raised:
        stale.save()
    assert raised.value.cause_response_code == "ConditionalCheckFailedException"
    assert Account.get("a1").attribute_values["owner"] == "Bo"


def test_update_with_actions_and_a_condition() -> None:
    Account("a1", balance=10).save()
    account = Account.get("a1")
    account.update(
        actions=[Account.balance.add(5), Account.owner.set("Ada")],
        condition=Account.balance >= 10,
    )
    assert account.attribute_values == {
        "account_id": "a1",
        "owner": "Ada",
        "balance": 15,
        "version": 2,
    }
    with pytest.raises(UpdateError) as raised:
        Account.get("a1").update(
            actions=[Account.balance.add(-100)], condition=Account.balance >= 100
        )
    assert raised.value.cause_response_code == "ConditionalCheckFailedException"
    assert Account.get("a1").balance == 15


def test_delete_with_a_condition() -> None:
    Account("a1", owner="Ada").save()
    account = Account.get("a1")
    with pytest.raises(DeleteError) as raised:
        account.delete(condition=Account.owner == "Bo")
    assert raised.value.cause_response_code == "ConditionalCheckFailedException"
    account.delete(condition=Account.owner == "Ada")
    with pytest.raises(Account.DoesNotExist):
        Account.get("a1")
