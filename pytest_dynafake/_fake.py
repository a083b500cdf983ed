"""The DynaFake: declared tables, activation, and the dispatch of one request."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import Any

from . import _validation as v
from ._errors import DynaFakeError
from ._intercept import DISPATCH, FakeResponse, decode_body, region_of
from ._ops import OPERATIONS, RequestContext
from ._seeding import Format, KeySpec, check_table_name, from_create_table, key_attribute, prepare
from ._store import Table

_request_ids = itertools.count(1)
SERVED = ", ".join(sorted(OPERATIONS))


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


class DynaFake:
    """An in-memory DynamoDB for reads, active inside ``with`` (or between :meth:`start` and
    :meth:`stop`). The ``dynafake`` fixture yields an active one."""

    def __init__(self, *, tables: Mapping[str, Mapping[str, Any]] | None = None) -> None:
        """``tables`` declares tables up front: ``{name: spec}`` where a spec holds
        ``partition_key``, optionally ``sort_key``, ``items`` and ``format`` (the arguments
        of :meth:`table`), or boto3's ``KeySchema`` and ``AttributeDefinitions`` (and
        ``items``)."""
        self._tables: dict[str, Table] = {}
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

    # -- serving ---------------------------------------------------------------------------
    def _respond(self, operation: str, request: Any) -> FakeResponse:
        handler = OPERATIONS.get(operation)
        if handler is None:
            raise DynaFakeError(
                f"pytest-dynafake does not serve DynamoDB {operation}; it serves {SERVED}. "
                "The request was not sent anywhere: no DynamoDB request leaves the machine "
                "while a fake is active."
            )
        try:
            try:
                body = decode_body(request)
            except ValueError:
                raise v.AwsError(v.SERIALIZATION, v.SERIALIZATION_MESSAGE) from None
            if not isinstance(body, dict):
                raise v.AwsError(v.SERIALIZATION, v.SERIALIZATION_MESSAGE)
            plan = handler(body, RequestContext(self._tables, region_of(request)))
            status, text = 200, plan.run()
        except v.AwsError as error:
            status, text = error.status, v.error_body(error)
        return FakeResponse(request.url, status, text.encode(), _request_id())


def _request_id() -> str:
    return f"DYNAFAKE{next(_request_ids):044d}"
