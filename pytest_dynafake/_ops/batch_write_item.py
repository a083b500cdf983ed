"""BatchWriteItem: puts and deletes over several tables, 25 requests, UnprocessedItems.

The handler validates the whole batch in DynamoDB's order (nothing is written if one request
is refused); ``run`` writes, each table in one :meth:`Table.apply <pytest_dynafake._store.Table>`
step under the fake's write lock, leaving the requests a fault holds unwritten and returning
them in ``UnprocessedItems`` exactly as they were sent.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any, NamedTuple

from .. import _messages_batch as m
from .. import _validation as v
from .._shape import STR, VALUE, Shape
from .._store import LookupKey, StoredItem, Table
from .._wire import dumps
from . import _batch_items as items
from ._common import RequestContext, Target, name_errors, resolve
from .directives import Directive, Held

MAX_REQUESTS = 25
SHAPE: dict[str, Shape] = {
    "RequestItems": {"*": [{"PutRequest": {"Item": VALUE}, "DeleteRequest": {"Key": VALUE}}]},
    "ReturnConsumedCapacity": STR,
    "ReturnItemCollectionMetrics": STR,
}
PUT, DELETE = items.PUT, items.DELETE


class _Request(NamedTuple):
    """One request of the batch, validated: its key and, for a put, the item to store."""

    request: Mapping[str, Any]
    key: LookupKey
    stored: StoredItem | None


class _TableWrites(NamedTuple):
    name: str
    """As the request names the table (name or ARN)."""
    table: Table
    requests: list[_Request]


def batch_write_item(body: Mapping[str, Any], context: RequestContext) -> _BatchWrite:
    mode, metrics, writes = _validate(body, context)
    return _BatchWrite(context, mode, metrics, writes)


def request_tables(body: Mapping[str, Any]) -> tuple[str, ...]:
    found = body.get("RequestItems")
    return tuple(found) if isinstance(found, Mapping) else ()


def request_keys(body: Mapping[str, Any]) -> list[tuple[Any, Any]]:
    """``(table, key)`` per request, in request order: a delete's ``Key``, a put's whole
    ``Item`` (the body alone does not say which of its attributes are the key)."""
    found = body.get("RequestItems")
    if not isinstance(found, Mapping):
        return []
    keys: list[tuple[Any, Any]] = []
    for name, requests in found.items():
        for request in requests if isinstance(requests, list) else ():
            if not isinstance(request, Mapping):
                continue
            put, delete = request.get(PUT), request.get(DELETE)
            if isinstance(put, Mapping):
                keys.append((name, put.get("Item")))
            elif isinstance(delete, Mapping):
                keys.append((name, delete.get("Key")))
    return keys


class _BatchWrite:
    __slots__ = ("_context", "_targets", "metrics", "mode", "writes")

    def __init__(
        self, context: RequestContext, mode: str, metrics: bool, writes: list[_TableWrites]
    ) -> None:
        self._context = context
        self.mode = mode
        self.metrics = metrics
        self.writes = writes
        self._targets: list[Target] | None = None

    @property
    def targets(self) -> Sequence[Target]:
        # Built only when a fault asks: the plain path never needs them.
        if self._targets is None:
            self._targets = [
                Target(writes.name, writes.table, request.key)
                for writes in self.writes
                for request in writes.requests
            ]
        return self._targets

    def run(self, directive: Directive | None = None) -> str:
        held: Collection[int] = directive if isinstance(directive, Held) else ()
        writer = self._context.writer
        position = -1
        unprocessed: dict[str, list[Mapping[str, Any]]] = {}
        capacity: list[dict[str, Any]] = []
        collections: dict[str, list[dict[str, Any]]] = {}
        for writes in self.writes:
            changes: list[tuple[LookupKey, StoredItem | None]] = []
            left: list[Mapping[str, Any]] = []
            for request in writes.requests:
                position += 1
                if held and position in held:
                    left.append(request.request)
                else:
                    changes.append((request.key, request.stored))
            if left:
                unprocessed[writes.name] = left
            table = writer.writable(writes.name) if changes else writes.table
            olds = [table.get(key) for key, _ in changes]
            if changes:
                table.apply(changes)
            if self.mode != "NONE":
                capacity.append(items.consumed(self.mode, writes.name, table, changes, olds))
            if self.metrics and changes:
                found = items.collection_metrics(table, changes)
                if found:
                    collections[writes.name] = found
        text = '{"UnprocessedItems":' + dumps(unprocessed)
        if capacity:
            text += ',"ConsumedCapacity":' + dumps(capacity)
        if collections:
            text += ',"ItemCollectionMetrics":' + dumps(collections)
        return text + "}"


def _validate(
    body: Mapping[str, Any], context: RequestContext
) -> tuple[str, bool, list[_TableWrites]]:
    # DynamoDB's order (live, paritysuite tier3 validation-ordering/batchOperations.test.ts):
    # the enums alone first; then the RequestItems map and its members (reported together);
    # then every attribute value, before any table is looked up (dynalite's live tests: a bad
    # number or a too large item is refused for a table that does not exist); the tables; and
    # each table's requests in order against its key schema, duplicates among them.
    errors: list[str] = []
    mode = v.check_return_consumed_capacity(body, errors)
    metrics = items.check_return_item_collection_metrics(body, errors)
    if errors:
        raise v.constraint_errors(errors)
    request_items = body.get("RequestItems")
    if not isinstance(request_items, Mapping) or not request_items:
        raise v.constraint_errors(
            [
                v.CONSTRAINT_NO_ECHO.format(
                    field=v.BATCH_REQUEST_ITEMS_FIELD, constraint=v.MAP_MIN_ONE
                )
            ]
        )
    _check_members(request_items)
    if sum(len(requests) for requests in request_items.values()) > MAX_REQUESTS:
        raise v.invalid(m.BATCH_WRITE_TOO_MANY)
    converted = items.convert_all(request_items)
    tables = [resolve(context, name) for name in request_items]
    writes: list[_TableWrites] = []
    for (name, requests), table in zip(request_items.items(), tables, strict=True):
        seen: set[LookupKey] = set()
        validated: list[_Request] = []
        for request, (wire, stored) in zip(requests, converted[name], strict=True):
            key = items.key_of(table, wire, stored)
            # By value: keys 1000 and 1e3 are one item (Scylla Alternator's AWS-run
            # test_batch_write_duplicate_number_key), a put and a delete of it too.
            if key in seen:
                raise v.invalid(v.BATCH_DUPLICATE_KEYS)
            seen.add(key)
            validated.append(_Request(request, key, stored))
        writes.append(_TableWrites(name, table, validated))
    return mode, metrics, writes


def _check_members(request_items: Mapping[str, Any]) -> None:
    """The constraints on RequestItems' members, reported together."""
    errors: list[str] = []
    if any(name_errors(name, "") for name in request_items):
        errors.append(
            v.CONSTRAINT.format(
                value=f"'{items.java_dump(request_items)}'",
                field="requestItems",
                constraint=v.BATCH_TABLE_NAMES,
            )
        )
    for name, requests in request_items.items():
        count = len(requests) if isinstance(requests, list) else 0
        if not 1 <= count <= MAX_REQUESTS:
            errors.append(
                v.CONSTRAINT_NO_ECHO.format(
                    field=m.BATCH_WRITE_LIST_FIELD.format(table=name),
                    constraint=m.LIST_MAX_25 if count else v.LIST_MIN_ONE,
                )
            )
    for name, requests in request_items.items():
        for position, request in enumerate(requests or (), start=1):
            if request is None:
                raise v.invalid(m.BATCH_WRITE_NULL_REQUEST)
            delete, put = request.get(DELETE), request.get(PUT)
            if delete is not None and delete.get("Key") is None:
                errors.append(_not_null(m.BATCH_WRITE_DELETE_KEY_FIELD, name, position))
            if put is not None and put.get("Item") is None:
                errors.append(_not_null(m.BATCH_WRITE_PUT_ITEM_FIELD, name, position))
    if errors:
        raise v.constraint_errors(errors)


def _not_null(field: str, name: str, position: int) -> str:
    return v.CONSTRAINT.format(
        value="null",
        field=field.format(table=name, position=position),
        constraint=v.MEMBER_NOT_NULL,
    )
