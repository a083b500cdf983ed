"""ProjectionExpression and AttributesToGet: parse, validate as DynamoDB does, apply.

A parsed projection is a trie of document paths: map keys are ``str``, list indexes ``int``.
Parsed projections are cached, so a retry loop or a benchmark pays for parsing once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from . import _validation as v
from ._reserved import RESERVED_WORDS
from ._wire import AttributeValue, Item

Trie = dict[Any, Any]  # str | int -> Trie, or LEAF
LEAF: Trie = {}  # the identity of this object marks a complete path
# DynamoDB's lexer, as DynamoDB Local reports its syntax errors: a name starts with a letter,
# an index has no leading zero ("01" is two tokens), "#" alone and "_x" are errors.
_TOKEN = re.compile(
    r"(?P<space>\s+)|(?P<name>[A-Za-z][A-Za-z0-9_]*)|(?P<placeholder>#[A-Za-z0-9_]+)"
    r"|(?P<value>:[A-Za-z0-9_]+)|(?P<number>0|[1-9][0-9]*)|(?P<open>\[)|(?P<close>\])"
    r"|(?P<dot>\.)|(?P<comma>,)|(?P<other>.)",
    re.DOTALL,
)
MAX_INDEX = 2**31 - 1
# The service's expression limit: 4 KB of the expression as written, before names are
# substituted, counted as DynamoDB Local counts it, in UTF-16 code units (Java's length).
MAX_EXPRESSION = 4096
# A document path may have 32 levels: its top-level name, then each map key and list index.
MAX_DEPTH = 32
# Words of the expression grammar itself: where a name belongs they are a syntax error, not a
# reserved word (DynamoDB Local reports them so; `size`, a function, passes as a name).
KEYWORDS = frozenset({"AND", "OR", "NOT", "BETWEEN", "IN", "SET", "REMOVE", "ADD", "DELETE"})
Token = tuple[str, str, int, int]  # kind, text, start, end
_NAME_KEY = re.compile(r"#[A-Za-z0-9_]+\Z")


class Projection:
    """A validated projection: the trie of requested paths."""

    __slots__ = ("trie",)

    def __init__(self, trie: Trie) -> None:
        self.trie = trie

    def check_keys(self, key_names: Iterable[str]) -> None:
        """A key attribute may be projected whole, never into: DynamoDB's rule."""
        for name in key_names:
            sub = self.trie.get(name)
            if sub is not None and sub is not LEAF:
                raise v.invalid(v.PROJECTION_KEY_PATH.format(name=name))

    def apply(self, item: Item) -> Item:
        return _project_map(item, self.trie)


def check_names(names: object, has_expression: bool) -> None:
    """Checks on ExpressionAttributeNames that do not depend on the expression."""
    if names is None:
        return
    if not has_expression:
        raise v.invalid(v.NAMES_WITHOUT_EXPRESSION)
    if not isinstance(names, Mapping) or not names:
        raise v.invalid(v.NAMES_EMPTY)
    for key, value in names.items():
        if not _NAME_KEY.match(key):
            raise v.invalid(v.NAMES_BAD_KEY.format(key=key))
        if not value:
            raise v.invalid(v.NAMES_EMPTY_VALUE.format(key=key))


def from_request(request: Mapping[str, Any], *, legacy_member: bool = True) -> Projection | None:
    """The projection of a Get, GetItem or KeysAndAttributes, validated; ``None`` for the
    whole item. A Get has no AttributesToGet member (``legacy_member=False``): like any
    unknown member, it is ignored."""
    expression = request.get("ProjectionExpression")
    legacy = request.get("AttributesToGet") if legacy_member else None
    names = request.get("ExpressionAttributeNames")
    if expression is not None and legacy is not None:
        raise v.invalid(v.EXPRESSION_AND_LEGACY)
    if legacy is not None:
        check_names(names, False)
        return _legacy(tuple(legacy))
    check_names(names, expression is not None)
    if expression is None:
        return None
    key = tuple(sorted(names.items())) if names else ()
    return _parse(expression, key)


@lru_cache(maxsize=512)
def _legacy(attributes: tuple[str, ...]) -> Projection:
    trie: Trie = {}
    for name in attributes:
        if not name:
            raise v.invalid(v.ATTRIBUTES_TO_GET_EMPTY)
        if name in trie:
            raise v.invalid(v.ATTRIBUTES_TO_GET_DUPLICATE.format(name=name))
        trie[name] = LEAF
    return Projection(trie)


@lru_cache(maxsize=512)
def _parse(expression: str, names_key: tuple[tuple[str, str], ...]) -> Projection:
    names = dict(names_key)
    if not expression:
        raise v.invalid(v.PROJECTION_EMPTY)
    if len(expression) > MAX_EXPRESSION // 2 and _utf16_length(expression) > MAX_EXPRESSION:
        raise v.invalid(v.PROJECTION_TOO_LONG)
    tokens: list[Token] = [
        (_kind(m.lastgroup or "", m.group()), m.group(), m.start(), m.end())
        for m in _TOKEN.finditer(expression)
        if m.lastgroup != "space"
    ]
    # The whole expression is parsed before any name is looked at: DynamoDB reports a syntax
    # error ahead of a reserved word or an undefined name earlier in the expression.
    raw_paths: list[list[tuple[str, str]]] = []
    position = 0
    while True:
        raw, position = _path(expression, tokens, position)
        raw_paths.append(raw)
        if position == len(tokens):
            break
        if tokens[position][0] != "comma":
            _syntax(expression, tokens, position)
        position += 1
    # DynamoDB Local's order from here: reserved words and list indexes in the whole
    # expression; then each path from the last to the first: its depth, its names, whether it
    # overlaps a later path (the service too reports an overlap before unused names).
    for raw in raw_paths:
        for kind, text in raw:
            _check(kind, text)
    used: set[str] = set()
    paths: list[list[str | int]] = [[] for _ in raw_paths]
    later: Trie = {}
    for number in reversed(range(len(raw_paths))):
        raw = raw_paths[number]
        if len(raw) > MAX_DEPTH:
            raise v.invalid(v.PROJECTION_TOO_DEEP.format(levels=len(raw)))
        paths[number] = [_element(kind, text, names, used) for kind, text in raw]
        if _clashes(later, paths[number]):
            _build_trie(paths[number:], _shown(paths[number:]))  # raises, naming the pair
    unused = sorted(set(names) - used)
    if unused:
        raise v.invalid(v.NAMES_UNUSED.format(names=", ".join(unused)))
    return Projection(_build_trie(paths, _shown(paths)))


def _shown(paths: list[list[str | int]]) -> list[list[str]]:
    return [[f"[{e}]" if isinstance(e, int) else e for e in path] for path in paths]


def _clashes(trie: Trie, path: list[str | int]) -> bool:
    """Add ``path`` to ``trie``; True if it overlaps or conflicts with a path already there."""
    node = trie
    for depth, element in enumerate(path):
        if node and type(next(iter(node))) is not type(element):  # a node's keys share a type
            return True
        last = depth == len(path) - 1
        child = node.get(element)
        if child is not None and (child is LEAF or last):
            return True
        if last:
            node[element] = LEAF
        else:
            node = node.setdefault(element, {})
    return False


def _utf16_length(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-16-le", "surrogatepass")) // 2


def _kind(group: str, text: str) -> str:
    return "keyword" if group == "name" and text.upper() in KEYWORDS else group


def _path(expression: str, tokens: list[Token], position: int) -> tuple[list[tuple[str, str]], int]:
    """One document path's elements, as (kind, text), checking syntax only."""
    kind, text = _at(tokens, position)
    if kind not in ("name", "placeholder"):
        _syntax(expression, tokens, position)
    raw = [(kind, text)]
    position += 1
    while True:
        kind, _ = _at(tokens, position)
        if kind == "dot":
            position += 1
            kind, text = _at(tokens, position)
            # A value placeholder after a dot parses as a name (and is then undefined).
            if kind not in ("name", "placeholder", "value"):
                _syntax(expression, tokens, position)
            raw.append((kind, text))
            position += 1
        elif kind == "open":
            kind, text = _at(tokens, position + 1)
            if kind != "number":
                _syntax(expression, tokens, position + 1)
            if _at(tokens, position + 2)[0] != "close":
                _syntax(expression, tokens, position + 2)
            raw.append(("index", text))
            position += 3
        else:
            return raw, position


def _check(kind: str, text: str) -> None:
    """The checks DynamoDB makes while parsing: list index range, reserved words."""
    if kind == "index":
        if int(text) > MAX_INDEX:
            raise v.invalid(v.PROJECTION_INDEX_RANGE.format(index=text))
    elif kind == "name" and text.upper() in RESERVED_WORDS:
        raise v.invalid(v.PROJECTION_RESERVED.format(word=text))


def _element(kind: str, text: str, names: Mapping[str, str], used: set[str]) -> str | int:
    if kind == "index":
        return int(text)
    if kind == "name":
        return text
    if text not in names:
        raise v.invalid(v.PROJECTION_UNDEFINED_NAME.format(name=text))
    used.add(text)
    return names[text]


def _at(tokens: list[Token], position: int) -> tuple[str, str]:
    if position < len(tokens):
        kind, text, _, _ = tokens[position]
        return kind, text
    return "eof", "<EOF>"


def _syntax(expression: str, tokens: list[Token], position: int) -> None:
    """DynamoDB's syntax error: the bad token, and the source from the token before it to
    the token after it."""
    _, token = _at(tokens, position)
    start = tokens[position - 1][2] if position > 0 else 0
    end = (
        tokens[position + 1][3]
        if position + 1 < len(tokens)
        else (tokens[position][3] if position < len(tokens) else len(expression))
    )
    raise v.invalid(v.PROJECTION_SYNTAX.format(token=token, near=expression[start:end]))


def _build_trie(paths: list[list[str | int]], shown: list[list[str]]) -> Trie:
    trie: Trie = {}
    first: dict[tuple[int, object], int] = {}  # (node, element) -> first path through it
    for number, path in enumerate(paths):
        node = trie
        for depth, element in enumerate(path):
            last = depth == len(path) - 1
            for existing in node:
                if type(existing) is not type(element):
                    other = first[id(node), existing]
                    raise v.invalid(
                        v.PROJECTION_CONFLICT.format(
                            one=_show(shown[other]), two=_show(shown[number])
                        )
                    )
            child = node.get(element)
            if child is not None and (child is LEAF or last):
                other = first[id(node), element]
                raise v.invalid(
                    v.PROJECTION_OVERLAP.format(one=_show(shown[other]), two=_show(shown[number]))
                )
            first.setdefault((id(node), element), number)
            if last:
                node[element] = LEAF
            else:
                node = node.setdefault(element, {})
    return trie


def _show(display: list[str]) -> str:
    return "[" + ", ".join(display) + "]"


def _project_map(attributes: Mapping[str, AttributeValue], trie: Trie) -> Item:
    out: Item = {}
    for name, sub in trie.items():
        value = attributes.get(name)
        if value is None:
            continue
        if sub is LEAF:
            out[name] = value
        else:
            projected = _project_value(value, sub)
            if projected is not None:
                out[name] = projected
    return out


def _project_value(value: AttributeValue, trie: Trie) -> AttributeValue | None:
    if isinstance(next(iter(trie)), int):
        elements = value.get("L")
        if elements is None:
            return None
        picked = []
        for index in sorted(trie):
            if index < len(elements):
                sub = trie[index]
                chosen = elements[index] if sub is LEAF else _project_value(elements[index], sub)
                if chosen is not None:
                    picked.append(chosen)
        return {"L": picked} if picked else None
    members = value.get("M")
    if members is None:
        return None
    projected = _project_map(members, trie)
    return {"M": projected} if projected else None
