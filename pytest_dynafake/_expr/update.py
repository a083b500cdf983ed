"""UpdateExpression: parsing, and the checks DynamoDB makes before it reads the item.

``parse(expression)`` gives the clauses as :class:`Action` tuples (cached per text) or raises
the empty, size or syntax error; :func:`check` makes the checks that need the request's
ExpressionAttributeNames and Values in DynamoDB's order (reserved words, unknown and
disallowed functions, a clause used twice, undefined names, undefined values, overlapping
and conflicting paths, operand types, function operands) and returns the resolved actions
that :class:`~.update_apply.Update` applies.

Grammar (clause words in any case)::

    update  := clause+                     each of SET, REMOVE, ADD, DELETE at most once
    clause  := SET set (, set)* | REMOVE path (, path)* | ADD path :v (, ...)*
             | DELETE path :v (, ...)*
    set     := path = value
    value   := operand | operand + operand | operand - operand | ( value )
    operand := ( operand ) | function(operand, ...) | :v | path
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from .. import _validation as v
from .._wire import AttributeValue
from . import messages as m
from . import messages_update as mu
from .conditions import FUNCTIONS as CONDITION_FUNCTIONS
from .conditions import Node
from .lexer import Token, at, syntax_message, tokenize, too_long, utf16_length
from .paths import (
    MAX_DEPTH,
    Path,
    RawPath,
    SyntaxFail,
    index_out_of_range,
    parse_path,
    reserved_word,
    resolve,
    show,
)

# Functions of an update expression and their number of operands.
UPDATE_FUNCTIONS = {"if_not_exists": 2, "list_append": 2}
CLAUSES = ("SET", "REMOVE", "ADD", "DELETE")
# How DynamoDB names a scalar, list or map operand of ADD/DELETE in its message.
_JAVA_TYPES = {
    "S": "STRING",
    "N": "NUMBER",
    "B": "BINARY",
    "NULL": "NULL",
    "BOOL": "BOOLEAN",
    "L": "LIST",
    "M": "MAP",
}


@dataclass(frozen=True)
class Action:
    """One action of a clause: ``clause`` (SET, REMOVE, ADD, DELETE), the raw ``path`` it
    changes, and its ``value`` (a :class:`~.conditions.Node`; ``None`` for REMOVE). A SET
    value is a ``value`` or ``path`` node, a ``call`` (``if_not_exists``, ``list_append``)
    or an ``arith`` node (``name`` ``+`` or ``-``, two operands)."""

    clause: str
    path: RawPath
    value: Node | None


@dataclass(frozen=True)
class Resolved:
    """A checked action: the clause, the resolved path it changes and its value node."""

    clause: str
    path: Path
    value: Node | None


class _Parser:
    def __init__(self, tokens: tuple[Token, ...]) -> None:
        self.tokens = tokens
        self.furthest = 0

    def fail(self, position: int) -> SyntaxFail:
        self.furthest = max(self.furthest, position)
        return SyntaxFail(self.furthest)

    def clause_word(self, position: int) -> str | None:
        kind, text = at(self.tokens, position)
        word = text.upper()
        return word if kind == "keyword" and word in CLAUSES else None

    def update(self) -> list[tuple[str, list[Action]]]:
        position = 0
        clauses = []
        while True:
            word = self.clause_word(position)
            if word is None:
                raise self.fail(position)
            actions, position = self.clause(word, position + 1)
            clauses.append((word, actions))
            if position == len(self.tokens):
                return clauses

    def clause(self, word: str, position: int) -> tuple[list[Action], int]:
        actions = []
        while True:
            path, position = self.path(position)
            value: Node | None = None
            if word == "SET":
                if at(self.tokens, position)[1] != "=":
                    raise self.fail(position)
                value, position = self.set_value(position + 1)
            elif word in ("ADD", "DELETE"):
                kind, text = at(self.tokens, position)
                if kind != "value":
                    raise self.fail(position)
                value, position = Node("value", text, ()), position + 1
            actions.append(Action(word, path, value))
            if at(self.tokens, position)[0] != "comma":
                return actions, position
            position += 1

    def path(self, position: int) -> tuple[RawPath, int]:
        try:
            return parse_path(self.tokens, position)
        except SyntaxFail as fail:
            raise self.fail(fail.position) from None

    def set_value(self, position: int) -> tuple[Node, int]:
        if at(self.tokens, position)[0] == "lparen":
            # "( a + b )": a parenthesized value; else a parenthesized operand, below.
            try:
                inner, after = self.arithmetic(position + 1)
                if inner.kind == "arith" and at(self.tokens, after)[0] == "rparen":
                    return inner, after + 1
            except SyntaxFail:
                pass
        return self.arithmetic(position)

    def arithmetic(self, position: int) -> tuple[Node, int]:
        left, position = self.operand(position)
        kind, text = at(self.tokens, position)
        if kind == "other" and text in ("+", "-"):
            right, position = self.operand(position + 1)
            return Node("arith", text, (left, right)), position
        return left, position

    def operand(self, position: int) -> tuple[Node, int]:
        kind, text = at(self.tokens, position)
        if kind == "lparen":
            inner, position = self.operand(position + 1)
            if at(self.tokens, position)[0] != "rparen":
                raise self.fail(position)
            return inner, position + 1
        if kind == "value":
            return Node("value", text, ()), position + 1
        if kind == "name" and at(self.tokens, position + 1)[0] == "lparen":
            args = []
            position += 2
            while True:
                arg, position = self.operand(position)
                args.append(arg)
                next_kind, _ = at(self.tokens, position)
                if next_kind == "rparen":
                    return Node("call", text, tuple(args)), position + 1
                if next_kind != "comma":
                    raise self.fail(position)
                position += 1
        raw, position = self.path(position)
        return Node("path", "", raw), position


@lru_cache(maxsize=512)
def parse(expression: str) -> tuple[tuple[str, tuple[Action, ...]], ...]:
    """The clauses of ``expression`` in order; raises its empty, size or syntax error."""
    prefix = mu.UPDATE_PREFIX
    if not expression:
        raise v.invalid(prefix + m.EMPTY_DETAIL)
    if too_long(expression):
        raise v.invalid(prefix + m.TOO_LONG_DETAIL.format(size=utf16_length(expression)))
    tokens = tokenize(expression)
    parser = _Parser(tokens)
    try:
        clauses = parser.update()
    except SyntaxFail as fail:
        raise v.invalid(prefix + syntax_message(expression, tokens, fail.position)) from None
    return tuple((word, tuple(actions)) for word, actions in clauses)


def _nodes(node: Node) -> list[Node]:
    """Every node of an operand tree, inside out (post-order)."""
    out: list[Node] = []
    for arg in node.args if node.kind not in ("path", "value") else ():
        out.extend(_nodes(arg))
    out.append(node)
    return out


def check(
    clauses: tuple[tuple[str, tuple[Action, ...]], ...],
    names: Mapping[str, str],
    values: Mapping[str, AttributeValue],
    used_names: set[str],
    used_values: set[str],
) -> tuple[Resolved, ...]:
    """DynamoDB's checks on a parsed update (see the module docstring); records the
    placeholders used and returns the actions with their paths resolved."""
    prefix = mu.UPDATE_PREFIX
    errors: dict[str, str] = {}
    seen: set[str] = set()
    actions = [action for _, group in clauses for action in group]
    for word, _ in clauses:
        if word in seen:
            errors.setdefault("section", mu.SECTION_TWICE_DETAIL.format(section=word))
        seen.add(word)
    raw_paths: list[RawPath] = []
    for action in actions:
        raw_paths.append(action.path)
        for node in _nodes(action.value) if action.value is not None else ():
            if node.kind == "path":
                raw_paths.append(node.args)
            elif node.kind == "value":
                if node.name in values:
                    used_values.add(node.name)
                else:
                    errors.setdefault("value", m.UNDEFINED_VALUE_DETAIL.format(name=node.name))
            elif node.kind == "call":
                _function_errors(node, values, errors)
            elif node.kind == "arith":
                _operand_types(node, values, errors)
        if action.clause in ("ADD", "DELETE") and action.value is not None:
            kind = next(iter(values.get(action.value.name, {"SS": ()})))
            allowed = ("SS", "NS", "BS", "N") if action.clause == "ADD" else ("SS", "NS", "BS")
            if kind not in allowed:
                errors.setdefault(
                    "operand",
                    mu.ACTION_OPERAND_TYPE_DETAIL.format(
                        action=action.clause, type=_JAVA_TYPES[kind]
                    ),
                )
    for raw in raw_paths:
        if len(raw) > MAX_DEPTH:
            errors.setdefault("depth", m.TOO_DEEP_DETAIL.format(levels=len(raw)))
        index = index_out_of_range(raw)
        if index is not None:
            errors.setdefault("index", m.INDEX_RANGE_DETAIL.format(index=index))
        reserved = reserved_word(raw)
        if reserved is not None:
            errors.setdefault("reserved", m.RESERVED_DETAIL.format(word=reserved))
        for kind, text in raw:
            if kind == "placeholder":
                if text in names:
                    used_names.add(text)
                else:
                    errors.setdefault("name", m.UNDEFINED_NAME_DETAIL.format(name=text))
            elif kind == "value":
                errors.setdefault("internal", m.INTERNAL_DETAIL)
    resolved: list[Resolved] = []
    if "name" not in errors:
        for action in actions:
            path = resolve(action.path, names)
            for other in resolved:
                problem = _overlap(other.path, path)
                if problem is not None:
                    errors.setdefault(
                        problem,
                        _OVERLAP_MESSAGES[problem].format(one=show(other.path), two=show(path)),
                    )
            resolved.append(Resolved(action.clause, path, action.value))
    for kind in _ORDER:
        if kind in errors:
            raise v.invalid(prefix + errors[kind])
    return tuple(resolved)


_ORDER = (
    "index",
    "reserved",
    "unknown",
    "section",
    "depth",
    "name",
    "value",
    "overlap",
    "conflict",
    "operand",
    "function",
    "internal",
)
_OVERLAP_MESSAGES = {"overlap": mu.PATHS_OVERLAP_DETAIL, "conflict": mu.PATHS_CONFLICT_DETAIL}


def _overlap(one: Path, two: Path) -> str | None:
    """``overlap`` when one path is a prefix of the other, ``conflict`` when they part at a
    map key on one side and a list index on the other, else ``None``."""
    for a, b in zip(one, two, strict=False):
        if type(a) is not type(b):
            return "conflict"
        if a != b:
            return None
    return "overlap"


def _type_of(node: Node, values: Mapping[str, AttributeValue]) -> str | None:
    if node.kind == "value" and node.name in values:
        return next(iter(values[node.name]))
    if node.kind == "arith":
        return "N"
    if node.kind == "call" and node.name == "list_append":
        return "L"
    return None


def _operand_types(
    node: Node, values: Mapping[str, AttributeValue], errors: dict[str, str]
) -> None:
    for arg in node.args:
        kind = _type_of(arg, values)
        if kind is not None and kind != "N":
            errors.setdefault("function", m.OPERAND_TYPE_DETAIL.format(name=node.name, type=kind))


def _function_errors(
    node: Node, values: Mapping[str, AttributeValue], errors: dict[str, str]
) -> None:
    name = node.name
    if name not in UPDATE_FUNCTIONS:
        if name in CONDITION_FUNCTIONS:
            detail = mu.FUNCTION_NOT_IN_UPDATE_DETAIL.format(name=name)
        else:
            detail = m.UNKNOWN_FUNCTION_DETAIL.format(name=name)
        errors.setdefault("unknown", detail)
        return
    if len(node.args) != UPDATE_FUNCTIONS[name]:
        errors.setdefault(
            "function", m.OPERAND_COUNT_DETAIL.format(name=name, count=len(node.args))
        )
        return
    if name == "if_not_exists":
        if node.args[0].kind != "path":
            errors.setdefault("function", m.NEEDS_PATH_DETAIL.format(name=name))
        return
    for arg in node.args:  # list_append
        kind = _type_of(arg, values)
        if kind is not None and kind != "L":
            errors.setdefault("function", m.OPERAND_TYPE_DETAIL.format(name=name, type=kind))
