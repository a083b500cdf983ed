"""The service's length limits on the attribute names of a table's definition: key schema
elements and attribute definitions of 1 to 255 characters (the ``KeySchemaAttributeName``
shape), projected ``NonKeyAttributes`` the same (``NonKeyAttributeName``, reported for the
whole list), a time-to-live attribute the same (``TimeToLiveAttributeName``). Member
constraints: reported with the request's other constraint errors, before any check across
members, so a name that is too long is named even where it is also undefined."""

from __future__ import annotations

from collections.abc import Mapping

from .. import _messages_admin as a
from .. import _validation as v

MAX_NAME = 255


def name_errors(name: object, field: str) -> list[str]:
    """The constraint error of an attribute name that is too short or too long, or none."""
    if not isinstance(name, str) or 1 <= len(name) <= MAX_NAME:
        return []
    constraint = a.NAME_TOO_LONG if name else v.LIST_MIN_ONE
    return [v.CONSTRAINT.format(value=f"'{name}'", field=field, constraint=constraint)]


def projection_errors(projection: object, field: str) -> list[str]:
    """An index's NonKeyAttributes, one error for the whole list as the service gives it."""
    if not isinstance(projection, Mapping):
        return []
    names = projection.get("NonKeyAttributes")
    if not isinstance(names, list) or not any(name_errors(n, field) for n in names):
        return []
    shown = "'[" + ", ".join(str(n) for n in names) + "]'"
    return [
        v.CONSTRAINT.format(
            value=shown, field=f"{field}.nonKeyAttributes", constraint=a.NON_KEY_NAME_LENGTH
        )
    ]
