"""Code under test reading from many threads at once: right answers, exact fault counters."""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from pytest_dynafake import DynaFake

THREADS = 8
CALLS = 50  # per thread
NO_RETRIES = Config(retries={"mode": "standard", "total_max_attempts": 1})


def clients(config: Config = NO_RETRIES) -> list[Any]:
    """One client per thread, made up front from one session (making clients is not
    thread-safe, and a session per client would spend seconds loading models)."""
    session = boto3.session.Session()
    return [session.client("dynamodb", config=config) for _ in range(THREADS)]


def in_threads(work: Callable[[int], list[str]]) -> list[str]:
    """Run ``work(thread_index)`` in THREADS threads released together; all their outcomes."""
    start = threading.Barrier(THREADS)

    def run(index: int) -> list[str]:
        start.wait()
        return work(index)

    with ThreadPoolExecutor(THREADS) as pool:
        results = list(pool.map(run, range(THREADS)))
    return [outcome for outcomes in results for outcome in outcomes]


@pytest.fixture
def catalog(dynafake: DynaFake) -> DynaFake:
    dynafake.table(
        "users",
        "user_id",
        items=[{"user_id": f"u{n}", "n": n, "name": f"user {n}"} for n in range(100)],
    )
    dynafake.table(
        "orders",
        ("customer", "S"),
        ("order_id", "N"),
        items=[
            {"customer": f"c{n % 10}", "order_id": n, "total": Decimal(n) / 4} for n in range(100)
        ],
    )
    return dynafake


def user(n: int) -> dict[str, Any]:
    return {"user_id": {"S": f"u{n}"}, "n": {"N": str(n)}, "name": {"S": f"user {n}"}}


def order(n: int) -> dict[str, Any]:
    total = format((Decimal(n) / 4).normalize(), "f")
    return {"customer": {"S": f"c{n % 10}"}, "order_id": {"N": str(n)}, "total": {"N": total}}


def read_and_check(client: Any, thread: int, call: int) -> str:
    """One of three reads, chosen by the call number, checked against the seed."""
    n = (thread * CALLS + call) % 97
    kind = call % 3
    if kind == 0:
        response = client.batch_get_item(
            RequestItems={
                "users": {"Keys": [{"user_id": {"S": f"u{k}"}} for k in (n, n + 1, n + 2)]},
                "orders": {
                    "Keys": [{"customer": {"S": f"c{n % 10}"}, "order_id": {"N": str(n)}}],
                    "ProjectionExpression": "#t",
                    "ExpressionAttributeNames": {"#t": "total"},
                },
            }
        )
        got = sorted(response["Responses"]["users"], key=lambda item: int(item["n"]["N"]))
        assert got == [user(n), user(n + 1), user(n + 2)]
        assert response["Responses"]["orders"] == [{"total": order(n)["total"]}]
        assert response["UnprocessedKeys"] == {}
        return "BatchGetItem"
    if kind == 1:
        response = client.transact_get_items(
            TransactItems=[
                {"Get": {"TableName": "users", "Key": {"user_id": {"S": f"u{n}"}}}},
                {
                    "Get": {
                        "TableName": "orders",
                        "Key": {"customer": {"S": f"c{n % 10}"}, "order_id": {"N": str(n)}},
                    }
                },
                {"Get": {"TableName": "users", "Key": {"user_id": {"S": "missing"}}}},
            ]
        )
        assert response["Responses"] == [{"Item": user(n)}, {"Item": order(n)}, {}]
        return "TransactGetItems"
    response = client.get_item(TableName="users", Key={"user_id": {"S": f"u{n}"}})
    assert response["Item"] == user(n)
    return "GetItem"


@pytest.mark.parametrize("sharing", ["client-per-thread", "shared-client"])
def test_threads_read_correct_results(catalog: DynaFake, sharing: str) -> None:
    own = clients()

    def work(thread: int) -> list[str]:
        client = own[0] if sharing == "shared-client" else own[thread]
        return [read_and_check(client, thread, call) for call in range(CALLS)]

    outcomes = in_threads(work)
    assert len(outcomes) == THREADS * CALLS
    assert Counter(outcomes) == {"BatchGetItem": 136, "TransactGetItems": 136, "GetItem": 128}
    assert len(catalog.calls) == THREADS * CALLS
    assert Counter(call.outcome for call in catalog.calls) == {"ok": THREADS * CALLS}


def test_threads_first_reading_items_loaded_from_files(dynafake: DynaFake, tmp_path: Path) -> None:
    """Items from a seed file are checked and serialized on first read: threads reading them
    for the first time, all at once, get the same answers as from Python seeds."""
    for name, keys, rows in (
        ("users", ("user_id",), [user(n) for n in range(100)]),
        ("orders", (("customer", "S"), ("order_id", "N")), [order(n) for n in range(100)]),
    ):
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps({"Items": rows}))
        dynafake.table(name, *keys)
        dynafake.load(path, table=name)
    own = clients()
    outcomes = in_threads(
        lambda thread: [read_and_check(own[thread], thread, call) for call in range(CALLS)]
    )
    assert Counter(outcomes) == {"BatchGetItem": 136, "TransactGetItems": 136, "GetItem": 128}


def get_user(client: Any) -> str:
    try:
        client.get_item(TableName="users", Key={"user_id": {"S": "u1"}})
    except ClientError as error:
        return str(error.response["Error"]["Code"])
    return "ok"


@pytest.mark.parametrize("sharing", ["client-per-thread", "shared-client"])
def test_throttle_counter_is_exact_under_contention(catalog: DynaFake, sharing: str) -> None:
    fault = catalog.throttle("GetItem", times=100)
    own = clients()

    def work(thread: int) -> list[str]:
        client = own[0] if sharing == "shared-client" else own[thread]
        return [get_user(client) for _ in range(CALLS)]

    outcomes = in_threads(work)
    assert Counter(outcomes) == {"ProvisionedThroughputExceededException": 100, "ok": 300}
    assert fault.call_count == 100
    assert fault.matched == 400
    assert len(fault.answers) == 100
    assert len(catalog.calls) == 400
    assert Counter(call.outcome for call in catalog.calls) == {
        "ProvisionedThroughputExceededException (400)": 100,
        "ok": 300,
    }


def test_unprocessed_counter_is_exact_under_contention(catalog: DynaFake) -> None:
    fault = catalog.unprocessed("BatchGetItem", table="users", keys=[{"user_id": "u2"}], times=123)
    keys = [{"user_id": {"S": f"u{n}"}} for n in (1, 2, 3)]
    own = clients()

    def work(thread: int) -> list[str]:
        client = own[thread]
        outcomes = []
        for _call in range(CALLS):
            response = client.batch_get_item(RequestItems={"users": {"Keys": keys}})
            read = sorted(item["user_id"]["S"] for item in response["Responses"]["users"])
            if response["UnprocessedKeys"]:
                assert response["UnprocessedKeys"] == {"users": {"Keys": [keys[1]]}}
                assert read == ["u1", "u3"]
                outcomes.append("unprocessed")
            else:
                assert read == ["u1", "u2", "u3"]
                outcomes.append("ok")
        return outcomes

    assert Counter(in_threads(work)) == {"unprocessed": 123, "ok": 277}
    assert fault.call_count == 123
    assert len(catalog.calls) == 400
    assert Counter(call.outcome for call in catalog.calls) == {
        "UnprocessedKeys (1 keys)": 123,
        "ok": 277,
    }


def test_faults_of_several_kinds_count_exactly_together(catalog: DynaFake) -> None:
    """Three faults on three operations, each with its own budget, hit at once."""
    throttle = catalog.throttle("GetItem", times=40)
    conflict = catalog.conflict("TransactGetItems", table="users", times=30)
    failure = catalog.fail("BatchGetItem", error="InternalServerError", times=20)
    own = clients()

    def work(thread: int) -> list[str]:
        client = own[thread]
        outcomes = []
        for call in range(CALLS):
            try:
                outcomes.append(read_and_check(client, thread, call))
            except ClientError as error:
                outcomes.append(str(error.response["Error"]["Code"]))
        return outcomes

    assert Counter(in_threads(work)) == {
        "BatchGetItem": 136 - 20,
        "InternalServerError": 20,
        "TransactGetItems": 136 - 30,
        "TransactionCanceledException": 30,
        "GetItem": 128 - 40,
        "ProvisionedThroughputExceededException": 40,
    }
    assert (throttle.call_count, conflict.call_count, failure.call_count) == (40, 30, 20)
    assert len(catalog.calls) == 400


def test_retries_in_threads_record_every_attempt_and_sleep(catalog: DynaFake) -> None:
    """With retries on, each throttled first attempt is retried after a simulated backoff."""
    fault = catalog.throttle("GetItem", attempt=1, times=100)
    own = clients(Config(retries={"mode": "legacy"}))

    def work(thread: int) -> list[str]:
        return [get_user(own[thread]) for _ in range(CALLS)]

    assert Counter(in_threads(work)) == {"ok": 400}
    assert fault.call_count == 100
    assert len(catalog.calls) == 500
    assert Counter((call.attempt, call.outcome) for call in catalog.calls) == {
        (1, "ProvisionedThroughputExceededException (400)"): 100,
        (1, "ok"): 300,
        (2, "ok"): 100,
    }
    assert catalog.sleeps == [0.05] * 100
