"""No network, ever: while a fake is active no socket is opened for DynamoDB, whatever the
client, and credentials found in the environment never sign a request."""

from __future__ import annotations

import socket
from collections.abc import Callable
from typing import Any

import boto3
import botocore.session
import pytest
from botocore.config import Config

from pytest_dynafake import DynaFake, DynaFakeError
from pytest_dynafake._intercept import DISPATCH

U1 = {"user_id": {"S": "u1"}}
NO_RETRIES = Config(retries={"mode": "standard", "total_max_attempts": 1})
SIGNED_BY_THE_FAKE = b"AWS4-HMAC-SHA256 Credential=dynafake-access-key/"
REAL_LOOKING = {
    "AWS_ACCESS_KEY_ID": "AKIAIOSFODNN7EXAMPLE",
    "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "AWS_SESSION_TOKEN": "IQoJb3JpZ2luX2VjEXAMPLETOKEN",
    "AWS_SECURITY_TOKEN": "IQoJb3JpZ2luX2VjEXAMPLETOKEN",
    "AWS_PROFILE": "production",
}


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Refuse and record every attempt to open a connection."""
    attempts: list[Any] = []

    def refuse(address: Any) -> None:
        attempts.append(address)
        raise AssertionError(f"a connection was opened to {address!r}")

    def connect(self: socket.socket, address: Any) -> None:
        refuse(address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        refuse(address)
        return 1  # pragma: no cover - refuse raises

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        refuse(address)
        raise AssertionError  # pragma: no cover - refuse raises

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    return attempts


def signatures(client: Any) -> list[bytes]:
    """The Authorization header of each request, seen before any other before-send handler."""
    seen: list[bytes] = []

    def record(request: Any, **_: Any) -> None:
        seen.append(request.headers["Authorization"])
        assert "X-Amz-Security-Token" not in request.headers

    client.meta.events.register_first("before-send.dynamodb", record)
    return seen


def users() -> dict[str, Any]:
    return {"users": {"partition_key": "user_id", "items": [{"user_id": "u1"}]}}


def reads(client: Any) -> None:
    """Every served operation, answered."""
    assert client.get_item(TableName="users", Key=U1)["Item"] == U1
    assert client.batch_get_item(RequestItems={"users": {"Keys": [U1]}})["Responses"] == {
        "users": [U1]
    }
    gets = [{"Get": {"TableName": "users", "Key": U1}}]
    assert client.transact_get_items(TransactItems=gets)["Responses"] == [{"Item": U1}]
    assert client.describe_table(TableName="users")["Table"]["TableName"] == "users"
    assert client.list_tables()["TableNames"] == ["users"]


def test_client_created_before_the_fake(no_network: list[Any]) -> None:
    client = boto3.client(
        "dynamodb",
        region_name="eu-west-1",
        aws_access_key_id="before",
        aws_secret_access_key="before",
    )
    with DynaFake(tables=users()):
        reads(client)
    assert no_network == []


def test_resource_created_before_the_fake(no_network: list[Any]) -> None:
    table = boto3.resource(
        "dynamodb", region_name="eu-west-1", aws_access_key_id="a", aws_secret_access_key="b"
    ).Table("users")
    with DynaFake(tables=users()):
        assert table.get_item(Key={"user_id": "u1"})["Item"] == {"user_id": "u1"}
        assert table.key_schema == [{"AttributeName": "user_id", "KeyType": "HASH"}]
    assert no_network == []


@pytest.mark.parametrize("maker", ["botocore-session", "boto3-session"])
def test_session_without_the_handler(dynafake: DynaFake, no_network: list[Any], maker: str) -> None:
    """Simulates a session made before the plugin was imported: no before-send handler."""
    if maker == "botocore-session":
        client = botocore.session.get_session().create_client("dynamodb")
    else:
        client = boto3.session.Session().client("dynamodb")
    client.meta.events.unregister("before-send.dynamodb", DISPATCH)
    dynafake.table("users", "user_id", items=[{"user_id": "u1"}])
    reads(client)
    with pytest.raises(DynaFakeError):
        client.scan(TableName="users")
    assert len(dynafake.calls) == 5
    assert no_network == []


def unserved(operation: str) -> str:
    return (
        f"pytest-dynafake does not serve DynamoDB {operation}; it serves BatchGetItem, "
        "DescribeTable, GetItem, ListTables, TransactGetItems. The request was not sent "
        "anywhere: no DynamoDB request leaves the machine while a fake is active."
    )


KEY_SCHEMA = [{"AttributeName": "user_id", "KeyType": "HASH"}]
DEFINITIONS = [{"AttributeName": "user_id", "AttributeType": "S"}]
UNSERVED: list[tuple[str, str, dict[str, Any]]] = [
    ("PutItem", "put_item", {"TableName": "users", "Item": U1}),
    ("UpdateItem", "update_item", {"TableName": "users", "Key": U1}),
    ("DeleteItem", "delete_item", {"TableName": "users", "Key": U1}),
    (
        "Query",
        "query",
        {
            "TableName": "users",
            "KeyConditionExpression": "user_id = :u",
            "ExpressionAttributeValues": {":u": {"S": "u1"}},
        },
    ),
    ("Scan", "scan", {"TableName": "users"}),
    (
        "BatchWriteItem",
        "batch_write_item",
        {"RequestItems": {"users": [{"PutRequest": {"Item": U1}}]}},
    ),
    (
        "TransactWriteItems",
        "transact_write_items",
        {"TransactItems": [{"Put": {"TableName": "users", "Item": U1}}]},
    ),
    ("ExecuteStatement", "execute_statement", {"Statement": "SELECT * FROM users"}),
    (
        "CreateTable",
        "create_table",
        {
            "TableName": "users",
            "KeySchema": KEY_SCHEMA,
            "AttributeDefinitions": DEFINITIONS,
            "BillingMode": "PAY_PER_REQUEST",
        },
    ),
    ("DeleteTable", "delete_table", {"TableName": "users"}),
    ("UpdateTable", "update_table", {"TableName": "users", "BillingMode": "PAY_PER_REQUEST"}),
    ("DescribeTimeToLive", "describe_time_to_live", {"TableName": "users"}),
    ("ListBackups", "list_backups", {}),
    ("DescribeLimits", "describe_limits", {}),
    ("DescribeEndpoints", "describe_endpoints", {}),
]


@pytest.mark.parametrize(
    ("operation", "method", "kwargs"),
    [pytest.param(*case, id=case[0]) for case in UNSERVED],
)
def test_unserved_operation_sends_nothing(
    dynafake: DynaFake, no_network: list[Any], operation: str, method: str, kwargs: Any
) -> None:
    dynafake.table("users", "user_id", items=[{"user_id": "u1"}])
    client = boto3.client("dynamodb", config=NO_RETRIES)
    with pytest.raises(DynaFakeError) as raised:
        getattr(client, method)(**kwargs)
    assert str(raised.value) == unserved(operation)
    assert no_network == []
    assert dynafake.calls == []
    assert len(dynafake.tables["users"]) == 1


def test_waiter_is_served(dynafake: DynaFake, no_network: list[Any]) -> None:
    dynafake.table("users", "user_id")
    boto3.client("dynamodb").get_waiter("table_exists").wait(TableName="users")
    assert [call.operation for call in dynafake.calls] == ["DescribeTable"]
    assert no_network == []


@pytest.fixture
def real_looking_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """Credentials as a developer's shell has them, set before the dynafake fixture."""
    for name, value in REAL_LOOKING.items():
        monkeypatch.setenv(name, value)


@pytest.fixture
def faked(real_looking_credentials: None, dynafake: DynaFake) -> DynaFake:
    dynafake.table("users", "user_id", items=[{"user_id": "u1"}])
    return dynafake


ClientMaker = Callable[[], Any]
MAKERS: dict[str, ClientMaker] = {
    "boto3-client": lambda: boto3.client("dynamodb"),
    "boto3-session": lambda: boto3.session.Session().client("dynamodb"),
    "botocore-session": lambda: botocore.session.get_session().create_client("dynamodb"),
}


@pytest.mark.parametrize("maker", MAKERS)
def test_environment_credentials_never_sign(
    faked: DynaFake, no_network: list[Any], maker: str
) -> None:
    client = MAKERS[maker]()
    seen = signatures(client)
    reads(client)
    assert len(seen) == 5
    assert all(header.startswith(SIGNED_BY_THE_FAKE) for header in seen), seen
    assert not any(REAL_LOOKING["AWS_ACCESS_KEY_ID"].encode() in header for header in seen)
    assert no_network == []


def test_environment_credentials_never_sign_for_a_resource(
    faked: DynaFake, no_network: list[Any]
) -> None:
    table = boto3.resource("dynamodb").Table("users")
    seen = signatures(table.meta.client)
    assert table.get_item(Key={"user_id": "u1"})["Item"] == {"user_id": "u1"}
    assert table.table_status == "ACTIVE"
    assert len(seen) == 2
    assert all(header.startswith(SIGNED_BY_THE_FAKE) for header in seen), seen
    assert no_network == []


def test_environment_credentials_never_sign_an_unserved_operation(
    faked: DynaFake, no_network: list[Any]
) -> None:
    client = boto3.client("dynamodb")
    seen = signatures(client)
    with pytest.raises(DynaFakeError):
        client.put_item(TableName="users", Item=U1)
    assert len(seen) == 1
    assert seen[0].startswith(SIGNED_BY_THE_FAKE)
    assert no_network == []


def test_module_level_client_in_a_real_subprocess(pytester: pytest.Pytester) -> None:
    """A client made when the test module is imported, in a fresh interpreter whose sockets
    fail: the plugin's session credentials sign it, and it is served."""
    pytester.makeconftest(
        """
import socket

ATTEMPTS = []


def refuse(*args, **kwargs):
    ATTEMPTS.append(args)
    raise AssertionError(f"a connection was opened: {args!r}")


socket.socket.connect = lambda self, address: refuse(address)
socket.socket.connect_ex = lambda self, address: refuse(address)
socket.create_connection = refuse
"""
    )
    pytester.makepyfile(
        """
import boto3
import conftest
import pytest
from pytest_dynafake import DynaFakeError

CLIENT = boto3.client("dynamodb", region_name="us-east-1")   # at import time
SEEN = []
CLIENT.meta.events.register_first(
    "before-send.dynamodb", lambda request, **_: SEEN.append(request.headers["Authorization"])
)


def test_reads(dynafake):
    dynafake.table("users", "user_id", items=[{"user_id": "u1"}])
    key = {"user_id": {"S": "u1"}}
    assert CLIENT.get_item(TableName="users", Key=key)["Item"] == key
    assert CLIENT.batch_get_item(RequestItems={"users": {"Keys": [key]}})["Responses"] == {
        "users": [key]}
    with pytest.raises(DynaFakeError):
        CLIENT.scan(TableName="users")
    assert len(SEEN) == 3
    assert all(h.startswith(b"AWS4-HMAC-SHA256 Credential=dynafake-access-key/") for h in SEEN)
    assert conftest.ATTEMPTS == []


def test_fresh_client_under_the_fixture(dynafake):
    client = boto3.client("dynamodb")
    seen = []
    client.meta.events.register_first(
        "before-send.dynamodb", lambda request, **_: seen.append(request.headers["Authorization"])
    )
    dynafake.table("users", "user_id")
    client.list_tables()
    assert seen[0].startswith(b"AWS4-HMAC-SHA256 Credential=dynafake-access-key/")
    assert conftest.ATTEMPTS == []
"""
    )
    result = pytester.runpytest_subprocess("-p", "no:randomly", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)
