"""What Query and Scan read from: a table or an index, with one range API.

A *source* (:class:`~.table.Table` or :class:`~.index.Index`) has

- ``name``, ``hash_attributes`` and ``range_attributes`` (tuples of
  :class:`~.keys.KeyAttribute`: one HASH attribute and at most one RANGE for a table or LSI, up
  to four of each for a GSI), ``key_attributes`` (both, in that order);
- ``query(hash_values, sort=None, *, forward=True, start_after=None) -> Iterator[Entry]``: the
  entries of one partition (``hash_values``: the store values of every HASH attribute, in
  key-schema order) in sort order, or reversed, filtered by a :class:`SortCondition`, after
  ``start_after``;
- ``scan(segment=0, total_segments=1, *, start_after=None) -> Iterator[Entry]``: every entry
  of a segment, in scan order (stable, not sorted: see :mod:`.ranges`);
- ``start_key(exclusive_start_key) -> Position``: a request's ``ExclusiveStartKey`` (wire form)
  decoded for ``start_after``; for an index it holds the index key and the table key. Raises
  DynamoDB's generic ``ValidationException`` (:data:`~.._validation.KEY_SCHEMA_MISMATCH`) for a
  key that does not fit: the operation checks the request first for its own exact messages;
- ``start_segment(start, total_segments) -> int``: the Scan segment a decoded start key lies in
  (an index's items are in their table partition's segment), for the wrong-segment check;
- ``last_key(entry) -> dict``: the entry's ``LastEvaluatedKey`` in wire form (for an index:
  the index key attributes and the table key attributes);
- ``project(stored) -> dict``: what a read of the source returns of a stored item, in wire
  form (a table: the whole item; an index: its projection);
- ``projects_all``: whether ``project`` returns whole items (a table, an ALL index).

Nothing here copies an item: an :class:`Entry` holds the table's :class:`~.items.StoredItem`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from .items import StoredItem
from .keys import TOP, KeyAttribute, KeyValue, LookupKey, order_value, prefix_end
from .ranges import Order

OPERATORS = ("=", "<", "<=", ">", ">=", "BETWEEN", "BEGINS_WITH")


class Entry(NamedTuple):
    """One item read through a source."""

    item: StoredItem
    key: LookupKey  # the table key, store form
    index_key: LookupKey | None  # an index's key (hash values, then sort values); None: table


class Position(NamedTuple):
    """Where a page starts: after this partition's member with this order (``key``: the
    table key of the ExclusiveStartKey)."""

    hash_values: LookupKey
    order: Order
    key: LookupKey = ()


class SortCondition(NamedTuple):
    """A key condition on the RANGE attributes, in store values (:func:`~.keys.key_value`).

    ``equal``: the values of the first RANGE attributes, each with ``=`` (a multi-attribute GSI
    key: left to right); ``op`` (one of :data:`OPERATORS`, or None for none) and ``values``
    (one value, two for ``BETWEEN``): the condition on the next RANGE attribute. A single sort
    key ``sk = :v`` is ``SortCondition((), "=", (v,))``, or ``SortCondition((v,))``."""

    equal: tuple[KeyValue, ...] = ()
    op: str | None = None
    values: tuple[KeyValue, ...] = ()


def bounds(
    condition: SortCondition | None, attributes: Sequence[KeyAttribute]
) -> tuple[Order | None, Order | None]:
    """``(low, high)`` orders of a condition, as :meth:`~.ranges.Ranges.query` takes them."""
    if condition is None:
        return None, None
    equal, op, values = condition
    prefix = tuple(order_value(attributes[i].type, value) for i, value in enumerate(equal))
    if op is None:
        return prefix, (*prefix, TOP)
    kind = attributes[len(equal)].type
    first = order_value(kind, values[0])
    if op == "=":
        return (*prefix, first), (*prefix, first, TOP)
    if op == "<":
        return prefix, (*prefix, first)
    if op == "<=":
        return prefix, (*prefix, first, TOP)
    if op == ">":
        return (*prefix, first, TOP), (*prefix, TOP)
    if op == ">=":
        return (*prefix, first), (*prefix, TOP)
    if op == "BETWEEN":
        return (*prefix, first), (*prefix, order_value(kind, values[1]), TOP)
    if op == "BEGINS_WITH":
        assert isinstance(first, str | bytes)
        return (*prefix, first), (*prefix, prefix_end(first))
    raise ValueError(f"unknown sort key operator {op!r}; use one of {OPERATORS}")
