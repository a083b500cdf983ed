"""A fake's tables: declaring them, seeding them, loading seed files, and layering a fake on a
shared base (module or session scope) without copying what it does not change."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from . import _messages_admin as a
from . import _validation as v
from ._bulk import CHECKS, Check, RawItems, prepare_raw
from ._errors import DynaFakeError
from ._fake_table import FakeTable, TableHandles
from ._files import export_files, read
from ._schema import (
    KeySpec,
    check_distinct_keys,
    check_table_name,
    from_create_table,
    key_attribute,
)
from ._seeding import Format, SeedFloatError, prepare
from ._shared import Shared
from ._store import KeyAttribute, LookupKey, StoredItem, Table
from ._store.declare import from_short_form, index_specs

OTHER_REGION = (
    "CreateTable: a table {table!r} exists in {region} already. DynamoDB keeps tables per "
    "region and would make a second one; pytest-dynafake keeps one table per name, so it "
    "cannot: give the tables of different regions different names."
)


class TableSet:
    """The tables one fake serves: its own, over those of its base.

    Also the request path's writer (``_ops._common.Writer``): :meth:`writable`, :attr:`lock`,
    :meth:`create` and :meth:`drop`."""

    def __init__(self, base: TableSet | None) -> None:
        self.own: dict[str, Table] = {}
        self.shared: Shared | None = None  # set when the plugin shares the fake
        self.view: Mapping[str, Table] = self.own if base is None else _View(self.own, base.view)
        self.lock = threading.RLock()
        """Held by a request across check-then-write (a condition and its write, a whole
        transaction): one per fake, reentrant."""

    def adopt(self, other: TableSet) -> TableSet:
        """Take over the tables ``other`` declared (a layer's own options)."""
        for name, table in other.own.items():
            if name in self.view:
                raise DynaFakeError(
                    f"table {name!r} is already declared in the fake this one is built on; "
                    "declare each table once and seed more items with .put_items()"
                )
            self.own[name] = table
        return self

    def handles(self) -> TableHandles:
        return TableHandles((name, FakeTable(self, name)) for name in self.view)

    def writable(self, name: str, missing: str = v.TABLE_NOT_FOUND) -> Table:
        """The table to change, by the name or ARN a request gives: a base's table is copied
        into this set first (copy-on-write: the base never changes). DynamoDB's
        ResourceNotFoundException (message ``missing``) if there is no such table."""
        with self.lock:
            table = self._find(name, missing)
            if self.shared is not None:
                self.shared.check_change(f"put items in table {table.name!r}")
            if self.own.get(table.name) is not table:
                table = self.own[table.name] = table.copy()
            return table

    def create(self, table: Table) -> None:
        """Add a table a request created (CreateTable); DynamoDB's ResourceInUseException if
        one of that name exists here or in the base."""
        with self.lock:
            other = self.view.get(table.name)
            if other is not None and other.region not in (None, table.region):
                raise DynaFakeError(OTHER_REGION.format(table=table.name, region=other.region))
            if other is not None:
                raise v.AwsError(a.RESOURCE_IN_USE, a.TABLE_EXISTS.format(table=table.name))
            self.own[table.name] = table

    def drop(self, name: str, missing: str = v.TABLE_NOT_FOUND_NAMED) -> Table:
        """Remove a table (DeleteTable) by name or ARN and return it. A base's table is hidden
        from this set, the base unchanged. ResourceNotFoundException (``missing``) if absent."""
        with self.lock:
            table = self._find(name, missing)
            self.own.pop(table.name, None)
            if isinstance(self.view, _View) and table.name in self.view.base:
                self.view.hidden.add(table.name)
            return table

    def _find(self, name: str, missing: str) -> Table:
        table = self.view.get(name)
        if table is None and name.startswith("arn:"):
            table = self.view.get(name.rpartition(":table/")[2])
        if table is None:
            raise v.AwsError(v.RESOURCE_NOT_FOUND, missing.format(table=name))
        return table

    def table(
        self,
        name: str,
        partition_key: KeySpec,
        sort_key: KeySpec | None,
        *,
        items: Iterable[Mapping[str, Any]],
        format: Format,
        indexes: Mapping[str, Any] | None = None,
    ) -> FakeTable:
        check_table_name(name)
        hash_key = key_attribute(name, "partition_key", partition_key)
        range_key = None if sort_key is None else key_attribute(name, "sort_key", sort_key)
        check_distinct_keys(name, hash_key, range_key)
        if indexes is None:
            return self._add(Table(name, hash_key, range_key), items, format)
        key = (hash_key,) if range_key is None else (hash_key, range_key)
        gsis, lsis, types = from_short_form(name, key, indexes)
        extra: dict[str, Any] = {
            "AttributeDefinitions": [
                {"AttributeName": n, "AttributeType": t} for n, t in types.items()
            ]
        }
        extra.update(
            (field, declared)
            for field, declared in (
                ("GlobalSecondaryIndexes", gsis),
                ("LocalSecondaryIndexes", lsis),
            )
            if declared
        )
        return self._add(_with_indexes(name, hash_key, range_key, extra), items, format)

    def create_table(self, arguments: Mapping[str, Any]) -> FakeTable:
        return self._add(table_from_create(arguments), (), "python")

    def _add(self, table: Table, items: Iterable[Mapping[str, Any]], format: Format) -> FakeTable:
        if self.shared is not None:
            self.shared.check_change(f"declare table {table.name!r}")
        if table.name in self.view:
            where = "" if table.name in self.own else " in the fake this one is built on"
            raise DynaFakeError(
                f"table {table.name!r} is already declared{where}; declare each table once "
                "and seed more items with .put_items()"
            )
        table.put_stored(prepare(table, items, format))
        self.own[table.name] = table
        return FakeTable(self, table.name)

    def declare(self, name: str, spec: Mapping[str, Any]) -> FakeTable:
        """A table from a spec: the arguments of ``table()``, or boto3's create_table."""
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
            return self.create_table({"TableName": name, **spec}).put_items(items, format=format)
        unknown = sorted(set(spec) - {"partition_key", "sort_key", "indexes"})
        if unknown or "partition_key" not in spec:
            raise DynaFakeError(
                f"table {name!r}: spec keys {sorted(spec)!r} are not understood; give "
                "'partition_key' and optionally 'sort_key', 'indexes', 'items' and 'format', or "
                "boto3's "
                "'KeySchema' and 'AttributeDefinitions'"
            )
        partition_key = _key_spec(spec["partition_key"])
        sort_key = _key_spec(spec.get("sort_key"))
        indexes = spec.get("indexes")
        return self.table(
            name, partition_key, sort_key, items=items, format=format, indexes=indexes
        )

    def load(self, path: Path, table: str | None, check: Check) -> None:
        if check not in CHECKS:
            raise DynaFakeError(
                f"check={check!r} is not known; use 'keys' (keys at load, the rest of an item "
                "when first read: fast for large files) or 'all' (every item at load)"
            )
        if self.shared is not None:
            self.shared.check_change(f"load {str(path)!r}")
        if path.is_dir():
            self._load_export(path, table, check)
            return
        kind, content = read(path)
        declared = set(self.own)
        try:
            if kind == "tables":
                if table is not None:
                    raise DynaFakeError(
                        "a table document declares its own tables; table= is for `aws "
                        "dynamodb scan` output and S3 exports"
                    )
                for name, spec in content.items():
                    self._declare_from(path, name, spec, check)
                return
            described = "`aws dynamodb scan` output" if kind == "scan" else "an S3 export"
            target = self._target(table, described)
            prepared = self._items(target, path, content, check)
            if prepared:
                self.writable(target.name).put_stored(prepared)
        except DynaFakeError as error:
            for name in set(self.own) - declared:  # a file loads whole or not at all
                del self.own[name]
            if isinstance(error, SeedFloatError):
                raise error.in_file(str(path)) from None
            raise DynaFakeError(f"seed file {str(path)!r}: {error}") from None

    def _declare_from(self, path: Path, name: str, spec: Any, check: Check) -> None:
        """A table of a document, its items left as JSON text keyed now, built on first read."""
        items = spec.get("items") if isinstance(spec, Mapping) else None
        if not isinstance(items, RawItems):
            self.declare(name, spec)
            return
        self.declare(name, {key: value for key, value in spec.items() if key != "items"})
        format = spec.get("format", "python")
        self.own[name].put_stored(prepare_raw(self.own[name], items, str(path), check, format))

    def _target(self, table: str | None, described: str) -> Table:
        if table is None or table not in self.view:
            raise DynaFakeError(
                f"it is {described}, which does not say which table it fills: declare the "
                "table, then load(path, table='name')"
                + ("" if table is None else f" (table {table!r} is not declared)")
            )
        return self.view[table]

    @staticmethod
    def _items(
        target: Table, path: Path, content: Any, check: Check
    ) -> list[tuple[LookupKey, StoredItem]]:
        if isinstance(content, RawItems):
            return prepare_raw(target, content, str(path), check)
        return prepare(target, content, "dynamodb")

    def _load_export(self, folder: Path, table: str | None, check: Check) -> None:
        """Every data file of an S3 export folder, as one load: all of it or nothing."""
        try:
            target = self._target(table, "an S3 export folder")
        except DynaFakeError as error:
            raise DynaFakeError(f"seed folder {str(folder)!r}: {error}") from None
        loaded: dict[LookupKey, tuple[Path, StoredItem]] = {}
        for path in export_files(folder):
            kind, content = read(path)
            if kind != "export":
                raise DynaFakeError(
                    f"seed file {str(path)!r} is in S3 export folder {str(folder)!r} but is not "
                    "an S3 export data file (one {'Item': {...}} a line)"
                )
            try:
                entries = self._items(target, path, content, check)
            except DynaFakeError as error:
                raise DynaFakeError(f"seed file {str(path)!r}: {error}") from None
            for key, stored in entries:
                if key in loaded:
                    raise DynaFakeError(
                        f"seed folder {str(folder)!r}: data files {loaded[key][0].name!r} and "
                        f"{path.name!r} both hold the item with key "
                        f"{dict(zip(target.key_names, key, strict=True))!r}; an export holds "
                        "one item per key"
                    )
                loaded[key] = (path, stored)
        self.writable(target.name).put_stored((key, stored) for key, (_, stored) in loaded.items())


class _View(Mapping[str, Table]):
    """A layer's tables: its own over its base's, less those it dropped (``hidden``)."""

    __slots__ = ("base", "hidden", "own")

    def __init__(self, own: dict[str, Table], base: Mapping[str, Table]) -> None:
        self.own = own
        self.base = base
        self.hidden: set[str] = set()

    def __getitem__(self, name: str) -> Table:
        table = self.own.get(name)
        if table is not None:
            return table
        if name in self.hidden:
            raise KeyError(name)
        return self.base[name]

    def get(self, name: str, default: Any = None) -> Any:
        table = self.own.get(name)
        if table is not None:
            return table
        if name in self.hidden:
            return default
        return self.base.get(name, default)

    def __contains__(self, name: object) -> bool:
        return name in self.own or (name not in self.hidden and name in self.base)

    def __iter__(self) -> Iterator[str]:
        # The base's tables first, then this layer's new ones (as a ChainMap orders them).
        own, hidden = self.own, self.hidden
        for name in self.base:
            if name in own or name not in hidden:
                yield name
        for name in own:
            if name not in self.base:
                yield name

    def __len__(self) -> int:
        return sum(1 for _ in self)


def table_from_create(arguments: Mapping[str, Any]) -> Table:
    """A table from CreateTable's arguments (checked by the caller with the service's
    messages; a DynaFakeError names anything left)."""
    name, hash_key, range_key, extra = from_create_table(arguments)
    check_table_name(name)
    return _with_indexes(name, hash_key, range_key, extra)


def _with_indexes(
    name: str, hash_key: KeyAttribute, range_key: KeyAttribute | None, extra: dict[str, Any]
) -> Table:
    """A table with the indexes its create_table arguments (``extra``) declare."""
    key = (hash_key,) if range_key is None else (hash_key, range_key)
    definitions = {
        str(d.get("AttributeName")): str(d.get("AttributeType"))
        for d in extra.get("AttributeDefinitions", [])
        if isinstance(d, Mapping)
    }
    return Table(name, hash_key, range_key, extra, index_specs(name, key, definitions, extra))


def _key_spec(value: Any) -> Any:
    # JSON and YAML have no tuples: ["user_id", "S"] is the pair ("user_id", "S").
    return tuple(value) if isinstance(value, list) else value
