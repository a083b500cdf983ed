"""ConsumedCapacity arithmetic: 4 KB read units rounded up per item, half for eventually
consistent reads, double for transactions, and the one-unit minimum for a missing item; 1 KB
write units rounded up, per item and per index entry written."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

READ_UNIT = 4096
WRITE_UNIT = 1024


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


def write_units(size: int, *, transactional: bool = False) -> float:
    """Units for writing ``size`` bytes (an item, or an index entry): one per KB or part of
    one, at least one; twice that in a transaction."""
    units = float(max(1, -(-size // WRITE_UNIT)))
    return 2 * units if transactional else units


def consumed_write(
    mode: str,
    table: str,
    units: float,
    indexes: Mapping[str, Mapping[str, float]] | None = None,
    *,
    transactional: bool = False,
) -> dict[str, Any]:
    """One ``ConsumedCapacity`` entry of a write: ``units`` for the table, ``indexes`` the units
    of each index written (``{"GlobalSecondaryIndexes": {name: units}, "LocalSecondaryIndexes":
    ...}``, only indexes with a write), added to ``CapacityUnits``; ``INDEXES`` lists them. A
    transaction reports ``WriteCapacityUnits`` beside ``CapacityUnits``, as its reads report
    ``ReadCapacityUnits``."""
    total = units + sum(u for group in (indexes or {}).values() for u in group.values())
    entry: dict[str, Any] = {"TableName": table, "CapacityUnits": total}
    if transactional:
        entry["WriteCapacityUnits"] = total
    if mode == "INDEXES":
        entry["Table"] = _units(units, transactional)
        for group, written in (indexes or {}).items():
            if written:
                entry[group] = {name: _units(u, transactional) for name, u in written.items()}
    return entry


def _units(units: float, transactional: bool) -> dict[str, float]:
    if transactional:
        return {"WriteCapacityUnits": units, "CapacityUnits": units}
    return {"CapacityUnits": units}
