"""Nothing one test does to a fake reaches the next: seeds, faults (even one left pending),
shared tables, the active fake, botocore's clock. Checked in order, in random order and under
pytest-xdist."""

from __future__ import annotations

import pytest

CONFTEST = """
import time

import botocore.endpoint
import pytest
from botocore.retries.bucket import Clock, TokenBucket
from botocore.exceptions import CapacityNotAvailableError

from pytest_dynafake._botocore import DISPATCH


def assert_no_fake_and_real_time():
    assert DISPATCH.stack == []
    assert DISPATCH.active is None
    assert botocore.endpoint.time.time is time.time
    started = time.monotonic()
    botocore.endpoint.time.sleep(0.002)
    assert time.monotonic() - started >= 0.002       # slept for real
    with pytest.raises(CapacityNotAvailableError):    # adaptive mode's bucket waits again
        TokenBucket(max_rate=0.5, clock=Clock()).acquire(1, block=False)


@pytest.fixture(autouse=True)
def outside_a_fake():
    # Autouse, so set up before the test's dynafake and torn down after it.
    assert_no_fake_and_real_time()
    yield
    assert_no_fake_and_real_time()


@pytest.fixture(scope="session", autouse=True)
def shared(dynafake_session):
    dynafake_session.table("shared", "k", items=[{"k": "one"}])
"""

TESTS = """
import boto3
import pytest
from botocore.config import Config
from pytest_dynafake import DynaFake

ROUNDS = 6


# Made at import, before any fake is active (the plugin's session credentials allow it).
PLAIN = boto3.client(
    "dynamodb", config=Config(retries={"mode": "standard", "total_max_attempts": 1})
)
LEGACY = boto3.client("dynamodb", config=Config(retries={"mode": "legacy"}))


def assert_pristine(fake):
    assert fake.faults == []
    assert fake.calls == []
    assert fake.sleeps == []
    assert fake.clock.elapsed == 0
    assert sorted(fake.tables) == ["shared"]
    assert len(fake.tables["shared"]) == 1
    assert PLAIN.list_tables()["TableNames"] == ["shared"]
    response = PLAIN.batch_get_item(RequestItems={"shared": {"Keys": [
        {"k": {"S": "one"}}, {"k": {"S": "two"}}]}})
    assert response["Responses"]["shared"] == [{"k": {"S": "one"}}]
    assert response["UnprocessedKeys"] == {}
    one = {"k": {"S": "one"}}
    assert PLAIN.get_item(TableName="shared", Key=one)["Item"] == one


@pytest.mark.parametrize("n", range(ROUNDS))
def test_round_starts_clean_then_leaves_a_mess(dynafake, dynafake_session, n):
    # Every round checks the state it starts from, then changes all it can.
    assert_pristine(dynafake)
    dynafake.table("users", "user_id", items=[{"user_id": f"u{n}"}])
    dynafake.tables["shared"].put_items([{"k": "two"}, {"k": "one", "changed": n}])
    dynafake.throttle("GetItem", times=None, is_optional=True)        # left pending
    dynafake.unprocessed("BatchGetItem", is_optional=True, times=None)
    dynafake.conflict("TransactGetItems", times=None, is_optional=True)
    fired = dynafake.throttle("ListTables", times=2)
    assert LEGACY.list_tables()["TableNames"] == ["shared", "users"]
    assert fired.call_count == 2 and dynafake.sleeps == [0.05, 0.1]
    with pytest.raises(PLAIN.exceptions.ProvisionedThroughputExceededException):
        PLAIN.get_item(TableName="shared", Key={"k": {"S": "one"}})
    # The shared fake itself never changes.
    assert sorted(dynafake_session.tables) == ["shared"]
    assert len(dynafake_session.tables["shared"]) == 1


@pytest.mark.dynafake_throttle("GetItem", times=None, is_optional=True)
@pytest.mark.parametrize("n", range(ROUNDS))
def test_marker_faults_stay_on_their_test(dynafake, n):
    assert [f.kind for f in dynafake.faults] == ["throttle"]
    with pytest.raises(PLAIN.exceptions.ProvisionedThroughputExceededException):
        PLAIN.get_item(TableName="shared", Key={"k": {"S": "one"}})


@pytest.mark.parametrize("n", range(ROUNDS))
def test_plain_fake_in_a_block_leaves_nothing(n):
    with DynaFake(tables={"other": {"partition_key": "k"}}) as fake:
        fake.throttle("GetItem", times=None, is_optional=True)
        assert PLAIN.list_tables()["TableNames"] == ["other"]


def test_unused_fixture_sees_only_the_shared_table(dynafake):
    assert_pristine(dynafake)
"""

MODULE_TESTS = """
import boto3
import pytest

CLIENT = boto3.client("dynamodb")


@pytest.fixture(scope="module", autouse=True)
def module_table(dynafake_module):
    dynafake_module.table("module_only", "k", items=[{"k": "m"}])


@pytest.mark.parametrize("n", range(4))
def test_module_table_is_pristine_then_mutated(dynafake, n):
    assert CLIENT.list_tables()["TableNames"] == ["module_only", "shared"]
    assert len(dynafake.tables["module_only"]) == 1
    dynafake.tables["module_only"].put_item({"k": f"new{n}"})
    dynafake.tables["shared"].put_item({"k": f"new{n}"})
    assert len(dynafake.tables["module_only"]) == 2
"""

EXPECTED = 6 * 3 + 1 + 4
# Hypothesis's terminal summary imports hypothesis (about 2 s) in every run otherwise.
QUIET = ("-p", "no:hypothesispytest")


@pytest.fixture
def suite(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_mess=TESTS, test_module_scope=MODULE_TESTS)
    return pytester


def test_in_file_order(suite: pytest.Pytester) -> None:
    suite.runpytest(*QUIET, "-p", "no:randomly").assert_outcomes(passed=EXPECTED)


@pytest.mark.parametrize("seed", [1, 20260518])
def test_in_random_order(suite: pytest.Pytester, seed: int) -> None:
    result = suite.runpytest(
        *QUIET, "-p", "randomly", "-p", "no:cacheprovider", f"--randomly-seed={seed}", "-v"
    )
    result.assert_outcomes(passed=EXPECTED)
    result.stdout.fnmatch_lines([f"Using --randomly-seed={seed}"])
    ran = [line.split(" ")[0] for line in result.outlines if " PASSED" in line]
    collected = suite.runpytest(*QUIET, "-p", "no:randomly", "--collect-only", "-q").outlines
    in_file_order = [line for line in collected if "::" in line]
    assert sorted(ran) == sorted(in_file_order)
    assert ran != in_file_order  # really shuffled


def test_under_xdist(suite: pytest.Pytester) -> None:
    result = suite.runpytest(*QUIET, "-p", "no:randomly", "-n", "2")
    result.assert_outcomes(passed=EXPECTED)
    assert "2 workers" in result.stdout.str()
