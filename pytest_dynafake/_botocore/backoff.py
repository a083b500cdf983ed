"""botocore's retry backoff, while a fake is active: the sleep of its retry loop (a call on
the ``time`` module that ``botocore.endpoint`` imported) goes to the fake's simulated clock,
and adaptive mode's token bucket never blocks (it would wait on real time, forever under a
frozen clock).

aiobotocore needs the same for its sleep and token bucket. Importing ``aiobotocore.endpoint``
costs about 185 ms (it pulls in aiohttp), so those patches are not installed at import: the
dispatcher installs them the first time it answers while aiobotocore is loaded. No aiobotocore
request can reach the dispatcher before that module is imported, and the first backoff or token
wait comes after the first answer, so nothing is missed.
"""

from __future__ import annotations

import asyncio
import importlib
import time
from collections.abc import Callable
from typing import Any

import botocore.endpoint
import botocore.retries.bucket

from .dispatch import DISPATCH


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


_install_time()
DISPATCH.install_aio = _install_aio
