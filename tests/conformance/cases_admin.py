"""Table admin conformance cases: sequences of CreateTable, DescribeTable, UpdateTable,
DeleteTable and time-to-live calls, each on its own table, sent to a fresh fake and to
DynamoDB Local; every step's normalised answer compared.

``ADMIN_DIFFERENCES`` pins the steps where DynamoDB Local differs from the service and the
fake follows the service (docs/differences.md, "Table admin"): both answers exactly. Tagging
is left out: DynamoDB Local does not serve it (``UnknownOperationException``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class AdminCase:
    id: str
    steps: tuple[tuple[str, dict[str, Any]], ...]  # (boto3 method, params); TableName = the id


@dataclass(frozen=True)
class StepDifference:
    local: Any  # DynamoDB Local's normalised answer to that step, exactly
    aws: Any  # the service's, which the fake gives
    source: str
    verified: bool = True


def key(*elements: tuple[str, str]) -> list[dict[str, str]]:
    return [{"AttributeName": n, "KeyType": t} for n, t in elements]


def defs(*elements: tuple[str, str]) -> list[dict[str, str]]:
    return [{"AttributeName": n, "AttributeType": t} for n, t in elements]


def err(code: str, message: str) -> dict[str, Any]:
    return {"Error": {"Code": code, "Message": message}}


ON_DEMAND: dict[str, Any] = {
    "KeySchema": key(("pk", "HASH")),
    "AttributeDefinitions": defs(("pk", "S")),
    "BillingMode": "PAY_PER_REQUEST",
}
COMPOSITE: dict[str, Any] = {
    "KeySchema": key(("pk", "HASH"), ("sk", "RANGE")),
    "AttributeDefinitions": defs(("pk", "S"), ("sk", "N")),
    "BillingMode": "PAY_PER_REQUEST",
}
INVALID = "One or more parameter values were invalid: "
DESCRIBE: tuple[str, dict[str, Any]] = ("describe_table", {})
GSI_G = {
    "IndexName": "by_g",
    "KeySchema": key(("g", "HASH")),
    "Projection": {"ProjectionType": "KEYS_ONLY"},
}

ON_DEMAND_G: dict[str, Any] = {**ON_DEMAND, "AttributeDefinitions": defs(("pk", "S"), ("g", "S"))}


def create(**params: Any) -> tuple[str, dict[str, Any]]:
    return ("create_table", params)


def case(cid: str, *steps: tuple[str, dict[str, Any]]) -> AdminCase:
    return AdminCase(cid, steps)


ADMIN_CASES: list[AdminCase] = [
    # ---- CreateTable
    case("ct-on-demand", create(**ON_DEMAND), DESCRIBE),
    case(
        "ct-provisioned-indexes",
        create(
            KeySchema=key(("pk", "HASH"), ("sk", "RANGE")),
            AttributeDefinitions=defs(("pk", "S"), ("sk", "N"), ("g", "S"), ("l", "N")),
            ProvisionedThroughput={"ReadCapacityUnits": 5, "WriteCapacityUnits": 3},
            GlobalSecondaryIndexes=[
                {
                    **GSI_G,
                    "ProvisionedThroughput": {"ReadCapacityUnits": 2, "WriteCapacityUnits": 1},
                }
            ],
            LocalSecondaryIndexes=[
                {
                    "IndexName": "by_l",
                    "KeySchema": key(("pk", "HASH"), ("l", "RANGE")),
                    "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["x"]},
                }
            ],
        ),
        DESCRIBE,
    ),
    case(
        "ct-stream",
        create(
            **ON_DEMAND, StreamSpecification={"StreamEnabled": True, "StreamViewType": "NEW_IMAGE"}
        ),
        DESCRIBE,
    ),
    case(
        "ct-stream-off", create(**ON_DEMAND, StreamSpecification={"StreamEnabled": False}), DESCRIBE
    ),
    case("ct-exists", create(**ON_DEMAND), create(**ON_DEMAND)),
    case(
        "ct-bad-attribute-type", create(**{**ON_DEMAND, "AttributeDefinitions": defs(("pk", "X"))})
    ),
    case(
        "ct-throughput-on-demand",
        create(
            **ON_DEMAND, ProvisionedThroughput={"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}
        ),
    ),
    case(
        "ct-no-throughput",
        create(KeySchema=key(("pk", "HASH")), AttributeDefinitions=defs(("pk", "S"))),
    ),
    case(
        "ct-unused-definition",
        create(**{**ON_DEMAND, "AttributeDefinitions": defs(("pk", "S"), ("x", "S"))}),
    ),
    case("ct-key-not-defined", create(**{**ON_DEMAND, "AttributeDefinitions": defs(("id", "S"))})),
    case(
        "ct-same-key-twice",
        create(**{**ON_DEMAND, "KeySchema": key(("pk", "HASH"), ("pk", "RANGE"))}),
    ),
    case(
        "ct-range-first",
        create(
            **{
                **ON_DEMAND,
                "KeySchema": key(("pk", "RANGE"), ("sk", "HASH")),
                "AttributeDefinitions": defs(("pk", "S"), ("sk", "S")),
            }
        ),
    ),
    case(
        "ct-duplicate-definition",
        create(**{**ON_DEMAND, "AttributeDefinitions": defs(("pk", "S"), ("pk", "N"))}),
    ),
    case("ct-stream-no-view", create(**ON_DEMAND, StreamSpecification={"StreamEnabled": True})),
    case(
        "ct-stream-view-disabled",
        create(
            **ON_DEMAND, StreamSpecification={"StreamEnabled": False, "StreamViewType": "KEYS_ONLY"}
        ),
    ),
    case(
        "ct-lsi-no-table-range",
        create(
            **{
                **ON_DEMAND,
                "AttributeDefinitions": defs(("pk", "S"), ("l", "S")),
                "LocalSecondaryIndexes": [
                    {
                        "IndexName": "by_l",
                        "KeySchema": key(("pk", "HASH"), ("l", "RANGE")),
                        "Projection": {"ProjectionType": "ALL"},
                    }
                ],
            }
        ),
    ),
    case(
        "ct-duplicate-index",
        create(
            **{
                **ON_DEMAND,
                "AttributeDefinitions": defs(("pk", "S"), ("g", "S"), ("h", "S")),
                "GlobalSecondaryIndexes": [
                    GSI_G,
                    {**GSI_G, "KeySchema": key(("h", "HASH"))},
                ],
            }
        ),
    ),
    # ---- DeleteTable
    case("dt-delete", create(**ON_DEMAND), ("delete_table", {}), DESCRIBE),
    case("dt-missing", ("delete_table", {})),
    case(
        "dt-protected",
        create(**ON_DEMAND, DeletionProtectionEnabled=True),
        ("delete_table", {}),
        ("update_table", {"DeletionProtectionEnabled": False}),
        DESCRIBE,
    ),
    # ---- UpdateTable
    case("ut-nothing", create(**ON_DEMAND), ("update_table", {})),
    case(
        "ut-add-gsi",
        create(**COMPOSITE),
        (
            "update_table",
            {
                "AttributeDefinitions": defs(("g", "S")),
                "GlobalSecondaryIndexUpdates": [{"Create": GSI_G}],
            },
        ),
    ),
    case(
        "ut-streams",
        create(**ON_DEMAND),
        (
            "update_table",
            {"StreamSpecification": {"StreamEnabled": True, "StreamViewType": "KEYS_ONLY"}},
        ),
        (
            "update_table",
            {"StreamSpecification": {"StreamEnabled": True, "StreamViewType": "KEYS_ONLY"}},
        ),
        ("update_table", {"StreamSpecification": {"StreamEnabled": False}}),
        ("update_table", {"StreamSpecification": {"StreamEnabled": False}}),
    ),
    case(
        "ut-to-provisioned",
        create(**ON_DEMAND),
        (
            "update_table",
            {
                "BillingMode": "PROVISIONED",
                "ProvisionedThroughput": {"ReadCapacityUnits": 2, "WriteCapacityUnits": 2},
            },
        ),
    ),
    case(
        "ut-throughput-on-demand",
        create(**ON_DEMAND),
        (
            "update_table",
            {"ProvisionedThroughput": {"ReadCapacityUnits": 2, "WriteCapacityUnits": 2}},
        ),
    ),
    case("ut-missing", ("update_table", {"BillingMode": "PAY_PER_REQUEST"})),
    # ---- time to live
    case(
        "ttl-cycle",
        create(**ON_DEMAND),
        ("describe_time_to_live", {}),
        (
            "update_time_to_live",
            {"TimeToLiveSpecification": {"Enabled": True, "AttributeName": "exp"}},
        ),
        ("describe_time_to_live", {}),
        (
            "update_time_to_live",
            {"TimeToLiveSpecification": {"Enabled": True, "AttributeName": "exp"}},
        ),
        (
            "update_time_to_live",
            {"TimeToLiveSpecification": {"Enabled": True, "AttributeName": "other"}},
        ),
        (
            "update_time_to_live",
            {"TimeToLiveSpecification": {"Enabled": False, "AttributeName": "exp"}},
        ),
        ("describe_time_to_live", {}),
        (
            "update_time_to_live",
            {"TimeToLiveSpecification": {"Enabled": False, "AttributeName": "exp"}},
        ),
    ),
    case("ttl-missing", ("describe_time_to_live", {})),
    # ---- found by the admin fuzzer (test_fuzz_admin.py)
    case(
        "ct-include-empty",
        create(
            **ON_DEMAND_G,
            GlobalSecondaryIndexes=[
                {**GSI_G, "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": []}}
            ],
        ),
    ),
    case(
        "ct-non-key-twice",
        create(
            **ON_DEMAND_G,
            GlobalSecondaryIndexes=[
                {
                    **GSI_G,
                    "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["a", "a"]},
                }
            ],
        ),
    ),
    case(
        "ut-gsi-exists",
        create(**ON_DEMAND_G, GlobalSecondaryIndexes=[GSI_G]),
        (
            "update_table",
            {
                "AttributeDefinitions": defs(("g", "S")),
                "GlobalSecondaryIndexUpdates": [{"Create": GSI_G}],
            },
        ),
    ),
    case(
        "ut-gsi-missing",
        create(**ON_DEMAND_G, GlobalSecondaryIndexes=[GSI_G]),
        ("update_table", {"GlobalSecondaryIndexUpdates": [{"Delete": {"IndexName": "nope"}}]}),
    ),
    case(
        "ut-to-provisioned-indexes",
        create(**ON_DEMAND_G, GlobalSecondaryIndexes=[GSI_G]),
        (
            "update_table",
            {
                "BillingMode": "PROVISIONED",
                "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1},
            },
        ),
    ),
]

# Sources of the service's answers.
ALTERNATOR_EXISTS = (
    "Alternator test_table.py test_create_table_already_exists (live: "
    "`ResourceInUseException.*Table.*already exists`)"
)
NUBO_CREATE = (
    "nubo-db/dynamodb-conformance tests/tier3/error-messages/createTable.test.ts (live, exact)"
)
DYNALITE_BILLING = (
    "dynalite validations/createTable.js (live); Alternator "
    "test_create_table_billing_mode_errors (live: ValidationException)"
)
DYNALITE_CREATE = "dynalite validations/createTable.js (live)"
ALTERNATOR_DELETE = (
    "Alternator test_table.py test_delete_table_description (live: DELETING, no "
    "KeySchema/AttributeDefinitions/indexes/CreationDateTime); DescribeTable of a missing "
    "table: the existing TABLE_NOT_FOUND_NAMED (docs/errors.md, Tables)"
)
DYNALITE_DELETE = "dynalite actions/deleteTable.js (live)"
DYNALITE_UPDATE = "dynalite validations/updateTable.js (live)"
INDEX_AT_ONCE = (
    "DynamoDB Local keeps a new index CREATING (no ItemCount) for a while; the fake builds it "
    "at once and answers ACTIVE (as the issue asks: no waiting)"
)
DYNALITE_UPDATE_ACTION = "dynalite actions/updateTable.js (live)"
DYNALITE_TO_PROVISIONED = (
    "dynalite test/updateTable.js (live: to PROVISIONED names the global indexes without "
    "throughput, `index3,index4`); DynamoDB Local fails inside"
)
NAMED_NOT_FOUND = (
    "ResourceNotFoundException for a named table (docs/errors.md "
    "TABLE_NOT_FOUND_NAMED), **unverified** for DescribeTimeToLive"
)

# (case id, step index) -> the difference at that step.
ADMIN_DIFFERENCES: dict[tuple[str, int], StepDifference] = {
    ("ct-exists", 1): StepDifference(
        local={
            "Error": {
                "Code": "ResourceInUseException",
                "Message": "Cannot create preexisting table",
            }
        },
        aws={
            "Error": {
                "Code": "ResourceInUseException",
                "Message": "Table already exists: adm-ct-exists",
            }
        },
        source=ALTERNATOR_EXISTS,
        verified=False,
    ),
    ("ct-bad-attribute-type", 0): StepDifference(
        local={
            "Error": {
                "Code": "ValidationException",
                "Message": "Member must satisfy enum value set: [B, N, S]",
            }
        },
        aws={
            "Error": {
                "Code": "ValidationException",
                "Message": "1 validation error detected: Value 'X' at "
                "'attributeDefinitions.1.member.attributeType' failed to "
                "satisfy constraint: Member must satisfy enum value set: "
                "[B, N, S]",
            }
        },
        source=NUBO_CREATE,
    ),
    ("ct-throughput-on-demand", 0): StepDifference(
        local={
            "TableDescription": {
                "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"}],
                "BillingMode": "PAY_PER_REQUEST",
                "DeletionProtectionEnabled": False,
                "ItemCount": 0,
                "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}],
                "Stream": False,
                "TableName": "adm-ct-throughput-on-demand",
                "TableSizeBytes": 0,
                "TableStatus": "ACTIVE",
                "Throughput": [0, 0],
            }
        },
        aws={
            "Error": {
                "Code": "ValidationException",
                "Message": "One or more parameter values were invalid: Neither "
                "ReadCapacityUnits nor WriteCapacityUnits can be "
                "specified when BillingMode is PAY_PER_REQUEST",
            }
        },
        source=DYNALITE_BILLING,
    ),
    ("ct-no-throughput", 0): StepDifference(
        local={
            "Error": {
                "Code": "ValidationException",
                "Message": "No provisioned throughput specified for the table",
            }
        },
        aws={
            "Error": {
                "Code": "ValidationException",
                "Message": "One or more parameter values were invalid: "
                "ReadCapacityUnits and WriteCapacityUnits must both be "
                "specified when BillingMode is PROVISIONED",
            }
        },
        source=DYNALITE_CREATE,
    ),
    ("ct-unused-definition", 0): StepDifference(
        local={
            "Error": {
                "Code": "ValidationException",
                "Message": "The number of attributes in key schema must match the "
                "number of attributes defined in attribute definitions.",
            }
        },
        aws={
            "Error": {
                "Code": "ValidationException",
                "Message": "One or more parameter values were invalid: Number of "
                "attributes in KeySchema does not exactly match number "
                "of attributes defined in AttributeDefinitions",
            }
        },
        source=DYNALITE_CREATE,
    ),
    ("ct-key-not-defined", 0): StepDifference(
        local={
            "Error": {
                "Code": "ValidationException",
                "Message": "Hash Key not specified in Attribute Definitions.  Type unknown.",
            }
        },
        aws={
            "Error": {
                "Code": "ValidationException",
                "Message": "One or more parameter values were invalid: Some index "
                "key attributes are not defined in AttributeDefinitions. "
                "Keys: [pk], AttributeDefinitions: [id]",
            }
        },
        source=DYNALITE_CREATE,
    ),
    ("ct-same-key-twice", 0): StepDifference(
        local={
            "Error": {
                "Code": "ValidationException",
                "Message": "Two keys can not have the same name",
            }
        },
        aws={
            "Error": {
                "Code": "ValidationException",
                "Message": "Invalid KeySchema: Some index key attribute have no definition",
            }
        },
        source=NUBO_CREATE,
    ),
    ("ct-range-first", 0): StepDifference(
        local={
            "Error": {
                "Code": "ValidationException",
                "Message": "Invalid key order. Hash Key must be specified first in "
                "key schema, Range Key must be specifed second",
            }
        },
        aws={
            "Error": {
                "Code": "ValidationException",
                "Message": "Invalid KeySchema: The first KeySchemaElement is not a HASH key type",
            }
        },
        source=DYNALITE_CREATE,
    ),
    ("ct-lsi-no-table-range", 0): StepDifference(
        local={
            "Error": {
                "Code": "ValidationException",
                "Message": "Local Secondary indices are not allowed on hash tables, "
                "only hash and range tables",
            }
        },
        aws={
            "Error": {
                "Code": "ValidationException",
                "Message": "One or more parameter values were invalid: Table "
                "KeySchema does not have a range key, which is required "
                "when specifying a LocalSecondaryIndex",
            }
        },
        source=NUBO_CREATE,
    ),
    ("ct-duplicate-index", 0): StepDifference(
        local={
            "Error": {
                "Code": "ValidationException",
                "Message": "Two global secondary indices have the same name",
            }
        },
        aws={
            "Error": {
                "Code": "ValidationException",
                "Message": "One or more parameter values were invalid: Duplicate index name: by_g",
            }
        },
        source=NUBO_CREATE,
    ),
    ("dt-delete", 1): StepDifference(
        local={
            "TableDescription": {
                "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"}],
                "BillingMode": "PAY_PER_REQUEST",
                "DeletionProtectionEnabled": False,
                "ItemCount": 0,
                "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}],
                "Stream": False,
                "TableName": "adm-dt-delete",
                "TableSizeBytes": 0,
                "TableStatus": "ACTIVE",
                "Throughput": [0, 0],
            }
        },
        aws={
            "TableDescription": {
                "AttributeDefinitions": [],
                "BillingMode": "PAY_PER_REQUEST",
                "ItemCount": 0,
                "Stream": False,
                "TableName": "adm-dt-delete",
                "TableSizeBytes": 0,
                "TableStatus": "DELETING",
                "Throughput": [0, 0],
            }
        },
        source=ALTERNATOR_DELETE,
    ),
    ("dt-delete", 2): StepDifference(
        local={
            "Error": {
                "Code": "ResourceNotFoundException",
                "Message": "Cannot do operations on a non-existent table",
            }
        },
        aws={
            "Error": {
                "Code": "ResourceNotFoundException",
                "Message": "Requested resource not found: Table: adm-dt-delete not found",
            }
        },
        source=ALTERNATOR_DELETE,
    ),
    ("dt-missing", 0): StepDifference(
        local={
            "Error": {
                "Code": "ResourceNotFoundException",
                "Message": "Cannot do operations on a non-existent table",
            }
        },
        aws={
            "Error": {
                "Code": "ResourceNotFoundException",
                "Message": "Requested resource not found: Table: adm-dt-missing not found",
            }
        },
        source=DYNALITE_DELETE,
    ),
    ("ut-nothing", 1): StepDifference(
        local={"Error": {"Code": "ValidationException", "Message": "Nothing to update"}},
        aws={
            "Error": {
                "Code": "ValidationException",
                "Message": "At least one of ProvisionedThroughput, BillingMode, "
                "UpdateStreamEnabled, GlobalSecondaryIndexUpdates or "
                "SSESpecification or ReplicaUpdates is required",
            }
        },
        source=DYNALITE_UPDATE,
    ),
    ("ut-add-gsi", 1): StepDifference(
        local={
            "TableDescription": {
                "AttributeDefinitions": [
                    {"AttributeName": "g", "AttributeType": "S"},
                    {"AttributeName": "pk", "AttributeType": "S"},
                    {"AttributeName": "sk", "AttributeType": "N"},
                ],
                "BillingMode": "PAY_PER_REQUEST",
                "DeletionProtectionEnabled": False,
                "GlobalSecondaryIndexes": [
                    {
                        "IndexName": "by_g",
                        "ItemCount": None,
                        "KeySchema": [{"AttributeName": "g", "KeyType": "HASH"}],
                        "Projection": {"ProjectionType": "KEYS_ONLY"},
                    }
                ],
                "ItemCount": 0,
                "KeySchema": [
                    {"AttributeName": "pk", "KeyType": "HASH"},
                    {"AttributeName": "sk", "KeyType": "RANGE"},
                ],
                "Stream": False,
                "TableName": "adm-ut-add-gsi",
                "TableSizeBytes": 0,
                "TableStatus": "ACTIVE",
                "Throughput": [0, 0],
            }
        },
        aws={
            "TableDescription": {
                "AttributeDefinitions": [
                    {"AttributeName": "g", "AttributeType": "S"},
                    {"AttributeName": "pk", "AttributeType": "S"},
                    {"AttributeName": "sk", "AttributeType": "N"},
                ],
                "BillingMode": "PAY_PER_REQUEST",
                "DeletionProtectionEnabled": False,
                "GlobalSecondaryIndexes": [
                    {
                        "IndexName": "by_g",
                        "ItemCount": 0,
                        "KeySchema": [{"AttributeName": "g", "KeyType": "HASH"}],
                        "Projection": {"ProjectionType": "KEYS_ONLY"},
                    }
                ],
                "ItemCount": 0,
                "KeySchema": [
                    {"AttributeName": "pk", "KeyType": "HASH"},
                    {"AttributeName": "sk", "KeyType": "RANGE"},
                ],
                "Stream": False,
                "TableName": "adm-ut-add-gsi",
                "TableSizeBytes": 0,
                "TableStatus": "ACTIVE",
                "Throughput": [0, 0],
            }
        },
        source=INDEX_AT_ONCE,
    ),
    ("ut-throughput-on-demand", 1): StepDifference(
        local={
            "TableDescription": {
                "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"}],
                "BillingMode": "PAY_PER_REQUEST",
                "DeletionProtectionEnabled": False,
                "ItemCount": 0,
                "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}],
                "Stream": False,
                "TableName": "adm-ut-throughput-on-demand",
                "TableSizeBytes": 0,
                "TableStatus": "ACTIVE",
                "Throughput": [0, 0],
            }
        },
        aws={
            "Error": {
                "Code": "ValidationException",
                "Message": "One or more parameter values were invalid: Neither "
                "ReadCapacityUnits nor WriteCapacityUnits can be "
                "specified when BillingMode is PAY_PER_REQUEST",
            }
        },
        source=DYNALITE_UPDATE_ACTION,
    ),
    ("ut-missing", 0): StepDifference(
        local={
            "Error": {
                "Code": "ResourceNotFoundException",
                "Message": "Cannot do operations on a non-existent table",
            }
        },
        aws={
            "Error": {
                "Code": "ResourceNotFoundException",
                "Message": "Requested resource not found: Table: adm-ut-missing not found",
            }
        },
        source=DYNALITE_UPDATE_ACTION,
    ),
    ("ttl-missing", 0): StepDifference(
        local={
            "Error": {
                "Code": "ResourceNotFoundException",
                "Message": "Cannot do operations on a non-existent table",
            }
        },
        aws={
            "Error": {
                "Code": "ResourceNotFoundException",
                "Message": "Requested resource not found: Table: adm-ttl-missing not found",
            }
        },
        source=NAMED_NOT_FOUND,
        verified=False,
    ),
    ("ut-to-provisioned-indexes", 1): StepDifference(
        local={
            "Error": {
                "Code": "InternalFailure",
                "Message": "The request processing has failed because of an unknown error, "
                "exception or failure.",
            }
        },
        aws={
            "Error": {
                "Code": "ValidationException",
                "Message": "One or more parameter values were invalid: ProvisionedThroughput "
                "must be specified for index: by_g",
            }
        },
        source=DYNALITE_TO_PROVISIONED,
    ),
}

# ---- names: lengths, duplicates, key attributes in a projection (docs/errors.md, "Table admin")
LONG = "L" * 256
TTL_ON = {"Enabled": True}
INCLUDE_X: dict[str, Any] = {"IndexName": "by_x", "KeySchema": key(("x", "HASH"))}
ADMIN_CASES += [
    case(
        "ct-key-name-256",
        create(
            **{
                **ON_DEMAND,
                "KeySchema": key((LONG, "HASH")),
                "AttributeDefinitions": defs((LONG, "S")),
            }
        ),
    ),
    case(
        "ct-key-name-256-undefined",
        create(
            **{
                **ON_DEMAND,
                "KeySchema": key((LONG, "HASH")),
                "AttributeDefinitions": defs(("id", "S")),
            }
        ),
    ),
    case(
        "ct-projected-name-256",
        create(
            **ON_DEMAND | {"AttributeDefinitions": defs(("pk", "S"), ("x", "S"))},
            GlobalSecondaryIndexes=[
                {
                    **INCLUDE_X,
                    "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["a", LONG]},
                }
            ],
        ),
    ),
    case(
        "ut-gsi-key-name-256",
        create(**ON_DEMAND),
        (
            "update_table",
            {
                "AttributeDefinitions": defs((LONG, "S")),
                "GlobalSecondaryIndexUpdates": [
                    {
                        "Create": {
                            "IndexName": "by_l",
                            "KeySchema": key((LONG, "HASH")),
                            "Projection": {"ProjectionType": "ALL"},
                        }
                    }
                ],
            },
        ),
    ),
    case(
        "ttl-name-empty",
        create(**ON_DEMAND),
        ("update_time_to_live", {"TimeToLiveSpecification": {**TTL_ON, "AttributeName": ""}}),
    ),
    case(
        "ttl-name-256",
        create(**ON_DEMAND),
        ("update_time_to_live", {"TimeToLiveSpecification": {**TTL_ON, "AttributeName": LONG}}),
    ),
]

NAMES_LOCAL = err(
    "ValidationException",
    "Names of key attributes and attributes projected into an index must be between 1 and 255 "
    "characters, inclusive",
)
SAME_NAME_LOCAL = err("ValidationException", "Cannot have two attributes with the same name")
MODEL_LENGTHS = (
    "the service model's 1-255 limits in the live member-constraint format, reported before the "
    "definitions' consistency: Alternator test_limits.py (live: `ValidationException.*25[56]`, "
    "`*_incoherent_names`)"
)
ACK_LAB = "the ACK lab's live DynamoDB notes (ack-api-quirks dynamodb, verified 2026-10-08/09)"


def too_long(field: str, name: str = LONG, constraint: str = "less than or equal to 255") -> str:
    constraint = "Member must have length " + constraint
    return f"Value '{name}' at '{field}' failed to satisfy constraint: {constraint}"


def detected(*errors: str) -> dict[str, Any]:
    count = f"{len(errors)} validation error{'s' if len(errors) > 1 else ''} detected: "
    return err("ValidationException", count + "; ".join(errors))


ADMIN_DIFFERENCES.update(
    {
        ("ct-duplicate-definition", 0): StepDifference(
            local=SAME_NAME_LOCAL,
            aws=err("ValidationException", "Attribute Name is duplicated: pk"),
            source=ACK_LAB + " DDB-TABLE-127; Alternator test_table.py (live: `uplicate.*xyz`)",
        ),
        ("ct-key-name-256", 0): StepDifference(
            local=NAMES_LOCAL,
            aws=detected(
                too_long("attributeDefinitions.1.member.attributeName"),
                too_long("keySchema.1.member.attributeName"),
            ),
            source=MODEL_LENGTHS,
            verified=False,
        ),
        ("ct-key-name-256-undefined", 0): StepDifference(
            local=err(
                "ValidationException",
                "Hash Key not specified in Attribute Definitions.  Type unknown.",
            ),
            aws=detected(too_long("keySchema.1.member.attributeName")),
            source=MODEL_LENGTHS,
            verified=False,
        ),
        ("ct-projected-name-256", 0): StepDifference(
            local=NAMES_LOCAL,
            aws=detected(
                f"Value '[a, {LONG}]' at 'globalSecondaryIndexes.1.member.projection."
                "nonKeyAttributes' failed to satisfy constraint: Member must satisfy constraint: "
                "[Member must have length less than or equal to 255, Member must have length "
                "greater than or equal to 1]"
            ),
            source=MODEL_LENGTHS,
            verified=False,
        ),
        ("ut-gsi-key-name-256", 1): StepDifference(
            local=NAMES_LOCAL,
            aws=detected(
                too_long("attributeDefinitions.1.member.attributeName"),
                too_long(
                    "globalSecondaryIndexUpdates.1.member.create.keySchema.1.member.attributeName"
                ),
            ),
            source=MODEL_LENGTHS,
            verified=False,
        ),
        ("ttl-name-empty", 1): StepDifference(
            local=NAMES_LOCAL,
            aws=detected(
                too_long("timeToLiveSpecification.attributeName", "", "greater than or equal to 1")
            ),
            source=ACK_LAB + " DDB-TABLE-457 (`ttl_attr_empty_string`)",
        ),
        ("ttl-name-256", 1): StepDifference(
            local=NAMES_LOCAL,
            aws=detected(too_long("timeToLiveSpecification.attributeName")),
            source=MODEL_LENGTHS + "; Alternator test_ttl.py test_update_ttl_errors (`.*length`)",
            verified=False,
        ),
        ("ttl-cycle", 5): StepDifference(
            local=err("ValidationException", "TimeToLive is active on a different AttributeName"),
            aws=err(
                "ValidationException",
                "TimeToLive is active on a different AttributeName: current AttributeName is exp",
            ),
            source=ACK_LAB + " DDB-TABLE-442",
        ),
        ("ct-non-key-twice", 0): StepDifference(
            local=SAME_NAME_LOCAL,
            aws=err(
                "ValidationException",
                INVALID + "Duplicate element in NonKeyAttributes: a",
            ),
            source=ACK_LAB + " DDB-TABLE-126; Alternator test_gsi.py (live: `.*Duplicate`)",
        ),
    }
)
