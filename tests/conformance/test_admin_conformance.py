"""Table admin against DynamoDB Local: each case of cases_admin.py on a fresh fake and on
DynamoDB Local, step by step, answers normalised and compared."""

from __future__ import annotations

import contextlib
import datetime
from pathlib import Path
from typing import Any

import pytest
from botocore.exceptions import ClientError

from pytest_dynafake import DynaFake

from .cases_admin import ADMIN_CASES, ADMIN_DIFFERENCES, AdminCase
from .cases_admin_found import FOUND_CASES, FOUND_DIFFERENCES
from .cases_admin_suites import SUITE_CASES, SUITE_DIFFERENCES
from .conftest import Conformance

pytestmark = pytest.mark.conformance
CASES = [*ADMIN_CASES, *FOUND_CASES, *SUITE_CASES]
DIFFERENCES = {**ADMIN_DIFFERENCES, **FOUND_DIFFERENCES, **SUITE_DIFFERENCES}

# The parts of a table description both sides must agree on (DynamoDB Local has no TableId,
# other ARNs, and a new index CREATING for a while; the fake's is ACTIVE at once).
TABLE_FIELDS = (
    "TableName",
    "KeySchema",
    "TableStatus",
    "ItemCount",
    "TableSizeBytes",
    "StreamSpecification",
    "DeletionProtectionEnabled",
)
INDEX_FIELDS = ("IndexName", "KeySchema", "Projection", "ItemCount")


def table_name(case: AdminCase) -> str:
    return "adm-" + case.id


def normalised(response: dict[str, Any]) -> dict[str, Any]:
    response.pop("ResponseMetadata", None)
    for field in ("TableDescription", "Table"):
        if field in response:
            response[field] = described(response[field])
    return response


def described(table: dict[str, Any]) -> dict[str, Any]:
    out = {k: table[k] for k in TABLE_FIELDS if k in table}
    out["AttributeDefinitions"] = sorted(
        table.get("AttributeDefinitions", []), key=lambda d: d["AttributeName"]
    )
    throughput = table.get("ProvisionedThroughput", {})
    out["Throughput"] = [throughput.get("ReadCapacityUnits"), throughput.get("WriteCapacityUnits")]
    out["BillingMode"] = table.get("BillingModeSummary", {}).get("BillingMode")
    out["Stream"] = "LatestStreamArn" in table and table["LatestStreamArn"].endswith(
        "/stream/" + table["LatestStreamLabel"]
    )
    for kind in ("GlobalSecondaryIndexes", "LocalSecondaryIndexes"):
        if kind in table:
            out[kind] = [{k: i.get(k) for k in INDEX_FIELDS} for i in table[kind]]
    assert not any(isinstance(x, datetime.datetime) for x in out.values())
    return out


def run(client: Any, case: AdminCase) -> list[Any]:
    answers = []
    for method, params in case.steps:
        try:
            response = getattr(client, method)(TableName=table_name(case), **params)
            answers.append(normalised(response))
        except ClientError as error:
            answers.append({"Error": {k: error.response["Error"][k] for k in ("Code", "Message")}})
    return answers


def _param(case: AdminCase) -> Any:
    unverified = any(
        not known.verified for (cid, _), known in DIFFERENCES.items() if cid == case.id
    )
    return pytest.param(case, id=case.id, marks=[pytest.mark.unverified] if unverified else [])


@pytest.mark.parametrize("case", [_param(case) for case in CASES])
def test_admin_answers_like_dynamodb(conformance: Conformance, case: AdminCase) -> None:
    try:
        local = run(conformance.local, case)
    finally:
        with contextlib.suppress(ClientError):
            conformance.local.update_table(
                TableName=table_name(case), DeletionProtectionEnabled=False
            )
        with contextlib.suppress(ClientError):
            conformance.local.delete_table(TableName=table_name(case))
    with DynaFake():
        fake = run(conformance.fake_client, case)
    for step, (theirs, ours) in enumerate(zip(local, fake, strict=True)):
        known = DIFFERENCES.get((case.id, step))
        if known is None:
            assert ours == theirs, f"step {step}: {case.steps[step][0]}"
        else:
            assert theirs == known.local, f"step {step}: DynamoDB Local changed"
            assert ours == known.aws, f"step {step}: the fake no longer answers as the service"


def test_admin_differences_name_real_steps_and_are_documented() -> None:
    steps = {(c.id, n) for c in CASES for n in range(len(c.steps))}
    assert set(DIFFERENCES) <= steps
    page = (Path(__file__).parents[2] / "docs" / "differences.md").read_text()
    assert sorted(cid for cid, _ in DIFFERENCES if f"| `{cid}` |" not in page) == []
