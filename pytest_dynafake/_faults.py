"""Faults: DynamoDB failing on purpose, on the calls you choose, the way the service fails.

A :class:`Fault` pairs a *matcher* (operation, table, keys, attempt) with a *schedule* (after,
times, probability, a window of simulated time) and a *kind* that decides the answer. Faults
are served from the same dispatch hook as the data, so botocore's retry handler sees them.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Mapping, Sequence
from typing import Any, Literal, NamedTuple

from botocore.exceptions import ConnectTimeoutError, EndpointConnectionError, ReadTimeoutError

from . import _validation as v
from ._botocore.partitions import partition_of
from ._errors import DynaFakeError
from ._ops import Held, Plan, Target
from ._store import LookupKey, Table
from ._wire import to_wire

Kind = Literal["throttle", "unprocessed", "conflict", "fail", "script"]
THROTTLE_ERRORS = {
    "ProvisionedThroughputExceededException": (
        v.THROTTLED_PROVISIONED,
        "ThrottlingReasons",
        "TableReadProvisionedThroughputExceeded",
    ),
    "ThrottlingException": (
        v.THROTTLED_ON_DEMAND,
        "throttlingReasons",
        "TableReadKeyRangeThroughputExceeded",
    ),
    "RequestLimitExceeded": (
        v.THROTTLED_ACCOUNT,
        "ThrottlingReasons",
        "TableReadAccountLimitExceeded",
    ),
}
CANCELLATION_CODES = {
    "TransactionConflict": v.REASON_CONFLICT,
    "ProvisionedThroughputExceeded": v.THROTTLED_PROVISIONED,
    "ThrottlingError": v.REASON_THROTTLED,
    "ValidationError": v.REASON_INVALID,
}
SERVER_ERRORS = {
    "InternalServerError": (500, "com.amazonaws.dynamodb.v20120810#", v.INTERNAL_SERVER_ERROR),
    "ServiceUnavailable": (503, "com.amazon.coral.availability#", v.SERVICE_UNAVAILABLE),
}
NETWORK_ERRORS = ("ReadTimeout", "ConnectTimeout", "ConnectionError")
# A script's outcomes: "ok" lets the call through; the others are what one fault answers.
SCRIPT_OUTCOMES: dict[str, tuple[Kind, dict[str, str]] | None] = {
    "ok": None,
    "throttle": ("throttle", {"error": "ProvisionedThroughputExceededException"}),
    **{error: ("throttle", {"error": error}) for error in THROTTLE_ERRORS},
    "unprocessed": ("unprocessed", {}),
    "conflict": ("conflict", {"code": "TransactionConflict"}),
    **{error: ("fail", {"error": error}) for error in (*SERVER_ERRORS, *NETWORK_ERRORS)},
}
ACCOUNT = "123456789012"


class Match(NamedTuple):
    """A fault matching one call: the positions it concerns, which of its matching calls this
    is, and what it would answer now (a script's outcome for this call; None lets it through)."""

    fault: Fault
    positions: list[int]
    number: int
    kind: Kind | None
    options: Mapping[str, Any]


Answer = Held | v.AwsError | Exception


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
    ) -> None:
        """Private: use the fault methods of :class:`~pytest_dynafake.DynaFake`."""
        self.kind = kind
        """``"throttle"``, ``"unprocessed"``, ``"conflict"``, ``"fail"`` or ``"script"``."""
        self.operation = operation
        """The operation it targets, e.g. ``"BatchGetItem"``."""
        self.table = table
        """The table it is limited to, or None (every table)."""
        self.keys = list(keys or ())
        """The keys it is limited to, as declared (plain values); empty: every key."""
        self.matched = 0
        """How many calls matched it (operation, attempt, table, keys), whether or not it then
        fired: ``after`` and a script's outcomes follow this count."""
        self.call_count = 0
        """How many calls it answered (fired on); ``times`` limits this count."""
        self.answers: list[str] = []
        """What it answered, one entry per firing: ``"ProvisionedThroughputExceededException
        (400)"``, ``"UnprocessedKeys (1 keys)"`` (the keys it held)..."""
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
        keys = f" for keys {self.keys!r}" if self.keys else ""
        return (
            f"{self.kind} {self.operation}{where}{keys} ({self._schedule()}, fired "
            f"{self.call_count} times)"
        )

    def _schedule(self) -> str:
        options = self._options
        parts = [f"{n}={options[n]!r}" for n in ("last", "share") if options.get(n) is not None]
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
    def _match(self, operation: str, attempt: int | None, plan: Plan) -> Match | None:
        """Whether this call matches the fault, counted (for ``after``) whether or not the
        fault then fires."""
        if operation != self.operation or (self._attempt is not None and attempt != self._attempt):
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
        return not self.keys or target.key in self._lookup_keys(target.table)

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


def throttle_error(code: str, table: str | None, region: str) -> v.AwsError:
    message, field, reason = THROTTLE_ERRORS[code]
    fields = {}
    if table is not None:
        resource = f"arn:{partition_of(region)[0]}:dynamodb:{region}:{ACCOUNT}:table/{table}"
        fields[field] = [{"reason": reason, "resource": resource}]
    return v.AwsError(code, message, fields=fields)


def cancelled(count: int, codes: Mapping[int, str]) -> v.AwsError:
    """TransactionCanceledException with ``codes`` by position, the other Gets ``None``."""
    reasons: list[dict[str, str]] = [{"Code": v.TRANSACT_NO_REASON}] * count
    for position, code in codes.items():
        reasons[position] = {"Code": code, "Message": CANCELLATION_CODES[code]}
    listed = ", ".join(r["Code"] for r in reasons)
    return v.AwsError(
        v.TRANSACTION_CANCELED,
        v.TRANSACT_CANCELED.format(codes=listed),
        fields={"CancellationReasons": reasons},
    )


def server_error(error: str) -> v.AwsError | Exception:
    if error in SERVER_ERRORS:
        status, namespace, message = SERVER_ERRORS[error]
        return v.AwsError(error, message, status=status, namespace=namespace)
    url = "https://dynamodb.amazonaws.com/"
    raised: Exception
    if error == "ReadTimeout":
        raised = ReadTimeoutError(endpoint_url=url, error="Read timed out. (read timeout=60)")
    elif error == "ConnectTimeout":
        raised = ConnectTimeoutError(endpoint_url=url, error="timed out")
    else:
        raised = EndpointConnectionError(endpoint_url=url, error="Connection refused")
    return raised


def summary(answer: Answer) -> str:
    if isinstance(answer, Held):
        return f"UnprocessedKeys ({len(answer)} keys)"
    if isinstance(answer, v.AwsError):
        return f"{answer.code} ({answer.status})"
    return type(answer).__name__
