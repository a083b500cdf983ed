"""Tables and their items, kept in wire form with pre-serialized JSON and sizes."""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from . import _validation as v
from ._wire import Item, NumberError, WireError, canonical_wire, dumps, item_size

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
    """One item: its wire form, its JSON text and its size by DynamoDB's rules."""

    __slots__ = ("_size", "json", "wire")

    def __init__(self, wire: Item) -> None:
        self.wire = wire
        self.json = dumps(wire)
        self._size = -1

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
