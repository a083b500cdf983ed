"""Every case in cases.py, sent to the fake and to DynamoDB Local, answers compared."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from botocore import xform_name
from botocore.exceptions import ClientError

from pytest_dynafake import DynaFakeError

from .cases import CASES as GET_CASES
from .cases import KNOWN_DIFFERENCES as GET_DIFFERENCES
from .cases import SUSPECTED_BUGS as GET_BUGS
from .cases import Case
from .cases_range import RANGE_CASES, RANGE_DESCRIBE
from .conftest import Conformance
from .differences_range import RANGE_BUGS, RANGE_DIFFERENCES
from .pages import canonical, follow

pytestmark = pytest.mark.conformance

CASES = GET_CASES + RANGE_DESCRIBE + RANGE_CASES
KNOWN_DIFFERENCES = {**GET_DIFFERENCES, **RANGE_DIFFERENCES}
SUSPECTED_BUGS = {**GET_BUGS, **RANGE_BUGS}
# DescribeTable: the parts of the table description both sides must agree on.
DESCRIBED = ("TableName", "KeySchema", "AttributeDefinitions", "TableStatus", "ItemCount")
INDEXES = ("GlobalSecondaryIndexes", "LocalSecondaryIndexes")
DESCRIBED_INDEX = ("IndexName", "KeySchema", "Projection", "IndexStatus", "ItemCount")


def send(client: Any, case: Case) -> dict[str, Any]:
    """The normalised outcome of one request: the parsed response minus ResponseMetadata, or
    the error's code and message (and CancellationReasons). Query and Scan cases follow every
    page (see pages.py)."""
    if case.compare in ("pages", "scan", "segments"):
        return follow(lambda params: send(client, Case(case.id, case.operation, params)), case)
    try:
        response: dict[str, Any] = getattr(client, xform_name(case.operation))(**case.params)
    except ClientError as error:
        failed: dict[str, Any] = {
            "Error": {k: error.response["Error"].get(k) for k in ("Code", "Message")}
        }
        if "CancellationReasons" in error.response:
            failed["CancellationReasons"] = error.response["CancellationReasons"]
        return failed
    response.pop("ResponseMetadata", None)
    if isinstance(response.get("ConsumedCapacity"), list):
        response["ConsumedCapacity"].sort(key=lambda c: c["TableName"])
    if case.operation == "BatchGetItem":
        return _batch(case, response)
    if case.operation == "DescribeTable":
        table = {k: response["Table"].get(k) for k in DESCRIBED}
        table["AttributeDefinitions"].sort(key=canonical)
        for kind in INDEXES:
            if kind in response["Table"]:
                indexes = [{k: i.get(k) for k in DESCRIBED_INDEX} for i in response["Table"][kind]]
                table[kind] = sorted(indexes, key=lambda i: str(i["IndexName"]))
        return {"Table": table}
    return response


def _batch(case: Case, response: dict[str, Any]) -> dict[str, Any]:
    """Item lists sorted (no order is promised); UnprocessedKeys' Keys as a sorted set. For a
    "split" case (over 16 MiB) which keys get served depends on the server's internal order:
    check that served + unprocessed is exactly what was asked, then compare counts."""
    responses: dict[str, list[Any]] = response["Responses"]
    unprocessed: dict[str, dict[str, Any]] = response["UnprocessedKeys"]
    for items in responses.values():
        items.sort(key=canonical)
    for entry in unprocessed.values():
        entry["Keys"] = sorted(entry["Keys"], key=canonical)
    if case.compare != "split":
        return response
    for table, asked in case.params["RequestItems"].items():
        key_names = list(asked["Keys"][0])
        served = [{k: item[k] for k in key_names} for item in responses.get(table, [])]
        left = unprocessed.get(table, {}).get("Keys", [])
        assert sorted(map(canonical, served + left)) == sorted(map(canonical, asked["Keys"]))
        responses[table] = [f"{len(served)} items"]
        if table in unprocessed:
            unprocessed[table]["Keys"] = [f"{len(left)} keys"]
    return response


def _param(case: Case) -> Any:
    marks = []
    if case.id in SUSPECTED_BUGS:
        marks.append(pytest.mark.xfail(strict=True, reason=SUSPECTED_BUGS[case.id]))
    known = KNOWN_DIFFERENCES.get(case.id)
    if known is not None and not known.verified:
        marks.append(pytest.mark.unverified)
    return pytest.param(case, id=case.id, marks=marks)


@pytest.mark.parametrize("case", [_param(case) for case in CASES])
def test_fake_answers_like_dynamodb(conformance: Conformance, case: Case) -> None:
    local = send(conformance.local, case)  # before activating: the fake serves every client
    with conformance.fake:
        try:
            fake = send(conformance.fake_client, case)
        except DynaFakeError as error:
            if f"does not serve DynamoDB {case.operation};" not in str(error):
                raise
            pytest.skip(f"the fake does not serve {case.operation} on this branch yet")
    known = KNOWN_DIFFERENCES.get(case.id)
    if known is None:
        assert fake == local
        return
    assert local == known.local, "DynamoDB Local no longer answers what KNOWN_DIFFERENCES says"
    assert fake == known.aws, "the fake no longer answers what live AWS answers"


def test_case_ids_are_unique_and_the_lists_name_real_cases() -> None:
    ids = [case.id for case in CASES]
    assert len(ids) == len(set(ids))
    assert set(KNOWN_DIFFERENCES) <= set(ids)
    assert set(SUSPECTED_BUGS) <= set(ids)
    assert not set(KNOWN_DIFFERENCES) & set(SUSPECTED_BUGS)


def test_unverified_differences_say_so_in_the_docs() -> None:
    """A known difference without a live capture is marked, in the code and on the page."""
    page = (Path(__file__).parents[2] / "docs" / "differences.md").read_text()
    rows = {
        line.split("|")[1].strip().strip("`"): line
        for line in page.splitlines()
        if line.startswith("| `")
    }
    said = {case for case in KNOWN_DIFFERENCES if "**unverified**" in rows[case]}
    assert said == {case for case, known in KNOWN_DIFFERENCES.items() if not known.verified}
