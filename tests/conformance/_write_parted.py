"""The keys of one table's write sequence where the fuzzer's two tables have parted: an earlier
mismatch (explained, pending or not) let one side write what the other did not, so a later
answer about those items differs as a consequence, and the contents comparison leaves them out.

Narrow by design: only the keys such a write named, only within that table's sequence (a new
``Parted`` per table); a later mismatch on any other key is judged on its own."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ._write_run import Outcome, unordered_sets
from .pages import canonical
from .test_fuzz import canonical_numbers

CONSEQUENCE = "after an earlier difference"
REMOVING = "removing update creates no item"


@dataclass
class Parted:
    """Canonical keys (the table's key attributes, numbers as the fake spells them) and the
    kind of the earlier mismatch that parted each."""

    table: str
    names: list[str]
    kinds: dict[str, str] = field(default_factory=dict)

    def restart(self, table: str, names: list[str]) -> None:
        """A new table's sequence: nothing parted yet."""
        self.table, self.names = table, names
        self.kinds.clear()

    def key(self, item: Any) -> str:
        item = item if isinstance(item, dict) else {}
        key = unordered_sets({n: item.get(n) for n in self.names})
        try:
            return canonical(canonical_numbers(key))
        except (ArithmeticError, ValueError):  # not a number: a key no side stored
            return canonical(key)

    def part(self, request: dict[str, Any], kind: str) -> None:
        for item in self._items(request):
            self.kinds.setdefault(self.key(item), kind)

    def earlier(self, request: dict[str, Any]) -> str | None:
        """The kind of the earlier mismatch that parted an item this request names."""
        found = (self.kinds.get(self.key(item)) for item in self._items(request))
        return next((kind for kind in found if kind is not None), None)

    def holds(self, item: dict[str, Any]) -> bool:
        return self.key(item) in self.kinds

    def _items(self, request: dict[str, Any]) -> list[Any]:
        """The keys (a Put's whole item) a write request names in this table."""
        bodies = [v for action in request.get("TransactItems", []) for v in action.values()]
        found = [b.get("Key") or b.get("Item") for b in bodies if b.get("TableName") == self.table]
        for write in (request.get("RequestItems") or {}).get(self.table, []):
            found.append(
                (write.get("PutRequest") or {}).get("Item")
                or (write.get("DeleteRequest") or {}).get("Key")
            )
        if "Key" in request or "Item" in request:
            found.append(request.get("Key") or request.get("Item"))
        return found


def consequence(earlier: str) -> str:
    """The kind a later mismatch on a parted item counts under: pending if the earlier was."""
    if earlier.startswith("pending: "):
        return f"pending: {CONSEQUENCE} ({earlier.removeprefix('pending: ')})"
    return f"{CONSEQUENCE} ({earlier})"


def one_sided(local: Outcome, fake: Outcome) -> bool:
    """One side wrote, the other refused (or a transaction the fake cancelled)."""
    return ("Error" in local) != ("Error" in fake) or "CancellationReasons" in fake


def removing_only(op: str, request: dict[str, Any], local: Outcome, fake: Outcome) -> bool:
    """An UpdateItem of REMOVE and DELETE clauses only that both sides accepted: Local creates
    the missing item (key only), the service does not (docs/differences.md upd-remove)."""
    expression = request.get("UpdateExpression") or ""
    clauses = {c.upper() for c in re.findall(r"\b(SET|REMOVE|ADD|DELETE)\b", expression, re.I)}
    ok = "Error" not in local and "Error" not in fake
    return op == "UpdateItem" and ok and bool(clauses) and clauses <= {"REMOVE", "DELETE"}
