"""Every write case (cases_write*.py) run on fresh tables in the fake and in DynamoDB Local:
each request's answer and the resulting table and index contents compared whole; live
captures (cases_write_live.py) checked against the fake too."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pytest_dynafake import DynaFakeError

from ._write_run import (
    Expect,
    Outcome,
    WriteCase,
    create_on_local,
    drop_on_local,
    fake_with,
    run,
    unordered_sets,
)
from .cases_write import CONDITION_CASES, RV_CASES, SINGLE_CASES, UPDATE_CASES
from .cases_write_live import LIVE_CASES
from .cases_write_multi import BATCH_CASES, CAPACITY_CASES, TRANSACT_CASES
from .cases_write_order import ORDER_CASES
from .cases_write_transact import TRANSACT_CHECK_CASES
from .conftest import Conformance
from .differences_write import CONTENTS_REMOVED, WRITE_BUGS, WRITE_DIFFERENCES
from .pages import canonical

pytestmark = pytest.mark.conformance

WRITE_CASES: list[WriteCase] = [
    *SINGLE_CASES,
    *CONDITION_CASES,
    *UPDATE_CASES,
    *RV_CASES,
    *CAPACITY_CASES,
    *BATCH_CASES,
    *TRANSACT_CASES,
    *TRANSACT_CHECK_CASES,
    *LIVE_CASES,
    *ORDER_CASES,
]


CAPTURE = os.environ.get("DYNAFAKE_WRITE_CAPTURE")  # a path: DynamoDB Local's answers, as JSON
CAPTURED: dict[str, Any] = {}


@pytest.fixture(scope="module", autouse=True)
def _capture() -> Iterator[None]:
    """With DYNAFAKE_WRITE_CAPTURE=path, every case's requests and Local's answers go there."""
    yield
    if CAPTURE and CAPTURED:
        with open(CAPTURE, "w") as out:
            json.dump(CAPTURED, out, indent=1, default=lambda b: b.hex())


def on_local(conformance: Conformance, case: WriteCase) -> Outcome:
    tables = case.tables()
    create_on_local(conformance.local, tables)
    try:
        outcome = run(conformance.local, case)
    finally:
        drop_on_local(conformance.local, tables)
    if CAPTURE:
        CAPTURED[case.id] = {"requests": case.steps, **outcome}
    return outcome


def on_fake(conformance: Conformance, case: WriteCase) -> Outcome:
    fake = fake_with(case.tables())
    with fake:
        try:
            return run(conformance.fake_client, case)
        except DynaFakeError as error:
            if "does not serve DynamoDB" not in str(error):
                raise
            pytest.skip(f"the fake does not serve every operation of this case yet: {error}")


def expected(case: WriteCase, local: Outcome) -> Outcome:
    """Local's outcome with the known differences applied (after checking Local still gives
    what they say it gives)."""
    known = WRITE_DIFFERENCES.get(case.id, {})
    steps = list(local["steps"])
    contents = local["contents"]
    for where, difference in known.items():
        if where == "contents":
            assert contents == difference.local, "Local's contents are no longer as recorded"
            contents = difference.aws
            continue
        assert isinstance(where, int)
        assert steps[where] == difference.local, f"step {where}: Local no longer answers this"
        steps[where] = difference.aws
    contents = dict(contents)
    for table, items in CONTENTS_REMOVED.get(case.id, {}).items():
        removed = [canonical(unordered_sets(item)) for item in items]
        assert set(removed) <= set(contents[table]), "Local no longer stores these items"
        contents[table] = sorted(set(contents[table]) - set(removed))
    return {"steps": steps, "contents": contents}


def matches(answer: Outcome, expect: Expect) -> bool:
    if expect.outcome is not None:
        return answer == expect.outcome
    error = answer.get("Error") or {}
    if expect.code is not None and error.get("Code") != expect.code:
        return False
    if expect.message is not None:
        return error.get("Message") == expect.message
    if expect.pattern is not None:
        return bool(re.fullmatch(expect.pattern, error.get("Message") or ""))
    return expect.code is not None or "Error" not in answer


def _param(case: WriteCase) -> Any:
    marks = []
    if case.id in WRITE_BUGS:
        marks.append(pytest.mark.xfail(strict=True, reason=WRITE_BUGS[case.id]))
    if any(not d.verified for d in WRITE_DIFFERENCES.get(case.id, {}).values()):
        marks.append(pytest.mark.unverified)
    return pytest.param(case, id=case.id, marks=marks)


@pytest.mark.parametrize("case", [_param(case) for case in WRITE_CASES])
def test_writes_answer_like_dynamodb(conformance: Conformance, case: WriteCase) -> None:
    local = on_local(conformance, case)  # first: the active fake serves every client
    want = expected(case, local)
    fake = on_fake(conformance, case)
    known = WRITE_DIFFERENCES.get(case.id, {})
    for i, ((operation, _), got) in enumerate(zip(case.steps, fake["steps"], strict=True)):
        expect = case.live.get(i)
        if expect is not None:
            assert matches(got, expect), f"step {i} ({operation}): not the live answer"
            assert matches(local["steps"][i], expect) or i in known, (
                f"step {i}: DynamoDB Local differs from the live answer: a known difference "
                "must say so"
            )
        assert got == want["steps"][i], f"step {i} ({operation})"
    assert fake["contents"] == want["contents"]


def test_write_case_ids_are_unique_and_the_lists_name_real_cases() -> None:
    ids = [case.id for case in WRITE_CASES]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    assert set(WRITE_DIFFERENCES) <= set(ids)
    assert set(CONTENTS_REMOVED) <= set(ids)
    assert set(WRITE_BUGS) <= set(ids)


def test_write_differences_are_rows_of_the_docs() -> None:
    """Every known write difference is a row of docs/differences.md ("Writes"), marked
    **unverified** exactly when no live capture backs it."""
    page = (Path(__file__).parents[2] / "docs" / "differences.md").read_text()
    section = page.split("<!-- begin conformance: writes -->")[1].split("<!-- end")[0]
    rows: dict[str, list[str]] = {}
    for line in section.splitlines():
        if line.startswith("| `"):
            rows.setdefault(line.split("|")[1].strip().strip("`"), []).append(line)
    assert set(rows) == set(WRITE_DIFFERENCES)
    for case, steps in WRITE_DIFFERENCES.items():
        marked = ["**unverified**" in row for row in rows[case]]
        assert marked == [not steps[i].verified for i in sorted(steps)], case
