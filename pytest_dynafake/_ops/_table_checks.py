"""A table definition's consistency across its members, checked after each member's own
constraints (``create_table.constraint_errors``): throughput against the billing mode, keys
against the attribute definitions, each index's keys and projection, the limits summed over
the indexes. CreateTable asks :func:`semantic_error`; UpdateTable the parts for an index it
adds (:func:`index_error`, :func:`global_key_error`, :func:`projected`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .. import _messages_admin as a
from .._store.declare import MAX_KEY_PARTS, MAX_NON_KEY

MAX_UNITS = 10**12  # the service's bound on a table's read or write capacity units


def semantic_error(body: Mapping[str, Any]) -> str | None:
    """The first of DynamoDB's checks across members that fails, or None."""
    pay_per_request = body.get("BillingMode") == "PAY_PER_REQUEST"
    throughput = body.get("ProvisionedThroughput")
    if pay_per_request and throughput is not None:
        return a.THROUGHPUT_FORBIDDEN
    if not pay_per_request and throughput is None:
        return a.THROUGHPUT_REQUIRED
    for member in ("ReadCapacityUnits", "WriteCapacityUnits"):
        value = (throughput or {}).get(member)
        if value is not None and value > MAX_UNITS:
            return a.THROUGHPUT_OUT_OF_BOUNDS.format(value=value, member=member)
    definitions = [d["AttributeName"] for d in body["AttributeDefinitions"]]
    twice = [n for i, n in enumerate(definitions) if n in definitions[:i]]
    if twice:
        return a.DUPLICATE_DEFINITION.format(name=twice[0])
    found = key_error(body["KeySchema"], definitions, check_count=True)
    if found is not None:
        return found
    schema = body["KeySchema"]
    lsis: Sequence[Mapping[str, Any]] | None = body.get("LocalSecondaryIndexes")
    gsis: Sequence[Mapping[str, Any]] | None = body.get("GlobalSecondaryIndexes")
    if lsis is None and gsis is None and len(schema) != len(definitions):
        return a.DEFINITIONS_MISMATCH
    names: set[str] = set()
    if lsis is not None:
        if not lsis:
            return a.LSI_EMPTY
        if len(schema) != 2:
            return a.LSI_NEEDS_RANGE
        for index in lsis:
            found = index_error(index, definitions, names)
            if found is not None:
                return found
            name = index["IndexName"]
            if len(index["KeySchema"]) != 2:
                return a.LSI_INDEX_NEEDS_RANGE.format(index=name)
            index_hash = index["KeySchema"][0]["AttributeName"]
            if index_hash != schema[0]["AttributeName"]:
                return a.LSI_OTHER_HASH.format(
                    index=name, index_hash=index_hash, table_hash=schema[0]["AttributeName"]
                )
        if len(lsis) > 5:
            return a.TOO_MANY_LSI
    if gsis is not None:
        if not gsis:
            return a.GSI_EMPTY
        for index in gsis:
            found = index_error(index, definitions, names, global_index=True)
            if found is not None:
                return found
            name = index["IndexName"]
            if pay_per_request and index.get("ProvisionedThroughput") is not None:
                return a.INDEX_THROUGHPUT_FORBIDDEN.format(index=name)
            if not pay_per_request and index.get("ProvisionedThroughput") is None:
                return a.INDEX_THROUGHPUT_NOT_SPECIFIED.format(index=name)
        if len(gsis) > 20:
            return a.TOO_MANY_GSI
    if projected(schema, (*(lsis or ()), *(gsis or ()))) > MAX_NON_KEY:
        return a.TOO_MANY_PROJECTED
    used = dict.fromkeys(e["AttributeName"] for e in schema)
    for index in (*(lsis or ()), *(gsis or ())):
        used.update(dict.fromkeys(e["AttributeName"] for e in index["KeySchema"]))
    if set(definitions) - set(used):
        return a.DEFINITIONS_NOT_USED.format(
            definitions=", ".join(definitions), keys=", ".join(used)
        )
    stream = body.get("StreamSpecification")
    if stream is not None:
        if stream.get("StreamEnabled") and stream.get("StreamViewType") is None:
            return a.STREAM_VIEW_REQUIRED
        if stream.get("StreamEnabled") is False and stream.get("StreamViewType") is not None:
            return a.STREAM_VIEW_WITHOUT_ENABLED
    return None


def projected(schema: Sequence[Mapping[str, Any]], indexes: Sequence[Mapping[str, Any]]) -> int:
    """NonKeyAttributes summed over a table's indexes, key attributes left out."""
    table_keys = {e["AttributeName"] for e in schema}
    count = 0
    for index in indexes:
        keys = table_keys | {e["AttributeName"] for e in index["KeySchema"]}
        count += len(set(index["Projection"].get("NonKeyAttributes") or ()) - keys)
    return count


def key_error(
    schema: Sequence[Mapping[str, Any]], definitions: list[str], *, check_count: bool = False
) -> str | None:
    keys = [e["AttributeName"] for e in schema]
    if check_count and len(keys) > len(definitions):
        return a.KEY_NO_DEFINITION
    if any(key not in definitions for key in keys):
        return a.KEYS_NOT_DEFINED.format(keys=", ".join(keys), definitions=", ".join(definitions))
    if len(keys) == 2 and keys[0] == keys[1]:
        return a.KEYS_SAME_NAME
    if schema[0]["KeyType"] != "HASH":
        return a.FIRST_NOT_HASH
    if len(schema) == 2 and schema[1]["KeyType"] != "RANGE":
        return a.SECOND_NOT_RANGE
    return None


def global_key_error(schema: Sequence[Mapping[str, Any]], definitions: list[str]) -> str | None:
    """A global secondary index's key schema: one HASH and one RANGE element as a table's, or
    a multi-attribute key (since November 2025: up to 4 HASH then up to 4 RANGE elements).
    The multi-attribute rules speak DynamoDB Local 3.3.1's words (no live capture yet)."""
    if len(schema) > 2 * MAX_KEY_PARTS:
        return a.KEY_SCHEMA_TOO_BIG
    kinds = [e["KeyType"] for e in schema]
    if len(schema) <= 2 and kinds.count("HASH") < 2:
        return key_error(schema, definitions)
    keys = [e["AttributeName"] for e in schema]
    if any(key not in definitions for key in keys):
        return a.KEYS_NOT_DEFINED.format(keys=", ".join(keys), definitions=", ".join(definitions))
    if kinds[0] != "HASH":
        return a.FIRST_NOT_HASH
    if "RANGE" in kinds and "HASH" in kinds[kinds.index("RANGE") :]:
        return a.KEY_ORDER
    if len(set(keys)) != len(keys):
        return a.KEYS_SAME_NAME_MULTI
    if kinds.count("HASH") > MAX_KEY_PARTS:
        return a.TOO_MANY_PARTITION_KEYS
    if kinds.count("RANGE") > MAX_KEY_PARTS:
        return a.TOO_MANY_SORT_KEYS
    return None


def index_error(
    index: Mapping[str, Any],
    definitions: list[str],
    names: set[str],
    *,
    global_index: bool = False,
) -> str | None:
    schema = index["KeySchema"]
    found = (
        global_key_error(schema, definitions) if global_index else key_error(schema, definitions)
    )
    if found is not None:
        return found
    projection = index["Projection"]
    kind = projection.get("ProjectionType")
    if kind is None:
        return a.PROJECTION_TYPE_NULL
    if projection.get("NonKeyAttributes") is not None and kind != "INCLUDE":
        return a.NON_KEY_NOT_INCLUDE.format(projection=kind)
    attributes = projection.get("NonKeyAttributes")
    if kind == "INCLUDE" and not attributes:
        return a.INCLUDE_EMPTY
    non_key = attributes or []
    twice = [n for i, n in enumerate(non_key) if n in non_key[:i]]
    if twice:
        return a.NON_KEY_TWICE.format(name=twice[0])
    name = index["IndexName"]
    if name in names:
        return a.DUPLICATE_INDEX.format(index=name)
    names.add(name)
    return None
