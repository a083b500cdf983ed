"""The arguments of the fault methods and markers, checked when a fault is declared: a bad
value is a DynaFakeError naming the method, the argument, the value and what it accepts, never a
TypeError inside the code under test."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from numbers import Real
from typing import Any

from ._errors import DynaFakeError
from ._fault_answers import (
    CANCELLATION_CODES,
    CONDITION_FAILED,
    NETWORK_ERRORS,
    SERVER_ERRORS,
    THROTTLE_ERRORS,
    TRANSACTION_ERRORS,
)
from ._faults import SCRIPT_OUTCOMES, Kind
from ._ops import REGISTRY, accepting, not_served, paged
from ._wire import to_wire

CHOICES: dict[Kind, tuple[str, Sequence[str]]] = {
    "throttle": ("error", tuple(THROTTLE_ERRORS)),
    "conflict": ("code", tuple(CANCELLATION_CODES)),
    "fail": ("error", (*SERVER_ERRORS, *NETWORK_ERRORS, *TRANSACTION_ERRORS)),
}
# Answers only some operations give: the choice -> (whether ``operation`` gives it, why not).
ONLY: dict[str, tuple[Callable[[str], bool], str]] = {
    CONDITION_FAILED: (
        lambda operation: "condition_fails" in REGISTRY[operation].faults,
        "whose actions have no condition",
    ),
    **{
        error: (
            lambda operation: (
                REGISTRY[operation].partial == "cancel" and REGISTRY[operation].writes
            ),
            "which has no ClientRequestToken (only a write transaction's retry can find its "
            "transaction still in progress)",
        )
        for error in TRANSACTION_ERRORS
    },
}
# Why a kind applies only to the operations whose registry entry lists it ({operations}).
WHY_ONLY = {
    "unprocessed": "only {operations} can leave requests unprocessed",
    "conflict": "only transactions are cancelled with CancellationReasons",
    "condition_fails": "only {operations} can fail a condition",
    "short_page": "only {operations} return pages with a LastEvaluatedKey",
    "empty_page": "only {operations} return pages with a LastEvaluatedKey",
}
EXAMPLE_KEY = "{'user_id': 'u1'}"


def check_arguments(where: str, kind: Kind, arguments: Mapping[str, Any]) -> None:
    """Every argument of a fault declaration; ``where`` names the method or the marker."""

    # Page faults take no key (their markers bind no key argument).
    arguments = {"key": None, "keys": None, **arguments}

    def fail(name: str, problem: str) -> DynaFakeError:
        return DynaFakeError(f"{where}: {name}={arguments[name]!r} {problem}")

    operation = arguments["operation"]
    if not isinstance(operation, str) or operation not in REGISTRY:
        raise fail("operation", not_served(operation))
    if kind != "script" and kind not in REGISTRY[operation].faults:
        raise fail("operation", f"is not one {kind} applies to: {why_only(kind)}")
    if kind in CHOICES:
        name, choices = CHOICES[kind]
        choices = [c for c in choices if c not in ONLY or ONLY[c][0](operation)]
        chosen = arguments[name]
        if isinstance(chosen, str) and chosen in ONLY and chosen not in choices:
            raise fail(
                name,
                f"does not apply to {operation}, {ONLY[chosen][1]}; use one of "
                f"{', '.join(choices)}",
            )
        if not isinstance(arguments[name], str) or arguments[name] not in choices:
            raise fail(name, f"is not known; use one of {', '.join(choices)}")
    if kind == "script":
        _check_outcomes(where, operation, arguments["outcomes"])
    table = arguments["table"]
    if table is not None and (not isinstance(table, str) or not table):
        raise fail("table", "is not a table name; give the table's name, or None (every table)")
    _check_pages(where, kind, fail, arguments)
    if arguments["key"] is not None and arguments["keys"] is not None:
        raise DynaFakeError(f"{where}: give key= (one key) or keys= (several), not both")
    if arguments["key"] is not None:
        _check_key(where, "key", arguments["key"])
    keys = arguments["keys"]
    if keys is not None:
        if isinstance(keys, str | bytes | Mapping) or not isinstance(keys, Sequence):
            raise fail("keys", f"is not a list of keys; give a list such as [{EXAMPLE_KEY}]")
        if not keys:
            raise fail("keys", "holds no key; leave keys= out to match every key")
        for index, key in enumerate(keys):
            _check_key(where, f"keys[{index}]", key)
    if arguments["attempt"] is not None and not _whole(arguments["attempt"], 1):
        raise fail(
            "attempt",
            "is not an attempt number; give an int of at least 1 (botocore's first try is "
            "attempt 1, the first retry 2), or None (every attempt)",
        )
    _check_schedule(fail, arguments)
    if not isinstance(arguments["is_optional"], bool):
        raise fail("is_optional", "is not True or False")


def _check_pages(
    where: str,
    kind: Kind,
    fail: Callable[[str, str], DynaFakeError],
    arguments: Mapping[str, Any],
) -> None:
    """The targeting of paginated reads: ``index``, ``page`` (and ``items``), and no keys; and
    ``index`` on a write (a throttle by a global secondary index's back-pressure)."""
    operation = arguments["operation"]
    is_paged = REGISTRY[operation].paged
    index, page = arguments.get("index"), arguments.get("page")
    if index is not None:
        if not isinstance(index, str) or not index:
            raise fail(
                "index",
                "is not an index name; give an IndexName, or None (the table and its indexes)",
            )
        writes = REGISTRY[operation].writes
        if writes and kind != "throttle":
            raise fail(
                "index",
                f"does not apply to a {kind} of {operation}: a write takes "
                "index= only in throttle(), for the back-pressure of a global secondary index",
            )
        if not is_paged and not writes:
            raise fail("index", f"does not apply to {operation}: only {paged()} read an index")
    if page is not None:
        if not _whole(page, 1):
            raise fail(
                "page",
                "is not a page number; give an int of at least 1 (the request without "
                "ExclusiveStartKey is page 1), or None (every page)",
            )
        if not is_paged:
            raise fail("page", f"does not apply to {operation}: only {paged()} return pages")
    if "items" in arguments and not _whole(arguments["items"], 1):
        raise fail("items", "is not a number of items; give an int of at least 1")
    if is_paged and (arguments["key"] is not None or arguments["keys"] is not None):
        name = "key" if arguments["key"] is not None else "keys"
        raise DynaFakeError(
            f"{where}: {name}= does not apply to {operation}, which reads a range of items, "
            "not keys; target the table (table=), the index (index=) or the page (page=)"
        )


def _check_schedule(
    fail: Callable[[str, str], DynaFakeError], arguments: Mapping[str, Any]
) -> None:
    times = arguments.get("times")
    if times is not None and not _whole(times, 1):
        raise fail(
            "times",
            "is not a number of times; give an int of at least 1, or None (every matching call)",
        )
    if not _whole(arguments["after"], 0):
        raise fail("after", "is not a number of calls; give an int of 0 or more")
    probability = arguments.get("probability")
    if probability is not None and not _share(probability):
        raise fail("probability", "is not a probability; give a number above 0 and at most 1")
    last, share = arguments.get("last"), arguments.get("share")
    if last is not None and not _whole(last, 1):
        raise fail("last", "is not a number of keys; give an int of at least 1, or None")
    if share is not None and not _share(share):
        raise fail("share", "is not a share of the keys; give a number above 0 and at most 1")
    if last is not None and share is not None:
        raise fail("share", "and last= are both given; give one: each chooses the keys to hold")
    seed = arguments.get("seed")
    if seed is not None:
        if not isinstance(seed, int) or isinstance(seed, bool):
            raise fail("seed", "is not a seed; give an int, or None (one is drawn and printed)")
        if probability is None and share is None:
            raise fail(
                "seed", "has nothing to seed: give probability= (or share=, for unprocessed)"
            )
    during = arguments.get("during")
    if during is not None and not (
        isinstance(during, tuple | list)
        and len(during) == 2
        and all(_number(bound) for bound in during)
        and during[0] < during[1]
    ):
        raise fail(
            "during",
            "is not a window of simulated time; give (start, end) in seconds since the fake "
            "started, with start < end, or None (always)",
        )


def _check_outcomes(where: str, operation: str, outcomes: Any) -> None:
    if isinstance(outcomes, str | bytes | Mapping) or not isinstance(outcomes, Sequence):
        raise DynaFakeError(
            f"{where}: outcomes={outcomes!r} is not a list of outcomes; give a list such as "
            "['throttle', 'ok']"
        )
    if not outcomes:
        raise DynaFakeError(f"{where}: outcomes=[] is empty; give at least one outcome")
    for index, outcome in enumerate(outcomes):
        if not isinstance(outcome, str) or outcome not in SCRIPT_OUTCOMES:
            raise DynaFakeError(
                f"{where}: outcomes[{index}]={outcome!r} is not known; use one of "
                f"{', '.join(SCRIPT_OUTCOMES)}"
            )
        answered = SCRIPT_OUTCOMES[outcome]
        if answered is not None and answered[0] not in REGISTRY[operation].faults:
            kind = answered[0]
            raise DynaFakeError(
                f"{where}: outcomes[{index}]={outcome!r} applies to {accepting(kind)}, not "
                f"{operation!r}: {why_only(kind)}"
            )
        if outcome in ONLY and not ONLY[outcome][0](operation):
            raise DynaFakeError(
                f"{where}: outcomes[{index}]={outcome!r} does not apply to {operation}, "
                f"{ONLY[outcome][1]}"
            )


def why_only(kind: str) -> str:
    """Why a fault kind applies to the operations it does."""
    why = WHY_ONLY.get(kind, "only {operations} accept it")
    return why.format(operations=accepting(kind))


def _check_key(where: str, name: str, key: Any) -> None:
    if not isinstance(key, Mapping) or not key:
        raise DynaFakeError(
            f"{where}: {name}={key!r} is not a key; give a mapping of the key attributes to "
            f"plain values, such as {EXAMPLE_KEY}"
        )
    for attribute, value in key.items():
        if not isinstance(attribute, str):
            raise DynaFakeError(
                f"{where}: {name}={key!r}: attribute name {attribute!r} is not a string"
            )
        problem = _key_value_problem(value)
        if problem:
            raise DynaFakeError(f"{where}: {name}={key!r}: attribute {attribute!r}: {problem}")


def _key_value_problem(value: object) -> str:
    try:
        to_wire(value)
    except (TypeError, ValueError) as error:
        return str(error)  # a float, a number out of range...
    plain = isinstance(value, str | int | Decimal | bytes | bytearray)
    # boto3.dynamodb.types.Binary is bytes too.
    if (isinstance(value, bool) or not plain) and type(value).__name__ != "Binary":
        problem = (
            f"{value!r} is not a key value: a key is a string, a number (int or Decimal) or bytes"
        )
        if isinstance(value, Mapping) and len(value) == 1:
            ((kind, raw),) = value.items()
            if kind in ("S", "N") and isinstance(raw, str):  # copied from a request's Key
                meant = raw if kind == "S" else _plain_number(raw)
                if meant is not None:
                    hint = f"Fault keys are plain values, not DynamoDB JSON: give {meant!r}"
                    problem += f". {hint}"
        return problem
    return ""


def _plain_number(text: str) -> int | Decimal | None:
    """``text`` as the plain number a fault key takes (an int when whole), or None."""
    try:
        number = Decimal(text)
    except ArithmeticError:
        return None
    if not number.is_finite():
        return None
    return int(number) if number == number.to_integral_value() else number


def _whole(value: object, least: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= least


def _number(value: object) -> bool:
    return isinstance(value, Real | Decimal) and not isinstance(value, bool)


def _share(value: object) -> bool:
    return _number(value) and 0 < value <= 1  # type: ignore[operator]
