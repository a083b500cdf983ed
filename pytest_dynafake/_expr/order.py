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


def bounds_error(
    low: AttributeValue,
    high: AttributeValue,
    low_shown: AttributeValue | None = None,
    high_shown: AttributeValue | None = None,
) -> str | None:
    """The BETWEEN detail for bounds of two types, or a lower bound above the upper one.
    ``*_shown``: the values as the request wrote them (numbers are shown as written)."""
    ((low_kind, low_wire),) = low.items()
    ((high_kind, high_wire),) = high.items()
    shown = {
        "lower": f"{low_kind}:{_show(low_kind, low_wire, low_shown)}",
        "upper": f"{high_kind}:{_show(high_kind, high_wire, high_shown)}",
    }
    if low_kind != high_kind:
        return m.BETWEEN_TYPES_DETAIL.format(**shown)
    if low_kind in ("N", "S", "B") and sort_key(low_kind, low_wire) > sort_key(
        high_kind, high_wire
    ):
        return m.BETWEEN_ORDER_DETAIL.format(**shown)
    return None


def _show(kind: str, wire: Any, written: AttributeValue | None) -> str:
    """A bound as DynamoDB's message shows it: as written; a binary as the Java buffer the
    service holds (DynamoDB Local: ``java.nio.HeapByteBuffer[pos=0 lim=2 cap=2]``)."""
    if kind == "B":
        size = len(base64.b64decode(wire))
        return f"java.nio.HeapByteBuffer[pos=0 lim={size} cap={size}]"
    if written is not None and isinstance(written.get(kind), str):
        return str(written[kind])
    return str(wire)
