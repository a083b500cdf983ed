"""GetItem."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from .. import _validation as v
from .._capacity import consumed, read_units
from .._expr.projection import Projection, from_request
from .._shape import PROJECTION, STR, VALUE, Shape
from .._store import item_json
from .._wire import dumps
from ._common import RequestContext, Target, consistent, name_errors, resolve
from .directives import Directive

SHAPE: dict[str, Shape] = {
    "TableName": STR,
    "Key": VALUE,
    "ReturnConsumedCapacity": STR,
    **PROJECTION,
}


def get_item(body: Mapping[str, Any], context: RequestContext) -> _GetItem:
    errors: list[str] = []
    if body.get("AttributesToGet") == []:
        errors.append(
            v.CONSTRAINT_NO_ECHO.format(field=v.ATTRIBUTES_TO_GET_FIELD, constraint=v.LIST_MIN_ONE)
        )
    mode = v.check_return_consumed_capacity(body, errors)
    name = body.get("TableName")
    errors.extend(name_errors(name, "tableName"))
    if body.get("Key") is None:
        errors.append(v.CONSTRAINT.format(value="null", field="key", constraint=v.MEMBER_NOT_NULL))
    if errors:
        raise v.constraint_errors(errors)
    assert isinstance(name, str)
    projection = from_request(body)
    table = resolve(context, name)
    if projection is not None:
        projection.check_keys(table.key_names)
    target = Target(name, table, table.lookup_key(body["Key"]))
    return _GetItem(target, projection, mode, consistent(body))


def request_keys(body: Mapping[str, Any]) -> list[tuple[Any, Any]]:
    return [(body.get("TableName"), body["Key"])] if "Key" in body else []


class _GetItem(NamedTuple):
    target: Target
    projection: Projection | None
    mode: str
    consistent: bool

    @property
    def targets(self) -> Sequence[Target]:
        return (self.target,)

    def run(self, directive: Directive | None = None) -> str:
        name, table, key = self.target
        stored = table.get(key) if key is not None else None
        parts = []
        if stored is not None:
            if self.projection is None:
                parts.append('"Item":' + stored.json)
            else:
                # A projection that matches nothing still answers {"Item": {}} (captured live).
                parts.append('"Item":' + item_json(stored.project(self.projection)))
        if self.mode != "NONE":
            units = read_units(stored.size if stored else 0, consistent=self.consistent)
            parts.append('"ConsumedCapacity":' + dumps(consumed(self.mode, name, units)))
        return "{" + ",".join(parts) + "}"
