"""Reading a table back in a test: what the code under test wrote, as Python values
(boto3's resource types: ``Decimal`` numbers, ``Binary`` bytes, sets) or as DynamoDB JSON."""

from __future__ import annotations

import base64
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from . import _validation as v
from ._errors import DynaFakeError
from ._numbers import NumberError
from ._seeding import Format
from ._store import Table
from ._wire import FloatError, Item, WireError, canonical_wire, to_wire

try:  # boto3's resource layer gives Binary; a botocore-only install gets bytes
    from boto3.dynamodb.types import Binary as _Binary

    _binary: Callable[[bytes], Any] = _Binary
except ImportError:  # pragma: no cover - boto3 is installed wherever tests run
    _binary = bytes


def check_format(table: str, format: object) -> None:
    if format not in ("python", "dynamodb"):
        raise DynaFakeError(
            f"table {table!r}: format {format!r} is not known; use 'python' (plain values, as "
            "boto3's resource layer gives them) or 'dynamodb' (DynamoDB JSON such as "
            "{'S': 'x'})"
        )


def lookup(table: Table, key: object, format: Format) -> Any:
    """The store key of a key given in the test, or a DynaFakeError saying what is wrong."""
    names = list(table.key_names)
    example = ", ".join(f"{n!r}: ..." for n in names)
    if not isinstance(key, Mapping) or sorted(key) != sorted(names):
        given = sorted(key) if isinstance(key, Mapping) else type(key).__name__
        raise DynaFakeError(
            f"table {table.name!r}: get() takes the item's key, the attributes {names!r} and "
            f"nothing else, e.g. {{{example}}}; got {given!r}"
        )
    wire: Item = {}
    for name, value in key.items():
        try:
            wire[name] = to_wire(value) if format == "python" else canonical_wire(value)
        except FloatError as exc:
            raise DynaFakeError(f"table {table.name!r}, key attribute {name!r}: {exc}") from None
        except TypeError:
            raise DynaFakeError(
                f"table {table.name!r}, key attribute {name!r}: {value!r} is not a key value; "
                "give a str, a number (int or Decimal) or bytes"
            ) from None
        except (WireError, NumberError, v.AwsError):
            raise DynaFakeError(
                f"table {table.name!r}, key attribute {name!r}: {value!r} is not DynamoDB "
                "JSON; with format='dynamodb' give one type and its value, such as "
                "{'S': 'x'} or {'N': '1'}"
            ) from None
    try:
        return table.lookup_key(wire)
    except v.AwsError:
        types = ", ".join(f"{a.name!r} ({a.type})" for a in table.key_attributes)
        raise DynaFakeError(
            f"table {table.name!r}: key {dict(key)!r} does not match the key schema {types}; "
            f"give each key attribute a value of its type{_json_hint(key, format)}"
        ) from None


def _json_hint(key: Mapping[str, Any], format: str) -> str:
    """For a key given in DynamoDB JSON without ``format="dynamodb"`` (copied from a request):
    the two ways to write it."""
    typed = {"S", "N", "B"}
    if format != "python" or not all(
        isinstance(value, Mapping) and len(value) == 1 and set(value) <= typed
        for value in key.values()
    ):
        return ""
    hint = ". The key is in DynamoDB JSON: give get() format='dynamodb'"
    try:
        plain = {name: python_value(value) for name, value in key.items()}
    except (ValueError, ArithmeticError, TypeError):  # not valid DynamoDB JSON either
        return hint
    return f"{hint}, or the plain value ({plain!r})"


def python_item(wire: Item) -> dict[str, Any]:
    """An item's wire form as boto3's TypeDeserializer gives it."""
    return {name: python_value(value) for name, value in wire.items()}


def python_value(value: Mapping[str, Any]) -> Any:
    ((kind, raw),) = value.items()
    if kind == "S":
        return raw
    if kind == "N":
        return Decimal(raw)
    if kind == "B":
        return _binary(base64.b64decode(raw))
    if kind == "BOOL":
        return raw
    if kind == "NULL":
        return None
    if kind == "M":
        return {name: python_value(member) for name, member in raw.items()}
    if kind == "L":
        return [python_value(member) for member in raw]
    if kind == "SS":
        return set(raw)
    if kind == "NS":
        return {Decimal(member) for member in raw}
    assert kind == "BS", kind
    return {_binary(base64.b64decode(member)) for member in raw}
