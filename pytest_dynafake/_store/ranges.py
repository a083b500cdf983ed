"""Partitions in sort order: what tables and indexes read ranges from.

A :class:`Ranges` holds members (table keys) grouped in partitions by their partition-key
values (a tuple: one value for a table, up to four for a multi-attribute GSI). Each member has
an *order* (a tuple of sort values from :mod:`.keys`: the sort key's, then, in an index, the
table key's to order equal index keys) and its *sort values* (the store form of the sort key,
for the index key of an entry).

Cheap to fill, ordered late: adding a member is a dict write; a partition sorts itself on its
first range read, and from then on a write puts its member in place (``bisect``: a list insert,
no re-sort). A read of one partition never looks at another, so its cost does not grow with
the table. (``sortedcontainers`` would keep partitions sorted too, at a cost on every seeded
item; sorting on first read keeps seeding a dict write, and later writes cost one insert.)

Scan order: partitions by a hash of their partition-key values (the MD5 of the values' bytes,
descending), each partition in sort order. It is stable and not sorted by key, as on the
service, whose order comes from its own hash of the partition key. DynamoDB Local also orders
partitions by a hash of their own, not this one: a Scan's pages match DynamoDB Local's as sets,
not in order (docs/differences.md). Segment ``s`` of ``n`` is the partitions whose hash falls in
the ``s``-th of ``n`` equal slices of the hash space: every item in exactly one segment, the
same one on every call.

Copy-on-write: :meth:`Ranges.copy` shares the partitions; whichever side changes a partition
afterwards changes its own copy of it.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from typing import Any

from .keys import TOP, KeyValue, LookupKey

Order = tuple[Any, ...]
HASH_SPACE = 1 << 128


class Partition:
    """The members of one partition: ``{table key: (order, sort values)}``, sorted on read."""

    __slots__ = ("_keys", "_orders", "_values", "members", "owner")

    def __init__(self, owner: object, members: dict[LookupKey, tuple[Order, LookupKey]]) -> None:
        self.owner = owner
        self.members = members
        self._orders: list[Order] | None = None
        self._keys: list[LookupKey] = []
        self._values: list[LookupKey] = []

    def discard(self, key: LookupKey) -> None:
        """Take out a member (orders are unique within a partition: the table key is in it)."""
        order, _ = self.members.pop(key)
        orders = self._orders
        if orders is not None:
            i = bisect_left(orders, order)
            del orders[i], self._keys[i], self._values[i]

    def sorted(self) -> tuple[list[Order], list[LookupKey], list[LookupKey]]:
        """Orders, table keys and sort values, in order: sorted on first read, kept in order
        by later writes."""
        orders = self._orders
        if orders is None:
            ranked = sorted(self.members.items(), key=lambda member: member[1][0])
            self._keys = [key for key, _ in ranked]
            self._values = [value for _, (_, value) in ranked]
            self._orders = orders = [order for _, (order, _) in ranked]
        return orders, self._keys, self._values


class Ranges:
    """Partitions by partition-key values, each read in sort order (see the module)."""

    __slots__ = ("_scan", "_token", "partitions")

    def __init__(self) -> None:
        self.partitions: dict[LookupKey, Partition] = {}
        self._token = object()  # the owner of the partitions this side may change in place
        self._scan: list[tuple[int, LookupKey]] | None = None

    def copy(self) -> Ranges:
        twin = Ranges()
        twin.partitions = dict(self.partitions)
        twin._scan = self._scan
        self._token = object()  # from now on both sides copy a partition before changing it
        return twin

    def __len__(self) -> int:
        return sum(len(p.members) for p in self.partitions.values())

    @classmethod
    def of(cls, members: Iterable[tuple[LookupKey, LookupKey, Order, LookupKey]]) -> Ranges:
        """Ranges holding ``(partition values, table key, order, sort values)`` members."""
        ranges = cls()
        grouped: dict[LookupKey, dict[LookupKey, tuple[Order, LookupKey]]] = {}
        for hash_values, key, order, values in members:
            found = grouped.get(hash_values)
            if found is None:
                found = grouped[hash_values] = {}
            found[key] = (order, values)
        token = ranges._token
        ranges.partitions = {h: Partition(token, found) for h, found in grouped.items()}
        return ranges

    # -- changes ---------------------------------------------------------------------------
    def add(self, hash_values: LookupKey, key: LookupKey, order: Order, values: LookupKey) -> None:
        partition = self._own(hash_values)
        old = partition.members.get(key)
        if old is not None:
            if old[0] == order:
                return
            partition.discard(key)
        partition.members[key] = (order, values)
        orders = partition._orders
        if orders is not None:  # sorted already: keep it so (a write costs no re-sort)
            i = bisect_left(orders, order)
            orders.insert(i, order)
            partition._keys.insert(i, key)
            partition._values.insert(i, values)

    def remove(self, hash_values: LookupKey, key: LookupKey) -> None:
        partition = self.partitions.get(hash_values)
        if partition is None or key not in partition.members:
            return
        partition = self._own(hash_values)
        partition.discard(key)
        if not partition.members:
            del self.partitions[hash_values]
            self._scan = None

    def _own(self, hash_values: LookupKey) -> Partition:
        partition = self.partitions.get(hash_values)
        if partition is None:
            partition = self.partitions[hash_values] = Partition(self._token, {})
            self._scan = None
        elif partition.owner is not self._token:
            partition = Partition(self._token, dict(partition.members))
            self.partitions[hash_values] = partition
        return partition

    # -- reads -----------------------------------------------------------------------------
    def query(
        self,
        hash_values: LookupKey,
        low: Order | None = None,
        high: Order | None = None,
        *,
        forward: bool = True,
        after: Order | None = None,
    ) -> Iterator[tuple[LookupKey, LookupKey]]:
        """``(table key, sort values)`` of one partition's members whose order is in
        ``[low, high)`` (bounds as :func:`bisect_left` takes them), after ``after`` in the
        direction of reading (``forward=False``: descending, and "after" means before)."""
        partition = self.partitions.get(hash_values)
        if partition is None:
            return
        orders, keys, values = partition.sorted()
        lo = 0 if low is None else bisect_left(orders, low)
        hi = len(orders) if high is None else bisect_left(orders, high)
        if after is not None:
            if forward:
                lo = max(lo, bisect_right(orders, after))
            else:
                hi = min(hi, bisect_left(orders, after))
        positions = range(lo, hi) if forward else range(hi - 1, lo - 1, -1)
        for i in positions:
            yield keys[i], values[i]

    def scan(
        self,
        segment: int = 0,
        total_segments: int = 1,
        after: tuple[LookupKey, Order] | None = None,
    ) -> Iterator[tuple[LookupKey, LookupKey, LookupKey]]:
        """``(partition values, table key, sort values)`` of a segment's members in scan
        order, after the member at ``after`` (its partition values and order)."""
        order = self._scan_order()
        # Hashes are ranked descending: rank r = HASH_SPACE - 1 - hash, segment = r * n >> 128.
        first = -(-segment * HASH_SPACE // total_segments)
        last = -(-(segment + 1) * HASH_SPACE // total_segments)
        start, stop = bisect_left(order, (first,)), bisect_left(order, (last,))
        within: Order | None = None
        if after is not None:
            rank = _rank(after[0])
            if rank >= last:
                return
            if rank >= first:
                start = bisect_left(order, (rank,))
                if start < len(order) and order[start] == (rank, after[0]):
                    within = after[1]
                else:
                    start = bisect_left(order, (rank, after[0], TOP))
        for i in range(start, stop):
            hash_values = order[i][1]
            for key, values in self.query(hash_values, after=within):
                yield hash_values, key, values
            within = None

    def _scan_order(self) -> list[tuple[int, LookupKey]]:
        order = self._scan
        if order is None:
            order = self._scan = sorted((_rank(h), h) for h in self.partitions)
        return order


def _rank(hash_values: LookupKey) -> int:
    """The position of a partition in scan order: its MD5 hash, descending (fixed: the same
    in every run, unlike Python's ``hash`` of a string)."""
    return HASH_SPACE - 1 - int.from_bytes(hashlib.md5(_bytes(hash_values)).digest(), "big")


def _bytes(hash_values: LookupKey) -> bytes:
    if len(hash_values) == 1:
        return _one(hash_values[0])
    return b"\x00".join(_one(value) for value in hash_values)


def _one(value: KeyValue) -> bytes:
    return value if isinstance(value, bytes) else value.encode("utf-8", "surrogatepass")
