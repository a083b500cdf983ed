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

# The request came from a fixture being set up: function scope, then a shared one.
IDLE_REFUSED_IN_FIXTURE = (
    "pytest-dynafake refused a DynamoDB {operation} request made while no fake was active: "
    "fixture {name!r} made it while being set up for {test}, before the dynafake fixture "
    "started, so the request was not sent to {host}, outside the machine. Request dynafake in "
    "that fixture (def {name}(..., dynafake):) so the fake is active when it runs; to reach a "
    "real endpoint on purpose, do it in a test that uses no dynafake fixture."
)
IDLE_REFUSED_IN_SHARED_FIXTURE = (
    "pytest-dynafake refused a DynamoDB {operation} request made while no fake was active: "
    "fixture {name!r} ({scope} scope) made it while being set up for {test}, outside any fake, "
    "so the request was not sent to {host}, outside the machine. A fixture of {scope} scope "
    "makes its calls inside `with {shared}:` (def {name}(..., {shared}):), and each test's "
    "dynafake serves the tables it made; to reach a real endpoint on purpose, do it in a test "
    "that uses no dynafake fixture."
)


class IdleGuard:
    """Which test runs, and whether it uses a dynafake fixture (module docstring)."""

    def __init__(self) -> None:
        # Innermost last: pytester runs sessions inside a test. None: a test without dynafake.
        self._running: list[tuple[str, tuple[str, ...]] | None] = []
        # For each, the requests that left unanswered by a fake (a test without dynafake).
        self._unfaked: list[list[str]] = []
        # The fixtures being set up, innermost last: (name, scope).
        self._fixtures: list[tuple[str, str]] = []

    @property
    def watching(self) -> bool:
        """A test runs (with a dynafake fixture: nothing leaves; without: what leaves is
        noted for its report)."""
        return bool(self._running)

    @contextmanager
    def watch(self, test: str, fixtures: tuple[str, ...]) -> Iterator[list[str]]:
        """While the block runs, ``test`` runs; ``fixtures``: the dynafake fixtures it uses, in
        the order of :data:`FIXTURES`. Yields the requests of a test without them that went
        on unanswered by a fake (``"GetItem went to <host>"``)."""
        self._running.append((test, fixtures) if fixtures else None)
        self._unfaked.append([])
        try:
            yield self._unfaked[-1]
        finally:
            self._running.pop()
            self._unfaked.pop()

    @contextmanager
    def fixture(self, name: str, scope: str) -> Iterator[None]:
        """While the block runs, fixture ``name`` of ``scope`` is being set up."""
        self._fixtures.append((name, scope))
        try:
            yield
        finally:
            self._fixtures.pop()

    def check(self, request: Any, operation: str) -> None:
        """Refuse ``request`` (no fake active) if a test that uses a dynafake fixture runs and
        it would leave the machine; note it, if the test uses none."""
        from .neighbours import moto_active  # it imports the dispatcher, which imports this

        if not self._running or moto_active():
            return
        current = self._running[-1]
        host = urlsplit(str(request.url)).hostname or ""
        if _loopback(host):
            return
        if current is None:  # a test without dynafake: it may mean to reach AWS
            sent = f"{operation} went to {host}"
            if sent not in self._unfaked[-1]:
                self._unfaked[-1].append(sent)
            return
        test, fixtures = current
        if self._fixtures:
            name, scope = self._fixtures[-1]
            if scope == "function":
                message = IDLE_REFUSED_IN_FIXTURE.format(
                    operation=operation, name=name, test=test, host=host
                )
            else:
                shared = "dynafake_module" if scope in ("module", "class") else "dynafake_session"
                message = IDLE_REFUSED_IN_SHARED_FIXTURE.format(
                    operation=operation, name=name, scope=scope, test=test, host=host, shared=shared
                )
            raise DynaFakeError(message)
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


def unfaked_section(test: str, sent: list[str]) -> str:
    """The report section of a failing test without dynafake whose DynamoDB requests went on."""
    name = test.rpartition("::")[2].partition("[")[0]
    return (
        f"this test uses no dynafake fixture, so no fake answered its DynamoDB requests: "
        f"{', '.join(sent)}. Request the dynafake fixture (def {name}(dynafake):) or mark the "
        "test @pytest.mark.dynafake to have them answered by the fake."
    )
