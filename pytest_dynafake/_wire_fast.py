"""The common request value checked fast: valid DynamoDB JSON already in canonical form.

A put's item is nearly always valid and canonical as the SDK sends it (strings, integers,
decimals without trailing zeros, booleans, maps, lists). :func:`is_canonical_item` says so in
one tight walk that builds nothing, so the request's own dicts become the stored item; for
anything else it answers False and the caller asks :func:`~._wire.canonical_wire`, the exact
checker, whose errors and messages stay the only ones (tests/test_wire_fast.py compares the two
on random values).
"""

from __future__ import annotations

from typing import Any

from ._limits import MAX_DEPTH
from ._numbers import is_canonical_number


def is_canonical(value: object) -> bool:
    """True when ``value`` is valid DynamoDB JSON already in canonical form, so that
    :func:`~._wire.canonical_wire` would return an equal value without raising: the common request
    value is checked without building anything. False says nothing more (the value may still
    be valid): the caller asks :func:`~._wire.canonical_wire`, which gives the exact error.

    Binaries, sets of binaries and anything but the exact types JSON decoding gives
    (``dict``, ``list``, ``str``, ``bool``) answer False."""
    try:
        return _canonical_values((value,), 1)
    except RecursionError:
        return False


def is_canonical_item(item: dict[str, Any]) -> bool:
    """:func:`is_canonical` for every value of an item (its names are not looked at). True also
    says that no value nests deeper than DynamoDB's 32 levels."""
    try:
        return _canonical_values(item.values(), 1)
    except RecursionError:  # nested past Python's limit: the exact checker says what it is
        return False


def _canonical_values(values: Any, level: int) -> bool:
    # One loop for the values of a map or list, recursing only into nested maps and lists:
    # S, N and BOOL, nearly every value of an item, cost a few comparisons each. ``level``: the
    # values' nesting level (an attribute's value is 1); past DynamoDB's limit the exact
    # checker says what it is, so a value checked here needs no depth check after.
    if level > MAX_DEPTH:
        return False
    try:
        for value in values:
            if type(value) is not dict:
                return False
            ((kind, inner),) = value.items()  # ValueError: no type, or two
            if kind == "S":
                if type(inner) is str:
                    continue
            elif kind == "N":
                # A plain integer (ASCII digits, no leading zero) without the pattern: the
                # commonest number, at a third of the pattern's cost.
                if type(inner) is str and (
                    (
                        inner.isdigit()
                        and inner.isascii()
                        and (inner[0] != "0" or len(inner) == 1)
                        and len(inner) <= _MAX_DIGITS
                    )
                    or is_canonical_number(inner)
                ):
                    continue
            elif kind == "M":
                # join: every name a str (TypeError otherwise), tested in C
                if (
                    type(inner) is dict
                    and "".join(inner) is not None
                    and _canonical_values(inner.values(), level + 1)
                ):
                    continue
            elif kind == "L":
                if type(inner) is list and _canonical_values(inner, level + 1):
                    continue
            elif kind == "BOOL":
                if type(inner) is bool:
                    continue
            elif kind == "NULL":
                if inner is True:
                    continue
            elif type(inner) is list and _canonical_members(kind, inner):
                continue
            return False
    except (ValueError, TypeError):
        return False
    return True


def _plain_integer(text: str) -> bool:
    # The commonest number, a non-negative integer, without the regular expression (a third of
    # its cost): ASCII digits, no leading zero, at most 38 of them.
    return (
        text.isdigit()
        and text.isascii()
        and (text[0] != "0" or len(text) == 1)
        and len(text) <= _MAX_DIGITS
    )


_MAX_DIGITS = 38


def _canonical_members(kind: str, members: list[Any]) -> bool:
    if kind == "SS":
        valid = all(type(m) is str for m in members)
    elif kind == "NS":
        valid = all(
            type(m) is str and (_plain_integer(m) or is_canonical_number(m)) for m in members
        )
    else:
        return False
    # Canonical members are equal exactly when their texts are: no duplicates, none empty.
    return valid and 0 < len(members) == len(set(members))
