"""The Query and Scan workloads of bench.py: their tables, requests and pace.

Three tables besides bench.py's own, seeded into the fake and into moto alike:

* ``bench_query``: 10 partitions of 100 of bench.py's ~1 KB items (sort key ``sk``, N);
  ``Query 100 items`` reads one whole partition: 100 items, about 74 KB of data.
* ``bench_scan``: 1,340 of the ~1 KB items, about 0.98 MB of data: ``Scan 1 MB page`` reads
  them all in one page. (moto ends a page before the item that takes it past 1,000,000
  bytes, DynamoDB after the one that takes it past 1 MiB: a table that fits under both
  limits gives all three contenders the same page to answer.)
* ``bench_1k`` and ``bench_100k``: 10 and 1,000 partitions of 100 small items (~60 B);
  ``Query 100 of 1k`` and ``Query 100 of 100k`` are the same call on each, the same answer.
  A key condition must cost the same whatever the table's size.

moto gets the Scan table and the 100,000-item table only in a full run (seeding the latter
through moto's backend takes ~35 s, and moto walks the whole table on every Query: ~1 s a
call; its Scan page takes 7-16 s), and few calls there.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

QUERY_TABLE, SCAN_TABLE = "bench_query", "bench_scan"
SMALL_TABLES = {"bench_1k": 1_000, "bench_100k": 100_000}
SCAN_ITEMS = 1_340
PARTITION = 100  # items per partition
RANGE_KEYS = {
    "KeySchema": [
        {"AttributeName": "pk", "KeyType": "HASH"},
        {"AttributeName": "sk", "KeyType": "RANGE"},
    ],
    "AttributeDefinitions": [
        {"AttributeName": "pk", "AttributeType": "S"},
        {"AttributeName": "sk", "AttributeType": "N"},
    ],
}


def _partition_of(table: str, pk: str) -> tuple[str, dict[str, Any]]:
    params = {
        "TableName": table,
        "KeyConditionExpression": "pk = :p",
        "ExpressionAttributeValues": {":p": {"S": pk}},
    }
    return "Query", params


WORKLOADS: dict[str, tuple[str, dict[str, Any]]] = {
    "Query 100 items": _partition_of(QUERY_TABLE, "part#0005"),
    "Scan 1 MB page": ("Scan", {"TableName": SCAN_TABLE}),
    "Query 100 of 1k": _partition_of("bench_1k", "p00005"),
    "Query 100 of 100k": _partition_of("bench_100k", "p00005"),
}
METHOD = {"Query": "query", "Scan": "scan"}
# How often each workload runs, as (every n-th repetition, moto every n-th of those): the
# Scan page costs ~10 times a BatchGetItem; moto's Query of the 100,000 items ~1 s.
PACE = {"Scan 1 MB page": (4, 5), "Query 100 of 100k": (1, 10)}
# Workloads moto does not answer with --quick (CI): its Scan page takes seconds.
QUICK_WITHOUT_MOTO = ("Scan 1 MB page", "Query 100 of 100k")
NOT_RUN = "not run with --quick"


def ranged(
    make_item: Callable[[int], dict[str, Any]], i: int, per: int = PARTITION
) -> dict[str, Any]:
    """bench.py's item ``i`` as the ``i % per``-th of partition ``i // per``."""
    return {**make_item(i), "pk": {"S": f"part#{i // per:04d}"}, "sk": {"N": str(i % per)}}


def small(i: int) -> dict[str, Any]:
    """A ~60-byte item: the Query-by-table-size workloads measure the lookup, not the items."""
    return {
        "pk": {"S": f"p{i // PARTITION:05d}"},
        "sk": {"N": str(i % PARTITION)},
        "name": {"S": f"Customer {i}"},
        "age": {"N": str(20 + i % 60)},
    }


def tables(make_item: Callable[[int], dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Each table's items in DynamoDB JSON (the Scan table keeps bench.py's hash-key only)."""
    out = {
        QUERY_TABLE: [ranged(make_item, i) for i in range(10 * PARTITION)],
        SCAN_TABLE: [make_item(i) for i in range(SCAN_ITEMS)],
    }
    for name, count in SMALL_TABLES.items():
        out[name] = [small(i) for i in range(count)]
    return out


def seed(fake: Any, moto_client: Any, make_item: Callable[[int], dict[str, Any]], quick: bool
         ) -> None:  # fmt: skip
    """The range tables into the fake and into moto (moto's through its backend: put_item of
    100,000 items through a client would take minutes)."""
    from moto.dynamodb.models import dynamodb_backends

    backend = dynamodb_backends["123456789012"]["us-east-1"]
    for name, items in tables(make_item).items():
        hash_only = name == SCAN_TABLE
        if hash_only:
            fake.table(name, partition_key="pk", items=items, format="dynamodb")
        else:
            fake.table(name, "pk", ("sk", "N"), items=items, format="dynamodb")
        if quick and name in (SCAN_TABLE, "bench_100k"):
            continue
        keys = {k: v[:1] for k, v in RANGE_KEYS.items()} if hash_only else RANGE_KEYS
        moto_client.create_table(TableName=name, BillingMode="PAY_PER_REQUEST", **keys)
        for item in items:
            backend.put_item(name, item)


def comparable(workload: str, answer: dict[str, Any]) -> dict[str, Any]:
    """A Scan's items in key order: DynamoDB's Scan order is not key order, nor moto's."""
    if workload.startswith("Scan") and "Items" in answer:
        answer["Items"].sort(key=lambda item: json.dumps(item, sort_keys=True))
    return answer
