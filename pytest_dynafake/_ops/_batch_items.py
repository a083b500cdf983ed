"""The items of BatchWriteItem's requests: their values checked, their keys, capacity and item
collection metrics."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .. import _messages_batch as m
from .. import _validation as v
from .._expr import messages_update as mu
from .._numbers import NumberError
from .._store import MAX_ITEM_SIZE, LookupKey, StoredItem, Table, attribute_error, item_json
from .._wire import Item, WireError, canonical_wire

PUT, DELETE = "PutRequest", "DeleteRequest"
ITEM_TOO_LARGE = "Item size has exceeded the maximum allowed size"
_KEY_UPDATE_PREFIX = mu.KEY_ATTRIBUTE_UPDATE.partition("{")[0]


def check_return_item_collection_metrics(body: Mapping[str, Any], errors: list[str]) -> bool:
    value = body.get("ReturnItemCollectionMetrics", "NONE")
    if value not in ("NONE", "SIZE"):
        errors.append(
            v.CONSTRAINT.format(
                value=f"'{value}'",
                field="returnItemCollectionMetrics",
                constraint=m.ENUM_RETURN_ITEM_COLLECTION_METRICS,
            )
        )
        return False
    return bool(value == "SIZE")


def convert(request: Mapping[str, Any]) -> tuple[Item, StoredItem | None]:
    """A request's item (a put: also its stored form) or key (a delete) with canonical
    values; the service's error for a value it cannot read or an item over 400 KB."""
    put, delete = request.get(PUT), request.get(DELETE)
    if (put is None) == (delete is None):
        # Neither or both: live for an empty WriteRequest (dynalite), DynamoDB Local for both.
        raise v.invalid(v.AV_MULTIPLE)
    kind, given = (PUT, put["Item"]) if put is not None else (DELETE, (delete or {})["Key"])
    wire: Item = {}
    for name, value in given.items():
        try:
            wire[name] = canonical_wire(value)
        except (WireError, NumberError) as exc:
            raise attribute_error(exc) from None
    if kind == DELETE:
        return wire, None
    stored = StoredItem(item_json(wire))
    if stored.may_exceed(MAX_ITEM_SIZE):
        raise v.invalid(ITEM_TOO_LARGE)
    return wire, stored


def convert_action(kind: str, request: Mapping[str, Any]) -> tuple[Item, StoredItem | None]:
    """A transaction's action's item (Put) or key (the others), as :func:`convert`."""
    if kind == "Put":
        return convert({PUT: {"Item": request["Item"]}})
    return convert({DELETE: {"Key": request["Key"]}})


def put_key(table: Table, wire: Item) -> LookupKey:
    """The key of a transaction's Put: a missing or wrong-typed key attribute says which, as
    PutItem does (live, paritysuite tier3 transactWriteItems.test.ts)."""
    key: dict[str, Any] = {}
    for attribute in table.key_attributes:
        value = wire.get(attribute.name)
        if value is None:
            raise v.invalid(m.KEY_MISSING.format(name=attribute.name))
        if attribute.type not in value:
            (actual,) = value
            raise v.invalid(
                m.KEY_TYPE_MISMATCH.format(
                    name=attribute.name, expected=attribute.type, actual=actual
                )
            )
        key[attribute.name] = value
    return table.lookup_key(key)


_CANCELLING_PREFIXES = (
    m.KEY_TYPE_MISMATCH.partition("{")[0],
    m.KEY_MISSING.partition("{")[0],
)


def cancels(message: str) -> bool:
    """Whether a transaction's action refused with ``message`` cancels the transaction (a
    ``ValidationError`` reason) rather than failing the request: a key its table's schema
    refuses, an update of a key attribute (DynamoDB Local)."""
    return (
        message == v.KEY_SCHEMA_MISMATCH
        or message.startswith(_CANCELLING_PREFIXES)
        or message.startswith(_KEY_UPDATE_PREFIX)
    )


def key_of(table: Table, wire: Item, stored: StoredItem | None) -> LookupKey:
    """The store key of a put's item or a delete's key."""
    if stored is None:
        return table.lookup_key(wire)
    # A missing or wrong-typed key attribute is one message in a batch (live, paritysuite
    # tier3 batchWriteItem.test.ts); PutItem words it otherwise.
    key: dict[str, Any] = {}
    for attribute in table.key_attributes:
        value = wire.get(attribute.name)
        if value is None or attribute.type not in value:
            raise v.invalid(v.KEY_SCHEMA_MISMATCH)
        key[attribute.name] = value
    return table.lookup_key(key)


def consumed(
    mode: str,
    name: str,
    table: Table,
    changes: Sequence[tuple[LookupKey, StoredItem | None]],
    olds: Sequence[StoredItem | None],
) -> dict[str, Any]:
    """One table's ``ConsumedCapacity`` entry: 1 KB write units per item, the larger of the
    item before and after, at least one."""
    units = 0.0
    for (_, new), old in zip(changes, olds, strict=True):
        size = max(new.size if new is not None else 0, old.size if old is not None else 0)
        units += max(1, -(-size // 1024))
    entry: dict[str, Any] = {"TableName": name, "CapacityUnits": units}
    if mode == "INDEXES":
        entry["Table"] = {"CapacityUnits": units}
    return entry


def collection_metrics(
    table: Table, changes: Sequence[tuple[LookupKey, StoredItem | None]]
) -> list[dict[str, Any]]:
    """Item collection metrics of a table with a local secondary index, one per write."""
    return []


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
