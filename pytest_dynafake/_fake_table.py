"""A declared table as the test sees it: its name and key schema, seeding, and reading back
what the code under test wrote."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from difflib import get_close_matches
from typing import TYPE_CHECKING, Any

from ._errors import DynaFakeError
from ._readback import check_format, lookup, python_item
from ._seeding import Format, prepare
from ._store import Table

if TYPE_CHECKING:
    from ._tables import TableSet


class FakeTable:
    """A declared table. Returned by [`DynaFake.table`][pytest_dynafake.DynaFake.table] and
    [`DynaFake.create_table`][pytest_dynafake.DynaFake.create_table]; not built directly."""

    __slots__ = ("_name", "_tables")

    def __init__(self, tables: TableSet, name: str) -> None:
        """Private: use [`DynaFake.table`][pytest_dynafake.DynaFake.table] or
        [`DynaFake.create_table`][pytest_dynafake.DynaFake.create_table]."""
        self._tables = tables
        self._name = name

    @property
    def name(self) -> str:
        """The table's name."""
        return self._name

    @property
    def key_schema(self) -> tuple[tuple[str, str], ...]:
        """``((partition_name, type),)`` or with the sort key as a second pair."""
        return tuple((a.name, a.type) for a in self._tables.view[self._name].key_attributes)

    def put_items(
        self, items: Iterable[Mapping[str, Any]], *, format: Format = "python"
    ) -> FakeTable:
        """Seed items: plain Python values by boto3's rules (``format="python"``) or DynamoDB
        JSON (``format="dynamodb"``). A later item with the same key replaces the stored one,
        as PutItem does; the same key twice in one call is an error. Returns the table."""
        table = self._tables.view[self._name]
        prepared = prepare(table, items, format)
        if prepared:
            self._tables.writable(self._name).put_stored(prepared)
        return self

    def put_item(self, item: Mapping[str, Any], *, format: Format = "python") -> FakeTable:
        """Seed one item; see [`put_items`][pytest_dynafake.FakeTable.put_items]."""
        return self.put_items([item], format=format)

    def get(self, key: Mapping[str, Any], *, format: Format = "python") -> dict[str, Any] | None:
        """The stored item with this key, None if there is none: what the code under test
        wrote, as boto3's resource layer reads it (``Decimal`` numbers, ``Binary`` bytes, sets;
        ``format="dynamodb"`` gives DynamoDB JSON). ``key`` holds the key attributes only, in
        the same format."""
        check_format(self._name, format)
        with self._tables.lock:
            table = self._table()
            stored = table.get(lookup(table, key, format))
        if stored is None:
            return None
        return stored.wire if format == "dynamodb" else python_item(stored.wire)

    def items(self, *, format: Format = "python") -> list[dict[str, Any]]:
        """Every item of the table, in Scan order (as a Scan of the whole table returns them),
        as [`get`][pytest_dynafake.FakeTable.get] gives each."""
        check_format(self._name, format)
        with self._tables.lock:
            stored = [entry.item for entry in self._table().scan()]
        if format == "dynamodb":
            return [item.wire for item in stored]
        return [python_item(item.wire) for item in stored]

    def _table(self) -> Table:
        table = self._tables.view.get(self._name)
        if table is None:
            raise DynaFakeError(
                f"table {self._name!r} no longer exists (a DeleteTable removed it); read it "
                "before deleting it, or create it again"
            )
        return table

    def __len__(self) -> int:
        return len(self._table().items)

    def __repr__(self) -> str:
        keys = ", ".join(f"{n} {t}" for n, t in self.key_schema)
        return f"<FakeTable {self.name!r} ({keys}), {len(self)} items>"


class _UnknownTable(DynaFakeError, KeyError):
    """``dynafake.tables[name]`` for a table not declared: a KeyError, as a dict's would be,
    whose message says which tables there are."""

    __str__ = Exception.__str__  # KeyError's would quote the whole message


class TableHandles(dict[str, FakeTable]):
    """The declared tables by name (``DynaFake.tables``): a dict whose ``[name]`` names the
    declared tables when ``name`` is not one of them."""

    def __missing__(self, name: str) -> FakeTable:
        problem = f"tables[{name!r}]: no table {name!r} is declared"
        if not self:
            raise _UnknownTable(
                f"{problem}; no table is declared at all (declare one with table() or "
                "create_table())"
            )
        close = get_close_matches(str(name), list(self), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        declared = ", ".join(repr(n) for n in sorted(self))
        raise _UnknownTable(
            f"{problem}{hint} The declared tables: {declared} (declare one with table() or "
            "create_table())"
        )
