"""The one key codec: the store form of a key value, and DynamoDB's order of key values.

**Store form** (:data:`KeyValue`): a string key is the ``str`` itself, a number key its canonical
text (``"1.50"`` and ``"15E-1"`` are both ``"1.5"``), a binary key its decoded ``bytes``. A
:data:`LookupKey` is the tuple of a table's key values in key-schema order (partition, then
sort). Every module that turns a key into something comparable goes through here: requests
(:func:`key_value`), seeds (``Table.key_of_item``), seed files (:func:`plain_key_value`), faults
and request-level key identity (:func:`raw_key`, :func:`canonical_key`).

**Order** (:func:`order_value`): DynamoDB sorts N numerically, B as unsigned bytes and S by its
UTF-8 bytes, which is Unicode code point order, so a Python ``str`` compares as DynamoDB does
(``"\\uffff" < "\\U0001F600"``, where Java's UTF-16 order would say the opposite; DynamoDB Local
agrees with the service here, see docs/differences.md). A sort value is the ``str``, the
``bytes`` or a :class:`~decimal.Decimal`; values of one key attribute always have one type, so
tuples of them compare attribute by attribute. :data:`TOP` compares above every sort value (an
upper bound for ``bisect``), :func:`prefix_end` gives the first value after every value that
begins with a prefix.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, NamedTuple

from .. import _validation as v
from .._numbers import NumberError, canonical_number
from .._wire import WireError, canonical_wire, dumps
from .._wire_types import wrong_string

KeyValue = str | bytes
LookupKey = tuple[KeyValue, ...]
SortValue = str | bytes | Decimal
# UTF-8 bytes of a string key, bytes of a binary one; a number key is never this long.
HASH_KEY_LIMIT = 2048
RANGE_KEY_LIMIT = 1024


class KeyAttribute(NamedTuple):
    name: str
    type: str  # "S", "N" or "B"


# -- the store form --------------------------------------------------------------------------
def key_value(attribute: KeyAttribute, raw: object, *, sort: bool = False) -> KeyValue:
    """The store form of one key value as a request sends it (``raw``: the inside of
    ``{"S": ...}``); DynamoDB's errors for a wrong type, an empty value, a key over its limit
    (``sort``: the sort key, whose limit is 1024 bytes)."""
    kind = attribute.type
    if kind == "S":
        if type(raw) is not str:
            raise wrong_string(raw) if raw is not None else v.invalid(v.KEY_SCHEMA_MISMATCH)
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
            from .items import attribute_error

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


def plain_key_value(attribute: KeyAttribute, value: str | int, *, sort: bool) -> KeyValue:
    """The store form of a key value of a seed file: a plain ``int`` or the text inside
    ``{"S"|"N"|"B": ...}``."""
    if isinstance(value, int):  # a plain number: msgspec gives ints of at most 64 bits
        return canonical_number(str(value))
    return key_value(attribute, value, sort=sort)


def wire_value(kind: str, value: KeyValue) -> dict[str, str]:
    """The wire form of a store value, ``{"S": "x"}``, ``{"N": "1.5"}``, ``{"B": "<base64>"}``."""
    if kind == "B":
        assert isinstance(value, bytes)
        return {"B": base64.b64encode(value).decode()}
    assert isinstance(value, str)
    return {kind: value}


def wire_key(attributes: tuple[KeyAttribute, ...], values: LookupKey) -> dict[str, Any]:
    """A key's wire form (a ``Key`` or ``LastEvaluatedKey`` map) from its store values."""
    return {a.name: wire_value(a.type, value) for a, value in zip(attributes, values, strict=True)}


def key_size(value: str | bytes) -> int:
    """Bytes DynamoDB counts for a key value: UTF-8 for a string (a lone surrogate, which
    botocore sends escaped, as the three bytes Java would count)."""
    if isinstance(value, bytes):
        return len(value)
    return len(value.encode("utf-8", "surrogatepass"))


def _limit(sort: bool) -> int:
    return RANGE_KEY_LIMIT if sort else HASH_KEY_LIMIT


# -- the order --------------------------------------------------------------------------------
def order_value(kind: str, value: KeyValue) -> SortValue:
    """DynamoDB's sort value of a store value of type ``kind``: N by number, B by unsigned
    bytes, S by UTF-8 bytes (code points: the ``str`` itself)."""
    if kind == "N":
        return Decimal(value)  # type: ignore[arg-type]
    return value


class _Top:
    """Above every sort value: ``(x, TOP)`` is after every tuple that starts with ``x``.

    Only ever a bound :func:`bisect.bisect_left` searches for, never an element of the list
    searched, so it is only compared as ``value < TOP``, which Python answers with the
    reflected ``TOP > value`` (neither ``Decimal``, ``str`` nor ``bytes`` knows ``TOP``)."""

    __slots__ = ()

    def __gt__(self, other: object) -> bool:
        return other is not self


TOP: Any = _Top()


def prefix_end(prefix: str | bytes) -> Any:
    """The first value in DynamoDB's order after every value that begins with ``prefix``
    (``TOP`` when there is none), for ``begins_with`` as a range."""
    if isinstance(prefix, bytes):
        trimmed = prefix.rstrip(b"\xff")
        if not trimmed:
            return TOP
        return trimmed[:-1] + bytes([trimmed[-1] + 1])
    trimmed_text = prefix.rstrip("\U0010ffff")
    if not trimmed_text:
        return TOP
    last = ord(trimmed_text[-1]) + 1
    if 0xD800 <= last <= 0xDFFF:  # no surrogates in stored text: the next code point is after
        last = 0xE000
    return trimmed_text[:-1] + chr(last)


# -- DynamoDB Local's hashes (Scan order, segments, equal index keys) -------------------------
_SALT = b"LocalDdb"


def local_hash(kind: str, value: KeyValue) -> bytes:
    """DynamoDB Local's hash of a key value: SHA-1 of a fixed prefix and the value's bytes
    (UTF-8 for S, the bytes for B, DynamoDB's order-preserving encoding for N). It orders a
    Scan (partitions by the hash of their partition key), splits segments (equal slices of the
    hash space) and breaks ties between equal index keys; measured on DynamoDB Local 3.3.1
    (its SQLite columns ``hashValue``/``rangeValue``/``hashRangeValue``)."""
    if kind == "N":
        data = number_bytes(value)  # type: ignore[arg-type]
    elif isinstance(value, bytes):
        data = value
    else:
        data = value.encode("utf-8", "surrogatepass")
    return hashlib.sha1(_SALT + data).digest()


def combined_hash(*hashes: bytes) -> bytes:
    """DynamoDB Local's hash of several hashed values (``hashRangeValue``: partition then sort)."""
    return hashlib.sha1(_SALT + b"".join(hashes)).digest()


def number_bytes(text: str) -> bytes:
    """DynamoDB's byte encoding of a number, in which byte order is numeric order: an exponent
    byte (base 100), then a byte per pair of digits; negatives complemented and, when short,
    closed by 102."""
    sign, digits, exponent = Decimal(text).as_tuple()
    assert isinstance(exponent, int)
    shown = "".join(map(str, digits)).rstrip("0")
    if not shown:
        return b"\x80"
    point = len(digits) + exponent  # the value is 0.<shown> x 10^point
    if point % 2:
        shown, point = "0" + shown, point + 1
    if len(shown) % 2:
        shown += "0"
    pairs = [int(shown[i : i + 2]) for i in range(0, len(shown), 2)]
    head = (192 + point // 2) & 0xFF
    if not sign:
        return bytes([head, *(pair + 1 for pair in pairs)])
    tail = [102] if len(pairs) < 20 else []
    return bytes([~head & 0xFF, *(101 - pair for pair in pairs), *tail])


# -- keys of requests, by identity ----------------------------------------------------------
def raw_key(key: object) -> object:
    """A key as sent, whatever its attribute order (BatchGetItem's duplicate check compares
    keys as sent: ``1.0`` and ``1`` are two keys there)."""
    if isinstance(key, Mapping):
        try:
            return frozenset(
                (name, kind, inner) for name, value in key.items() for kind, inner in value.items()
            )
        except (AttributeError, TypeError):  # not a map of scalar values: compare as text
            return dumps(sorted(key.items()))
    return repr(key)


def canonical_key(key: Mapping[str, object]) -> str:
    """A key by value (numbers compared as numbers), whatever its attribute order, for a key
    the store cannot read (one a table's schema refuses). Always a map: botocore's serializer
    sends nothing else for a ``Key``."""
    values: list[tuple[str, object]] = []
    for name, value in sorted(key.items()):
        try:
            values.append((name, canonical_wire(value)))
        except (WireError, NumberError):
            values.append((name, value))
    return dumps(values)
