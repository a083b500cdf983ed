"""Secondary indexes: views of a table's items, read with the range API of :mod:`.source`.

An :class:`IndexSpec` is a declared index (checked by :mod:`.declare`); an :class:`Index` is
that spec bound to one :class:`~.table.Table`. Its partitions are built on its first read, from
the table's items (so a seed file's items stay unread until an index is read), and kept up to
date by every later write to the table.

- **Sparse**: an item without every index key attribute (or with one of another type) is not
  in the index.
- **Equal index keys** are allowed; their items are in DynamoDB Local's order (a hash of the
  table key, or of the part of it outside the index key, see :meth:`Index.tie`): the service
  documents none.
- **Projection**: :meth:`Index.project` gives what a read through the index returns: the
  index key and table key attributes (``KEYS_ONLY``), plus the ``NonKeyAttributes``
  (``INCLUDE``), or the whole item (``ALL``).
- **Multi-attribute keys** (a GSI): up to four HASH and four RANGE attributes; a partition is
  the tuple of the HASH values, the order that of the RANGE values left to right.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from .. import _validation as v
from .._wire import Item
from .items import StoredItem, read_attributes
from .keys import (
    KeyAttribute,
    KeyValue,
    LookupKey,
    combined_hash,
    key_value,
    local_hash,
    order_value,
    wire_key,
)
from .ranges import Ranges
from .source import Entry, Position, SortCondition, bounds

if TYPE_CHECKING:
    from .table import Table

GLOBAL, LOCAL = "GSI", "LSI"


class IndexSpec(NamedTuple):
    """A declared index, as ``create_table`` gives it (checked)."""

    name: str
    kind: str  # GLOBAL or LOCAL
    hash_attributes: tuple[KeyAttribute, ...]
    range_attributes: tuple[KeyAttribute, ...]
    projection: str  # "KEYS_ONLY", "INCLUDE" or "ALL"
    non_key_attributes: tuple[str, ...] = ()
    declared: Any = None  # the create_table entry, for DescribeTable


class Index:
    """One index of one table (see the module)."""

    def __init__(
        self,
        spec: IndexSpec,
        table: Table,
        ranges: Ranges | None = None,
        origin: Index | None = None,
    ) -> None:
        self.spec = spec
        self.table = table
        self.name = spec.name
        self.kind = spec.kind
        self.hash_attributes = spec.hash_attributes
        self.range_attributes = spec.range_attributes
        self.key_attributes = spec.hash_attributes + spec.range_attributes
        self.projects_all = spec.projection == "ALL"
        self._names = tuple(a.name for a in self.key_attributes)
        self._hashes = len(spec.hash_attributes)
        projected = dict.fromkeys((*self._names, *table.key_names, *spec.non_key_attributes))
        self._projected = tuple(projected)
        self._ranges = ranges
        self._origin = origin

    def bind(self, table: Table) -> Index:
        """This index on a copy of its table (partitions shared until either side changes;
        an index not built yet is built on the original when the copy first reads it)."""
        if self._ranges is None:
            return Index(self.spec, table, None, self)
        return Index(self.spec, table, self._ranges.copy())

    @property
    def built(self) -> bool:
        return self._ranges is not None

    # -- keeping up with the table --------------------------------------------------------------
    def ranges(self) -> Ranges:
        ranges = self._ranges
        if ranges is None:
            with self.table._lock:
                ranges = self._ranges
                if ranges is None:
                    origin = self._origin
                    if origin is not None and self.table.origin() is origin.table:
                        # The original's index (built once for every copy), plus our writes.
                        ranges = origin.ranges().copy()
                        for key, old, new in self.table.writes or ():
                            self._apply(ranges, key, old, new)
                    else:
                        members = (
                            self._member(key, stored) for key, stored in self.table.items.items()
                        )
                        found = (m for m in members if m is not None)
                        ranges = Ranges.of(self.rank, found)
                    self._ranges = ranges
        return ranges

    def replace(self, key: LookupKey, old: StoredItem | None, new: StoredItem | None) -> None:
        """The table stored ``new`` at ``key`` in place of ``old`` (None: there was no item,
        or the item was deleted): the item leaves, moves within or joins the index."""
        self._apply(self.ranges(), key, old, new)

    def _apply(
        self, ranges: Ranges, key: LookupKey, old: StoredItem | None, new: StoredItem | None
    ) -> None:
        if old is not None:
            found = self.key_of(old)
            if found is not None:
                ranges.remove(found[: self._hashes], key)
        if new is not None:
            self._add(ranges, key, new)

    def _add(self, ranges: Ranges, key: LookupKey, stored: StoredItem) -> None:
        member = self._member(key, stored)
        if member is not None:
            ranges.add(*member)

    def _member(
        self, key: LookupKey, stored: StoredItem
    ) -> tuple[LookupKey, LookupKey, tuple[Any, ...], LookupKey] | None:
        found = self.key_of(stored)
        if found is None:
            return None
        hashes = self._hashes
        order = tuple(
            order_value(a.type, x)
            for a, x in zip(self.range_attributes, found[hashes:], strict=True)
        )
        return found[:hashes], key, (*order, _Tie(self, key)), found[hashes:]

    def rank(self, hash_values: LookupKey) -> tuple[Any, ...]:
        """A GSI partition's place in Scan order: its key values in DynamoDB's order, as
        DynamoDB Local reads a GSI."""
        return tuple(
            order_value(a.type, x) for a, x in zip(self.hash_attributes, hash_values, strict=True)
        )

    def tie(self, key: LookupKey) -> tuple[Any, ...]:
        """What orders items with equal index keys, as DynamoDB Local orders them: the hash of
        the table key; the hash of its sort key when the table's partition key is one of the
        index's key attributes (every LSI); by the table's sort key, then the hash of its
        partition key, when the table's sort key is one of them."""
        table = self.table
        first = local_hash(table.hash_key.type, key[0])
        if table.range_key is None:
            return (first,)
        if self.kind == LOCAL or table.hash_key in self.key_attributes:
            return (local_hash(table.range_key.type, key[1]),)
        if table.range_key in self.key_attributes:
            return (order_value(table.range_key.type, key[1]), first)
        return (combined_hash(first, local_hash(table.range_key.type, key[1])),)

    def key_of(self, stored: StoredItem) -> LookupKey | None:
        """The item's index key (store values), None when the item is not in the index."""
        values = read_attributes(stored, self._names)
        out: list[KeyValue] = []
        for attribute in self.key_attributes:
            value = values.get(attribute.name)
            if type(value) is not dict or attribute.type not in value:
                return None
            raw = value[attribute.type]
            out.append(base64.b64decode(raw) if attribute.type == "B" else raw)
        return tuple(out)

    # -- the range API (see .source) ---------------------------------------------------------
    def query(
        self,
        hash_values: LookupKey,
        sort: SortCondition | None = None,
        *,
        forward: bool = True,
        start_after: Position | None = None,
    ) -> Iterator[Entry]:
        low, high = bounds(sort, self.range_attributes)
        after = None if start_after is None else start_after.order
        items = self.table.items
        for key, values in self.ranges().query(
            hash_values, low, high, forward=forward, after=after
        ):
            yield Entry(items[key], key, hash_values + values)

    def scan(
        self, segment: int = 0, total_segments: int = 1, *, start_after: Position | None = None
    ) -> Iterator[Entry]:
        """As DynamoDB Local scans an index: a GSI by its partition key values in their order,
        each partition in index order; an LSI in its table's Scan order. Either way an item's
        segment is its table partition's."""
        table = self.table
        items = table.items
        if self.kind == LOCAL:
            ranges = self.ranges()
            start = None if start_after is None else table.position(start_after.key)
            for entry in table.scan(segment, total_segments, start_after=start):
                partition = ranges.partitions.get(entry.key[:1])
                member = None if partition is None else partition.members.get(entry.key)
                if member is not None:
                    yield Entry(entry.item, entry.key, entry.key[:1] + member[1])
            return
        segment_of = None
        if total_segments > 1:
            segment_of = lambda key: table.segment_of(key, total_segments)  # noqa: E731
        scanned = self.ranges().scan(segment, total_segments, start_after, segment_of=segment_of)
        for hash_values, key, values in scanned:
            yield Entry(items[key], key, hash_values + values)

    def start_key(self, exclusive_start_key: object) -> Position:
        if not isinstance(exclusive_start_key, dict):
            raise v.invalid(v.KEY_SCHEMA_MISMATCH)
        table = self.table
        key = table.lookup_key({name: exclusive_start_key.get(name) for name in table.key_names})
        values: list[Any] = []
        for attribute in self.key_attributes:
            value = exclusive_start_key.get(attribute.name)
            if type(value) is not dict or len(value) != 1 or attribute.type not in value:
                raise v.invalid(v.KEY_SCHEMA_MISMATCH)
            values.append(key_value(attribute, value[attribute.type], sort=bool(values)))
        hashes = self._hashes
        order = tuple(
            order_value(a.type, x)
            for a, x in zip(self.range_attributes, values[hashes:], strict=True)
        )
        return Position(tuple(values[:hashes]), (*order, _Tie(self, key)), key)

    def start_segment(self, start: Position, total_segments: int) -> int:
        """The segment a start key (from :meth:`start_key`) lies in: its item's table
        partition's, as for every Scan of an index."""
        return self.table.segment_of(start.key, total_segments)

    def last_key(self, entry: Entry) -> dict[str, Any]:
        assert entry.index_key is not None
        out = wire_key(self.key_attributes, entry.index_key)
        out.update(wire_key(self.table.key_attributes, entry.key))
        return out

    def project(self, stored: StoredItem) -> Item:
        if self.projects_all:
            return stored.wire
        return read_attributes(stored, self._projected)

    # -- DescribeTable -------------------------------------------------------------------------
    def describe(self, table_arn: str) -> dict[str, Any]:
        """The index in DescribeTable, as DynamoDB Local shows it: a GSI has ``IndexStatus``,
        and ``ProvisionedThroughput`` when it was declared with one."""
        declared = self.spec.declared or {}
        described: dict[str, Any] = {
            "IndexName": self.name,
            "KeySchema": [
                {"AttributeName": a.name, "KeyType": "HASH"} for a in self.hash_attributes
            ]
            + [{"AttributeName": a.name, "KeyType": "RANGE"} for a in self.range_attributes],
            "Projection": {"ProjectionType": self.spec.projection},
        }
        if self.spec.non_key_attributes:
            described["Projection"]["NonKeyAttributes"] = list(self.spec.non_key_attributes)
        if self.kind == GLOBAL:
            described["IndexStatus"] = "ACTIVE"
            throughput = declared.get("ProvisionedThroughput")
            if isinstance(throughput, dict):
                described["ProvisionedThroughput"] = {
                    k: int(throughput[k])
                    for k in ("ReadCapacityUnits", "WriteCapacityUnits")
                    if k in throughput
                }
        described["IndexSizeBytes"] = self.size_bytes()
        described["ItemCount"] = self.item_count()
        described["IndexArn"] = f"{table_arn}/index/{self.name}"
        return described

    def item_count(self) -> int:
        return len(self.ranges())

    def size_bytes(self) -> int:
        """The sizes of the items in the index (DynamoDB Local counts whole items, whatever
        the projection)."""
        items = self.table.items
        return sum(
            items[key].size_estimate
            for partition in self.ranges().partitions.values()
            for key in partition.members
        )


class _Tie:
    """An item's tie-breaker among equal index keys, hashed on first comparison: only items
    whose index keys are equal ever compare it."""

    __slots__ = ("_index", "_key", "_value")

    def __init__(self, index: Index, key: LookupKey) -> None:
        self._index = index
        self._key = key
        self._value: tuple[Any, ...] | None = None

    def value(self) -> tuple[Any, ...]:
        value = self._value
        if value is None:
            value = self._value = self._index.tie(self._key)
        return value

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _Tie):
            return self.value() == other.value()
        return NotImplemented

    def __lt__(self, other: object) -> bool:
        if isinstance(other, _Tie):
            return self.value() < other.value()
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]
