"""Simulated time: botocore's backoff sleeps are recorded, not slept, and move frozen clocks.

While a fake is active, the sleep botocore's retry loop asks for (and, with sleep simulation
on, the code under test's ``time.sleep`` and ``asyncio.sleep``: see
``_botocore/user_sleep.py``) is added to the fake's simulated clock and, when freezegun or
time-machine has frozen time, the frozen clock is moved forward by the same amount, so code
that reads the time sees the backoff happen.
"""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Literal, NamedTuple

Sleeper = Literal["retry", "time.sleep", "asyncio.sleep"]


class Sleep(NamedTuple):
    """One simulated sleep: how long, and who asked for it."""

    seconds: float
    by: Sleeper
    """``"retry"`` (botocore's or aiobotocore's backoff), or ``"time.sleep"`` /
    ``"asyncio.sleep"`` (the code under test's, with sleep simulation on)."""


class SimulatedClock:
    """The delays slept while a fake was active (simulated, not slept), and their sum."""

    def __init__(self) -> None:
        self.sleeps: list[float] = []
        """Every simulated delay, in order."""
        self.slept: list[Sleep] = []
        """The same delays, each with who asked for it."""
        self.elapsed = 0.0
        self._lock = threading.Lock()

    def sleep(self, seconds: float, by: Sleeper = "retry") -> None:
        with self._lock:
            self.sleeps.append(seconds)
            self.slept.append(Sleep(seconds, by))
            self.elapsed += seconds
        _advance_frozen_clocks(seconds)


def _advance_frozen_clocks(seconds: float) -> None:
    try:
        from freezegun.api import freeze_factories
    except ImportError:  # pragma: no cover - every test environment has freezegun
        freeze_factories = []
    if freeze_factories:
        freeze_factories[-1].tick(timedelta(seconds=seconds))
    try:
        import time_machine
    except ImportError:
        return
    # time-machine 3 keeps its travellers in traveller_stack; 2.x called it coordinates_stack.
    stack = getattr(time_machine, "traveller_stack", None) or getattr(
        time_machine, "coordinates_stack", None
    )
    if stack:
        stack[-1].shift(timedelta(seconds=seconds))
