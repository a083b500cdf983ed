"""Differential fuzzing of writes: a generated table (S/N/B keys, with or without a sort key,
GSIs and LSIs with sparse members) on both sides, then a sequence of generated writes
(``_generate_write.py``: the five write operations, conditions that pass and fail, update
expressions of every clause, every ReturnValues) sent to the fake and to DynamoDB Local, every
answer compared, then the table's contents (a consistent Scan) and every index's entries.

A mismatch passes only if entries of ``_allowed_write.WRITE_ALLOWED`` explain it (each stands
for rows of docs/differences.md, "Writes"); anything else fails, showing both answers, or with
``DYNAFAKE_FUZZ_KEEP_GOING=1`` is counted and sampled in the report
(``$DYNAFAKE_FUZZ_WRITE_REPORT``, default /tmp/dynafake-fuzz-write-<profile>.json).
``HYPOTHESIS_PROFILE=long``: 1,250 tables x 8 writes = 10,000 write cases.
"""

from __future__ import annotations

import itertools
import json
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from botocore.exceptions import ClientError
from hypothesis import given, reject, settings
from hypothesis import strategies as st

from pytest_dynafake import DynaFake, DynaFakeError

from ._allowed_write import CONTENTS_ALLOWED, WRITE_ALLOWED, WRITE_PENDING
from ._generate import Source
from ._generate_range import RangeTable, create_on_local, declare_on_fake, range_table
from ._generate_write import WriteRequests
from ._write_resync import removing, resync, shown
from ._write_run import Outcome, answer, unordered_sets
from .conftest import Conformance
from .pages import canonical
from .test_fuzz import FUZZ, PROFILE, canonical_numbers, explain

pytestmark = [pytest.mark.conformance, pytest.mark.fuzz]
REPORT = os.environ.get("DYNAFAKE_FUZZ_WRITE_REPORT", f"/tmp/dynafake-fuzz-write-{PROFILE}.json")
# DYNAFAKE_FUZZ_WRITE_TABLES overrides the number of tables (a shorter long run)
TABLE_COUNT = int(os.environ.get("DYNAFAKE_FUZZ_WRITE_TABLES", 1_250 if PROFILE == "long" else 30))
TABLES = settings(FUZZ, max_examples=TABLE_COUNT)
WRITES = 8 if PROFILE == "long" else 6  # per table


@dataclass
class Stats:
    tables: int = 0
    cases: int = 0
    identical: int = 0
    explained_cases: int = 0
    pending: int = 0  # mismatches only a WRITE_PENDING entry explains (the fake's, reported)
    contents_compared: int = 0
    contents_identical: int = 0
    by_operation: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    explained: Counter[str] = field(default_factory=Counter)
    unexplained: int = 0
    unexplained_kinds: Counter[str] = field(default_factory=Counter)
    samples: dict[str, Any] = field(default_factory=dict)

    def report(self) -> dict[str, Any]:
        return {"date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "profile": PROFILE, "tables": self.tables, "cases": self.cases,
                "identical": self.identical, "explained_cases": self.explained_cases,
                "pending": self.pending,
                "contents_compared": self.contents_compared,
                "contents_identical": self.contents_identical,
                "by_operation": dict(self.by_operation),
                "outcomes": dict(self.outcomes.most_common()), "explained": dict(self.explained),
                "unexplained": self.unexplained,
                "unexplained_kinds": dict(self.unexplained_kinds),
                "samples": self.samples}  # fmt: skip


STATS = Stats()


def outcome(client: Any, op: str, request: dict[str, Any]) -> Outcome:
    try:
        return answer(client, op, request)
    except Exception as error:  # any failure (botocore's, the fake's) is an outcome to compare
        return {"Exception": f"{type(error).__name__}: {error}"}


def signature(op: str, got: Outcome) -> str:
    error = got.get("Error")
    return f"{op} {error['Code']}: {str(error['Message'])[:50]}" if error else f"{op} {list(got)}"


def unexplained(kind: str, shown: dict[str, Any]) -> None:
    STATS.unexplained += 1
    STATS.unexplained_kinds[kind] += 1
    STATS.samples.setdefault(kind, shown)
    if os.environ.get("DYNAFAKE_FUZZ_KEEP_GOING") != "1":
        raise AssertionError("unexplained mismatch:\n" + json.dumps(shown, indent=1)[:8000])


def compare(
    conformance: Conformance,
    fake: DynaFake,
    op: str,
    request: dict[str, Any],
    table: RangeTable | None = None,
) -> None:
    local = outcome(conformance.local, op, request)  # first: the active fake serves every client
    with fake:
        answered = outcome(conformance.fake_client, op, request)
    STATS.cases += 1
    HISTORY.append(shown(op, request, local, answered))
    STATS.by_operation[op] += 1
    STATS.outcomes[f"{op} {answered.get('Error', {}).get('Code', 'ok')}"] += 1
    if local == answered:
        STATS.identical += 1
        if op == "UpdateItem" and removing(request):  # Local may have made a key-only item
            resync(conformance, fake, table, request)
        return
    names = explain(op, request, local, answered, WRITE_ALLOWED)
    if names is not None:
        STATS.explained_cases += 1
        STATS.explained.update(names)
        if ("Error" in local) != ("Error" in answered) or "CancellationReasons" in answered:
            DIVERGED.update(keys_of(request))  # one side wrote: leave these items out
            resync(conformance, fake, table, request)
        elif op == "UpdateItem" and removing(request) and "Error" not in local:
            resync(conformance, fake, table, request)  # as above: answers differ otherwise
        return
    DIVERGED.update(keys_of(request))  # counted here: not again in the contents
    resync(conformance, fake, table, request)
    pending = explain(op, request, local, answered, WRITE_ALLOWED + WRITE_PENDING)
    if pending is not None:
        STATS.pending += 1
        STATS.explained.update(pending)
        kind = f"{' + '.join(pending)} | {signature(op, local)} | {signature(op, answered)}"
        sample = {
            **shown(op, request, local, answered),
            "table": dict(CURRENT),
            "before": HISTORY[:-1],
        }
        STATS.samples.setdefault(kind, sample)
        return
    sample = {**shown(op, request, local, answered), "table": dict(CURRENT), "before": HISTORY[:-1]}
    unexplained(f"{signature(op, local)} | {signature(op, answered)}", sample)


DIVERGED: set[str] = set()  # keys an explained mismatch wrote on one side only
HISTORY: list[dict[str, Any]] = []  # the table's writes so far, for a sample
CURRENT: dict[str, Any] = {}  # the table's CreateTable arguments and items, for a sample


def keys_of(request: dict[str, Any]) -> list[str]:
    """The canonical keys a write request names (its items' keys need the table's key names,
    so every attribute of a Put's item is taken: the comparison matches on the key part)."""
    found: list[str] = []
    for body in [v for action in request.get("TransactItems", []) for v in action.values()]:
        found.append(canonical(body.get("Key") or body.get("Item")))
    for writes in (request.get("RequestItems") or {}).values():
        for w in writes:
            found.append(
                canonical(
                    (w.get("PutRequest") or {}).get("Item")
                    or (w.get("DeleteRequest") or {}).get("Key")
                )
            )
    if "Key" in request or "Item" in request:
        found.append(canonical(request.get("Key") or request.get("Item")))
    return found


def diverged(t: RangeTable, item: dict[str, Any]) -> bool:
    names = [name for name, _ in t.keys]
    key = {n: item.get(n) for n in names}
    for written in DIVERGED:
        other = json.loads(written) if written != "null" else {}
        if isinstance(other, dict) and canonical(  # 1E+2 and 100 are one key
            canonical_numbers(unordered_sets({n: other.get(n) for n in names}))
        ) == canonical(canonical_numbers(unordered_sets(key))):
            return True
    return False


def contents(client: Any, t: RangeTable) -> Outcome:
    """The table's items and each index's entries, numbers respelt as the fake spells them,
    sets sorted, as sorted multisets."""
    found: Outcome = {}
    for index in [None, *[i.name for i in t.indexes]]:
        params: dict[str, Any] = {"TableName": t.name}
        params.update({"IndexName": index} if index else {"ConsistentRead": True})
        items: list[Any] = []
        while True:
            page = outcome(client, "Scan", params)
            if "Items" not in page:
                items.append(page)
                break
            items += page["Items"]
            if "LastEvaluatedKey" not in page:
                break
            params = {**params, "ExclusiveStartKey": page["LastEvaluatedKey"]}
        kept = [i for i in items if "Error" in i or not diverged(t, i)]
        found[index or t.name] = sorted(canonical(unordered_sets(i)) for i in kept)
    return found


def compare_contents(conformance: Conformance, fake: DynaFake, t: RangeTable) -> None:
    local = contents(conformance.local, t)
    with fake:
        answered = contents(conformance.fake_client, t)
    STATS.contents_compared += 1
    if local == answered:
        STATS.contents_identical += 1
        return
    about = {"table": t.name, "keys": [name for name, _ in t.keys]}
    fixed, used = local, list[str]()
    for entry in CONTENTS_ALLOWED:  # each in turn, kept when it changes something
        rewritten = entry.rewrite("contents", about, fixed, answered)
        if rewritten is not None and rewritten != fixed:
            fixed, used = rewritten, [*used, entry.name]
    if fixed == answered:
        STATS.explained.update(used)
        return
    seen = {"table": t.create_arguments(), "dynamodb_local": local, "fake": answered,
            "writes": list(HISTORY)}  # fmt: skip
    if all(set(fixed[k]) <= set(answered.get(k, [])) for k in fixed):
        STATS.pending += 1  # only items the fake holds and Local does not: pending, reported
        STATS.explained["pending: items only the fake holds"] += 1
        STATS.samples.setdefault(
            "pending: items only the fake holds", json.loads(json.dumps(seen, default=repr))
        )
        return
    unexplained("contents", json.loads(json.dumps(seen, default=repr)))


@pytest.fixture(scope="module")
def write_report(conformance: Conformance, request: pytest.FixtureRequest) -> Iterator[None]:
    served(conformance)
    yield
    with open(REPORT, "w") as out:
        json.dump(STATS.report(), out, indent=1, default=repr)
    figures = {k: v for k, v in STATS.report().items() if k != "samples"}
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(f"\ndynafake write fuzz ({REPORT}): {json.dumps(figures)}")


def served(conformance: Conformance) -> None:
    """Skip while the fake does not serve the writes (branches before they land)."""
    fake = DynaFake()
    fake.table("probe", ("k", "S"))
    with fake:
        for op in ("put_item", "update_item", "delete_item"):
            key = {"Item" if op == "put_item" else "Key": {"k": {"S": "x"}}}
            try:
                getattr(conformance.fake_client, op)(TableName="probe", **key)
            except DynaFakeError as error:
                if "does not serve DynamoDB" not in str(error):
                    raise
                pytest.skip(f"the fake does not serve {op} on this branch yet")
        for op in ("batch_write_item", "transact_write_items"):
            try:
                if op == "batch_write_item":
                    conformance.fake_client.batch_write_item(RequestItems={"probe": [
                        {"PutRequest": {"Item": {"k": {"S": "y"}}}}]})  # fmt: skip
                else:
                    conformance.fake_client.transact_write_items(TransactItems=[
                        {"Put": {"TableName": "probe", "Item": {"k": {"S": "z"}}}}])  # fmt: skip
            except DynaFakeError as error:
                if "does not serve DynamoDB" not in str(error):
                    raise
                pytest.skip(f"the fake does not serve {op} on this branch yet")


SEEDS = st.integers(0, 2**64 - 1)
NAMES = itertools.count()


@TABLES
@given(seed=SEEDS)
def test_fuzz_writes(conformance: Conformance, write_report: None, seed: int) -> None:
    """A new table of 1-12 items with its own indexes on both sides, a sequence of writes
    (every answer compared), then the table's and its indexes' contents."""
    src = Source(seed)
    t = range_table(src, f"fw_{next(NAMES)}", src.integer(1, 12))
    try:
        create_on_local(conformance.local, t)
    except ClientError:
        drop(conformance.local, t.name)
        reject()  # an item or index DynamoDB Local refuses: not a write request
    try:
        fake = DynaFake()
        declare_on_fake(fake, t)
    except DynaFakeError as error:
        drop(conformance.local, t.name)
        raise AssertionError(f"Local stored the table, the fake refused it: {error}") from error
    STATS.tables += 1
    DIVERGED.clear()
    HISTORY.clear()
    CURRENT.clear()
    CURRENT.update(json.loads(json.dumps({"create": t.create_arguments(), "items": t.items},
                                         default=repr)))  # fmt: skip
    try:
        for _ in range(WRITES):
            compare(conformance, fake, *WriteRequests(src, t).any(), table=t)
        compare_contents(conformance, fake, t)
    finally:
        drop(conformance.local, t.name)


def drop(local: Any, name: str) -> None:
    try:
        local.delete_table(TableName=name)
    except ClientError as error:  # never created
        if error.response["Error"]["Code"] != "ResourceNotFoundException":
            raise


def test_contents_respell_nested_numbers_only_through_the_allowance() -> None:
    """The contents comparison sees numbers as stored: a nested 1E+2 against 100 is a
    mismatch the allowance explains, not one the comparison hides."""
    stored = {"k": {"S": "x"}, "m": {"M": {"n": {"N": "1E+2"}}}}
    assert canonical_numbers(stored) != stored


def test_unverified_write_allowances_say_so_in_the_docs() -> None:
    """Every write allowance is a row of docs/fuzzing.md ("Allowed write differences"), marked
    **unverified** exactly when no live capture backs it."""
    page = (Path(__file__).parents[2] / "docs" / "fuzzing.md").read_text()
    table = page.split("### Allowed write differences")[1].split("\n#")[0]
    rows = {line.split("|")[1].strip(): line for line in table.splitlines() if line[:2] == "| "}
    entries = WRITE_ALLOWED + CONTENTS_ALLOWED
    assert {e.name for e in entries} <= set(rows)
    said = {e.name for e in entries if "**unverified**" in rows[e.name]}
    assert said == {e.name for e in entries if not e.verified}
