"""The fault methods of [`DynaFake`][pytest_dynafake.DynaFake]; each has a marker of the same
arguments (``@pytest.mark.dynafake_throttle(...)`` and so on).

Every method takes the same targeting and schedule arguments, documented once in
``docs/faults.md``: ``table``, ``key``/``keys`` (plain Python values), ``attempt`` (botocore's
attempt number), ``times`` (``None``: every matching call), ``after`` (skip that many matching
calls), ``probability`` with ``seed``, ``during`` (a window of simulated seconds since the fake
started) and ``is_optional`` (no teardown failure if it never fires).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ._errors import DynaFakeError
from ._faults import (
    CANCELLATION_CODES,
    NETWORK_ERRORS,
    SCRIPT_OUTCOMES,
    SERVER_ERRORS,
    THROTTLE_ERRORS,
    Fault,
    Kind,
)
from ._ops import OPERATIONS

Key = Mapping[str, Any]


class FaultMethods:
    """Declares faults on a fake. Mixed into [`DynaFake`][pytest_dynafake.DynaFake]."""

    _faults: list[Fault]

    def throttle(
        self,
        operation: str,
        *,
        error: str = "ProvisionedThroughputExceededException",
        table: str | None = None,
        key: Key | None = None,
        keys: Sequence[Key] | None = None,
        attempt: int | None = None,
        times: int | None = 1,
        after: int = 0,
        probability: float | None = None,
        seed: int | None = None,
        during: tuple[float, float] | None = None,
        is_optional: bool = False,
    ) -> Fault:
        """Throttle matching calls with ``error``: ProvisionedThroughputExceededException,
        ThrottlingException or RequestLimitExceeded, with ``ThrottlingReasons``. A
        BatchGetItem whose matching keys are only some of its keys succeeds and returns them
        in UnprocessedKeys, as DynamoDB does."""
        _check_choice("error", error, THROTTLE_ERRORS)
        return self._add_fault("throttle", operation, locals())

    def unprocessed(
        self,
        operation: str = "BatchGetItem",
        *,
        last: int | None = None,
        share: float | None = None,
        table: str | None = None,
        key: Key | None = None,
        keys: Sequence[Key] | None = None,
        attempt: int | None = None,
        times: int | None = 1,
        after: int = 0,
        probability: float | None = None,
        seed: int | None = None,
        during: tuple[float, float] | None = None,
        is_optional: bool = False,
    ) -> Fault:
        """Return matching BatchGetItem keys in UnprocessedKeys instead of reading them: all of
        them, the ``last`` n, or a ``share`` (0 to 1) picked by a seeded random."""
        if operation != "BatchGetItem":
            raise DynaFakeError(
                f"unprocessed() applies to BatchGetItem, not {operation!r}: only BatchGetItem "
                "returns UnprocessedKeys"
            )
        if last is not None and last < 1:
            raise DynaFakeError(f"last={last!r} must be at least 1")
        if share is not None and not 0 < share <= 1:
            raise DynaFakeError(f"share={share!r} must be above 0 and at most 1")
        return self._add_fault("unprocessed", operation, locals())

    def conflict(
        self,
        operation: str = "TransactGetItems",
        *,
        code: str = "TransactionConflict",
        table: str | None = None,
        key: Key | None = None,
        keys: Sequence[Key] | None = None,
        attempt: int | None = None,
        times: int | None = 1,
        after: int = 0,
        probability: float | None = None,
        seed: int | None = None,
        during: tuple[float, float] | None = None,
        is_optional: bool = False,
    ) -> Fault:
        """Cancel matching transactions with TransactionCanceledException: the matching Gets
        get ``code`` (TransactionConflict, ThrottlingError, ProvisionedThroughputExceeded or
        ValidationError) and DynamoDB's message for it, the others ``None``."""
        if operation != "TransactGetItems":
            raise DynaFakeError(
                f"conflict() applies to TransactGetItems, not {operation!r}: only transactions "
                "are cancelled with CancellationReasons"
            )
        _check_choice("code", code, CANCELLATION_CODES)
        return self._add_fault("conflict", operation, locals())

    def fail(
        self,
        operation: str,
        *,
        error: str = "InternalServerError",
        table: str | None = None,
        key: Key | None = None,
        keys: Sequence[Key] | None = None,
        attempt: int | None = None,
        times: int | None = 1,
        after: int = 0,
        probability: float | None = None,
        seed: int | None = None,
        during: tuple[float, float] | None = None,
        is_optional: bool = False,
    ) -> Fault:
        """Fail matching calls as the service or the network fails: InternalServerError
        (500), ServiceUnavailable (503), or ReadTimeout, ConnectTimeout and ConnectionError
        raised where botocore's transport raises them."""
        _check_choice("error", error, (*SERVER_ERRORS, *NETWORK_ERRORS))
        return self._add_fault("fail", operation, locals())

    def script(
        self,
        operation: str,
        outcomes: Sequence[str],
        *,
        table: str | None = None,
        key: Key | None = None,
        keys: Sequence[Key] | None = None,
        attempt: int | None = None,
        after: int = 0,
        is_optional: bool = False,
    ) -> Fault:
        """Answer matching calls with ``outcomes`` in turn, one per call, then let calls
        through: ``"ok"``, ``"throttle"`` (or an error name: ``"ThrottlingException"``,
        ``"InternalServerError"``, ``"ReadTimeout"``...), ``"unprocessed"``, ``"conflict"``."""
        for outcome in outcomes:
            _check_choice("outcome", outcome, SCRIPT_OUTCOMES)
            wanted = {"unprocessed": "BatchGetItem", "conflict": "TransactGetItems"}.get(outcome)
            if wanted is not None and operation != wanted:
                raise DynaFakeError(
                    f"script(): outcome {outcome!r} applies to {wanted}, not {operation!r}"
                )
        arguments = {**locals(), "times": None, "probability": None, "seed": None}
        arguments["outcomes"] = tuple(outcomes)
        return self._add_fault("script", operation, {**arguments, "during": None})

    def _add_fault(self, kind: Kind, operation: str, arguments: dict[str, Any]) -> Fault:
        if operation not in OPERATIONS:
            raise DynaFakeError(
                f"{kind}(): operation {operation!r} is not one the fake serves; use one of "
                f"{', '.join(sorted(OPERATIONS))}"
            )
        key, keys = arguments["key"], arguments["keys"]
        if key is not None and keys is not None:
            raise DynaFakeError(f"{kind}(): give key= (one key) or keys= (several), not both")
        times, after = arguments["times"], arguments["after"]
        if times is not None and times < 1:
            raise DynaFakeError(f"{kind}(): times={times!r} must be at least 1, or None (always)")
        if after < 0:
            raise DynaFakeError(f"{kind}(): after={after!r} must be 0 or more")
        probability = arguments["probability"]
        if probability is not None and not 0 < probability <= 1:
            raise DynaFakeError(f"{kind}(): probability={probability!r} must be above 0, at most 1")
        during = arguments["during"]
        if during is not None and not during[0] < during[1]:
            raise DynaFakeError(
                f"{kind}(): during={during!r} must be (start, end) with start < end"
            )
        fault = Fault(
            kind,
            operation,
            table=arguments["table"],
            keys=[key] if key is not None else keys,
            attempt=arguments["attempt"],
            times=times,
            after=after,
            probability=probability,
            seed=arguments["seed"],
            during=during,
            is_optional=arguments["is_optional"],
            options={
                n: arguments[n]
                for n in ("error", "code", "last", "share", "outcomes")
                if n in arguments
            },
        )
        self._faults.append(fault)
        return fault


def _check_choice(name: str, value: str, choices: Sequence[str] | Mapping[str, Any]) -> None:
    if value not in choices:
        raise DynaFakeError(f"{name}={value!r} is not known; use one of {', '.join(choices)}")
