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
    case("ct-gsi-no-throughput", create(**{**ON_DEMAND_G, "BillingMode": "PROVISIONED"},
                                        ProvisionedThroughput=THROUGHPUT,
                                        GlobalSecondaryIndexes=[GSI_G])),
    case("ct-gsi-empty", create(**ON_DEMAND, GlobalSecondaryIndexes=[])),
    case("ct-non-key-not-include", create(**ON_DEMAND_G, GlobalSecondaryIndexes=[
        {**GSI_G, "Projection": {"ProjectionType": "ALL", "NonKeyAttributes": ["a"]}}])),
    case("ct-projection-type-null", create(**ON_DEMAND_G, GlobalSecondaryIndexes=[
        {**GSI_G, "Projection": {}}])),
    case("ut-gsi-throughput-on-demand", create(**ON_DEMAND), ("update_table", {
        "AttributeDefinitions": defs(("g", "S")),
        "GlobalSecondaryIndexUpdates": [{"Create": {**GSI_G, "ProvisionedThroughput": THROUGHPUT}}],
    })),
    case("ct-throughput-out-of-bounds", create(KeySchema=key(("pk", "HASH")),
         AttributeDefinitions=defs(("pk", "S")),
         ProvisionedThroughput={"ReadCapacityUnits": 10**12, "WriteCapacityUnits": 10**12 + 1})),
    case("ct-throughput-over-quota", create(KeySchema=key(("pk", "HASH")),
         AttributeDefinitions=defs(("pk", "S")),
         ProvisionedThroughput={"ReadCapacityUnits": 40_001, "WriteCapacityUnits": 1})),
    case("ct-unused-definition-lsi", create(**{**COMPOSITE_L, "AttributeDefinitions": defs(
        ("pk", "S"), ("sk", "N"), ("l", "S"), ("h", "S"))}, LocalSecondaryIndexes=[LSI_L])),
    case("ct-unused-definition-both", create(**{**COMPOSITE_L, "AttributeDefinitions": defs(
        ("pk", "S"), ("sk", "N"), ("l", "S"), ("h", "S"))}, LocalSecondaryIndexes=[LSI_L],
        GlobalSecondaryIndexes=[{**GSI_G, "KeySchema": key(("l", "HASH"))}])),
    case("ut-provisioned-again", create(KeySchema=key(("pk", "HASH")),
         AttributeDefinitions=defs(("pk", "S")), ProvisionedThroughput=THROUGHPUT),
         ("update_table", {"BillingMode": "PROVISIONED"})),
    case("ut-create-gsi-undefined", create(**ON_DEMAND), ("update_table", {
        "AttributeDefinitions": [], "GlobalSecondaryIndexUpdates": [{"Create": GSI_G}]})),
    case("ut-create-gsi-name-short", create(**ON_DEMAND), ("update_table", {
        "AttributeDefinitions": defs(("g", "S")),
        "GlobalSecondaryIndexUpdates": [{"Create": {**GSI_G, "IndexName": "g1"}}]})),
    case("ct-index-key-type-enum",
         create(**COMPOSITE, GlobalSecondaryIndexes=[{
             "IndexName": "TestGSI", "KeySchema": key(("n/a", "HASH"), ("sth", "SORT")),
             "Projection": {"ProjectionType": "ALL"}}]),
         create(**COMPOSITE, LocalSecondaryIndexes=[{
             "IndexName": "test_lsi", "KeySchema": key(("pk", "HASH"), ("lsi_range_key", "SORT")),
             "Projection": {"ProjectionType": "ALL"}}])),
    case("ut-create-gsi-too-many-projected", create(**ON_DEMAND_G, GlobalSecondaryIndexes=[
        {**GSI_G, "Projection": {"ProjectionType": "INCLUDE",
                                 "NonKeyAttributes": [f"n{i}" for i in range(100)]}}]),
         ("update_table", {"AttributeDefinitions": defs(("h", "S")),
                           "GlobalSecondaryIndexUpdates": [{"Create": {
                               "IndexName": "more", "KeySchema": key(("h", "HASH")),
                               "Projection": {"ProjectionType": "INCLUDE",
                                              "NonKeyAttributes": ["x"]}}}]})),
    case("ut-create-gsi-key-name-null", create(**ON_DEMAND), ("update_table", {
        "AttributeDefinitions": defs(("g", "S")),
        "GlobalSecondaryIndexUpdates": [
            {"Create": {**GSI_G, "KeySchema": [{"KeyType": "HASH"}]}}]})),
    case("ut-definition-type-null", create(**ON_DEMAND), ("update_table", {
        "AttributeDefinitions": [{"AttributeName": "g"}],
        "GlobalSecondaryIndexUpdates": [{"Create": GSI_G}]})),
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
ACK_LAB = "an ACK controller lab's DynamoDB notes ('ack-api-quirks dynamodb', live), "
QUOTA = "Cannot increase provisioned throughput to more than 40,000 units per table"
INCLUDE_LIVE = (
    "paritysuite/dynamodb-conformance tests/tier3/error-messages/createTable.test.ts (live, "
    "exact; nubo-db/dynoxide issue 116); Alternator test_gsi_projection_error_missing_"
    "nonkeyattributes (live: `ValidationException.*NonKeyAttributes`)"
)
UPDATE_MEMBERS = (
    "the service model marks these members required and the service lists a missing required "
    "member in this envelope (as CreateTable's, dynalite validations/createTable.js, live); "
    "dynalite validations/updateTable.js gives UpdateTable's Create key schema members notNull"
)
FOUND_DIFFERENCES: dict[tuple[str, int], StepDifference] = {
    ("ut-create-gsi-key-name-null", 1): _diff(
        err(VE, "Attribute name must be specified."),
        _constraint("null", "globalSecondaryIndexUpdates.1.member.create.keySchema.1.member."
                    "attributeName", "Member must not be null"),
        UPDATE_MEMBERS,
    ),
    ("ut-definition-type-null", 1): _diff(
        err(VE, "Invalid Attribute value. Must contain exactly one of the supported datatypes."),
        _constraint("null", "attributeDefinitions.1.member.attributeType",
                    "Member must not be null"),
        UPDATE_MEMBERS,
    ),
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
    ("ct-gsi-no-throughput", 0): _diff(
        err(VE, "No provisioned throughput specified for the global secondary index"),
        err(VE, INVALID + "ProvisionedThroughput is not specified for index: by_g"),
        "awsdocs/amazon-dynamodb-developer-guide issue 246 (the AWS CLI's CreateTable output, "
        "exact); dynamoose/dynamoose issue 503 (a comment quoting it); " + ACK_LAB
        + "DDB-TABLE-442 (its catalogue: this text for CreateTable)",
    ),
    ("ct-gsi-empty", 0): _diff(
        err(VE, "GSI list is empty/invalid"),
        err(VE, INVALID + "List of GlobalSecondaryIndexes is empty"), DYNALITE,
    ),
    ("ct-non-key-not-include", 0): _diff(
        err(VE, "No attributes should be specified to be projected unless projection type is "
            "INCLUDE"),
        err(VE, INVALID + "ProjectionType is ALL, but NonKeyAttributes is specified"),
        DYNALITE + "; a Terraform error quoting the service (cloudposse/terraform-aws-dynamodb "
        "issue 39, with its request id); Local's text is the service's older one (AWScala PR 47, "
        "2014)",
    ),
    ("ct-projection-type-null", 0): _diff(
        err(VE, "Indexes must have a projection specified"),
        err(VE, INVALID + "Unknown ProjectionType: null"), DYNALITE,
    ),
    ("ut-gsi-throughput-on-demand", 1): _diff(
        {"TableDescription": {
            "AttributeDefinitions": defs(("g", "S"), ("pk", "S")),
            "BillingMode": "PAY_PER_REQUEST", "DeletionProtectionEnabled": False,
            "GlobalSecondaryIndexes": [{"IndexName": "by_g", "ItemCount": None,
                                        "KeySchema": key(("g", "HASH")),
                                        "Projection": {"ProjectionType": "KEYS_ONLY"}}],
            "ItemCount": 0, "KeySchema": key(("pk", "HASH")), "Stream": False,
            "TableName": "adm-ut-gsi-throughput-on-demand", "TableSizeBytes": 0,
            "TableStatus": "ACTIVE", "Throughput": [0, 0]}},
        err(VE, INVALID + "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified "
            "for index: by_g when BillingMode is PAY_PER_REQUEST"),
        ACK_LAB + "DDB-TABLE-442 (its catalogue: this text for UpdateTable, CreateTable's "
        "'should not be specified' for CreateTable); circles-learning-labs/ecto_adapters_dynamodb "
        "README.md (quotes the service refusing a migration adding such an index)",
    ),
    ("ct-throughput-out-of-bounds", 0): _diff(
        err(VE, QUOTA),
        err(VE, "Given value 1000000000001 for WriteCapacityUnits is out of bounds"),
        "dynalite test/createTable.js (live: above 1,000,000,000,000)",
    ),
    ("ct-throughput-over-quota", 0): _diff(
        err(VE, QUOTA),
        {"TableDescription": {
            "AttributeDefinitions": defs(("pk", "S")), "BillingMode": None,
            "DeletionProtectionEnabled": False, "ItemCount": 0, "KeySchema": key(("pk", "HASH")),
            "Stream": False, "TableName": "adm-ct-throughput-over-quota", "TableSizeBytes": 0,
            "TableStatus": "ACTIVE", "Throughput": [40_001, 1]}},
        "by choice: the fake applies no account quota (the service's default is 40,000 units "
        "per table, raised on request); DynamoDB Local applies the default",
        verified=False,
    ),
    ("ct-unused-definition-lsi", 0): _diff(
        err(VE, "The number of attributes in key schema must match the number of attributes "
            "defined in attribute definitions."),
        err(VE, INVALID + "Some AttributeDefinitions are not used. AttributeDefinitions: "
            "[pk, sk, l, h], keys used: [pk, sk, l]"), DYNALITE,
    ),
    ("ct-unused-definition-both", 0): _diff(
        {"TableDescription": {
            "AttributeDefinitions": defs(("h", "S"), ("l", "S"), ("pk", "S"), ("sk", "N")),
            "BillingMode": "PAY_PER_REQUEST", "DeletionProtectionEnabled": False,
            "GlobalSecondaryIndexes": [{"IndexName": "by_g", "ItemCount": 0,
                                        "KeySchema": key(("l", "HASH")),
                                        "Projection": {"ProjectionType": "KEYS_ONLY"}}],
            "ItemCount": 0, "KeySchema": COMPOSITE["KeySchema"],
            "LocalSecondaryIndexes": [{"IndexName": "by_l", "ItemCount": 0,
                                       "KeySchema": LSI_L["KeySchema"],
                                       "Projection": {"ProjectionType": "ALL"}}],
            "Stream": False, "TableName": "adm-ct-unused-definition-both", "TableSizeBytes": 0,
            "TableStatus": "ACTIVE", "Throughput": [0, 0]}},
        err(VE, INVALID + "Some AttributeDefinitions are not used. AttributeDefinitions: "
            "[pk, sk, l, h], keys used: [pk, sk, l]"), DYNALITE,
    ),
    ("ut-provisioned-again", 1): _diff(
        {"TableDescription": {
            "AttributeDefinitions": defs(("pk", "S")), "BillingMode": None,
            "DeletionProtectionEnabled": False, "ItemCount": 0, "KeySchema": key(("pk", "HASH")),
            "Stream": False, "TableName": "adm-ut-provisioned-again", "TableSizeBytes": 0,
            "TableStatus": "ACTIVE", "Throughput": [1, 6]}},
        err(VE, INVALID + "ProvisionedThroughput must be specified when BillingMode is "
            "PROVISIONED"),
        "dynalite validations/updateTable.js (live)",
    ),
    ("ut-create-gsi-name-short", 1): _diff(
        err(VE, "Invalid table/index name.  Table/index names must be between 3 and 255 "
            "characters long, and may contain only the characters a-z, A-Z, 0-9, '_', '-', "
            "and '.'"),
        _constraint("'g1'", "globalSecondaryIndexUpdates.1.member.create.indexName",
                    "Member must have length greater than or equal to 3"),
        ACK_LAB + "DDB-TABLE-457 (verified 2026-10-09: an empty name at this member, both "
        "constraints); 'g1' by the same constraint",
    ),
    **{("ut-streams", step): _diff(
        err(VE, said), err(VE, said + ": TableName: adm-ut-streams"),
        ACK_LAB + "DDB-TABLE-050 (verified 2026-10-09: 'Table already has an enabled stream: "
        "TableName: <table>'; the disabling twin in the lab's catalogue of [SPEC] messages)")
       for step, said in ((2, "Table already has an enabled stream"),
                          (4, "Table has no stream to disable"))},
    **{("ct-index-key-type-enum", step): _diff(
        err(VE, said), _constraint("'SORT'", f"{member}.1.member.keySchema.2.member.keyType",
                                   "Member must satisfy enum value set: [HASH, RANGE]"),
        "getmoto/moto tests/test_dynamodb/test_dynamodb_create_table.py "
        "test_create_table__specify_non_key_column (aws_verified, us-east-1, exact: the enum "
        "before the undefined attributes)")
       for step, member, said in (
           (0, "globalSecondaryIndexes", "Attribute n/a is not defined in AttributeDefinitions"),
           (1, "localSecondaryIndexes", "Local secondary indices must have a range key"))},
}  # fmt: skip
