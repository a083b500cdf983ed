"""Stored items: the JSON text of an item's wire form, its size, and partial decoding.

:class:`StoredItem` is what every table, index and response works with; :func:`read_attributes`
decodes named top-level attributes of one without building the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING, Any

import msgspec
from msgspec import UNSET

from .. import _validation as v
from .._numbers import NumberError
from .._wire import Item, WireError, item_size

if TYPE_CHECKING:
    from .._expr.projection import Projection

MAX_ITEM_SIZE = 400 * 1024


class StoredItem:
    """One item: the JSON text of its wire form and its size by DynamoDB's rules.

    Only the text is kept: a response is built by joining it, and the wire form as dicts
    took about eight times its memory (a 1 KB item: 1.3 KB of text, 11 KB of dicts). A
    projection decodes the attributes it names from the text on each read."""

    __slots__ = ("_size", "json")

    def __init__(self, json: str) -> None:
        self.json = json
        self._size = -1

    @property
    def wire(self) -> Item:
        """The wire form, decoded anew: the caller may change it."""
        return _decode_item(self.json)  # type: ignore[no-any-return]

    def project(self, projection: Projection) -> Item:
        """The item through a projection. Only the top-level attributes it names are decoded,
        the others skipped: a few attributes of a 1 KB item cost less than half of :attr:`wire`."""
        names = tuple(projection.trie)
        values = attribute_reader(names)(self.json)
        found = zip(names, values, strict=True)
        return projection.apply({name: value for name, value in found if value is not UNSET})

    @property
    def size(self) -> int:
        # Computed on first read: seeding 100,000 items should not pay for it.
        if self._size < 0:
            self._size = item_size(self.wire)
        return self._size

    @property
    def size_estimate(self) -> int:
        """The item's share of DescribeTable's ``TableSizeBytes``: its size (an item of a seed
        file not read yet estimates it without reading the item)."""
        return self.size

    def may_exceed(self, limit: int) -> bool:
        """Cheap test: DynamoDB's size never exceeds the UTF-8 length of the JSON text, which
        is at most four bytes a character."""
        return len(self.json) * 4 > limit and (
            len(self.json.encode()) > limit and self.size > limit
        )


_decode_item = msgspec.json.Decoder().decode


@lru_cache(maxsize=256)
def attribute_reader(names: tuple[str, ...]) -> Callable[[str], tuple[Any, ...]]:
    """A decoder of the named top-level attributes of an item's JSON text, in that order;
    ``UNSET`` for one the item does not have."""
    fields = [f"a{i}" for i in range(len(names))]
    attributes = msgspec.defstruct(
        "Attributes",
        [(field, Any, UNSET) for field in fields],
        rename=dict(zip(fields, names, strict=True)),
        gc=False,
    )
    decode = msgspec.json.Decoder(attributes).decode
    pick = attrgetter(*fields)
    if len(names) == 1:  # attrgetter of one name gives the value, not a tuple
        return lambda text: (pick(decode(text)),)
    return lambda text: pick(decode(text))


_encode_item = msgspec.json.Encoder().encode


def item_json(wire: Item) -> str:
    """The compact JSON text of a wire item, as :func:`~._wire.dumps` writes it but about ten
    times faster. Raises UnicodeEncodeError for a lone surrogate."""
    return _encode_item(wire).decode()


def attribute_error(exc: WireError | NumberError) -> v.AwsError:
    """DynamoDB's error for an attribute value it cannot read."""
    if isinstance(exc, NumberError):
        if exc.args[0] == NumberError.NOT_A_NUMBER:
            return v.invalid(v.NUMBER_INVALID.format(value=exc.args[1]))
        return v.invalid(
            {
                NumberError.TOO_MANY_DIGITS: v.NUMBER_TOO_MANY_DIGITS,
                NumberError.OVERFLOW: v.NUMBER_OVERFLOW,
                NumberError.UNDERFLOW: v.NUMBER_UNDERFLOW,
            }[exc.args[0]]
        )
    kind = exc.args[0]
    if kind == WireError.MULTIPLE:
        return v.invalid(v.AV_MULTIPLE)
    if kind == WireError.EMPTY_SET:
        if exc.args[1] == "BS":
            return v.invalid(v.EMPTY_BINARY_SET)
        return v.invalid(v.EMPTY_SET.format(kind="string" if exc.args[1] == "SS" else "number"))
    if kind == WireError.DUPLICATE_IN_SET:
        return v.invalid(v.DUPLICATE_IN_SET)
    if kind == WireError.NULL_FALSE:
        return v.invalid(v.NULL_FALSE)
    return v.invalid(v.AV_EMPTY)


def read_attributes(stored: StoredItem, names: tuple[str, ...]) -> dict[str, Any]:
    """The named top-level attributes an item has, in wire form, the others not decoded."""
    values = attribute_reader(names)(stored.json)
    return {name: value for name, value in zip(names, values, strict=True) if value is not UNSET}
