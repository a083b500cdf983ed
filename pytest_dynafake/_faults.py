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
from ._errors import DynaFakeError
from ._ops import Plan, Target
from ._partitions import partition_of
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


class Held(tuple[int, ...]):
    """Positions of a BatchGetItem to return in UnprocessedKeys."""


class Firing(NamedTuple):
    """A fault firing on one call: the positions it concerns and what it answers."""

    positions: list[int]
    kind: Kind
    options: Mapping[str, Any]


Answer = Held | v.AwsError | Exception


class Fault:
    """A declared fault, returned by the ``dynafake`` fault methods. It tells whether and how
    often it fired, and what it answered. Not built directly."""

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
        self.operation = operation
        self.table = table
        self.keys = list(keys or ())
        self.attempt = attempt
        self.times = times
        self.after = after
        self.probability = probability
        self.seed = random.randrange(2**32) if seed is None and probability else seed
        self.during = during
        self.is_optional = is_optional
        self.options = dict(options)
        self.matched = 0
        self.call_count = 0
        self.answers: list[str] = []
        self.fired_kinds: set[Kind] = set()
        self._random = random.Random(self.seed)
        self._key_cache: dict[str, frozenset[LookupKey]] = {}
        self._lock = threading.Lock()

    @property
    def triggered(self) -> bool:
        """Whether the fault has fired at least once."""
        return self.call_count > 0

    def describe(self) -> str:
        where = f" on table {self.table!r}" if self.table else ""
        keys = f" for keys {self.keys!r}" if self.keys else ""
        if self.kind == "script":
            times = f"outcomes={list(self.options['outcomes'])!r}"
        else:
            times = "always" if self.times is None else f"times={self.times}"
        return f"{self.kind} {self.operation}{where}{keys} ({times}, fired {self.call_count} times)"

    def __repr__(self) -> str:
        return f"<Fault {self.describe()}>"

    # -- matching and schedule --------------------------------------------------------------
    def fire(
        self,
        operation: str,
        attempt: int | None,
        targets: Sequence[Target],
        elapsed: float,
        *,
        allowed: bool = True,
    ) -> Firing | None:
        """How the fault answers this call if it fires now, else None. A matching call is
        counted (for ``after``) even when an earlier fault answers it (``allowed`` false)."""
        if operation != self.operation or (self.attempt is not None and attempt != self.attempt):
            return None
        positions = [n for n, target in enumerate(targets) if self._matches(target)]
        if not positions and (self.table is not None or self.keys or targets):
            return None
        with self._lock:
            self.matched += 1
            if not allowed or self.matched <= self.after:
                return None
            if self.kind == "script":
                return self._script(positions)
            if self.times is not None and self.call_count >= self.times:
                return None
            if self.during is not None and not self.during[0] <= elapsed < self.during[1]:
                return None
            if self.probability is not None and self._random.random() >= self.probability:
                return None
            self.call_count += 1
        return Firing(positions, self.kind, self.options)

    def _script(self, positions: list[int]) -> Firing | None:
        outcomes = self.options["outcomes"]
        index = self.matched - self.after - 1
        outcome = SCRIPT_OUTCOMES[outcomes[index]] if index < len(outcomes) else None
        if outcome is None:
            return None
        self.call_count += 1
        return Firing(positions, *outcome)

    def _matches(self, target: Target) -> bool:
        if self.table is not None and self.table not in (target.name, target.table.name):
            return False
        return not self.keys or target.key in self._lookup_keys(target.table)

    def _lookup_keys(self, table: Table) -> frozenset[LookupKey]:
        cached = self._key_cache.get(table.name)
        if cached is None:
            found = set()
            for key in self.keys:
                if set(key) != {a.name for a in table.key_attributes}:
                    continue  # another table's key
                try:
                    found.add(table.key_of_item({n: to_wire(value) for n, value in key.items()}))
                except (KeyError, TypeError, v.AwsError):
                    raise DynaFakeError(
                        f"fault {self.describe()}: key {key!r} does not fit table "
                        f"{table.name!r}, whose key is {[a[:] for a in table.key_attributes]!r}"
                    ) from None
            cached = self._key_cache[table.name] = frozenset(found)
        return cached

    # -- answers ---------------------------------------------------------------------------
    def answer(self, plan: Plan, firing: Firing, region: str) -> Answer:
        """What DynamoDB answers when this fault fires on ``plan``."""
        targets = plan.targets
        positions, kind, options = firing
        self.fired_kinds.add(kind)
        if kind == "unprocessed":
            answer: Answer = Held(self._choose(positions, options))
        elif (
            kind == "throttle"
            and self.operation == "BatchGetItem"
            and len(positions) < len(targets)
        ):
            # Some keys throttled: the call succeeds and returns them unprocessed.
            answer = Held(positions)
        elif kind == "throttle":
            table = targets[positions[0]].table.name if positions else None
            answer = throttle_error(options["error"], table, region)
        elif kind == "conflict":
            answer = cancelled(len(targets), positions, options["code"])
        else:
            answer = server_error(options["error"])
        self.answers.append(_summary(answer))
        return answer

    def _choose(self, positions: list[int], options: Mapping[str, Any]) -> list[int]:
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


def cancelled(count: int, positions: Sequence[int], code: str) -> v.AwsError:
    reasons: list[dict[str, str]] = [{"Code": v.TRANSACT_NO_REASON}] * count
    for position in positions:
        reasons[position] = {"Code": code, "Message": CANCELLATION_CODES[code]}
    codes = ", ".join(r["Code"] for r in reasons)
    return v.AwsError(
        v.TRANSACTION_CANCELED,
        v.TRANSACT_CANCELED.format(codes=codes),
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


def _summary(answer: Answer) -> str:
    if isinstance(answer, Held):
        return f"UnprocessedKeys ({len(answer)} keys)"
    if isinstance(answer, v.AwsError):
        return f"{answer.code} ({answer.status})"
    return type(answer).__name__
