"""Where a write's time over botocore's floor goes: the fake's own work inside its
``before-send`` handler, and the rest (botocore's work after it, slowed by what the fake's
work evicted from the CPU caches).

``python benchmarks/write_split.py [REPS] [WORKLOAD ...]``: floor and fake only (no moto, about
20 s), visited as bench.py visits them (a collection, one untimed call, two timed calls, the
order alternating); medians of the call, of the time inside the fake's handler, and their
difference over the floor. The handler's time here is about twice what a replay of the same
requests into the fake alone measures: every call runs cold, after botocore's own work.
"""

from __future__ import annotations

import gc
import statistics
import sys
import time
from typing import Any

import bench
import bench_write

from pytest_dynafake import DynaFake

DEFAULT = ("GetItem 1 item", "PutItem 1 KB", "UpdateItem SET+ADD", "BatchWriteItem 25")


def floor_and_fake(
    workloads: dict[str, tuple[str, Any]],
) -> tuple[DynaFake, Any, dict[str, Any], list[Any]]:
    """The fake with bench.py's read table and bench_write's table; the floor's client, whose
    ``before-send`` answers ``current[0]`` when set; the floor's canned answer per workload."""
    fake = DynaFake()
    fake.table(bench.TABLE, partition_key="pk", items=bench.ITEMS, format="dynamodb")
    items = [bench_write._rekeyed(bench.make_item, i) for i in range(bench_write.COUNT)]
    fake.table(bench_write.TABLE, partition_key="pk", items=items, format="dynamodb")
    floor = bench.new_client()
    canned = bench.floor_responses(floor, fake, workloads)
    current: list[Any] = []
    floor.meta.events.register(
        "before-send.dynamodb", lambda _c=current, **_: _c[0] if _c else None
    )
    return fake, floor, canned, current


def main(argv: list[str]) -> int:
    reps = int(argv[0]) if argv and argv[0].isdigit() else 150
    which = [w for w in argv if not w.isdigit()] or list(DEFAULT)
    workloads = {w: bench.WORKLOADS[w] for w in which}
    fake, floor, canned, current = floor_and_fake(workloads)
    client = bench.new_client()
    inside: list[float] = []
    respond = fake._respond

    def timed(operation: str, request: Any) -> Any:
        start = time.perf_counter_ns()
        try:
            return respond(operation, request)
        finally:
            inside.append((time.perf_counter_ns() - start) / 1000)

    fake._respond = timed  # type: ignore[method-assign]
    samples: dict[str, dict[str, list[float]]] = {
        w: {"floor": [], "fake": [], "inside": []} for w in workloads
    }
    for rep in range(-1, reps):
        if rep == 0:
            gc.collect()
            gc.freeze()
        for workload, (op, params) in workloads.items():
            method = bench.METHOD[op]
            for who in ("floor", "fake") if rep % 2 == 0 else ("fake", "floor"):
                bound = getattr(floor if who == "floor" else client, method)
                if who == "floor":
                    current.append(canned[workload])
                else:
                    fake.start()
                gc.collect()
                try:
                    bound(**bench.request_for(params, who))
                    inside.clear()
                    out: list[float] = samples[workload][who] if rep >= 0 else []
                    bench.time_block(bound, params, 2, out, who)
                    if who == "fake" and rep >= 0:
                        samples[workload]["inside"].extend(inside)
                finally:
                    if who == "floor":
                        current.clear()
                    else:
                        fake.stop()
    head = f"{'workload':<22}{'floor µs':>10}{'fake µs':>10}{'fake/floor':>12}"
    print(f"{head}{'handler µs':>12}{'rest µs':>9}")
    for workload, s in samples.items():
        f, k, i = (statistics.median(s[x]) for x in ("floor", "fake", "inside"))
        print(f"{workload:<22}{f:>10.1f}{k:>10.1f}{k / f:>12.3f}{i:>12.1f}{k - f - i:>9.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
