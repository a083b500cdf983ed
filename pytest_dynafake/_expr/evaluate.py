"""Evaluating a checked condition tree against an item, with DynamoDB's semantics.

:func:`compile_condition` turns a tree (names and values already checked) into a
``matches(item) -> bool``. A comparison across types is false, not an error; ``<>`` is true
when the sides differ, a missing attribute included; ``size`` of S counts UTF-16 code units
(DynamoDB Local), of B bytes, of sets, L and M members.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from .._wire import AttributeValue, Item
from .conditions import Node
from .lexer import utf16_length
from .order import sort_key
from .paths import read, resolve

Matcher = Callable[[Item], bool]
Operand = Callable[[Item], "AttributeValue | None"]


def compile_condition(
    node: Node, names: Mapping[str, str], values: Mapping[str, AttributeValue]
) -> Matcher:
    """A predicate for the condition ``node``."""
    kind = node.kind
    if kind == "and":
        left, right = (compile_condition(a, names, values) for a in node.args)
        return lambda item: left(item) and right(item)
    if kind == "or":
        left, right = (compile_condition(a, names, values) for a in node.args)
        return lambda item: left(item) or right(item)
    if kind == "not":
        inner = compile_condition(node.args[0], names, values)
        return lambda item: not inner(item)
    operands = [_operand(a, names, values) for a in node.args]
    if kind == "compare":
        left, right = node.args
        if left.kind != "value" and right.kind == "value":
            return _against_constant(operands[0], node.name, values[right.name])
        if left.kind == "value" and right.kind != "value":
            flipped = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}.get(node.name, node.name)
            return _against_constant(operands[1], flipped, values[left.name])
        test = _COMPARE[node.name]
        left_op, right_op = operands
        return lambda item: test(left_op(item), right_op(item))
    if kind == "between":
        x_op, low_op, high_op = operands
        return lambda item: _between(x_op(item), low_op(item), high_op(item))
    if kind == "in":
        x_op, *choices = operands
        return lambda item: _in(x_op(item), [choice(item) for choice in choices])
    function = _FUNCTIONS[node.name]
    if len(operands) == 1:
        (only,) = operands
        return lambda item: function(only(item))
    first, second = operands
    return lambda item: function(first(item), second(item))


def _against_constant(operand: Operand, comparator: str, constant: AttributeValue) -> Matcher:
    """``operand <comparator> constant``, the common case, with the constant's work done once.
    Values are canonical (numbers, base64), so scalars compare equal as text."""
    ((kind, wire),) = constant.items()
    if comparator in ("=", "<>"):
        if kind in ("S", "N", "B", "BOOL", "NULL"):

            def same(item: Item) -> bool:
                value = operand(item)
                return value is not None and value.get(kind) == wire

        else:

            def same(item: Item) -> bool:
                return equal(operand(item), constant)

        if comparator == "=":
            return same
        return lambda item: not same(item)
    bound = sort_key(kind, wire)
    test = _ORDERED[comparator]

    def ordered(item: Item) -> bool:
        value = operand(item)
        if value is None:
            return False
        inner = value.get(kind)
        return inner is not None and test(sort_key(kind, inner), bound)

    return ordered


_ORDERED: dict[str, Callable[[Any, Any], bool]] = {
    "<": lambda a, b: bool(a < b),
    "<=": lambda a, b: bool(a <= b),
    ">": lambda a, b: bool(a > b),
    ">=": lambda a, b: bool(a >= b),
}


def _operand(node: Node, names: Mapping[str, str], values: Mapping[str, AttributeValue]) -> Operand:
    if node.kind == "value":
        constant = values[node.name]
        return lambda item: constant
    if node.kind == "path":
        path = resolve(node.args, names)
        if len(path) == 1:
            name = str(path[0])
            return lambda item: item.get(name)
        return lambda item: read(item, path)
    inner = _operand(node.args[0], names, values)  # size()
    return lambda item: _size(inner(item))


def _size(value: AttributeValue | None) -> AttributeValue | None:
    if value is None:
        return None
    ((kind, wire),) = value.items()
    if kind == "S":
        return {"N": str(utf16_length(wire))}
    if kind == "B":
        return {"N": str(len(base64.b64decode(wire)))}
    if kind in ("SS", "NS", "BS", "L", "M"):
        return {"N": str(len(wire))}
    return None


def equal(one: AttributeValue | None, two: AttributeValue | None) -> bool:
    """DynamoDB's equality of two values: numbers by value, sets as sets."""
    if one is None or two is None:
        return False
    ((kind, a),) = one.items()
    ((other, b),) = two.items()
    if kind != other:
        return False
    if kind == "N":
        return a == b or Decimal(a) == Decimal(b)
    if kind == "B":
        return a == b or base64.b64decode(a) == base64.b64decode(b)
    if kind == "NS":
        return {Decimal(x) for x in a} == {Decimal(x) for x in b}
    if kind == "BS":
        return {base64.b64decode(x) for x in a} == {base64.b64decode(x) for x in b}
    if kind == "SS":
        return set(a) == set(b)
    if kind == "L":
        return len(a) == len(b) and all(equal(x, y) for x, y in zip(a, b, strict=True))
    if kind == "M":
        return a.keys() == b.keys() and all(equal(a[k], b[k]) for k in a)
    return bool(a == b)


def _ordered(one: AttributeValue | None, two: AttributeValue | None) -> tuple[Any, Any] | None:
    """Sort keys of two scalars of one type (N, S or B), else ``None``."""
    if one is None or two is None:
        return None
    ((kind, a),) = one.items()
    ((other, b),) = two.items()
    if kind != other or kind not in ("N", "S", "B"):
        return None
    return sort_key(kind, a), sort_key(kind, b)


def _lt(one: AttributeValue | None, two: AttributeValue | None) -> bool:
    keys = _ordered(one, two)
    return keys is not None and keys[0] < keys[1]


def _le(one: AttributeValue | None, two: AttributeValue | None) -> bool:
    keys = _ordered(one, two)
    return keys is not None and keys[0] <= keys[1]


_COMPARE: dict[str, Callable[[AttributeValue | None, AttributeValue | None], bool]] = {
    "=": equal,
    "<>": lambda a, b: not equal(a, b),
    "<": _lt,
    "<=": _le,
    ">": lambda a, b: _lt(b, a),
    ">=": lambda a, b: _le(b, a),
}


def _between(
    x: AttributeValue | None, low: AttributeValue | None, high: AttributeValue | None
) -> bool:
    return _le(low, x) and _le(x, high)


def _in(x: AttributeValue | None, choices: list[AttributeValue | None]) -> bool:
    return any(equal(x, choice) for choice in choices)


def _exists(value: AttributeValue | None) -> bool:
    return value is not None


def _not_exists(value: AttributeValue | None) -> bool:
    return value is None


def _type_is(value: AttributeValue | None, wanted: AttributeValue | None) -> bool:
    return value is not None and wanted is not None and next(iter(value)) == wanted.get("S")


def begins_with(value: AttributeValue | None, prefix: AttributeValue | None) -> bool:
    if value is None or prefix is None:
        return False
    ((kind, a),) = value.items()
    ((other, b),) = prefix.items()
    if kind != other:
        return False
    if kind == "S":
        return bool(a.startswith(b))
    if kind == "B":
        return base64.b64decode(a).startswith(base64.b64decode(b))
    return False


def _contains(value: AttributeValue | None, member: AttributeValue | None) -> bool:
    if value is None or member is None:
        return False
    ((kind, a),) = value.items()
    ((other, b),) = member.items()
    if kind == "S":
        return other == "S" and b in a
    if kind == "B":
        return other == "B" and base64.b64decode(b) in base64.b64decode(a)
    if kind in ("SS", "NS", "BS"):
        return other == kind[0] and any(equal({other: x}, member) for x in a)
    if kind == "L":
        return any(equal(x, member) for x in a)
    return False


_FUNCTIONS: dict[str, Callable[..., bool]] = {
    "attribute_exists": _exists,
    "attribute_not_exists": _not_exists,
    "attribute_type": _type_is,
    "begins_with": begins_with,
    "contains": _contains,
}
