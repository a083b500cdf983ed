"""Shared fakes: module- and session-scoped seeds, each test seeing a pristine copy."""

from __future__ import annotations

import pytest


def test_session_tables_are_served_and_never_leak(pytester: pytest.Pytester) -> None:
    """A test that seeds a shared table changes its own copy only."""
    pytester.makeconftest(
        """
import pytest

@pytest.fixture(scope="session", autouse=True)
def catalog(dynafake_session):
    dynafake_session.table("users", "user_id", items=[{"user_id": "u1"}])
"""
    )
    pytester.makepyfile(
        """
import boto3

def count(dynafake):
    return len(boto3.client("dynamodb").batch_get_item(
        RequestItems={"users": {"Keys": [{"user_id": {"S": "u1"}}, {"user_id": {"S": "u2"}}]}}
    )["Responses"]["users"])

def test_adds(dynafake):
    dynafake.tables["users"].put_item({"user_id": "u2"})
    dynafake.throttle("GetItem", is_optional=True)
    assert count(dynafake) == 2

def test_sees_the_pristine_table(dynafake):
    assert count(dynafake) == 1
    assert dynafake.faults == []
"""
    )
    pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=2)


def test_module_tables_stay_in_their_module(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_one="""
import boto3, pytest

@pytest.fixture(scope="module", autouse=True)
def orders(dynafake_module):
    dynafake_module.table("orders", "id", items=[{"id": "o1"}])

def test_has_orders(dynafake):
    assert boto3.client("dynamodb").list_tables()["TableNames"] == ["orders"]
""",
        test_two="""
import boto3

def test_has_no_orders(dynafake):
    assert boto3.client("dynamodb").list_tables()["TableNames"] == []
""",
    )
    pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=2)


def test_ini_files_are_loaded_once_for_the_session(pytester: pytest.Pytester) -> None:
    data = pytester.mkdir("data")
    (data / "catalog.json").write_text(
        '{"tables": {"users": {"partition_key": "user_id", "items": [{"user_id": "u1"}]}}}'
    )
    (data / "scan.json").write_text('{"Items": [{"user_id": {"S": "u9"}}]}')
    (data / "export" / "data").mkdir(parents=True)  # an S3 export's folder
    (data / "export" / "data" / "part.json").write_text('{"Item": {"user_id": {"S": "u7"}}}\n')
    pytester.makeini(
        "[pytest]\ndynafake_files =\n    data/catalog.json\n    data/scan.json::users\n"
        "    data/export::users\n"
    )
    pytester.makepyfile(
        """
import boto3

def test_one(dynafake):
    assert len(dynafake.tables["users"]) == 3

def test_two(dynafake_session, dynafake):
    assert dynafake.tables["users"].key_schema == (("user_id", "S"),)
"""
    )
    pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=2)


def test_marker_files_are_relative_to_the_test_file(pytester: pytest.Pytester) -> None:
    sub = pytester.mkpydir("sub")
    (sub / "users.json").write_text(
        '{"tables": {"users": {"partition_key": "user_id", "items": [{"user_id": "u1"}]}}}'
    )
    (sub / "test_marker.py").write_text(
        """
import pytest

@pytest.mark.dynafake(files=["users.json"])
def test_loaded(dynafake):
    assert len(dynafake.tables["users"]) == 1
"""
    )
    pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=1)


def test_a_layer_cannot_redeclare_a_shared_table() -> None:
    from pytest_dynafake import DynaFake, DynaFakeError

    base = DynaFake(tables={"users": {"partition_key": "user_id"}})
    layer = base.layer()
    with pytest.raises(DynaFakeError) as raised:
        layer.table("users", "user_id")
    assert str(raised.value) == (
        "table 'users' is already declared in the fake this one is built on; declare each "
        "table once and seed more items with .put_items()"
    )
    with pytest.raises(DynaFakeError):
        base.layer(tables={"users": {"partition_key": "user_id"}})


SHARED_CONFTEST = """
import pytest

@pytest.fixture(scope="session", autouse=True)
def catalog(dynafake_session):
    dynafake_session.table("users", "user_id", items=[{"user_id": "u1"}])
"""


def test_shared_fakes_refuse_faults(pytester: pytest.Pytester) -> None:
    """A shared fake is never active: its faults would never fire nor be checked."""
    pytester.makeconftest(SHARED_CONFTEST)
    pytester.makepyfile(
        """
import pytest
from pytest_dynafake import DynaFakeError

def test_session(dynafake_session, dynafake):
    with pytest.raises(DynaFakeError) as raised:
        dynafake_session.throttle("GetItem")
    assert str(raised.value) == (
        "dynafake_session.throttle(): a fault declared on a shared fake would never fire nor "
        "be checked: only each test's own fake is active. Declare it on the dynafake fixture "
        "(dynafake.throttle(...)) or with @pytest.mark.dynafake_throttle(...) on the test, "
        "class or module"
    )
    assert dynafake_session.faults == []

@pytest.fixture(scope="module")
def flaky(dynafake_module):
    dynafake_module.unprocessed()

def test_module(flaky):
    pass
"""
    )
    result = pytester.runpytest("-p", "no:randomly")
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(
        [
            "E*pytest_dynafake.DynaFakeError: dynafake_module.unprocessed(): a fault declared on "
            "a shared fake would never fire nor be checked: only each test's own fake is active. "
            "Declare it on the dynafake fixture (dynafake.unprocessed(...)) or with "
            "@pytest.mark.dynafake_unprocessed(...) on the test, class or module"
        ]
    )


def test_shared_fakes_refuse_changes_from_tests(pytester: pytest.Pytester) -> None:
    """Items put through a shared table handle in one test would be seen by the next."""
    pytester.makeconftest(SHARED_CONFTEST)
    pytester.makepyfile(
        """
import boto3
import pytest
from pytest_dynafake import DynaFakeError

LEAK = (
    "dynafake_session: cannot {what} from {place}: dynafake_session is shared by every test "
    "of the session, so the change would leak into the tests that run after this one. Seed "
    "dynafake_session in a session-scoped fixture of your own (before tests use it), or seed "
    "this test's own tables through the dynafake fixture (dynafake.tables[name].put_items(...), "
    "dynafake.table(...)): they are copy-on-write layers over dynafake_session, dropped when "
    "the test ends"
)

@pytest.fixture
def seeded(dynafake_session):
    dynafake_session.tables["users"].put_item({"user_id": "u3"})

def test_put_items(dynafake_session, dynafake):
    with pytest.raises(DynaFakeError) as raised:
        dynafake_session.tables["users"].put_item({"user_id": "u2"})
    assert str(raised.value) == LEAK.format(what="put items in table 'users'", place="a test")
    with pytest.raises(DynaFakeError) as raised:
        dynafake_session.table("orders", "id")
    assert str(raised.value) == LEAK.format(what="declare table 'orders'", place="a test")
    dynafake.tables["users"].put_item({"user_id": "u2"})  # the test's own layer
    assert len(dynafake.tables["users"]) == 2

def test_function_fixture(request):
    with pytest.raises(DynaFakeError) as raised:
        request.getfixturevalue("seeded")
    assert str(raised.value) == LEAK.format(
        what="put items in table 'users'", place="a function-scoped fixture"
    )

def test_next_sees_the_pristine_table(dynafake_session, dynafake):
    assert len(dynafake_session.tables["users"]) == 1
    assert len(dynafake.tables["users"]) == 1
"""
    )
    pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=3)


def test_shared_fakes_are_seeded_by_fixtures_of_their_scope(pytester: pytest.Pytester) -> None:
    """Session and module fixtures seed them, also one first used by a later test."""
    pytester.makeconftest(SHARED_CONFTEST)
    pytester.makepyfile(
        """
import boto3
import pytest

@pytest.fixture(scope="session")
def orders(dynafake_session):
    dynafake_session.table("orders", "id", items=[{"id": "o1"}])

@pytest.fixture(scope="module")
def extra_user(dynafake_module):
    dynafake_module.tables["users"].put_item({"user_id": "u9"})
    dynafake_module.table("carts", "id")

def test_first(dynafake):
    assert sorted(dynafake.tables) == ["users"]

def test_later(orders, extra_user, dynafake_module, dynafake):
    names = boto3.client("dynamodb").list_tables()["TableNames"]
    assert names == ["carts", "orders", "users"]
    assert len(dynafake.tables["users"]) == 2
"""
    )
    pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=2)


def test_a_fake_layered_outside_pytest_has_no_shared_limits() -> None:
    import boto3

    from pytest_dynafake import DynaFake

    base = DynaFake(tables={"users": {"partition_key": "user_id", "items": [{"user_id": "u1"}]}})
    layer = base.layer()
    base.tables["users"].put_item({"user_id": "u2"})
    fault = base.throttle("ListTables", times=None)
    with base:
        client = boto3.client("dynamodb")
        with pytest.raises(client.exceptions.ProvisionedThroughputExceededException):
            client.list_tables()
    assert fault.triggered
    assert len(layer.tables["users"]) == 2
