"""The dispatcher: botocore's ``before-send.dynamodb`` handler, which hands each DynamoDB
request to the active fake (the most recently started one) and does nothing when none is
active (but ask the idle guard, ``idle``, while a test that uses dynafake runs). ``sending``
installs it; the rest of the package reads ``DISPATCH.active``."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .idle import IDLE

if TYPE_CHECKING:
    from .._fake import DynaFake
    from .http import FakeResponse


class Dispatcher:
    """Routes DynamoDB requests to the active fake; does nothing when none is active."""

    def __init__(self) -> None:
        self.stack: list[DynaFake] = []
        self.lock = threading.Lock()
        self.aio_patched = False
        # aiobotocore's patches (see ``backoff``), installed at the first answer after
        # aiobotocore is imported; ``backoff`` sets it.
        self.install_aio: Callable[[], None] = lambda: None

    @property
    def active(self) -> DynaFake | None:
        stack = self.stack
        return stack[-1] if stack else None

    def __call__(self, request: Any, event_name: str = "", **_: Any) -> FakeResponse | None:
        stack = self.stack
        if not stack:
            if IDLE.watching:  # a test that uses dynafake runs: nothing leaves the machine
                IDLE.check(request, event_name.rpartition(".")[2])
            return None
        if not self.aio_patched and "aiobotocore.endpoint" in sys.modules:
            self.install_aio()
        return stack[-1]._respond(event_name.rpartition(".")[2], request)


DISPATCH = Dispatcher()
