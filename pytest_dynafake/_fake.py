"""The DynaFake: declared tables, activation, and the dispatch of one request."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import Any

from ._calls import Call, select
from ._clock import SimulatedClock
from ._errors import DynaFakeError
from ._fault_api import FaultMethods
from ._faults import Fault
from ._intercept import DISPATCH, FakeResponse
from ._seeding import Format, KeySpec, check_table_name, from_create_table, key_attribute, prepare
from ._serve import respond
from ._store import Table


class FakeTable:
    """A declared table. Returned by :meth:`DynaFake.table`; not built directly."""

    __slots__ = ("_table",)

    def __init__(self, table: Table) -> None:
        """Private: use :meth:`DynaFake.table` or :meth:`DynaFake.create_table`."""
        self._table = table

    @property
    def name(self) -> str:
        return self._table.name

    @property
    def key_schema(self) -> tuple[tuple[str, str], ...]:
        """``((partition_name, type),)`` or with the sort key as a second pair."""
        return tuple((a.name, a.type) for a in self._table.key_attributes)

    def put_items(
        self, items: Iterable[Mapping[str, Any]], *, format: Format = "python"
    ) -> FakeTable:
        """Seed items: plain Python values by boto3's rules (``format="python"``) or DynamoDB
        JSON (``format="dynamodb"``). A later item with the same key replaces the stored one,
        as PutItem does; the same key twice in one call is an error. Returns the table."""
        self._table.put_stored(prepare(self._table, items, format))
        return self

    def put_item(self, item: Mapping[str, Any], *, format: Format = "python") -> FakeTable:
        """Seed one item; see :meth:`put_items`."""
        return self.put_items([item], format=format)

    def __len__(self) -> int:
        return len(self._table.items)

    def __repr__(self) -> str:
        keys = ", ".join(f"{n} {t}" for n, t in self.key_schema)
        return f"<FakeTable {self.name!r} ({keys}), {len(self)} items>"


class DynaFake(FaultMethods):
    """An in-memory DynamoDB for reads, active inside ``with`` (or between :meth:`start` and
    :meth:`stop`). The ``dynafake`` fixture yields an active one."""

    def __init__(
        self,
        *,
        tables: Mapping[str, Mapping[str, Any]] | None = None,
        assert_all_faults_fired: bool = True,
    ) -> None:
        """``tables`` declares tables up front: ``{name: spec}`` where a spec holds
        ``partition_key``, optionally ``sort_key``, ``items`` and ``format`` (the arguments
        of :meth:`table`), or boto3's ``KeySchema`` and ``AttributeDefinitions`` (and
        ``items``). With ``assert_all_faults_fired`` (the default), leaving the ``with``
        block fails if a declared fault never fired, unless the block raised."""
        self._tables: dict[str, Table] = {}
        self._faults: list[Fault] = []
        self._calls: list[Call] = []
        self.assert_all_faults_fired = assert_all_faults_fired
        self.clock = SimulatedClock()
        for name, spec in (tables or {}).items():
            self._declare(name, spec)

    def _declare(self, name: str, spec: Mapping[str, Any]) -> FakeTable:
        if not isinstance(spec, Mapping):
            raise DynaFakeError(
                f"table {name!r}: a table spec is a mapping such as "
                "{'partition_key': ('user_id', 'S'), 'items': [...]}, "
                f"not {type(spec).__name__}"
            )
        spec = dict(spec)
        items = spec.pop("items", ())
        format = spec.pop("format", "python")
        if "KeySchema" in spec:
            return self.create_table(TableName=name, **spec).put_items(items, format=format)
        unknown = sorted(set(spec) - {"partition_key", "sort_key"})
        if unknown or "partition_key" not in spec:
            raise DynaFakeError(
                f"table {name!r}: spec keys {sorted(spec)!r} are not understood; give "
                "'partition_key' and optionally 'sort_key', 'items' and 'format', or boto3's "
                "'KeySchema' and 'AttributeDefinitions'"
            )
        return self.table(name, items=items, format=format, **spec)

    # -- tables ----------------------------------------------------------------------------
    def table(
        self,
        name: str,
        partition_key: KeySpec,
        sort_key: KeySpec | None = None,
        *,
        items: Iterable[Mapping[str, Any]] = (),
        format: Format = "python",
    ) -> FakeTable:
        """Declare a table. A key is an attribute name (a string key) or a ``(name, type)``
        pair with type ``"S"``, ``"N"`` or ``"B"``. ``items`` are seeded as by
        :meth:`FakeTable.put_items`."""
        check_table_name(name)
        hash_key = key_attribute(name, "partition_key", partition_key)
        range_key = None if sort_key is None else key_attribute(name, "sort_key", sort_key)
        return self._add(Table(name, hash_key, range_key), items, format)

    def create_table(self, **arguments: Any) -> FakeTable:
        """Declare a table from boto3's ``create_table`` arguments (``TableName``,
        ``KeySchema``, ``AttributeDefinitions``, and optionally billing, indexes, tags...)."""
        name, hash_key, range_key, extra = from_create_table(arguments)
        check_table_name(name)
        return self._add(Table(name, hash_key, range_key, extra), (), "python")

    def _add(self, table: Table, items: Iterable[Mapping[str, Any]], format: Format) -> FakeTable:
        if table.name in self._tables:
            raise DynaFakeError(
                f"table {table.name!r} is already declared; declare each table once and seed "
                "more items with .put_items()"
            )
        handle = FakeTable(table)
        handle.put_items(items, format=format)
        self._tables[table.name] = table
        return handle

    @property
    def tables(self) -> dict[str, FakeTable]:
        """The declared tables by name."""
        return {name: FakeTable(table) for name, table in self._tables.items()}

    # -- faults, calls and time ------------------------------------------------------------
    @property
    def faults(self) -> list[Fault]:
        """The declared faults, in declaration order."""
        return list(self._faults)

    @property
    def calls(self) -> list[Call]:
        """Every request answered so far (each botocore attempt is one), oldest first."""
        return list(self._calls)

    def get_calls(self, operation: str | None = None, *, table: str | None = None) -> list[Call]:
        """The calls for ``operation`` and/or naming ``table``."""
        return select(self._calls, operation, table)

    def get_call(self, operation: str | None = None, *, table: str | None = None) -> Call:
        """The one call that matches; an error if there are none or several."""
        found = select(self._calls, operation, table)
        if len(found) != 1:
            raise DynaFakeError(
                f"{len(found)} calls matched operation={operation!r}, table={table!r}; "
                "get_call() expects exactly one: use get_calls() or narrow the filters"
            )
        return found[0]

    @property
    def sleeps(self) -> list[float]:
        """The backoff delays botocore asked for while this fake was active (simulated)."""
        return list(self.clock.sleeps)

    def check_faults(self) -> None:
        """Fail with AssertionError if a fault that is not optional never fired."""
        __tracebackhide__ = True
        missed = [f for f in self._faults if not f.triggered and not f.is_optional]
        if missed:
            listed = "\n".join(f"- {fault.describe()}" for fault in missed)
            raise AssertionError(
                f"The following faults were declared but never fired:\n{listed}\n\n"
                "If this is on purpose, pass is_optional=True to the fault, use "
                "@pytest.mark.dynafake(assert_all_faults_fired=False) on the test, or set "
                "dynafake_assert_all_faults_fired = false in the ini file; see "
                "docs/faults.md#optional-faults"
            )

    # -- activation ------------------------------------------------------------------------
    def start(self) -> DynaFake:
        """Serve every botocore DynamoDB client from this fake until :meth:`stop`."""
        with DISPATCH.lock:
            DISPATCH.stack.append(self)
        return self

    def stop(self) -> None:
        """Stop serving; the previously active fake, if any, serves again."""
        with DISPATCH.lock:
            if self not in DISPATCH.stack:
                raise DynaFakeError("this DynaFake is not active; call start() before stop()")
            DISPATCH.stack.remove(self)

    def __enter__(self) -> DynaFake:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()
        # A failure inside the block is never buried under the teardown check.
        if exc_type is None and self.assert_all_faults_fired:
            self.check_faults()

    # -- serving ---------------------------------------------------------------------------
    def _respond(self, operation: str, request: Any) -> FakeResponse:
        return respond(operation, request, self._tables, self._faults, self.clock, self._calls)
