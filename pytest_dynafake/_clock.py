"""Simulated time: botocore's backoff sleeps are recorded, not slept, and move frozen clocks.

While a fake is active, the sleep botocore's retry loop asks for is added to the fake's
simulated clock and, when freezegun or time-machine has frozen time, the frozen clock is moved
forward by the same amount, so code that reads the time sees the backoff happen.
"""

from __future__ import annotations

import threading
from datetime import timedelta


class SimulatedClock:
    """The backoff delays asked for while a fake was active, and their sum."""

    def __init__(self) -> None:
        self.sleeps: list[float] = []
        self.elapsed = 0.0
        self._lock = threading.Lock()

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)
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
