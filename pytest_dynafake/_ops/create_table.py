"""CreateTable: the request checked with DynamoDB's messages in its order, then the table built
by the same code that declares tables for seeding (``_tables.table_from_create``), created in
the fake that served the request (a test's layer: the next test does not see it), ACTIVE at
once."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .. import _messages_admin as a
from .. import _validation as v
from .._errors import DynaFakeError
from .._shape import BOOL, INT, STR, Shape
from .._store.declare import MAX_KEY_PARTS, MAX_NON_KEY
from .._tables import table_from_create
from .._wire import dumps
from ._common import RequestContext
from ._names import name_errors as name_length_errors
from ._names import projection_errors
from ._tags import check_tags
from .tables import Answer, describe

KEY_SCHEMA: list[Shape] = [{"AttributeName": STR, "KeyType": STR}]
THROUGHPUT: dict[str, Shape] = {"ReadCapacityUnits": INT, "WriteCapacityUnits": INT}
ON_DEMAND: dict[str, Shape] = {"MaxReadRequestUnits": INT, "MaxWriteRequestUnits": INT}
WARM: dict[str, Shape] = {"ReadUnitsPerSecond": INT, "WriteUnitsPerSecond": INT}
PROJECTION: dict[str, Shape] = {"ProjectionType": STR, "NonKeyAttributes": [STR]}
GSI: dict[str, Shape] = {
    "IndexName": STR,
    "KeySchema": KEY_SCHEMA,
    "Projection": PROJECTION,
    "ProvisionedThroughput": THROUGHPUT,
    "OnDemandThroughput": ON_DEMAND,
    "WarmThroughput": WARM,
}
STREAM: dict[str, Shape] = {"StreamEnabled": BOOL, "StreamViewType": STR}
SHAPE: dict[str, Shape] = {
    "TableName": STR,
    "AttributeDefinitions": [{"AttributeName": STR, "AttributeType": STR}],
    "KeySchema": KEY_SCHEMA,
    "BillingMode": STR,
    "ProvisionedThroughput": THROUGHPUT,
    "LocalSecondaryIndexes": [
        {"IndexName": STR, "KeySchema": KEY_SCHEMA, "Projection": PROJECTION}
    ],
    "GlobalSecondaryIndexes": [GSI],
    "StreamSpecification": STREAM,
    "SSESpecification": {"Enabled": BOOL, "SSEType": STR, "KMSMasterKeyId": STR},
    "Tags": [{"Key": STR, "Value": STR}],
    "TableClass": STR,
    "DeletionProtectionEnabled": BOOL,
    "OnDemandThroughput": ON_DEMAND,
    "WarmThroughput": WARM,
    "ResourcePolicy": STR,
}
MAX_UNITS = 10**12  # the service's bound on a table's read or write capacity units
BILLING_MODES = ("PROVISIONED", "PAY_PER_REQUEST")
TABLE_CLASSES = ("STANDARD", "STANDARD_INFREQUENT_ACCESS")
STREAM_VIEW_TYPES = ("NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY")


def create_table(body: Mapping[str, Any], context: RequestContext) -> Answer:
    check_create(body)
    arguments = {k: val for k, val in body.items() if val is not None}
    arguments.setdefault("BillingMode", "PROVISIONED")
    try:
        table = table_from_create(arguments)
    except DynaFakeError as error:  # a case the checks above do not name: say what we know
        raise v.invalid(a.INVALID_PREFIX + str(error)) from None
    table.region = context.region  # the service keeps tables per region
    writer = context.writer
    with writer.lock:
        writer.create(table)
    return Answer(dumps({"TableDescription": describe(table, context.region)}))


def check_create(body: Mapping[str, Any]) -> None:
    """DynamoDB's ValidationException for a CreateTable request it refuses, or nothing."""
    if body.get("TableName") is None:
        raise v.invalid(a.PARAMETER_REQUIRED.format(name="TableName"))
    errors = constraint_errors(body)
    if errors:
        raise v.constraint_errors(errors)
    message = semantic_error(body)
    if message is not None:
        raise v.invalid(message)
    check_tags(body.get("Tags") or ())  # after the table's own checks (order unverified)


def _null(field: str) -> str:
    return v.CONSTRAINT.format(value="null", field=field, constraint=v.MEMBER_NOT_NULL)


def _enum(value: object, field: str, constraint: str) -> str:
    return v.CONSTRAINT.format(value=f"'{value}'", field=field, constraint=constraint)


def _key_schema_errors(schema: object, field: str, errors: list[str], bounded: bool = True) -> None:
    if schema is None:
        errors.append(_null(field))
        return
    assert isinstance(schema, list)
    if not schema:
        errors.append(v.CONSTRAINT_NO_ECHO.format(field=field, constraint=v.LIST_MIN_ONE))
    elif bounded and len(schema) > 2:  # a GSI's key may have up to 8 elements
        shown = ", ".join(
            f"KeySchemaElement(attributeName={e.get('AttributeName')}, keyType={e.get('KeyType')})"
            for e in schema
        )
        errors.append(
            v.CONSTRAINT.format(value=f"'[{shown}]'", field=field, constraint=a.LIST_MAX_2)
        )
    for i, element in enumerate(schema, 1):
        where = f"{field}.{i}.member"
        if element.get("AttributeName") is None:
            errors.append(_null(f"{where}.attributeName"))
        errors.extend(name_length_errors(element.get("AttributeName"), f"{where}.attributeName"))
        kind = element.get("KeyType")
        if kind is None:
            errors.append(_null(f"{where}.keyType"))
        elif kind not in ("HASH", "RANGE"):
            errors.append(_enum(kind, f"{where}.keyType", a.ENUM_KEY_TYPE))


def _throughput_errors(throughput: object, field: str, errors: list[str]) -> None:
    if not isinstance(throughput, Mapping):
        return
    for member in ("WriteCapacityUnits", "ReadCapacityUnits"):
        value = throughput.get(member)
        name = f"{field}.{member[0].lower()}{member[1:]}"
        if value is None:
            errors.append(_null(name))
        elif value < 1:
            errors.append(v.CONSTRAINT.format(value=value, field=name, constraint=a.VALUE_MIN_1))


def constraint_errors(body: Mapping[str, Any]) -> list[str]:
    """The aggregated member constraints, in the order DynamoDB lists them."""
    errors: list[str] = []
    definitions = body.get("AttributeDefinitions")
    if definitions is None:
        errors.append(_null("attributeDefinitions"))
    else:
        for i, definition in enumerate(definitions, 1):
            where = f"attributeDefinitions.{i}.member"
            name = definition.get("AttributeName")
            if name is None:
                errors.append(_null(f"{where}.attributeName"))
            errors.extend(name_length_errors(name, f"{where}.attributeName"))
            kind = definition.get("AttributeType")
            if kind is None:
                errors.append(_null(f"{where}.attributeType"))
            elif kind not in ("B", "N", "S"):
                errors.append(_enum(kind, f"{where}.attributeType", a.ENUM_ATTRIBUTE_TYPE))
    errors.extend(v.table_name_errors(body["TableName"], "tableName"))
    billing = body.get("BillingMode")
    if billing is not None and billing not in BILLING_MODES:
        errors.append(_enum(billing, "billingMode", a.ENUM_BILLING_MODE))
    _throughput_errors(body.get("ProvisionedThroughput"), "provisionedThroughput", errors)
    _key_schema_errors(body.get("KeySchema"), "keySchema", errors)
    for field, member in (
        ("LocalSecondaryIndexes", "localSecondaryIndexes"),
        ("GlobalSecondaryIndexes", "globalSecondaryIndexes"),
    ):
        bounded = field == "LocalSecondaryIndexes"
        for i, index in enumerate(body.get(field) or (), 1):
            where = f"{member}.{i}.member"
            name = index.get("IndexName")
            if name is None:
                errors.append(_null(f"{where}.indexName"))
            else:
                errors.extend(v.table_name_errors(name, f"{where}.indexName"))
            # KeyType's enum too (live: moto's aws_verified test_create_table__specify_non_key
            # _column; DynamoDB Local checks the attributes first)
            _key_schema_errors(
                index.get("KeySchema"), f"{where}.keySchema", errors, bounded=bounded
            )
            projection = index.get("Projection")
            if projection is None:
                errors.append(_null(f"{where}.projection"))
            else:
                kind = projection.get("ProjectionType")
                if kind is not None and kind not in ("ALL", "INCLUDE", "KEYS_ONLY"):
                    errors.append(
                        _enum(kind, f"{where}.projection.projectionType", a.ENUM_PROJECTION_TYPE)
                    )
            errors.extend(projection_errors(projection, f"{where}.projection"))
            _throughput_errors(
                index.get("ProvisionedThroughput"), f"{where}.provisionedThroughput", errors
            )
    table_class = body.get("TableClass")
    if table_class is not None and table_class not in TABLE_CLASSES:
        errors.append(_enum(table_class, "tableClass", a.ENUM_TABLE_CLASS))
    stream = body.get("StreamSpecification")
    if stream is not None and stream.get("StreamEnabled") is None:
        errors.append(_null("streamSpecification.streamEnabled"))
    view = (stream or {}).get("StreamViewType")
    if view is not None and view not in STREAM_VIEW_TYPES:
        errors.append(_enum(view, "streamSpecification.streamViewType", a.ENUM_STREAM_VIEW_TYPE))
    return errors


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
    found = _key_error(body["KeySchema"], definitions, check_count=True)
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
            found = _index_error(index, definitions, names)
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
            found = _index_error(index, definitions, names, global_index=True)
            if found is not None:
                return found
            name = index["IndexName"]
            if pay_per_request and index.get("ProvisionedThroughput") is not None:
                return a.INDEX_THROUGHPUT_FORBIDDEN.format(index=name)
            if not pay_per_request and index.get("ProvisionedThroughput") is None:
                return a.INDEX_THROUGHPUT_REQUIRED.format(index=name)
        if len(gsis) > 20:
            return a.TOO_MANY_GSI
    if _projected(schema, (*(lsis or ()), *(gsis or ()))) > MAX_NON_KEY:
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


def _projected(schema: Sequence[Mapping[str, Any]], indexes: Sequence[Mapping[str, Any]]) -> int:
    """NonKeyAttributes summed over a table's indexes, key attributes left out."""
    table_keys = {e["AttributeName"] for e in schema}
    count = 0
    for index in indexes:
        keys = table_keys | {e["AttributeName"] for e in index["KeySchema"]}
        count += len(set(index["Projection"].get("NonKeyAttributes") or ()) - keys)
    return count


def _key_error(
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
        return _key_error(schema, definitions)
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


def _index_error(
    index: Mapping[str, Any],
    definitions: list[str],
    names: set[str],
    *,
    global_index: bool = False,
) -> str | None:
    schema = index["KeySchema"]
    found = (
        global_key_error(schema, definitions) if global_index else _key_error(schema, definitions)
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
