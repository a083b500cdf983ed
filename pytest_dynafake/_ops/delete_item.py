"""DeleteItem."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._expr.writes import check_expected_first
from .._shape import VALUE, Shape
from .._store import StoredItem, Table
from ._common import RequestContext, Target, resolve
from ._single import SHAPE as _SINGLE
from ._single import (
    SingleWrite,
    check_condition_keys,
    check_key_values,
    check_members,
    check_return_values,
    condition_of,
)
from ._single import request_keys as request_keys

SHAPE: dict[str, Shape] = {**_SINGLE, "Key": {"*": VALUE}}


def delete_item(body: Mapping[str, Any], context: RequestContext) -> SingleWrite:
    # DynamoDB's order (dynalite's live-checked deleteItem.js): member constraints, the key's
    # attribute values, ReturnValues (after Expected's own terms: DynamoDB Local 3.3.1), the
    # expressions, the table, the key against the schema.
    options = check_members(body, "DeleteItem")
    check_key_values(body["Key"])
    if "Expected" in body:  # before ReturnValues (DynamoDB Local 3.3.1)
        check_expected_first(body, update=False)
    check_return_values(options)
    condition = condition_of(body)
    table = resolve(context, options.name)
    key = table.lookup_key(body["Key"])
    check_condition_keys(condition, table)
    all_old = options.return_values == "ALL_OLD"

    def change(table: Table, old: StoredItem | None) -> tuple[None, str | None]:
        return None, old.json if all_old and old is not None else None

    target = Target(options.name, table, key)
    return SingleWrite(options, target, condition, context.writer, change)
