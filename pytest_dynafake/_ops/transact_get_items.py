"""TransactGetItems: aligned responses, 100 items, one item once, the 4 MB aggregate."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple, cast

from .. import _validation as v
from .._capacity import consumed, transact_units
from .._expr.projection import Projection, from_request
from .._shape import PROJECTION, STR, VALUE, Shape
from .._store import LookupKey, item_json
from .._wire import dumps, item_size
from ._common import RequestContext, Target, canonical_key, name_errors, resolve
from .directives import Cancel, Directive

MAX_ITEMS = 100
AGGREGATE_LIMIT = 4 * 1024 * 1024
GET_OVERHEAD = 4
SHAPE: dict[str, Shape] = {
    "TransactItems": [{"Get": {"TableName": STR, "Key": VALUE, **PROJECTION}}],
    "ReturnConsumedCapacity": STR,
}


def transact_get_items(body: Mapping[str, Any], context: RequestContext) -> _TransactGet:
    mode, gets = _validate(body, context)
    return _TransactGet(mode, gets)


def _gets(body: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    items = body.get("TransactItems")
    if not isinstance(items, list):
        return []
    return [entry.get("Get") or {} for entry in items if isinstance(entry, Mapping)]


def request_tables(body: Mapping[str, Any]) -> tuple[str, ...]:
    names = (get.get("TableName") for get in _gets(body))
    return tuple(dict.fromkeys(n for n in names if isinstance(n, str)))


def request_keys(body: Mapping[str, Any]) -> list[tuple[Any, Any]]:
    return [(get.get("TableName"), get.get("Key")) for get in _gets(body)]


class _Get(NamedTuple):
    target: Target
    projection: Projection | None


class _TransactGet(NamedTuple):
    mode: str
    gets: list[_Get]

    @property
    def targets(self) -> Sequence[Target]:
        return [get.target for get in self.gets]

    def run(self, directive: Directive | None = None) -> str:
        if isinstance(directive, Cancel):
            raise directive.error(len(self.gets))  # a Get has no condition: no Item
        return _execute(self.mode, self.gets)


def _validate(body: Mapping[str, Any], context: RequestContext) -> tuple[str, list[_Get]]:
    # DynamoDB's order: member constraints (reported together), expressions, table
    # existence, key values, the same item twice, then each key against its schema; a
    # schema mismatch cancels the transaction instead of failing the request.
    errors: list[str] = []
    items = body.get("TransactItems")
    if not isinstance(items, list) or not 1 <= len(items) <= MAX_ITEMS:
        errors.append(
            v.CONSTRAINT_NO_ECHO.format(
                field=v.TRANSACT_ITEMS_FIELD,
                constraint=v.LIST_MAX_100 if isinstance(items, list) and items else v.LIST_MIN_ONE,
            )
        )
    else:
        for index, entry in enumerate(items, start=1):
            get = entry.get("Get") if isinstance(entry, Mapping) else None
            field = f"transactItems.{index}.member.get"
            if not isinstance(get, Mapping):
                errors.append(
                    v.CONSTRAINT.format(value="null", field=field, constraint=v.MEMBER_NOT_NULL)
                )
                continue
            errors.extend(name_errors(get.get("TableName"), f"{field}.tableName"))
            if get.get("Key") is None:
                errors.append(
                    v.CONSTRAINT.format(
                        value="null", field=f"{field}.key", constraint=v.MEMBER_NOT_NULL
                    )
                )
    mode = v.check_return_consumed_capacity(body, errors)
    if errors:
        raise v.constraint_errors(errors)
    assert isinstance(items, list)
    gets = [entry["Get"] for entry in items]
    projections = [from_request(get, legacy_member=False) for get in gets]
    tables = [resolve(context, get["TableName"]) for get in gets]
    for projection, table in zip(projections, tables, strict=True):
        if projection is not None:
            projection.check_keys(table.key_names)
    lookups: list[LookupKey | v.AwsError] = []
    for get, table in zip(gets, tables, strict=True):
        try:
            lookups.append(table.lookup_key(get["Key"]))
        except v.AwsError as error:
            lookups.append(error)
    seen: set[tuple[str, object]] = set()
    for get, table, lookup in zip(gets, tables, lookups, strict=True):
        # The same item twice is found by value: keys 1.5 and 1.50 name one item.
        target = (
            table.name,
            canonical_key(get["Key"]) if isinstance(lookup, v.AwsError) else lookup,
        )
        if target in seen:
            raise v.invalid(v.TRANSACT_SAME_ITEM)
        seen.add(target)
    for position, lookup in enumerate(lookups):
        if isinstance(lookup, v.AwsError):
            if lookup.message != v.KEY_SCHEMA_MISMATCH:
                raise lookup
            raise _cancelled(len(gets), position, lookup.message)
    return mode, [
        _Get(Target(get["TableName"], table, lookup), projection)
        for get, table, lookup, projection in zip(
            gets, tables, cast("list[LookupKey]", lookups), projections, strict=True
        )
    ]


def _cancelled(count: int, position: int, message: str) -> v.AwsError:
    """Only the first failing Get gets a reason; the others say None, as the service does."""
    reasons: list[dict[str, str]] = [{"Code": v.TRANSACT_NO_REASON}] * count
    reasons[position] = {"Code": v.TRANSACT_VALIDATION_REASON, "Message": message}
    codes = ", ".join(r["Code"] for r in reasons)
    return v.AwsError(
        v.TRANSACTION_CANCELED,
        v.TRANSACT_CANCELED.format(codes=codes),
        fields={"CancellationReasons": reasons},
    )


def _execute(mode: str, gets: list[_Get]) -> str:
    responses: list[str] = []
    units: dict[str, float] = {}
    total = 0
    for (name, table, key), projection in gets:
        stored = table.get(key) if key is not None else None
        units[name] = units.get(name, 0.0) + transact_units(stored.size if stored else 0)
        if stored is None:
            responses.append("{}")
        elif projection is None:
            responses.append('{"Item":' + stored.json + "}")
            total += stored.size
        else:
            projected = stored.project(projection)
            # A projection that matches nothing omits Item here, unlike GetItem (captured
            # live); the read is still charged by the whole item.
            responses.append('{"Item":' + item_json(projected) + "}" if projected else "{}")
            total += item_size(projected)
        # DynamoDB Local's rule (the service's is not captured): what is returned, plus
        # 4 bytes a Get, may not pass 4 MiB.
        total += GET_OVERHEAD
        if total > AGGREGATE_LIMIT:
            raise v.invalid(v.TRANSACT_TOO_LARGE.format(size=total))
    text = '{"Responses":[' + ",".join(responses) + "]"
    if mode != "NONE":
        capacity = [consumed(mode, name, u, transactional=True) for name, u in units.items()]
        text += ',"ConsumedCapacity":' + dumps(capacity)
    return text + "}"
