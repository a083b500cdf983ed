"""Where the fake sits: botocore's dispatch, for every client, and never the network."""

from __future__ import annotations

import socket
import zlib
from typing import Any

import boto3
import botocore.session
import pytest
from botocore.config import Config
from botocore.exceptions import EndpointConnectionError

from pytest_dynafake import DynaFake, DynaFakeError
from pytest_dynafake._botocore import DISPATCH
from pytest_dynafake._ops.registry import served


@pytest.fixture
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Fail any attempt to open a connection, and record it."""
    attempts: list[Any] = []

    def refuse(self: socket.socket, address: Any) -> None:
        attempts.append(address)
        raise AssertionError(f"a socket was opened to {address!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    return attempts


def test_client_created_before_activation_is_served(no_sockets: list[Any]) -> None:
    client = boto3.client("dynamodb", region_name="ap-south-1")
    with DynaFake(tables={"users": {"partition_key": "k", "items": [{"k": "a"}]}}):
        item = client.get_item(TableName="users", Key={"k": {"S": "a"}})["Item"]
    assert item == {"k": {"S": "a"}}
    assert no_sockets == []


def test_session_without_the_handler_is_served_by_the_send_guard(
    dynafake: DynaFake, no_sockets: list[Any]
) -> None:
    """A session made before the plugin was imported lacks the before-send handler."""
    client = botocore.session.get_session().create_client("dynamodb", region_name="us-east-1")
    client.meta.events.unregister("before-send.dynamodb", DISPATCH)
    dynafake.table("users", "k", items=[{"k": "a"}])
    assert client.get_item(TableName="users", Key={"k": {"S": "a"}})["Item"] == {"k": {"S": "a"}}
    assert no_sockets == []


def test_unserved_operation_is_a_clear_error_and_sends_nothing(
    dynafake: DynaFake, no_sockets: list[Any]
) -> None:
    client = boto3.client("dynamodb")
    with pytest.raises(DynaFakeError) as raised:
        client.execute_statement(Statement="SELECT * FROM users")
    assert str(raised.value) == (
        f"pytest-dynafake does not serve DynamoDB ExecuteStatement; it serves {served()}. The "
        "request was not sent anywhere: no DynamoDB request leaves the machine while a fake is "
        "active."
    )
    assert no_sockets == []


def test_modeled_exceptions_are_raised(dynafake: DynaFake) -> None:
    client = boto3.client("dynamodb")
    with pytest.raises(client.exceptions.ResourceNotFoundException):
        client.get_item(TableName="nope", Key={"k": {"S": "a"}})


def test_response_carries_a_valid_crc32_checked_by_legacy_retries(dynafake: DynaFake) -> None:
    dynafake.table("users", "k", items=[{"k": "a"}])
    client = boto3.client("dynamodb", config=Config(retries={"mode": "legacy"}))
    response = client.get_item(TableName="users", Key={"k": {"S": "a"}})
    headers = response["ResponseMetadata"]["HTTPHeaders"]
    body = b'{"Item":{"k":{"S":"a"}}}'
    assert headers["x-amz-crc32"] == str(zlib.crc32(body))
    assert headers["content-length"] == str(len(body))
    assert response["ResponseMetadata"]["RetryAttempts"] == 0


def test_requests_are_signed_before_the_fake_sees_them(dynafake: DynaFake) -> None:
    seen: list[bytes] = []
    client = boto3.client("dynamodb")
    client.meta.events.register_first(
        "before-send.dynamodb", lambda request, **_: seen.append(request.headers["Authorization"])
    )
    dynafake.table("users", "k")
    client.get_item(TableName="users", Key={"k": {"S": "a"}})
    (authorization,) = seen
    assert authorization.startswith(b"AWS4-HMAC-SHA256 Credential=dynafake-access-key/")


def test_outside_a_fake_nothing_is_intercepted() -> None:
    """With no fake active, requests go to botocore's transport (a closed loopback port)."""
    assert DISPATCH.active is None
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = boto3.client(
        "dynamodb",
        endpoint_url=f"http://127.0.0.1:{port}",
        region_name="us-east-1",
        aws_access_key_id="a",
        aws_secret_access_key="b",
        config=Config(retries={"mode": "standard", "total_max_attempts": 1}),
    )
    with pytest.raises(EndpointConnectionError):
        client.list_tables()


def test_nested_fakes_stack_and_must_stop_in_order() -> None:
    outer, inner = DynaFake(), DynaFake()
    with outer:
        with inner:
            assert DISPATCH.stack == [outer, inner]
        assert DISPATCH.stack == [outer]
    assert DISPATCH.stack == []
    with pytest.raises(DynaFakeError) as raised:
        inner.stop()
    assert str(raised.value) == "this DynaFake is not active; call start() before stop()"


def test_installing_twice_changes_nothing() -> None:
    import botocore.endpoint
    import botocore.handlers
    from botocore.retries.bucket import TokenBucket

    from pytest_dynafake._botocore import backoff, sending

    send, acquire = botocore.endpoint.Endpoint._send, TokenBucket.acquire
    sending._install()
    backoff._install_time()
    assert botocore.endpoint.Endpoint._send is send
    assert TokenBucket.acquire is acquire
    handlers = [h for _, h, *_ in botocore.handlers.BUILTIN_HANDLERS if h is DISPATCH]
    assert handlers == [DISPATCH]


def test_outside_a_fake_botocore_time_is_real_time() -> None:
    import time

    import botocore.endpoint
    from botocore.retries.bucket import Clock, TokenBucket

    assert DISPATCH.active is None
    assert abs(botocore.endpoint.time.time() - time.time()) < 1
    botocore.endpoint.time.sleep(0)
    from botocore.exceptions import CapacityNotAvailableError

    bucket = TokenBucket(max_rate=0.5, clock=Clock())
    with pytest.raises(CapacityNotAvailableError):  # the real bucket starts empty
        bucket.acquire(1, block=False)
    with DynaFake():
        assert bucket.acquire(1, block=False) is True  # never blocks under a fake
