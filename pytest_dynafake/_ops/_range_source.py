"""What a Query or Scan reads: the table or one of its indexes, in DynamoDB's order, and the
checks that need the table (index name, ConsistentRead on a GSI, ExclusiveStartKey against the
key schema).

Live wording for the start key (dynalite's query.js and scan.js, written against DynamoDB):
a start key with the wrong number of attributes, or without an attribute of the key schema
read, is "The provided starting key is invalid"; a key attribute of the wrong type is "The
provided key element does not match the schema"; the table's own key attributes (checked
after those of an index) are wrapped: "The provided starting key is invalid: <reason>".
"""

from __future__ import annotations

import base64
import zlib
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

from .. import _messages_range as m
from .. import _validation as v
from .._expr import SortCondition
from .._store import KeyAttribute, KeyValue, LookupKey, StoredItem, Table
from ._range_checks import RangeRequest

_HASH_SPACE = 1 << 32


class Source:
    """The table (or index) a request reads, with the request's start key decoded."""

    def __init__(self, table: Table, request: RangeRequest, *, query: bool) -> None:
        self.table = table
        self.request = request
        self.index = None
        if request.index_name is not None:
            raise v.invalid(m.INDEX_NOT_FOUND.format(index=request.index_name))
        self.hash_key = table.hash_key
        self.range_key = table.range_key
        self.key_names: tuple[str, ...] = table.key_names
        self.hash_attributes = (table.hash_key,)
        self.range_attributes = () if table.range_key is None else (table.range_key,)
        self.schema_size = len(self.hash_attributes) + len(self.range_attributes)
        self.start: LookupKey | None = None
        if request.start_key is not None:
            self.start = self._start_key(request.start_key, query=query)

    # -- ExclusiveStartKey -------------------------------------------------------------------
    def _start_key(self, key: Mapping[str, Any], *, query: bool) -> LookupKey:
        if len(key) != len(self.key_names):
            if query or self.index is not None:
                raise v.invalid(m.START_KEY_INVALID)
            raise v.invalid(m.START_KEY_INVALID_BECAUSE.format(reason=v.KEY_SCHEMA_MISMATCH))
        if any(name not in key for name in self.key_names):
            if query or self.index is not None:
                raise v.invalid(m.START_KEY_INVALID)
            raise v.invalid(m.START_KEY_INVALID_BECAUSE.format(reason=v.KEY_SCHEMA_MISMATCH))
        table_key = {name: key[name] for name in self.table.key_names}
        if query:
            return self.table.lookup_key(table_key)
        try:
            return self.table.lookup_key(table_key)
        except v.AwsError as error:
            raise v.invalid(m.START_KEY_INVALID_BECAUSE.format(reason=error.message)) from None

    def check_segment(self, segment: int, total: int) -> None:
        """A start key must lie in the segment scanned (dynalite's scan.js, live)."""
        if self.start is not None and _segment_of(self.start[0], total) != segment:
            raise v.invalid(
                m.START_KEY_INVALID_BECAUSE.format(
                    reason=m.START_KEY_WRONG_SEGMENT.format(total=total, segment=segment)
                )
            )

    # -- reading -------------------------------------------------------------------------------
    def query(
        self, hash_values: tuple[KeyValue, ...], sort: SortCondition | None, *, forward: bool
    ) -> Iterator[StoredItem]:
        """The items of one partition in sort-key order (or reversed) that match ``sort``,
        after the start key."""
        hash_key, range_key = self.hash_key, self.range_key
        hash_value = hash_values[0]
        members = [
            (key, stored) for key, stored in self.table.items.items() if key[0] == hash_value
        ]
        if range_key is not None:
            members.sort(key=lambda entry: sort_value(range_key, entry[0][1]))
            if sort is not None:
                members = [e for e in members if sort.matches((wire_of(range_key, e[0][1]),))]
            if self.start is not None:
                start = sort_value(range_key, self.start[1])
                members = [
                    e
                    for e in members
                    if (sort_value(range_key, e[0][1]) > start) == forward
                    and sort_value(range_key, e[0][1]) != start
                ]
        elif self.start is not None:
            members = []
        if not forward:
            members.reverse()
        del hash_key
        return (stored for _, stored in members)

    def scan(self, segment: int | None, total: int | None) -> Iterator[StoredItem]:
        """Every item in Scan order: partitions by a stable hash of their key (not sorted),
        each partition in sort-key order. With TotalSegments, only the items of the segment:
        a contiguous run of that order, so every item is in exactly one segment."""
        order = sorted(self.table.items.items(), key=self._scan_order)
        if total is not None and segment is not None:
            order = [e for e in order if _segment_of(e[0][0], total) == segment]
        if self.start is not None:
            start = self._scan_order((self.start, None))
            order = [e for e in order if self._scan_order(e) > start]
        return (stored for _, stored in order)

    def _scan_order(self, entry: tuple[LookupKey, StoredItem | None]) -> tuple[Any, ...]:
        key = entry[0]
        order: tuple[Any, ...] = (_hash_of(key[0]), sort_value(self.hash_key, key[0]))
        if self.range_key is not None:
            order += (sort_value(self.range_key, key[1]),)
        return order


def sort_value(attribute: KeyAttribute, value: KeyValue) -> Any:
    """DynamoDB's order of key values: numbers by value, strings by UTF-8 bytes, binaries by
    unsigned bytes."""
    if attribute.type == "N":
        return Decimal(str(value))
    if isinstance(value, str):
        return value.encode("utf-8", "surrogatepass")
    return value


def wire_of(attribute: KeyAttribute, value: KeyValue) -> dict[str, str]:
    """A store key value in wire form."""
    if isinstance(value, bytes):
        return {attribute.type: base64.b64encode(value).decode()}
    return {attribute.type: value}


def _hash_of(value: KeyValue) -> int:
    data = value.encode("utf-8", "surrogatepass") if isinstance(value, str) else value
    return zlib.crc32(data)


def _segment_of(value: KeyValue, total: int) -> int:
    return _hash_of(value) * total // _HASH_SPACE
