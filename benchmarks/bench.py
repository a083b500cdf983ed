"""Per-call cost of pytest-dynafake against botocore's own floor and moto, interleaved.

``python benchmarks/bench.py [--quick] [--json PATH]``; see benchmarks/README.md."""

from __future__ import annotations

import argparse
import gc
import gzip
import itertools
import json
import os
import platform
import statistics
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from typing import Any

os.environ.update(
    AWS_ACCESS_KEY_ID="bench", AWS_SECRET_ACCESS_KEY="bench", AWS_DEFAULT_REGION="us-east-1",
    AWS_EC2_METADATA_DISABLED="true",
)  # fmt: skip

import bench_range
import bench_write
import boto3
import botocore
import botocore.exceptions
from botocore.awsrequest import AWSResponse
from botocore.config import Config
from moto import mock_aws
from moto.core.models import botocore_stubber
from per_test import memory_per_item, per_test, report, seed_cost

import pytest_dynafake
from pytest_dynafake import DynaFake

TABLE = "bench_items"
CONTENDERS = ("floor", "fake", "moto")
ORDERS = list(itertools.permutations(CONTENDERS))
CONFIG = Config(retries={"mode": "standard"}, region_name="us-east-1")
# mock_aws stays started for the whole run, but its before-send stubber is enabled only around
# moto's own blocks: enabled, it would also run a shadow copy of every floor and fake request.
# (Toggling mock_aws itself instead leaks ~5,000 `responses` registrations per start().)
MOTO_CONFIG: Any = {"core": {"reset_boto3_session": False}}


def make_item(i: int) -> dict[str, Any]:
    """A ~1 KB item in DynamoDB JSON: a dozen S/N/BOOL/L/M attributes."""
    return {
        "pk": {"S": f"user#{i:06d}"},
        "name": {"S": f"Customer Number {i} " + "x" * 40},
        "email": {"S": f"customer{i}@example.com"},
        "age": {"N": str(20 + i % 60)},
        "balance": {"N": f"{i * 17.25:.2f}".rstrip("0").rstrip(".")},  # canonical, as stored
        "active": {"BOOL": i % 2 == 0},
        "verified": {"BOOL": i % 3 == 0},
        "tags": {"L": [{"S": f"tag-{i % 7}-{k}"} for k in range(8)]},
        "scores": {"L": [{"N": str((i * k) % 997)} for k in range(12)]},
        "address": {
            "M": {
                "street": {"S": f"{i} Long Benchmark Street, Building {i % 13}"},
                "city": {"S": "Springfield"},
                "zip": {"S": f"{10000 + i:05d}"},
                "geo": {"M": {"lat": {"N": "40.7128"}, "lon": {"N": "-74.006"}}},
            }
        },
        "prefs": {"M": {f"opt{k}": {"BOOL": (i + k) % 2 == 0} for k in range(10)}},
        "notes": {"S": "lorem ipsum dolor sit amet " * 10},
        "created": {"S": "2024-05-01T12:00:00Z"},
    }


ITEMS = [make_item(i) for i in range(100)]
KEYS = [{"pk": item["pk"]} for item in ITEMS]
PROJECTED = {"Keys": KEYS, "ProjectionExpression": "pk, #n, age, address.city, scores[0]",
             "ExpressionAttributeNames": {"#n": "name"}}  # fmt: skip
WORKLOADS: dict[str, tuple[str, Any]] = {
    "BatchGetItem 100 keys": ("BatchGetItem", {"RequestItems": {TABLE: {"Keys": KEYS}}}),
    **{
        f"TransactGetItems {n}": (
            "TransactGetItems",
            {"TransactItems": [{"Get": {"TableName": TABLE, "Key": k}} for k in KEYS[:n]]},
        )
        for n in (25, 100)
    },
    "GetItem 1 item": ("GetItem", {"TableName": TABLE, "Key": KEYS[0]}),
    # The projection path: the fake decodes each stored item's JSON text to project it.
    "BatchGetItem projected": ("BatchGetItem", {"RequestItems": {TABLE: PROJECTED}}),
    # Query and Scan: their tables and why they are built so are in bench_range.py.
    **bench_range.WORKLOADS,
    # PutItem, UpdateItem, BatchWriteItem: in bench_write.py.
    **bench_write.workloads(make_item),
}
METHOD = {"BatchGetItem": "batch_get_item", "TransactGetItems": "transact_get_items",
          "GetItem": "get_item", **bench_range.METHOD, **bench_write.METHOD}  # fmt: skip


def new_client() -> Any:
    session = boto3.session.Session(aws_access_key_id="bench", aws_secret_access_key="bench")
    return session.client("dynamodb", config=CONFIG)


def canned(body: bytes, url: str) -> AWSResponse:
    headers = {"Content-Type": "application/x-amz-json-1.0", "Content-Length": str(len(body)),
               "x-amzn-RequestId": "FLOOR", "x-amz-crc32": str(zlib.crc32(body))}  # fmt: skip
    response = AWSResponse(url, 200, headers, None)
    response._content = body  # pre-read: .content never touches raw
    return response


def setup(quick: bool, only: str | None = None) -> tuple[dict[str, Any], DynaFake, Any]:
    """One client per contender; moto's is made inside the mock, its data put through it."""
    fake = DynaFake()
    fake.table(TABLE, partition_key="pk", items=ITEMS, format="dynamodb")
    floor, fake_client = new_client(), new_client()
    moto = mock_aws(config=MOTO_CONFIG)
    moto.start()
    moto_client = new_client()
    moto_client.create_table(
        TableName=TABLE, BillingMode="PAY_PER_REQUEST",
        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
    )  # fmt: skip
    for item in ITEMS:
        moto_client.put_item(TableName=TABLE, Item=item)
    if only is None:  # the range tables take a while to seed: only when measured
        bench_range.seed(fake, moto_client, make_item, quick)
    bench_write.seed(fake, moto_client, make_item)
    botocore_stubber.enabled = False
    return {"floor": floor, "fake": fake_client, "moto": moto_client}, fake, moto


def floor_responses(
    floor: Any, fake: DynaFake, workloads: dict[str, tuple[str, Any]]
) -> dict[str, AWSResponse]:
    """A canned response per workload, with the exact body the fake returns for it."""
    responses: dict[str, AWSResponse] = {}
    for workload, (op, params) in workloads.items():
        seen: list[Any] = []

        def grab(request: Any, event_name: str, _seen: list[Any] = seen, **_: Any) -> Any:
            _seen.append(fake._respond(event_name.rpartition(".")[2], request))
            return _seen[-1]

        floor.meta.events.register(f"before-send.dynamodb.{op}", grab)
        getattr(floor, METHOD[op])(**request_for(params, "capture"))
        floor.meta.events.unregister(f"before-send.dynamodb.{op}", grab)
        responses[workload] = canned(seen[0].content, seen[0].url)
    return responses


def time_block(call: Callable[..., Any], params: Any, n: int, out: list[float], who: str) -> None:
    clock = time.perf_counter_ns
    for _ in range(n):
        request = request_for(params, who)  # picked before the clock starts
        start = clock()
        call(**request)
        out.append((clock() - start) / 1000)


def request_for(params: Any, who: str) -> dict[str, Any]:
    """The workload's request, or for a write of distinct items (bench_write.Variants) the next
    one of ``who``'s own turn."""
    return params.take(who) if isinstance(params, bench_write.Variants) else params


def run_calls(clients: dict[str, Any], fake: DynaFake, reps: int, moto_every: int, block: int,
              quick: bool, workloads: dict[str, tuple[str, Any]] = WORKLOADS
              ) -> tuple[dict[str, dict[str, list[float]]], dict[str, str]]:  # fmt: skip
    canned_for = floor_responses(clients["floor"], fake, workloads)
    current: list[AWSResponse] = []  # the floor's answer; (un)registering would reset
    clients["floor"].meta.events.register(  # the emitter's lookup cache, so register once
        "before-send.dynamodb", lambda _c=current, **_: _c[0] if _c else None
    )
    samples: dict[str, dict[str, list[float]]] = {w: {c: [] for c in CONTENDERS} for w in workloads}
    unsupported: dict[str, str] = {}
    if quick:
        unsupported.update(dict.fromkeys(bench_range.QUICK_WITHOUT_MOTO, bench_range.NOT_RUN))
    for rep in range(-1, reps):  # rep -1 is the untimed warm-up
        if rep == 0:  # everything imported and warm: ~200k long-lived objects, most of them
            gc.collect()  # moto's. A full collection over them costs ~150 ms; freeze them.
            gc.freeze()
        if rep % 10 == 0:
            print(f"repetition {rep}/{reps}", file=sys.stderr, flush=True)
        for workload, (op, params) in workloads.items():
            every, moto_after = bench_range.PACE.get(workload, (1, 1))
            if rep >= 0 and rep % every:
                continue
            results: dict[str, Any] = {}
            method = METHOD[op]
            order = ORDERS[rep % len(ORDERS)]  # who goes first and who follows whom varies
            for contender in order:
                if contender == "moto" and rep >= 0 and rep % (moto_every * every * moto_after):
                    continue
                if contender == "moto" and rep < 0 and workload in unsupported:
                    continue
                bound = getattr(clients[contender], method)
                sink: list[float] = [] if rep < 0 else samples[workload][contender]
                if contender == "floor":
                    current.append(canned_for[workload])
                elif contender == "fake":
                    fake.start()
                else:
                    botocore_stubber.enabled = True
                gc.collect()
                try:
                    n = 1 if contender == "moto" else block  # one moto call per visit
                    if rep < 0:
                        results[contender] = warm_up(bound, request_for(params, contender))
                    elif contender != "moto":  # one untimed call first: the previous
                        bound(**request_for(params, contender))  # contender (moto's a lot)
                        time_block(bound, params, n, sink, contender)  # has cooled the caches
                    elif workload not in unsupported:
                        time_block(bound, params, n, sink, contender)
                finally:
                    if contender == "floor":
                        current.clear()
                    elif contender == "fake":
                        fake.stop()
                    else:
                        botocore_stubber.enabled = False
            if rep < 0:  # same answers from all three, or moto refuses the request
                assert same(workload, results["floor"]) == same(workload, results["fake"])
                if workload in unsupported:
                    pass
                elif isinstance(results["moto"], str):
                    unsupported[workload] = results["moto"]
                elif same(workload, results["moto"]) != same(workload, results["fake"]):
                    raise SystemExit(f"{workload}: moto and the fake answer differently")
    return samples, unsupported


def warm_up(bound: Callable[..., Any], params: dict[str, Any]) -> Any:
    """An untimed call: the answer, or the error message if the contender refuses."""
    try:
        return bound(**params)
    except botocore.exceptions.ClientError as error:
        return str(error)[-80:]


def same(workload: str, answer: dict[str, Any]) -> str:
    """The answer without metadata, order-insensitive for BatchGetItem and Scan. (moto adds
    an unrequested ConsumedCapacity to BatchGetItem, UpdateItem and BatchWriteItem; it is
    ignored.)"""
    rest = {k: v for k, v in answer.items() if k not in ("ResponseMetadata", "ConsumedCapacity")}
    if rest.get("ItemCollectionMetrics") == {}:  # moto's BatchWriteItem adds an empty one
        del rest["ItemCollectionMetrics"]
    rest = bench_range.comparable(workload, rest)
    responses = rest.get("Responses")
    if isinstance(responses, dict):  # BatchGetItem: the order is unspecified
        for items in responses.values():
            items.sort(key=lambda item: json.dumps(item, sort_keys=True))
    return json.dumps(rest, sort_keys=True)


def activation(batches: int, per_batch: int = 200) -> dict[str, float]:
    """Median over batches of the mean µs per iteration (sub-µs work needs batching)."""
    built = DynaFake(tables={"users": {"partition_key": "user_id"}})
    built.table("orders", partition_key="customer", sort_key=("order_no", "N"))

    def enter_exit() -> None:
        with built:
            pass

    def bare() -> None:
        with DynaFake():
            pass

    def declaring() -> None:
        with DynaFake() as f:
            f.table("users", partition_key="user_id")
            f.table("orders", partition_key="customer", sort_key=("order_no", "N"))

    result = {}
    for name, body in (("enter/exit of a built DynaFake (2 tables)", enter_exit),
                       ("with DynaFake(): (construct + enter/exit)", bare),
                       ("with DynaFake() as f: + 2 f.table(...)", declaring)):  # fmt: skip
        means = []
        for _ in range(batches):
            start = time.perf_counter_ns()
            for _ in range(per_batch):
                body()
            means.append((time.perf_counter_ns() - start) / 1000 / per_batch)
        result[name] = statistics.median(means)
    return result


def small_item(i: int) -> dict[str, Any]:
    """A ~200-byte item in DynamoDB JSON: seven S/N/BOOL/SS attributes."""
    return {"pk": {"S": f"user#{i:06d}"}, "sk": {"S": "profile"},
            "name": {"S": f"Customer {i}"}, "email": {"S": f"c{i}@example.com"},
            "age": {"N": str(20 + i % 60)}, "active": {"BOOL": i % 2 == 0},
            "tags": {"SS": ["a", "b"]}}  # fmt: skip


def plain_item(i: int) -> dict[str, Any]:
    """The same item as plain values, as a table document holds it."""
    return {"pk": f"user#{i:06d}", "sk": "profile", "name": f"Customer {i}",
            "email": f"c{i}@example.com", "age": 20 + i % 60, "active": i % 2 == 0,
            "tags": ["a", "b"]}  # fmt: skip


SEED_FILES = (
    ("scan output, ~1 KB items", make_item, "scan"),
    ("scan output, ~200 B items", small_item, "scan"),
    ("S3 export (gzip), ~200 B items", small_item, "export"),
    ("table document, ~200 B plain items", plain_item, "document"),
)


def write_seed(path: str, items: list[dict[str, Any]], layout: str) -> float:
    """Write scan output, a gzipped S3 export or a table document; its size in MB."""
    if layout == "scan":
        text = json.dumps({"Items": items, "Count": len(items), "ScannedCount": len(items)})
    elif layout == "document":
        text = json.dumps({"tables": {"users": {"partition_key": "pk", "items": items}}})
    else:
        text = "".join(json.dumps({"Item": item}) + "\n" for item in items)
    data = text.encode()
    with open(path, "wb") as fh:
        fh.write(gzip.compress(data, compresslevel=1) if layout == "export" else data)
    return len(data) / 1e6


def load_seconds(path: str, layout: str, check: str = "keys") -> tuple[float, DynaFake]:
    fake = DynaFake()
    table = None if layout == "document" else "users"  # a document declares its tables
    if table:
        fake.table(table, "pk")
    start = time.perf_counter()
    fake.load(path, table=table, check=check)  # type: ignore[arg-type]
    return time.perf_counter() - start, fake


def first_reads(fake: DynaFake, count: int, batches: int) -> dict[str, float]:
    """BatchGetItem of 100 keys never read before (each item is checked and serialized on its
    first read) against the same call again; medians in µs."""
    client = new_client()
    first: list[float] = []
    again: list[float] = []
    with fake:
        for b in range(batches):
            keys = [{"pk": {"S": f"user#{(b * 100 + k) % count:06d}"}} for k in range(100)]
            for out in (first, again):
                start = time.perf_counter_ns()
                client.batch_get_item(RequestItems={"users": {"Keys": keys}})
                out.append((time.perf_counter_ns() - start) / 1000)
    return {"first_us": statistics.median(first), "again_us": statistics.median(again)}


def describe_ms(fake: DynaFake) -> float:
    """DescribeTable of a freshly loaded table: it must not read the items (ms)."""
    client = new_client()
    with fake:
        start = time.perf_counter_ns()
        client.describe_table(TableName="users")
        return (time.perf_counter_ns() - start) / 1e6


def seeding(count: int, isolations: int = 2000) -> dict[str, Any]:
    """Load seed files of ``count`` items, then isolate tests on top of one of them."""
    files: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as folder:
        for label, make, layout in SEED_FILES:
            path = os.path.join(folder, f"{layout}.json")
            size = write_seed(path, [make(i) for i in range(count)], layout)
            seconds, fake = load_seconds(path, layout)
            files.append({"file": label, "items": count, "mb": size, "load_s": seconds})
            if make is make_item:
                shared = fake
        # check="all": every attribute of every item at load, on a tenth of the items.
        path = os.path.join(folder, "checked.json")
        write_seed(path, [small_item(i) for i in range(count // 10)], "scan")
        checked_s, _ = load_seconds(path, "scan", check="all")
    described_ms = describe_ms(shared)
    reads = first_reads(shared, count, batches=5 if count < 100_000 else 20)
    start = time.perf_counter_ns()
    for _ in range(isolations):
        with shared.layer():
            pass
    layer_us = (time.perf_counter_ns() - start) / 1000 / isolations
    return {"files": files, "check_all": {"items": count // 10, "load_s": checked_s},
            "first_read": reads, "isolation_us_per_test": layer_us,
            "describe_table_ms": described_ms}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="few repetitions (CI smoke)")
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON")
    parser.add_argument("--only", choices=["writes"],
                        help="only the writes (bench_write.py), with GetItem and BatchGetItem "
                             "for reference; nothing else")  # fmt: skip
    args = parser.parse_args(argv)
    reps, moto_every, block, act = (6, 3, 1, 20) if args.quick else (100, 2, 2, 300)
    started = time.perf_counter()
    clients, fake, moto = setup(args.quick, args.only)
    workloads = WORKLOADS
    if args.only == "writes":  # with two reads of the same run, for reference
        kept = ["GetItem 1 item", "BatchGetItem 100 keys", *bench_write.workloads(make_item)]
        workloads = {w: WORKLOADS[w] for w in kept}
    samples, unsupported = run_calls(clients, fake, reps, moto_every, block, args.quick,
                                     workloads)  # fmt: skip
    moto.stop()
    rows = []
    head = f"{'workload':<22}{'floor µs':>10}{'fake µs':>10}{'moto µs':>11}"
    print(f"{head}{'fake/floor':>12}{'moto/fake':>11}{'moto/floor':>12}{'n f/f/m':>14}")
    for workload, by in samples.items():
        med = {c: statistics.median(by[c]) if by[c] else float("nan") for c in CONTENDERS}
        row: dict[str, Any] = {"workload": workload,
               **{f"{c}_median_us": med[c] for c in CONTENDERS},
               "fake_over_floor": med["fake"] / med["floor"],
               "moto_over_fake": med["moto"] / med["fake"],
               "moto_over_floor": med["moto"] / med["floor"],
               "samples": {c: len(by[c]) for c in CONTENDERS}}  # fmt: skip
        if workload in unsupported:
            row["moto_error"] = unsupported[workload]
        rows.append(row)
        n = "/".join(str(len(by[c])) for c in CONTENDERS)
        print(f"{workload:<22}{med['floor']:>10.1f}{med['fake']:>10.1f}{med['moto']:>11.1f}"
              f"{row['fake_over_floor']:>12.3f}{row['moto_over_fake']:>11.1f}"
              f"{row['moto_over_floor']:>12.1f}{n:>14}")  # fmt: skip
    for workload, error in unsupported.items():
        if workload not in samples:
            continue
        print(f"moto {error}: {workload}" if error == bench_range.NOT_RUN else
              f"moto refused {workload}: ...{error}")  # fmt: skip
    if args.only:
        return footer(args, started, {"calls": rows}, reps, block, moto_every)
    act_us = activation(act)
    print("\nactivation (median µs per iteration):")
    for name, us in act_us.items():
        print(f"  {name:<44}{us:>8.2f}")
    seed = seeding(10_000 if args.quick else 100_000)
    print("\nseed files (load = read, split, check every key; the rest of an item on first read):")
    for row in seed["files"]:
        print(f"  {row['items']:,} items, {row['file']:<32}{row['mb']:>7.1f} MB"
              f"{row['load_s']:>8.2f} s")  # fmt: skip
    checked = seed["check_all"]
    print(f"  {checked['items']:,} items, ~200 B, check='all' (every attribute at load)"
          f"{checked['load_s']:>8.2f} s")  # fmt: skip
    reads = seed["first_read"]
    print(f"BatchGetItem of 100 loaded ~1 KB items: first read {reads['first_us']:,.0f} µs, "
          f"again {reads['again_us']:,.0f} µs")  # fmt: skip
    print(f"DescribeTable of the loaded ~1 KB items: {seed['describe_table_ms']:,.1f} ms")
    print(f"a test on top of the 1 KB seed isolated in {seed['isolation_us_per_test']:.1f} µs")
    tests, moto_tests, stored, moto_stored = (
        (40, 3, 200, 30) if args.quick else (400, 20, 1000, 200)
    )
    cost = per_test(ITEMS, tests, moto_tests)
    seeds = seed_cost(ITEMS, 20 if args.quick else 200)
    memory = memory_per_item([make_item(i) for i in range(stored)], moto_stored)
    report(cost, seeds, memory)
    results = {"calls": rows, "activation_us": act_us, "seed": seed, "per_test": cost,
               "seeding_per_item": seeds, "memory_per_item": memory}  # fmt: skip
    return footer(args, started, results, reps, block, moto_every)


def footer(args: argparse.Namespace, started: float, results: dict[str, Any], reps: int,
           block: int, moto_every: int) -> int:  # fmt: skip
    """The versions and the run's length; the results as JSON if asked."""
    elapsed = time.perf_counter() - started
    print(f"\n{platform.python_implementation()} {platform.python_version()}, botocore "
          f"{botocore.__version__}, pytest-dynafake {pytest_dynafake.__version__}, "
          f"{os.cpu_count()} CPUs, {elapsed:.0f} s")  # fmt: skip
    if args.json:
        meta = {"python": sys.version, "botocore": botocore.__version__, "quick": args.quick,
                "repetitions": reps, "block": block, "moto_every": moto_every,
                "only": args.only, "elapsed_s": elapsed}  # fmt: skip
        with open(args.json, "w") as fh:
            json.dump({"meta": meta, **results}, fh, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
