"""The failure paths: throttling, partial results, conflicts, server errors. Each runs in
milliseconds; botocore's backoff is simulated."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import boto3
import pytest
from botocore.exceptions import ClientError

from pytest_dynafake import DynaFake

from .shop.repository import IncompleteRead, Order, ShopRepository, load_users_naively
from .test_orders import ORDERS

USERS = {"users": {"partition_key": "user_id", "items": [{"user_id": "u1"}, {"user_id": "u2"}]}}


@pytest.mark.dynafake(tables=USERS)
def test_unprocessed_keys_are_read_again(
    dynafake: DynaFake, repository: ShopRepository, delays: list[float]
) -> None:
    fault = dynafake.unprocessed("BatchGetItem", keys=[{"user_id": "u2"}], times=2)
    assert set(repository.load_users(["u1", "u2"])) == {"u1", "u2"}
    assert fault.call_count == 2
    assert delays == [0.05, 0.1]  # the repository's own backoff between rounds


@pytest.mark.dynafake(tables=USERS)
@pytest.mark.dynafake_unprocessed(share=0.5, seed=3, times=None)
def test_a_key_that_never_comes_back_is_reported(repository: ShopRepository) -> None:
    """Half the keys unprocessed every round: the loader gives up loudly, not silently."""
    with pytest.raises(IncompleteRead):
        repository.load_users(["u1", "u2"])


@pytest.mark.dynafake(tables=USERS)
@pytest.mark.dynafake_throttle("BatchGetItem", table="users", times=3)
def test_throttling_is_retried_by_botocore(dynafake: DynaFake, repository: ShopRepository) -> None:
    assert set(repository.load_users(["u1"])) == {"u1"}
    assert dynafake.sleeps == [0.05, 0.1, 0.2]
    assert [call.outcome for call in dynafake.get_calls("BatchGetItem")] == [
        "ProvisionedThroughputExceededException (400)",
        "ProvisionedThroughputExceededException (400)",
        "ProvisionedThroughputExceededException (400)",
        "ok",
    ]


@pytest.mark.dynafake(tables=USERS)
@pytest.mark.dynafake_throttle("BatchGetItem", times=None)
def test_throttling_that_never_ends_surfaces(
    dynafake: DynaFake, repository: ShopRepository
) -> None:
    with pytest.raises(ClientError) as error:
        repository.load_users(["u1"])
    assert error.value.response["Error"]["Code"] == "ProvisionedThroughputExceededException"
    assert len(dynafake.sleeps) == 9  # legacy mode: 10 attempts, 25.55 s of backoff, simulated


@pytest.mark.dynafake(tables=ORDERS)
@pytest.mark.dynafake_conflict("TransactGetItems", key={"order_id": "o1", "part": "lines"}, times=2)
def test_a_conflicting_order_read_is_retried(
    repository: ShopRepository, delays: list[float]
) -> None:
    assert repository.load_order("o1") == Order(
        "o1", "Ada", [{"sku": "pen", "qty": Decimal("2"), "price": Decimal("1.25")}]
    )
    assert delays == [0.05, 0.1]


@pytest.mark.dynafake(tables=ORDERS)
@pytest.mark.dynafake_conflict(code="ValidationError")
def test_other_cancellations_are_not_retried(repository: ShopRepository) -> None:
    with pytest.raises(ClientError) as error:
        repository.load_order("o1")
    assert [r["Code"] for r in error.value.response["CancellationReasons"]] == [
        "ValidationError",
        "ValidationError",
    ]


@pytest.mark.dynafake(tables=USERS)
@pytest.mark.dynafake_fail("BatchGetItem", error="InternalServerError", times=2)
@pytest.mark.dynafake_fail("BatchGetItem", error="ReadTimeout", after=2)
def test_server_errors_and_timeouts_are_retried(
    dynafake: DynaFake, repository: ShopRepository
) -> None:
    assert set(repository.load_users(["u1"])) == {"u1"}
    assert [call.outcome for call in dynafake.calls] == [
        "InternalServerError (500)",
        "InternalServerError (500)",
        "ReadTimeoutError",
        "ok",
    ]


def test_the_bug_the_fake_catches(dynafake: DynaFake, users: Any) -> None:
    """A loader that ignores UnprocessedKeys loses users the moment DynamoDB is busy."""
    users.put_items([{"user_id": "u1"}, {"user_id": "u2"}])
    dynafake.unprocessed(keys=[{"user_id": "u2"}])
    assert list(load_users_naively(boto3.client("dynamodb"), ["u1", "u2"])) == ["u1"]


@pytest.mark.dynafake(tables=USERS)
@pytest.mark.dynafake_script("BatchGetItem", ["ThrottlingException", "ok", "unprocessed"])
def test_a_scripted_bad_day(dynafake: DynaFake, repository: ShopRepository) -> None:
    """Each call (botocore's retries included) takes the next outcome: the first is throttled
    and retried, the retry passes, the next load's first round comes back unprocessed."""
    repository.load_users(["u1"])
    repository.load_users(["u1", "u2"])
    assert [call.outcome for call in dynafake.calls] == [
        "ThrottlingException (400)",
        "ok",
        "UnprocessedKeys (2 keys)",
        "ok",
    ]
