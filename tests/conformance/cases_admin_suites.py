"""Admin conformance cases from outside suites run unmodified against the fake (dynamo3's
tests) and from triaging them: each pins a step where DynamoDB Local answers otherwise than the
service; run by
test_admin_conformance.py; the differences are rows of docs/differences.md, "Table admin"."""

from __future__ import annotations

from .cases_admin import (
    GSI_G,
    ON_DEMAND,
    ON_DEMAND_G,
    AdminCase,
    StepDifference,
    case,
    create,
    defs,
    err,
)

VE = "ValidationException"
INVALID = "One or more parameter values were invalid: "
ACK_LAB = "an ACK controller lab's DynamoDB notes ('ack-api-quirks dynamodb', live), "
THROUGHPUT = {"ReadCapacityUnits": 2, "WriteCapacityUnits": 1}

SUITE_CASES: list[AdminCase] = [
    case("ut-gsi-update-throughput-on-demand",
         create(**ON_DEMAND_G, GlobalSecondaryIndexes=[GSI_G]),
         ("update_table", {"GlobalSecondaryIndexUpdates": [
             {"Update": {"IndexName": "by_g", "ProvisionedThroughput": THROUGHPUT}}]})),
    case("ut-create-gsi-no-throughput",
         create(**{**ON_DEMAND, "BillingMode": "PROVISIONED"}, ProvisionedThroughput=THROUGHPUT),
         ("update_table", {"AttributeDefinitions": defs(("g", "S")),
                           "GlobalSecondaryIndexUpdates": [{"Create": GSI_G}]})),
]  # fmt: skip

SUITE_DIFFERENCES: dict[tuple[str, int], StepDifference] = {
    ("ut-gsi-update-throughput-on-demand", 1): StepDifference(
        local=err("InternalFailure", "The request processing has failed because of an unknown "
                  "error, exception or failure."),
        aws=err(VE, INVALID + "The only Updates for index: by_g when TableThroughputMode is "
                "PAY_PER_REQUEST can be to OnDemandThroughput, WarmThroughput"),
        source=ACK_LAB + "DDB-TABLE-152 (verified 2026-10-08: a GSI ProvisionedThroughput Update "
        "on a PAY_PER_REQUEST table); dynamo3's tests/test_write.py "
        "test_update_index_throughput expects the update accepted, as DynamoDB Local did in 2021",
    ),
    ("ut-create-gsi-no-throughput", 1): StepDifference(
        local=err("InternalFailure", "The request processing has failed because of an unknown "
                  "error, exception or failure."),
        aws=err(VE, INVALID + "Both ReadCapacityUnits and WriteCapacityUnits must be specified "
                "for index: by_g"),
        source=ACK_LAB + "DDB-TABLE-152 (verified 2026-10-08: a GSI Create without "
        "ProvisionedThroughput on a PROVISIONED table); circles-learning-labs/"
        "ecto_adapters_dynamodb README.md (the same text from the service)",
    ),
}  # fmt: skip
