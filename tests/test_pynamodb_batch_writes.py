"""PynamoDB 6 batch writes and transactions: ``Model.batch_write()`` (which resubmits
UnprocessedItems itself) and ``TransactWrite`` with conditions, on the fake."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pynamodb.attributes import NumberAttribute, UnicodeAttribute
from pynamodb.connection import Connection
from pynamodb.exceptions import CancellationReason, TransactWriteError
from pynamodb.models import Model
from pynamodb.transactions import TransactWrite

from pytest_dynafake import DynaFake


class User(Model):
    class Meta:
        table_name = "users"

    user_id = UnicodeAttribute(hash_key=True)
    name = UnicodeAttribute(null=True)
    age = NumberAttribute(null=True)


class Order(Model):
    class Meta:
        table_name = "orders"

    customer = UnicodeAttribute(hash_key=True)
    order_id = NumberAttribute(range_key=True)
    total = NumberAttribute(null=True)


@pytest.fixture(autouse=True)
def tables(dynafake: DynaFake, monkeypatch: pytest.MonkeyPatch) -> Any:
    # A model keeps its connection (and its botocore client's retry quota) for the life of the
    # class: a fresh one per test keeps tests independent of their order.
    monkeypatch.setattr(User, "_connection", None)
    monkeypatch.setattr(Order, "_connection", None)
    dynafake.table("orders", ("customer", "S"), ("order_id", "N"))
    return dynafake.table(
        "users",
        ("user_id", "S"),
        items=[{"user_id": "u1", "name": "Ada", "age": 36}, {"user_id": "u2", "name": "Bo"}],
    )


def everyone() -> dict[str, dict[str, Any]]:
    return {user.user_id: user.attribute_values for user in User.scan()}


def test_batch_write_saves_and_deletes(dynafake: DynaFake) -> None:
    with User.batch_write() as batch:
        for n in range(30):  # two BatchWriteItem calls: 25, then 5
            batch.save(User(f"n{n:02d}", age=n))
        batch.delete(User("u1"))
    users = everyone()
    assert len(users) == 31
    assert "u1" not in users
    assert users["n07"] == {"user_id": "n07", "age": 7}
    assert [call.outcome for call in dynafake.get_calls("BatchWriteItem")] == ["ok", "ok"]


def test_batch_write_resubmits_unprocessed_items(dynafake: DynaFake) -> None:
    fault = dynafake.unprocessed("BatchWriteItem", keys=[{"user_id": "n1"}, {"user_id": "u2"}])
    with User.batch_write() as batch:
        batch.save(User("n1", name="One"))
        batch.save(User("n2", name="Two"))
        batch.delete(User("u2"))
    assert fault.call_count == 1
    assert everyone() == {
        "u1": {"user_id": "u1", "name": "Ada", "age": 36},
        "n1": {"user_id": "n1", "name": "One"},
        "n2": {"user_id": "n2", "name": "Two"},
    }
    calls = dynafake.get_calls("BatchWriteItem")
    assert [len(call.keys) for call in calls] == [3, 2]


def test_transact_write_with_conditions() -> None:
    with TransactWrite(connection=Connection()) as transaction:
        transaction.save(User("u3", name="Cy"), condition=User.user_id.does_not_exist())
        transaction.update(User("u2"), actions=[User.age.set(41)], condition=User.name == "Bo")
        transaction.delete(User("u1"), condition=User.age > 30)
        transaction.save(Order("u3", 1, total=10))
    assert everyone() == {
        "u2": {"user_id": "u2", "name": "Bo", "age": 41},
        "u3": {"user_id": "u3", "name": "Cy"},
    }
    assert Order.get("u3", 1).total == 10


def cancelled(*actions: Callable[[TransactWrite], object]) -> TransactWriteError:
    """The error of a transaction made of ``actions`` (committed as the block ends)."""

    def commit() -> None:
        with TransactWrite(connection=Connection()) as transaction:
            for action in actions:
                action(transaction)

    with pytest.raises(TransactWriteError) as raised:
        commit()
    return raised.value


def test_transact_write_cancelled_by_a_condition_writes_nothing() -> None:
    error = cancelled(
        lambda transaction: transaction.save(Order("u1", 1, total=10)),
        lambda transaction: transaction.condition_check(User, "u2", condition=User.age.exists()),
    )
    assert error.cause_response_code == "TransactionCanceledException"
    # PynamoDB sends its condition checks first.
    assert error.cancellation_reasons == [
        CancellationReason(code="ConditionalCheckFailed", message="The conditional request failed"),
        None,
    ]
    assert list(Order.scan()) == []


def test_transact_write_conflict_fault(dynafake: DynaFake) -> None:
    fault = dynafake.conflict("TransactWriteItems", table="users")
    error = cancelled(lambda t: t.update(User("u1"), actions=[User.age.add(1)]))
    assert error.cancellation_reasons == [
        CancellationReason(
            code="TransactionConflict", message="Transaction is ongoing for the item."
        )
    ]
    assert fault.call_count == 1
    assert User.get("u1").age == 36


def test_transact_write_client_request_token_writes_once() -> None:
    for _ in range(2):
        with TransactWrite(connection=Connection(), client_request_token="once") as transaction:
            transaction.update(User("u1"), actions=[User.age.add(1)])
    assert User.get("u1").age == 37
