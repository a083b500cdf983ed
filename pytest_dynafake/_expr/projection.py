"""ProjectionExpression and AttributesToGet: parse, validate as DynamoDB does, apply.

A parsed projection is a trie of document paths: map keys are ``str``, list indexes ``int``.
Parsed projections are cached, so a retry loop or a benchmark pays for parsing once.

API: :func:`from_request` (a Get, GetItem or KeysAndAttributes: names checked here),
:func:`parse_raw` and :func:`bind` (used by :func:`~._expr.request.parse_request`, which checks
names across every expression of a request), :class:`Projection` (``apply(item)``,
``check_keys(names)``, ``paths``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from .. import _messages_values as mv
from .. import _validation as v
from .._java import copied_order
from .._limits import name_too_long
from .._wire import AttributeValue, Item
from .lexer import syntax_message, tokenize, too_long
from .paths import MAX_DEPTH, Path, RawPath, SyntaxFail, parse_path, show
from .paths import index_out_of_range as _index_out_of_range
from .paths import reserved_word as _reserved_word
from .paths import resolve as _resolve

Trie = dict[Any, Any]  # str | int -> Trie, or LEAF
LEAF: Trie = {}  # the identity of this object marks a complete path
_NAME_KEY = re.compile(r"#[A-Za-z0-9_]+\Z")


class Projection:
    """A validated projection: the trie of requested paths, and the paths in request order."""

    __slots__ = ("paths", "trie")

    def __init__(self, trie: Trie, paths: tuple[Path, ...] = ()) -> None:
        self.trie = trie
        self.paths = paths

    def check_keys(self, key_names: Iterable[str]) -> None:
        """A key attribute may be projected whole, never into: DynamoDB's rule."""
        for name in key_names:
            sub = self.trie.get(name)
            if sub is not None and sub is not LEAF:
                raise v.invalid(v.PROJECTION_KEY_PATH.format(name=name))

    def apply(self, item: Item) -> Item:
        return _project_map(item, self.trie)


def check_names(names: object, has_expression: bool, *, values: bool = True) -> None:
    """Checks on ExpressionAttributeNames that do not depend on the expression; a write
    checks the names' values later (``values=False``, then :func:`check_name_values`)."""
    if names is None:
        return
    if not has_expression:
        raise v.invalid(v.NAMES_WITHOUT_EXPRESSION)
    if not isinstance(names, Mapping) or not names:
        raise v.invalid(v.NAMES_EMPTY)
    for key, value in names.items():
        if not _NAME_KEY.match(key):
            raise v.invalid(v.NAMES_BAD_KEY.format(key=key))
        if values and not value:
            raise v.invalid(v.NAMES_EMPTY_VALUE.format(key=key))
        if values and name_too_long(value):
            raise v.invalid(mv.NAMES_TOO_LARGE_VALUE.format(key=key))


def check_name_values(names: Mapping[str, str]) -> None:
    """No empty attribute name: a write checks it after the names' keys and the values
    (DynamoDB Local 3.3.1: an invalid value is reported before an empty name)."""
    for key, value in names.items():
        if not value:
            raise v.invalid(v.NAMES_EMPTY_VALUE.format(key=key))
        if name_too_long(value):
            raise v.invalid(mv.NAMES_TOO_LARGE_VALUE.format(key=key))


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
        return legacy_projection(tuple(legacy))
    check_names(names, expression is not None)
    if expression is None:
        return None
    key = tuple(names.items()) if names else ()  # in order: it orders the unused ones
    return _parse(expression, key)


@lru_cache(maxsize=512)
def legacy_projection(attributes: tuple[str, ...]) -> Projection:
    """AttributesToGet as a projection (names checked: not empty, no duplicate)."""
    trie: Trie = {}
    for name in attributes:
        if not name:
            raise v.invalid(v.ATTRIBUTES_TO_GET_EMPTY)
        if name_too_long(name):
            raise v.invalid(mv.NAME_TOO_LARGE)
        if name in trie:
            raise v.invalid(v.ATTRIBUTES_TO_GET_DUPLICATE.format(name=name))
        trie[name] = LEAF
    return Projection(trie, tuple((name,) for name in attributes))


@lru_cache(maxsize=512)
def _parse(expression: str, names_key: tuple[tuple[str, str], ...]) -> Projection:
    names = dict(names_key)
    raw_paths = parse_raw(expression)
    used: set[str] = set()
    projection = bind(raw_paths, names, used)
    unused = copied_order((n for n in names if n not in used), len(names))  # as request.py
    if unused:
        raise v.invalid(v.NAMES_UNUSED.format(names=", ".join(unused)))
    return projection


@lru_cache(maxsize=512)
def parse_raw(expression: str) -> tuple[RawPath, ...]:
    """The raw paths of a projection, checked for syntax, reserved words and list indexes."""
    if not expression:
        raise v.invalid(v.PROJECTION_EMPTY)
    if too_long(expression):
        raise v.invalid(v.PROJECTION_TOO_LONG)
    tokens = tokenize(expression)
    # The whole expression is parsed before any name is looked at: DynamoDB reports a syntax
    # error ahead of a reserved word or an undefined name earlier in the expression.
    raw_paths: list[RawPath] = []
    position = 0
    try:
        while True:
            raw, position = parse_path(tokens, position)
            raw_paths.append(raw)
            if position == len(tokens):
                break
            if tokens[position][0] != "comma":
                raise SyntaxFail(position)
            position += 1
    except SyntaxFail as fail:
        detail = syntax_message(expression, tokens, fail.position)
        raise v.invalid(v.PROJECTION_PREFIX + detail) from None
    # DynamoDB Local's order from here: reserved words and list indexes in the whole
    # expression (element by element, left to right).
    for raw in raw_paths:
        for element in raw:
            index = _index_out_of_range((element,))
            if index is not None:
                raise v.invalid(v.PROJECTION_INDEX_RANGE.format(index=index))
            word = _reserved_word((element,))
            if word is not None:
                raise v.invalid(v.PROJECTION_RESERVED.format(word=word))
    return tuple(raw_paths)


def bind(raw_paths: tuple[RawPath, ...], names: Mapping[str, str], used: set[str]) -> Projection:
    """Substitute names (adding the placeholders used to ``used``) and build the trie. Each
    path from the last to the first: its depth, its names, whether it overlaps a later path
    (the service too reports an overlap before unused names)."""
    paths: list[Path] = [() for _ in raw_paths]
    later: Trie = {}
    for number in reversed(range(len(raw_paths))):
        raw = raw_paths[number]
        if len(raw) > MAX_DEPTH:
            raise v.invalid(v.PROJECTION_TOO_DEEP.format(levels=len(raw)))
        for kind, text in raw:
            if kind in ("placeholder", "value") and text not in names:
                raise v.invalid(v.PROJECTION_UNDEFINED_NAME.format(name=text))
        paths[number] = _resolve(raw, names, used)
        if _clashes(later, paths[number]):
            _build_trie(paths[number:])  # raises, naming the pair
    return Projection(_build_trie(paths), tuple(paths))


def _clashes(trie: Trie, path: Path) -> bool:
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


def _build_trie(paths: list[Path]) -> Trie:
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
                        v.PROJECTION_CONFLICT.format(one=show(paths[other]), two=show(path))
                    )
            child = node.get(element)
            if child is not None and (child is LEAF or last):
                other = first[id(node), element]
                raise v.invalid(v.PROJECTION_OVERLAP.format(one=show(paths[other]), two=show(path)))
            first.setdefault((id(node), element), number)
            if last:
                node[element] = LEAF
            else:
                node = node.setdefault(element, {})
    return trie


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
