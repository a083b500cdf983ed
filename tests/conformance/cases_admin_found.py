"""Admin conformance cases the admin fuzzer (test_fuzz_admin.py) found, each pinning one of its
allowances (or a fix) against DynamoDB Local: run by test_admin_conformance.py with the cases of
cases_admin.py; the differences are rows of docs/differences.md, "Table admin"."""

from __future__ import annotations

from typing import Any

from .cases_admin import (
    COMPOSITE,
    GSI_G,
    ON_DEMAND,
    AdminCase,
    StepDifference,
    case,
    create,
    defs,
    err,
    key,
)

ON_DEMAND_G: dict[str, Any] = {**ON_DEMAND, "AttributeDefinitions": defs(("pk", "S"), ("g", "S"))}
COMPOSITE_L: dict[str, Any] = {
    **COMPOSITE,
    "AttributeDefinitions": defs(("pk", "S"), ("sk", "N"), ("l", "S")),
}
LSI_L = {
    "IndexName": "by_l",
    "KeySchema": key(("pk", "HASH"), ("l", "RANGE")),
    "Projection": {"ProjectionType": "ALL"},
}

THROUGHPUT = {"ReadCapacityUnits": 1, "WriteCapacityUnits": 6}
FOUND_CASES: list[AdminCase] = [
    case("ct-non-key-names-key", create(**ON_DEMAND_G, GlobalSecondaryIndexes=[
        {**GSI_G, "Projection": {"ProjectionType": "INCLUDE",
                                 "NonKeyAttributes": ["pk", "g", "a"]}}]),
        ("describe_table", {})),
    case("ct-too-many-projected", create(**ON_DEMAND_G, GlobalSecondaryIndexes=[
        {**GSI_G, "Projection": {"ProjectionType": "INCLUDE",
                                 "NonKeyAttributes": ["pk", *(f"n{i}" for i in range(101))]}}])),
    case(
        "ct-include-missing",
        create(**ON_DEMAND_G, GlobalSecondaryIndexes=[
            {**GSI_G, "Projection": {"ProjectionType": "INCLUDE"}}]),
    ),
    case("ct-stream-enabled-null",
         create(**ON_DEMAND, StreamSpecification={"StreamViewType": "NEW_IMAGE"})),
    case("ct-index-name-short",
         create(**ON_DEMAND_G, GlobalSecondaryIndexes=[{**GSI_G, "IndexName": "ab"}])),
    case("ct-key-type-bad", create(**{**COMPOSITE, "KeySchema": key(("pk", "HASH"),
                                                                    ("sk", "PARTITION"))})),
    case("ct-billing-mode-bad", create(**{**ON_DEMAND, "BillingMode": "ON_DEMAND"})),
    case("ct-projection-null", create(**ON_DEMAND_G, GlobalSecondaryIndexes=[
        {k: v for k, v in GSI_G.items() if k != "Projection"}])),
    case("ct-range-only", create(**{**ON_DEMAND, "KeySchema": key(("pk", "RANGE"))})),
    case("ct-two-hash", create(**{**ON_DEMAND_G, "KeySchema": key(("pk", "HASH"), ("g", "HASH"))})),
    case("ct-lsi-other-hash", create(**COMPOSITE_L, LocalSecondaryIndexes=[
        {**LSI_L, "KeySchema": key(("sk", "HASH"), ("l", "RANGE"))}])),
    case("ct-lsi-no-range", create(**COMPOSITE_L, LocalSecondaryIndexes=[
        {**LSI_L, "KeySchema": key(("pk", "HASH"))}])),
    case("ct-lsi-empty", create(**COMPOSITE, LocalSecondaryIndexes=[])),
    case("ct-no-definitions", create(**{**ON_DEMAND, "AttributeDefinitions": []})),
    case("ct-gsi-key-not-defined", create(**ON_DEMAND, GlobalSecondaryIndexes=[GSI_G])),
    case("ct-unused-definition-indexes", create(**{
        **ON_DEMAND, "AttributeDefinitions": defs(("pk", "S"), ("g", "S"), ("x", "S"))},
        GlobalSecondaryIndexes=[GSI_G])),
    case("ct-order-throughput-first", create(
        KeySchema=key(("pk", "HASH"), ("g", "HASH")), AttributeDefinitions=defs(("pk", "S"),
                                                                                 ("g", "S")))),
    case("ut-same-throughput", create(KeySchema=key(("pk", "HASH")),
                                      AttributeDefinitions=defs(("pk", "S")),
                                      ProvisionedThroughput=THROUGHPUT),
         ("update_table", {"ProvisionedThroughput": THROUGHPUT})),
    case("ut-create-gsi-undefined", create(**ON_DEMAND), ("update_table", {
        "AttributeDefinitions": [], "GlobalSecondaryIndexUpdates": [{"Create": GSI_G}]})),
]  # fmt: skip

INVALID = "One or more parameter values were invalid: "
DYNALITE = "dynalite validations/createTable.js (live)"
DYNALITE_MEMBERS = (
    "dynalite validations/createTable.js (live: each member's constraints, all listed, before "
    "any check across members)"
)


def _created(cid: str) -> dict[str, Any]:
    """DynamoDB Local's description of a COMPOSITE table it created."""
    return {"TableDescription": {
        "AttributeDefinitions": defs(("pk", "S"), ("sk", "N")), "BillingMode": "PAY_PER_REQUEST",
        "DeletionProtectionEnabled": False, "ItemCount": 0, "KeySchema": COMPOSITE["KeySchema"],
        "Stream": False, "TableName": "adm-" + cid, "TableSizeBytes": 0, "TableStatus": "ACTIVE",
        "Throughput": [0, 0]}}  # fmt: skip


def _diff(local: Any, aws: Any, source: str, verified: bool = True) -> StepDifference:
    return StepDifference(local=local, aws=aws, source=source, verified=verified)


def _constraint(value: str, field: str, constraint: str) -> dict[str, Any]:
    return err("ValidationException", f"1 validation error detected: Value {value} at '{field}' "
               f"failed to satisfy constraint: {constraint}")  # fmt: skip


VE = "ValidationException"
INCLUDE_LIVE = (
    "paritysuite/dynamodb-conformance tests/tier3/error-messages/createTable.test.ts (live, "
    "exact; nubo-db/dynoxide issue 116); Alternator test_gsi_projection_error_missing_"
    "nonkeyattributes (live: `ValidationException.*NonKeyAttributes`)"
)
FOUND_DIFFERENCES: dict[tuple[str, int], StepDifference] = {
    ("ct-stream-enabled-null", 0): _diff(
        err(VE, "Stream StreamEnabled was null"),
        _constraint("null", "streamSpecification.streamEnabled", "Member must not be null"),
        "the service model marks StreamEnabled required, and the service answers a missing "
        "required member with this constraint (docs/errors.md, Request shape); no live capture",
        verified=False,
    ),
    ("ct-index-name-short", 0): _diff(
        err(VE, "Invalid table/index name.  Table/index names must be between 3 and 255 "
            "characters long, and may contain only the characters a-z, A-Z, 0-9, '_', '-', "
            "and '.'"),
        _constraint("'ab'", "globalSecondaryIndexes.1.member.indexName",
                    "Member must have length greater than or equal to 3"),
        DYNALITE_MEMBERS,
    ),
    ("ct-key-type-bad", 0): _diff(
        _created("ct-key-type-bad"),
        _constraint("'PARTITION'", "keySchema.2.member.keyType",
                    "Member must satisfy enum value set: [HASH, RANGE]"),
        DYNALITE_MEMBERS,
    ),
    ("ct-billing-mode-bad", 0): _diff(
        err("InternalFailure", "The request processing has failed because of an unknown error, "
            "exception or failure."),
        _constraint("'ON_DEMAND'", "billingMode",
                    "Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]"),
        DYNALITE_MEMBERS,
    ),
    ("ct-projection-null", 0): _diff(
        err(VE, "Indexes must have a projection specified"),
        _constraint("null", "globalSecondaryIndexes.1.member.projection",
                    "Member must not be null"),
        DYNALITE_MEMBERS,
    ),
    ("ct-range-only", 0): _diff(
        err(VE, "No Hash Key specified in schema.  All Dynamo DB tables must have exactly one "
            "hash key"),
        err(VE, "Invalid KeySchema: The first KeySchemaElement is not a HASH key type"), DYNALITE,
    ),
    ("ct-two-hash", 0): _diff(
        err(VE, "Too many hash keys specified.  All Dynamo DB tables must have exactly one hash "
            "key"),
        err(VE, "Invalid KeySchema: The second KeySchemaElement is not a RANGE key type"),
        DYNALITE,
    ),
    ("ct-lsi-other-hash", 0): _diff(
        err(VE, "Local Secondary indices must have the same hash key as the main table"),
        err(VE, INVALID + "Index KeySchema does not have the same leading hash key as table "
            "KeySchema for index: by_l. index hash key: sk, table hash key: pk"), DYNALITE,
    ),
    ("ct-lsi-no-range", 0): _diff(
        err(VE, "Local secondary indices must have a range key"),
        err(VE, INVALID + "Index KeySchema does not have a range key for index: by_l"), DYNALITE,
    ),
    ("ct-lsi-empty", 0): _diff(
        _created("ct-lsi-empty"), err(VE, INVALID + "List of LocalSecondaryIndexes is empty"),
        DYNALITE,
    ),
    ("ct-no-definitions", 0): _diff(
        err(VE, "No Attribute Schema Defined"),
        err(VE, "Invalid KeySchema: Some index key attribute have no definition"), DYNALITE,
    ),
    ("ct-gsi-key-not-defined", 0): _diff(
        err(VE, "Attribute g is not defined in AttributeDefinitions"),
        err(VE, INVALID + "Some index key attributes are not defined in AttributeDefinitions. "
            "Keys: [g], AttributeDefinitions: [pk]"), DYNALITE,
    ),
    ("ct-unused-definition-indexes", 0): _diff(
        err(VE, "The number of attributes in key schema must match the number of attributes "
            "defined in attribute definitions."),
        err(VE, INVALID + "Some AttributeDefinitions are not used. AttributeDefinitions: "
            "[pk, g, x], keys used: [pk, g]"), DYNALITE,
    ),
    ("ct-order-throughput-first", 0): _diff(
        err(VE, "Too many hash keys specified.  All Dynamo DB tables must have exactly one hash "
            "key"),
        err(VE, INVALID + "ReadCapacityUnits and WriteCapacityUnits must both be specified when "
            "BillingMode is PROVISIONED"),
        "dynalite validations/createTable.js (live: the throughput checks come first)",
    ),
    ("ut-create-gsi-undefined", 1): _diff(
        err(VE, "No Attribute Schema Defined"),
        err(VE, INVALID + "Some index key attributes are not defined in AttributeDefinitions. "
            "Keys: [g], AttributeDefinitions: [pk]"),
        "the fake answers CreateTable's check (dynalite validations/createTable.js, live) for "
        "the new index; no live capture for UpdateTable",
        verified=False,
    ),
    ("ct-include-missing", 0): _diff(
        err(VE, "If Projection type INCLUDE is specified, some non-key attributes to include in "
            "the projection must be specified as well"),
        err(VE, INVALID + "ProjectionType is INCLUDE, but NonKeyAttributes is not specified"),
        INCLUDE_LIVE,
    ),
    ("ct-include-empty", 0): _diff(
        err(VE, "If Projection type INCLUDE is specified, some non-key attributes to include in "
            "the projection must be specified as well"),
        err(VE, INVALID + "ProjectionType is INCLUDE, but NonKeyAttributes is not specified"),
        INCLUDE_LIVE,
    ),
    ("ct-stream-view-disabled", 0): _diff(
        err(VE, "Invalid StreamViewType: Stream StreamEnabled was false but a StreamViewType was "
            "present."),
        err(VE, INVALID + "Table is being created with a stream disabled, UpdateViewType should "
            "not be specified"),
        "paritysuite/dynamodb-conformance tests/tier3/error-messages/createTable.test.ts (live, "
        "exact; nubo-db/dynoxide issue 115)",
    ),
    ("ut-same-throughput", 1): _diff(
        err(VE, "The requested throughput value equals the current value"),
        err(VE, "The provisioned throughput for the table will not change. The requested value "
            "equals the current value. Current ReadCapacityUnits provisioned for the table: 1. "
            "Requested ReadCapacityUnits: 1. Current WriteCapacityUnits provisioned for the "
            "table: 6. Requested WriteCapacityUnits: 6. Refer to the Amazon DynamoDB Developer "
            "Guide for current limits and how to request higher limits."),
        "dynalite test/updateTable.js (live: read and write the same)",
    ),
}  # fmt: skip
