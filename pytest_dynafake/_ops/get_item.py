"""GetItem."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _validation as v
from .._capacity import read_units, shape
from .._projection import from_request
from .._wire import dumps
from ._common import RequestContext, consistent, name_errors, resolve


def get_item(body: Mapping[str, Any], context: RequestContext) -> str:
    errors: list[str] = []
    mode = v.check_return_consumed_capacity(body, errors)
    name = body.get("TableName")
    errors.extend(name_errors(name, "tableName"))
    if body.get("Key") is None:
        errors.append(v.CONSTRAINT.format(value="null", field="key", constraint=v.MEMBER_NOT_NULL))
    if errors:
        raise v.constraint_errors(errors)
    assert isinstance(name, str)
    table = resolve(context, name)
    projection = from_request(body, v.GET_ITEM_ATTRIBUTES_DUPLICATE)
    stored = table.get(table.lookup_key(body["Key"]))
    parts = []
    if stored is not None:
        if projection is None:
            parts.append('"Item":' + stored.json)
        else:
            # A projection that matches nothing still answers {"Item": {}} (captured live).
            parts.append('"Item":' + dumps(projection.apply(stored.wire)))
    if mode != "NONE":
        units = read_units(stored.size if stored else 0, consistent=consistent(body))
        parts.append('"ConsumedCapacity":' + dumps(shape(mode, name, units)))
    return "{" + ",".join(parts) + "}"
