"""Several faults on one call: which answer the client sees, and which faults are credited.

Every fault that matches the call counts it (``matched``, which ``after`` and scripts follow).
Then, in this order:

1. whole-call errors (``fail``, ``throttle`` of a whole call), in declaration order: the first
   that fires answers, and no other fault fires;
2. throttles that match only some keys of an operation with partial answers (the registry's
   ``partial``; BatchGetItem): if together they hold every key, nothing could be read for
   throughput and the call fails with the first one's error;
3. page faults of a paginated read (``short_page``, ``empty_page``): each fires by its own
   schedule and the page ends at the earliest bound any of them sets;
4. per-key outcomes (those throttles, ``unprocessed``, ``conflict``, ``condition_fails``):
   each fires by its own schedule and the answer is their union. An action marked by several
   conflict or condition_fails faults gets the code of the first declared. On a transaction
   the union is a :class:`Cancel`; on a single write (no partial answer) a ``condition_fails``
   is :class:`ConditionFails`.

A fault is credited (``call_count``, ``times``, ``answers``) only on a call it answered.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._fault_answers import CONDITION_FAILED, server_error, throttle_error
from ._faults import Answer, Fault, Match, index_of
from ._ops import REGISTRY, Cancel, ConditionFails, EndPage, Held, HeldItems, Plan
from ._store import LOCAL

PER_KEY = ("unprocessed", "conflict", "condition_fails")
PAGE = ("short_page", "empty_page")


def decide(
    faults: Sequence[Fault],
    operation: str,
    attempt: int | None,
    plan: Plan,
    elapsed: float,
    region: str,
    page: int | None = None,
) -> tuple[tuple[Fault, ...], Answer] | None:
    """The faults that answer this call (declaration order) and their answer, or None.
    ``page``: the call's page number in its pagination, if it is a paginated read."""
    matches = [
        m for fault in faults if (m := fault._match(operation, attempt, plan, page)) is not None
    ]
    if not matches:
        return None
    count = len(plan.targets)
    answers = REGISTRY[operation].partial
    whole, partial, per_key, paged = [], [], [], []
    for match in matches:
        if match.kind in PER_KEY:
            per_key.append(match)
        elif match.kind in PAGE:
            paged.append(match)
        elif match.kind == "throttle" and answers == "unprocessed" and len(match.positions) < count:
            partial.append(match)
        elif match.kind is not None:
            whole.append(match)
    for match in whole:
        if match.fault._fire(match, elapsed):
            return _credit([match], _whole_call(match, operation, plan, region))
    cut = [m for m in paged if m.fault._fire(m, elapsed)]
    if cut:
        bounds = [m.options["items"] for m in cut if m.kind == "short_page"]
        empty = any(m.kind == "empty_page" for m in cut)
        return _credit(cut, EndPage(min(bounds, default=None), empty))
    throttled = [m for m in partial if m.fault._fire(m, elapsed)]
    if throttled and len({p for m in throttled for p in m.positions}) == count:
        return _credit(throttled, _whole_call(throttled[0], operation, plan, region))
    fired_ids = {id(m) for m in throttled}
    fired_ids.update(id(m) for m in per_key if m.fault._fire(m, elapsed))
    fired = [m for m in matches if id(m) in fired_ids]  # declaration order
    if not fired:
        return None
    if answers == "cancel":
        codes: dict[int, str] = {}
        for match in fired:
            code = CONDITION_FAILED if match.kind == "condition_fails" else match.options["code"]
            for position in match.positions:
                codes.setdefault(position, code)
        return _credit(fired, Cancel(codes))
    if answers is None:  # a single write's condition_fails: the only per-key outcome there
        return _credit(fired, ConditionFails())
    make = HeldItems if REGISTRY[operation].writes else Held
    held: set[int] = set()
    for match in fired:
        if match.kind == "throttle":
            own = make(match.positions)  # some keys throttled: returned unprocessed
        else:
            own = make(match.fault._choose(match.positions, match.options))
        _credit([match], own)
        held.update(own)
    return tuple(m.fault for m in fired), make(sorted(held))


def _whole_call(match: Match, operation: str, plan: Plan, region: str) -> Answer:
    if match.kind == "throttle":
        if not match.positions:
            return throttle_error(match.options["error"], None, region)
        table = plan.targets[match.positions[0]].table
        writes = REGISTRY[operation].writes
        # A write names the global secondary index whose back-pressure throttles it.
        index = match.fault.index if writes else index_of(operation, plan)
        # A local secondary index reads its table's throughput: its table is throttled.
        if index is not None and table.indexes[index].kind == LOCAL:
            index = None
        return throttle_error(match.options["error"], table.name, region, index, writes)
    return server_error(match.options["error"])


def _credit(fired: list[Match], answer: Answer) -> tuple[tuple[Fault, ...], Answer]:
    for match in fired:
        assert match.kind is not None
        match.fault._record(match.kind, answer)
    return tuple(m.fault for m in fired), answer
