"""A test's first write to a shared table: the same on 100,000 items as on 1,000.

``python benchmarks/layer_write.py`` builds a shared fake (a table with a GSI, seeded with
1,000 or 100,000 items of ~250 bytes), then, 30 times, a layer over it (each test's fake) and
times the layer's first write of one item through the request path's writer
(``writable(name).apply(...)``): the copy-on-write copy of the table and the write. Four
tables: with a sort key (1,000 items a partition) or without (one item a partition), never
read or read before (partitions and the index built, which the copy then shares). Medians,
in µs. The store alone: no botocore, no request.
"""

from __future__ import annotations

import statistics
import time

from pytest_dynafake import DynaFake
from pytest_dynafake._seeding import prepare


def shared(items: int, sort: bool, read: bool) -> DynaFake:
    fake = DynaFake()
    rows = [
        {"pk": f"p{i // 1000 if sort else i}", "status": f"s{i % 10}", "n": i, "body": "x" * 200}
        | ({"sk": i % 1000} if sort else {})
        for i in range(items)
    ]
    indexes = {"by_status": ("status", ("n", "N"))}
    fake.table("things", "pk", ("sk", "N") if sort else None, indexes=indexes, items=rows)
    if read:
        table = fake._tables.view["things"]
        next(table.query(("p0",)))
        next(table.indexes["by_status"].query(("s0",)))
        next(table.scan())
    return fake


def first_write(fake: DynaFake, sort: bool) -> float:
    times = []
    for i in range(30):
        writer = fake.layer()._tables
        item = {"pk": "p0", "status": "s3", "n": -1 - i} | ({"sk": -1} if sort else {})
        entries = prepare(fake._tables.view["things"], [item], "python")
        started = time.perf_counter()
        with writer.lock:
            writer.writable("things").apply(entries)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1e6


def main() -> None:
    print(f"{'table':26}{'1,000 items':>14}{'100,000 items':>16}{'ratio':>8}")
    for sort in (True, False):
        for read in (False, True):
            small, big = (first_write(shared(n, sort, read), sort) for n in (1_000, 100_000))
            name = f"{'pk+sk' if sort else 'pk only'}, {'read before' if read else 'never read'}"
            print(f"{name:26}{small:14.1f}{big:16.1f}{big / small:8.2f}")


if __name__ == "__main__":
    main()
