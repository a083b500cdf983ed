"""The DynaFake: declared tables, activation, and the dispatch of one request."""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from . import _credentials
from ._botocore import DISPATCH, FakeResponse, check_start, user_sleep
from ._bulk import Check
from ._calls import Call, CallLog, select
from ._clock import SimulatedClock
from ._errors import DynaFakeError
from ._fake_table import FakeTable
from ._fault_api import FaultMethods
from ._faults import Fault
from ._files import file_entry
from ._pages import PageBook
from ._places import Place, caller, where
from ._report import why_missed
from ._schema import KeySpec
from ._seeding import Format
from ._serve import respond
from ._shared import Shared
from ._tables import TableSet

ALREADY_ACTIVE = (
    "this DynaFake is already active (started {origin}); a fake is started once. The "
    "dynafake fixture's fake is active for the whole test: use it without start() or with. "
    "Call stop() before starting it again, or, to serve other tables or faults for part of a "
    "test, start a second fake on top: with dynafake.layer() as inner: ..."
)
LEFT_ACTIVE = (
    "a DynaFake was still active when the test ended; it is now stopped, so that later tests "
    "are not served its tables:\n{listed}\n"
    "Stop it in the test: use `with DynaFake(...) as fake:`, or call fake.stop() in a finally "
    "block or after the yield of a function-scoped fixture. To share one active fake across "
    "tests, start it in a module-, class- or session-scoped fixture."
)


class DynaFake(FaultMethods):
    """An in-memory DynamoDB for reads, active inside ``with`` (or between
    [`start`][pytest_dynafake.DynaFake.start] and [`stop`][pytest_dynafake.DynaFake.stop]).
    The ``dynafake`` fixture yields an active one.

    Active fakes stack: the most recently started one answers, and nested ``with`` blocks give
    the outer fake back as they end. A fake is started once at a time. When a ``with`` block
    raises, leaving it stops the fake and raises nothing of its own."""

    def __init__(
        self,
        *,
        tables: Mapping[str, Mapping[str, Any]] | None = None,
        files: Sequence[str | os.PathLike[str] | tuple[str | os.PathLike[str], str]] = (),
        assert_all_faults_fired: bool = True,
        simulate_sleep: bool = False,
        max_calls: int | None = None,
        fake_credentials: bool = True,
    ) -> None:
        """``tables`` declares tables up front: ``{name: spec}`` where a spec holds
        ``partition_key``, optionally ``sort_key``, ``indexes``, ``items`` and ``format`` (the
        arguments of [`table`][pytest_dynafake.DynaFake.table]), or boto3's ``KeySchema`` and
        ``AttributeDefinitions`` (and ``items``). ``files`` are loaded as by
        [`load`][pytest_dynafake.DynaFake.load] (a ``(path, table)`` pair for
        scan output and S3 exports). With ``assert_all_faults_fired`` (the default),
        leaving the ``with`` block fails if a declared fault never fired, unless the block
        raised. With ``simulate_sleep``, the code under test's ``time.sleep`` and
        ``asyncio.sleep`` are simulated too (see
        [`simulate_sleep`][pytest_dynafake.DynaFake.simulate_sleep]). ``max_calls`` keeps only
        the most recent calls in [`calls`][pytest_dynafake.DynaFake.calls]
        ([`dropped_calls`][pytest_dynafake.DynaFake.dropped_calls] counts the others); by
        default every call is kept.

        With ``fake_credentials`` (the default), while the fake is active ``os.environ`` holds
        static fake credentials (``AWS_ACCESS_KEY_ID``, ``AWS_SECRET_ACCESS_KEY``), no
        ``AWS_PROFILE`` nor session tokens, ``AWS_DEFAULT_REGION=us-east-1`` when no region is
        set, and ``AWS_EC2_METADATA_DISABLED=true``, so that a client built inside needs no
        credentials nor region (botocore signs before the fake answers). Stopping the fake gives
        back the values from before, except a variable changed meanwhile; nested fakes give
        them back in stack order. A client built before the fake started keeps the credentials
        it resolved then. With ``fake_credentials=False`` the environment is left untouched:
        botocore finds credentials as it always does (keys, profile, SSO...), still only to
        sign, as no request leaves the process; without any, a call raises botocore's
        ``NoCredentialsError``. A [`layer`][pytest_dynafake.DynaFake.layer] does as its base
        unless told. The ``dynafake`` fixture passes the ``dynafake_fake_credentials`` ini
        option (default true)."""
        self._tables: TableSet = TableSet(None)
        self._faults: list[Fault] = []
        if max_calls is not None and (
            type(max_calls) is not int or max_calls < 0  # a bool is not a count
        ):
            raise DynaFakeError(
                f"max_calls={max_calls!r} is not a number of calls; give an int such as 1000 "
                "(the most recent calls kept), or None to keep every call"
            )
        self._calls = CallLog(max_calls)
        self._pages = PageBook()
        self._shared: Shared | None = None
        self.assert_all_faults_fired = assert_all_faults_fired
        self.clock = SimulatedClock()
        """The simulated clock of the backoff while this fake is active: ``clock.sleeps``
        lists each delay asked for (seconds), ``clock.slept`` who asked for each, and
        ``clock.elapsed`` is their sum. Nothing is slept; a frozen freezegun or time-machine
        clock moves instead."""
        self.simulates_sleep = simulate_sleep
        self._fake_credentials = fake_credentials
        self._sleep_patched = False
        self._started_at: Place | None = None
        if not isinstance(tables, Mapping | None):
            raise DynaFakeError(
                f"tables= is a mapping of table names to specs, not {type(tables).__name__}: "
                "{'users': {'partition_key': 'user_id', 'items': [...]}}"
            )
        for name, spec in (tables or {}).items():
            self._tables.declare(name, spec)
        for entry in files:
            path, table = file_entry(entry)
            self.load(path, table=table)

    def layer(self, **options: Any) -> DynaFake:
        """A new fake that serves this fake's tables without copying them, with its own
        faults and call log; a table it seeds is copied first, so this fake never changes.
        ``options`` are those of the constructor; ``fake_credentials`` is this fake's unless
        given.
        The module- and session-scoped fixtures give each test such a layer."""
        options.setdefault("fake_credentials", self._fake_credentials)
        layered = DynaFake(**options)
        layered._tables = TableSet(self._tables).adopt(layered._tables)
        return layered

    def _share(self, shared: Shared) -> DynaFake:
        """Hand this fake out as shared (the plugin's session and module fakes): no faults,
        and changes only from fixtures of its scope."""
        self._shared = self._tables.shared = shared
        return self

    # -- tables ----------------------------------------------------------------------------
    def table(
        self,
        name: str,
        partition_key: KeySpec,
        sort_key: KeySpec | None = None,
        *,
        items: Iterable[Mapping[str, Any]] = (),
        format: Format = "python",
        indexes: Mapping[str, Any] | None = None,
    ) -> FakeTable:
        """Declare a table. A key is an attribute name (a string key) or a ``(name, type)``
        pair with type ``"S"``, ``"N"`` or ``"B"``. ``items`` are seeded as by
        [`FakeTable.put_items`][pytest_dynafake.FakeTable.put_items]. ``indexes`` declares
        secondary indexes by name: ``{"by_status": ("status", ("created_at", "N"))}``; see
        [indexes](tables.md#indexes)."""
        return self._tables.table(
            name, partition_key, sort_key, items=items, format=format, indexes=indexes
        )

    def create_table(self, **arguments: Any) -> FakeTable:
        """Declare a table from boto3's ``create_table`` arguments (``TableName``,
        ``KeySchema``, ``AttributeDefinitions``, and optionally billing, indexes, tags...)."""
        return self._tables.create_table(arguments)

    def load(
        self, path: str | os.PathLike[str], *, table: str | None = None, check: Check = "keys"
    ) -> None:
        """Load a seed file: a table document (JSON, or YAML with the ``yaml`` extra), or
        ``aws dynamodb scan`` output or a DynamoDB S3 export (a data file of JSON lines,
        gzipped or not, or the export's folder: all its data files) into the declared
        ``table``. See [seed files](tables.md#seed-files).

        Scan output and exports are checked key by key at load, and each item in full when a
        request first reads it, so that 100,000 items load in a fraction of a second;
        ``check="all"`` checks every item at load. Table documents are always checked whole."""
        self._tables.load(Path(path), table, check)

    @property
    def tables(self) -> dict[str, FakeTable]:
        """The declared tables by name (with those of the base, if any). ``tables[name]`` for
        a name not declared raises a [`DynaFakeError`][pytest_dynafake.DynaFakeError] (also a
        ``KeyError``) that lists the declared ones."""
        return self._tables.handles()

    # -- faults, calls and time ------------------------------------------------------------
    @property
    def faults(self) -> list[Fault]:
        """The declared faults, in declaration order."""
        return list(self._faults)

    @property
    def calls(self) -> list[Call]:
        """Every request answered so far (each botocore attempt is one), oldest first."""
        return list(self._calls)

    @property
    def dropped_calls(self) -> int:
        """How many of the oldest calls ``max_calls`` dropped from
        [`calls`][pytest_dynafake.DynaFake.calls]."""
        return self._calls.dropped

    def get_calls(self, operation: str | None = None, *, table: str | None = None) -> list[Call]:
        """The calls for ``operation`` and/or naming ``table``."""
        return select(self._calls, operation, table, "get_calls")

    def get_call(self, operation: str | None = None, *, table: str | None = None) -> Call:
        """The one call that matches; an error if there are none or several."""
        found = select(self._calls, operation, table, "get_call")
        if len(found) != 1:
            raise DynaFakeError(
                f"{len(found)} calls matched operation={operation!r}, table={table!r}; "
                "get_call() expects exactly one: use get_calls() or narrow the filters"
            )
        return found[0]

    @property
    def sleeps(self) -> list[float]:
        """The backoff delays botocore asked for while this fake was active (simulated), and
        with [`simulate_sleep`][pytest_dynafake.DynaFake.simulate_sleep] the code under
        test's sleeps, in order; ``clock.slept`` says who asked for each."""
        return list(self.clock.sleeps)

    def simulate_sleep(self) -> None:
        """From now on, while this fake is active, ``time.sleep`` and ``asyncio.sleep`` calls
        (a hand-written retry loop's) are recorded on
        [`clock`][pytest_dynafake.DynaFake.clock] with botocore's backoff instead of being
        slept. A name bound before, ``from time import sleep``, is not covered; see
        [Your own sleeps](faults.md#your-own-sleeps)."""
        self.simulates_sleep = True
        with DISPATCH.lock:
            if self in DISPATCH.stack and not self._sleep_patched:
                self._sleep_patched = True
                user_sleep.acquire()

    def check_faults(self) -> None:
        """Fail with AssertionError if a fault that is not optional never fired."""
        __tracebackhide__ = True
        missed = [f for f in self._faults if not f.triggered and not f._is_optional]
        if missed:
            # A log that max_calls cut cannot tell which calls were made.
            calls = None if self.dropped_calls else list(self._calls)
            declared = list(self._tables.view)
            listed = "\n".join(
                f"- {fault.describe()}{why_missed(fault, calls, declared)}" for fault in missed
            )
            raise AssertionError(
                f"The following faults were declared but never fired:\n{listed}\n\n"
                "If this is on purpose, pass is_optional=True to the fault, use "
                "@pytest.mark.dynafake(assert_all_faults_fired=False) on the test, or set "
                "dynafake_assert_all_faults_fired = false in the ini file; see "
                "docs/faults.md#optional-faults"
            )

    # -- activation ------------------------------------------------------------------------
    def start(self) -> DynaFake:
        """Serve every botocore DynamoDB client from this fake until
        [`stop`][pytest_dynafake.DynaFake.stop].

        Fakes stack: the most recently started active fake answers. A fake is started once;
        starting an active one raises [`DynaFakeError`][pytest_dynafake.DynaFakeError] (the
        ``dynafake`` fixture's fake is active for the whole test already)."""
        check_start()
        with DISPATCH.lock:
            if self in DISPATCH.stack:
                raise DynaFakeError(ALREADY_ACTIVE.format(origin=self._origin()))
            self._started_at = caller(("pytest_dynafake._", "contextlib"))
            DISPATCH.stack.append(self)
            if self._fake_credentials:
                _credentials.activate(self)
            if self.simulates_sleep and not self._sleep_patched:
                self._sleep_patched = True
                user_sleep.acquire()
        return self

    def stop(self) -> None:
        """Stop serving. Stopping in reverse order of starting (as nested ``with`` blocks do)
        gives the previously started fake back; stopping a fake that is not the most recent
        one takes only it out, and the most recent one keeps answering."""
        if not self._deactivate():
            raise DynaFakeError("this DynaFake is not active; call start() before stop()")

    def _deactivate(self) -> bool:
        """Take this fake out of the active ones; False if it was not active."""
        with DISPATCH.lock:
            if self not in DISPATCH.stack:
                return False
            DISPATCH.stack.remove(self)
            _credentials.deactivate(self)
            if self._sleep_patched:
                self._sleep_patched = False
                user_sleep.release()
        return True

    def __enter__(self) -> DynaFake:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc_type is not None:
            # The block's own exception is the one to see: no error of ours replaces it (the
            # block may have stopped this fake already), nor the fault check.
            self._deactivate()
            return
        self.stop()
        if self.assert_all_faults_fired:
            self.check_faults()

    def _describe(self) -> str:
        names = ", ".join(repr(name) for name in sorted(self._tables.handles())) or "none"
        return f"the DynaFake started {self._origin()} (tables: {names})"

    def _origin(self) -> str:
        """Where the user's code started this fake (the fixture counts as one place)."""
        if self._started_at is not None and self._started_at.module == "pytest_dynafake.plugin":
            return "by the dynafake fixture"
        return where(self._started_at)

    # -- serving ---------------------------------------------------------------------------
    def _respond(self, operation: str, request: Any) -> FakeResponse:
        return respond(
            operation,
            request,
            self._tables.view,
            self._tables,
            self._faults,
            self.clock,
            self._calls,
            self._pages,
        )


def stop_leftovers(keep: Collection[DynaFake]) -> str | None:
    """Stop every active fake not in ``keep``; say which, and how to stop them, or None."""
    with DISPATCH.lock:
        left = [fake for fake in DISPATCH.stack if fake not in keep]
    for fake in left:
        fake._deactivate()  # puts back time.sleep too, if it simulated sleeps
    if not left:
        return None
    listed = "\n".join(f"- {fake._describe()}" for fake in left)
    return LEFT_ACTIVE.format(listed=listed)
