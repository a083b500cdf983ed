"""The condition grammar of KeyConditionExpression, FilterExpression and (later)
ConditionExpression: parsing and the checks DynamoDB makes before it reads anything.

``parse(expression, prefix)`` gives a :class:`Node` tree (cached per expression text);
:func:`~.checks.check` makes the checks that need the request's ExpressionAttributeNames and
Values, in DynamoDB's order; :mod:`.evaluate` turns the checked tree into a
``matches(item) -> bool``.

Grammar (keywords in any case), by increasing precedence: ``OR``, ``AND``, ``NOT``, then a
comparison ``a = b`` (``= <> < <= > >=``), ``a BETWEEN b AND c``, ``a IN (b, c, ...)``, a
function (``attribute_exists(p)``, ``attribute_not_exists(p)``, ``attribute_type(p, :t)``,
``begins_with(p, x)``, ``contains(p, x)``) or a parenthesized condition. An operand is a
document path, a ``:value`` or ``size(operand)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .. import _validation as v
from . import messages as m
from .lexer import Token, at, syntax_message, tokenize, too_long, utf16_length
from .paths import SyntaxFail, parse_path

# Functions and their number of operands.
FUNCTIONS = {
    "attribute_exists": 1,
    "attribute_not_exists": 1,
    "attribute_type": 2,
    "begins_with": 2,
    "contains": 2,
    "size": 1,
}


@dataclass(frozen=True, eq=False)
class Node:
    """A parsed node. ``kind``: ``path`` (``args`` = the raw path), ``value`` (``name`` = the
    placeholder), ``call`` (``name`` = the function), ``compare`` (``name`` = the
    comparator), ``between``, ``in``, ``and``, ``or``, ``not``."""

    kind: str
    name: str
    args: tuple[Any, ...]


class _Parser:
    def __init__(self, tokens: tuple[Token, ...]) -> None:
        self.tokens = tokens
        self.furthest = 0
        self.redundant = False
        self.redundant_at: int | None = None  # the ")" closing the first redundant pair
        self.wrapped: set[int] = set()  # ids of nodes written inside their own parentheses
        # Where an operand cannot start: "((((..." backtracks from each "(" to an operand,
        # which would read the same failing operands again (quadratic in the expression).
        self.no_operand: set[int] = set()

    def fail(self, position: int) -> SyntaxFail:
        self.furthest = max(self.furthest, position)
        return SyntaxFail(self.furthest)

    def keyword(self, position: int, word: str) -> bool:
        kind, text = at(self.tokens, position)
        return kind == "keyword" and text.upper() == word

    def condition(self, position: int) -> tuple[Node, int]:
        left, position = self.conjunction(position)
        while self.keyword(position, "OR"):
            right, position = self.conjunction(position + 1)
            left = Node("or", "OR", (left, right))
        return left, position

    def conjunction(self, position: int) -> tuple[Node, int]:
        left, position = self.negation(position)
        while self.keyword(position, "AND"):
            right, position = self.negation(position + 1)
            left = Node("and", "AND", (left, right))
        return left, position

    def negation(self, position: int) -> tuple[Node, int]:
        if self.keyword(position, "NOT"):
            inner, position = self.negation(position + 1)
            return Node("not", "NOT", (inner,)), position
        return self.primary(position)

    def primary(self, position: int) -> tuple[Node, int]:
        if at(self.tokens, position)[0] == "lparen":
            saved = (self.redundant, self.redundant_at, set(self.wrapped))
            try:
                inner, after = self.condition(position + 1)
                if at(self.tokens, after)[0] != "rparen":
                    raise self.fail(after)
                if not self._operator_follows(after + 1):
                    return self.wrap(inner, after), after + 1
                self.furthest = max(self.furthest, after + 1)  # where a condition cannot go on
            except SyntaxFail:
                pass
            # A parenthesized operand after all: "(a) = :v", "(size(a)) > :n".
            self.redundant, self.redundant_at, self.wrapped = saved
        left, position = self.operand(position)
        kind, text = at(self.tokens, position)
        if kind == "comparator":
            right, position = self.operand(position + 1)
            return Node("compare", text, (left, right)), position
        if self.keyword(position, "BETWEEN"):
            low, position = self.operand(position + 1)
            if not self.keyword(position, "AND"):
                raise self.fail(position)
            high, position = self.operand(position + 1)
            return Node("between", "BETWEEN", (left, low, high)), position
        if self.keyword(position, "IN"):
            if at(self.tokens, position + 1)[0] != "lparen":
                raise self.fail(position + 1)
            items, position = self.operands(position + 2)
            return Node("in", "IN", (left, *items)), position
        if left.kind == "call" and id(left) not in self.wrapped:
            return left, position
        raise self.fail(position)

    def _operator_follows(self, position: int) -> bool:
        return (
            at(self.tokens, position)[0] == "comparator"
            or self.keyword(position, "BETWEEN")
            or self.keyword(position, "IN")
        )

    def operands(self, position: int) -> tuple[list[Node], int]:
        """Operands separated by commas, then ")"."""
        items = []
        while True:
            item, position = self.operand(position)
            items.append(item)
            kind, _ = at(self.tokens, position)
            if kind == "rparen":
                return items, position + 1
            if kind != "comma":
                raise self.fail(position)
            position += 1

    def operand(self, position: int) -> tuple[Node, int]:
        if position in self.no_operand:
            raise self.fail(position)
        try:
            return self._operand(position)
        except SyntaxFail:
            self.no_operand.add(position)
            raise

    def _operand(self, position: int) -> tuple[Node, int]:
        kind, text = at(self.tokens, position)
        if kind == "lparen":
            inner, position = self.operand(position + 1)
            if at(self.tokens, position)[0] != "rparen":
                raise self.fail(position)
            return self.wrap(inner, position), position + 1
        if kind == "value":
            return Node("value", text, ()), position + 1
        if kind == "name" and at(self.tokens, position + 1)[0] == "lparen":
            args, position = self.operands(position + 2)
            return Node("call", text, tuple(args)), position
        try:
            raw, position = parse_path(self.tokens, position)
        except SyntaxFail as fail:
            raise self.fail(fail.position) from None
        return Node("path", "", raw), position

    def wrap(self, node: Node, closed_at: int) -> Node:
        if id(node) in self.wrapped:
            self.redundant = True
            if self.redundant_at is None:
                self.redundant_at = closed_at
        self.wrapped.add(id(node))
        return node


@dataclass(frozen=True)
class Parsed:
    """A condition expression that parsed: its tree, and the expression-only errors found
    (reported by :func:`check` in DynamoDB's order, after any syntax error of the request)."""

    tree: Node
    redundant_parens: bool


@lru_cache(maxsize=512)
def parse(expression: str, prefix: str) -> Parsed:
    """Parse ``expression``; raise its empty, size or syntax error with ``prefix``."""
    if not expression:
        raise v.invalid(prefix + m.EMPTY_DETAIL)
    if too_long(expression):
        size = utf16_length(expression)
        raise v.invalid(prefix + m.TOO_LONG_DETAIL.format(size=size))
    tokens = tokenize(expression)
    parser = _Parser(tokens)
    try:
        tree, position = parser.condition(0)
        if position != len(tokens):
            raise parser.fail(position)
    except SyntaxFail as fail:
        # Redundant parentheses already read, and not just before the bad token, are reported
        # first: DynamoDB's parser flags them as it reduces them (DynamoDB Local:
        # "((a)) > :v AND (b = :w >= )" names the parentheses, "((a.b)).c = :v" the ".").
        if parser.redundant_at is not None and parser.redundant_at < fail.position - 1:
            raise v.invalid(prefix + m.REDUNDANT_PARENS_DETAIL) from None
        raise v.invalid(prefix + syntax_message(expression, tokens, fail.position)) from None
    return Parsed(tree, parser.redundant)


def walk(node: Node) -> list[Node]:
    """Every node, in pre-order (left to right)."""
    out = [node]
    for arg in node.args if node.kind not in ("path", "value") else ():
        out.extend(walk(arg))
    return out
