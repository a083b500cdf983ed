"""The one module that touches botocore internals.

A single dispatcher sits on botocore's ``before-send.dynamodb`` event, added to
``botocore.handlers.BUILTIN_HANDLERS`` once, when the plugin is imported, so every session
created afterwards carries it. Because it answers at the point where botocore would open a
connection, botocore's parameter validation, serializer, signer, retry handler, response parser
(with the ``x-amz-crc32`` check) and modeled exceptions all still run.

Sessions created before the import never got the handler; for them ``Endpoint._send`` is
wrapped so that, while a fake is active, their DynamoDB requests are served too, never sent.

Also while a fake is active: the backoff sleep of botocore's retry loop (a call on the
``time`` module that ``botocore.endpoint`` imported) goes to the fake's simulated clock, and
adaptive mode's token bucket never blocks (it would wait on real time, forever under a frozen
clock).
"""

from __future__ import annotations

import json
import re
import threading
import time
import zlib
from collections.abc import Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any

import botocore.endpoint
import botocore.handlers
import botocore.retries.bucket
from botocore.awsrequest import AWSResponse

if TYPE_CHECKING:
    from ._fake import DynaFake

TARGET_PREFIX = "DynamoDB_20120810."
_REGION = re.compile(r"dynamodb\.([a-z0-9-]+)\.amazonaws\.com")


class _Body(bytes):
    """Response bytes that aiobotocore may also ``await``."""

    def __await__(self) -> Generator[Any, None, bytes]:
        return _resolved(bytes(self)).__await__()


async def _resolved(value: bytes) -> bytes:
    return value


class _Raw:
    """The ``raw`` of a response, read through ``stream()`` if ``content`` was not set."""

    __slots__ = ("_body",)

    def __init__(self, body: bytes) -> None:
        self._body = body

    def stream(self, **_: Any) -> Iterator[bytes]:
        yield self._body


class FakeResponse(AWSResponse):  # type: ignore[misc]
    """An HTTP response built by the fake; its content works for botocore and aiobotocore."""

    def __init__(self, url: str, status: int, body: bytes, request_id: str) -> None:
        headers = {
            "Content-Type": "application/x-amz-json-1.0",
            "Content-Length": str(len(body)),
            "x-amzn-RequestId": request_id,
            "x-amz-crc32": str(zlib.crc32(body)),
        }
        super().__init__(url, status, headers, _Raw(body))
        self._content = _Body(body)


class Dispatcher:
    """Routes DynamoDB requests to the active fake; does nothing when none is active."""

    def __init__(self) -> None:
        self.stack: list[DynaFake] = []
        self.lock = threading.Lock()

    @property
    def active(self) -> DynaFake | None:
        stack = self.stack
        return stack[-1] if stack else None

    def __call__(self, request: Any, event_name: str = "", **_: Any) -> FakeResponse | None:
        stack = self.stack
        if not stack:
            return None
        return stack[-1]._respond(event_name.rpartition(".")[2], request)


DISPATCH = Dispatcher()


def decode_body(request: Any) -> Any:
    body = request.body
    if not body:
        return {}
    return json.loads(body)


def region_of(request: Any) -> str:
    match = _REGION.search(str(request.url))
    return match.group(1) if match else "us-east-1"


def _install() -> None:
    handlers = botocore.handlers.BUILTIN_HANDLERS
    if not any(handler is DISPATCH for _, handler, *_rest in handlers):
        handlers.append(("before-send.dynamodb", DISPATCH))
    endpoint = botocore.endpoint.Endpoint
    original: Callable[[Any, Any], Any] = endpoint._send
    if getattr(original, "_dynafake", False):
        return

    def _send(self: Any, request: Any) -> Any:
        fake = DISPATCH.active
        if fake is not None:
            target = request.headers.get("X-Amz-Target")
            if isinstance(target, bytes):
                target = target.decode()
            if target and target.startswith(TARGET_PREFIX):
                return fake._respond(target[len(TARGET_PREFIX) :], request)
        return original(self, request)

    _send._dynafake = True  # type: ignore[attr-defined]
    endpoint._send = _send


class _EndpointTime:
    """Stands in for the ``time`` module inside ``botocore.endpoint``: only ``sleep`` changes."""

    def __getattr__(self, name: str) -> Any:
        return getattr(time, name)

    @staticmethod
    def sleep(seconds: float) -> None:
        fake = DISPATCH.active
        if fake is None:
            time.sleep(seconds)
        else:
            fake.clock.sleep(seconds)


def _install_time() -> None:
    if not isinstance(botocore.endpoint.time, _EndpointTime):
        botocore.endpoint.time = _EndpointTime()
    bucket = botocore.retries.bucket.TokenBucket
    original: Callable[..., Any] = bucket.acquire
    if getattr(original, "_dynafake", False):
        return

    def acquire(self: Any, amount: int = 1, block: bool = True) -> Any:
        if DISPATCH.active is not None:
            return True
        return original(self, amount, block)

    acquire._dynafake = True  # type: ignore[attr-defined]
    bucket.acquire = acquire


def attempt_of(request: Any) -> int | None:
    """botocore's attempt number, from the ``amz-sdk-request`` header it adds."""
    header = request.headers.get("amz-sdk-request")
    if isinstance(header, bytes):
        header = header.decode()
    if not header:
        return None
    for part in header.split(";"):
        name, _, value = part.strip().partition("=")
        if name == "attempt" and value.isdigit():
            return int(value)
    return None  # pragma: no cover - botocore always sends the attempt


_install()
_install_time()
