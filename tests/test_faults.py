"""Faults through real boto3 clients: what users see, in each retry mode."""

from __future__ import annotations

import contextlib
import time
from typing import Any

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError, ConnectTimeoutError, ReadTimeoutError

from pytest_dynafake import DynaFake, DynaFakeError

U1 = {"user_id": {"S": "u1"}}
U2 = {"user_id": {"S": "u2"}}
PROVISIONED = (
    "The level of configured provisioned throughput for the table was exceeded. Consider "
    "increasing your provisioning level with the UpdateTable API."
)
LEGACY_DELAYS = [0.05 * 2**n for n in range(9)]


def client(mode: str = "legacy", **retries: Any) -> Any:
    return boto3.client("dynamodb", config=Config(retries={"mode": mode, **retries}))


def raised(call: Any, **kwargs: Any) -> ClientError:
    with pytest.raises(ClientError) as error:
        call(**kwargs)
    return error.value


def test_throttled_call_succeeds_on_attempt_4(dynafake: DynaFake, users: Any) -> None:
    fault = dynafake.throttle("GetItem", table="users", times=3)
    response = client().get_item(TableName="users", Key=U2)
    assert response["Item"] == U2
    assert response["ResponseMetadata"]["RetryAttempts"] == 3
    assert dynafake.sleeps == [0.05, 0.1, 0.2]
    assert fault.call_count == 3
    assert fault.triggered
    assert fault.answers == ["ProvisionedThroughputExceededException (400)"] * 3
    assert [(c.attempt, c.outcome) for c in dynafake.calls] == [
        (1, "ProvisionedThroughputExceededException (400)"),
        (2, "ProvisionedThroughputExceededException (400)"),
        (3, "ProvisionedThroughputExceededException (400)"),
        (4, "ok"),
    ]


def test_throttled_call_exhausts_legacy_retries_in_milliseconds(
    dynafake: DynaFake, users: Any
) -> None:
    """Ten attempts and 25.55 s of backoff, simulated."""
    dynafake.throttle("BatchGetItem", times=None)
    started = time.perf_counter()
    error = raised(client().batch_get_item, RequestItems={"users": {"Keys": [U1]}})
    assert time.perf_counter() - started < 1
    assert type(error).__name__ == "ProvisionedThroughputExceededException"
    assert error.response["Error"] == {
        "Code": "ProvisionedThroughputExceededException",
        "Message": PROVISIONED,
    }
    assert error.response["ThrottlingReasons"] == [
        {
            "reason": "TableReadProvisionedThroughputExceeded",
            "resource": "arn:aws:dynamodb:us-east-1:123456789012:table/users",
        }
    ]
    assert error.response["ResponseMetadata"]["RetryAttempts"] == 9
    assert dynafake.sleeps == LEGACY_DELAYS
    assert dynafake.clock.elapsed == pytest.approx(25.55)


@pytest.mark.parametrize("mode", ["standard", "adaptive"])
def test_standard_and_adaptive_modes_retry_three_times_without_blocking(
    dynafake: DynaFake, users: Any, mode: str
) -> None:
    dynafake.throttle("GetItem", error="ThrottlingException", times=None)
    started = time.perf_counter()
    error = raised(client(mode, total_max_attempts=3).get_item, TableName="users", Key=U1)
    assert time.perf_counter() - started < 1
    assert error.response["ResponseMetadata"]["RetryAttempts"] == 2
    assert len(dynafake.sleeps) == 2
    assert all(0 <= delay <= 2 for delay in dynafake.sleeps)  # jittered backoff
    assert error.response["throttlingReasons"] == [
        {
            "reason": "TableReadKeyRangeThroughputExceeded",
            "resource": "arn:aws:dynamodb:us-east-1:123456789012:table/users",
        }
    ]


@pytest.mark.parametrize(("mode", "attempts"), [("legacy", 1), ("standard", 3)])
def test_request_limit_exceeded_is_retried_only_in_standard_mode(
    dynafake: DynaFake, users: Any, mode: str, attempts: int
) -> None:
    fault = dynafake.throttle("GetItem", error="RequestLimitExceeded", times=None)
    error = raised(client(mode, total_max_attempts=3).get_item, TableName="users", Key=U1)
    assert error.response["Error"] == {
        "Code": "RequestLimitExceeded",
        "Message": "Throughput exceeds the current throughput limit for your account. Please "
        "contact AWS Support at https://aws.amazon.com/support request a limit increase",
    }
    assert fault.call_count == attempts


def test_batch_throttle_on_one_table_returns_its_keys_unprocessed(
    dynafake: DynaFake, users: Any, orders: Any
) -> None:
    """Only when nothing can be read does BatchGetItem fail (API reference)."""
    dynafake.throttle("BatchGetItem", table="orders", times=None)
    order = {"customer": {"S": "c1"}, "order_id": {"N": "1"}}
    request = {"users": {"Keys": [U2]}, "orders": {"Keys": [order], "ConsistentRead": True}}
    response = client().batch_get_item(RequestItems=request, ReturnConsumedCapacity="TOTAL")
    assert response["Responses"] == {"users": [U2], "orders": []}
    assert response["UnprocessedKeys"] == {"orders": {"Keys": [order], "ConsistentRead": True}}
    assert response["ConsumedCapacity"] == [
        {"TableName": "users", "CapacityUnits": 0.5},
        {"TableName": "orders", "CapacityUnits": 0.0},
    ]
    error = raised(client().batch_get_item, RequestItems={"orders": {"Keys": [order]}})
    assert error.response["Error"]["Code"] == "ProvisionedThroughputExceededException"


def test_unprocessed_keys_for_two_rounds(dynafake: DynaFake, users: Any) -> None:
    fault = dynafake.unprocessed("BatchGetItem", table="users", keys=[{"user_id": "u2"}], times=2)
    c = client()
    rounds = []
    request: dict[str, Any] = {"users": {"Keys": [U1, U2], "ProjectionExpression": "user_id"}}
    while request:
        response = c.batch_get_item(RequestItems=request)
        rounds.append(response["Responses"]["users"])
        request = response["UnprocessedKeys"]
    assert rounds == [[U1], [], [U2]]
    assert fault.call_count == 2
    assert fault.answers == ["UnprocessedKeys (1 keys)"] * 2


def test_unprocessed_last_and_seeded_share(dynafake: DynaFake) -> None:
    dynafake.table("nums", ("n", "N"), items=[{"n": n} for n in range(10)])
    keys = [{"n": {"N": str(n)}} for n in range(10)]
    c = client()
    dynafake.unprocessed(last=3)
    assert c.batch_get_item(RequestItems={"nums": {"Keys": keys}})["UnprocessedKeys"] == {
        "nums": {"Keys": keys[7:]}
    }
    dynafake.unprocessed(share=0.5, seed=7)
    first = c.batch_get_item(RequestItems={"nums": {"Keys": keys}})["UnprocessedKeys"]
    with DynaFake(tables={"nums": {"partition_key": ("n", "N"), "items": [{"n": 1}]}}) as again:
        again.unprocessed(share=0.5, seed=7)
        second = c.batch_get_item(RequestItems={"nums": {"Keys": keys}})["UnprocessedKeys"]
    assert len(first["nums"]["Keys"]) == 5
    assert first == second


def test_transaction_conflict_is_not_retried(dynafake: DynaFake, users: Any) -> None:
    fault = dynafake.conflict("TransactGetItems", table="users", key={"user_id": "u2"})
    gets = [{"Get": {"TableName": "users", "Key": key}} for key in (U1, U2)]
    error = raised(client().transact_get_items, TransactItems=gets)
    assert type(error).__name__ == "TransactionCanceledException"
    assert error.response["Error"] == {
        "Code": "TransactionCanceledException",
        "Message": "Transaction cancelled, please refer cancellation reasons for specific "
        "reasons [None, TransactionConflict]",
    }
    assert error.response["CancellationReasons"] == [
        {"Code": "None"},
        {"Code": "TransactionConflict", "Message": "Transaction is ongoing for the item."},
    ]
    assert error.response["ResponseMetadata"]["RetryAttempts"] == 0
    assert fault.call_count == 1
    assert client().transact_get_items(TransactItems=gets)["Responses"][1] == {"Item": U2}


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("ProvisionedThroughputExceeded", PROVISIONED),
        (
            "ThrottlingError",
            "Throughput exceeds the current capacity of your table or index. DynamoDB is "
            "automatically scaling your table or index so please try again shortly. If "
            "exceptions persist, check if you have a hot key: https://docs.aws.amazon.com/"
            "amazondynamodb/latest/developerguide/bp-partition-key-design.html.",
        ),
        ("ValidationError", "One or more parameter values were invalid."),
    ],
)
def test_other_cancellation_codes(dynafake: DynaFake, users: Any, code: str, message: str) -> None:
    dynafake.conflict(code=code)
    error = raised(
        client().transact_get_items, TransactItems=[{"Get": {"TableName": "users", "Key": U1}}]
    )
    assert error.response["CancellationReasons"] == [{"Code": code, "Message": message}]


@pytest.mark.parametrize(
    ("error", "status", "message"),
    [
        ("InternalServerError", 500, "Internal server error"),
        ("ServiceUnavailable", 503, "Service Unavailable"),
    ],
)
def test_server_errors_are_retried(
    dynafake: DynaFake, users: Any, error: str, status: int, message: str
) -> None:
    fault = dynafake.fail("GetItem", error=error, times=2)
    response = client().get_item(TableName="users", Key=U1)
    assert response["ResponseMetadata"]["RetryAttempts"] == 2
    assert fault.answers == [f"{error} ({status})"] * 2
    dynafake.fail("GetItem", error=error, times=None)
    failure = raised(client("standard").get_item, TableName="users", Key=U1)
    assert failure.response["Error"] == {"Code": error, "Message": message}
    assert failure.response["ResponseMetadata"]["HTTPStatusCode"] == status


@pytest.mark.parametrize(
    ("error", "exception"),
    [("ReadTimeout", ReadTimeoutError), ("ConnectTimeout", ConnectTimeoutError)],
)
def test_network_faults_are_retried_like_real_ones(
    dynafake: DynaFake, users: Any, error: str, exception: type[Exception]
) -> None:
    fault = dynafake.fail("GetItem", error=error, times=2)
    assert client().get_item(TableName="users", Key=U1)["Item"]["user_id"] == {"S": "u1"}
    assert fault.call_count == 2
    dynafake.fail("GetItem", error=error, times=None)
    with pytest.raises(exception):
        client("standard").get_item(TableName="users", Key=U1)
    assert [c.outcome for c in dynafake.get_calls("GetItem")][-3:] == [exception.__name__] * 3


def test_connection_error(dynafake: DynaFake, users: Any) -> None:
    from botocore.exceptions import EndpointConnectionError

    dynafake.fail("GetItem", error="ConnectionError", times=None)
    with pytest.raises(EndpointConnectionError):
        client("standard").get_item(TableName="users", Key=U1)


# -- schedules ---------------------------------------------------------------------------------


def test_after_skips_the_first_matching_calls(dynafake: DynaFake, users: Any) -> None:
    fault = dynafake.throttle("GetItem", after=2, times=1)
    c = client("standard", total_max_attempts=1)
    c.get_item(TableName="users", Key=U1)
    c.get_item(TableName="users", Key=U1)
    raised(c.get_item, TableName="users", Key=U1)
    c.get_item(TableName="users", Key=U1)
    assert fault.matched == 4
    assert fault.call_count == 1


def test_attempt_targets_one_botocore_attempt(dynafake: DynaFake, users: Any) -> None:
    """Fail only the second attempt: the first fails on another fault, the third succeeds."""
    dynafake.fail("GetItem", times=None, attempt=1)
    second = dynafake.throttle("GetItem", times=None, attempt=2)
    response = client().get_item(TableName="users", Key=U1)
    assert response["ResponseMetadata"]["RetryAttempts"] == 2
    assert second.call_count == 1


def test_probability_with_a_seed_is_reproducible(dynafake: DynaFake, users: Any) -> None:
    def pattern() -> list[str]:
        with DynaFake(tables={"users": {"partition_key": "user_id"}}) as fake:
            fake.throttle("GetItem", probability=0.5, seed=42, times=None)
            c = client("standard", total_max_attempts=1)
            for _ in range(12):
                with contextlib.suppress(ClientError):
                    c.get_item(TableName="users", Key=U1)
            return [call.outcome for call in fake.calls]

    assert pattern() == pattern()
    assert {"ok", "ProvisionedThroughputExceededException (400)"} == set(pattern())


def test_during_a_window_of_simulated_time(dynafake: DynaFake, users: Any) -> None:
    """Throttle while the simulated clock is below 2 s: attempts at 0, .05, .15, .35, .75,
    1.55 are throttled and the one at 3.15 succeeds."""
    dynafake.throttle("GetItem", times=None, during=(0, 2.0))
    response = client().get_item(TableName="users", Key=U1)
    assert response["ResponseMetadata"]["RetryAttempts"] == 6
    assert dynafake.clock.elapsed == pytest.approx(3.15)


def test_backoff_moves_a_frozen_freezegun_clock(dynafake: DynaFake, users: Any) -> None:
    from freezegun import freeze_time

    dynafake.throttle("GetItem", times=3)
    with freeze_time("2026-01-01 00:00:00"):
        before = time.time()
        client().get_item(TableName="users", Key=U1)
        assert time.time() - before == pytest.approx(0.35)


def test_backoff_moves_a_time_machine_clock(dynafake: DynaFake, users: Any) -> None:
    import time_machine

    dynafake.throttle("GetItem", times=2)
    with time_machine.travel(1_000_000, tick=False):
        client().get_item(TableName="users", Key=U1)
        assert time.time() == pytest.approx(1_000_000.15)


def test_adaptive_mode_under_a_frozen_clock_does_not_hang(dynafake: DynaFake, users: Any) -> None:
    from freezegun import freeze_time

    dynafake.throttle("GetItem", times=None)
    with freeze_time("2026-01-01"):
        raised(client("adaptive", total_max_attempts=3).get_item, TableName="users", Key=U1)
    assert len(dynafake.get_calls("GetItem")) == 3


def test_default_retry_mode_of_this_botocore(dynafake: DynaFake, users: Any) -> None:
    """botocore 1.44 retries DynamoDB 4 times in standard mode by default (its new retry
    policy); older releases use legacy mode's 10 attempts. The fake follows whichever runs."""
    from botocore import configprovider
    from botocore.retries import standard

    new_retries = getattr(configprovider, "NEW_RETRIES_ENABLED", False)
    expected = standard._SERVICE_MAX_ATTEMPTS.get("dynamodb", 4) if new_retries else 10
    fault = dynafake.throttle("GetItem", times=None)
    raised(boto3.client("dynamodb").get_item, TableName="users", Key=U1)
    assert fault.call_count == expected


# -- the call log ------------------------------------------------------------------------------


def test_call_log(dynafake: DynaFake, users: Any, orders: Any) -> None:
    c = client()
    c.get_item(TableName="users", Key=U1)
    c.batch_get_item(
        RequestItems={
            "users": {"Keys": [U2]},
            "orders": {"Keys": [{"customer": {"S": "c"}, "order_id": {"N": "1"}}]},
        }
    )
    batch = dynafake.get_call("BatchGetItem")
    assert batch.tables == ("users", "orders")
    assert batch.keys == [
        ("users", U2),
        ("orders", {"customer": {"S": "c"}, "order_id": {"N": "1"}}),
    ]
    assert [call.operation for call in dynafake.get_calls(table="users")] == [
        "GetItem",
        "BatchGetItem",
    ]
    assert dynafake.get_call(table="orders") is batch
    with pytest.raises(DynaFakeError) as error:
        dynafake.get_call(table="users")
    assert str(error.value) == (
        "2 calls matched operation=None, table='users'; get_call() expects exactly one: use "
        "get_calls() or narrow the filters"
    )


# -- declaration errors ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "message"),
    [
        (
            "throttle",
            ("Query",),
            {},
            "throttle(): operation 'Query' is not one the fake serves; use one of BatchGetItem, "
            "DescribeEndpoints, DescribeTable, GetItem, ListTables, TransactGetItems",
        ),
        (
            "throttle",
            ("GetItem",),
            {"error": "Slow"},
            "error='Slow' is not known; use one of ProvisionedThroughputExceededException, "
            "ThrottlingException, RequestLimitExceeded",
        ),
        (
            "unprocessed",
            ("GetItem",),
            {},
            "unprocessed() applies to BatchGetItem, not 'GetItem': only BatchGetItem returns "
            "UnprocessedKeys",
        ),
        ("unprocessed", (), {"last": 0}, "last=0 must be at least 1"),
        ("unprocessed", (), {"share": 1.5}, "share=1.5 must be above 0 and at most 1"),
        (
            "conflict",
            ("BatchGetItem",),
            {},
            "conflict() applies to TransactGetItems, not 'BatchGetItem': only transactions are "
            "cancelled with CancellationReasons",
        ),
        (
            "conflict",
            (),
            {"code": "Busy"},
            "code='Busy' is not known; use one of TransactionConflict, "
            "ProvisionedThroughputExceeded, ThrottlingError, ValidationError",
        ),
        (
            "fail",
            ("GetItem",),
            {"error": "Boom"},
            "error='Boom' is not known; use one of InternalServerError, ServiceUnavailable, "
            "ReadTimeout, ConnectTimeout, ConnectionError",
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
            "fail(): times=0 must be at least 1, or None (always)",
        ),
        ("fail", ("GetItem",), {"after": -1}, "fail(): after=-1 must be 0 or more"),
        (
            "fail",
            ("GetItem",),
            {"probability": 0},
            "fail(): probability=0 must be above 0, at most 1",
        ),
        (
            "fail",
            ("GetItem",),
            {"during": (2, 1)},
            "fail(): during=(2, 1) must be (start, end) with start < end",
        ),
    ],
)
def test_bad_fault_declarations(
    method: str, args: tuple[Any, ...], kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(DynaFakeError) as error:
        getattr(DynaFake(), method)(*args, **kwargs)
    assert str(error.value) == message


def test_a_fault_key_must_fit_the_table(dynafake: DynaFake, orders: Any) -> None:
    dynafake.throttle("GetItem", key={"customer": 5, "order_id": 1}, is_optional=True)
    with pytest.raises(DynaFakeError) as error:
        client().get_item(TableName="orders", Key={"customer": {"S": "c"}, "order_id": {"N": "1"}})
    assert str(error.value) == (
        "fault throttle GetItem for keys [{'customer': 5, 'order_id': 1}] (times=1, fired 0 "
        "times): key {'customer': 5, 'order_id': 1} does not fit table 'orders', whose key is "
        "[('customer', 'S'), ('order_id', 'N')]"
    )


def test_fault_repr_and_key_matching_across_tables(
    dynafake: DynaFake, users: Any, orders: Any
) -> None:
    """A key only matches the table whose schema it fits."""
    fault = dynafake.throttle("BatchGetItem", key={"user_id": "u2"}, times=None)
    assert (
        repr(fault)
        == "<Fault throttle BatchGetItem for keys [{'user_id': 'u2'}] (always, fired 0 times)>"
    )
    order = {"customer": {"S": "c1"}, "order_id": {"N": "1"}}
    response = client().batch_get_item(
        RequestItems={"users": {"Keys": [U1, U2]}, "orders": {"Keys": [order]}}
    )
    assert response["UnprocessedKeys"] == {"users": {"Keys": [U2]}}
    assert fault.call_count == 1


@pytest.mark.parametrize("mode", ["legacy", "standard", "adaptive"])
@pytest.mark.parametrize(
    ("declare", "retried"),
    [
        (lambda fake: fake.throttle("TransactGetItems"), True),
        (lambda fake: fake.throttle("TransactGetItems", error="ThrottlingException"), True),
        (lambda fake: fake.fail("TransactGetItems"), True),
        (lambda fake: fake.fail("TransactGetItems", error="ServiceUnavailable"), True),
        (lambda fake: fake.fail("TransactGetItems", error="ReadTimeout"), True),
        (lambda fake: fake.conflict(), False),
    ],
    ids=["throttle", "throttling-exception", "500", "503", "read-timeout", "conflict"],
)
def test_each_fault_kind_in_each_retry_mode(
    dynafake: DynaFake, users: Any, mode: str, declare: Any, retried: bool
) -> None:
    """One fault, then the retry succeeds, in every retry mode; a conflict is never retried."""
    fault = declare(dynafake)
    call = client(mode, total_max_attempts=3).transact_get_items
    gets = [{"Get": {"TableName": "users", "Key": U1}}]
    if retried:
        assert call(TransactItems=gets)["ResponseMetadata"]["RetryAttempts"] == 1
        assert len(dynafake.sleeps) == 1
    else:
        raised(call, TransactItems=gets)
        assert dynafake.sleeps == []
    assert fault.call_count == 1
    assert [c.attempt for c in dynafake.calls] == ([1, 2] if retried else [1])


def test_a_scripted_sequence_of_outcomes(dynafake: DynaFake, users: Any) -> None:
    fault = dynafake.script(
        "BatchGetItem", ["throttle", "ok", "unprocessed", "InternalServerError", "ReadTimeout"]
    )
    c = client("standard", total_max_attempts=1)
    request = {"users": {"Keys": [U1, U2]}}
    outcomes: list[int | str] = []
    for _ in range(6):
        try:
            outcomes.append(len(c.batch_get_item(RequestItems=request)["UnprocessedKeys"]))
        except ClientError as error:
            outcomes.append(error.response["Error"]["Code"])
        except ReadTimeoutError:
            outcomes.append("ReadTimeout")
    assert outcomes == [
        "ProvisionedThroughputExceededException",
        0,
        1,
        "InternalServerError",
        "ReadTimeout",
        0,
    ]
    assert fault.call_count == 4
    assert repr(fault) == (
        "<Fault script BatchGetItem (outcomes=['throttle', 'ok', 'unprocessed', "
        "'InternalServerError', 'ReadTimeout'], fired 4 times)>"
    )


@pytest.mark.dynafake_script("GetItem", ["throttle", "ThrottlingException"], table="users")
def test_a_script_inside_the_retry_loop(dynafake: DynaFake, users: Any) -> None:
    response = client().get_item(TableName="users", Key=U1)
    assert response["ResponseMetadata"]["RetryAttempts"] == 2


@pytest.mark.parametrize(
    ("outcomes", "message"),
    [
        (["boom"], "outcome='boom' is not known; use one of ok, throttle, "),
        (["conflict"], "script(): outcome 'conflict' applies to TransactGetItems, not 'GetItem'"),
    ],
)
def test_bad_scripts(outcomes: list[str], message: str) -> None:
    with pytest.raises(DynaFakeError) as error:
        DynaFake().script("GetItem", outcomes)
    assert str(error.value).startswith(message)
