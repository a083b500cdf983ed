"""DeleteTable and UpdateTable, on the fake that served the request (a test's layer: a table of
the module or session fake is hidden or copied there, never changed). Every change is done at
once: the table is ACTIVE (or gone) in the answer, an added index is built from the items."""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from .. import _messages_admin as a
from .. import _validation as v
from .._errors import DynaFakeError
from .._shape import BOOL, STR, Shape, nulls_as_empty
from .._store import GLOBAL, Index, Table
from .._store.declare import MAX_NON_KEY, index_specs
from .._wire import dumps
from ._common import RequestContext, find, name_errors
from ._table_checks import global_key_error, index_error, projected
from .create_table import (
    BILLING_MODES,
    GSI,
    STREAM,
    THROUGHPUT,
    definition_errors,
    enum_error,
    index_errors,
    null_error,
    throughput_errors,
)
from .tables import Answer, describe, stream_label

DELETE_SHAPE: dict[str, Shape] = {"TableName": STR}
UPDATE_SHAPE: dict[str, Shape] = {
    "TableName": STR,
    "AttributeDefinitions": [{"AttributeName": STR, "AttributeType": STR}],
    "BillingMode": STR,
    "ProvisionedThroughput": THROUGHPUT,
    "GlobalSecondaryIndexUpdates": [
        {
            "Create": GSI,
            "Update": {"IndexName": STR, "ProvisionedThroughput": THROUGHPUT},
            "Delete": {"IndexName": STR},
        }
    ],
    "StreamSpecification": STREAM,
    "SSESpecification": {"Enabled": BOOL, "SSEType": STR, "KMSMasterKeyId": STR},
    "TableClass": STR,
    "DeletionProtectionEnabled": BOOL,
}
UPDATES = (
    "ProvisionedThroughput",
    "BillingMode",
    "StreamSpecification",
    "GlobalSecondaryIndexUpdates",
    "SSESpecification",
    "TableClass",
    "DeletionProtectionEnabled",
)


def _table_name(body: Mapping[str, Any]) -> str:
    name = body.get("TableName")
    errors = name_errors(name, "tableName")
    if errors:
        raise v.constraint_errors(errors)
    assert isinstance(name, str)
    return name


def delete_table(body: Mapping[str, Any], context: RequestContext) -> Answer:
    name = _table_name(body)
    writer = context.writer
    with writer.lock:
        found = find(context, name)
        if found is None:  # none, or another region's
            raise v.AwsError(v.RESOURCE_NOT_FOUND, v.TABLE_NOT_FOUND_NAMED.format(table=name))
        if found.extra.get("DeletionProtectionEnabled"):
            raise v.invalid(a.DELETION_PROTECTED)
        table = writer.drop(name)
    return Answer(dumps({"TableDescription": deleted(table, context.region)}))


def deleted(table: Table, region: str) -> dict[str, Any]:
    """DeleteTable's answer: the table DELETING, without its schema and indexes (as the
    service answers, not DynamoDB Local, which repeats the whole ACTIVE description)."""
    full = describe(table, region)
    out: dict[str, Any] = {
        k: full[k]
        for k in (
            "TableName",
            "TableStatus",
            "ProvisionedThroughput",
            "TableSizeBytes",
            "ItemCount",
            "TableArn",
            "TableId",
            "BillingModeSummary",
        )
        if k in full
    }
    out["TableStatus"] = "DELETING"
    return out


def update_table(body: Mapping[str, Any], context: RequestContext) -> Answer:
    name = _table_name(body)
    nulls_as_empty(UPDATE_SHAPE, body)
    _check_static(body)
    writer = context.writer
    with writer.lock:
        current = find(context, name)
        if current is None:
            raise v.AwsError(v.RESOURCE_NOT_FOUND, v.TABLE_NOT_FOUND_NAMED.format(table=name))
        changes = _plan(body, current)
        table = writer.writable(name, v.TABLE_NOT_FOUND_NAMED)
        _apply(body, table, changes)
    return Answer(dumps({"TableDescription": describe(table, context.region)}))


def _check_static(body: Mapping[str, Any]) -> None:
    # Each member's constraints, as CreateTable's (the null ones raised a bare KeyError and
    # TypeError out of the fake before: the admin fuzzer's find)
    errors: list[str] = []
    definition_errors(body.get("AttributeDefinitions") or [], errors)
    billing = body.get("BillingMode")
    if billing is not None and billing not in BILLING_MODES:
        errors.append(enum_error(billing, "billingMode", a.ENUM_BILLING_MODE))
    throughput_errors(body.get("ProvisionedThroughput"), "provisionedThroughput", errors)
    updates = body.get("GlobalSecondaryIndexUpdates")
    for i, update in enumerate(updates or (), 1):
        where = f"globalSecondaryIndexUpdates.{i}.member"
        if update.get("Create") is not None:
            index_errors(update["Create"], f"{where}.create", errors)
        if isinstance(update.get("Update"), Mapping):
            throughput = update["Update"].get("ProvisionedThroughput")
            throughput_errors(throughput, f"{where}.update.provisionedThroughput", errors)
    if errors:
        raise v.constraint_errors(errors)
    if not any(body.get(field) is not None for field in UPDATES) or updates == []:
        raise v.invalid(a.UPDATE_NOTHING)
    if billing == "PROVISIONED" and body.get("ProvisionedThroughput") is None:
        raise v.invalid(a.UPDATE_THROUGHPUT_REQUIRED)
    seen: set[str] = set()
    online = 0
    for update in updates or ():
        actions = [k for k in ("Update", "Create", "Delete") if update.get(k) is not None]
        if not actions:
            raise v.invalid(a.GSI_UPDATE_EMPTY)
        index = update[actions[0]].get("IndexName")
        if index is None:
            raise v.constraint_errors(
                [null_error("globalSecondaryIndexUpdates.1.member.indexName")]
            )
        if index in seen:
            raise v.invalid(a.GSI_UPDATE_TWICE.format(index=index))
        seen.add(index)
        online += sum(1 for k in actions if k != "Update")
    if online > 1:
        raise v.AwsError(a.LIMIT_EXCEEDED, a.GSI_LIMIT)


def _plan(body: Mapping[str, Any], table: Table) -> dict[str, Any]:
    """Check the request against the table; what to change."""
    billing = body.get("BillingMode") or table.extra.get("BillingMode", "PAY_PER_REQUEST")
    if body.get("ProvisionedThroughput") is not None and billing == "PAY_PER_REQUEST":
        raise v.invalid(a.THROUGHPUT_FORBIDDEN)
    known = {
        str(d.get("AttributeName")): str(d.get("AttributeType"))
        for d in table.extra.get("AttributeDefinitions")
        or [{"AttributeName": k.name, "AttributeType": k.type} for k in table.key_attributes]
    }
    for definition in body.get("AttributeDefinitions") or ():
        attribute, kind = definition.get("AttributeName"), definition.get("AttributeType")
        if known.get(attribute, kind) != kind and _used_as_key(table, attribute):
            raise v.invalid(a.GSI_ATTRIBUTE_TYPE.format(name=attribute))
        known[attribute] = kind
    creates: list[dict[str, Any]] = []
    throughputs: dict[str, dict[str, Any]] = {}
    deletes: list[str] = []
    for update in body.get("GlobalSecondaryIndexUpdates") or ():
        if update.get("Create") is not None:
            create = update["Create"]
            index = create.get("IndexName")
            if index in table.indexes:
                raise v.invalid(a.GSI_EXISTS)
            found = global_key_error(create.get("KeySchema") or [{}], list(known)) or index_error(
                create, list(known), set(), global_index=True
            )
            if found is not None:
                raise v.invalid(found)
            if billing == "PAY_PER_REQUEST" and create.get("ProvisionedThroughput") is not None:
                raise v.invalid(a.INDEX_CAPACITY_FORBIDDEN.format(index=index))
            if billing != "PAY_PER_REQUEST" and create.get("ProvisionedThroughput") is None:
                raise v.invalid(a.INDEX_CAPACITY_REQUIRED.format(index=index))
            if _projected_with(table, create) > MAX_NON_KEY:  # summed with the table's indexes
                raise v.invalid(a.TOO_MANY_PROJECTED)
            creates.append(create)
        else:
            action = update.get("Delete") or update["Update"]
            index = action["IndexName"]
            found_index = table.indexes.get(index)
            if found_index is None or found_index.kind != GLOBAL:
                raise v.AwsError(v.RESOURCE_NOT_FOUND, a.GSI_NOT_FOUND)
            if update.get("Delete") is not None:
                deletes.append(index)
            elif billing == "PAY_PER_REQUEST":
                if action.get("ProvisionedThroughput") is not None or not any(
                    action.get(k) is not None for k in ("OnDemandThroughput", "WarmThroughput")
                ):
                    raise v.invalid(a.INDEX_UPDATE_ON_DEMAND.format(index=index))
            elif action.get("ProvisionedThroughput") is not None:
                throughputs[index] = dict(action["ProvisionedThroughput"])
    was_on_demand = table.extra.get("BillingMode", "PAY_PER_REQUEST") == "PAY_PER_REQUEST"
    asked, current = body.get("ProvisionedThroughput"), table.extra.get("ProvisionedThroughput")
    if asked is not None and not was_on_demand and isinstance(current, Mapping):
        read, write = asked.get("ReadCapacityUnits"), asked.get("WriteCapacityUnits")
        if (read, write) == (current.get("ReadCapacityUnits"), current.get("WriteCapacityUnits")):
            raise v.invalid(a.THROUGHPUT_UNCHANGED.format(read=read, write=write))
    if body.get("BillingMode") == "PROVISIONED" and was_on_demand:
        missing = [n for n, i in table.indexes.items() if i.kind == GLOBAL and n not in throughputs]
        if missing:  # switching to provisioned: every global index's throughput
            raise v.invalid(a.INDEX_THROUGHPUT_REQUIRED.format(index=",".join(missing)))
    stream = body.get("StreamSpecification")
    if stream is not None:
        enabled = bool((table.extra.get("StreamSpecification") or {}).get("StreamEnabled"))
        if stream.get("StreamEnabled") and stream.get("StreamViewType") is None:
            raise v.invalid(a.STREAM_VIEW_REQUIRED)
        if stream.get("StreamEnabled") and enabled:
            raise v.invalid(a.STREAM_ALREADY_ENABLED.format(table=table.name))
        if not stream.get("StreamEnabled") and not enabled:
            raise v.invalid(a.STREAM_NOT_ENABLED.format(table=table.name))
    return {
        "billing": billing,
        "known": known,
        "creates": creates,
        "deletes": deletes,
        "throughputs": throughputs,
    }


def _used_as_key(table: Table, attribute: object) -> bool:
    if attribute in table.key_names:
        return True
    return any(
        attribute in [k.name for k in index.key_attributes] for index in table.indexes.values()
    )


def _apply(body: Mapping[str, Any], table: Table, changes: dict[str, Any]) -> None:
    extra = dict(table.extra)
    if extra.get("BillingMode", "PAY_PER_REQUEST") == "PAY_PER_REQUEST":
        extra["WasOnDemand"] = True
    extra["BillingMode"] = changes["billing"]
    if body.get("ProvisionedThroughput") is not None:
        extra["ProvisionedThroughput"] = dict(body["ProvisionedThroughput"])
    elif changes["billing"] == "PAY_PER_REQUEST":
        extra.pop("ProvisionedThroughput", None)
    for field in ("SSESpecification", "TableClass", "DeletionProtectionEnabled"):
        if body.get(field) is not None:
            extra[field] = body[field]
    stream = body.get("StreamSpecification")
    if stream is not None:
        if stream.get("StreamEnabled"):
            extra["StreamSpecification"] = dict(stream)
            extra["LatestStreamLabel"] = stream_label(time.time())
        else:
            extra.pop("StreamSpecification", None)
    indexes = dict(table.indexes)
    for name in changes["deletes"]:
        del indexes[name]
    for name, throughput in changes["throughputs"].items():
        index = indexes[name]  # its own spec: the index object is this copy's
        declared = {**(index.spec.declared or {}), "ProvisionedThroughput": throughput}
        index.spec = index.spec._replace(declared=declared)
    key = table.key_attributes
    try:
        specs = index_specs(
            table.name, key, changes["known"], {"GlobalSecondaryIndexes": changes["creates"]}
        )
    except DynaFakeError as error:  # what the checks above do not name
        raise v.invalid(a.INVALID_PREFIX + str(error)) from None
    for spec in specs:
        indexes[spec.name] = Index(spec, table)  # built from the items on its first read
    used = set(table.key_names)
    for index in indexes.values():
        used.update(k.name for k in index.key_attributes)
    extra["AttributeDefinitions"] = [
        {"AttributeName": n, "AttributeType": t} for n, t in changes["known"].items() if n in used
    ]
    table.extra = extra
    table.indexes = indexes


def _projected_with(table: Table, create: Mapping[str, Any]) -> int:
    """The NonKeyAttributes of the table's indexes and of the index ``create`` adds, summed
    (as CreateTable sums them), key attributes left out."""
    schema = [{"AttributeName": name} for name in table.key_names]
    indexes = [
        {
            "KeySchema": [{"AttributeName": k.name} for k in index.key_attributes],
            "Projection": {"NonKeyAttributes": index.spec.non_key_attributes},
        }
        for index in table.indexes.values()
    ]
    return projected(schema, [*indexes, create])
