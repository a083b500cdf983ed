"""Differential fuzzing of table admin: a generated CreateTable request (``_generate_admin.py``:
valid, or with one or two of the mistakes users make) sent through a validation-off client to
a fresh fake and to DynamoDB Local, then, when both created the table, a few follow-ups
(DescribeTable, UpdateTable adding or removing a GSI or changing billing, DeleteTable, the same
CreateTable again). Answers are normalised as the hand-written admin suite does
(test_admin_conformance.normalised) and compared: error code and message exactly.

A mismatch passes only if entries of ``_allowed_admin.ADMIN_ALLOWED`` explain it (each stands
for rows of docs/differences.md, "Table admin"); ``ADMIN_PENDING`` ones are counted and
reported apart; anything else fails, or with ``DYNAFAKE_FUZZ_KEEP_GOING=1`` is counted and
sampled in the report (``$DYNAFAKE_FUZZ_ADMIN_REPORT``, default
/tmp/dynafake-fuzz-admin-<profile>.json). ``HYPOTHESIS_PROFILE=long``: 3,000 tables.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import re
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from botocore.exceptions import ClientError
from hypothesis import given, settings
from hypothesis import strategies as st

from pytest_dynafake import DynaFake

from ._allowed_admin import ADMIN_ALLOWED, ADMIN_PENDING, MISTAKES
from ._generate import Source
from ._generate_admin import create_request, follow_ups
from .conftest import Conformance
from .test_admin_conformance import normalised
from .test_fuzz import FUZZ, PROFILE, explain

pytestmark = [pytest.mark.conformance, pytest.mark.fuzz]
REPORT = os.environ.get("DYNAFAKE_FUZZ_ADMIN_REPORT", f"/tmp/dynafake-fuzz-admin-{PROFILE}.json")
# DYNAFAKE_FUZZ_ADMIN_TABLES overrides the number of tables
TABLE_COUNT = int(os.environ.get("DYNAFAKE_FUZZ_ADMIN_TABLES", 3_000 if PROFILE == "long" else 150))
TABLES = settings(FUZZ, max_examples=TABLE_COUNT)
Outcome = dict[str, Any]


@dataclass
class Stats:
    tables: int = 0
    cases: int = 0
    identical: int = 0
    explained_cases: int = 0
    pending: int = 0
    by_operation: Counter[str] = field(default_factory=Counter)
    mistakes: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    explained: Counter[str] = field(default_factory=Counter)
    unexplained: int = 0
    unexplained_kinds: Counter[str] = field(default_factory=Counter)
    samples: dict[str, Any] = field(default_factory=dict)

    def report(self) -> dict[str, Any]:
        return {"date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "profile": PROFILE, "tables": self.tables, "cases": self.cases,
                "identical": self.identical, "explained_cases": self.explained_cases,
                "pending": self.pending, "unexplained": self.unexplained,
                "by_operation": dict(self.by_operation), "mistakes": dict(self.mistakes),
                "outcomes": dict(self.outcomes.most_common()), "explained": dict(self.explained),
                "unexplained_kinds": dict(self.unexplained_kinds.most_common()),
                "samples": self.samples}  # fmt: skip


STATS = Stats()


def outcome(client: Any, method: str, params: dict[str, Any]) -> Outcome:
    try:
        return in_order(normalised(getattr(client, method)(**params)))
    except ClientError as error:
        return {"Error": {k: error.response["Error"][k] for k in ("Code", "Message")}}
    except Exception as error:  # any other failure (botocore's, the fake's) is an outcome
        return {"Exception": f"{type(error).__name__}: {error}"}


def in_order(got: Outcome) -> Outcome:
    """Indexes sorted by name, NonKeyAttributes sorted: neither side keeps the request's order
    (DynamoDB Local answers in its hash order)."""
    for table in (got.get("TableDescription"), got.get("Table")):
        for kind in ("GlobalSecondaryIndexes", "LocalSecondaryIndexes"):
            if table is not None and kind in table:
                table[kind] = sorted(table[kind], key=lambda i: str(i.get("IndexName")))
                for index in table[kind]:
                    attributes = (index.get("Projection") or {}).get("NonKeyAttributes")
                    if attributes is not None:
                        index["Projection"]["NonKeyAttributes"] = sorted(attributes)
    return got


def signature(method: str, got: Outcome) -> str:
    error = got.get("Error")
    if error:
        return f"{method} {error['Code']}: {str(error['Message'])[:60]}"
    return f"{method} {got.get('Exception', '')[:60] or 'ok'}"


def compare(
    conformance: Conformance,
    fake: DynaFake,
    method: str,
    params: dict[str, Any],
    history: list[Any],
) -> tuple[Outcome, Outcome]:
    local = outcome(conformance.local, method, params)  # first: the active fake serves all
    with fake:
        answered = outcome(conformance.fake_client, method, params)
    STATS.cases += 1
    STATS.by_operation[method] += 1
    STATS.outcomes[f"{method} {answered.get('Error', {}).get('Code', 'ok')}"] += 1
    shown = {"call": method, "params": params, "dynamodb_local": local, "fake": answered}
    history.append(shown)
    op = "".join(part.title() for part in method.split("_"))
    if local == answered:
        STATS.identical += 1
        return local, answered
    names = explain(op, params, local, answered, ADMIN_ALLOWED)
    if names is not None:
        STATS.explained_cases += 1
        STATS.explained.update(names)
        return local, answered
    kind = f"{signature(method, local)} | {signature(method, answered)}"
    pending = explain(op, params, local, answered, ADMIN_ALLOWED + ADMIN_PENDING)
    if pending is not None:
        STATS.pending += 1
        STATS.explained.update(f"pending: {n}" for n in pending)
        STATS.samples.setdefault(kind, {**shown, "before": history[:-1]})
        return local, answered
    STATS.unexplained += 1
    STATS.unexplained_kinds[kind] += 1
    STATS.samples.setdefault(kind, {**shown, "before": history[:-1]})
    if os.environ.get("DYNAFAKE_FUZZ_KEEP_GOING") != "1":
        raise AssertionError(
            "unexplained mismatch:\n" + json.dumps(history, indent=1, default=repr)[:8000]
        )
    return local, answered


@pytest.fixture(scope="module")
def admin_report(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    with open(REPORT, "w") as out:
        json.dump(STATS.report(), out, indent=1, default=repr)
    figures = {k: v for k, v in STATS.report().items() if k not in ("samples", "outcomes")}
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(f"\ndynafake admin fuzz ({REPORT}): {json.dumps(figures)}")


SEEDS = st.integers(0, 2**64 - 1)
NUMBERS = itertools.count()


def created(got: Outcome) -> bool:
    return "TableDescription" in got and got["TableDescription"].get("TableStatus") != "DELETING"


@TABLES
@given(seed=SEEDS)
def test_fuzz_admin(conformance: Conformance, admin_report: None, seed: int) -> None:
    """A generated CreateTable on a fresh fake and on DynamoDB Local; when both created the
    table, a few follow-ups on it; every answer compared."""
    src = Source(seed)
    request, mistakes = create_request(src, f"fa_{next(NUMBERS)}")
    STATS.tables += 1
    STATS.mistakes.update(mistakes or ["none"])
    MISTAKES[:] = mistakes
    fake = DynaFake()
    history: list[Any] = []
    name = request.get("TableName")
    try:
        local, answered = compare(conformance, fake, "create_table", request, history)
        if not (created(local) and created(answered)):
            return
        for method, params in follow_ups(src, request):
            local, answered = compare(
                conformance, fake, method, {"TableName": name, **params}, history
            )
            if ("Error" in local) != ("Error" in answered):
                break  # an explained difference left the two tables apart: stop comparing
    finally:
        drop(conformance.local, name)


BUSY: list[str] = []  # tables DynamoDB Local could not delete yet (an index being built)
TABLE_NAME = re.compile(r"[a-zA-Z0-9_.-]{3,255}")


def drop(local: Any, name: Any) -> None:
    """Delete the case's table from DynamoDB Local; a table busy with an index (being built or
    deleted refuses the deletion for a while) is left for ``busy_tables`` to delete after the
    last case, so no case waits for one."""
    if not isinstance(name, str) or not TABLE_NAME.fullmatch(name):
        return  # a name no table can have (generated on purpose): each wait cost 5 s before
    with contextlib.suppress(ClientError):
        local.update_table(TableName=name, DeletionProtectionEnabled=False)
    try:
        local.delete_table(TableName=name)
    except ClientError as error:
        if error.response["Error"]["Code"] != "ResourceNotFoundException":  # else never made
            BUSY.append(name)


@pytest.fixture(scope="module", autouse=True)
def busy_tables(conformance: Conformance) -> Iterator[None]:
    """Delete the tables the cases left busy, waiting for each: a table left behind shows in
    the ListTables of every later conformance test."""
    yield
    for name in BUSY:
        for _ in range(200):
            with contextlib.suppress(ClientError):
                conformance.local.update_table(TableName=name, DeletionProtectionEnabled=False)
            try:
                conformance.local.delete_table(TableName=name)
            except ClientError as error:
                if error.response["Error"]["Code"] == "ResourceNotFoundException":
                    break
                time.sleep(0.05)
                continue
            break
    BUSY.clear()


def test_admin_allowances_are_documented() -> None:
    """Every admin allowance is a row of docs/fuzzing.md ("Allowed admin differences"), marked
    **unverified** exactly when no live capture backs it, and names rows of
    docs/differences.md that exist."""
    docs = Path(__file__).parents[2] / "docs"
    page = (docs / "fuzzing.md").read_text()
    table = page.split("### Allowed admin differences")[1].split("\n#")[0]
    rows = {line.split("|")[1].strip(): line for line in table.splitlines() if line[:2] == "| "}
    assert {e.name for e in ADMIN_ALLOWED} <= set(rows)
    said = {e.name for e in ADMIN_ALLOWED if "**unverified**" in rows[e.name]}
    assert said == {e.name for e in ADMIN_ALLOWED if not e.verified}
    differences = (docs / "differences.md").read_text()
    named = {t.strip() for e in ADMIN_ALLOWED for t in e.rows.split(",")}
    ids = {t for t in named if re.fullmatch(r"[a-z]+-[a-z0-9-]+", t)}
    assert sorted(t for t in ids if f"| `{t}` |" not in differences) == []
