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
    """Recursive descent over the tokens. Besides the tree it notes, in the order they are
    written, the first error DynamoDB reports ahead of names and values (a reserved word, a
    list index out of range, a path too deep, an unknown or disallowed function, a clause
    used twice), and whether it met redundant parentheses (reported ahead of those)."""

    def __init__(self, tokens: tuple[Token, ...]) -> None:
        self.tokens = tokens
        self.furthest = 0
        self.static: str | None = None
        self.redundant_at: int | None = None
        self.sections: set[str] = set()
        self.wrapped: set[int] = set()

    def fail(self, position: int) -> SyntaxFail:
        self.furthest = max(self.furthest, position)
        return SyntaxFail(self.furthest)

    def note(self, detail: str) -> None:
        if self.static is None:
            self.static = detail

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
            if word in self.sections:
                self.note(mu.SECTION_TWICE_DETAIL.format(section=word))
            self.sections.add(word)
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
            raw, after = parse_path(self.tokens, position)
        except SyntaxFail as fail:
            raise self.fail(fail.position) from None
        for element in raw:
            index = index_out_of_range((element,))
            if index is not None:
                self.note(m.INDEX_RANGE_DETAIL.format(index=index))
            reserved = reserved_word((element,))
            if reserved is not None:
                self.note(m.RESERVED_DETAIL.format(word=reserved))
        if len(raw) > MAX_DEPTH:
            self.note(m.TOO_DEEP_DETAIL.format(levels=len(raw)))
        return raw, after

    def set_value(self, position: int, depth: int = 0) -> tuple[Node, int]:
        """``operand``, ``operand +|- operand`` or the same in parentheses; ``depth``: the
        parentheses around it (then a ")" must follow)."""
        saved = (self.static, self.redundant_at, set(self.wrapped))
        try:
            value, after = self.arithmetic(position)
            if depth == 0 or at(self.tokens, after)[0] == "rparen":
                return value, after
        except SyntaxFail:
            if at(self.tokens, position)[0] != "lparen":
                raise
        if at(self.tokens, position)[0] != "lparen":
            raise self.fail(after)
        self.static, self.redundant_at, self.wrapped = saved
        inner, after = self.set_value(position + 1, depth + 1)
        if at(self.tokens, after)[0] != "rparen":
            raise self.fail(after)
        return self.wrap(inner, after), after + 1

    def wrap(self, node: Node, closed_at: int) -> Node:
        if id(node) in self.wrapped and self.redundant_at is None:
            self.redundant_at = closed_at
        self.wrapped.add(id(node))
        return node

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
            return self.wrap(inner, position), position + 1
        if kind == "value":
            return Node("value", text, ()), position + 1
        if kind == "name" and at(self.tokens, position + 1)[0] == "lparen":
            if text not in UPDATE_FUNCTIONS:
                disallowed = text in CONDITION_FUNCTIONS
                template = (
                    mu.FUNCTION_NOT_IN_UPDATE_DETAIL if disallowed else m.UNKNOWN_FUNCTION_DETAIL
                )
                self.note(template.format(name=text))
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


Clauses = tuple[tuple[str, tuple[Action, ...]], ...]


@lru_cache(maxsize=512)
def parse(expression: str) -> Clauses:
    """The clauses of ``expression`` in order; raises, in DynamoDB's order, its empty, size or
    syntax error, redundant parentheses, then the first (as written) reserved word, list
    index out of range, path too deep, unknown or disallowed function, clause used twice."""
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
        if parser.redundant_at is not None and parser.redundant_at < fail.position - 1:
            raise v.invalid(prefix + m.REDUNDANT_PARENS_DETAIL) from None
        raise v.invalid(prefix + syntax_message(expression, tokens, fail.position)) from None
    if parser.redundant_at is not None:
        raise v.invalid(prefix + m.REDUNDANT_PARENS_DETAIL)
    if parser.static is not None:
        raise v.invalid(prefix + parser.static)
    return tuple((word, tuple(actions)) for word, actions in clauses)


def _nodes(node: Node | None) -> list[Node]:
    """Every node of an operand tree, inside out (post-order)."""
    out: list[Node] = []
    if node is None:
        return out
    for arg in node.args if node.kind not in ("path", "value") else ():
        out.extend(_nodes(arg))
    out.append(node)
    return out


def check(
    clauses: Clauses,
    names: Mapping[str, str],
    values: Mapping[str, AttributeValue],
    used_names: set[str],
    used_values: set[str],
) -> tuple[Resolved, ...]:
    """DynamoDB's checks on a parsed update after :func:`parse`'s (DynamoDB Local's order):
    paths that overlap, then paths that conflict, then the LAST as written of: an undefined
    name or value, a function's operand count, path or operand types, an ADD/DELETE operand
    type; a ``:value`` after a dot in a path last of all. Records the placeholders used and
    returns the actions with their paths resolved."""
    prefix = mu.UPDATE_PREFIX
    actions = [action for _, group in clauses for action in group]
    last: str | None = None
    internal = False
    for action in actions:
        for node in [Node("path", "", action.path), *_nodes(action.value)]:
            if node.kind == "path":
                for kind, text in node.args:
                    if kind == "value":
                        internal = True
                    elif kind == "placeholder":
                        if text in names:
                            used_names.add(text)
                        else:
                            last = m.UNDEFINED_NAME_DETAIL.format(name=text)
            elif node.kind == "value":
                if node.name in values:
                    used_values.add(node.name)
                else:
                    last = m.UNDEFINED_VALUE_DETAIL.format(name=node.name)
            elif node.kind == "call":
                last = _function_error(node, values) or last
            elif node.kind == "arith":
                last = _operand_types(node, values) or last
        if action.clause in ("ADD", "DELETE") and action.value is not None:
            value = values.get(action.value.name)
            kind = next(iter(value)) if value is not None else None
            allowed = ("SS", "NS", "BS", "N") if action.clause == "ADD" else ("SS", "NS", "BS")
            if kind is not None and kind not in allowed:
                last = mu.ACTION_OPERAND_TYPE_DETAIL.format(
                    action=action.clause, type=_JAVA_TYPES[kind]
                )
    resolvable = [
        action
        for action in actions
        if all(
            kind != "value" and (kind != "placeholder" or text in names)
            for kind, text in action.path
        )
    ]
    resolved = tuple(
        Resolved(action.clause, resolve(action.path, names), action.value) for action in resolvable
    )
    overlap: Path | None = None
    conflict: tuple[Path, Path] | None = None
    for number, this in enumerate(resolved):
        for earlier in resolved[:number]:
            problem = _overlap(earlier.path, this.path)
            if problem == "overlap":
                overlap = earlier.path
            elif problem == "conflict":
                conflict = (earlier.path, this.path)
    if overlap is not None:
        # The service names the overlapped path, then the LAST path of the expression.
        detail = mu.PATHS_OVERLAP_DETAIL.format(one=show(overlap), two=show(resolved[-1].path))
        raise v.invalid(prefix + detail)
    if conflict is not None:
        detail = mu.PATHS_CONFLICT_DETAIL.format(one=show(conflict[0]), two=show(conflict[1]))
        raise v.invalid(prefix + detail)
    if last is not None:
        raise v.invalid(prefix + last)
    if internal:
        raise v.invalid(prefix + m.INTERNAL_DETAIL)
    return resolved


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


def _operand_types(node: Node, values: Mapping[str, AttributeValue]) -> str | None:
    detail = None
    for arg in node.args:
        kind = _type_of(arg, values)
        if kind is not None and kind != "N":
            detail = m.OPERAND_TYPE_DETAIL.format(name=node.name, type=kind)
    return detail


def _function_error(node: Node, values: Mapping[str, AttributeValue]) -> str | None:
    name = node.name
    if name not in UPDATE_FUNCTIONS:
        return None  # reported by parse()
    if len(node.args) != UPDATE_FUNCTIONS[name]:
        return m.OPERAND_COUNT_DETAIL.format(name=name, count=len(node.args))
    if name == "if_not_exists":
        if node.args[0].kind != "path":
            return m.NEEDS_PATH_DETAIL.format(name=name)
        return None
    detail = None
    for arg in node.args:  # list_append
        kind = _type_of(arg, values)
        if kind is not None and kind != "L":
            detail = m.OPERAND_TYPE_DETAIL.format(name=name, type=kind)
    return detail
