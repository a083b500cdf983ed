"""Faults: DynamoDB failing on purpose, on the calls you choose, the way the service fails.

A :class:`Fault` pairs a *matcher* (operation, table, keys, attempt) with a *schedule* (after,
times, probability, a window of simulated time) and a *kind* that decides the answer. Faults
are served from the same dispatch hook as the data, so botocore's retry handler sees them.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Mapping, Sequence
from typing import Any, Literal, NamedTuple, cast

from . import _validation as v
from ._errors import DynaFakeError
from ._fault_answers import NETWORK_ERRORS, SERVER_ERRORS, THROTTLE_ERRORS, TRANSACTION_ERRORS
from ._ops import REGISTRY, Directive, EndPage, Held, Paged, Plan, Target
from ._ops.directives import Cancel, ConditionFails, HeldItems
from ._store import LOCAL, LookupKey, Table
from ._wire import to_wire

CONDITION_FAILED_ERROR = "ConditionalCheckFailedException"
LOCAL_WRITE = (
    ": a write is throttled by the back-pressure of a global secondary index, a local one "
    "shares its table's throughput (leave index= out to throttle the table)"
)
Kind = Literal[
    "throttle",
    "unprocessed",
    "conflict",
    "fail",
    "script",
    "short_page",
    "empty_page",
    "condition_fails",
]
# A script's outcomes: "ok" lets the call through; the others are what one fault answers.
SCRIPT_OUTCOMES: dict[str, tuple[Kind, dict[str, Any]] | None] = {
    "ok": None,
    "throttle": ("throttle", {"error": "ProvisionedThroughputExceededException"}),
    **{error: ("throttle", {"error": error}) for error in THROTTLE_ERRORS},
    "unprocessed": ("unprocessed", {}),
    "conflict": ("conflict", {"code": "TransactionConflict"}),
    "condition_fails": ("condition_fails", {}),
    **{error: ("fail", {"error": error}) for error in (*SERVER_ERRORS, *NETWORK_ERRORS)},
    **{error: ("fail", {"error": error}) for error in TRANSACTION_ERRORS},
    "short_page": ("short_page", {"items": 1}),
    "empty_page": ("empty_page", {}),
}


class Match(NamedTuple):
    """A fault matching one call: the positions it concerns, which of its matching calls this
    is, and what it would answer now (a script's outcome for this call; None lets it through)."""

    fault: Fault
    positions: list[int]
    number: int
    kind: Kind | None
    options: Mapping[str, Any]


Answer = Directive | v.AwsError | Exception


class Fault:
    """A declared fault, returned by the ``dynafake`` fault methods (and declared by the fault
    markers): whether and how often it fired, and what it answered. Not built directly."""

    def __init__(
        self,
        kind: Kind,
        operation: str,
        *,
        table: str | None,
        keys: Sequence[Mapping[str, Any]] | None,
        attempt: int | None,
        times: int | None,
        after: int,
        probability: float | None,
        seed: int | None,
        during: tuple[float, float] | None,
        is_optional: bool,
        options: Mapping[str, Any],
        index: str | None = None,
        page: int | None = None,
    ) -> None:
        """Private: use the fault methods of :class:`~pytest_dynafake.DynaFake`."""
        self.kind = kind
        """``"throttle"``, ``"unprocessed"``, ``"conflict"``, ``"fail"``, ``"script"``,
        ``"short_page"``, ``"empty_page"`` or ``"condition_fails"``."""
        self.operation = operation
        """The operation it targets, e.g. ``"BatchGetItem"``."""
        self.table = table
        """The table it is limited to, or None (every table)."""
        self.keys = list(keys or ())
        """The keys it is limited to, as declared (plain values); empty: every key."""
        self.index = index
        """The index it is limited to (a Query or Scan with this ``IndexName``), or None."""
        self.page = page
        """The page of a pagination it is limited to (1: a request without
        ``ExclusiveStartKey``), or None (every page)."""
        self.matched = 0
        """How many calls matched it (operation, attempt, table, keys), whether or not it then
        fired: ``after`` and a script's outcomes follow this count."""
        self.call_count = 0
        """How many calls it answered (fired on); ``times`` limits this count."""
        self.answers: list[str] = []
        """What it answered, one entry per firing: ``"ProvisionedThroughputExceededException
        (400)"``, ``"UnprocessedKeys (1 keys)"`` (the keys it held), ``"UnprocessedItems (2
        items)"`` (the write requests it held)..."""
        self._attempt = attempt
        self._times = times
        self._after = after
        self._probability = probability
        self._options = dict(options)
        drawn = seed is None and (probability is not None or options.get("share") is not None)
        self._seed = random.randrange(2**32) if drawn else seed
        self._during = during
        self._is_optional = is_optional
        self._fired_kinds: set[Kind] = set()
        self._random = random.Random(self._seed)
        self._key_cache: dict[str, frozenset[LookupKey]] = {}
        self._lock = threading.Lock()

    @property
    def triggered(self) -> bool:
        """Whether the fault has fired at least once."""
        return self.call_count > 0

    def describe(self) -> str:
        """The fault in one line, its whole schedule (and seed) included, as the teardown
        check and the random-faults report show it."""
        where = f" on table {self.table!r}" if self.table else ""
        where += f" on index {self.index!r}" if self.index else ""
        where += f" page {self.page}" if self.page else ""
        keys = f" for keys {self.keys!r}" if self.keys else ""
        return (
            f"{self.kind} {self.operation}{where}{keys} ({self._schedule()}, fired "
            f"{self.call_count} times)"
        )

    def _schedule(self) -> str:
        options = self._options
        parts = [
            f"{n}={options[n]!r}" for n in ("last", "share", "items") if options.get(n) is not None
        ]
        if self._attempt is not None:
            parts.append(f"attempt={self._attempt}")
        if self._after:
            parts.append(f"after={self._after}")
        if self._probability is not None:
            parts.append(f"probability={self._probability!r}")
        if self._seed is not None:
            parts.append(f"seed={self._seed}")
        if self._during is not None:
            parts.append(f"during={self._during!r}")
        if self.kind == "script":
            times = f"outcomes={list(options['outcomes'])!r}"
        elif self._times is not None:
            times = f"times={self._times}"
        else:
            times = "times=None" if parts else "always"
        return ", ".join([times, *parts])

    def __repr__(self) -> str:
        return f"<Fault {self.describe()}>"

    # -- matching and schedule (see _compose for several faults on one call) -------------
    def _match(
        self, operation: str, attempt: int | None, plan: Plan, page: int | None = None
    ) -> Match | None:
        """Whether this call matches the fault, counted (for ``after``) whether or not the
        fault then fires. ``page``: the call's page number in its pagination, if known."""
        if operation != self.operation or (self._attempt is not None and attempt != self._attempt):
            return None
        if self.page is not None and page != self.page:
            return None
        paged = REGISTRY[operation].paged
        if self.index is not None and paged and index_of(operation, plan) != self.index:
            return None
        if self.kind == "empty_page" and not _can_end_empty(self, cast(Paged, plan), page):
            return None
        targets = plan.targets
        positions = [n for n, target in enumerate(targets) if self._matches(target)]
        if not positions and (self.table is not None or self.keys or targets):
            return None
        with self._lock:
            self.matched += 1
            number = self.matched
        kind: Kind | None = self.kind
        options = self._options
        if kind == "script":
            outcomes, index = options["outcomes"], number - self._after - 1
            outcome = SCRIPT_OUTCOMES[outcomes[index]] if 0 <= index < len(outcomes) else None
            kind, options = outcome if outcome is not None else (None, options)
            if kind == "empty_page":
                _can_end_empty(self, cast(Paged, plan), page)
        return Match(self, positions, number, kind, options)

    def _fire(self, match: Match, elapsed: float) -> bool:
        """Whether the fault fires on a call it matched, by its schedule; a firing is counted."""
        if match.kind is None or match.number <= self._after:
            return False
        if self._during is not None and not self._during[0] <= elapsed < self._during[1]:
            return False
        with self._lock:
            if self._times is not None and self.call_count >= self._times:
                return False
            if self._probability is not None and self._random.random() >= self._probability:
                return False
            self.call_count += 1
        return True

    def _record(self, kind: Kind, answer: Answer) -> None:
        """What the fault answered on a call where it fired."""
        self._fired_kinds.add(kind)
        self.answers.append(summary(answer))

    def _matches(self, target: Target) -> bool:
        if self.table is not None and self.table not in (target.name, target.table.name):
            return False
        if self.index is not None and not REGISTRY[self.operation].paged:
            # A write throttled by a global secondary index's back-pressure: its table's writes.
            index = target.table.indexes.get(self.index)
            if index is None or index.kind == LOCAL:
                return False
        return not self.keys or target.key in self._lookup_keys(target.table)

    def _check_index(self, tables: Mapping[str, Table]) -> None:
        """At declaration: ``index=`` must name an index of ``table=``, if that is declared."""
        if self.index is None or self.table is None:
            return
        table = tables.get(self.table) or tables.get(self.table.rpartition(":table/")[2])
        if table is None:
            return
        writes = not REGISTRY[self.operation].paged
        names = [n for n, i in table.indexes.items() if not writes or i.kind != LOCAL]
        if self.index not in names:
            listed = ", ".join(repr(name) for name in names) or "none"
            which = "a global secondary index" if writes else "an index"
            why = LOCAL_WRITE if writes and self.index in table.indexes else ""
            raise DynaFakeError(
                f"{self.kind}(): index={self.index!r} is not {which} of table {table.name!r} "
                f"(its {'global ' if writes else ''}indexes: {listed}){why}; give one of them, "
                "or declare the index with the table (indexes=, or create_table's "
                "GlobalSecondaryIndexes)"
            )

    def _check_keys(self, tables: Mapping[str, Table]) -> None:
        """At declaration: the keys must fit the declared tables they may apply to (a table
        declared later is checked when a call first reads it)."""
        if not self.keys:
            return
        if self.table is not None:
            table = tables.get(self.table) or tables.get(self.table.rpartition(":table/")[2])
            candidates = [] if table is None else [table]
        else:
            candidates = list(tables.values())
        for table in candidates:
            self._lookup_keys(table, declared=True)

    def _lookup_keys(self, table: Table, *, declared: bool = False) -> frozenset[LookupKey]:
        cached = self._key_cache.get(table.name)
        if cached is None:
            found = set()
            names = {a.name for a in table.key_attributes}
            for key in self.keys:
                if set(key) != names and self.table is None:
                    continue  # another table's key
                try:
                    found.add(table.key_of_item({n: to_wire(value) for n, value in key.items()}))
                except (KeyError, TypeError, ValueError, v.AwsError):
                    raise self._misfit(key, table, declared) from None
            cached = self._key_cache[table.name] = frozenset(found)
        return cached

    def _misfit(self, key: Mapping[str, Any], table: Table, declared: bool) -> DynaFakeError:
        schema = ", ".join(f"{a.name!r} ({a.type})" for a in table.key_attributes)
        when = (
            ""
            if declared
            else (
                f" (table {table.name!r} was declared after the fault, so this shows at the "
                "first call that reads it)"
            )
        )
        return DynaFakeError(
            f"{self.kind}(): key {key!r} does not fit table {table.name!r}{when}, whose key is "
            f"{schema}: give exactly those attributes, each with a value of its type "
            f"(S: str, N: int or Decimal, B: bytes); fault: {self.describe()}"
        )

    def _choose(self, positions: list[int], options: Mapping[str, Any]) -> list[int]:
        """The positions an ``unprocessed`` firing holds back."""
        last, share = options.get("last"), options.get("share")
        if last is not None:
            return positions[-last:] if last else []
        if share is not None:
            with self._lock:
                # At least one key, or the fault would fire without effect.
                count = max(1, round(len(positions) * share))
                return sorted(self._random.sample(positions, count))
        return positions


def index_of(operation: str, plan: Plan) -> str | None:
    """The index a call reads (a Query or Scan with ``IndexName``), or None."""
    return cast(Paged, plan).index if REGISTRY[operation].paged else None


def _can_end_empty(fault: Fault, plan: Paged, page: int | None) -> bool:
    """Whether an empty page fault can answer this call without losing an item; a page the
    fault names that cannot is a mistake in the test, said at once."""
    if plan.can_end_empty():
        return True
    if fault.page is not None or fault.kind == "script":
        which = f"page {page}" if page is not None else "this page"
        instead = (
            "use 'short_page' in the outcomes"
            if fault.kind == "script"
            else "leave page= out (the first page that can be emptied is), or use short_page()"
        )
        raise DynaFakeError(
            f"{fault.kind}(): {which} of this {fault.operation} cannot be empty with a "
            "LastEvaluatedKey: its first item matches its filter (or it has none), and DynamoDB "
            "answers an empty page with a cursor only when its filter dropped every item it "
            "read. Give the request a FilterExpression that drops the items at the start of "
            f"the page, or {instead}; fault: {fault.describe()}"
        )
    return False


def summary(answer: Answer) -> str:
    if isinstance(answer, HeldItems):
        return f"UnprocessedItems ({len(answer)} items)"
    if isinstance(answer, Held):
        return f"UnprocessedKeys ({len(answer)} keys)"
    if isinstance(answer, EndPage):
        if answer.before_match:
            return "empty page"
        return f"short page ({answer.evaluated} items)"
    if isinstance(answer, Cancel):
        return f"{v.TRANSACTION_CANCELED} (400)"
    if isinstance(answer, ConditionFails):
        return f"{CONDITION_FAILED_ERROR} (400)"
    if isinstance(answer, v.AwsError):
        return f"{answer.code} ({answer.status})"
    return type(answer).__name__
