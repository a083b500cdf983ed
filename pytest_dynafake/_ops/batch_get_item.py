"""BatchGetItem: several tables, 100 keys, the 16 MB response limit and UnprocessedKeys."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any, NamedTuple

from .. import _validation as v
from .._capacity import consumed, read_units
from .._expr.projection import Projection, from_request
from .._shape import PROJECTION, STR, VALUE, Shape
from .._store import LookupKey, Table, item_json
from .._wire import dumps
from ._common import RequestContext, Target, consistent, name_errors, raw_key, resolve
from .directives import Directive, Held

MAX_KEYS = 100
RESPONSE_LIMIT = 16 * 1024 * 1024
SHAPE: dict[str, Shape] = {
    "RequestItems": {"*": {"Keys": [VALUE], **PROJECTION}},
    "ReturnConsumedCapacity": STR,
}


class _TableRead(NamedTuple):
    name: str
    table: Table
    request: Mapping[str, Any]
    projection: Projection | None
    consistent: bool
    keys: list[Any]
    lookups: list[LookupKey]


def batch_get_item(body: Mapping[str, Any], context: RequestContext) -> _BatchGet:
    mode, reads = _validate(body, context)
    return _BatchGet(mode, reads)


def request_tables(body: Mapping[str, Any]) -> tuple[str, ...]:
    items = body.get("RequestItems")
    return tuple(items) if isinstance(items, Mapping) else ()


def request_keys(body: Mapping[str, Any]) -> list[tuple[Any, Any]]:
    items = body.get("RequestItems")
    if not isinstance(items, Mapping):
        return []
    return [(table, key) for table, request in items.items() for key in (request.get("Keys") or ())]


class _BatchGet:
    __slots__ = ("_targets", "mode", "reads")

    def __init__(self, mode: str, reads: list[_TableRead]) -> None:
        self.mode = mode
        self.reads = reads
        self._targets: list[Target] | None = None

    @property
    def targets(self) -> Sequence[Target]:
        # Built only when a fault asks: the plain path never needs them.
        if self._targets is None:
            self._targets = [
                Target(read.name, read.table, lookup)
                for read in self.reads
                for lookup in read.lookups
            ]
        return self._targets

    def run(self, directive: Directive | None = None) -> str:
        return _execute(self.mode, self.reads, directive if isinstance(directive, Held) else ())


def _validate(body: Mapping[str, Any], context: RequestContext) -> tuple[str, list[_TableRead]]:
    # DynamoDB's order: member constraints (reported together), the 100-key limit,
    # expressions, table existence, duplicates, then each key against its schema.
    errors: list[str] = []
    request_items = body.get("RequestItems")
    if not isinstance(request_items, Mapping) or not request_items:
        # Missing and empty are one error in the newest wording.
        errors.append(
            v.CONSTRAINT_NO_ECHO.format(field=v.BATCH_REQUEST_ITEMS_FIELD, constraint=v.MAP_MIN_ONE)
        )
    elif any(name_errors(name, "") for name in request_items):
        errors.append(
            v.CONSTRAINT.format(
                value=f"'{dumps(request_items)}'",
                field="requestItems",
                constraint=v.BATCH_TABLE_NAMES,
            )
        )
    else:
        for name, request in request_items.items():
            if isinstance(request, Mapping) and request.get("AttributesToGet") == []:
                errors.append(
                    v.CONSTRAINT_NO_ECHO.format(
                        field=v.BATCH_ATTRIBUTES_TO_GET_FIELD.format(table=name),
                        constraint=v.LIST_MIN_ONE,
                    )
                )
            count = len(request.get("Keys") or ()) if isinstance(request, Mapping) else 0
            if not 1 <= count <= MAX_KEYS:
                errors.append(
                    v.CONSTRAINT_NO_ECHO.format(
                        field=v.BATCH_KEYS_FIELD.format(table=name),
                        constraint=v.LIST_MIN_ONE if count < 1 else v.LIST_MAX_100,
                    )
                )
    mode = v.check_return_consumed_capacity(body, errors)
    if errors:
        raise v.constraint_errors(errors)
    assert isinstance(request_items, Mapping)
    if sum(len(r["Keys"]) for r in request_items.values()) > MAX_KEYS:
        raise v.invalid(v.BATCH_TOO_MANY_KEYS)
    legacy = {("AttributesToGet" in r) for r in request_items.values()}
    expression = {("ProjectionExpression" in r) for r in request_items.values()}
    if True in legacy and True in expression:
        raise v.invalid(v.EXPRESSION_AND_LEGACY)
    projections = [from_request(r) for r in request_items.values()]
    tables = [resolve(context, name) for name in request_items]
    for projection, table in zip(projections, tables, strict=True):
        if projection is not None:
            projection.check_keys(table.key_names)
    reads = []
    for (name, request), table, projection in zip(
        request_items.items(), tables, projections, strict=True
    ):
        keys = request["Keys"]
        lookup_key = table.lookup_key
        # Duplicates are found on the keys as sent, whatever their attribute order; keys equal
        # only by value (9578 and 009578) are no duplicates, but name one item (below).
        if len({raw_key(key) for key in keys}) != len(keys):
            raise v.invalid(v.BATCH_DUPLICATE_KEYS)
        lookups = [lookup_key(key) for key in keys]
        if len(set(lookups)) != len(lookups):
            keys, lookups = _first_of_each(keys, lookups)
        reads.append(
            _TableRead(name, table, request, projection, consistent(request), keys, lookups)
        )
    return mode, reads


def _first_of_each(keys: list[Any], lookups: list[LookupKey]) -> tuple[list[Any], list[LookupKey]]:
    """Keep the first of keys that name one item by value. The service neither refuses
    9578 and 009578 as duplicates nor returns the item twice: it returns it once (Scylla
    Alternator's test_batch_get_item_duplicate_number_key, run against DynamoDB, 2026-04).
    DynamoDB Local returns it twice."""
    seen: set[LookupKey] = set()
    kept: list[Any] = []
    kept_lookups: list[LookupKey] = []
    for key, lookup in zip(keys, lookups, strict=True):
        if lookup not in seen:
            seen.add(lookup)
            kept.append(key)
            kept_lookups.append(lookup)
    return kept, kept_lookups


def _execute(mode: str, reads: list[_TableRead], held: Collection[int]) -> str:
    position = -1
    total = 0
    full = False
    charged = mode != "NONE"
    responses: list[str] = []
    unprocessed: dict[str, Any] = {}
    capacity: list[dict[str, Any]] = []
    for read in reads:
        found: list[str] = []
        left: list[Any] = []
        units = 0.0
        get = read.table.items.get
        for key, lookup in zip(read.keys, read.lookups, strict=True):
            position += 1
            if held and position in held:
                left.append(key)
                continue
            stored = None if full else get(lookup)
            if full or (stored is not None and total + stored.size > RESPONSE_LIMIT):
                # The limit is measured on whole items, whatever the projection.
                full = True
                left.append(key)
                continue
            size = stored.size if stored is not None else 0
            total += size
            if charged:
                units += read_units(size, consistent=read.consistent)
            if stored is not None:
                if read.projection is None:
                    found.append(stored.json)
                else:
                    found.append(item_json(stored.project(read.projection)))
        responses.append(dumps(read.name) + ":[" + ",".join(found) + "]")
        if left:
            # Echo the whole KeysAndAttributes so a retry loop can resubmit it unchanged.
            unprocessed[read.name] = {**read.request, "Keys": left}
        if mode != "NONE":
            capacity.append(consumed(mode, read.name, units))
    text = '{"Responses":{' + ",".join(responses) + '},"UnprocessedKeys":' + dumps(unprocessed)
    if capacity:
        text += ',"ConsumedCapacity":' + dumps(capacity)
    return text + "}"
