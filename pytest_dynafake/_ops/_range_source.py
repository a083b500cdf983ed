"""What a Query or Scan reads: the table or one of its indexes (the store's range API), and the
checks that need it: the index name, ConsistentRead on a GSI, ExclusiveStartKey against the
key schema.

Live wording for the start key (dynalite's query.js and scan.js, written against DynamoDB):
a start key with the wrong number of attributes, or without an attribute of the key schema
read, is "The provided starting key is invalid"; a key attribute of the wrong type is "The
provided key element does not match the schema"; the table's own key attributes of an index's
start key, and every start-key error of a Scan on a table, are wrapped: "The provided starting
key is invalid: <reason>".
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from .. import _messages_range as m
from .. import _validation as v
from .._store import GLOBAL, Entry, Index, KeyValue, LookupKey, Position, Table, key_value
from .._store.source import SortCondition
from .._wire_types import SerializationError
from ._range_checks import RangeRequest


class Source:
    """The table or index a request reads, with the request's start key decoded."""

    def __init__(self, table: Table, request: RangeRequest, *, query: bool) -> None:
        self.table = table
        self.request = request
        index: Index | None = None
        if request.index_name is not None:
            index = table.index(request.index_name)
            if index is None:
                raise v.invalid(m.INDEX_NOT_FOUND.format(index=request.index_name))
            if index.kind == GLOBAL and request.consistent:
                raise v.invalid(m.GSI_CONSISTENT_READ)
        self.index = index
        self.reader: Table | Index = table if index is None else index
        self.hash_attributes = self.reader.hash_attributes
        self.range_attributes = self.reader.range_attributes
        schema = tuple(a.name for a in self.reader.key_attributes)
        self.schema_names = schema
        self.key_names = schema + tuple(n for n in table.key_names if n not in schema)
        self.start: Position | None = None
        self.start_values: LookupKey = ()  # the start key's values of the schema read
        if request.start_key is not None:
            self._start_key(request.start_key, query=query)

    @property
    def is_global(self) -> bool:
        return self.index is not None and self.index.kind == GLOBAL

    @property
    def projects_all(self) -> bool:
        return self.index is None or self.index.projects_all

    def projected(self) -> frozenset[str] | None:
        """The attributes the index holds; None when it holds whole items."""
        if self.index is None or self.index.projects_all:
            return None
        return frozenset((*self.key_names, *self.index.spec.non_key_attributes))

    # -- ExclusiveStartKey -------------------------------------------------------------------
    def _start_key(self, key: Mapping[str, Any], *, query: bool) -> None:
        # Since the 2026-09 rollout a Scan of a table answers as a Query does (paritysuite
        # tier3 scan.test.ts); older regions wrap every start-key error of such a Scan:
        # "The provided starting key is invalid: The provided key element does not match the
        # schema" (dynalite's scan.js).
        if len(key) != len(self.key_names):
            raise v.invalid(m.START_KEY_INVALID)
        values: list[KeyValue] = []
        for attribute in self.reader.key_attributes:
            value = key.get(attribute.name)
            if value is None:
                raise v.invalid(m.START_KEY_INVALID)
            if type(value) is not dict or len(value) != 1 or attribute.type not in value:
                raise v.invalid(v.KEY_SCHEMA_MISMATCH)
            sort = len(values) >= len(self.hash_attributes)
            values.append(key_value(attribute, value[attribute.type], sort=sort))
        self.start_values = tuple(values)
        if self.index is not None:
            table_key = {name: key.get(name) for name in self.table.key_names}
            try:
                self.table.lookup_key(table_key)
            except SerializationError:
                raise
            except v.AwsError as error:
                reason = error.message
                raise v.invalid(m.START_KEY_INVALID_BECAUSE.format(reason=reason)) from None
        elif query and not self.range_attributes:
            raise v.invalid(m.START_KEY_NO_SORT_KEY.format(key=_java_key(key)))
        self.start = self.reader.start_key(dict(key))

    def check_segment(self, segment: int, total: int) -> None:
        """A start key must lie in the segment scanned (dynalite's scan.js, live)."""
        if self.start is None:
            return
        if self.reader.start_segment(self.start, total) != segment:
            raise v.invalid(
                m.START_KEY_INVALID_BECAUSE.format(
                    reason=m.START_KEY_WRONG_SEGMENT.format(total=total, segment=segment)
                )
            )

    # -- reading -------------------------------------------------------------------------------
    def query(
        self, hash_values: LookupKey, sort: SortCondition | None, *, forward: bool
    ) -> Iterator[Entry]:
        return self.reader.query(hash_values, sort, forward=forward, start_after=self.start)

    def scan(self, segment: int | None, total: int | None) -> Iterator[Entry]:
        if segment is None or total is None:
            return self.reader.scan(start_after=self.start)
        return self.reader.scan(segment, total, start_after=self.start)


def _java_key(key: Mapping[str, Any]) -> str:
    """A start key as the service prints it: ``{id=AttributeValue: {N:3}}``."""
    shown = []
    for name, value in key.items():
        ((kind, inner),) = value.items()
        shown.append(f"{name}=AttributeValue: {{{kind}:{inner}}}")
    return "{" + ", ".join(shown) + "}"
