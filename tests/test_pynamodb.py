"""PynamoDB 6 models: plain botocore clients underneath, so the same dispatch serves them."""

from __future__ import annotations

import time
from typing import Any

import pytest
from pynamodb.attributes import NumberAttribute, UnicodeAttribute
from pynamodb.connection import Connection
from pynamodb.exceptions import GetError, TransactGetError
from pynamodb.models import Model
from pynamodb.transactions import TransactGet

from pytest_dynafake import DynaFake


class User(Model):
    class Meta:
        table_name = "users"  # no region or host: the default endpoint, from the environment

    user_id = UnicodeAttribute(hash_key=True)
    name = UnicodeAttribute(null=True)
    age = NumberAttribute(null=True)


@pytest.fixture(autouse=True)
def users(dynafake: DynaFake, monkeypatch: pytest.MonkeyPatch) -> Any:
    # A model keeps its connection (and botocore client, with its retry quota) for the life of
    # the class; a fresh one per test keeps retry counts independent of the test order.
    monkeypatch.setattr(User, "_connection", None)
    return dynafake.table(
        "users",
        ("user_id", "S"),
        items=[{"user_id": "u1", "name": "Ada", "age": 36}, {"user_id": "u2", "name": "Bo"}],
    )


def test_get(dynafake: DynaFake) -> None:
    user = User.get("u1")
    assert user.attribute_values == {"user_id": "u1", "name": "Ada", "age": 36}
    with pytest.raises(User.DoesNotExist):
        User.get("u3")
    assert [call.operation for call in dynafake.calls] == ["GetItem", "GetItem"]


def test_batch_get_loops_on_unprocessed_keys(dynafake: DynaFake) -> None:
    """PynamoDB asks again for UnprocessedKeys itself: one held key means a second call."""
    fault = dynafake.unprocessed("BatchGetItem", keys=[{"user_id": "u2"}], times=1)
    users = User.batch_get(["u1", "u2", "u3"])
    assert sorted(user.user_id for user in users) == ["u1", "u2"]
    assert fault.call_count == 1
    keys = [call.keys for call in dynafake.get_calls("BatchGetItem")]  # PynamoDB: set order
    assert [sorted(str(key) for _, key in batch) for batch in keys] == [
        ["{'user_id': {'S': 'u1'}}", "{'user_id': {'S': 'u2'}}", "{'user_id': {'S': 'u3'}}"],
        ["{'user_id': {'S': 'u2'}}"],
    ]


def transact_get(*user_ids: str) -> list[User]:
    """``TransactGet`` needs an explicit ``connection`` in PynamoDB 6."""
    with TransactGet(connection=Connection()) as transaction:
        futures = [transaction.get(User, user_id) for user_id in user_ids]
    return [future.get() for future in futures]


def test_transact_get(dynafake: DynaFake) -> None:
    assert [user.name for user in transact_get("u1", "u2")] == ["Ada", "Bo"]
    assert dynafake.get_call("TransactGetItems").keys == [
        ("users", {"user_id": {"S": "u1"}}),
        ("users", {"user_id": {"S": "u2"}}),
    ]


def test_throttle_is_retried_by_botocore(
    dynafake: DynaFake, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PynamoDB's default is botocore's standard mode with 4 attempts (3 retries); the
    backoff is simulated: no real sleep at all (recorded, not timed: a timed bound is flaky on
    a loaded machine and blind to short jittered sleeps)."""
    real_sleeps: list[float] = []
    monkeypatch.setattr(time, "sleep", real_sleeps.append)
    fault = dynafake.throttle("GetItem", times=2)
    assert User.get("u2").name == "Bo"
    assert fault.call_count == 2
    assert len(dynafake.sleeps) == 2  # jittered, simulated
    dynafake.throttle("GetItem", times=None)
    with pytest.raises(GetError) as raised:
        User.get("u2")
    assert real_sleeps == []
    assert raised.value.cause_response_code == "ProvisionedThroughputExceededException"
    assert raised.value.cause_response_message == (
        "The level of configured provisioned throughput for the table was exceeded. Consider "
        "increasing your provisioning level with the UpdateTable API."
    )
    assert len(dynafake.get_calls("GetItem")) == 3 + 4
    assert len(dynafake.sleeps) == 2 + 3


def test_conflict_is_a_transact_get_error(dynafake: DynaFake) -> None:
    fault = dynafake.conflict("TransactGetItems", key={"user_id": "u2"})
    with pytest.raises(TransactGetError) as raised:
        transact_get("u1", "u2")
    error = raised.value
    assert error.cause_response_code == "TransactionCanceledException"
    assert error.cause_response_message == (
        "Transaction cancelled, please refer cancellation reasons for specific reasons "
        "[None, TransactionConflict]"
    )
    reasons = error.cancellation_reasons
    assert reasons[0] is None
    assert reasons[1] is not None
    assert (reasons[1].code, reasons[1].message) == (
        "TransactionConflict",
        "Transaction is ongoing for the item.",
    )
    assert fault.call_count == 1  # never retried
