"""The idle guard: a test that uses a dynafake fixture sends no DynamoDB request out of the
machine, even while no fake is active (a module fixture ported from moto that creates its
tables through boto3 before any fake starts, a test that uses that fixture but not
``dynafake``); loopback endpoints, moto, and tests without dynafake are left alone."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import boto3
import pytest
from botocore.awsrequest import AWSResponse
from botocore.config import Config
from botocore.exceptions import EndpointConnectionError

from pytest_dynafake import DynaFake, DynaFakeError
from pytest_dynafake._botocore import DISPATCH
from pytest_dynafake._botocore.idle import IDLE_REFUSED

NO_RETRIES = Config(retries={"mode": "standard", "total_max_attempts": 1})
HOST = "dynamodb.us-east-1.amazonaws.com"


@contextmanager
def paused(fake: DynaFake) -> Iterator[None]:
    """The block runs with ``fake`` stopped (the fixture's teardown stops it again after)."""
    fake.stop()
    try:
        yield
    finally:
        fake.start()


def refused(operation: str, test: str, fixture: str) -> str:
    return IDLE_REFUSED.format(operation=operation, test=test, fixture=fixture, host=HOST)


def answered_by_hand(client: Any) -> Any:
    """The client's requests, if they get past the plugin, answered ``{"TableNames": ["x"]}``
    by a handler of its own (so nothing is sent either way)."""
    body = b'{"TableNames": ["x"]}'

    def answer(request: Any, **_: Any) -> AWSResponse:
        response = AWSResponse(request.url, 200, {}, None)
        response._content = body
        return response

    client.meta.events.register("before-send.dynamodb", answer)
    return client


def test_the_message_names_the_test_its_fixtures_the_operation_and_the_remedies() -> None:
    assert refused("ListTables", "test_x.py::test_one", "dynafake_module") == (
        "pytest-dynafake refused a DynamoDB ListTables request made while no fake was active: "
        "test_x.py::test_one uses dynafake_module, so the request was not sent to "
        "dynamodb.us-east-1.amazonaws.com, outside the machine. A fake answers only while it "
        "is active: the dynafake fixture for the whole test (it also serves the tables of "
        "dynafake_module and dynafake_session), or a shared fake inside `with dynafake_module:` "
        "(or dynafake_session) in a fixture of its scope. Request dynafake in the test that "
        "makes this call, or make the calls of a module- or session-scoped fixture inside "
        "`with dynafake_module:`; to reach a real endpoint on purpose, do it in a test that "
        "uses no dynafake fixture."
    )


PORTED_MODULE = """
import boto3, pytest
from pytest_dynafake import DynaFakeError
from pytest_dynafake._botocore.idle import IDLE_REFUSED, IDLE_REFUSED_IN_SHARED_FIXTURE

SCHEMA = dict(TableName="users", BillingMode="PAY_PER_REQUEST",
              KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
              AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}])

def refused(operation, test, fixture):
    return IDLE_REFUSED.format(operation=operation, test=test, fixture=fixture,
                               host="dynamodb.us-east-1.amazonaws.com")

@pytest.fixture(scope="module")
def forgot_to_activate(dynafake_module):
    # moto's `with mock_aws():` dropped, nothing put in its place
    with pytest.raises(DynaFakeError) as caught:
        boto3.client("dynamodb").create_table(**SCHEMA)
    # the fixture being set up is named, with its fix
    assert str(caught.value) == IDLE_REFUSED_IN_SHARED_FIXTURE.format(
        operation="CreateTable", name="forgot_to_activate", scope="module",
        test="test_ported.py::test_setup_outside_the_fake",
        host="dynamodb.us-east-1.amazonaws.com", shared="dynafake_module")

@pytest.fixture(scope="module")
def users(dynafake_module):
    with dynafake_module:  # the shared fake serves the module fixture's calls
        client = boto3.client("dynamodb")
        client.create_table(**SCHEMA)
        client.put_item(TableName="users", Item={"id": {"S": "u1"}})
    return "users"

def test_setup_outside_the_fake(forgot_to_activate):
    pass

def test_served_through_dynafake(users, dynafake):
    client = boto3.client("dynamodb")
    client.put_item(TableName="users", Item={"id": {"S": "u2"}})
    assert client.scan(TableName="users")["Count"] == 2

def test_later_tests_see_the_module_tables_alone(users, dynafake):
    assert boto3.client("dynamodb").scan(TableName="users")["Count"] == 1

def test_without_dynafake_nothing_answers(users):
    with pytest.raises(DynaFakeError) as caught:
        boto3.client("dynamodb").scan(TableName="users")
    assert str(caught.value) == refused(
        "Scan", "test_ported.py::test_without_dynafake_nothing_answers", "dynafake_module")
"""


def test_a_module_fixture_ported_from_moto(pytester: pytest.Pytester) -> None:
    """Its calls outside the fake are refused with the remedy; with ``with dynafake_module:``
    they seed the module's tables, which each test's dynafake serves."""
    pytester.makepyfile(test_ported=PORTED_MODULE)
    result = pytester.runpytest("-p", "no:randomly")
    result.assert_outcomes(passed=4)


def test_a_test_without_dynafake_fixtures_is_left_alone() -> None:
    """This test uses no dynafake fixture: its request goes on to botocore (here a handler
    of the test's own answers it)."""
    assert DISPATCH.active is None
    client = answered_by_hand(boto3.client("dynamodb", region_name="us-east-1"))
    assert client.list_tables()["TableNames"] == ["x"]


def test_a_stopped_dynafake_refuses_what_would_leave(dynafake: DynaFake, request: Any) -> None:
    client = answered_by_hand(boto3.client("dynamodb"))
    with paused(dynafake), pytest.raises(DynaFakeError) as caught:
        client.list_tables()
    assert str(caught.value) == refused("ListTables", request.node.nodeid, "dynafake")


def test_a_loopback_endpoint_is_reached(dynafake: DynaFake) -> None:
    """DynamoDB Local on this machine: the request goes on (here to a closed port)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}"
    client = boto3.client("dynamodb", endpoint_url=url, config=NO_RETRIES)
    with paused(dynafake), pytest.raises(EndpointConnectionError):
        client.list_tables()


def test_a_session_made_before_the_plugin_is_refused_too(dynafake: DynaFake, request: Any) -> None:
    """A client without the dispatcher (its session predates the import) reaches
    ``Endpoint._send``, which asks the idle guard too."""
    client = boto3.client("dynamodb", config=NO_RETRIES)
    client.meta.events.unregister("before-send.dynamodb", DISPATCH)
    with paused(dynafake), pytest.raises(DynaFakeError) as caught:
        client.list_tables()
    assert str(caught.value) == refused("ListTables", request.node.nodeid, "dynafake")


def test_moto_answers_when_it_is_active(dynafake: DynaFake) -> None:
    moto = pytest.importorskip("moto")
    with paused(dynafake), moto.mock_aws():
        assert boto3.client("dynamodb").list_tables()["TableNames"] == []
