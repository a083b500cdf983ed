"""KeyConditionExpression (and legacy KeyConditions): the checks made before the table is
known, and binding to the key schema of a table or index.

API:
- :class:`KeyCondition`: ``terms``, one :class:`Term` ``(name, operator, values)`` per key
  attribute named, operator one of EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH (legacy
  KeyConditions may also carry NE, NULL, NOT_NULL, CONTAINS, NOT_CONTAINS, IN, refused by
  :func:`bind`).
- :func:`from_tree` converts a checked KeyConditionExpression tree (``_expr.request`` does it).
- :func:`bind(key_condition, hash_attrs, range_attrs) <bind>` -> ``(hash_values,
  sort_condition)``: ``hash_attrs``/``range_attrs`` are the schema's ``(name, type)`` pairs in
  key order (a table: one HASH and at most one RANGE; a GSI: up to four of each);
  ``hash_values`` holds the partition values in that order; ``sort_condition`` is a
  :class:`SortCondition` or ``None`` (the whole partition). Raises the service's errors.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .. import _validation as v
from .._messages_range import INDEX_KEY_EMPTY
from .._store.keys import RANGE_KEY_LIMIT
from .._wire import AttributeValue
from . import messages as m
from .conditions import Node
from .evaluate import begins_with
from .order import sort_key
from .paths import resolve

_FLIPPED = {"=": "EQ", "<": "GT", "<=": "GE", ">": "LT", ">=": "LE"}
_OPERATORS = {"=": "EQ", "<": "LT", "<=": "LE", ">": "GT", ">=": "GE"}
RANGE_OPERATORS = ("LT", "LE", "GT", "GE", "BETWEEN", "BEGINS_WITH")
_INDEXABLE = ("EQ", *RANGE_OPERATORS)
# Legacy operators reported as "not an indexable operation" after the structure checks.
_NOT_INDEXABLE = ("NE", "NULL", "NOT_NULL", "CONTAINS", "NOT_CONTAINS", "IN")


@dataclass(frozen=True)
class Term:
    name: str
    operator: str
    values: tuple[AttributeValue, ...]


@dataclass(frozen=True)
class KeyCondition:
    """The terms of a key condition. ``nested`` names the first attribute written as a nested
    path (``pk.a``, ``pk[0]``): refused by :func:`bind`, whose message depends on whether it
    is a key attribute."""

    terms: tuple[Term, ...]
    nested: str | None = None


@dataclass(frozen=True)
class SortCondition:
    """What a Query asks of the sort key attribute(s): ``equals`` gives the leading sort
    attributes compared with ``=`` (in key order); then ``operator`` (LT, LE, GT, GE, BETWEEN,
    BEGINS_WITH, or ``None``) applies to the next sort attribute with ``bounds`` (one value,
    two for BETWEEN). A table's ``sk = :v`` is ``equals=(v,), operator=None``."""

    equals: tuple[AttributeValue, ...]
    operator: str | None = None
    bounds: tuple[AttributeValue, ...] = ()

    def matches(self, sort_values: Sequence[AttributeValue | None]) -> bool:
        """Whether an item with these sort attribute values (key order) is in range."""
        from .evaluate import equal

        for wanted, value in zip(self.equals, sort_values, strict=False):
            if not equal(wanted, value):
                return False
        if self.operator is None:
            return True
        value = sort_values[len(self.equals)]
        if value is None:
            return False
        if self.operator == "BEGINS_WITH":
            return begins_with(value, self.bounds[0])
        ((kind, wire),) = value.items()
        key = sort_key(kind, wire)
        low = sort_key(kind, next(iter(self.bounds[0].values())))
        if self.operator == "BETWEEN":
            high = sort_key(kind, next(iter(self.bounds[1].values())))
            return bool(low <= key <= high)
        return bool(
            {"LT": key < low, "LE": key <= low, "GT": key > low, "GE": key >= low}[self.operator]
        )


def from_tree(
    tree: Node, names: Mapping[str, str], values: Mapping[str, AttributeValue]
) -> KeyCondition:
    """The terms of a checked KeyConditionExpression, with the checks DynamoDB makes before it
    looks at the table (dynalite's live-checked order)."""
    terms: dict[str, Term] = {}
    try:
        _collect(tree, names, values, terms)
    except _Nested as nested:
        return KeyCondition(tuple(terms.values()), nested.args[0])
    return KeyCondition(tuple(terms.values()))


class _Nested(Exception):
    """A nested path in a key condition (its message needs the key schema)."""


def _collect(
    node: Node,
    names: Mapping[str, str],
    values: Mapping[str, AttributeValue],
    terms: dict[str, Term],
) -> None:
    kind = node.kind
    if kind in ("or", "not", "in") or (kind == "compare" and node.name == "<>"):
        raise v.invalid(m.KEY_INVALID_OPERATOR.format(operator=node.name.upper()))
    if kind == "call" and node.name in (
        "attribute_exists",
        "attribute_not_exists",
        "attribute_type",
        "contains",
    ):
        raise v.invalid(m.KEY_INVALID_OPERATOR.format(operator=node.name))
    if kind == "call" and node.name == "size":
        raise v.invalid(m.KEY_NESTED_OPERATION)
    if kind == "between" and node.args[0].kind != "path":
        raise v.invalid(m.KEY_FIRST_OPERAND.format(operator="BETWEEN"))
    if kind == "call" and node.name == "begins_with" and node.args[0].kind != "path":
        raise v.invalid(m.KEY_FIRST_OPERAND.format(operator="begins_with"))
    attribute: str | None = None
    position = 0
    for index, arg in enumerate(node.args):
        if arg.kind == "path":
            if attribute is not None:
                raise v.invalid(m.KEY_MULTIPLE_NAMES)
            if len(arg.args) > 1:
                raise _Nested(str(resolve(arg.args, names)[0]))
            attribute = str(resolve(arg.args, names)[0])
            position = index
        elif arg.kind != "value":
            _collect(arg, names, values, terms)
    if kind == "and":
        return
    if attribute is None:
        raise v.invalid(m.KEY_NO_ATTRIBUTE)
    if attribute in terms:
        raise v.invalid(m.KEY_ONE_PER_KEY)
    operands = tuple(values[a.name] for a in node.args if a.kind == "value")
    if kind == "compare":
        operator = (_FLIPPED if position else _OPERATORS)[node.name]
    else:
        operator = "BETWEEN" if kind == "between" else "BEGINS_WITH"
    terms[attribute] = Term(attribute, operator, operands)


Bound = tuple[tuple[AttributeValue, ...], "SortCondition | None"]
# Bindings of the (cached, shared) key conditions of recent requests: the entry keeps the key
# condition alive, so its id stays its own.
_BOUND: dict[tuple[Any, ...], tuple[KeyCondition, Bound]] = {}
_BOUND_SIZE = 512


def bind(
    key_condition: KeyCondition,
    hash_attrs: Sequence[tuple[str, str]],
    range_attrs: Sequence[tuple[str, str]],
    table_keys: Sequence[str] = (),
    index: str | None = None,
) -> Bound:
    """Bind to a key schema (see the module docstring). ``table_keys``: the table's key
    attribute names when binding to an index (a nested path into one is worded "Key:");
    ``index``: its name (an empty key value is worded with it)."""
    cache_key = (id(key_condition), tuple(hash_attrs), tuple(range_attrs), tuple(table_keys), index)
    hit = _BOUND.get(cache_key)
    if hit is not None and hit[0] is key_condition:
        return hit[1]
    bound = _bind(key_condition, hash_attrs, range_attrs, table_keys, index)
    if len(_BOUND) >= _BOUND_SIZE:
        _BOUND.pop(next(iter(_BOUND), ()), None)  # other threads may evict too
    _BOUND[cache_key] = (key_condition, bound)
    return bound


def _bind(
    key_condition: KeyCondition,
    hash_attrs: Sequence[tuple[str, str]],
    range_attrs: Sequence[tuple[str, str]],
    table_keys: Sequence[str],
    index: str | None,
) -> Bound:
    if key_condition.nested is not None:
        name = key_condition.nested
        if name in table_keys or (not table_keys and name in dict((*hash_attrs, *range_attrs))):
            raise v.invalid(v.PROJECTION_KEY_PATH.format(name=name))
        if name in dict((*hash_attrs, *range_attrs)):
            raise v.invalid(m.INDEX_KEY_SCALAR_ONLY.format(name=name))
        raise v.invalid(m.KEY_NESTED_ATTRIBUTE)
    terms = {term.name: term for term in key_condition.terms}
    if not terms:
        raise v.invalid(m.KEY_CONDITION_COUNT)
    if len(terms) == 2 and len(hash_attrs) == 1 and not range_attrs:
        # A partition key alone and a second attribute (Alternator's test_gsi.py
        # test_faux_range_key_in_keyconditions, AWS-run; DynamoDB Local 3.3.1 alike)
        raise v.invalid(m.KEY_NOT_SUPPORTED)
    if len(terms) > len(hash_attrs) + len(range_attrs):
        raise v.invalid(
            m.KEY_TOO_MANY_CONDITIONS.format(
                count=len(terms), keys=len(hash_attrs) + len(range_attrs)
            )
        )
    if len(hash_attrs) > 1 or len(range_attrs) > 1:
        # A multi-attribute key: the HASH attributes' values are checked before the RANGE
        # attributes' equality rule (DynamoDB Local 3.3.1, fuzzer)
        _check_multi(terms, hash_attrs, range_attrs)
        _check_values(terms, hash_attrs, index)
        _check_multi_range(terms, range_attrs)
        _check_values(terms, range_attrs, index)
    else:
        _check_single(terms, hash_attrs[0][0], range_attrs[0][0] if range_attrs else None)
        _check_values(terms, (*hash_attrs, *range_attrs), index)
    # The sort key values may hold 1024 bytes together (DynamoDB Local; a partition value over
    # 2048 bytes is accepted in a Query, as it is there).
    sizes = [
        max(_key_size(value) for value in terms[name].values)
        for name, _ in range_attrs
        if name in terms
    ]
    if sum(sizes) > RANGE_KEY_LIMIT:
        raise v.invalid(v.KEY_RANGE_TOO_LARGE)
    hash_values = tuple(terms[name].values[0] for name, _ in hash_attrs)
    equals: list[AttributeValue] = []
    for name, _ in range_attrs:
        term = terms.get(name)
        if term is None:
            break
        if term.operator != "EQ":
            return hash_values, SortCondition(tuple(equals), term.operator, term.values)
        equals.append(term.values[0])
    return hash_values, (SortCondition(tuple(equals)) if equals else None)


def _key_size(value: AttributeValue) -> int:
    ((kind, wire),) = value.items()
    if kind == "S":
        return len(wire.encode("utf-8", "surrogatepass"))
    if kind == "B":
        return len(base64.b64decode(wire))
    return 0


def _check_values(
    terms: dict[str, Term], attrs: Sequence[tuple[str, str]], index: str | None
) -> None:
    """Each key attribute's operator and operand values (type, not empty)."""
    for name, kind in attrs:
        term = terms.get(name)
        if term is None:
            continue
        if term.operator not in _INDEXABLE:
            raise v.invalid(m.KEY_NOT_INDEXABLE)
        if any(next(iter(value)) != kind for value in term.values):
            raise v.invalid(m.KEY_TYPE_MISMATCH)
        if any(not value[kind] for value in term.values):
            if index is not None:
                what = "string" if kind == "S" else "binary"
                raise v.invalid(INDEX_KEY_EMPTY.format(kind=what, index=index, name=name))
            empty = v.KEY_EMPTY_STRING if kind == "S" else v.KEY_EMPTY_BINARY
            raise v.invalid(empty.format(name=name))


def _check_single(terms: dict[str, Term], hash_name: str, range_name: str | None) -> None:
    count = len(terms)
    hash_term = terms.get(hash_name)
    if hash_term is None:
        raise v.invalid(m.KEY_MISSED_ELEMENT.format(name=hash_name))
    if hash_term.operator not in ("EQ", *_NOT_INDEXABLE):
        raise v.invalid(m.KEY_NOT_SUPPORTED)
    if count == 2 and range_name not in terms:
        raise v.invalid(m.KEY_MISSED_ELEMENT.format(name=range_name))


def _check_multi(
    terms: dict[str, Term],
    hash_attrs: Sequence[tuple[str, str]],
    range_attrs: Sequence[tuple[str, str]],
) -> None:
    key_names = [name for name, _ in (*hash_attrs, *range_attrs)]
    if any(name not in key_names for name in terms):
        # As for a table's key: the first key attribute the condition leaves out is named
        # (DynamoDB Local stops at "element").
        missed = next(name for name in key_names if name not in terms)
        raise v.invalid(m.KEY_MISSED_ELEMENT.format(name=missed))
    missing = [
        name
        for name, _ in hash_attrs
        if name not in terms or terms[name].operator not in ("EQ", *_NOT_INDEXABLE)
    ]
    if missing:
        raise v.invalid(m.KEY_HASH_NEEDS_EQUALITY.format(names=", ".join(missing)))


def _check_multi_range(terms: dict[str, Term], range_attrs: Sequence[tuple[str, str]]) -> None:
    conditioned = [index for index, (name, _) in enumerate(range_attrs) if name in terms]
    if conditioned:
        last = conditioned[-1]
        lacking = [
            name
            for name, _ in range_attrs[:last]
            if name not in terms or terms[name].operator != "EQ"
        ]
        if lacking:
            raise v.invalid(
                m.KEY_RANGE_NEEDS_EQUALITY.format(
                    names=", ".join(lacking), name=range_attrs[last][0]
                )
            )
