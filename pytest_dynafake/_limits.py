"""DynamoDB's limits on a seeded item that the wire form alone does not enforce: the size of
its keys and the depth of its nesting. Errors are :class:`DynaFakeError` naming the table, the
item's index and the attribute (``where``), the measure and the limit."""

from __future__ import annotations

import base64

from ._errors import DynaFakeError
from ._store import HASH_KEY_LIMIT, RANGE_KEY_LIMIT, key_size
from ._wire import AttributeValue, Item

MAX_DEPTH = 32
_SHORTEST_TOO_DEEP = MAX_DEPTH * len('{"L":[]}')


def key_size_error(
    where: str, name: str, kind: str, raw: str, *, sort: bool, index: str = ""
) -> DynaFakeError:
    """A seeded key over its limit (the store found it so), with its size; ``index``: the
    secondary index whose key it is."""
    size = key_size(base64.b64decode(raw) if kind == "B" else raw)
    role, limit = ("sort", RANGE_KEY_LIMIT) if sort else ("partition", HASH_KEY_LIMIT)
    whose = f"the {role} key of index {index!r}" if index else f"the {role} key"
    fix = ", or leave the attribute out to keep the item out of the index" if index else ""
    return DynaFakeError(
        f"{where}, attribute {name!r}: {whose} is {size} bytes, over DynamoDB's "
        f"{limit}-byte limit for a {role} key (UTF-8 bytes of a string, bytes of a "
        f"binary); shorten it{fix}"
    )


def check_depth(where: str, wire: Item, text: str) -> None:
    """A seeded item past DynamoDB's nesting limit (see :func:`too_deep`), as a DynaFakeError.
    A deeper item could not be answered either: botocore's parser gives up at a few hundred."""
    found = too_deep(wire, text)
    if found is not None:
        name, depth = found
        raise DynaFakeError(
            f"{where}, attribute {name!r}: the value is nested {depth} levels deep, over "
            f"DynamoDB's {MAX_DEPTH} (the attribute's value is level 1, each map or list "
            "adds one); flatten it"
        )


def too_deep(wire: Item, text: str) -> tuple[str, int] | None:
    """DynamoDB's nesting limit: an attribute's value is level 1 and each map or list adds a
    level; a value deeper than 32 is refused (paritysuite/dynamodb-conformance
    tests/tier3/limits/nestingDepth.test.ts, live eu-west-2; DynamoDB Local agrees). The first
    attribute too deep and its depth, or None; ``text`` is the item's JSON text."""
    # Cheap first: a short item, or one with fewer than 32 maps and lists in all, cannot nest
    # 32 deep (each level adds at least {"L":[ and ]} to the text).
    if len(text) < _SHORTEST_TOO_DEEP or text.count('{"M":') + text.count('{"L":') < MAX_DEPTH:
        return None
    for name, value in wire.items():
        depth = _depth(value)
        if depth > MAX_DEPTH:
            return name, depth
    return None


def _depth(value: AttributeValue) -> int:
    """The deepest level in a wire value (itself at 1), without recursion."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        current, level = stack.pop()
        deepest = max(deepest, level)
        ((kind, inner),) = current.items()
        if kind == "M":
            stack.extend((child, level + 1) for child in inner.values())
        elif kind == "L":
            stack.extend((child, level + 1) for child in inner)
    return deepest


# UTF-8 bytes of an attribute name; a name of fewer characters than SHORT_NAME cannot be over.
MAX_NAME_BYTES = 65535
SHORT_NAME = MAX_NAME_BYTES // 4


def name_too_long(name: object) -> bool:
    """An attribute name over DynamoDB's 65,535 UTF-8 bytes (only a long one is encoded)."""
    return (
        isinstance(name, str)
        and len(name) > SHORT_NAME
        and len(name.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES
    )
