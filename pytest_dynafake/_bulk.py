"""Large seed files, fast: the items of JSON seed files (table documents, ``aws dynamodb scan``
output and S3 exports) stay JSON text until they are read.

The file is split into one fragment per item without building the items (``msgspec.Raw``, a
view of the file's bytes); each item's key is decoded and checked at load, so a missing,
mistyped or duplicate key fails the load; the rest of an item is checked, made canonical and
serialized the first time a request reads it. A file with anything unusual in a key goes
through the full check of :func:`~._seeding.prepare` instead, whose errors name the item and
the attribute. ``check="all"`` takes that full path for every file.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from operator import attrgetter
from typing import Annotated, Any, Literal, NamedTuple

import msgspec

from . import _validation as v
from ._errors import DynaFakeError
from ._limits import check_depth
from ._seeding import Format, SeedFloatError, no_gc, prepare, wire_item
from ._store import (
    HASH_KEY_LIMIT,
    MAX_ITEM_SIZE,
    RANGE_KEY_LIMIT,
    KeyAttribute,
    LookupKey,
    StoredItem,
    Table,
    plain_key_value,
)

Check = Literal["keys", "all"]
CHECKS = ("keys", "all")
LAZY_HINT = (
    " (a seed file's keys are checked when it is loaded, the rest of an item when a request "
    "first reads it; load(..., check='all') checks every item at load)"
)
_decode: Callable[[Any], Any] = msgspec.json.Decoder().decode
# The file's text came through msgspec, so it has no lone surrogates for msgspec to refuse.
_encode: Callable[[Any], bytes] = msgspec.json.Encoder().encode
_NON_EMPTY = Annotated[str, msgspec.Meta(min_length=1)]


# LazyItem._size before the size is known (StoredItem's -1): the item not read yet, or read.
_UNREAD, _READ = -1, -2


class RawItems(list[msgspec.Raw]):
    """The items of a seed file, each still its JSON text."""


class Origin(NamedTuple):
    path: str
    table: str
    format: Format


class LazyItem(StoredItem):
    """An item from a seed file, kept as JSON text until it is first read; ``json`` is
    filled in then, checked as any seeded item is."""

    __slots__ = ("_index", "_origin", "_raw")

    def __init__(self, raw: msgspec.Raw, origin: Origin, index: int) -> None:
        # No super().__init__(): json is the slot left unset until first read.
        self._raw = raw
        self._origin = origin
        self._index = index
        self._size = _UNREAD

    def __getattr__(self, name: str) -> Any:
        # Python calls this only for an unset slot: the first read of json. Two threads may
        # both fill it in; they write the same value.
        if name != "json":
            raise AttributeError(name)
        path, table, format = self._origin
        where = f"table {table!r}, item {self._index}"
        try:
            wire = wire_item(where, _read(where, self._raw), format)
            text = _encode(wire).decode()
            check_depth(where, wire, text)
        except SeedFloatError as error:
            raise DynaFakeError(f"{error.in_file(path)}{LAZY_HINT}") from None
        except DynaFakeError as error:
            raise DynaFakeError(f"seed file {path!r}: {error}{LAZY_HINT}") from None
        self.json = text
        if self._size == _UNREAD:
            self._size = _READ
        return text

    @property
    def size_estimate(self) -> int:
        # DescribeTable must not read 100,000 items (nor fail on a bad one no request read):
        # an item not read yet counts the bytes of its JSON text in the file.
        return len(self._raw) if self._size == _UNREAD else self.size


def _read(where: str, raw: msgspec.Raw) -> Any:
    try:
        return _decode(raw)
    except (msgspec.MsgspecError, RecursionError):
        pass  # integers past 64 bits, deep nesting: the standard library reads them, or says why
    try:
        return json.loads(bytes(raw))
    except (ValueError, RecursionError) as error:
        problem = "it is nested too deeply" if isinstance(error, RecursionError) else str(error)
        raise DynaFakeError(
            f"{where}: the item cannot be read ({problem}); DynamoDB allows 32 levels of nesting "
            "and numbers as strings of at most 38 digits, {'N': '42'}"
        ) from None


def prepare_raw(
    table: Table, items: RawItems, path: str, check: Check, format: Format = "dynamodb"
) -> list[tuple[LookupKey, StoredItem]]:
    """Key and store a file's items; the full check when asked or when a key is unusual."""
    if check == "keys" and format in ("dynamodb", "python"):
        with no_gc():
            prepared = _keyed(table, items, Origin(path, table.name, format))
        if prepared is not None:
            return prepared
    where = f"table {table.name!r}, item "
    return prepare(table, [_read(f"{where}{i}", raw) for i, raw in enumerate(items)], format)


def _keyed(
    table: Table, items: RawItems, origin: Origin
) -> list[tuple[LookupKey, StoredItem]] | None:
    reader = _key_reader(table.key_attributes, origin.format)
    if reader is None:
        return None
    decode_key, lookup_of = reader
    # DynamoDB's size of an item is at most the length of its JSON text in bytes; plain values
    # can take twice as much: [1,1] is 5 characters and 9 bytes (3 for the list, 3 a number).
    bound = MAX_ITEM_SIZE if origin.format == "dynamodb" else MAX_ITEM_SIZE // 2
    keyed: dict[LookupKey, StoredItem] = {}
    try:
        for index, raw in enumerate(items):
            item = keyed[lookup_of(decode_key(raw))] = LazyItem(raw, origin, index)
            if len(raw) > bound and not _fits(item):
                return None
    except (msgspec.MsgspecError, RecursionError, v.AwsError):
        return None
    if len(keyed) != len(items):  # a key twice
        return None
    return list(keyed.items())


def _fits(item: LazyItem) -> bool:
    try:
        return item.size <= MAX_ITEM_SIZE
    except DynaFakeError:
        return False


@lru_cache(maxsize=64)
def _key_reader(
    attributes: tuple[KeyAttribute, ...], format: Format
) -> tuple[Callable[[Any], Any], Callable[[Any], LookupKey]] | None:
    """A decoder of an item's key attributes alone (the others are skipped, not built), and
    the store key of what it decodes. A DynamoDB JSON key value must be exactly
    ``{type: non-empty string}``; a plain one a non-empty string or an integer. None when
    plain values cannot hold the key (binary: JSON has no bytes)."""
    if format == "python" and any(a.type == "B" for a in attributes):
        return None
    fields: list[tuple[str, Any]] = [
        (f"k{i}", _value_type(a.type, format, sort=i > 0)) for i, a in enumerate(attributes)
    ]
    names = {f"k{i}": a.name for i, a in enumerate(attributes)}
    key = msgspec.defstruct("Key", fields, rename=names, gc=False)
    paths = [
        f"k{i}.{a.type}" if format == "dynamodb" else f"k{i}" for i, a in enumerate(attributes)
    ]
    values: Callable[[Any], Any] = attrgetter(*paths)
    lookup_of: Callable[[Any], LookupKey]
    if len(attributes) == 1 and attributes[0].type == "S":
        lookup_of = lambda key: (values(key),)  # noqa: E731
    elif all(a.type == "S" for a in attributes):
        lookup_of = values
    else:  # numbers and binaries take their canonical form
        lookup_of = lambda key: tuple(  # noqa: E731
            [
                plain_key_value(a, x, sort=i > 0)
                for i, (a, x) in enumerate(zip(attributes, _tuple(values(key)), strict=True))
            ]
        )
    return msgspec.json.Decoder(key).decode, lookup_of


def _value_type(kind: str, format: Format, *, sort: bool) -> Any:
    text: Any = _NON_EMPTY
    if kind == "S":
        # A string key short enough that its UTF-8 bytes cannot pass the key limit: a longer
        # one fails the decoding and takes the full check, which measures it.
        longest = (RANGE_KEY_LIMIT if sort else HASH_KEY_LIMIT) // 4
        text = Annotated[str, msgspec.Meta(min_length=1, max_length=longest)]
    if format == "python":
        return int if kind == "N" else text
    return msgspec.defstruct(kind, [(kind, text)], forbid_unknown_fields=True)


def _tuple(value: Any) -> tuple[Any, ...]:
    # attrgetter of one name gives the value, of several a tuple.
    return value if isinstance(value, tuple) else (value,)
