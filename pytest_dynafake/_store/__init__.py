"""The store: tables, their items, keys and order, and secondary indexes.

- :mod:`.keys`: the one key codec (store form of key values, DynamoDB's order);
- :mod:`.items`: :class:`StoredItem` (an item's JSON text and size);
- :mod:`.ranges`: partitions in sort order, scan order and segments;
- :mod:`.source`: the range API that tables and indexes share (Query and Scan read it);
- :mod:`.table`: :class:`Table`; :mod:`.index`: :class:`Index` views;
- :mod:`.declare`: indexes from ``create_table`` arguments and the short form.
"""

from __future__ import annotations

from .index import GLOBAL, LOCAL, Index, IndexSpec
from .items import MAX_ITEM_SIZE, StoredItem, attribute_error, item_json, read_attributes
from .keys import (
    HASH_KEY_LIMIT,
    RANGE_KEY_LIMIT,
    TOP,
    KeyAttribute,
    KeyValue,
    LookupKey,
    SortValue,
    canonical_key,
    key_size,
    key_value,
    order_value,
    plain_key_value,
    raw_key,
    wire_key,
    wire_value,
)
from .source import OPERATORS, Entry, Position, SortCondition
from .table import Table

__all__ = [
    "GLOBAL",
    "HASH_KEY_LIMIT",
    "LOCAL",
    "MAX_ITEM_SIZE",
    "OPERATORS",
    "RANGE_KEY_LIMIT",
    "TOP",
    "Entry",
    "Index",
    "IndexSpec",
    "KeyAttribute",
    "KeyValue",
    "LookupKey",
    "Position",
    "SortCondition",
    "SortValue",
    "StoredItem",
    "Table",
    "attribute_error",
    "canonical_key",
    "item_json",
    "key_size",
    "key_value",
    "order_value",
    "plain_key_value",
    "raw_key",
    "read_attributes",
    "wire_key",
    "wire_value",
]
