"""The rules an item must keep to be stored in a table, checked once for every way in.

Seeding (``_seeding``, ``_bulk``) and the writes (``_ops._write``: PutItem, UpdateItem,
BatchWriteItem, TransactWriteItems) store items through :func:`item_key`; they differ only in
the error they raise for a :class:`Broken` rule: a ``DynaFakeError`` naming the table, item and
attribute and the fix, or DynamoDB's own ValidationException.

The rules, in DynamoDB's order (dynalite's ``db.validateItem``, checked against DynamoDB): each
table key attribute in key-schema order (present, of its declared type, not an empty string or
binary, within its size limit), then each key attribute of each global, then local, secondary
index that the item has (of the index's type, not empty, within the same limits: 2048 bytes a
partition key, 1024 a sort key; Alternator's test_gsi.py, AWS-run). An item without an index
key attribute is simply not in that index (sparse).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from .. import _validation as v
from .._wire import Item
from .index import GLOBAL
from .keys import RANGE_KEY_LIMIT, KeyAttribute, LookupKey, key_value

if TYPE_CHECKING:
    from .table import Table

MISSING_KEY = "missing-key"
KEY_TYPE = "key-type"
EMPTY_KEY = "empty-key"
KEY_SIZE = "key-size"
INDEX_KEY_TYPE = "index-key-type"
EMPTY_INDEX_KEY = "empty-index-key"
INDEX_KEY_SIZE = "index-key-size"


class Broken(NamedTuple):
    """The first rule an item breaks: ``rule`` (one of the constants above), the attribute
    ``name``, its ``declared`` type, and what the item has (``kind`` and ``value``, the inside of
    the wire value); ``index_name`` names the index for the index rules; ``sort`` says whether a
    key over its size is the sort key."""

    rule: str
    name: str
    declared: str
    kind: str = ""
    value: object = None
    index_name: str = ""
    sort: bool = False


def item_key(table: Table, wire: Item, *, empty_first: bool = False) -> LookupKey | Broken:
    """The store key of a wire item (canonical values, as :func:`~.._wire.canonical_wire`
    gives them), or the first rule it breaks. ``empty_first`` (the item an update made): an
    empty index key value is not checked for its type, and is reported after every other
    index key's type (DynamoDB Local 3.3.1, by hand: ``SET gc = :v`` with ``{"S": ""}`` for a B
    key is the empty-value error, ``SET gs = :n, gc = :v`` with a number for an S key the type
    mismatch)."""
    out: list[str | bytes] = []
    for position, attribute in enumerate(table.key_attributes):
        value = wire.get(attribute.name)
        if value is None:
            return Broken(MISSING_KEY, attribute.name, attribute.type)
        ((kind, inner),) = value.items()
        if kind != attribute.type:
            return Broken(KEY_TYPE, attribute.name, attribute.type, kind, inner)
        if inner == "":  # an empty string, or the base64 of an empty binary
            return Broken(EMPTY_KEY, attribute.name, attribute.type, kind, inner)
        try:
            out.append(key_value(attribute, inner, sort=position > 0))
        except v.AwsError:  # the only error left for a value of the right type: its size
            return Broken(KEY_SIZE, attribute.name, kind, kind, inner, sort=position > 0)
    if not table.indexes:
        return tuple(out)
    # LSIs first, each kind in declaration order (DynamoDB Local 3.3.1)
    indexes = sorted(table.indexes.values(), key=lambda index: index.kind == GLOBAL)
    for index in indexes:
        broken = _index_problem(
            index.name, index.key_attributes, len(index.hash_attributes), wire, empty_first
        )
        if broken is not None:
            return broken
    if empty_first:
        for index in indexes:
            for attribute in index.key_attributes:
                value = wire.get(attribute.name)
                if value is not None and _empty(value):
                    ((kind, inner),) = value.items()
                    return Broken(EMPTY_INDEX_KEY, attribute.name, attribute.type, kind, inner,
                                  index.name)  # fmt: skip
    return tuple(out)


def _empty(value: Mapping[str, Any]) -> bool:
    return value.get("S") == "" or value.get("B") == ""


def _index_problem(
    index: str,
    attributes: tuple[KeyAttribute, ...],
    hashes: int,
    wire: Item,
    empty_first: bool = False,
) -> Broken | None:
    for position, attribute in enumerate(attributes):
        value = wire.get(attribute.name)
        if value is None or (empty_first and _empty(value)):
            continue
        ((kind, inner),) = value.items()
        if kind != attribute.type:
            return Broken(INDEX_KEY_TYPE, attribute.name, attribute.type, kind, inner, index)
        if inner == "":
            return Broken(EMPTY_INDEX_KEY, attribute.name, attribute.type, kind, inner, index)
        # Four bytes a character at most (base64: 4/3 a byte): only a long value is measured.
        if kind != "N" and len(inner) > RANGE_KEY_LIMIT // 4:
            sort = position >= hashes
            try:
                key_value(attribute, inner, sort=sort)
            except v.AwsError:
                return Broken(INDEX_KEY_SIZE, attribute.name, kind, kind, inner, index, sort)
    return None
