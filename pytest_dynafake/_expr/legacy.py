"""The legacy condition parameters: KeyConditions, QueryFilter, ScanFilter and
ConditionalOperator, validated as DynamoDB does and converted to the structures the
expressions give (a :class:`~.key_conditions.KeyCondition`, a :class:`~.request.Filter`).

``conditions(mapping)`` validates a map of ``{attribute: {ComparisonOperator,
AttributeValueList}}`` (values, argument counts, types, BETWEEN order: dynalite's
live-checked order) and returns its terms; :func:`filter_matcher` builds the predicate.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .. import _validation as v
from .._numbers import NumberError
from .._wire import AttributeValue, Item, WireError, canonical_wire
from . import messages as m
from .evaluate import _contains, begins_with, equal
from .key_conditions import KeyCondition, Term
from .order import sort_key

OPERATORS = (
    "IN",
    "NULL",
    "BETWEEN",
    "LT",
    "NOT_CONTAINS",
    "EQ",
    "GT",
    "NOT_NULL",
    "NE",
    "LE",
    "BEGINS_WITH",
    "GE",
    "CONTAINS",
)
# Number of values each operator takes: an int, or (minimum, no maximum) for IN.
_ARITY: dict[str, int | tuple[int]] = {
    "NULL": 0,
    "NOT_NULL": 0,
    "EQ": 1,
    "NE": 1,
    "LE": 1,
    "LT": 1,
    "GE": 1,
    "GT": 1,
    "CONTAINS": 1,
    "NOT_CONTAINS": 1,
    "BEGINS_WITH": 1,
    "IN": (1,),
    "BETWEEN": 2,
}
# The types each operator accepts; EQ and NE take any ("supported for all data types,
# including lists and maps": API reference, Condition; DynamoDB Local agrees).
_TYPES = {
    "LE": ("S", "N", "B"),
    "LT": ("S", "N", "B"),
    "GE": ("S", "N", "B"),
    "GT": ("S", "N", "B"),
    # A list may hold a boolean or a null (DynamoDB Local; dynalite's live tests refuse only
    # sets, maps and lists here).
    "CONTAINS": ("S", "N", "B", "BOOL", "NULL"),
    "NOT_CONTAINS": ("S", "N", "B", "BOOL", "NULL"),
    "BEGINS_WITH": ("S", "B"),
    "IN": ("S", "N", "B"),
    "BETWEEN": ("S", "N", "B"),
}


def value_error(exc: WireError | NumberError) -> v.AwsError:
    from .._store import attribute_error

    return attribute_error(exc)


def conditions(mapping: Mapping[str, Any]) -> tuple[Term, ...]:
    """Validate a legacy conditions map; its terms in request order."""
    terms = []
    for name, condition in mapping.items():
        operator = condition.get("ComparisonOperator")
        raw_values = condition.get("AttributeValueList") or []
        values: list[AttributeValue] = []
        for raw in raw_values:
            try:
                values.append(canonical_wire(raw))
            except (WireError, NumberError) as exc:
                raise value_error(exc) from None
        arity = _ARITY[operator]
        if (isinstance(arity, int) and len(values) != arity) or (
            isinstance(arity, tuple) and len(values) < arity[0]
        ):
            raise v.invalid(m.LEGACY_ARGUMENT_COUNT.format(operator=operator))
        kinds = [next(iter(value)) for value in values]
        # Value by value: its type for the operator, then the first value's type (DynamoDB
        # Local 3.3.1: IN with S, SS names the SS; with S, N, SS the mixed types).
        allowed = _TYPES.get(operator)
        for kind in kinds:
            if allowed is not None and kind not in allowed:
                raise v.invalid(m.LEGACY_OPERATOR_TYPE.format(operator=operator, type=kind))
            if kind != kinds[0]:
                raise v.invalid(m.LEGACY_MIXED_TYPES)
        if operator == "BETWEEN":
            low, high = values
            if sort_key(kinds[0], low[kinds[0]]) > sort_key(kinds[0], high[kinds[0]]):
                raise v.invalid(m.LEGACY_BETWEEN_ORDER)
        terms.append(Term(name, operator, tuple(values)))
    return tuple(terms)


def key_condition(mapping: Mapping[str, Any]) -> KeyCondition:
    return KeyCondition(conditions(mapping))


def _test(term: Term) -> Callable[[AttributeValue | None], bool]:
    operator, values = term.operator, term.values
    first = values[0] if values else None
    if operator == "EQ":
        return lambda x: equal(x, first)
    if operator == "NE":
        return lambda x: not equal(x, first)
    if operator == "NULL":
        return lambda x: x is None
    if operator == "NOT_NULL":
        return lambda x: x is not None
    if operator == "IN":
        return lambda x: any(equal(x, value) for value in values)
    if operator == "CONTAINS":
        return lambda x: _contains(x, first)
    if operator == "NOT_CONTAINS":
        return lambda x: x is not None and not _contains(x, first)
    if operator == "BEGINS_WITH":
        return lambda x: begins_with(x, first)
    bounds = [(kind, sort_key(kind, wire)) for value in values for kind, wire in value.items()]

    def ordered(x: AttributeValue | None) -> bool:
        if x is None:
            return False
        ((kind, wire),) = x.items()
        if kind != bounds[0][0]:
            return False
        key = sort_key(kind, wire)
        low = bounds[0][1]
        if operator == "BETWEEN":
            return bool(low <= key <= bounds[1][1])
        return bool(
            {"LT": key < low, "LE": key <= low, "GT": key > low, "GE": key >= low}[operator]
        )

    return ordered


def filter_matcher(terms: tuple[Term, ...], conditional_operator: str) -> Callable[[Item], bool]:
    """A predicate for QueryFilter/ScanFilter terms joined by ConditionalOperator."""
    tests = [(term.name, _test(term)) for term in terms]
    if conditional_operator == "OR":
        return lambda item: any(test(item.get(name)) for name, test in tests)
    return lambda item: all(test(item.get(name)) for name, test in tests)
