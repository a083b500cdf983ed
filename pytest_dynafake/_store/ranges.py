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

Scan order: partitions by a hash of their partition-key values (the owner's ``rank``: DynamoDB
Local's SHA-1 hash, :func:`~.keys.local_hash`, ascending), each partition in sort order. It is
stable and not sorted by key, as on the service, whose order comes from its own hash of the
partition key; it is DynamoDB Local's order, so pages compare with it one to one. Segment ``s``
of ``n`` is the partitions whose hash falls in the ``s``-th of ``n`` equal slices of the hash
space, as DynamoDB Local splits them: every item in exactly one segment, the same one on every
call.

Copy-on-write: :meth:`Ranges.copy` shares the partitions (the map of them is an overlay, see
:mod:`.overlay`: a copy costs the same for 100,000 partitions as for one); whichever side
changes a partition afterwards changes its own copy of it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable, Iterator, MutableMapping
from typing import Any

from .keys import TOP, LookupKey
from .overlay import lend

Order = tuple[Any, ...]
HASH_BITS = 160  # SHA-1
HASH_SPACE = 1 << HASH_BITS
Rank = Callable[[LookupKey], Any]  # bytes (a hash), or a tuple of sort values


class Partition:
    """The members of one partition: ``{table key: (order, sort values)}``, sorted on read."""

    __slots__ = ("_keys", "_orders", "_values", "members", "owner")

    def __init__(
        self, owner: object, members: MutableMapping[LookupKey, tuple[Order, LookupKey]]
    ) -> None:
        self.owner = owner
        self.members = members
        self._orders: list[Order] | None = None
        self._keys: list[LookupKey] = []
        self._values: list[LookupKey] = []

    def copy(self, owner: object) -> Partition:
        """This partition for another owner to change, in order: sorted here first, so that
        every copy of a shared partition (a test layer's, each test) shares one sort."""
        orders, keys, values = self.sorted()
        # Nobody changes this partition once shared (both sides' owners changed), so the copy's
        # members may be an overlay over its dict: the lists cost a memory copy, not the dict.
        twin = Partition(owner, lend(self.members)[0])
        twin._orders, twin._keys, twin._values = list(orders), list(keys), list(values)
        return twin

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

    __slots__ = ("_lent", "_rank", "_scan", "_scan_owned", "_token", "partitions")

    def __init__(self, rank: Rank) -> None:
        """``rank``: the hash of a partition's values (its place in Scan order)."""
        self._rank = rank
        self.partitions: MutableMapping[LookupKey, Partition] = {}
        self._lent = False  # partitions is a dict an overlay of a copy reads
        self._token = object()  # the owner of the partitions this side may change in place
        # Partitions in Scan order, built on first Scan, kept by later changes (a list shared
        # with copies until either side changes it: _scan_owned).
        self._scan: list[tuple[Any, LookupKey]] | None = None
        self._scan_owned = False

    def copy(self) -> Ranges:
        twin = Ranges(self._rank)
        twin.partitions, lent = lend(self.partitions)
        self._lent = self._lent or lent
        twin._scan = self._scan
        self._scan_owned = False
        self._token = object()  # from now on both sides copy a partition before changing it
        return twin

    def __len__(self) -> int:
        return sum(len(p.members) for p in self.partitions.values())

    @classmethod
    def of(
        cls, rank: Rank, members: Iterable[tuple[LookupKey, LookupKey, Order, LookupKey]]
    ) -> Ranges:
        """Ranges holding ``(partition values, table key, order, sort values)`` members."""
        ranges = cls(rank)
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
        # A new member only: a table adds keys it did not hold, an index removes a changed
        # item's old entry first.
        assert key not in partition.members
        partition.members[key] = (order, values)
        orders = partition._orders
        if orders is not None:  # sorted already: keep it so (a write costs no re-sort)
            i = bisect_left(orders, order)
            orders.insert(i, order)
            partition._keys.insert(i, key)
            partition._values.insert(i, values)

    def remove(self, hash_values: LookupKey, key: LookupKey) -> None:
        """Take out a member (one :meth:`add` put in: an index removes an item's old entry)."""
        partition = self._own(hash_values)
        partition.discard(key)
        if not partition.members:
            del self.partitions[hash_values]
            order = self._own_scan()
            if order is not None:
                del order[bisect_left(order, (self._rank(hash_values), hash_values))]

    def _own(self, hash_values: LookupKey) -> Partition:
        partitions = self.partitions
        if self._lent:  # lent to a copy's overlay: change a copy of the map
            self._lent = False
            partitions = self.partitions = dict(partitions)
        partition = partitions.get(hash_values)
        if partition is None:
            partition = partitions[hash_values] = Partition(self._token, {})
            order = self._own_scan()
            if order is not None:
                insort(order, (self._rank(hash_values), hash_values))
        elif partition.owner is not self._token:
            partition = partitions[hash_values] = partition.copy(self._token)
        return partition

    def _own_scan(self) -> list[tuple[Any, LookupKey]] | None:
        """The Scan order to change in place (copied first if a copy shares it)."""
        order = self._scan
        if order is not None and not self._scan_owned:
            order = self._scan = list(order)
            self._scan_owned = True
        return order

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
        after: tuple[Any, ...] | None = None,
        *,
        segment_of: Callable[[LookupKey], int] | None = None,
    ) -> Iterator[tuple[LookupKey, LookupKey, LookupKey]]:
        """``(partition values, table key, sort values)`` of a segment's members in scan
        order, after the member at ``after`` (its partition values and order: a
        :class:`~.source.Position`).

        Segments are slices of the ranks (hashes, as bytes) of partitions; with
        ``segment_of`` (a member's segment from its table key, for a GSI whose partitions are
        ranked by value) every partition is read and its members filtered instead."""
        order = self._scan_order()
        start, stop = 0, len(order)
        if segment_of is None and total_segments > 1:
            # Segment s of n: the hashes h with h * n >> 160 == s.
            first = -(-segment * HASH_SPACE // total_segments)
            last = -(-(segment + 1) * HASH_SPACE // total_segments)
            start = bisect_left(order, (_bytes(first),))
            stop = bisect_left(order, (_bytes(last),)) if last < HASH_SPACE else len(order)
        within: Order | None = None
        if after is not None:
            rank = self._rank(after[0])
            found = bisect_left(order, (rank,))
            if found < len(order) and order[found] == (rank, after[0]):
                within = after[1]
            else:
                found = bisect_left(order, (rank, after[0], TOP))
            start = max(start, found)
        for i in range(start, stop):
            hash_values = order[i][1]
            for key, values in self.query(hash_values, after=within):
                if segment_of is None or segment_of(key) == segment:
                    yield hash_values, key, values
            within = None

    def _scan_order(self) -> list[tuple[Any, LookupKey]]:
        order = self._scan
        if order is None:
            rank = self._rank
            order = self._scan = sorted((rank(h), h) for h in self.partitions)
            self._scan_owned = True
        return order


def _bytes(number: int) -> bytes:
    return number.to_bytes(HASH_SPACE.bit_length() // 8, "big")
