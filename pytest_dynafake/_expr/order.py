"""DynamoDB's order of scalar values, for ``<``, ``BETWEEN`` and key ranges.

N by numeric value, S by UTF-8 bytes, B by unsigned bytes: the store's key codec
(:func:`~pytest_dynafake._store.keys.order_value`) is the one order, used here too. Wire
values here are valid (items as stored, request values through ``canonical_wire``), so the
codec's store form is taken straight from them: a number's text, a binary's decoded bytes.
"""

from __future__ import annotations

import base64
from typing import Any

from .._store.keys import order_value
from .._wire import AttributeValue
from . import messages as m


def sort_key(kind: str, wire: Any) -> Any:
    """A value that Python orders as DynamoDB orders ``{kind: wire}`` (kind N, S or B)."""
    return order_value(kind, base64.b64decode(wire) if kind == "B" else wire)


def bounds_error(low: AttributeValue, high: AttributeValue) -> str | None:
    """The BETWEEN detail for bounds of two types, or a lower bound above the upper one."""
    ((low_kind, low_wire),) = low.items()
    ((high_kind, high_wire),) = high.items()
    shown = {"lower": f"{low_kind}:{_show(low_wire)}", "upper": f"{high_kind}:{_show(high_wire)}"}
    if low_kind != high_kind:
        return m.BETWEEN_TYPES_DETAIL.format(**shown)
    if low_kind in ("N", "S", "B") and sort_key(low_kind, low_wire) > sort_key(
        high_kind, high_wire
    ):
        return m.BETWEEN_ORDER_DETAIL.format(**shown)
    return None


def _show(wire: Any) -> str:
    return str(wire)
