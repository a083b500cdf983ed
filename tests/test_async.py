"""aiobotocore and aioboto3 clients: the same dispatch, faults and simulated backoff."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any, TypeVar

import pytest
from botocore.config import Config
from botocore.exceptions import ReadTimeoutError

from pytest_dynafake import DynaFake, DynaFakeError
from pytest_dynafake._botocore import DISPATCH, backoff
from pytest_dynafake._botocore.guard import STREAMS_REFUSED, STS_REFUSED

from . import test_network

# The socket guard and the role-profile config of test_network, as fixtures here too.
no_network = test_network.no_network
role_profile = test_network.role_profile

# aioboto3 pins an older botocore, so these run in CI's separate async environment.
aioboto3 = pytest.importorskip("aioboto3", reason="the async stack is tested with .[aio]")
get_session = pytest.importorskip("aiobotocore.session").get_session
AioSession = pytest.importorskip("aiobotocore.session").AioSession

T = TypeVar("T")
U1 = {"user_id": {"S": "u1"}}
U2 = {"user_id": {"S": "u2"}}
LEGACY_DELAYS = [0.05 * 2**n for n in range(9)]


@pytest.fixture
def users(dynafake: DynaFake) -> Any:
    return dynafake.table(
        "users", ("user_id", "S"), items=[{"user_id": "u1", "age": 36}, {"user_id": "u2"}]
    )


def config(mode: str = "legacy", **retries: Any) -> Config:
    return Config(retries={"mode": mode, **retries})


def run(call: Callable[[Any], Awaitable[T]], retry_config: Config | None = None) -> T:
    """Run ``call(client)`` with a fresh aiobotocore DynamoDB client on a new event loop."""

    async def main() -> T:
        async with get_session().create_client("dynamodb", config=retry_config) as client:
            return await call(client)

    return asyncio.run(main())


def test_aiobotocore_get_batch_and_transact(dynafake: DynaFake, users: Any) -> None:
    async def reads(client: Any) -> list[Any]:
        return [
            await client.get_item(TableName="users", Key=U1),
            await client.batch_get_item(RequestItems={"users": {"Keys": [U1, U2]}}),
            await client.transact_get_items(
                TransactItems=[{"Get": {"TableName": "users", "Key": key}} for key in (U2, U1)]
            ),
        ]

    got, batch, transact = run(reads)
    assert got["Item"] == {"user_id": {"S": "u1"}, "age": {"N": "36"}}
    assert sorted(batch["Responses"]["users"], key=str) == [
        {"user_id": {"S": "u1"}, "age": {"N": "36"}},
        U2,
    ]
    assert batch["UnprocessedKeys"] == {}
    assert transact["Responses"] == [
        {"Item": U2},
        {"Item": {"user_id": {"S": "u1"}, "age": {"N": "36"}}},
    ]
    assert [call.operation for call in dynafake.calls] == [
        "GetItem",
        "BatchGetItem",
        "TransactGetItems",
    ]


def test_aioboto3_client(dynafake: DynaFake, users: Any) -> None:
    async def main() -> tuple[Any, Any]:
        async with aioboto3.Session().client("dynamodb") as client:
            got = await client.get_item(TableName="users", Key=U2)
            transact = await client.transact_get_items(
                TransactItems=[{"Get": {"TableName": "users", "Key": U1}}]
            )
            return got, transact

    got, transact = asyncio.run(main())
    assert got["Item"] == U2
    assert transact["Responses"] == [{"Item": {"user_id": {"S": "u1"}, "age": {"N": "36"}}}]


def test_aioboto3_resource(dynafake: DynaFake, users: Any) -> None:
    async def main() -> tuple[Any, Any]:
        async with aioboto3.Session().resource("dynamodb") as dynamodb:
            table = await dynamodb.Table("users")
            got = await table.get_item(Key={"user_id": "u1"})
            batch = await dynamodb.batch_get_item(
                RequestItems={"users": {"Keys": [{"user_id": "u2"}, {"user_id": "u3"}]}}
            )
            return got, batch

    got, batch = asyncio.run(main())
    assert got["Item"] == {"user_id": "u1", "age": Decimal(36)}
    assert batch["Responses"] == {"users": [{"user_id": "u2"}]}
    assert batch["UnprocessedKeys"] == {}


def test_throttle_is_retried_with_simulated_backoff(dynafake: DynaFake, users: Any) -> None:
    fault = dynafake.throttle("GetItem", table="users", times=3)
    response = run(lambda c: c.get_item(TableName="users", Key=U2), config())
    assert response["Item"] == U2
    assert response["ResponseMetadata"]["RetryAttempts"] == 3
    assert dynafake.sleeps == [0.05, 0.1, 0.2]
    assert fault.call_count == 3
    assert [(c.attempt, c.outcome) for c in dynafake.calls] == [
        (1, "ProvisionedThroughputExceededException (400)"),
        (2, "ProvisionedThroughputExceededException (400)"),
        (3, "ProvisionedThroughputExceededException (400)"),
        (4, "ok"),
    ]


def test_exhausted_retries_take_milliseconds(dynafake: DynaFake, users: Any) -> None:
    """Ten attempts and 25.55 s of backoff, simulated: asyncio.sleep is never awaited."""
    dynafake.throttle("BatchGetItem", times=None)

    async def call(client: Any) -> Any:
        started = time.perf_counter()
        with pytest.raises(client.exceptions.ProvisionedThroughputExceededException) as error:
            await client.batch_get_item(RequestItems={"users": {"Keys": [U1]}})
        return time.perf_counter() - started, error.value

    elapsed, error = run(call, config())
    assert elapsed < 1
    assert error.response["ResponseMetadata"]["RetryAttempts"] == 9
    assert dynafake.sleeps == LEGACY_DELAYS
    assert dynafake.clock.elapsed == pytest.approx(25.55)


def test_conflict_is_a_transaction_canceled_exception(dynafake: DynaFake, users: Any) -> None:
    fault = dynafake.conflict("TransactGetItems", table="users", key={"user_id": "u2"})

    async def call(client: Any) -> Any:
        with pytest.raises(client.exceptions.TransactionCanceledException) as error:
            await client.transact_get_items(
                TransactItems=[{"Get": {"TableName": "users", "Key": k}} for k in (U1, U2)]
            )
        return error.value

    error = run(call, config())
    assert error.response["Error"] == {
        "Code": "TransactionCanceledException",
        "Message": "Transaction cancelled, please refer cancellation reasons for specific "
        "reasons [None, TransactionConflict]",
    }
    assert error.response["CancellationReasons"] == [
        {"Code": "None"},
        {"Code": "TransactionConflict", "Message": "Transaction is ongoing for the item."},
    ]
    assert error.response["ResponseMetadata"]["RetryAttempts"] == 0
    assert fault.call_count == 1


def test_unprocessed_keys(dynafake: DynaFake, users: Any) -> None:
    fault = dynafake.unprocessed("BatchGetItem", keys=[{"user_id": "u2"}], times=1)

    async def rounds(client: Any) -> list[Any]:
        found = []
        request: dict[str, Any] = {"users": {"Keys": [U1, U2], "ProjectionExpression": "user_id"}}
        while request:
            response = await client.batch_get_item(RequestItems=request)
            found.append(response["Responses"]["users"])
            request = response["UnprocessedKeys"]
        return found

    assert run(rounds) == [[U1], [U2]]
    assert fault.answers == ["UnprocessedKeys (1 keys)"]


def test_read_timeout_is_retried_like_a_real_one(dynafake: DynaFake, users: Any) -> None:
    fault = dynafake.fail("GetItem", error="ReadTimeout", times=2)
    response = run(lambda c: c.get_item(TableName="users", Key=U1), config())
    assert response["ResponseMetadata"]["RetryAttempts"] == 2
    assert fault.call_count == 2
    assert dynafake.sleeps == [0.05, 0.1]
    dynafake.fail("GetItem", error="ReadTimeout", times=None)
    with pytest.raises(ReadTimeoutError):
        run(lambda c: c.get_item(TableName="users", Key=U1), config("standard"))
    assert [c.outcome for c in dynafake.get_calls("GetItem")][-3:] == ["ReadTimeoutError"] * 3


def test_adaptive_mode_does_not_block(dynafake: DynaFake, users: Any) -> None:
    """After a throttle the adaptive rate limiter would hold each request for about 2 s."""
    fault = dynafake.throttle("GetItem", error="ThrottlingException", times=3)

    async def calls(client: Any) -> float:
        started = time.perf_counter()
        with pytest.raises(client.exceptions.ThrottlingException):
            await client.get_item(TableName="users", Key=U1)
        for _ in range(3):
            await client.get_item(TableName="users", Key=U1)
        return time.perf_counter() - started

    assert run(calls, config("adaptive", total_max_attempts=3)) < 1
    assert fault.call_count == 3
    assert len(dynafake.get_calls("GetItem")) == 6


def test_backoff_under_freezegun_does_not_hang(dynafake: DynaFake, users: Any) -> None:
    """freezegun freezes the event loop's clock by default: a real asyncio.sleep never ends."""
    from freezegun import freeze_time

    dynafake.throttle("GetItem", times=2)
    moved: list[float] = []

    async def call(client: Any) -> Any:
        before = time.time()
        response = await client.get_item(TableName="users", Key=U1)
        moved.append(time.time() - before)
        return response

    with freeze_time("2026-01-01"):
        response = in_thread(lambda: run(call, config()))
    assert response["ResponseMetadata"]["RetryAttempts"] == 2
    assert moved == [pytest.approx(0.15)]


def in_thread(function: Callable[[], T], timeout: float = 20) -> T:
    """Run ``function`` in a thread, failing instead of hanging if it never returns."""
    result: list[T] = []
    thread = threading.Thread(target=lambda: result.append(function()), daemon=True)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), f"still running after {timeout} s"
    assert result, "the call raised; see the thread's exception above"
    return result[0]


# -- the patches themselves ------------------------------------------------------------------


def test_the_aiobotocore_patches_are_installed_once(users: Any) -> None:
    import aiobotocore.endpoint
    from aiobotocore.retries.bucket import AsyncTokenBucket

    run(lambda c: c.get_item(TableName="users", Key=U1))
    assert DISPATCH.aio_patched
    patched = (vars(aiobotocore.endpoint.AioEndpoint).get("_sleep"), aiobotocore.endpoint.asyncio)
    acquire = AsyncTokenBucket.acquire
    DISPATCH.aio_patched = False
    try:
        backoff._install_aio()
    finally:
        DISPATCH.aio_patched = True
    assert (vars(aiobotocore.endpoint.AioEndpoint).get("_sleep"), aiobotocore.endpoint.asyncio) == (
        patched
    )
    assert AsyncTokenBucket.acquire is acquire
    backoff._install_aio()  # already done: returns at once


def test_outside_a_fake_the_sleeps_and_the_bucket_are_real() -> None:
    """Covers both sleep patches (a class's ``_sleep`` in aiobotocore 3, the module's
    ``asyncio`` in 2), whichever release is installed."""
    from aiobotocore.retries.bucket import AsyncTokenBucket, Clock
    from botocore.exceptions import CapacityNotAvailableError

    backoff._install_aio()
    assert DISPATCH.active is None
    slept: list[float] = []

    class Endpoint:
        async def _sleep(self, seconds: float) -> None:
            slept.append(seconds)

    backoff._patch_aio_sleep(Endpoint)
    backoff._patch_aio_sleep(Endpoint)
    shim = backoff._EndpointAsyncio()

    async def sleeps() -> Any:
        await Endpoint()._sleep(0.5)
        assert await shim.sleep(0, "result") == "result"
        assert shim.get_running_loop() is asyncio.get_running_loop()
        bucket = AsyncTokenBucket(max_rate=0.5, clock=Clock())
        with pytest.raises(CapacityNotAvailableError):  # the real bucket starts empty
            await bucket.acquire(1, block=False)
        with DynaFake() as fake:
            await Endpoint()._sleep(0.25)
            await shim.sleep(3600)
            assert await bucket.acquire(1, block=False) is True
        return fake.sleeps

    assert asyncio.run(sleeps()) == [0.25, 3600]
    assert slept == [0.5]


def test_a_hand_written_async_backoff_is_simulated(dynafake: DynaFake, users: Any) -> None:
    """With sleep simulation on, an UnprocessedKeys loop's asyncio.sleep is recorded next to
    aiobotocore's own backoff and returns at once."""
    from pytest_dynafake._clock import Sleep

    dynafake.simulate_sleep()
    dynafake.throttle("BatchGetItem", times=1)
    dynafake.unprocessed("BatchGetItem", keys=[{"user_id": "u2"}], times=2)

    async def read_all(client: Any) -> list[Any]:
        request: Any = {"users": {"Keys": [U1, U2]}}
        items: list[Any] = []
        delay = 5.0
        while request:
            response = await client.batch_get_item(RequestItems=request)
            items += response["Responses"]["users"]
            request = response["UnprocessedKeys"]
            if request:
                await asyncio.sleep(delay)
                delay *= 2
        return items

    started = time.perf_counter()
    items = run(read_all, config())
    assert time.perf_counter() - started < 5
    assert sorted(item["user_id"]["S"] for item in items) == ["u1", "u2"]
    assert dynafake.clock.slept == [
        Sleep(0.05, "retry"),
        Sleep(5.0, "asyncio.sleep"),
        Sleep(10.0, "asyncio.sleep"),
    ]


# -- what aiobotocore sends on a DynamoDB client's behalf -----------------------------------
def test_aiobotocore_endpoint_discovery_is_served(
    dynafake: DynaFake, users: Any, no_network: list[Any]
) -> None:
    async def discover(client: Any) -> Any:
        return await client.get_item(TableName="users", Key=U1)

    got = run(discover, Config(endpoint_discovery_enabled=True))
    assert got["Item"] == {"user_id": {"S": "u1"}, "age": {"N": "36"}}
    assert [call.operation for call in dynafake.calls] == ["DescribeEndpoints", "GetItem"]
    assert no_network == []


def test_aiobotocore_dynamodb_streams_are_refused(
    dynafake: DynaFake, no_network: list[Any]
) -> None:
    async def main() -> None:
        async with get_session().create_client("dynamodbstreams") as streams:
            await streams.list_streams()

    with pytest.raises(DynaFakeError) as raised:
        asyncio.run(main())
    assert str(raised.value) == STREAMS_REFUSED.format(operation="ListStreams")
    assert no_network == []


@pytest.mark.parametrize("role_profile", ["role_arn"], indirect=True)
def test_aiobotocore_never_asks_sts_for_a_profiles_credentials(
    dynafake: DynaFake, users: Any, role_profile: str, no_network: list[Any]
) -> None:
    async def main() -> None:
        session = AioSession(profile="production")
        async with session.create_client("dynamodb") as client:
            await client.get_item(TableName="users", Key=U1)

    with pytest.raises(DynaFakeError) as raised:
        asyncio.run(main())
    assert str(raised.value) == STS_REFUSED.format(operation="AssumeRole")
    assert no_network == []


def test_the_idle_guard_refuses_an_aiobotocore_request_too(
    dynafake: DynaFake, request: pytest.FixtureRequest
) -> None:
    """In a test that uses dynafake, an aiobotocore request made while no fake is active is
    refused, as a botocore one is (tests/test_idle_guard.py)."""
    from pytest_dynafake._botocore.idle import IDLE_REFUSED

    async def tables(client: Any) -> Any:
        return await client.list_tables()

    dynafake.stop()
    try:
        with pytest.raises(DynaFakeError) as caught:
            run(tables, config())
    finally:
        dynafake.start()
    assert str(caught.value) == IDLE_REFUSED.format(
        operation="ListTables",
        test=request.node.nodeid,
        fixture="dynafake",
        host="dynamodb.us-east-1.amazonaws.com",
    )
