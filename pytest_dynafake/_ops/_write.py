"""What every write shares: PutItem, UpdateItem, DeleteItem, BatchWriteItem, TransactWriteItems.

The item of a put, from the request to the store, in DynamoDB's order:

- :func:`request_item` (before the table is known): each attribute's value, as DynamoDB reads
  it (its messages for an empty value, two types, a bad number, an empty set, a set with
  duplicates...), then nesting (32 levels), then the 400 KB size; gives the canonical wire
  item and its :class:`~.._store.StoredItem`. An UpdateItem's new item is checked with
  :func:`check_updated`.
- :func:`stored_key` (once the table is known): the key schema and the index keys (the rules
  of :mod:`.._store.rules`, which seeding shares, worded as DynamoDB words them).

Request members: :class:`WriteOptions` (a single write's, checked by
``_single.check_members``) and the enums of ReturnValues, ReturnValuesOnConditionCheckFailure
and ReturnItemCollectionMetrics.

The answer: :func:`condition_failed` (ConditionalCheckFailedException, with ``Item`` when
``ReturnValuesOnConditionCheckFailure=ALL_OLD`` and an item was there), :func:`capacity` (1 KB
write units over the larger of the old and new item, plus a write to each index whose entry
changed: see :func:`index_writes`), :func:`collection_metrics` (``ItemCollectionMetrics`` for
a table with a local secondary index) and :func:`answer` (the response text).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple, cast

import msgspec

from .. import _messages_values as mv
from .. import _messages_write as w
from .. import _validation as v
from .._capacity import consumed_write, write_units
from .._expr import messages_update as mu
from .._limits import SHORT_NAME, name_too_long, too_deep
from .._numbers import NumberError
from .._store import (
    GLOBAL,
    MAX_ITEM_SIZE,
    Index,
    LookupKey,
    StoredItem,
    Table,
    attribute_error,
    item_json,
    rules,
)
from .._store.keys import wire_key
from .._wire import Item, WireError, canonical_wire, dumps, item_size
from .._wire_fast import is_canonical_item

RETURN_VALUES = ("NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW")
OLD_ONLY = ("NONE", "ALL_OLD")
ON_FAILURE = ("NONE", "ALL_OLD")
METRICS = ("NONE", "SIZE")
# Live answers the first form up to 61 levels and the bare one from 63 (paritysuite
# nestingDepth.test.ts, us-east-1 and eu-west-2, 2026-10-09); 62 is not captured.
_ENVELOPED_DEPTH = 61


# -- the item of a put ----------------------------------------------------------------------------
def request_item(item: Mapping[str, Any], *, single: bool = False) -> tuple[Item, StoredItem]:
    """The ``Item`` of a put checked as DynamoDB checks it before it looks at the table (see the
    module docstring); raises its ValidationException (``single``: PutItem's, some of them in
    the envelope, :func:`single_value_error`). The wire item is shared with later calls that
    put the same item: never change it."""
    try:
        text = _encode(item).decode()
    except (TypeError, ValueError, msgspec.EncodeError):  # not JSON-like, or a lone surrogate
        return _request_item(item, None, single)
    if len(text) > _CACHED_SIZE:
        return _request_item(item, text, single)
    found = _ITEMS.get(text)
    if found is None:
        wire, stored = _request_item(item, text, single)
        if len(_ITEMS) >= _ITEMS_SIZE:
            _ITEMS.pop(next(iter(_ITEMS), ""), None)  # other threads may evict too
        _ITEMS[text] = stored if wire is item else (wire, stored)
        return wire, stored
    if isinstance(found, StoredItem):
        # The request's own dicts were the wire item, and an item of the same text is the same
        # JSON: this request's dicts are it again.
        return cast(Item, item), found
    return found


# Checked items by their request text: a loop that puts the same items checks them once. An
# item that was canonical as sent keeps only its StoredItem: keeping its dicts (about 60 for a
# 1 KB item) alive made every full collection of the garbage collector walk them, a third of
# the cost of a BatchWriteItem of 25 new items.
_ITEMS: dict[str, StoredItem | tuple[Item, StoredItem]] = {}
_ITEMS_SIZE = 512
_CACHED_SIZE = 16 * 1024  # bigger items are checked every time: the cache stays small
_encode = msgspec.json.Encoder().encode


def _request_item(
    item: Mapping[str, Any], text: str | None, single: bool = False
) -> tuple[Item, StoredItem]:
    if (
        text is not None
        and type(item) is dict
        and "" not in item
        and len(text) <= SHORT_NAME  # a shorter text has no name over the limit
        and is_canonical_item(item)
    ):
        # Nearly every request: each value is valid and canonical already, nothing to rebuild.
        wire: Item = item
        stored = StoredItem(text)  # nested 32 levels at most: is_canonical_item checked it
        if stored.may_exceed(MAX_ITEM_SIZE):
            raise v.invalid(w.ITEM_TOO_LARGE)
        return wire, stored
    wire = {}
    for name, value in item.items():  # each attribute's value, then its name (Local)
        try:
            wire[name] = canonical_wire(value)
        except (WireError, NumberError) as exc:
            raise (single_value_error(exc) if single else value_error(exc)) from None
        if name == "":
            raise v.invalid(w.ITEM_EMPTY_ATTRIBUTE_NAME)
        if name_too_long(name):
            raise v.invalid(mv.NAME_TOO_LARGE)
    # The request's text is the stored text when nothing needed a canonical form (numbers as
    # DynamoDB keeps them, binaries as base64 it would send back).
    stored = stored_item(wire, text if text is not None and wire == item else None)
    if stored.may_exceed(MAX_ITEM_SIZE):
        raise v.invalid(w.ITEM_TOO_LARGE)
    return wire, stored


def stored_item(wire: Item, text: str | None = None) -> StoredItem:
    """The stored form of a checked wire item (``text``: its JSON text, when known); DynamoDB's
    error for one nested too deep."""
    if text is None:
        try:
            text = item_json(wire)
        except UnicodeEncodeError:  # a lone surrogate (botocore sends it escaped): kept as text
            text = dumps(wire)
    found = too_deep(wire, text)
    if found is not None:
        deep = found[1] <= _ENVELOPED_DEPTH
        raise v.invalid(w.ITEM_TOO_DEEP if deep else w.ITEM_TOO_DEEP_BARE)
    return StoredItem(text)


def check_updated(stored: StoredItem) -> None:
    """UpdateItem's size rule on the item it would store (the finished item over 400 KB)."""
    if stored.may_exceed(MAX_ITEM_SIZE):
        raise v.invalid(w.UPDATE_TOO_LARGE)


def value_error(exc: WireError | NumberError) -> v.AwsError:
    """DynamoDB's error for an attribute value of an item it cannot read."""
    if isinstance(exc, WireError) and exc.args[0] == WireError.DUPLICATE_IN_SET:
        kind, members = exc.args[1], exc.args[2]
        if kind == "NS":
            return v.invalid(w.NUMBER_SET_DUPLICATES)
        shown = "[" + ", ".join(map(str, members)) + "]"  # as Java prints a list
        template = w.BINARY_SET_DUPLICATES if kind == "BS" else w.SET_DUPLICATES
        return v.invalid(template.format(members=shown))
    return attribute_error(exc)


# The value errors a single-item write answers in the envelope (PutItem's Item, UpdateItem's and
# DeleteItem's Key): docs/errors.md, ATTRIBUTE_VALUE_ENVELOPE.
_ENVELOPED_VALUE_ERRORS = (WireError.EMPTY_SET, WireError.NULL_FALSE, WireError.DUPLICATE_IN_SET)


def single_value_error(exc: WireError | NumberError) -> v.AwsError:
    """:func:`value_error` as PutItem, UpdateItem and DeleteItem answer it: an empty set, a
    NULL of false and a string or binary set with duplicates inside the envelope."""
    error = value_error(exc)
    if not isinstance(exc, WireError) or exc.args[0] not in _ENVELOPED_VALUE_ERRORS:
        return error
    if exc.args[0] == WireError.DUPLICATE_IN_SET and exc.args[1] == "NS":
        return error  # its own bare sentence, no capture in the envelope
    return v.invalid(mu.ENVELOPE.format(message=error.message))


def stored_key(table: Table, wire: Item, *, update: bool = False) -> LookupKey:
    """The store key of an item for ``table``: the key schema, then the index keys, as
    DynamoDB checks them; ``update``: the item an UpdateItem made (its index-key wording)."""
    key = rules.item_key(table, wire, empty_first=update)
    if not isinstance(key, rules.Broken):
        return key
    raise _broken(key, update)


def _broken(broken: rules.Broken, update: bool) -> v.AwsError:
    rule, name, kind = broken.rule, broken.name, broken.kind
    empty = "string" if kind == "S" else "binary"
    if rule == rules.MISSING_KEY:
        return v.invalid(w.ITEM_MISSING_KEY.format(name=name))
    if rule == rules.KEY_TYPE:
        return v.invalid(w.ITEM_KEY_TYPE.format(name=name, expected=broken.declared, actual=kind))
    if rule == rules.EMPTY_KEY:
        template = v.KEY_EMPTY_STRING if kind == "S" else v.KEY_EMPTY_BINARY
        return v.invalid(template.format(name=name))
    if rule in (rules.KEY_SIZE, rules.INDEX_KEY_SIZE):
        return v.invalid(v.KEY_RANGE_TOO_LARGE if broken.sort else v.KEY_HASH_TOO_LARGE)
    if rule == rules.INDEX_KEY_TYPE:
        return v.invalid(
            w.ITEM_INDEX_KEY_TYPE.format(
                name=name, expected=broken.declared, actual=kind, index=broken.index_name
            )
        )
    if update:
        return v.invalid(w.UPDATE_INDEX_KEY_EMPTY.format(kind=empty))
    return v.invalid(w.ITEM_INDEX_KEY_EMPTY.format(kind=empty, index=broken.index_name, name=name))


# -- request members ------------------------------------------------------------------------------
class WriteOptions(NamedTuple):
    """The members of a single-item write that shape its answer."""

    name: str
    """The table as the request names it (a name or an ARN)."""
    capacity: str
    """ReturnConsumedCapacity: NONE, TOTAL or INDEXES."""
    return_values: str
    """ReturnValues: NONE, ALL_OLD, UPDATED_OLD, ALL_NEW or UPDATED_NEW."""
    on_failure: str
    """ReturnValuesOnConditionCheckFailure: NONE or ALL_OLD."""
    metrics: bool
    """ReturnItemCollectionMetrics=SIZE."""


# -- the answer -----------------------------------------------------------------------------------
def condition_failed(old: StoredItem | None, on_failure: str) -> v.AwsError:
    """ConditionalCheckFailedException; with the item as it is when the request asked
    ``ReturnValuesOnConditionCheckFailure=ALL_OLD`` and there is one (none for a missing item,
    Scylla Alternator's test_returnvalues.py, run against DynamoDB)."""
    fields = {"Item": old.wire} if old is not None and on_failure == "ALL_OLD" else None
    return v.AwsError(w.CONDITIONAL_CHECK_FAILED, w.CONDITIONAL_FAILED, fields=fields)


def index_writes(
    table: Table, old: StoredItem | None, new: StoredItem | None, *, transactional: bool = False
) -> dict[str, dict[str, float]]:
    """The write units of each index a write changes, by group (``GlobalSecondaryIndexes``,
    ``LocalSecondaryIndexes``), as the Developer Guide counts them ("Provisioned throughput
    considerations for global secondary indexes"; DynamoDB Local 3.3.1 agrees): an entry put or
    deleted is one write of its size; an index key changed is a delete and a put; a projected
    attribute changed is one write of the larger entry; nothing changed in the entry, nothing."""
    out: dict[str, dict[str, float]] = {}
    for index in table.indexes.values():
        units = _index_units(index, old, new, transactional)
        if units:
            group = "GlobalSecondaryIndexes" if index.kind == GLOBAL else "LocalSecondaryIndexes"
            out.setdefault(group, {})[index.name] = units
    return out


def _index_units(
    index: Index, old: StoredItem | None, new: StoredItem | None, transactional: bool
) -> float:
    old_key = None if old is None else index.key_of(old)
    new_key = None if new is None else index.key_of(new)
    if old_key is None and new_key is None:
        return 0.0
    before = None if old is None or old_key is None else index.project(old)
    after = None if new is None or new_key is None else index.project(new)
    # A local secondary index entry's size has 100 bytes of overhead (DynamoDB Local 3.3.1:
    # an ALL entry of a 940-byte item costs 2 units; the Developer Guide's LSI entry size).
    extra = 0 if index.kind == GLOBAL else LSI_ENTRY_OVERHEAD
    if before is None or after is None or old_key != new_key:
        sizes = [item_size(entry) + extra for entry in (before, after) if entry is not None]
        return sum(write_units(size, transactional=transactional) for size in sizes)
    if before == after:
        return 0.0
    larger = max(item_size(before), item_size(after)) + extra
    return write_units(larger, transactional=transactional)


LSI_ENTRY_OVERHEAD = 100


def capacity(
    options: WriteOptions,
    table: Table,
    old: StoredItem | None,
    new: StoredItem | None,
    *,
    transactional: bool = False,
) -> dict[str, Any] | None:
    """The ``ConsumedCapacity`` of a write that replaced ``old`` by ``new`` (either None: a
    put of a new item, a delete): write units over the larger of the two (a delete of a missing
    item: one), plus :func:`index_writes`; None when the request did not ask."""
    if options.capacity == "NONE":
        return None
    size = max(old.size if old is not None else 0, new.size if new is not None else 0)
    units = write_units(size, transactional=transactional)
    indexes = index_writes(table, old, new, transactional=transactional)
    return consumed_write(
        options.capacity, options.name, units, indexes, transactional=transactional
    )


def collection_metrics(table: Table, key: LookupKey) -> dict[str, Any] | None:
    """``ItemCollectionMetrics`` for a table with a local secondary index (the service answers
    it for no other table): the item's partition key and the collection's size estimate, which
    for a collection under 1 GB is [0.0, 1.0]."""
    if not any(index.kind != GLOBAL for index in table.indexes.values()):
        return None
    return {
        "ItemCollectionKey": wire_key(table.hash_attributes, key[:1]),
        "SizeEstimateRangeGB": [0.0, 1.0],
    }


def answer(
    attributes: str | None,
    consumed: Mapping[str, Any] | None,
    metrics: Mapping[str, Any] | None,
) -> str:
    """The response of a single-item write: ``Attributes`` (an item's JSON text), then
    ``ConsumedCapacity`` and ``ItemCollectionMetrics`` when present."""
    parts = []
    if attributes is not None:
        parts.append('"Attributes":' + attributes)
    if consumed is not None:
        parts.append('"ConsumedCapacity":' + dumps(consumed))
    if metrics is not None:
        parts.append('"ItemCollectionMetrics":' + dumps(metrics))
    return "{" + ",".join(parts) + "}"
