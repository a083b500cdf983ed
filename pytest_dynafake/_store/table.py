"""A table: its key schema, its items by key, its partitions in sort order and its indexes.

``items`` (``{LookupKey: StoredItem}``) serves point reads. Partitions (:mod:`.ranges`) are
built from it on the first range read and kept up to date by every later :meth:`Table.put_stored`;
seeding a table nobody range-reads costs nothing more than the dict. The range API is the one
documented in :mod:`.source`; indexes are in :attr:`Table.indexes`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .. import _validation as v
from .._numbers import NumberError
from .._wire import Item, WireError, canonical_wire
from .items import StoredItem, attribute_error
from .keys import KeyAttribute, LookupKey, key_value, local_hash, order_value, wire_key
from .overlay import lend
from .ranges import HASH_BITS, Ranges
from .source import Entry, Position, SortCondition, bounds

if TYPE_CHECKING:
    from .index import Index, IndexSpec


class Table:
    """A seeded table: its key schema and items. Built by :class:`~pytest_dynafake.DynaFake`."""

    projects_all = True
    region: str | None = None
    """The region a CreateTable request made it in (served to requests signed for that region
    only, as the service keeps tables per region); None for a declared table, served in every
    region."""

    def __init__(
        self,
        name: str,
        hash_key: KeyAttribute,
        range_key: KeyAttribute | None,
        extra: Mapping[str, Any] | None = None,
        indexes: Sequence[IndexSpec] = (),
    ) -> None:
        self.name = name
        self.hash_key = hash_key
        self.range_key = range_key
        self.key_attributes = (hash_key,) if range_key is None else (hash_key, range_key)
        self.hash_attributes = (hash_key,)
        self.range_attributes = self.key_attributes[1:]
        self.key_names = tuple(a.name for a in self.key_attributes)
        self.extra = dict(extra or {})
        self.created = time.time()
        # A dict, or on a copy an Overlay of the copy's changes over its base's dict (lent:
        # the base copies its dict before its next change, see .overlay).
        self.items: MutableMapping[LookupKey, StoredItem] = {}
        self._lent = False
        self._ranges: Ranges | None = None
        self._lock = threading.Lock()
        self._version = 0  # writes so far
        # A copy's base, and the base's version when copied: a copy builds its partitions and
        # indexes from the base's (built once, there, for every copy) plus its own writes.
        self._origin: Table | None = None
        self._origin_version = 0
        self.writes: list[tuple[LookupKey, StoredItem | None, StoredItem | None]] | None = None
        from .index import Index

        self.indexes: dict[str, Index] = {spec.name: Index(spec, self) for spec in indexes}

    # -- keys ------------------------------------------------------------------------------
    def lookup_key(self, key: object) -> LookupKey:
        """The store key for a request's ``Key``; raises DynamoDB's error when it does not
        match the schema."""
        if not isinstance(key, dict) or len(key) != len(self.key_attributes):
            self._check_values(key)
            raise v.invalid(v.KEY_SCHEMA_MISMATCH)
        out: list[str | bytes] = []
        # Attribute by attribute, as DynamoDB checks them: the partition key's type, emptiness
        # and size, then the sort key's (a too long partition key wins over a bad sort key).
        for attribute in self.key_attributes:
            value = key.get(attribute.name)
            if type(value) is not dict or len(value) != 1 or attribute.type not in value:
                self._check_values(key)
                raise v.invalid(v.KEY_SCHEMA_MISMATCH)
            out.append(key_value(attribute, value[attribute.type], sort=bool(out)))
        return tuple(out)

    @staticmethod
    def _check_values(key: object) -> None:
        # A malformed value is reported before the schema mismatch, as DynamoDB does.
        if isinstance(key, dict):
            for value in key.values():
                try:
                    canonical_wire(value)
                except (WireError, NumberError) as exc:
                    raise attribute_error(exc) from None

    def key_of_item(self, item: Item) -> LookupKey:
        return tuple(
            key_value(a, item[a.name][a.type], sort=i > 0)
            for i, a in enumerate(self.key_attributes)
        )

    def rank(self, hash_values: LookupKey) -> bytes:
        """A partition's place in Scan order (and segment): DynamoDB Local's hash of its key."""
        return local_hash(self.hash_key.type, hash_values[0])

    # -- items -----------------------------------------------------------------------------
    def get(self, key: LookupKey) -> StoredItem | None:
        return self.items.get(key)

    def copy(self) -> Table:
        """A table with the same schema and content, changed independently: its item map is
        an overlay of its own changes over this table's (items are shared: they never change
        once stored), its partitions and indexes shared until either side changes one. Costs
        the same on a table of 100,000 items as on one of 10 (see :mod:`.overlay`)."""
        with self._lock:
            twin = Table(self.name, self.hash_key, self.range_key, self.extra)
            twin.created = self.created
            twin.region = self.region
            twin.items, lent = lend(self.items)
            self._lent = self._lent or lent
            twin._ranges = None if self._ranges is None else self._ranges.copy()
            twin._origin, twin._origin_version, twin.writes = self, self._version, []
            twin.indexes = {name: index.bind(twin) for name, index in self.indexes.items()}
            return twin

    def _own_items(self) -> MutableMapping[LookupKey, StoredItem]:
        """The item map to change (under the lock): a dict lent to copies is copied first."""
        if self._lent:
            self._lent = False
            self.items = dict(self.items)
        return self.items

    def origin(self) -> Table | None:
        """The table this one was copied from, if it has not changed since (``writes`` then
        holds what this one changed)."""
        origin = self._origin
        if origin is not None and origin._version == self._origin_version:
            return origin
        return None

    def put_stored(self, entries: Iterable[tuple[LookupKey, StoredItem]]) -> None:
        """Store items (seeding): :meth:`apply` with puts only, a dict update while nothing
        but the item map needs keeping up."""
        with self._lock:
            if self._ranges is None and self.writes is None and not self._built_indexes():
                self._version += 1
                self._own_items().update(entries)
                return
        self.apply(entries)

    def apply(self, changes: Iterable[tuple[LookupKey, StoredItem | None]]) -> None:
        """Write to the table: each change is ``(key, item)`` to store ``item`` at ``key``
        (replacing the stored one), or ``(key, None)`` to delete the item at ``key`` (nothing
        happens if there is none). In order, under the table's lock: a reader in another thread
        sees the table before or after a change, never half of one.

        Keeps up with everything read from the table: the item map, the partitions (Query and
        Scan order), every built index (an item joins, moves within or leaves a GSI or LSI as
        its index key attributes come, change or go: sparse indexes; projections are read from
        the stored item) and, on a copy (:meth:`copy`), the write log :attr:`writes` from which
        a copy builds its partitions and indexes over its origin's. The cost is that of the
        changes, not of the table's size. Keys are not checked: the caller made them with
        :meth:`lookup_key` or :meth:`key_of_item`, and each item's key attributes match its
        key."""
        with self._lock:
            self._version += 1
            ranges = self._ranges
            indexes = self._built_indexes()
            writes = self.writes
            items = self._own_items()
            for key, stored in changes:
                old = items.get(key)
                if stored is None:
                    if old is None:
                        continue
                    del items[key]
                else:
                    items[key] = stored
                if writes is not None:
                    writes.append((key, old, stored))
                if ranges is not None:
                    if old is None:
                        self._add_to(ranges, key)
                    elif stored is None:
                        ranges.remove(key if self.range_key is None else key[:1], key)
                for index in indexes:
                    index.replace(key, old, stored)

    def _built_indexes(self) -> list[Index]:
        return [index for index in self.indexes.values() if index.built]

    # -- the range API (see .source) ---------------------------------------------------------
    def ranges(self) -> Ranges:
        """The partitions, built on first use."""
        ranges = self._ranges
        if ranges is None:
            with self._lock:
                ranges = self._ranges
                if ranges is None:
                    origin = self.origin()
                    if origin is None:
                        ranges = Ranges.of(self.rank, self._members())
                    else:  # the base's partitions (built once for every copy), plus ours
                        ranges = origin.ranges().copy()
                        for key, old, new in self.writes or ():
                            if old is None:
                                self._add_to(ranges, key)
                            elif new is None:
                                ranges.remove(key if self.range_key is None else key[:1], key)
                    self._ranges = ranges
        return ranges

    def _members(self) -> Iterator[tuple[LookupKey, LookupKey, tuple[Any, ...], LookupKey]]:
        if self.range_key is None:
            for key in self.items:
                yield key, key, (), ()
            return
        kind = self.range_key.type
        if kind != "N":  # a string or binary is its own sort value
            for key in self.items:
                yield key[:1], key, key[1:], key[1:]
            return
        for key in self.items:
            yield key[:1], key, (Decimal(key[1]),), key[1:]  # type: ignore[arg-type]

    def _add_to(self, ranges: Ranges, key: LookupKey) -> None:
        if self.range_key is None:
            ranges.add(key, key, (), ())
        else:
            ranges.add(key[:1], key, (order_value(self.range_key.type, key[1]),), key[1:])

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
        items = self.items
        for key, _ in self.ranges().query(hash_values, low, high, forward=forward, after=after):
            yield Entry(items[key], key, None)

    def scan(
        self, segment: int = 0, total_segments: int = 1, *, start_after: Position | None = None
    ) -> Iterator[Entry]:
        items = self.items
        for _, key, _ in self.ranges().scan(segment, total_segments, start_after):
            yield Entry(items[key], key, None)

    def start_key(self, exclusive_start_key: object) -> Position:
        return self.position(self.lookup_key(exclusive_start_key))

    def position(self, key: LookupKey) -> Position:
        """Where a table key is in Query and Scan order."""
        order = () if self.range_key is None else (order_value(self.range_key.type, key[1]),)
        return Position(key[:1], order, key)

    def segment_of(self, key: LookupKey, total_segments: int) -> int:
        """The Scan segment of a table key (DynamoDB Local's: a slice of its hash space)."""
        return int.from_bytes(self.rank(key[:1]), "big") * total_segments >> HASH_BITS

    def start_segment(self, start: Position, total_segments: int) -> int:
        """The segment a start key (from :meth:`start_key`) lies in."""
        return self.segment_of(start.key, total_segments)

    def last_key(self, entry: Entry) -> dict[str, Any]:
        return wire_key(self.key_attributes, entry.key)

    def project(self, stored: StoredItem) -> Item:
        return stored.wire

    def index(self, name: str) -> Index | None:
        return self.indexes.get(name)
