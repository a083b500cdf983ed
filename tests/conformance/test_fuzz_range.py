"""Differential fuzzing of Query and Scan: generated tables with indexes and generated range
reads, sent to the fake and to DynamoDB Local, every page followed to the end.

A Query is compared page by page (items, Count, ScannedCount, LastEvaluatedKey,
ConsumedCapacity). No Scan order is promised (the service's comes from its own hash), so its
items are compared as a multiset, with each page's ScannedCount, Count
(when no filter makes it depend on the order), LastEvaluatedKey presence and ConsumedCapacity;
a parallel Scan runs every segment and compares the union. Mismatches are explained by
``test_fuzz.ALLOWED`` (the documented Local-vs-live differences) and
``_allowed_range.RANGE_ALLOWED``, else they fail. Same profiles as test_fuzz.py
(``HYPOTHESIS_PROFILE=long`` for thousands); figures in ``$DYNAFAKE_FUZZ_RANGE_REPORT``
(default /tmp/dynafake-fuzz-range-<profile>.json).
"""

from __future__ import annotations

import itertools
import json
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import pytest
from botocore.exceptions import ClientError
from hypothesis import given, reject, settings
from hypothesis import strategies as st

from pytest_dynafake import DynaFake, DynaFakeError

from ._allowed_range import RANGE_ALLOWED, RANGE_PENDING
from ._generate import Source
from ._generate_range import RangeTable, create_on_local, declare_on_fake, range_table
from ._generate_range import range_world_tables as world_tables
from ._requests_range import RangeRequests
from ._write_run import unordered_sets
from .cases import Case
from .conftest import Conformance
from .pages import follow
from .test_fuzz import (
    ALLOWED,
    FUZZ,
    PROFILE,
    Outcome,
    canonical_numbers,
    explain,
    outcome,
)

pytestmark = [pytest.mark.conformance, pytest.mark.fuzz]
REPORT = os.environ.get("DYNAFAKE_FUZZ_RANGE_REPORT", f"/tmp/dynafake-fuzz-range-{PROFILE}.json")
# long: 7,000 requests on the fixed tables + 1,000 fresh tables x 3 requests = 10,000 cases
FIXED = settings(FUZZ, max_examples=7_000 if PROFILE == "long" else 100)
FRESH = settings(FUZZ, max_examples=1_000 if PROFILE == "long" else 20)  # 3 requests each
ENTRIES = ALLOWED + RANGE_ALLOWED


def single(answer: Outcome) -> Outcome:
    """A paged answer that failed on its first page is that error."""
    pages = answer.get("Pages")
    if isinstance(pages, list) and len(pages) == 1 and "Error" in pages[0]:
        return dict(pages[0])
    return answer


def read(client: Any, op: str, request: dict[str, Any]) -> tuple[Outcome, list[Outcome]]:
    """Every page (Query), or the order-free shape (Scan, every segment of a parallel Scan);
    and the pages as they came, to reshape them (``shaped``) after a rewrite."""
    answers: list[Outcome] = []

    def send(params: dict[str, Any]) -> Outcome:
        answers.append(outcome(client, op, params))
        return answers[-1]

    return single(follow(send, case_of(op, request))), answers


def case_of(op: str, request: dict[str, Any]) -> Case:
    mode = "pages" if op == "Query" else "segments" if "TotalSegments" in request else "scan"
    return Case("fuzz", op, request, mode)


def shaped(op: str, request: dict[str, Any], answers: list[Outcome]) -> Outcome:
    """The outcome of the same pages, each rewritten by ``canonical_numbers``."""
    replay = iter([unordered_sets(canonical_numbers(answer)) for answer in answers])
    return single(follow(lambda params: next(replay), case_of(op, request)))


@dataclass
class Stats:
    cases: int = 0
    identical: int = 0
    pages: int = 0
    by_operation: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    explained: Counter[str] = field(default_factory=Counter)
    pending: int = 0  # mismatches that needed a RANGE_PENDING entry (suspected fake bugs)
    unexplained: int = 0
    samples: dict[str, Any] = field(default_factory=dict)

    def report(self) -> dict[str, Any]:
        return {"date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "profile": PROFILE, "cases": self.cases, "identical": self.identical,
                "pages_compared": self.pages, "by_operation": dict(self.by_operation),
                "outcomes": dict(self.outcomes.most_common()), "explained": dict(self.explained),
                "pending": self.pending, "unexplained": self.unexplained,
                "samples": self.samples}  # fmt: skip


STATS = Stats()


def compare(conformance: Conformance, fake: DynaFake, op: str, request: dict[str, Any]) -> None:
    local, pages = read(conformance.local, op, request)  # first: the fake serves every client
    with fake:
        answered, _ = read(conformance.fake_client, op, request)
    STATS.cases += 1
    STATS.by_operation[op] += 1
    STATS.pages += len(local.get("Pages", [local]))
    error = answered.get("Error", {}).get("Code", "ok")
    STATS.outcomes[f"{op} {error}"] += 1
    if local == answered:
        STATS.identical += 1
        return
    for entries in (ENTRIES, ENTRIES + RANGE_PENDING):
        names = explain(op, request, local, answered, entries)
        if names is None:  # nested numbers rewritten page by page, then the entries again
            respelt = shaped(op, request, pages)
            more = [] if respelt == answered else explain(op, request, respelt, answered, entries)
            names = None if more is None else ["nested number spelling", *more]
        if names is not None:
            STATS.explained.update(names)
            STATS.pending += not set(names) <= {e.name for e in ENTRIES} | {
                "nested number spelling"
            }
            return
    shown = json.loads(json.dumps({"operation": op, "request": request, "dynamodb_local": local,
                                   "fake": answered}, default=repr))  # fmt: skip
    STATS.unexplained += 1
    signature = f"{op} | {str(local)[:80]} | {str(answered)[:80]}"
    STATS.samples.setdefault(signature, shown)
    if os.environ.get("DYNAFAKE_FUZZ_KEEP_GOING") != "1":
        raise AssertionError("unexplained mismatch:\n" + json.dumps(shown, indent=1)[:8000])


@dataclass
class RangeWorld:
    tables: list[RangeTable]
    fake: DynaFake

    def __repr__(self) -> str:
        return f"RangeWorld({[t.name for t in self.tables]})"


@pytest.fixture(scope="module")
def range_world(conformance: Conformance, request: pytest.FixtureRequest) -> Iterator[RangeWorld]:
    """Six generated tables with indexes on both sides (the fake a layer over the conformance
    fake); deleted from DynamoDB Local afterwards, and the figures written out."""
    served(conformance)
    tables = world_tables()
    fake = conformance.fake.layer()
    for t in tables:
        create_on_local(conformance.local, t)
        declare_on_fake(fake, t)
    yield RangeWorld(tables, fake)
    for t in tables:
        conformance.local.delete_table(TableName=t.name)
    with open(REPORT, "w") as out:
        json.dump(STATS.report(), out, indent=1, default=repr)
    figures = {k: v for k, v in STATS.report().items() if k != "samples"}
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(f"\ndynafake range fuzz ({REPORT}): {json.dumps(figures)}")


def served(conformance: Conformance) -> None:
    """Skip while the fake does not serve Query and Scan (branches before they land)."""
    for op, params in (("query", {"KeyConditionExpression": "user_id = :u",
                                  "ExpressionAttributeValues": {":u": {"S": "u1"}}}),
                       ("scan", {})):  # fmt: skip
        with conformance.fake:
            try:
                getattr(conformance.fake_client, op)(TableName="users", **params)
            except DynaFakeError as error:
                if "does not serve DynamoDB" not in str(error):
                    raise
                pytest.skip(f"the fake does not serve {op} on this branch yet")


SEEDS = st.integers(0, 2**64 - 1)


@FIXED
@given(seed=SEEDS)
def test_fuzz_range_fixed_tables(
    conformance: Conformance, range_world: RangeWorld, seed: int
) -> None:
    """One Query or Scan (at most one deliberate mistake), every page, against the fixed
    generated tables."""
    compare(conformance, range_world.fake, *RangeRequests(Source(seed), range_world.tables).any())


FRESH_NAMES = itertools.count()


@FRESH
@given(seed=SEEDS)
def test_fuzz_range_fresh_tables(
    conformance: Conformance, range_world: RangeWorld, seed: int
) -> None:
    """A new table of 1-25 items with its own indexes on both sides, then three requests."""
    src = Source(seed)
    fresh = range_table(src, f"frf_{next(FRESH_NAMES)}", src.integer(1, 25))
    try:
        create_on_local(conformance.local, fresh)
    except ClientError:
        drop(conformance.local, fresh.name)
        reject()  # an item or index DynamoDB Local refuses: not a read request
    try:
        fake = DynaFake()
        declare_on_fake(fake, fresh)
    except DynaFakeError as error:
        drop(conformance.local, fresh.name)
        raise AssertionError(f"Local stored the table, the fake refused it: {error}") from error
    try:
        for _ in range(3):
            compare(conformance, fake, *RangeRequests(src, [fresh]).any())
    finally:
        drop(conformance.local, fresh.name)


def drop(local: Any, name: str) -> None:
    try:
        local.delete_table(TableName=name)
    except ClientError as error:  # never created
        if error.response["Error"]["Code"] != "ResourceNotFoundException":
            raise
