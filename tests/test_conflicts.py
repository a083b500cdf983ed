"""Other fakes on the same clients are refused or announced, never silently shadowed."""

from __future__ import annotations

import gc
import os
import sys

import boto3
import pytest
from botocore.stub import Stubber

from pytest_dynafake import DynaFake, DynaFakeError, DynaFakeWarning
from pytest_dynafake._botocore.neighbours import MOTO_ACTIVE, STUBBER_ACTIVE, STUBBER_LEFT_ACTIVE

HERE = os.path.relpath(__file__)


def test_a_stubber_cannot_be_activated_on_dynamodb_under_a_fake(dynafake: DynaFake) -> None:
    stubber = Stubber(boto3.client("dynamodb"))
    with pytest.raises(DynaFakeError) as raised:
        stubber.activate()
    assert str(raised.value) == STUBBER_ACTIVE
    assert STUBBER_ACTIVE.startswith("a botocore Stubber is active on a DynamoDB client")


def test_a_fake_cannot_start_while_a_dynamodb_stubber_is_active() -> None:
    line = sys._getframe().f_lineno + 1
    with Stubber(boto3.client("dynamodb")), pytest.raises(DynaFakeError) as raised:
        DynaFake().start()
    assert str(raised.value) == STUBBER_LEFT_ACTIVE.format(origins=f"at {HERE}:{line}")
    assert str(raised.value).startswith(
        f"a botocore Stubber activated at {HERE}:{line} is still active on a DynamoDB client"
    )
    with DynaFake():  # the stubber is gone
        pass


def test_stubbers_on_other_services_are_fine(dynafake: DynaFake) -> None:
    with Stubber(boto3.client("s3")):
        pass


def test_moto_alongside_is_announced() -> None:
    moto = pytest.importorskip("moto")
    with moto.mock_aws(), pytest.warns(DynaFakeWarning) as record, DynaFake():
        pass
    assert [str(w.message) for w in record] == [MOTO_ACTIVE]


def test_a_dropped_stubber_is_ignored_whenever_the_collector_would_run() -> None:
    gc.disable()
    try:
        Stubber(boto3.client("dynamodb")).activate()  # dropped at once, never deactivated
        with DynaFake():
            pass
    finally:
        gc.enable()


DROPPED = """
import gc

import boto3
from botocore.stub import Stubber


def test_activates_a_stubber_and_drops_it():
    gc.disable()   # the cycle collector must not decide the next test's outcome
    Stubber(boto3.client("dynamodb")).activate()


def test_the_fixture_starts(dynafake):
    try:
        dynafake.table("users", "k")
        assert boto3.client("dynamodb").list_tables()["TableNames"] == ["users"]
    finally:
        gc.enable()
"""


def test_a_dropped_stubber_never_blocks_a_later_fake(pytester: pytest.Pytester) -> None:
    """A Stubber activated and dropped (never deactivated) is unreachable: ignored, whenever
    the cycle collector runs."""
    pytester.makepyfile(test_dropped=DROPPED)
    result = pytester.runpytest_subprocess("-p", "no:randomly", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)


KEPT = """
import boto3
from botocore.stub import Stubber

CLIENT = boto3.client("dynamodb")


def test_activates_a_stubber_on_a_kept_client():
    stubber = Stubber(CLIENT)
    stubber.activate()


def test_the_fixture_refuses(dynafake):
    pass
"""


def test_a_live_stubber_is_named_by_where_it_was_activated(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_kept=KEPT)
    result = pytester.runpytest_subprocess("-p", "no:randomly", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, errors=1)
    message = STUBBER_LEFT_ACTIVE.format(origins="at test_kept.py:9")
    result.stdout.fnmatch_lines([f"E*pytest_dynafake.DynaFakeError: {message}"])
