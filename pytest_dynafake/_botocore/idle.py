"""The idle guard: while a test that uses a dynafake fixture runs (its setup, call and
teardown), a DynamoDB request made when no fake is active is refused instead of sent.

Such a request is nearly always a slip of a port from moto: a module-scoped fixture that
creates its tables through boto3 before any fake is active, or a test that uses such a fixture
but not ``dynafake``. Sent, it would go to AWS, with whatever credentials the machine has (or
fail to connect, saying nothing of why). Requests to a loopback address (DynamoDB Local) never
leave the machine and go on; so do those moto's ``mock_aws`` answers.

The plugin says which test is running (:meth:`IdleGuard.watch`); a test that uses no dynafake
fixture is watched as ``None``, so nothing is refused while it runs, even inside a test that
runs pytest itself (pytester).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit

from .._errors import DynaFakeError

FIXTURES = ("dynafake", "dynafake_module", "dynafake_session")
IDLE_REFUSED = (
    "pytest-dynafake refused a DynamoDB {operation} request made while no fake was active: "
    "{test} uses {fixture}, so the request was not sent to {host}, outside the machine. A fake "
    "answers only while it is active: the dynafake fixture for the whole test (it also serves "
    "the tables of dynafake_module and dynafake_session), or a shared fake inside "
    "`with dynafake_module:` (or dynafake_session) in a fixture of its scope. Request dynafake "
    "in the test that makes this call, or make the calls of a module- or session-scoped "
    "fixture inside `with dynafake_module:`; to reach a real endpoint on purpose, do it in a "
    "test that uses no dynafake fixture."
)


class IdleGuard:
    """Which test runs, and whether it uses a dynafake fixture (module docstring)."""

    def __init__(self) -> None:
        # Innermost last: pytester runs sessions inside a test. None: a test without dynafake.
        self._running: list[tuple[str, tuple[str, ...]] | None] = []

    @property
    def watching(self) -> bool:
        running = self._running
        return bool(running) and running[-1] is not None

    @contextmanager
    def watch(self, test: str, fixtures: tuple[str, ...]) -> Iterator[None]:
        """While the block runs, ``test`` runs; ``fixtures``: the dynafake fixtures it uses, in
        the order of :data:`FIXTURES`."""
        self._running.append((test, fixtures) if fixtures else None)
        try:
            yield
        finally:
            self._running.pop()

    def check(self, request: Any, operation: str) -> None:
        """Refuse ``request`` (no fake active) if a watched test runs and it would leave the
        machine."""
        from .neighbours import moto_active  # it imports the dispatcher, which imports this

        current = self._running[-1] if self._running else None
        if current is None or moto_active():
            return
        host = urlsplit(str(request.url)).hostname or ""
        if _loopback(host):
            return
        test, fixtures = current
        # The closest one: dynafake_module's own fixture needs dynafake_session.
        fixture = fixtures[0]
        raise DynaFakeError(
            IDLE_REFUSED.format(operation=operation, test=test, fixture=fixture, host=host)
        )


def _loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


IDLE = IdleGuard()
