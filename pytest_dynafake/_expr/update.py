"""UpdateExpression: parsing, and the checks DynamoDB makes before it reads the item.

``parse(expression)`` gives the clauses as :class:`Action` tuples (cached per text) or raises
the empty, size or syntax error and the errors DynamoDB reports next;
:func:`~.update_checks.check` makes the checks that need the request's
ExpressionAttributeNames and Values in DynamoDB's order (overlapping and conflicting
paths, undefined names and values, operand counts and types) and returns the resolved actions
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

from dataclasses import dataclass
from functools import lru_cache

from .. import _validation as v
from . import messages as m
from . import messages_update as mu
from .conditions import FUNCTIONS as CONDITION_FUNCTIONS
from .conditions import Node
from .lexer import Token, at, syntax_message, tokenize, too_long
from .paths import (
    MAX_DEPTH,
    Path,
    RawPath,
    SyntaxFail,
    index_out_of_range,
    parse_path,
    reserved_word,
)

# Functions of an update expression and their number of operands.
UPDATE_FUNCTIONS = {"if_not_exists": 2, "list_append": 2}
CLAUSES = ("SET", "REMOVE", "ADD", "DELETE")


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
            self.nested(left)
            right, position = self.operand(position + 1)
            self.nested(right)
            return Node("arith", text, (left, right)), position
        return left, position

    def nested(self, node: Node) -> None:
        """list_append only as a whole SET value (DynamoDB Local: inside "+", "-" or another
        function it is misused)."""
        if node.kind == "call" and node.name == "list_append":
            self.note(m.MISUSED_FUNCTION_DETAIL.format(name=node.name))

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
                self.nested(arg)
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
        raise v.invalid(prefix + mu.UPDATE_TOO_LONG_DETAIL)
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
