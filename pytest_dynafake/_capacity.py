"""ConsumedCapacity arithmetic: 4 KB read units rounded up per item, half for eventually
consistent reads, double for transactions, and the one-unit minimum for a missing item."""

from __future__ import annotations

from typing import Any

READ_UNIT = 4096


def read_units(size: int, *, consistent: bool) -> float:
    """Units for one item read by GetItem or BatchGetItem (``size`` 0 for a missing item)."""
    units = max(1, -(-size // READ_UNIT))
    return float(units) if consistent else units / 2


def transact_units(size: int) -> float:
    """Units for one item read by TransactGetItems: twice a strongly consistent read."""
    return 2.0 * max(1, -(-size // READ_UNIT))


def consumed(mode: str, table: str, units: float, *, transactional: bool = False) -> dict[str, Any]:
    """One ``ConsumedCapacity`` entry for ``TOTAL`` or ``INDEXES``.

    The service reports ``ReadCapacityUnits`` beside ``CapacityUnits`` for transactions only.
    """
    entry: dict[str, Any] = {"TableName": table, "CapacityUnits": units}
    if transactional:
        entry["ReadCapacityUnits"] = units
    if mode == "INDEXES":
        entry["Table"] = (
            {"ReadCapacityUnits": units, "CapacityUnits": units}
            if transactional
            else {"CapacityUnits": units}
        )
    return entry
