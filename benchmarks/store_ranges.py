"""The store's range reads: a Query-shaped read costs the same on 100,000 items as on 1,000.

``python benchmarks/store_ranges.py [--quick]`` prints, per table size, the cost of seeding,
of the first range read (the partitions are built then), of a Query-shaped read (one partition,
a BETWEEN on the sort key, 100 entries, each decoded as a response would be), of the same
through a GSI, of one Scan page of 100 entries, and of a test on a layer that seeds one item
and queries the table and the index (the copy reuses the shared table's partitions). The
store alone: no botocore, no request.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import time
from collections.abc import Callable
from typing import Any

from pytest_dynafake import DynaFake
from pytest_dynafake._store import SortCondition, Table

PARTITION = 1000  # items in each partition of the big table, and in the only one of the small


def _table(items: int) -> tuple[DynaFake, float]:
    fake = DynaFake()
    seeds = [
        {
            "pk": f"p{n // PARTITION}",
            "sk": n % PARTITION,
            "status": f"s{n % 10}",
            "n": n,
            "body": "x" * 900,
        }
        for n in range(items)
    ]
    started = time.perf_counter()
    fake.create_table(
        TableName="things",
        KeySchema=[
            {"AttributeName": "pk", "KeyType": "HASH"},
            {"AttributeName": "sk", "KeyType": "RANGE"},
        ],
        AttributeDefinitions=[
            {"AttributeName": "pk", "AttributeType": "S"},
            {"AttributeName": "sk", "AttributeType": "N"},
            {"AttributeName": "status", "AttributeType": "S"},
            {"AttributeName": "n", "AttributeType": "N"},
        ],
        GlobalSecondaryIndexes=[
            {
                "IndexName": "by_status",
                "KeySchema": [
                    {"AttributeName": "status", "KeyType": "HASH"},
                    {"AttributeName": "n", "KeyType": "RANGE"},
                ],
                "Projection": {"ProjectionType": "KEYS_ONLY"},
            }
        ],
    ).put_items(seeds)
    return fake, time.perf_counter() - started


def _best(run: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(items: int, repeat: int) -> dict[str, float]:
    fake, seeding = _table(items)
    table: Table = fake._tables.view["things"]
    index = table.indexes["by_status"]
    started = time.perf_counter()
    next(table.query(("p0",)))
    first_read = time.perf_counter() - started
    started = time.perf_counter()
    next(index.query(("s0",)))
    first_index_read = time.perf_counter() - started
    between = SortCondition((), "BETWEEN", ("100", "199"))

    def query() -> None:
        for entry in table.query(("p0",), between):
            entry.item.wire  # noqa: B018  # decoded as a response would be

    def query_index() -> None:
        for entry in itertools.islice(
            index.query(("s3",), SortCondition((), "BETWEEN", ("0", "999"))), 100
        ):
            index.project(entry.item)
            index.last_key(entry)

    def scan_page() -> None:
        for entry in itertools.islice(table.scan(), 100):
            entry.item.wire  # noqa: B018

    def layered_test() -> None:  # a test seeding one item in a shared table, then querying
        layer = fake.layer()
        layer.tables["things"].put_items([{"pk": "p0", "sk": -1, "status": "s3", "n": -1}])
        copy = layer._tables.view["things"]
        list(itertools.islice(copy.query(("p0",)), 100))
        list(itertools.islice(copy.indexes["by_status"].query(("s3",)), 100))

    return {
        "seed (s)": seeding,
        "first range read (ms)": first_read * 1e3,
        "first index read (ms)": first_index_read * 1e3,
        "query 100 (us)": _best(query, repeat) * 1e6,
        "index query 100 (us)": _best(query_index, repeat) * 1e6,
        "scan page 100 (us)": _best(scan_page, repeat) * 1e6,
        "layer seed 1+query (us)": _best(layered_test, max(5, repeat // 10)) * 1e6,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    repeat = 50 if parser.parse_args().quick else 500
    results = {size: measure(size, repeat) for size in (1_000, 100_000)}
    print(f"{'':24}{'1,000 items':>14}{'100,000 items':>16}{'ratio':>8}")
    for name in results[1_000]:
        small, big = results[1_000][name], results[100_000][name]
        print(f"{name:24}{small:14.2f}{big:16.2f}{big / small:8.2f}")


if __name__ == "__main__":
    main()
