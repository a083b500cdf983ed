"""Document paths: parsing from tokens, the checks DynamoDB makes on them, and reading the
value a path names in an item.

A raw path is a tuple of ``(kind, text)`` elements as written (``name``, ``placeholder``,
``value`` (a ``:v`` after a dot, later undefined) and ``index``); a resolved path is a tuple of
``str`` (map keys, names substituted) and ``int`` (list indexes).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._reserved import RESERVED_WORDS
from .._wire import AttributeValue
from .lexer import Token, at

MAX_INDEX = 2**31 - 1
# A document path may have 32 levels: its top-level name, then each map key and list index.
MAX_DEPTH = 32
RawPath = tuple[tuple[str, str], ...]
Path = tuple[str | int, ...]


class SyntaxFail(Exception):
    """The parse cannot go on at token ``position`` (the caller words the syntax error)."""

    def __init__(self, position: int) -> None:
        super().__init__(position)
        self.position = position


def parse_path(tokens: tuple[Token, ...], position: int) -> tuple[RawPath, int]:
    """One document path starting at ``position``: its raw elements and the next position.
    Raises :class:`SyntaxFail`."""
    kind, text = at(tokens, position)
    if kind not in ("name", "placeholder"):
        raise SyntaxFail(position)
    raw = [(kind, text)]
    position += 1
    while True:
        kind, _ = at(tokens, position)
        if kind == "dot":
            position += 1
            kind, text = at(tokens, position)
            # A value placeholder after a dot parses as a name (and is then undefined).
            if kind not in ("name", "placeholder", "value"):
                raise SyntaxFail(position)
            raw.append((kind, text))
            position += 1
        elif kind == "open":
            kind, text = at(tokens, position + 1)
            if kind != "number":
                raise SyntaxFail(position + 1)
            if at(tokens, position + 2)[0] != "close":
                raise SyntaxFail(position + 2)
            raw.append(("index", text))
            position += 3
        else:
            return tuple(raw), position


def index_out_of_range(raw: RawPath) -> str | None:
    """The first list index over DynamoDB's limit, as written."""
    for kind, text in raw:
        if kind == "index" and int(text) > MAX_INDEX:
            return text
    return None


def reserved_word(raw: RawPath) -> str | None:
    """The first bare name of ``raw`` that is a reserved word."""
    for kind, text in raw:
        if kind == "name" and text.upper() in RESERVED_WORDS:
            return text
    return None


def resolve(raw: RawPath, names: Mapping[str, str], used: set[str] | None = None) -> Path:
    """The path with placeholders substituted (every placeholder must be defined)."""
    out: list[str | int] = []
    for kind, text in raw:
        if kind == "index":
            out.append(int(text))
        elif kind == "name":
            out.append(text)
        else:
            if used is not None:
                used.add(text)
            out.append(names[text])
    return tuple(out)


def show(path: Path) -> str:
    """A path as DynamoDB shows it in messages: ``[a, b, [0]]``."""
    return "[" + ", ".join(f"[{e}]" if isinstance(e, int) else e for e in path) + "]"


def read(item: Mapping[str, AttributeValue], path: Path) -> AttributeValue | None:
    """The value ``path`` names in ``item``, or ``None`` when there is none."""
    value: Any = item.get(path[0])  # type: ignore[arg-type]
    for element in path[1:]:
        if value is None:
            return None
        if type(element) is int:
            elements = value.get("L")
            if elements is None or element >= len(elements):
                return None
            value = elements[element]
        else:
            members = value.get("M")
            if members is None:
                return None
            value = members.get(element)
    return value  # type: ignore[no-any-return]
