"""The legacy ``AttributeUpdates`` of UpdateItem as an :class:`~.update_apply.Update`.

``from_request(updates)`` validates the map as DynamoDB does, attribute by attribute in
request order (live: dynalite's test/updateItem.js): an empty name, the value itself, a
value required unless the action is DELETE, DELETE's value a set, ADD's value a number, a
set or a list.
Actions: ``PUT`` (the default) sets the attribute; ``DELETE`` without a value removes it,
with a set removes those members (an emptied set removes the attribute); ``ADD`` adds a
number, unites a set, appends a list, or sets a missing attribute. A stored value of another
type is "Type mismatch for attribute to update" (checked when applied).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _messages_values as mv
from .. import _validation as v
from .._limits import name_too_long
from .._numbers import NumberError
from .._wire import AttributeValue, WireError, canonical_wire
from . import legacy
from . import messages_update as mu
from .conditions import Node
from .update import Resolved
from .update_apply import Update

_CLAUSES = {"PUT": "SET", "ADD": "ADD", "DELETE": "DELETE"}
_ADDABLE = frozenset({"N", "SS", "NS", "BS", "L"})
_SETS = frozenset({"SS", "NS", "BS"})


def from_request(updates: Mapping[str, Any]) -> Update:
    """The Update an ``AttributeUpdates`` map makes, validated (module docstring)."""
    actions: list[Resolved] = []
    values: dict[str, AttributeValue] = {}
    for name, update in updates.items():
        if not name:  # DynamoDB Local, in AttributesToGet's words
            raise v.invalid(v.ATTRIBUTES_TO_GET_EMPTY)
        if name_too_long(name):
            raise v.invalid(mv.NAME_TOO_LARGE)
        # PUT is the default (API reference, AttributeValueUpdate; DynamoDB Local skips an
        # attribute without an Action: a known difference).
        update = update or {}  # null: no member (DynamoDB Local fails with a 500)
        action = update.get("Action") or "PUT"
        raw = update.get("Value")
        value = None
        if raw is not None:
            try:
                value = canonical_wire(raw)
            except (WireError, NumberError) as exc:
                raise legacy.value_error(exc) from None
        if value is None:
            if action != "DELETE":
                raise v.invalid(mu.LEGACY_DELETE_ONLY)
            actions.append(Resolved("REMOVE", (name,), None))
            continue
        kind = next(iter(value))
        if action == "DELETE" and kind not in _SETS:
            raise v.invalid(mu.LEGACY_DELETE_TYPE.format(type=kind))
        if action == "ADD" and kind not in _ADDABLE:
            raise v.invalid(mu.LEGACY_ADD_TYPE.format(type=kind))
        placeholder = f":{len(values)}"
        values[placeholder] = value
        node = Node("value", placeholder, ())
        actions.append(Resolved(_CLAUSES.get(action, "SET"), (name,), node))
    return Update(tuple(actions), values, legacy=True)
