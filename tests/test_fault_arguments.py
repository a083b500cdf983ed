"""Fault arguments are checked when the fault is declared (method or marker), and a fault
describes its whole schedule."""

from __future__ import annotations

from typing import Any

import boto3
import pytest
from botocore.config import Config

from pytest_dynafake import DynaFake, DynaFakeError

ORDER = {"customer": {"S": "c1"}, "order_id": {"N": "1"}}


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "message"),
    [
        (
            "throttle",
            ("PutItems",),
            {},
            "throttle(): operation='PutItems' is not an operation the fake serves; use one of "
            "BatchGetItem, BatchWriteItem, CreateTable, DeleteItem, DeleteTable, "
            "DescribeEndpoints, DescribeTable, DescribeTimeToLive, GetItem, ListTables, "
            "ListTagsOfResource, PutItem, Query, Scan, TagResource, TransactGetItems, "
            "TransactWriteItems, UntagResource, UpdateItem, UpdateTable, UpdateTimeToLive",
        ),
        (
            "throttle",
            (["GetItem"],),
            {},
            "throttle(): operation=['GetItem'] is not an operation the fake serves; use one of "
            "BatchGetItem, BatchWriteItem, CreateTable, DeleteItem, DeleteTable, "
            "DescribeEndpoints, DescribeTable, DescribeTimeToLive, GetItem, ListTables, "
            "ListTagsOfResource, PutItem, Query, Scan, TagResource, TransactGetItems, "
            "TransactWriteItems, UntagResource, UpdateItem, UpdateTable, UpdateTimeToLive",
        ),
        (
            "throttle",
            ("GetItem",),
            {"error": "Slow"},
            "throttle(): error='Slow' is not known; use one of "
            "ProvisionedThroughputExceededException, ThrottlingException, RequestLimitExceeded",
        ),
        (
            "throttle",
            ("GetItem",),
            {"error": ["Slow"]},
            "throttle(): error=['Slow'] is not known; use one of "
            "ProvisionedThroughputExceededException, ThrottlingException, RequestLimitExceeded",
        ),
        (
            "unprocessed",
            ("GetItem",),
            {},
            "unprocessed(): operation='GetItem' is not one unprocessed applies to: only "
            "BatchGetItem and BatchWriteItem can leave requests unprocessed",
        ),
        (
            "unprocessed",
            (),
            {"last": 0},
            "unprocessed(): last=0 is not a number of keys; give an int of at least 1, or None",
        ),
        (
            "unprocessed",
            (),
            {"last": True},
            "unprocessed(): last=True is not a number of keys; give an int of at least 1, or None",
        ),
        (
            "unprocessed",
            (),
            {"share": 1.5},
            "unprocessed(): share=1.5 is not a share of the keys; give a number above 0 and at "
            "most 1",
        ),
        (
            "unprocessed",
            (),
            {"share": "0.5"},
            "unprocessed(): share='0.5' is not a share of the keys; give a number above 0 and "
            "at most 1",
        ),
        (
            "unprocessed",
            (),
            {"share": 0.5, "last": 2},
            "unprocessed(): share=0.5 and last= are both given; give one: each chooses the keys "
            "to hold",
        ),
        (
            "conflict",
            ("BatchGetItem",),
            {},
            "conflict(): operation='BatchGetItem' is not one conflict applies to: only "
            "transactions are cancelled with CancellationReasons",
        ),
        (
            "conflict",
            (),
            {"code": "Busy"},
            "conflict(): code='Busy' is not known; use one of TransactionConflict, "
            "ProvisionedThroughputExceeded, ThrottlingError, ValidationError",
        ),
        (
            "fail",
            ("GetItem",),
            {"error": "Boom"},
            "fail(): error='Boom' is not known; use one of InternalServerError, "
            "ServiceUnavailable, ReadTimeout, ConnectTimeout, ConnectionError",
        ),
        (
            "fail",
            ("GetItem",),
            {"key": {"k": "a"}, "keys": [{"k": "b"}]},
            "fail(): give key= (one key) or keys= (several), not both",
        ),
        (
            "fail",
            ("GetItem",),
            {"times": 0},
            "fail(): times=0 is not a number of times; give an int of at least 1, or None "
            "(every matching call)",
        ),
        (
            "fail",
            ("GetItem",),
            {"times": "3"},
            "fail(): times='3' is not a number of times; give an int of at least 1, or None "
            "(every matching call)",
        ),
        (
            "fail",
            ("GetItem",),
            {"times": True},
            "fail(): times=True is not a number of times; give an int of at least 1, or None "
            "(every matching call)",
        ),
        (
            "fail",
            ("GetItem",),
            {"after": -1},
            "fail(): after=-1 is not a number of calls; give an int of 0 or more",
        ),
        (
            "fail",
            ("GetItem",),
            {"after": None},
            "fail(): after=None is not a number of calls; give an int of 0 or more",
        ),
        (
            "fail",
            ("GetItem",),
            {"probability": 0},
            "fail(): probability=0 is not a probability; give a number above 0 and at most 1",
        ),
        (
            "fail",
            ("GetItem",),
            {"probability": "0.5"},
            "fail(): probability='0.5' is not a probability; give a number above 0 and at most 1",
        ),
        (
            "fail",
            ("GetItem",),
            {"during": (2, 1)},
            "fail(): during=(2, 1) is not a window of simulated time; give (start, end) in "
            "seconds since the fake started, with start < end, or None (always)",
        ),
        (
            "fail",
            ("GetItem",),
            {"during": 5},
            "fail(): during=5 is not a window of simulated time; give (start, end) in seconds "
            "since the fake started, with start < end, or None (always)",
        ),
        (
            "fail",
            ("GetItem",),
            {"table": 5},
            "fail(): table=5 is not a table name; give the table's name, or None (every table)",
        ),
        (
            "fail",
            ("GetItem",),
            {"key": "u1"},
            "fail(): key='u1' is not a key; give a mapping of the key attributes to plain "
            "values, such as {'user_id': 'u1'}",
        ),
        (
            "fail",
            ("GetItem",),
            {"key": {}},
            "fail(): key={} is not a key; give a mapping of the key attributes to plain values, "
            "such as {'user_id': 'u1'}",
        ),
        (
            "fail",
            ("GetItem",),
            {"key": {"n": 1.5}},
            "fail(): key={'n': 1.5}: attribute 'n': float 1.5 is not supported: DynamoDB "
            "numbers are exact, use Decimal('1.5') or an int instead",
        ),
        (
            "fail",
            ("GetItem",),
            {"key": {"n": True}},
            "fail(): key={'n': True}: attribute 'n': True is not a key value: a key is a "
            "string, a number (int or Decimal) or bytes",
        ),
        (
            "fail",
            ("GetItem",),
            {"key": {"n": [1]}},
            "fail(): key={'n': [1]}: attribute 'n': [1] is not a key value: a key is a string, "
            "a number (int or Decimal) or bytes",
        ),
        (
            "fail",
            ("GetItem",),
            {"key": {1: "a"}},
            "fail(): key={1: 'a'}: attribute name 1 is not a string",
        ),
        (
            "fail",
            ("GetItem",),
            {"keys": ["u1"]},
            "fail(): keys[0]='u1' is not a key; give a mapping of the key attributes to plain "
            "values, such as {'user_id': 'u1'}",
        ),
        (
            "fail",
            ("GetItem",),
            {"keys": "u1"},
            "fail(): keys='u1' is not a list of keys; give a list such as [{'user_id': 'u1'}]",
        ),
        (
            "fail",
            ("GetItem",),
            {"keys": []},
            "fail(): keys=[] holds no key; leave keys= out to match every key",
        ),
        (
            "fail",
            ("GetItem",),
            {"keys": {"user_id": "u1"}},
            "fail(): keys={'user_id': 'u1'} is not a list of keys; give a list such as "
            "[{'user_id': 'u1'}]",
        ),
        (
            "fail",
            ("GetItem",),
            {"attempt": 0},
            "fail(): attempt=0 is not an attempt number; give an int of at least 1 (botocore's "
            "first try is attempt 1, the first retry 2), or None (every attempt)",
        ),
        (
            "fail",
            ("GetItem",),
            {"seed": "x", "probability": 0.5},
            "fail(): seed='x' is not a seed; give an int, or None (one is drawn and printed)",
        ),
        (
            "fail",
            ("GetItem",),
            {"seed": 7},
            "fail(): seed=7 has nothing to seed: give probability= (or share=, for unprocessed)",
        ),
        (
            "fail",
            ("GetItem",),
            {"is_optional": "yes"},
            "fail(): is_optional='yes' is not True or False",
        ),
        (
            "script",
            ("GetItem", "throttle"),
            {},
            "script(): outcomes='throttle' is not a list of outcomes; give a list such as "
            "['throttle', 'ok']",
        ),
        (
            "script",
            ("GetItem", []),
            {},
            "script(): outcomes=[] is empty; give at least one outcome",
        ),
        (
            "script",
            ("GetItem", ["boom"]),
            {},
            "script(): outcomes[0]='boom' is not known; use one of ok, throttle, "
            "ProvisionedThroughputExceededException, ThrottlingException, RequestLimitExceeded, "
            "unprocessed, conflict, condition_fails, InternalServerError, ServiceUnavailable, "
            "ReadTimeout, ConnectTimeout, ConnectionError, TransactionInProgressException, "
            "short_page, empty_page",
        ),
        (
            "script",
            ("GetItem", ["conflict"]),
            {},
            "script(): outcomes[0]='conflict' applies to TransactGetItems and TransactWriteItems, "
            "not 'GetItem': only "
            "transactions are cancelled with CancellationReasons",
        ),
        (
            "script",
            ("GetItem", [["ok"]]),
            {},
            "script(): outcomes[0]=['ok'] is not known; use one of ok, throttle, "
            "ProvisionedThroughputExceededException, ThrottlingException, RequestLimitExceeded, "
            "unprocessed, conflict, condition_fails, InternalServerError, ServiceUnavailable, "
            "ReadTimeout, ConnectTimeout, ConnectionError, TransactionInProgressException, "
            "short_page, empty_page",
        ),
    ],
)
def test_bad_fault_arguments_are_refused_at_declaration(
    method: str, args: tuple[Any, ...], kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(DynaFakeError) as error:
        getattr(DynaFake(), method)(*args, **kwargs)
    assert str(error.value) == message


def test_bad_fault_marker_values_are_a_usage_error(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
import pytest

@pytest.mark.dynafake_throttle("GetItem", times="3")
def test_typo():
    pass
"""
    )
    result = pytester.runpytest("-p", "no:randomly")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        [
            "ERROR: test_bad_fault_marker_values_are_a_usage_error.py::test_typo: "
            "@pytest.mark.dynafake_throttle: times='3' is not a number of times; give an int of "
            "at least 1, or None (every matching call)"
        ]
    )


MISFIT = (
    "throttle(): key {{'customer': 5, 'order_id': 1}} does not fit table 'orders'{when}, whose "
    "key is 'customer' (S), 'order_id' (N): give exactly those attributes, each with a value "
    "of its type (S: str, N: int or Decimal, B: bytes); fault: throttle GetItem{where} for keys "
    "[{{'customer': 5, 'order_id': 1}}] (times=1, fired 0 times)"
)


def test_a_key_that_does_not_fit_a_declared_table_fails_at_declaration(
    dynafake: DynaFake, orders: Any
) -> None:
    with pytest.raises(DynaFakeError) as error:
        dynafake.throttle("GetItem", key={"customer": 5, "order_id": 1})
    assert str(error.value) == MISFIT.format(when="", where="")
    assert dynafake.faults == []


def test_a_key_with_other_attributes_than_its_table_fails_at_declaration(
    dynafake: DynaFake, orders: Any
) -> None:
    with pytest.raises(DynaFakeError) as error:
        dynafake.fail("GetItem", table="orders", key={"user_id": "u1"})
    assert str(error.value) == (
        "fail(): key {'user_id': 'u1'} does not fit table 'orders', whose key is 'customer' (S), "
        "'order_id' (N): give exactly those attributes, each with a value of its type (S: str, "
        "N: int or Decimal, B: bytes); fault: fail GetItem on table 'orders' for keys "
        "[{'user_id': 'u1'}] (times=1, fired 0 times)"
    )


def test_a_key_for_a_table_declared_later_fails_clearly_at_first_match(
    dynafake: DynaFake,
) -> None:
    dynafake.throttle(
        "GetItem", table="orders", key={"customer": 5, "order_id": 1}, is_optional=True
    )
    dynafake.table("orders", ("customer", "S"), ("order_id", "N"))
    client = boto3.client("dynamodb", config=Config(retries={"total_max_attempts": 1}))
    with pytest.raises(DynaFakeError) as error:
        client.get_item(TableName="orders", Key=ORDER)
    when = (
        " (table 'orders' was declared after the fault, so this shows at the first call that "
        "reads it)"
    )
    assert str(error.value) == MISFIT.format(when=when, where=" on table 'orders'")


@pytest.mark.parametrize(
    ("declare", "described"),
    [
        (
            lambda fake: fake.throttle("GetItem", probability=0.5, seed=7, times=None),
            "throttle GetItem (times=None, probability=0.5, seed=7, fired 0 times)",
        ),
        (
            lambda fake: fake.fail("GetItem", after=2, attempt=3, times=2, during=(1, 2.5)),
            "fail GetItem (times=2, attempt=3, after=2, during=(1, 2.5), fired 0 times)",
        ),
        (
            lambda fake: fake.unprocessed(share=0.5, seed=3, times=None),
            "unprocessed BatchGetItem (times=None, share=0.5, seed=3, fired 0 times)",
        ),
        (
            lambda fake: fake.unprocessed(last=2),
            "unprocessed BatchGetItem (times=1, last=2, fired 0 times)",
        ),
        (
            lambda fake: fake.script("GetItem", ["throttle", "ok"], attempt=2, after=1),
            "script GetItem (outcomes=['throttle', 'ok'], attempt=2, after=1, fired 0 times)",
        ),
        (
            lambda fake: fake.throttle("GetItem", times=None),
            "throttle GetItem (always, fired 0 times)",
        ),
    ],
)
def test_describe_shows_the_whole_schedule_and_seed(declare: Any, described: str) -> None:
    assert declare(DynaFake()).describe() == described


def test_a_drawn_seed_is_described(dynafake: DynaFake) -> None:
    """Without seed=, one is drawn (for probability and share alike), shown, and replays."""
    fault = dynafake.unprocessed(share=0.5, is_optional=True)
    seed = int(fault.describe().rpartition("seed=")[2].split(",")[0])
    assert fault.describe() == (
        f"unprocessed BatchGetItem (times=1, share=0.5, seed={seed}, fired 0 times)"
    )


def test_a_never_fired_random_fault_shows_its_schedule_at_teardown(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(
        """
import pytest

@pytest.mark.dynafake_throttle("GetItem", probability=0.5, seed=99, after=1, times=None)
def test_unfired(dynafake):
    pass
"""
    )
    result = pytester.runpytest("-p", "no:randomly", "--tb=short")
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(
        [
            "E   AssertionError: The following faults were declared but never fired:",
            "    - throttle GetItem (times=None, after=1, probability=0.5, seed=99, fired 0 "
            "times): no DynamoDB call was made at all",
        ],
        consecutive=True,
    )


def test_the_fault_handle_shows_only_what_users_read() -> None:
    fault = DynaFake().throttle("GetItem")
    public = [name for name in dir(fault) if not name.startswith("_")]
    assert public == [
        "answers",
        "call_count",
        "describe",
        "index",
        "keys",
        "kind",
        "matched",
        "operation",
        "page",
        "table",
        "triggered",
    ]
