"""PutItem."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._shape import VALUE, Shape
from .._store import StoredItem, Table
from ._common import RequestContext, Target, resolve
from ._single import SHAPE as _SINGLE
from ._single import (
    SingleWrite,
    check_condition_keys,
    check_members,
    check_return_values,
    condition_of,
)
from ._write import request_item, stored_key

SHAPE: dict[str, Shape] = {**_SINGLE, "Item": {"*": VALUE}}


def put_item(body: Mapping[str, Any], context: RequestContext) -> SingleWrite:
    # DynamoDB's order (dynalite's live-checked putItem.js): member constraints, the item's
    # attribute values, ReturnValues, the item's size, the expressions, the table, the key.
    options = check_members(body, "PutItem")
    wire, stored = request_item(body["Item"], single=True)
    check_return_values(options)
    condition = condition_of(body)
    table = resolve(context, options.name)
    key = stored_key(table, wire)
    check_condition_keys(condition, table)
    all_old = options.return_values == "ALL_OLD"

    def change(table: Table, old: StoredItem | None) -> tuple[StoredItem, str | None]:
        return stored, old.json if all_old and old is not None else None

    target = Target(options.name, table, key)
    return SingleWrite(options, target, condition, context.writer, change)


def request_keys(body: Mapping[str, Any]) -> list[tuple[Any, Any]]:
    """The item a PutItem writes (its key attributes among its attributes: the request alone
    does not say which they are)."""
    return [(body.get("TableName"), body["Item"])] if "Item" in body else []
