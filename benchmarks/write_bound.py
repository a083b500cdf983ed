"""How close to botocore's floor a fake can answer a write if it checks nothing.

``python benchmarks/write_bound.py [REPS]``: the floor, the fake, and two *bounds*:
``before-send`` handlers that do only what a store cannot skip and nothing DynamoDB asks
besides: decode the request, make the change (for the UpdateItem the three assignments of its
expression, written out by hand; for the PutItem, take the request's item), store it, build
the response. No validation, no expression, no condition, no call log.

* ``bound``: items kept as JSON text, as the fake keeps them (memory near the JSON size):
  the UpdateItem decodes the stored item and encodes the new one;
* ``dicts``: items kept as dicts (about eight times the memory): the UpdateItem copies the
  two containers it changes, the PutItem stores the request's dicts.

Visited as ``write_split.py`` visits (a collection, one untimed call, two timed calls, the
order alternating); medians, and each over the floor. What it shows: the share of the 1.10
target that the unavoidable work already takes. Where a bound is near 1.10 (the UpdateItem,
whose request and answer are small, and so is its floor), no tuning of the fake's checks
reaches the target.
"""

from __future__ import annotations

import gc
import statistics
import sys
from typing import Any

import bench
import bench_write
import msgspec
from write_split import floor_and_fake

from pytest_dynafake._botocore.http import FakeResponse

WORKLOADS = ("PutItem 1 KB", "UpdateItem SET+ADD")
_decode = msgspec.json.Decoder().decode
_encode = msgspec.json.Encoder().encode


class Bound:
    """The least a store must do to answer the two writes: items as JSON text, or as dicts
    (module docstring)."""

    def __init__(self, as_text: bool = True) -> None:
        self.as_text = as_text
        self.store: dict[str, Any] = {}
        for i in range(bench_write.COUNT):
            item = bench_write._rekeyed(bench.make_item, i)
            self.store[item["pk"]["S"]] = _encode(item) if as_text else item

    def respond(self, operation: str, request: Any) -> FakeResponse:
        body = _decode(request.body)
        if operation == "UpdateItem":
            key = body["Key"]["pk"]["S"]
            stored = self.store[key]
            values = body["ExpressionAttributeValues"]
            if self.as_text:
                item = _decode(stored)
                item["address"]["M"]["city"] = values[":city"]
            else:  # the stored dicts are shared: a copy of each container on the path
                item = dict(stored)
                address = dict(item["address"]["M"], city=values[":city"])
                item["address"] = {"M": address}
            item["name"] = values[":n"]
            visits = item.get("visits", {"N": "0"})["N"]
            item["visits"] = {"N": str(int(visits) + int(values[":one"]["N"]))}
        else:
            item = body["Item"]
            key = item["pk"]["S"]
        self.store[key] = _encode(item) if self.as_text else item
        return FakeResponse(request.url, 200, b"{}", "BOUND")


def main(argv: list[str]) -> int:
    reps = int(argv[0]) if argv else 150
    workloads = {w: bench.WORKLOADS[w] for w in WORKLOADS}
    fake, floor, canned, current = floor_and_fake(workloads)
    answers = {"fake": fake._respond, "bound": Bound().respond, "dicts": Bound(False).respond}
    contenders = {"floor": floor, **{who: bench.new_client() for who in answers}}
    samples = {w: {who: [] for who in contenders} for w in workloads}  # type: ignore[var-annotated]
    for rep in range(-1, reps):
        if rep == 0:
            gc.collect()
            gc.freeze()
        for workload, (op, params) in workloads.items():
            order = list(contenders) if rep % 2 == 0 else list(reversed(contenders))
            for who in order:
                call = getattr(contenders[who], bench.METHOD[op])
                if who == "floor":
                    current.append(canned[workload])
                else:
                    fake._respond = answers[who]  # type: ignore[method-assign]
                    fake.start()
                gc.collect()
                try:
                    call(**bench.request_for(params, who))
                    out: list[float] = samples[workload][who] if rep >= 0 else []
                    bench.time_block(call, params, 2, out, who)
                finally:
                    if who == "floor":
                        current.clear()
                    else:
                        fake.stop()
    print(
        f"{'workload':<22}{'floor µs':>10}"
        + "".join(f"{w + ' µs':>10}{'/floor':>8}" for w in answers)
    )
    for workload, s in samples.items():
        f = statistics.median(s["floor"])
        row = "".join(
            f"{m:>10.1f}{m / f:>8.3f}" for m in (statistics.median(s[w]) for w in answers)
        )
        print(f"{workload:<22}{f:>10.1f}{row}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
