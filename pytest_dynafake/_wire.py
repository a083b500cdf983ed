"""DynamoDB JSON: Python values to wire values, validation, canonical form and item sizes
(the JSON types its members must have are ``_wire_types``').

Items are kept in their wire form (the JSON that DynamoDB sends), with numbers in canonical form
and binaries base64-encoded, so that a response is built by joining pre-serialized fragments.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeAlias, cast

from ._numbers import MAX_DIGITS, NumberError, canonical_number, number_size
from ._wire_types import (
    BLOB,
    LIST,
    MAP,
    STRING,
    VALUE,
    Wanted,
    boolean,
    expect,
    wrong_type,
)

# A wire attribute value: {"S": "x"}, {"N": "1"}, {"M": {...}}, ...
AttributeValue: TypeAlias = dict[str, Any]
Item: TypeAlias = dict[str, AttributeValue]

TYPES = ("S", "N", "B", "SS", "NS", "BS", "M", "L", "NULL", "BOOL")
# An int below this has at most 38 digits, so str() is already DynamoDB's canonical form.
_INT_LIMIT = 10**38


class WireError(ValueError):
    """An attribute value that is not valid DynamoDB JSON; ``args[0]`` is a kind, ``args[1]``
    the offending type or value (``args[2]``: a set's members, for a duplicate)."""

    EMPTY = "empty"
    MULTIPLE = "multiple"
    UNKNOWN_TYPE = "unknown-type"
    BAD_VALUE = "bad-value"
    EMPTY_SET = "empty-set"
    NULL_FALSE = "null-false"
    DUPLICATE_IN_SET = "duplicate-in-set"


def binary_length(encoded: str) -> int:
    return len(base64.b64decode(encoded))


def value_size(value: AttributeValue) -> int:
    """Size of one wire value by DynamoDB's rules (UTF-8 bytes, numbers by digits)."""
    ((kind, inner),) = value.items()
    if kind == "S":
        return len(inner.encode())
    if kind == "N":
        return number_size(inner)
    if kind == "B":
        return binary_length(inner)
    if kind in ("BOOL", "NULL"):
        return 1
    if kind == "SS":
        return sum(len(s.encode()) for s in inner)
    if kind == "NS":
        return sum(number_size(n) for n in inner)
    if kind == "BS":
        return sum(binary_length(b) for b in inner)
    if kind == "L":
        return 3 + sum(1 + value_size(v) for v in inner)
    # "M"
    return 3 + sum(len(k.encode()) + 1 + value_size(v) for k, v in inner.items())


def item_size(item: Mapping[str, AttributeValue]) -> int:
    """Size of an item: UTF-8 bytes of each attribute name plus the size of its value."""
    return sum(len(name.encode()) + value_size(value) for name, value in item.items())


# One encoder for every call: json.dumps with options builds a new one each time.
_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)


def dumps(value: object) -> str:
    """Compact JSON as DynamoDB sends it."""
    return _ENCODER.encode(value)


# A lone surrogate is not Unicode text: UTF-8 cannot encode it.
SURROGATE = re.compile("[\ud800-\udfff]")


def utf8(text: str) -> bytes:
    """JSON text as UTF-8. botocore sends a lone surrogate it is given as a \\ud800 escape,
    and an answer may echo it (UnprocessedKeys, a name in an error): it can only be inside a
    JSON string, so it goes back escaped, as DynamoDB Local answers it."""
    try:
        return text.encode()
    except UnicodeEncodeError:
        return SURROGATE.sub(lambda found: f"\\u{ord(found.group()):04x}", text).encode()


# -- Python values → wire (boto3's TypeSerializer rules) ------------------------------------


def to_wire(value: object) -> AttributeValue:
    """Serialize a plain Python value the way boto3's ``TypeSerializer`` does.

    Raises ``TypeError`` naming what is wrong; callers add the table, item and attribute.
    """
    kind = type(value)
    # The common exact types first: seeding 100,000 items goes through here a million times.
    if kind is str:
        return {"S": value}
    if kind is int and -_INT_LIMIT < value < _INT_LIMIT:  # type: ignore[operator]
        return {"N": str(value)}
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 13_000:
        # Too long for str() (4,300 digits by default), and far past DynamoDB's 1E+126.
        raise TypeError(
            f"an int of {value.bit_length()} bits is out of DynamoDB's range (overflow)"
        )
    if kind is dict:
        return {"M": {_attr_name(k): to_wire(v) for k, v in value.items()}}  # type: ignore[attr-defined]
    if kind is list:
        return {"L": [to_wire(v) for v in value]}  # type: ignore[attr-defined]
    if value is None:
        return {"NULL": True}
    if isinstance(value, bool):
        return {"BOOL": value}
    if isinstance(value, float):
        raise FloatError(value)
    if isinstance(value, int | Decimal):
        return {"N": _number_from_python(value)}
    if isinstance(value, str):
        # A str subclass (class Kind(str, Enum)) is stored as the text it holds: boto3's
        # TypeSerializer keeps it as S and botocore's JSON encoder sends that text.
        return {"S": str.__str__(value)}
    raw = _as_bytes(value)
    if raw is not None:
        return {"B": base64.b64encode(raw).decode()}
    if isinstance(value, set | frozenset):
        return _set_to_wire(value)
    if isinstance(value, Mapping):
        return {"M": {_attr_name(k): to_wire(v) for k, v in value.items()}}
    if isinstance(value, list | tuple):
        return {"L": [to_wire(v) for v in value]}
    raise TypeError(
        f"{type(value).__name__} {value!r} has no DynamoDB type; use str, int, Decimal, bytes, "
        "bool, None, set, list or dict"
    )


class FloatError(TypeError):
    """A float among plain values: DynamoDB numbers are exact."""

    def __init__(self, value: float) -> None:
        super().__init__(
            f"float {value!r} is not supported: DynamoDB numbers are exact, "
            f"use Decimal({str(value)!r}) or an int instead"
        )
        self.value = value


def _attr_name(name: object) -> str:
    if type(name) is str:
        return name
    if not isinstance(name, str):
        raise TypeError(f"map key {name!r} is not a str; DynamoDB map keys are strings")
    return str.__str__(name)  # a str subclass: the text it holds, as botocore sends it


def _as_bytes(value: object) -> bytes | None:
    if isinstance(value, bytes | bytearray):
        return bytes(value)
    # boto3.dynamodb.types.Binary without importing boto3 (a test-only dependency).
    inner = getattr(value, "value", None)
    if type(value).__name__ == "Binary" and isinstance(inner, bytes | bytearray):
        return bytes(inner)
    return None


def _number_from_python(value: int | Decimal) -> str:
    # The number a subclass holds (IntEnum, a Decimal subclass), not its own str(): boto3
    # serializes them through Decimal, whatever their __str__ says.
    text = int.__repr__(value) if isinstance(value, int) else Decimal.__str__(value)
    try:
        return canonical_number(text)
    except NumberError as exc:
        shown = repr(value) if len(text) <= 1000 else f"{text[:40]}... ({len(text)} characters)"
        if exc.args[0] == NumberError.TOO_MANY_DIGITS:
            raise TypeError(
                f"number {shown} has more than {MAX_DIGITS} significant digits; DynamoDB "
                f"refuses it (it never rounds): give at most {MAX_DIGITS}"
            ) from None
        raise TypeError(f"number {shown} is out of DynamoDB's range ({exc.args[0]})") from None


def _set_to_wire(value: set[Any] | frozenset[Any]) -> AttributeValue:
    if not value:
        raise TypeError("an empty set has no DynamoDB type; DynamoDB refuses empty sets")
    members = list(value)
    if all(isinstance(m, str) for m in members):
        return {"SS": sorted(str.__str__(m) for m in members)}
    if all(isinstance(m, int | Decimal) and not isinstance(m, bool) for m in members):
        return {"NS": sorted((_number_from_python(m) for m in members), key=Decimal)}
    blobs = [_as_bytes(m) for m in members]
    if all(b is not None for b in blobs):
        # An empty binary is a member like any other: DynamoDB Local stores {b"", b"x"} and
        # {b""} as they are, so the fake does too (no live capture either way).
        present = sorted(b for b in blobs if b is not None)
        return {"BS": [base64.b64encode(b).decode() for b in present]}
    kinds = sorted({type(m).__name__ for m in members})
    raise TypeError(f"a set must hold only str, only numbers or only bytes, not {kinds}")


# -- wire values: validation and canonical form --------------------------------------------


def canonical_wire(value: object) -> AttributeValue:
    """Validate a DynamoDB JSON value and return it with canonical numbers.

    Raises :class:`WireError` or :class:`NumberError`.
    """
    # Exact-type fast paths for what JSON decoding produces; everything else is checked below.
    if type(value) is dict and len(value) == 1:
        ((kind, inner),) = value.items()
        kind_of_inner = type(inner)
        if kind_of_inner is str and kind == "S":
            return {"S": inner}
        if kind_of_inner is str and kind == "N":
            return {"N": canonical_number(inner)}
        if kind_of_inner is dict and kind == "M":
            return {"M": {_attr_name(k): canonical_wire(v) for k, v in inner.items()}}
        if kind_of_inner is list and kind == "L":
            return {"L": [canonical_wire(v) for v in inner]}
        if kind_of_inner is bool and kind == "BOOL":
            return {"BOOL": inner}
    return _checked_wire(value)


def _checked_wire(value: object) -> AttributeValue:
    if not isinstance(value, Mapping) or not value:
        if value is not None and not isinstance(value, Mapping):
            raise wrong_type(value, VALUE)
        raise WireError(WireError.EMPTY, value)
    if len(value) > 1:
        raise WireError(WireError.MULTIPLE, sorted(value))
    ((kind, inner),) = value.items()
    if kind == "S":
        return {"S": _expect(inner, STRING)}
    if kind == "N":
        return {"N": canonical_number(_expect(inner, STRING))}
    if kind == "B":
        return {"B": _canonical_b64(inner)}
    if kind in ("BOOL", "NULL"):
        flag = _boolean(inner)
        if kind == "NULL" and not flag:
            raise WireError(WireError.NULL_FALSE, "NULL")
        return {kind: flag}
    if kind in ("SS", "NS", "BS"):
        return {kind: _canonical_set(kind, inner)}
    if kind == "L":
        return {"L": [canonical_wire(v) for v in _expect(inner, LIST)]}
    if kind == "M":
        return {"M": {_attr_name(k): canonical_wire(v) for k, v in _expect(inner, MAP).items()}}
    raise WireError(WireError.UNKNOWN_TYPE, kind)


def _expect(value: Any, wanted: Wanted) -> Any:
    """``value`` if it is of the JSON type ``wanted``; a JSON null is a missing member (the
    value is empty), another type the deserializer's SerializationException."""
    if value is None:
        raise WireError(WireError.EMPTY, value)
    return expect(value, wanted)


def _boolean(value: object) -> bool:
    if value is None:
        raise WireError(WireError.EMPTY, value)
    return boolean(value)


def _canonical_b64(value: object) -> str:
    if isinstance(value, bytes | bytearray):
        return base64.b64encode(value).decode()
    text = _expect(value, BLOB)
    try:
        return base64.b64encode(base64.b64decode(text, validate=True)).decode()
    except (binascii.Error, ValueError):
        raise WireError(WireError.BAD_VALUE, value) from None


def _canonical_set(kind: str, members: object) -> list[str]:
    if isinstance(members, tuple):  # a Python seed may give a tuple
        members = list(members)
    members = cast(list[Any], _expect(members, LIST))
    if not members:
        raise WireError(WireError.EMPTY_SET, kind)
    if kind == "SS":
        out = [_expect(m, STRING) for m in members]
    elif kind == "NS":
        out = [canonical_number(_expect(m, STRING)) for m in members]
    else:
        out = [_canonical_b64(m) for m in members]
    if len(set(out)) != len(out):
        # The members as given, for the message that lists them.
        raise WireError(WireError.DUPLICATE_IN_SET, kind, list(members))
    return out
