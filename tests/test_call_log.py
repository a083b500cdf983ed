"""The call log: what it keeps per call, and the cap on how many calls it keeps."""

from __future__ import annotations

import dataclasses
import json
import tracemalloc
from typing import Any

import boto3
import pytest

from pytest_dynafake import Call, DynaFake, DynaFakeError

KEYS = [{"user_id": {"S": f"u{n}"}} for n in range(100)]


def get(client: Any, user: str) -> None:
    client.get_item(TableName="users", Key={"user_id": {"S": user}})


def test_the_log_keeps_the_body_as_sent_and_decodes_it_on_use(
    dynafake: DynaFake, client: Any, users: Any
) -> None:
    client.batch_get_item(RequestItems={"users": {"Keys": KEYS[:2]}})
    call = dynafake.get_call("BatchGetItem")
    assert json.loads(call.body) == {"RequestItems": {"users": {"Keys": KEYS[:2]}}}
    assert call.request == {"RequestItems": {"users": {"Keys": KEYS[:2]}}}
    assert call.keys == [("users", KEYS[0]), ("users", KEYS[1])]


def test_a_logged_100_key_batch_takes_a_few_kilobytes(dynafake: DynaFake, users: Any) -> None:
    """It took 44 KB when the log kept the decoded body; the body itself is 2.7 KB."""
    client = boto3.client("dynamodb")
    request = {"users": {"Keys": KEYS}}
    client.batch_get_item(RequestItems=request)  # warm botocore's caches
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for _ in range(50):
            client.batch_get_item(RequestItems=request)
        per_call = (tracemalloc.get_traced_memory()[0] - before) / 50
    finally:
        tracemalloc.stop()
    assert per_call < 8_000


def test_max_calls_keeps_the_most_recent_calls() -> None:
    client = boto3.client("dynamodb")
    with DynaFake(max_calls=2) as fake:
        fake.table("users", "user_id")
        for n in range(5):
            get(client, f"u{n}")
    assert [call.request["Key"]["user_id"]["S"] for call in fake.calls] == ["u3", "u4"]
    assert fake.dropped_calls == 3
    assert DynaFake().dropped_calls == 0


@pytest.mark.parametrize("limit", [-1, 1.5, "10", True])
def test_a_bad_max_calls_is_refused(limit: Any) -> None:
    with pytest.raises(DynaFakeError) as raised:
        DynaFake(max_calls=limit)
    assert str(raised.value) == (
        f"max_calls={limit!r} is not a number of calls; give an int such as 1000 (the most "
        "recent calls kept), or None to keep every call"
    )


def test_the_ini_option_and_the_marker_cap_the_log(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\ndynafake_max_calls = 1\n")
    pytester.makepyfile(
        """
import boto3
import pytest

TABLES = {"users": {"partition_key": "user_id"}}

def read(times):
    client = boto3.client("dynamodb")
    for n in range(times):
        client.get_item(TableName="users", Key={"user_id": {"S": str(n)}})

@pytest.mark.dynafake(tables=TABLES)
def test_ini(dynafake):
    read(3)
    assert (len(dynafake.calls), dynafake.dropped_calls) == (1, 2)

@pytest.mark.dynafake(tables=TABLES, max_calls=None)
def test_marker(dynafake):
    read(3)
    assert (len(dynafake.calls), dynafake.dropped_calls) == (3, 0)

@pytest.mark.dynafake(tables=TABLES)
def test_report(dynafake):
    read(3)
    assert False
"""
    )
    result = pytester.runpytest("-p", "no:randomly")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*- dynafake -*",
            "tables declared: users",
            "calls (3, oldest first):",
            "  ... 2 earlier calls not shown (2 dropped from the log by max_calls)",
            "  GetItem users: ok",
        ],
        consecutive=True,
    )


def test_a_bad_ini_value_stops_the_run(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\ndynafake_max_calls = many\n")
    pytester.makepyfile("def test_nothing():\n    pass\n")
    result = pytester.runpytest("-p", "no:randomly")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        [
            "ERROR: dynafake_max_calls = 'many' is not a number of calls; give one such as 1000 "
            "(the most recent calls kept), or leave it unset to keep every call"
        ]
    )


def test_a_call_is_a_frozen_record_of_its_fields() -> None:
    """Call builds its instances without the dataclass's per-field ``object.__setattr__``; it is
    still the frozen dataclass it was: the same fields, defaults, equality, repr and errors."""
    call = Call("GetItem", 1, b'{"TableName": "users"}', "ok")
    assert call == Call(
        operation="GetItem",
        attempt=1,
        body=b'{"TableName": "users"}',
        outcome="ok",
        fault=None,
        faults=(),
        page=None,
    )
    assert [f.name for f in dataclasses.fields(Call)] == [
        "operation", "attempt", "body", "outcome", "fault", "faults", "page",
    ]  # fmt: skip
    assert repr(call) == (
        "Call(operation='GetItem', attempt=1, outcome='ok', fault=None, faults=(), page=None)"
    )
    assert (call.request, call.tables) == ({"TableName": "users"}, ("users",))
    with pytest.raises(dataclasses.FrozenInstanceError):
        call.outcome = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Call("GetItem", 1)  # type: ignore[call-arg]
