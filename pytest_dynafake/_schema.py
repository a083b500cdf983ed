"""Declarative tables: key schemas given as ``(name, type)`` pairs or as boto3's
``create_table`` arguments, checked at declaration.

Every error here is a ``DynaFakeError`` naming the table and saying what to do.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ._errors import DynaFakeError
from ._store import KeyAttribute

KeySpec = str | tuple[str, str] | Sequence[str]
KEY_TYPES = ("S", "N", "B")
THROUGHPUT = ("ReadCapacityUnits", "WriteCapacityUnits")
CREATE_TABLE_KEYS = frozenset({"TableName", "KeySchema", "AttributeDefinitions"})
# create_table arguments kept for DescribeTable; anything else is refused by name.
CREATE_TABLE_EXTRAS = frozenset(
    {
        "BillingMode",
        "ProvisionedThroughput",
        "OnDemandThroughput",
        "WarmThroughput",
        "GlobalSecondaryIndexes",
        "LocalSecondaryIndexes",
        "StreamSpecification",
        "SSESpecification",
        "Tags",
        "TableClass",
        "DeletionProtectionEnabled",
        "ResourcePolicy",
    }
)


def key_attribute(table: str, role: str, spec: KeySpec) -> KeyAttribute:
    """``"user_id"`` (a string key) or ``("user_id", "S")``."""
    if isinstance(spec, str) and spec:
        return KeyAttribute(spec, "S")
    if (
        isinstance(spec, tuple | list)
        and len(spec) == 2
        and isinstance(spec[0], str)
        and spec[0]
        and spec[1] in KEY_TYPES
    ):
        return KeyAttribute(spec[0], spec[1])
    raise DynaFakeError(
        f"table {table!r}: {role} {spec!r} is not a key; give the attribute name, or a "
        "(name, type) pair with type 'S', 'N' or 'B', e.g. ('user_id', 'S')"
    )


def from_create_table(
    arguments: Mapping[str, Any],
) -> tuple[str, KeyAttribute, KeyAttribute | None, dict[str, Any]]:
    """The key schema of boto3's ``create_table`` arguments."""
    name = arguments.get("TableName")
    if not isinstance(name, str) or not name:
        raise DynaFakeError(
            "create_table needs TableName, KeySchema and AttributeDefinitions, as boto3's "
            f"create_table takes them; got {sorted(arguments)!r}"
        )
    unknown = sorted(
        set(arguments) - CREATE_TABLE_EXTRAS - {"TableName", "KeySchema", "AttributeDefinitions"}
    )
    if unknown:
        raise DynaFakeError(
            f"table {name!r}: create_table argument(s) {unknown!r} are not understood; "
            f"accepted: {', '.join(sorted(CREATE_TABLE_KEYS | CREATE_TABLE_EXTRAS))}"
        )
    schema = arguments.get("KeySchema") or []
    raw_definitions = arguments.get("AttributeDefinitions") or []
    for field, value in (("KeySchema", schema), ("AttributeDefinitions", raw_definitions)):
        if not isinstance(value, list) or not all(isinstance(e, Mapping) for e in value):
            raise DynaFakeError(
                f"table {name!r}: {field} {value!r} must be a list of mappings, as boto3's "
                "create_table takes it"
            )
    definitions = {d.get("AttributeName"): d.get("AttributeType") for d in raw_definitions}
    roles: dict[str, KeyAttribute] = {}
    for element in schema:
        attribute, role = element.get("AttributeName"), element.get("KeyType")
        if role not in ("HASH", "RANGE") or role in roles:
            raise DynaFakeError(
                f"table {name!r}: KeySchema {schema!r} must have one HASH element and at most one "
                "RANGE element, each {'AttributeName': ..., 'KeyType': 'HASH' | 'RANGE'}"
            )
        kind = definitions.get(attribute)
        if kind not in KEY_TYPES:
            raise DynaFakeError(
                f"table {name!r}: key attribute {attribute!r} needs an AttributeDefinitions entry "
                "with AttributeType 'S', 'N' or 'B'"
            )
        roles[role] = KeyAttribute(attribute, kind)
    if "HASH" not in roles:
        raise DynaFakeError(
            f"table {name!r}: KeySchema {schema!r} has no HASH (partition key) element"
        )
    check_distinct_keys(name, roles["HASH"], roles.get("RANGE"))
    extra = {k: arguments[k] for k in CREATE_TABLE_EXTRAS if k in arguments}
    _check_extras(name, extra)
    extra["AttributeDefinitions"] = list(arguments.get("AttributeDefinitions") or [])
    return name, roles["HASH"], roles.get("RANGE"), extra


def check_distinct_keys(table: str, hash_key: KeyAttribute, range_key: KeyAttribute | None) -> None:
    if range_key is not None and range_key.name == hash_key.name:
        raise DynaFakeError(
            f"table {table!r}: the partition key and the sort key are both {hash_key.name!r}; "
            "DynamoDB needs two different attributes"
        )


def _check_extras(table: str, extra: Mapping[str, Any]) -> None:
    throughput = extra.get("ProvisionedThroughput")
    if throughput is not None and not (
        isinstance(throughput, Mapping)
        and all(isinstance(throughput.get(k, 0), int) for k in THROUGHPUT)
    ):
        raise DynaFakeError(
            f"table {table!r}: ProvisionedThroughput {throughput!r} must be a mapping such as "
            "{'ReadCapacityUnits': 5, 'WriteCapacityUnits': 5}"
        )


def check_table_name(name: object) -> str:
    if (
        not isinstance(name, str)
        or not 3 <= len(name) <= 255
        or not all(c.isascii() and (c.isalnum() or c in "_.-") for c in name)
    ):
        raise DynaFakeError(
            f"table name {name!r} is not one DynamoDB accepts: use 3 to 255 characters from "
            "a-z, A-Z, 0-9, '_', '-' and '.'"
        )
    return name
