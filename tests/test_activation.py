"""Starting and stopping fakes: a fake is started once, fakes stack (the most recent active one
answers), a ``with`` block never buries its own exception, and a fake a test leaves active is
stopped and fails that test instead of answering the next ones."""

from __future__ import annotations

import os
import sys
from typing import Any

import boto3
import pytest
from botocore.config import Config

from pytest_dynafake import DynaFake, DynaFakeError
from pytest_dynafake._botocore import DISPATCH
from pytest_dynafake._fake import ALREADY_ACTIVE

NOT_ACTIVE = "this DynaFake is not active; call start() before stop()"
HERE = os.path.relpath(__file__)


def client() -> Any:
    return boto3.client(
        "dynamodb",
        region_name="us-east-1",
        aws_access_key_id="a",
        aws_secret_access_key="b",
        config=Config(retries={"mode": "standard", "total_max_attempts": 1}),
    )


def fake(name: str) -> DynaFake:
    return DynaFake(tables={name: {"partition_key": "k"}})


def answering() -> list[str]:
    names: list[str] = client().list_tables()["TableNames"]
    return names


def test_starting_an_active_fake_is_refused_and_names_where_it_started() -> None:
    one = fake("one")
    line = sys._getframe().f_lineno + 1
    with one:
        with pytest.raises(DynaFakeError) as raised:
            one.start()
        assert str(raised.value) == ALREADY_ACTIVE.format(origin=f"at {HERE}:{line}")
        assert DISPATCH.stack == [one]
    assert DISPATCH.stack == []


def test_the_fixtures_fake_cannot_be_started_again(dynafake: DynaFake) -> None:
    with pytest.raises(DynaFakeError) as raised:
        dynafake.start()
    assert str(raised.value) == (
        "this DynaFake is already active (started by the dynafake fixture); a fake is started "
        "once. The dynafake fixture's fake is active for the whole test: use it without start() "
        "or with. Call stop() before starting it again, or, to serve other tables or faults for "
        "part of a test, start a second fake on top: with dynafake.layer() as inner: ..."
    )
    with pytest.raises(DynaFakeError), dynafake:
        pass  # pragma: no cover - refused on entry
    assert DISPATCH.stack == [dynafake]


def test_reentering_an_outer_fake_leaves_the_inner_one_answering() -> None:
    """Was: ``with one: with two: with one:`` took the *outer* entry of ``one`` out on exit,
    so ``one`` answered inside ``two``'s block."""
    one, two = fake("one"), fake("two")
    with one:
        with two:
            with pytest.raises(DynaFakeError), one:
                pass  # pragma: no cover - refused on entry
            assert answering() == ["two"]
        assert answering() == ["one"]
    assert DISPATCH.stack == []


def test_a_layer_nests_inside_the_fake_it_layers() -> None:
    base = fake("base")
    with base:
        with base.layer(tables={"extra": {"partition_key": "k"}}) as inner:
            assert DISPATCH.stack == [base, inner]
            assert answering() == ["base", "extra"]
        assert answering() == ["base"]


def test_stopping_a_fake_that_is_not_the_most_recent_leaves_the_most_recent_answering() -> None:
    one, two, three = fake("one"), fake("two"), fake("three")
    one.start()
    two.start()
    three.start()
    two.stop()
    assert answering() == ["three"]
    three.stop()
    assert answering() == ["one"]
    one.stop()
    assert DISPATCH.stack == []
    with pytest.raises(DynaFakeError) as raised:
        one.stop()
    assert str(raised.value) == NOT_ACTIVE


def test_the_blocks_exception_is_never_replaced_by_stop() -> None:
    one = fake("one")

    def block() -> None:
        with one:
            one.stop()  # stopped inside the block, then the block fails
            1 / 0  # noqa: B018

    with pytest.raises(ZeroDivisionError) as raised:
        block()
    assert raised.value.__context__ is None
    assert DISPATCH.stack == []


def test_a_failing_block_still_stops_its_fake() -> None:
    one, two = fake("one"), fake("two")
    with one:
        with pytest.raises(KeyError), two:
            raise KeyError("boom")
        assert DISPATCH.stack == [one]


def test_a_block_that_stopped_its_own_fake_says_so_on_exit() -> None:
    one = fake("one")
    with pytest.raises(DynaFakeError) as raised, one:
        one.stop()
    assert str(raised.value) == NOT_ACTIVE


def test_a_fake_can_start_again_after_it_stopped() -> None:
    one = fake("one")
    with one:
        pass
    with one:
        assert answering() == ["one"]


LEFT_ACTIVE = [
    "a DynaFake was still active when the test ended; it is now stopped, so "
    "that later tests are not served its tables:",
    "- the DynaFake started at {where} (tables: 'leaked')",
    "Stop it in the test: use `with DynaFake(...) as fake:`, or call fake.stop() in a "
    "finally block or after the yield of a function-scoped fixture. To share one active fake "
    "across tests, start it in a module-, class- or session-scoped fixture.",
]
LATER = """
def test_later():
    from pytest_dynafake._botocore import DISPATCH
    assert DISPATCH.stack == []
"""


def lines(where: str) -> list[str]:
    return [line.format(where=where) for line in LEFT_ACTIVE]


def test_a_test_that_leaves_a_fake_started_fails_at_teardown(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_leak="""
from pytest_dynafake import DynaFake

def test_leaves_it_started():
    DynaFake(tables={"leaked": {"partition_key": "k"}}).start()
"""
        + LATER
    )
    result = pytester.runpytest("-p", "no:randomly")
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(["*ERROR at teardown of test_leaves_it_started*"])
    result.stdout.fnmatch_lines(lines("test_leak.py:4"), consecutive=True)
    assert DISPATCH.stack == []


def test_a_function_fixture_that_never_stops_its_fake_fails_the_test(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(
        test_leak="""
import pytest
from pytest_dynafake import DynaFake

@pytest.fixture
def fake():
    return DynaFake(tables={"leaked": {"partition_key": "k"}}).start()

def test_uses_it(fake):
    pass
"""
        + LATER
    )
    result = pytester.runpytest("-p", "no:randomly")
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(lines("test_leak.py:6"), consecutive=True)


def test_a_fake_left_on_top_of_the_fixtures_is_named_and_the_fixture_still_stops(
    pytester: pytest.Pytester,
) -> None:
    """The fixture's fake stops out of order (the leaked one is on top), then the leaked one
    is stopped and named."""
    pytester.makepyfile(
        test_leak="""
from pytest_dynafake import DynaFake

def test_leaves_one_on_top(dynafake):
    dynafake.table("mine", "k")
    DynaFake(tables={"leaked": {"partition_key": "k"}}).start()
"""
        + LATER
    )
    result = pytester.runpytest("-p", "no:randomly")
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(lines("test_leak.py:5"), consecutive=True)


def test_restarting_the_fixtures_fake_fails_only_that_test(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_restart="""
def test_restarts(dynafake):
    dynafake.start()
"""
        + LATER
    )
    result = pytester.runpytest("-p", "no:randomly")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "E*pytest_dynafake.DynaFakeError: this DynaFake is already active (started by the "
            "dynafake fixture); a fake is started once.*"
        ]
    )


SHARED_FAKES = """
import pytest
from pytest_dynafake import DynaFake
from pytest_dynafake._botocore import DISPATCH


@pytest.fixture(scope="session")
def session_fake():
    with DynaFake(tables={"session": {"partition_key": "k"}}) as fake:
        yield fake


@pytest.fixture(scope="module")
def module_fake():
    fake = DynaFake(tables={"module": {"partition_key": "k"}}).start()
    yield fake
    fake.stop()


@pytest.fixture(scope="class")
def class_fake():
    fake = DynaFake(tables={"klass": {"partition_key": "k"}}).start()
    yield fake
    fake.stop()


def tables():
    import boto3
    return boto3.client("dynamodb").list_tables()["TableNames"]
"""


def test_fakes_kept_active_by_broader_fixtures_are_left_alone(pytester: pytest.Pytester) -> None:
    """Session-, module- and class-scoped fixtures may keep a fake active across tests, even
    when a test requests them first (set up inside that test's setup or call)."""
    pytester.makeconftest(SHARED_FAKES)
    pytester.makepyfile(
        test_a="""
import pytest
from conftest import DISPATCH, tables

def test_plain():
    assert DISPATCH.stack == []

def test_session(session_fake):
    assert tables() == ["session"]

def test_module(session_fake, module_fake):
    assert tables() == ["module"]

def test_again(session_fake, module_fake):
    assert tables() == ["module"]

def test_requested_during_the_call(request):
    request.getfixturevalue("module_fake")
    assert tables() == ["module"]

class TestClass:
    def test_one(self, class_fake):
        assert tables() == ["klass"]

    def test_two(self, class_fake, dynafake):
        assert tables() == []
        dynafake.table("own", "k")
        assert tables() == ["own"]
""",
        test_b="""
from conftest import DISPATCH, tables

def test_session_still_active(session_fake):
    assert DISPATCH.stack == [session_fake]
""",
    )
    result = pytester.runpytest("-p", "no:randomly")
    result.assert_outcomes(passed=8)
    assert DISPATCH.stack == []
