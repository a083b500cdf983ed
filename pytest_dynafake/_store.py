"""Tables and their items, kept as the JSON text of their wire form, with their sizes."""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING, Any, NamedTuple

import msgspec
from msgspec import UNSET

from . import _validation as v
from ._numbers import NumberError
from ._wire import Item, WireError, canonical_wire, item_size

if TYPE_CHECKING:
    from ._expr.projection import Projection

KeyValue = str | bytes
LookupKey = tuple[KeyValue, ...]
MAX_ITEM_SIZE = 400 * 1024
# UTF-8 bytes of a string key, bytes of a binary one; a number key is never this long.
HASH_KEY_LIMIT = 2048
RANGE_KEY_LIMIT = 1024


class KeyAttribute(NamedTuple):
    name: str
    type: str  # "S", "N" or "B"


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
        values = _attribute_reader(names)(self.json)
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
def _attribute_reader(names: tuple[str, ...]) -> Callable[[str], tuple[Any, ...]]:
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


class Table:
    """A seeded table: its key schema and items. Built by :class:`~pytest_dynafake.DynaFake`."""

    def __init__(
        self,
        name: str,
        hash_key: KeyAttribute,
        range_key: KeyAttribute | None,
        extra: Mapping[str, Any] | None = None,
    ) -> None:
        self.name = name
        self.hash_key = hash_key
        self.range_key = range_key
        self.key_attributes = (hash_key,) if range_key is None else (hash_key, range_key)
        self.key_names = tuple(a.name for a in self.key_attributes)
        self.extra = dict(extra or {})
        self.created = time.time()
        self.items: dict[LookupKey, StoredItem] = {}
        self._lock = threading.Lock()

    # -- keys ------------------------------------------------------------------------------
    def lookup_key(self, key: object) -> LookupKey:
        """The store key for a request's ``Key``; raises DynamoDB's error when it does not
        match the schema."""
        if not isinstance(key, dict) or len(key) != len(self.key_attributes):
            self._check_values(key)
            raise v.invalid(v.KEY_SCHEMA_MISMATCH)
        out: list[KeyValue] = []
        # Attribute by attribute, as DynamoDB checks them: the partition key's type, emptiness
        # and size, then the sort key's (a too long partition key wins over a bad sort key).
        for attribute in self.key_attributes:
            value = key.get(attribute.name)
            if type(value) is not dict or len(value) != 1 or attribute.type not in value:
                self._check_values(key)
                raise v.invalid(v.KEY_SCHEMA_MISMATCH)
            out.append(key_value(attribute, value[attribute.type], sort=bool(out)))
        return tuple(out)

    @staticmethod
    def _check_values(key: object) -> None:
        # A malformed value is reported before the schema mismatch, as DynamoDB does.
        if isinstance(key, dict):
            for value in key.values():
                try:
                    canonical_wire(value)
                except (WireError, NumberError) as exc:
                    raise attribute_error(exc) from None

    def key_of_item(self, item: Item) -> LookupKey:
        return tuple(
            key_value(a, item[a.name][a.type], sort=i > 0)
            for i, a in enumerate(self.key_attributes)
        )

    # -- items -----------------------------------------------------------------------------
    def get(self, key: LookupKey) -> StoredItem | None:
        return self.items.get(key)

    def copy(self) -> Table:
        """A table with the same schema and its own item map (items are shared: they never
        change once stored)."""
        twin = Table(self.name, self.hash_key, self.range_key, self.extra)
        twin.created = self.created
        twin.items = dict(self.items)
        return twin

    def put_stored(self, entries: Iterable[tuple[LookupKey, StoredItem]]) -> None:
        with self._lock:
            self.items.update(entries)


def key_value(attribute: KeyAttribute, raw: object, *, sort: bool = False) -> KeyValue:
    """The store form of one key value (``sort``: the sort key, whose limit is 1024 bytes)."""
    kind = attribute.type
    if kind == "S":
        if type(raw) is not str:
            raise v.invalid(v.KEY_SCHEMA_MISMATCH)
        if not raw:
            raise v.invalid(v.KEY_EMPTY_STRING.format(name=attribute.name))
        # Four bytes a character at most: only a long key pays for the encoding.
        if len(raw) > RANGE_KEY_LIMIT // 4 and key_size(raw) > _limit(sort):
            raise v.invalid(v.KEY_RANGE_TOO_LARGE if sort else v.KEY_HASH_TOO_LARGE)
        return raw
    if kind == "N":
        try:
            return str(canonical_wire({"N": raw})["N"])
        except NumberError as exc:
            raise attribute_error(exc) from None
        except WireError:
            raise v.invalid(v.KEY_SCHEMA_MISMATCH) from None
    try:
        data = base64.b64decode(str(canonical_wire({"B": raw})["B"]))
    except WireError:
        raise v.invalid(v.KEY_SCHEMA_MISMATCH) from None
    if not data:
        raise v.invalid(v.KEY_EMPTY_BINARY.format(name=attribute.name))
    if len(data) > _limit(sort):
        raise v.invalid(v.KEY_RANGE_TOO_LARGE if sort else v.KEY_HASH_TOO_LARGE)
    return data


def _limit(sort: bool) -> int:
    return RANGE_KEY_LIMIT if sort else HASH_KEY_LIMIT


def key_size(value: str | bytes) -> int:
    """Bytes DynamoDB counts for a key value: UTF-8 for a string (a lone surrogate, which
    botocore sends escaped, as the three bytes Java would count)."""
    if isinstance(value, bytes):
        return len(value)
    return len(value.encode("utf-8", "surrogatepass"))
