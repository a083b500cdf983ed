"""UpdateItem: an UpdateExpression applied to the stored item, or to a new item made of the
key when there is none."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._expr.request import parse_request
from .._expr.writes import check_expected_first
from .._shape import STR, VALUE, Shape
from .._store import StoredItem, Table, item_json
from .._store.keys import wire_key
from ._common import RequestContext, Target, resolve
from ._single import SHAPE as _SINGLE
from ._single import (
    SingleWrite,
    check_condition_keys,
    check_key_values,
    check_members,
    index_key_names,
)
from ._single import request_keys as request_keys
from ._write import check_updated, stored_item, stored_key

SHAPE: dict[str, Shape] = {
    **_SINGLE,
    "Key": {"*": VALUE},
    "UpdateExpression": STR,
    "AttributeUpdates": {"*": {"Value": VALUE, "Action": STR}},
}


def update_item(body: Mapping[str, Any], context: RequestContext) -> SingleWrite:
    # DynamoDB's order (dynalite's live-checked updateItem.js): member constraints, the key's
    # attribute values, the expressions, the table, the key against the schema. The rest is
    # checked against the stored item, after the condition: an update of a key attribute
    # (DynamoDB Local answers a failed condition first), the new item's size and index keys.
    options = check_members(body, "UpdateItem")
    check_key_values(body["Key"])
    if "Expected" in body:
        check_expected_first(body, update=True)
    expressions = parse_request(body, condition=True, update=True, enveloped=True)
    table = resolve(context, options.name)
    key = table.lookup_key(body["Key"])
    check_condition_keys(expressions.condition, table)
    index_keys = index_key_names(table)
    update = expressions.update
    key_item = wire_key(table.key_attributes, key)
    which = options.return_values
    removes_only = update is not None and all(
        action.clause in ("REMOVE", "DELETE") for action in update.actions
    )

    def change(table: Table, old: StoredItem | None) -> tuple[StoredItem | None, str | None]:
        old_wire = None if old is None else old.wire
        if update is None:  # no update: the item as it is, or the key alone
            new_wire = old_wire if old_wire is not None else dict(key_item)
        else:
            update.check_keys(table.key_names, index_keys)
            new_wire = update.apply(old_wire, key_item)
            if old is None and removes_only:
                # An update that only removes from a missing item creates nothing (live:
                # Alternator's test_returnvalues.py and test_item.py; DynamoDB Local too).
                return None, None
        new = stored_item(new_wire)
        check_updated(new)
        stored_key(table, new_wire, update=True)
        if which == "ALL_NEW":
            return new, new.json
        if which == "ALL_OLD":
            return new, None if old is None else old.json
        if which in ("UPDATED_OLD", "UPDATED_NEW") and update is not None:
            returned = update.returned(old_wire, new_wire, which)
            return new, item_json(returned) if returned else None
        return new, None

    target = Target(options.name, table, key)
    return SingleWrite(options, target, expressions.condition, context.writer, change)
