"""Sleep simulation: the code under test's own time.sleep and asyncio.sleep, recorded on the
fake's simulated clock next to botocore's backoff instead of being slept."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import boto3
import pytest
from botocore.config import Config

from pytest_dynafake import DynaFake
from pytest_dynafake._clock import Sleep

REAL_SLEEP = time.sleep
REAL_ASYNC_SLEEP = asyncio.sleep
KEYS = [{"user_id": {"S": "u1"}}, {"user_id": {"S": "u2"}}]


def legacy_client() -> Any:
    return boto3.client("dynamodb", config=Config(retries={"mode": "legacy"}))


def read_all(client: Any, delay: float) -> list[Any]:
    """A hand-written UnprocessedKeys loop, as boto3's documentation suggests one."""
    request: Any = {"users": {"Keys": KEYS}}
    items: list[Any] = []
    while request:
        response = client.batch_get_item(RequestItems=request)
        items += response["Responses"]["users"]
        request = response["UnprocessedKeys"]
        if request:
            time.sleep(delay)
            delay *= 2
    return items


def test_a_hand_written_backoff_is_simulated_next_to_botocores(
    dynafake: DynaFake, users: Any
) -> None:
    dynafake.simulate_sleep()
    dynafake.throttle("BatchGetItem", times=1)  # botocore retries this one itself
    dynafake.unprocessed("BatchGetItem", keys=[{"user_id": "u2"}], times=2)
    started = time.perf_counter()
    items = read_all(legacy_client(), delay=5.0)
    assert time.perf_counter() - started < 2  # 15 s of the loop's own sleeps, not slept
    assert sorted(item["user_id"]["S"] for item in items) == ["u1", "u2"]
    assert dynafake.sleeps == [0.05, 5.0, 10.0]
    assert dynafake.clock.slept == [
        Sleep(0.05, "retry"),
        Sleep(5.0, "time.sleep"),
        Sleep(10.0, "time.sleep"),
    ]
    assert dynafake.clock.elapsed == pytest.approx(15.05)


def test_sleeps_are_real_unless_asked_for(dynafake: DynaFake) -> None:
    assert time.sleep is REAL_SLEEP
    assert asyncio.sleep is REAL_ASYNC_SLEEP
    time.sleep(0.001)
    assert dynafake.sleeps == []


def test_stop_restores_the_functions_exactly() -> None:
    outer = DynaFake(simulate_sleep=True)
    inner = DynaFake(simulate_sleep=True)
    with outer:
        assert time.sleep is not REAL_SLEEP
        with inner:
            time.sleep(3)
        assert time.sleep is not REAL_SLEEP  # the outer fake still simulates
        time.sleep(4)
    assert time.sleep is REAL_SLEEP
    assert asyncio.sleep is REAL_ASYNC_SLEEP
    assert (inner.sleeps, outer.sleeps) == ([3], [4])


def test_a_non_simulating_fake_inside_sleeps_for_real() -> None:
    with DynaFake(simulate_sleep=True) as outer, DynaFake() as inner:
        time.sleep(0.001)
    assert (outer.sleeps, inner.sleeps) == ([], [])


def test_zero_negative_and_bad_delays_go_to_the_real_function() -> None:
    with DynaFake(simulate_sleep=True) as fake:
        time.sleep(0)
        with pytest.raises(ValueError, match=r"^sleep length must be non-negative$"):
            time.sleep(-1)
        with pytest.raises(TypeError):
            time.sleep("1")  # type: ignore[arg-type]
    assert fake.sleeps == []


def test_sleeps_in_other_threads_are_simulated() -> None:
    with DynaFake(simulate_sleep=True) as fake:
        workers = [threading.Thread(target=time.sleep, args=(60,)) for _ in range(8)]
        started = time.perf_counter()
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        assert time.perf_counter() - started < 5
    assert fake.sleeps == [60] * 8


def test_a_simulated_sleep_moves_a_frozen_clock() -> None:
    from freezegun import freeze_time

    with freeze_time("2026-01-01 00:00:00"), DynaFake(simulate_sleep=True):
        before = time.time()
        time.sleep(30)
        assert time.time() - before == pytest.approx(30)


def test_a_name_bound_before_is_not_covered() -> None:
    from time import sleep  # bound now: the simulation only replaces time.sleep

    with DynaFake(simulate_sleep=True) as fake:
        sleep(0.001)
    assert fake.sleeps == []


def test_asyncio_sleep_is_recorded_and_yields_to_the_loop_once() -> None:
    async def main() -> list[str]:
        events: list[str] = []

        async def other() -> None:
            events.append("other ran")

        task = asyncio.ensure_future(other())
        await asyncio.sleep(120)
        events.append("slept")
        await task
        return events

    with DynaFake(simulate_sleep=True) as fake:
        started = time.perf_counter()
        assert asyncio.run(main()) == ["other ran", "slept"]
        assert time.perf_counter() - started < 5
    assert fake.clock.slept == [Sleep(120, "asyncio.sleep")]


def test_asyncio_sleep_passes_its_result() -> None:
    with DynaFake(simulate_sleep=True):
        assert asyncio.run(asyncio.sleep(9, result="done")) == "done"


def test_the_marker_option_turns_it_on(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
import time
import pytest

@pytest.mark.dynafake(simulate_sleep=True)
def test_slept(dynafake):
    time.sleep(3600)
    assert dynafake.sleeps == [3600]
"""
    )
    pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=1)
