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

aiobotocore emits the same ``before-send`` event from the same ``BUILTIN_HANDLERS``, so the
dispatcher serves its clients (and aioboto3's, and PynamoDB 6's, which are plain botocore
clients) unchanged; only its sleep and token bucket need the same treatment. Importing
``aiobotocore.endpoint`` costs about 185 ms (it pulls in aiohttp), so those patches are not
installed at import: the dispatcher installs them the first time it answers while aiobotocore is
loaded. No aiobotocore request can reach the dispatcher before that module is imported, and the
first backoff or token wait comes after the first answer, so nothing is missed.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import re
import sys
import threading
import time
import zlib
from collections.abc import Callable, Generator, Iterator
from types import FrameType
from typing import TYPE_CHECKING, Any

import botocore.endpoint
import botocore.handlers
import botocore.retries.bucket
from botocore.awsrequest import AWSResponse

from ._conflicts import moto_active
from ._errors import DynaFakeError

if TYPE_CHECKING:
    from ._fake import DynaFake

TARGET_PREFIX = "DynamoDB_20120810."
STREAMS_TARGET_PREFIX = "DynamoDBStreams_20120810."
STREAMS_REFUSED = (
    "pytest-dynafake does not serve DynamoDB Streams ({operation}), and no DynamoDB Streams "
    "request leaves the machine while a fake is active: the request was not sent. Stub the "
    "dynamodbstreams client with botocore's Stubber, or activate moto's mock_aws as well to "
    "have moto answer it."
)
STS_REFUSED = (
    "botocore asked STS for credentials ({operation}, for a profile with role_arn or a web "
    "identity token) while a fake is active; pytest-dynafake refused it, so nothing was sent. "
    "The fake needs no real credentials: create the session or client without profile_name "
    "(the dynafake fixture sets static fake credentials and unsets AWS_PROFILE), or pass "
    "aws_access_key_id and aws_secret_access_key. To have moto answer STS, activate mock_aws "
    "as well."
)
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
        self.aio_patched = False

    @property
    def active(self) -> DynaFake | None:
        stack = self.stack
        return stack[-1] if stack else None

    def __call__(self, request: Any, event_name: str = "", **_: Any) -> FakeResponse | None:
        stack = self.stack
        if not stack:
            return None
        if not self.aio_patched and "aiobotocore.endpoint" in sys.modules:
            _install_aio()
        return stack[-1]._respond(event_name.rpartition(".")[2], request)


DISPATCH = Dispatcher()


class _Guard:
    """Refuses, while a fake is active, the requests that would leave the machine on a
    DynamoDB client's behalf: DynamoDB Streams, and STS asked for a profile's credentials.
    With moto's ``mock_aws`` active it steps aside: moto answers them next."""

    def __call__(self, request: Any, event_name: str = "", **_: Any) -> None:
        if not DISPATCH.stack or moto_active():
            return
        service, _dot, operation = event_name.partition(".")[2].partition(".")
        if service == "sts":
            if operation.startswith("AssumeRole") and _for_credentials():
                raise DynaFakeError(STS_REFUSED.format(operation=operation))
        else:
            raise DynaFakeError(STREAMS_REFUSED.format(operation=operation))


GUARD = _Guard()
GUARDED = ("before-send.dynamodb-streams", "before-send.sts")


def _refuse_unsent(request: Any, target: str | None) -> None:
    """The guard's rules for a session without the handlers (made before the import)."""
    if target and target.startswith(STREAMS_TARGET_PREFIX):
        operation = target[len(STREAMS_TARGET_PREFIX) :]
        raise DynaFakeError(STREAMS_REFUSED.format(operation=operation))
    body = request.body
    if isinstance(body, bytes):
        body = body.decode("utf-8", "replace")
    if isinstance(body, str) and body.startswith("Action=AssumeRole") and _for_credentials():
        operation = body.partition("&")[0].partition("=")[2]
        raise DynaFakeError(STS_REFUSED.format(operation=operation))


def _for_credentials() -> bool:
    """Whether botocore's (or aiobotocore's) credential providers made this call, rather than
    the code under test: only those calls are the fake's business."""
    frame: FrameType | None = sys._getframe(2)
    while frame is not None:
        if frame.f_globals.get("__name__") in _CREDENTIAL_MODULES:
            return True
        frame = frame.f_back
    return False


_CREDENTIAL_MODULES = frozenset({"botocore.credentials", "aiobotocore.credentials"})


def decode_body(request: Any) -> Any:
    body = request.body
    if not body:
        return {}
    return json.loads(body)


def region_of(request: Any) -> str:
    """The region the request was signed for: the SigV4 scope of its ``Authorization``
    header (``Credential=<key>/<date>/<region>/dynamodb/aws4_request``), which holds for
    dualstack, FIPS and ``endpoint_url`` clients alike; else the URL's, else us-east-1."""
    header: str | bytes | None = request.headers.get("Authorization")
    if header:
        if isinstance(header, bytes):
            header = header.decode("ascii", "replace")
        start = header.find("Credential=")
        if start >= 0:
            scope = header[start + 11 :].partition(",")[0].split("/")
            if len(scope) == 5 and scope[3] == "dynamodb" and scope[2]:
                return scope[2]
    match = _REGION.search(str(request.url))
    return match.group(1) if match else "us-east-1"


def _install() -> None:
    handlers = botocore.handlers.BUILTIN_HANDLERS
    if not any(handler is DISPATCH for _, handler, *_rest in handlers):
        handlers.append(("before-send.dynamodb", DISPATCH))
    if not any(handler is GUARD for _, handler, *_rest in handlers):
        handlers.extend((event, GUARD) for event in GUARDED)
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
            _refuse_unsent(request, target)
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


async def _record_sleep(seconds: float, original: Callable[[], Any]) -> None:
    # Recorded without awaiting anything: the event loop's clock may be frozen (freezegun's
    # default), and AnyioEndpoint may run under trio, where an asyncio.sleep(0) would fail.
    fake = DISPATCH.active
    if fake is None:
        await original()
    else:
        fake.clock.sleep(seconds)


class _EndpointAsyncio:
    """Stands in for ``asyncio`` inside ``aiobotocore.endpoint`` on releases that await
    ``asyncio.sleep`` inline in ``_needs_retry`` (2.x); only ``sleep`` changes."""

    def __getattr__(self, name: str) -> Any:
        return getattr(asyncio, name)

    @staticmethod
    async def sleep(seconds: float, result: Any = None) -> Any:
        await _record_sleep(seconds, lambda: asyncio.sleep(seconds))
        return result


def _patch_aio_sleep(cls: Any) -> None:
    original: Callable[[Any, float], Any] = cls.__dict__["_sleep"]
    if getattr(original, "_dynafake", False):
        return

    async def _sleep(self: Any, seconds: float) -> None:
        await _record_sleep(seconds, lambda: original(self, seconds))

    _sleep._dynafake = True  # type: ignore[attr-defined]
    cls._sleep = _sleep


def _install_aio() -> None:
    """aiobotocore's counterparts of :func:`_install_time`."""
    with DISPATCH.lock:
        if DISPATCH.aio_patched:
            return
        endpoint: Any = importlib.import_module("aiobotocore.endpoint")
        bucket: Any = importlib.import_module("aiobotocore.retries.bucket")
        # 3.x sleeps in AioEndpoint._sleep, which AnyioEndpoint overrides with anyio.sleep;
        # 2.x awaits asyncio.sleep inline in _needs_retry, so only the module reference can go.
        sleepers = [
            cls
            for cls in (endpoint.AioEndpoint, getattr(endpoint, "AnyioEndpoint", None))
            if cls is not None and "_sleep" in vars(cls)
        ]
        for cls in sleepers:
            _patch_aio_sleep(cls)
        if not sleepers and not isinstance(endpoint.asyncio, _EndpointAsyncio):
            endpoint.asyncio = _EndpointAsyncio()
        # AnyioTokenBucket (3.x) inherits acquire, so one patch covers both buckets.
        token_bucket = bucket.AsyncTokenBucket
        original: Callable[..., Any] = token_bucket.acquire
        if not getattr(original, "_dynafake", False):

            async def acquire(self: Any, amount: int = 1, block: bool = True) -> Any:
                if DISPATCH.active is not None:
                    return True
                return await original(self, amount, block)

            acquire._dynafake = True  # type: ignore[attr-defined]
            token_bucket.acquire = acquire
        DISPATCH.aio_patched = True


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
