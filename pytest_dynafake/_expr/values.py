"""ExpressionAttributeValues: checked as DynamoDB checks them (empty, keys, each value, a
set's duplicates in the item's words) and put in canonical form, for every expression of a
request."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .. import _validation as v
from .._numbers import NumberError
from .._wire import AttributeValue, WireError, canonical_wire
from . import legacy
from . import messages as m
from . import messages_update as mu

_VALUE_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


# An empty set or a NULL of false among the values: the newest live form words it as in an item,
# without "ExpressionAttributeValues contains invalid value: " and " for key :v" (docs/errors.md,
# ATTRIBUTE_VALUE_ENVELOPE).
_ITEM_WORDED = frozenset(
    (
        v.EMPTY_SET.format(kind="string"),
        v.EMPTY_SET.format(kind="number"),
        v.EMPTY_BINARY_SET,
        v.NULL_FALSE,
    )
)
_VALUE_PREFIX = m.VALUES_BAD_VALUE.partition("{message}")[0]


def as_in_an_item(message: str) -> str:
    """A single-item write's error for a bad value among the values, as the newest live form
    words it (the others unchanged)."""
    if message.startswith(_VALUE_PREFIX):
        inner = message[len(_VALUE_PREFIX) :].rpartition(" for key ")[0]
        if inner in _ITEM_WORDED:
            return inner
    return message


def values_of(raw: object) -> dict[str, AttributeValue]:
    """ExpressionAttributeValues checked (empty, keys, values) and in canonical form."""
    return checked_values(raw)


def checked_values(raw: object) -> dict[str, AttributeValue]:
    if raw is None:
        return {}
    if not isinstance(raw, Mapping) or not raw:
        raise v.invalid(m.VALUES_EMPTY)
    for key in raw:
        if not (len(key) > 1 and key[0] == ":" and set(key[1:]) <= _VALUE_KEY_CHARS):
            raise v.invalid(m.VALUES_BAD_KEY.format(key=key))
    out = {}
    for key, value in raw.items():
        try:
            out[key] = canonical_wire(value)
        except (WireError, NumberError) as exc:
            duplicated = _duplicated_set(value) if isinstance(exc, WireError) else None
            message = duplicated or legacy.value_error(exc).message
            raise v.invalid(m.VALUES_BAD_VALUE.format(message=message, key=key)) from None
    return out


def _duplicated_set(value: Any) -> str | None:
    """The duplicates message for the first set in ``value`` with a member twice."""
    if not isinstance(value, Mapping) or len(value) != 1:
        return None
    ((kind, inner),) = value.items()
    if kind in ("SS", "NS", "BS") and isinstance(inner, list):
        try:
            canonical_wire(value)
        except WireError as exc:
            if exc.args[0] != WireError.DUPLICATE_IN_SET:
                return None
            if kind == "NS":
                return mu.VALUES_NUMBER_SET_DUPLICATES
            shown = "[" + ", ".join(map(str, inner)) + "]"  # as Java prints a list
            template = mu.VALUES_BINARY_SET_DUPLICATES if kind == "BS" else mu.VALUES_SET_DUPLICATES
            return template.format(members=shown)
        except NumberError:
            return None
        return None
    members = inner.values() if kind == "M" and isinstance(inner, Mapping) else inner
    if kind in ("M", "L") and isinstance(members, Iterable):
        for member in members:
            found = _duplicated_set(member)
            if found is not None:
                return found
    return None
