"""Per-test cost and memory per stored item, for bench.py; see benchmarks/README.md."""

from __future__ import annotations

import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import zlib
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest_dynafake
from pytest_dynafake import DynaFake

VARIANTS = ("trivial", "floor", "fake", "moto")
SEEDED = 10  # items each test seeds

# Times each test from setup to teardown; run with -p no:randomly, so tests keep file order.
CONFTEST = """
import json, os, time
import pytest

DURATIONS = {}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    start = time.thread_time_ns()
    yield
    variant = item.name.rpartition("_")[2]
    DURATIONS.setdefault(variant, []).append((time.thread_time_ns() - start) / 1000)


def pytest_sessionfinish(session):
    with open(os.environ["BENCH_DURATIONS"], "w") as fh:
        json.dump(DURATIONS, fh)
"""

# One module for trivial, floor and fake tests, interleaved so that drift hits all three.
# Both clients exist before the first test, as a module-level client of the code under test.
SIDE_BY_SIDE = """
import boto3
from botocore.awsrequest import AWSResponse
from botocore.config import Config
from seed_items import BODY, HEADERS, ITEMS, KEY, URL

CONFIG = Config(retries={{"mode": "standard"}}, region_name="us-east-1")


def new_client():
    session = boto3.session.Session(aws_access_key_id="bench", aws_secret_access_key="bench")
    return session.client("dynamodb", config=CONFIG)


CANNED = AWSResponse(URL, 200, HEADERS, None)
CANNED._content = BODY  # pre-read: .content never touches raw
FLOOR = new_client()
FLOOR.meta.events.register("before-send.dynamodb.GetItem", lambda **_: CANNED)
CLIENT = new_client()

for n in range({count}):

    def test_trivial():
        pass

    def test_floor():
        assert "Item" in FLOOR.get_item(TableName="users", Key=KEY)

    def test_fake(dynafake):
        dynafake.table("users", partition_key="pk", items=ITEMS)
        assert "Item" in CLIENT.get_item(TableName="users", Key=KEY)

    globals()[f"test_{{n:04d}}_trivial"] = test_trivial
    globals()[f"test_{{n:04d}}_floor"] = test_floor
    globals()[f"test_{{n:04d}}_fake"] = test_fake
del test_trivial, test_floor, test_fake
"""

# moto's documented fixture: mock_aws around a client made inside it; the same table and
# items, put through that client. Its own process: moto leaks registrations per mock_aws().
MOTO = """
import boto3
import pytest
from moto import mock_aws
from seed_items import KEY, WIRE_ITEMS


@pytest.fixture
def dynamodb():
    with mock_aws():
        client = boto3.client("dynamodb", region_name="us-east-1")
        client.create_table(
            TableName="users", BillingMode="PAY_PER_REQUEST",
            KeySchema=[{{"AttributeName": "pk", "KeyType": "HASH"}}],
            AttributeDefinitions=[{{"AttributeName": "pk", "AttributeType": "S"}}],
        )
        for item in WIRE_ITEMS:
            client.put_item(TableName="users", Item=item)
        yield client


for n in range({count}):

    def test_moto(dynamodb):
        assert "Item" in dynamodb.get_item(TableName="users", Key=KEY)

    globals()[f"test_{{n:04d}}_moto"] = test_moto
del test_moto
"""


def plain(item: dict[str, Any]) -> dict[str, Any]:
    """A DynamoDB JSON item as a test would write it: integers as int, other numbers as
    Decimal (boto3's rules), lists, dicts, sets."""
    from boto3.dynamodb.types import TypeDeserializer

    deserialize = TypeDeserializer().deserialize

    def simple(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: simple(v) for k, v in value.items()}
        if isinstance(value, list):
            return [simple(v) for v in value]
        if isinstance(value, Decimal) and value == value.to_integral_value():
            return int(value)
        return value

    return {name: simple(deserialize(value)) for name, value in item.items()}


def per_test(items: list[dict[str, Any]], count: int, moto_count: int) -> dict[str, Any]:
    """Median CPU time of a test (setup, call, teardown) that declares a table, seeds
    SEEDED ~1 KB items (plain values) and reads one, against a trivial test, the same read
    answered by a canned response (botocore's floor) and moto's fixture."""
    wire_items = items[:SEEDED]
    key = {"pk": wire_items[0]["pk"]}
    body, url = _get_item_body(wire_items, key)
    headers = {"Content-Type": "application/x-amz-json-1.0", "Content-Length": str(len(body)),
               "x-amzn-RequestId": "FLOOR", "x-amz-crc32": str(zlib.crc32(body))}  # fmt: skip
    seed_module = (
        "from decimal import Decimal\n"
        f"ITEMS = {[plain(item) for item in wire_items]!r}\n"
        f"WIRE_ITEMS = {wire_items!r}\nKEY = {key!r}\n"
        f"BODY = {body!r}\nURL = {url!r}\nHEADERS = {headers!r}\n"
    )
    durations: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "seed_items.py").write_text(seed_module)
        (root / "conftest.py").write_text(CONFTEST)
        (root / "test_side_by_side.py").write_text(SIDE_BY_SIDE.format(count=count))
        (root / "test_moto.py").write_text(MOTO.format(count=moto_count))
        for module in ("test_side_by_side.py", "test_moto.py"):
            for variant, times in _run_pytest(root, module).items():
                durations.setdefault(variant, []).extend(times)
    medians = {v: statistics.median(durations[v]) for v in VARIANTS}
    return {
        "median_us": medians,
        "over_trivial": {v: medians[v] / medians["trivial"] for v in VARIANTS},
        "samples": {v: len(durations[v]) for v in VARIANTS},
    }


def _get_item_body(items: list[dict[str, Any]], key: dict[str, Any]) -> tuple[bytes, str]:
    """The fake's answer to the GetItem of the per-test workload, for the canned response."""
    import boto3  # the bench's environment: dummy credentials, region us-east-1

    fake = DynaFake()
    fake.table("users", partition_key="pk", items=items, format="dynamodb")
    client = boto3.session.Session().client("dynamodb", region_name="us-east-1")
    seen: list[Any] = []

    def grab(request: Any, **_: Any) -> Any:
        seen.append(fake._respond("GetItem", request))
        return seen[-1]

    client.meta.events.register("before-send.dynamodb.GetItem", grab)
    client.get_item(TableName="users", Key=key)
    return seen[0].content, seen[0].url


def _run_pytest(root: Path, module: str) -> dict[str, list[float]]:
    out = root / "durations.json"
    package = str(Path(pytest_dynafake.__file__).parent.parent)
    paths = [package, str(root), *filter(None, [os.environ.get("PYTHONPATH")])]
    env = {**os.environ, "BENCH_DURATIONS": str(out), "PYTHONPATH": os.pathsep.join(paths)}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:cacheprovider",
               "-W", "ignore::DeprecationWarning", module]  # fmt: skip
    done = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"per-test run of {module} failed:\n{done.stdout[-3000:]}{done.stderr}")
    result: dict[str, list[float]] = json.loads(out.read_text())
    return result


def seed_cost(items: list[dict[str, Any]], batches: int) -> dict[str, float]:
    """CPU µs per item for ``put_items`` of SEEDED ~1 KB plain items into a new table: the
    first time (nothing cached) and again (the same list, as the next test seeds it)."""
    seeds = [plain(item) for item in items[:SEEDED]]
    first: list[float] = []
    again: list[float] = []
    for _ in range(batches):
        _clear_seed_cache()
        for out in (first, again):
            table = DynaFake().table("users", partition_key="pk")
            start = time.thread_time_ns()
            table.put_items(seeds)
            out.append((time.thread_time_ns() - start) / 1000 / SEEDED)
    return {"first_us": statistics.median(first), "again_us": statistics.median(again)}


def _clear_seed_cache() -> None:
    try:  # absent before the cache: the script also measures older versions
        from pytest_dynafake._seed_cache import BATCHES, ITEMS
    except ImportError:
        return
    ITEMS.clear()
    BATCHES.clear()


def memory_per_item(items: list[dict[str, Any]], moto_count: int) -> dict[str, Any]:
    """Bytes that stay allocated per stored item (tracemalloc): the fake seeded with plain
    values (the seed cache included), then after every item is read once, and moto after
    put_item of each."""
    import boto3
    from moto import mock_aws

    seeds = [plain(item) for item in items]
    keys = [{"pk": item["pk"]} for item in items]
    client = boto3.session.Session().client("dynamodb", region_name="us-east-1")
    with DynaFake() as warm:  # botocore's first-call caches are not the items'
        warm.table("users", partition_key="pk", items=seeds[:1])
        client.batch_get_item(RequestItems={"users": {"Keys": keys[:1]}})
    _clear_seed_cache()
    result: dict[str, Any] = {"items": len(items), "moto_items": moto_count}
    tracemalloc.start()
    try:
        base = _traced()
        fake = DynaFake()
        fake.table("users", partition_key="pk", items=seeds)
        result["fake_stored"] = (_traced() - base) / len(items)
        with fake:
            for start in range(0, len(keys), 100):
                client.batch_get_item(RequestItems={"users": {"Keys": keys[start : start + 100]}})
            fake._calls.clear()  # the call log is the test's, not the items'
        result["fake_after_read"] = (_traced() - base) / len(items)
        del fake
        with mock_aws(config={"core": {"reset_boto3_session": False}}):
            moto_client = boto3.session.Session().client("dynamodb", region_name="us-east-1")
            moto_client.create_table(
                TableName="users", BillingMode="PAY_PER_REQUEST",
                KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
                AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
            )  # fmt: skip
            moto_client.put_item(TableName="users", Item=items[0])  # warm: first-call caches
            base = _traced()
            for item in items[1 : moto_count + 1]:
                moto_client.put_item(TableName="users", Item=item)
            result["moto_stored"] = (_traced() - base) / moto_count
    finally:
        tracemalloc.stop()
        _clear_seed_cache()
    return result


def _traced() -> int:
    gc.collect()
    return tracemalloc.get_traced_memory()[0]


def report(cost: dict[str, Any], seed: dict[str, float], memory: dict[str, Any]) -> None:
    print(f"\nper test: declare a table, seed {SEEDED} ~1 KB items, GetItem once (median CPU µs "
          "from setup to teardown, and over a trivial test):")  # fmt: skip
    for variant in VARIANTS:
        us, ratio = cost["median_us"][variant], cost["over_trivial"][variant]
        print(f"  {variant:<10}{us:>10.1f} µs{ratio:>8.2f}x   n={cost['samples'][variant]}")
    print(f"seeding a ~1 KB item (plain values; CPU µs an item, {SEEDED} at a time): first "
          f"{seed['first_us']:.1f} µs, again {seed['again_us']:.1f} µs")  # fmt: skip
    print(f"\nmemory per stored ~1 KB item (tracemalloc, {memory['items']:,} items; moto "
          f"{memory['moto_items']:,}):")  # fmt: skip
    print(f"  fake, seeded            {memory['fake_stored']:>9,.0f} B")
    print(f"  fake, after one read    {memory['fake_after_read']:>9,.0f} B")
    print(f"  moto, put_item          {memory['moto_stored']:>9,.0f} B")
