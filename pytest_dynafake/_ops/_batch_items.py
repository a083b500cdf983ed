"""The items of BatchWriteItem's requests: their values checked, their keys, capacity and item
collection metrics."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .. import _messages_write as w
from .. import _validation as v
from .._capacity import consumed_write, write_units
from .._expr import messages_update as mu
from .._numbers import NumberError
from .._store import LookupKey, StoredItem, Table, rules
from .._wire import Item, WireError, canonical_wire
from . import _write

PUT, DELETE = "PutRequest", "DeleteRequest"


def check_return_item_collection_metrics(body: Mapping[str, Any], errors: list[str]) -> bool:
    value = body.get("ReturnItemCollectionMetrics", "NONE")
    if value not in _write.METRICS:
        errors.append(
            v.CONSTRAINT.format(
                value=f"'{value}'",
                field="returnItemCollectionMetrics",
                constraint=w.ENUM_RETURN_ITEM_COLLECTION_METRICS,
            )
        )
        return False
    return bool(value == "SIZE")


def convert(request: Mapping[str, Any]) -> tuple[Item, StoredItem | None]:
    """A request's item (a put: also its stored form) or key (a delete) with canonical values,
    checked as DynamoDB checks them before it looks at the table (:func:`_write.request_item`)."""
    put, delete = request.get(PUT), request.get(DELETE)
    if (put is None) == (delete is None):
        # Neither or both: live for an empty WriteRequest (dynalite), DynamoDB Local for both.
        raise v.invalid(v.AV_MULTIPLE)
    if put is not None:
        return _write.request_item(put["Item"])
    assert delete is not None
    wire: Item = {}
    for name, value in delete["Key"].items():
        try:
            wire[name] = canonical_wire(value)
        except (WireError, NumberError) as exc:
            raise _write.value_error(exc) from None
    return wire, None


Converted = dict[str, list[tuple[Item, "StoredItem | None"]]]


def convert_all(request_items: Mapping[str, Any]) -> Converted:
    """:func:`convert` for every request of a BatchWriteItem, by table."""
    return {
        name: [convert(request) for request in requests] for name, requests in request_items.items()
    }


def convert_action(kind: str, request: Mapping[str, Any]) -> tuple[Item, StoredItem | None]:
    """A transaction's action's item (Put) or key (the others), as :func:`convert`."""
    if kind == "Put":
        return convert({PUT: {"Item": request["Item"]}})
    return convert({DELETE: {"Key": request["Key"]}})


def key_of(table: Table, wire: Item, stored: StoredItem | None) -> LookupKey:
    """The store key of a batch's put (its item) or delete (its key). A put's missing or
    wrong-typed key attribute is the schema message in a batch (live, paritysuite tier3
    batchWriteItem.test.ts), where PutItem says which attribute."""
    if stored is None:
        return table.lookup_key(wire)
    found = rules.item_key(table, wire)
    if isinstance(found, rules.Broken):
        if found.rule in (rules.MISSING_KEY, rules.KEY_TYPE):
            raise v.invalid(v.KEY_SCHEMA_MISMATCH)
        return _write.stored_key(table, wire)  # raises the rule's message
    return found


_CANCELLING_PREFIXES = tuple(
    message.partition("{")[0]
    for message in (
        w.ITEM_KEY_TYPE,
        w.ITEM_MISSING_KEY,
        w.ITEM_INDEX_KEY_TYPE,
        mu.KEY_ATTRIBUTE_UPDATE,
    )
)


def cancels(message: str) -> bool:
    """Whether an action refused with ``message`` cancels its transaction (a
    ``ValidationError`` reason) rather than failing the request: a key its table refuses
    (live, paritysuite tier3 transactWriteItems.test.ts: a Put's says which attribute, the
    others' the schema message), an index key of the wrong type, an update of a key attribute
    (DynamoDB Local)."""
    return message == v.KEY_SCHEMA_MISMATCH or message.startswith(_CANCELLING_PREFIXES)


def consumed(
    mode: str,
    name: str,
    table: Table,
    changes: Sequence[tuple[LookupKey, StoredItem | None]],
    olds: Sequence[StoredItem | None],
) -> dict[str, Any]:
    """One table's ``ConsumedCapacity`` entry: each write's 1 KB units over the larger of the
    item before and after, and its index writes (:func:`_write.index_writes`)."""
    units = 0.0
    indexes: dict[str, dict[str, float]] = {}
    for (_, new), old in zip(changes, olds, strict=True):
        size = max(new.size if new is not None else 0, old.size if old is not None else 0)
        units += write_units(size)
        if table.indexes:
            for group, written in _write.index_writes(table, old, new).items():
                into = indexes.setdefault(group, {})
                for index, spent in written.items():
                    into[index] = into.get(index, 0.0) + spent
    return consumed_write(mode, name, units, indexes)


def collection_metrics(
    table: Table, changes: Sequence[tuple[LookupKey, StoredItem | None]]
) -> list[dict[str, Any]]:
    """Item collection metrics of a table with a local secondary index, one per write."""
    found = (_write.collection_metrics(table, key) for key, _ in changes)
    return [metrics for metrics in found if metrics is not None]


def java_dump(request_items: Mapping[str, Any]) -> str:
    """RequestItems as the service echoes it in a constraint message: Java's ``toString`` of
    its model. The service's rendering of each value varies by region (eu-west-2 prints object
    hashes); this is its field form (us-east-1)."""
    tables = []
    for name, requests in request_items.items():
        rendered = [_write_request(r) for r in requests or () if isinstance(r, Mapping)]
        tables.append(f"{name}=[{', '.join(rendered)}]")
    return "{" + ", ".join(tables) + "}"


def _write_request(request: Mapping[str, Any]) -> str:
    put, delete = request.get(PUT), request.get(DELETE)
    parts = []
    if isinstance(put, Mapping):
        parts.append(f"putRequest=PutRequest(item={_java_map(put.get('Item'))})")
    if isinstance(delete, Mapping):
        parts.append(f"deleteRequest=DeleteRequest(key={_java_map(delete.get('Key'))})")
    return f"WriteRequest({', '.join(parts)})"


def _java_map(item: object) -> str:
    if not isinstance(item, Mapping):
        return "null"
    return "{" + ", ".join(f"{n}={_java_value(value)}" for n, value in item.items()) + "}"


def _java_value(value: object) -> str:
    if not isinstance(value, Mapping):
        return "null"
    fields = ", ".join(f"{kind}={inner}" for kind, inner in value.items())
    return f"AttributeValue({fields})"
