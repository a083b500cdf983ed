"""Seed items: plain values or DynamoDB JSON, converted and checked at seed time.

Every error here is a :class:`DynaFakeError` naming the table, the item's index and the
attribute, and saying what to do.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, Literal, NoReturn

from . import _validation as v
from ._errors import DynaFakeError
from ._limits import check_depth, key_size_error
from ._numbers import NumberError
from ._seed_cache import BATCHES, ITEMS, MAX_BATCH, fingerprint
from ._store import (
    MAX_ITEM_SIZE,
    LookupKey,
    StoredItem,
    Table,
    item_json,
    rules,
)
from ._store.rules import Broken, item_key
from ._wire import (
    SURROGATE,
    FloatError,
    Item,
    WireError,
    canonical_wire,
    dumps,
    to_wire,
)

Format = Literal["python", "dynamodb"]


def prepare(
    table: Table, items: Iterable[Mapping[str, Any]], format: Format
) -> list[tuple[LookupKey, StoredItem]]:
    """Convert and check a batch of seed items; nothing is stored if one is bad."""
    if format not in ("python", "dynamodb"):
        raise DynaFakeError(
            f"table {table.name!r}: format {format!r} is not known; use 'python' (plain values, "
            "boto3's TypeSerializer rules) or 'dynamodb' (DynamoDB JSON such as {'S': 'x'})"
        )
    if isinstance(items, Mapping):
        raise DynaFakeError(
            f"table {table.name!r}: items must be a list of items, not one mapping; "
            "wrap it in a list: [item]"
        )
    given: object = items  # typed callers aside, seeds come from files and markers too
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        raise DynaFakeError(
            f"table {table.name!r}: items must be a list of items (mappings), "
            f"not {type(given).__name__}"
        )
    with no_gc():
        return _prepare(table, items, format)


@contextmanager
def no_gc() -> Iterator[None]:
    """A large seed allocates millions of small objects that live as long as the fake: the
    cyclic collector would scan them again and again for nothing."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _prepare(
    table: Table, items: Iterable[Mapping[str, Any]], format: Format
) -> list[tuple[LookupKey, StoredItem]]:
    # The same items seeded again (test after test) are found, not converted again.
    indexed = tuple(index.key_attributes for index in table.indexes.values())
    scope = repr((format, table.key_attributes, indexed)).encode()
    seeds = items if isinstance(items, list) else list(items)
    whole = fingerprint(scope, seeds) if len(seeds) <= MAX_BATCH else None
    found = None if whole is None else BATCHES.get(whole)
    if found is not None:
        return list(found)
    cache = len(seeds) <= ITEMS.max_entries
    prepared: list[tuple[LookupKey, StoredItem]] = []
    first_index: dict[LookupKey, int] = {}
    for index, item in enumerate(seeds):
        if not isinstance(item, Mapping):
            raise DynaFakeError(
                f"table {table.name!r}, item {index}: an item is a mapping of attribute names "
                f"to values, not {type(item).__name__}"
            )
        digest = fingerprint(scope, item) if cache else None
        entry = None if digest is None else ITEMS.get(digest)
        if entry is None:
            entry = _convert(table, index, item, format, first_index)
            if digest is not None:
                ITEMS.put(digest, entry)
        elif entry[0] in first_index:
            _duplicate(table, index, entry[1].wire, first_index[entry[0]])
        first_index[entry[0]] = index
        prepared.append(entry)
    if whole is not None:
        BATCHES.put(whole, tuple(prepared))
    return prepared


def _convert(
    table: Table,
    index: int,
    item: Mapping[str, Any],
    format: Format,
    first_index: Mapping[LookupKey, int],
) -> tuple[LookupKey, StoredItem]:
    """One item converted and checked: its store key and stored form."""
    where = f"table {table.name!r}, item {index}"
    wire = wire_item(where, item, format)
    key = _check_keys(table, where, wire)
    if key in first_index:
        _duplicate(table, index, wire, first_index[key])
    try:
        stored = StoredItem(item_json(wire))
    except UnicodeEncodeError:
        raise _surrogate_error(where, wire) from None
    check_depth(where, wire, stored.json)
    if stored.may_exceed(MAX_ITEM_SIZE):
        raise DynaFakeError(
            f"{where}: the item is {stored.size} bytes by DynamoDB's rules, over the "
            f"{MAX_ITEM_SIZE}-byte (400 KB) limit; make it smaller"
        )
    return key, stored


def _duplicate(table: Table, index: int, wire: Item, first: int) -> NoReturn:
    raise DynaFakeError(
        f"table {table.name!r}, item {index}: duplicate primary key {_show_key(table, wire)}; "
        f"item {first} has the same key and DynamoDB keeps one item per key"
    )


def _surrogate_error(where: str, wire: Item) -> DynaFakeError:
    """A lone surrogate (from bytes decoded with ``surrogateescape``, say) is not Unicode text:
    UTF-8 cannot encode it, so no response could carry it."""
    for name, value in wire.items():
        found = SURROGATE.search(dumps({name: value}))
        if found is not None:
            return DynaFakeError(
                f"{where}, attribute {name!r}: a string holds the lone surrogate "
                f"{found.group()!r}, which UTF-8 cannot encode and DynamoDB cannot store; "
                "fix the text (bytes decoded with errors='surrogateescape' leave these)"
            )
    return DynaFakeError(f"{where}: the item's text cannot be encoded as UTF-8; fix the text")


class SeedFloatError(DynaFakeError):
    """A float among seeded plain values. The fix it suggests, a Decimal, is for Python
    code: :meth:`in_file` words it for JSON and YAML seed files, which cannot hold one."""

    def __init__(self, where: str, value: float) -> None:
        super().__init__(
            f"{where}: float {value!r} is not supported: DynamoDB numbers are exact, "
            f"use Decimal({str(value)!r}) or an int instead"
        )
        self.where = where
        self.value = value

    def in_file(self, path: str) -> DynaFakeError:
        number = json.dumps({"N": str(self.value)})
        return DynaFakeError(
            f"seed file {path!r}: {self.where}: float {self.value!r} is not supported: "
            "DynamoDB numbers are exact, and a JSON or YAML file cannot hold a Decimal; write "
            f'the number as DynamoDB JSON, {number}, with "format": "dynamodb" on the table '
            "(its items are then all DynamoDB JSON), or as an integer"
        )


def wire_item(where: str, item: Mapping[str, Any], format: Format) -> Item:
    """An item's wire form, checked attribute by attribute; errors start with ``where``."""
    wire: Item = {}
    for name, value in item.items():
        given: object = name
        if not isinstance(given, str) or not given:
            raise DynaFakeError(
                f"{where}: attribute name {given!r} must be a non-empty str"
                if given
                else f"{where}: attribute names must not be empty"
            )
        try:
            wire[name] = to_wire(value) if format == "python" else canonical_wire(value)
        except FloatError as exc:
            raise SeedFloatError(f"{where}, attribute {name!r}", exc.value) from None
        except TypeError as exc:
            raise DynaFakeError(f"{where}, attribute {name!r}: {exc}") from None
        except RecursionError:
            raise DynaFakeError(
                f"{where}, attribute {name!r}: the value is nested too deeply (or contains "
                "itself); DynamoDB allows 32 levels of nesting"
            ) from None
        except (WireError, NumberError, v.AwsError) as exc:
            raise DynaFakeError(
                f"{where}, attribute {name!r}: {_shown(value)} is not DynamoDB JSON "
                f"({_wire_problem(exc)}); "
                "give one type and its value, e.g. {'S': 'text'} or {'N': '42'}, or seed plain "
                "values with format='python'"
            ) from None
    return wire


def _shown(value: object) -> str:
    """A value for a message: a 5,000-digit number is shown by its start and length."""
    text = repr(value)
    return text if len(text) <= 200 else f"{text[:100]}... ({len(text)} characters)"


def _wire_problem(exc: WireError | NumberError | v.AwsError) -> str:
    if isinstance(exc, v.AwsError):  # a member of the wrong JSON type
        return f"DynamoDB answers: {exc.message}"
    if isinstance(exc, NumberError):
        return f"bad number: {exc.args[0]}"
    return f"{exc.args[0]}: {exc.args[1]!r}"


def _check_keys(table: Table, where: str, wire: Item) -> LookupKey:
    """The item's store key; the first rule of :mod:`._store.rules` it breaks, worded for a seed."""
    key = item_key(table, wire)
    if not isinstance(key, Broken):
        return key
    name, declared, kind, inner = key.name, key.declared, key.kind, key.value
    empty = "string" if kind == "S" else "binary"
    if key.rule == rules.MISSING_KEY:
        raise DynaFakeError(
            f"{where}: key attribute {name!r} is missing; every item needs {name!r} ({declared})"
        )
    if key.rule == rules.KEY_TYPE:
        raise DynaFakeError(
            f"{where}, attribute {name!r}: the key is declared {declared} but the item has "
            f"{kind} {inner!r}; change the value or the key type"
        )
    if key.rule == rules.EMPTY_KEY:
        raise DynaFakeError(
            f"{where}, attribute {name!r}: a key attribute cannot be an empty {empty}; "
            "DynamoDB refuses it"
        )
    if key.rule == rules.KEY_SIZE:
        # The store measures key sizes as requests are measured; a seed says which and how.
        raise key_size_error(where, name, kind, str(inner), sort=key.sort)
    if key.rule == rules.INDEX_KEY_SIZE:
        raise key_size_error(where, name, kind, str(inner), sort=key.sort, index=key.index_name)
    if key.rule == rules.INDEX_KEY_TYPE:
        raise DynaFakeError(
            f"{where}, attribute {name!r}: index {key.index_name!r} has it as a {declared} key but "
            f"the item has {kind} {inner!r}, which DynamoDB refuses; change the value, or leave "
            "the attribute out to keep the item out of the index"
        )
    raise DynaFakeError(
        f"{where}, attribute {name!r}: an index key attribute (index {key.index_name!r}) cannot be "
        f"an empty {empty}; DynamoDB refuses it: leave the attribute out to keep the item out "
        "of the index"
    )


def _show_key(table: Table, wire: Item) -> str:
    return "{" + ", ".join(f"{a.name!r}: {wire[a.name]!r}" for a in table.key_attributes) + "}"
