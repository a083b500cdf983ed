"""Sleep simulation of the code under test (botocore's own backoff is ``backoff``'s): its
``time.sleep`` and ``asyncio.sleep`` go to the active fake's simulated clock (opt-in:
``DynaFake(simulate_sleep=True)``).

A hand-written retry loop (an UnprocessedKeys loop, say) sleeps for real even though botocore's
backoff is simulated. While a fake that simulates sleep is active, the ``sleep`` attributes of
the ``time`` and ``asyncio`` modules are replaced, so ``time.sleep(0.5)`` and ``await
asyncio.sleep(0.5)`` are recorded on the fake's clock (and move frozen freezegun and
time-machine clocks) and return at once; ``asyncio.sleep`` still yields to the event loop once.

Covered: every call made through the module attribute, from any thread or module, while the
fake is active. Not covered: a name bound before the fake started (``from time import sleep``
at import time keeps the real function). A delay of zero or less, or one that is not a number,
goes to the real function (zero is the idiom for "yield"; the others raise as they would).

The replacement is installed by the first simulating fake to start and removed, restoring
the original functions exactly, when the last one stops; a function that someone else put
there meanwhile is left alone.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from .dispatch import DISPATCH

if TYPE_CHECKING:
    from .._clock import SimulatedClock

# The modules whose ``sleep`` is replaced (typed loosely: their stubs fix the signature).
_time: Any = time
_asyncio: Any = asyncio
_lock = threading.Lock()
_users = 0
_real_sleep: Callable[[float], None] = time.sleep
_real_async_sleep: Callable[..., Coroutine[Any, Any, Any]] = asyncio.sleep


def _clock_for(seconds: object) -> SimulatedClock | None:
    """The clock that takes this sleep, or None for a real sleep."""
    fake = DISPATCH.active
    if fake is None or not fake.simulates_sleep:
        return None
    if type(seconds) not in (int, float) or not seconds > 0:  # type: ignore[operator]
        return None
    return fake.clock


def _sleep(seconds: float) -> None:
    clock = _clock_for(seconds)
    if clock is None:
        _real_sleep(seconds)
    else:
        clock.sleep(seconds, "time.sleep")


async def _async_sleep(delay: float, result: Any = None) -> Any:
    clock = _clock_for(delay)
    if clock is None:
        return await _real_async_sleep(delay, result)
    clock.sleep(delay, "asyncio.sleep")
    # Yield to the loop once, as a real sleep would; sleep(0) never reads the loop's clock.
    return await _real_async_sleep(0, result)


def acquire() -> None:
    """A simulating fake starts: install the replacements if it is the first."""
    global _users, _real_sleep, _real_async_sleep
    with _lock:
        if _users == 0:
            _real_sleep, _real_async_sleep = _time.sleep, _asyncio.sleep
            _time.sleep = _sleep
            _asyncio.sleep = _async_sleep
        _users += 1


def release() -> None:
    """A simulating fake stops: restore the originals if it was the last."""
    global _users
    with _lock:
        _users -= 1
        if _users == 0:
            if _time.sleep is _sleep:
                _time.sleep = _real_sleep
            if _asyncio.sleep is _async_sleep:
                _asyncio.sleep = _real_async_sleep
