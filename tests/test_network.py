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
from botocore.exceptions import EndpointConnectionError

from pytest_dynafake import DynaFake, DynaFakeError, DynaFakeWarning
from pytest_dynafake._botocore import DISPATCH
from pytest_dynafake._botocore.guard import GUARD, STREAMS_REFUSED, STS_REFUSED
from pytest_dynafake._ops.registry import REGISTRY, served

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
        client.execute_statement(Statement="SELECT * FROM users")
    assert len(dynafake.calls) == 5
    assert no_network == []


def unserved(operation: str) -> str:
    return (
        f"pytest-dynafake does not serve DynamoDB {operation}; it serves {served()}. The request "
        "was not sent anywhere: no DynamoDB request leaves the machine while a fake is active."
    )


UNSERVED: list[tuple[str, str, dict[str, Any]]] = [
    ("PutItem", "put_item", {"TableName": "users", "Item": U1}),
    ("UpdateItem", "update_item", {"TableName": "users", "Key": U1}),
    ("DeleteItem", "delete_item", {"TableName": "users", "Key": U1}),
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
    ("DescribeContinuousBackups", "describe_continuous_backups", {"TableName": "users"}),
    ("ListBackups", "list_backups", {}),
    ("DescribeLimits", "describe_limits", {}),
]


@pytest.mark.parametrize(
    ("operation", "method", "kwargs"),
    # The writes are served now, one branch at a time: the cases are what is still unserved.
    [pytest.param(*case, id=case[0]) for case in UNSERVED if case[0] not in REGISTRY],
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
        client.execute_statement(Statement="SELECT * FROM users")
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
        CLIENT.execute_statement(Statement="SELECT * FROM users")
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


# -- requests made on a DynamoDB client's behalf -------------------------------------------
def test_endpoint_discovery_is_served_with_the_regional_address(
    dynafake: DynaFake, no_network: list[Any]
) -> None:
    dynafake.table("users", "user_id", items=[{"user_id": "u1"}])
    client = boto3.client(
        "dynamodb", region_name="eu-north-1", config=Config(endpoint_discovery_enabled=True)
    )
    reads(client)
    assert client.describe_endpoints()["Endpoints"] == [
        {"Address": "dynamodb.eu-north-1.amazonaws.com", "CachePeriodInMinutes": 1440}
    ]
    operations = [call.operation for call in dynafake.calls]
    assert operations[0] == "DescribeEndpoints"  # botocore discovers once, then caches
    assert operations.count("DescribeEndpoints") == 2
    assert no_network == []


@pytest.mark.parametrize(
    ("region", "address"),
    [
        ("cn-north-1", "dynamodb.cn-north-1.amazonaws.com.cn"),
        ("us-gov-west-1", "dynamodb.us-gov-west-1.amazonaws.com"),
    ],
)
def test_describe_endpoints_names_the_partitions_domain(
    dynafake: DynaFake, region: str, address: str
) -> None:
    endpoints = boto3.client("dynamodb", region_name=region).describe_endpoints()["Endpoints"]
    assert endpoints == [{"Address": address, "CachePeriodInMinutes": 1440}]


STREAMS_CALLS: list[tuple[str, str, dict[str, Any]]] = [
    ("ListStreams", "list_streams", {}),
    (
        "DescribeStream",
        "describe_stream",
        {"StreamArn": "arn:aws:dynamodb:us-east-1:123456789012:table/users/stream/2026"},
    ),
    ("GetShardIterator", "get_shard_iterator", {
        "StreamArn": "arn:aws:dynamodb:us-east-1:123456789012:table/users/stream/2026",
        "ShardId": "shardId-00000001700000000000-0a1b2c3d",
        "ShardIteratorType": "TRIM_HORIZON",
    }),
    ("GetRecords", "get_records", {"ShardIterator": "x"}),
]  # fmt: skip
STREAMS_MAKERS: dict[str, ClientMaker] = {
    "boto3-client": lambda: boto3.client("dynamodbstreams", config=NO_RETRIES),
    "boto3-session": lambda: boto3.session.Session().client("dynamodbstreams"),
    "before-the-plugin": lambda: without_guard(
        botocore.session.get_session().create_client("dynamodbstreams")
    ),
}


def without_guard(client: Any) -> Any:
    """A client as a session made before the plugin was imported builds it."""
    for event in ("before-send.dynamodb-streams", "before-send.sts"):
        client.meta.events.unregister(event, GUARD)
    return client


@pytest.mark.parametrize("maker", STREAMS_MAKERS)
@pytest.mark.parametrize(
    ("operation", "method", "kwargs"), [pytest.param(*c, id=c[0]) for c in STREAMS_CALLS]
)
def test_dynamodb_streams_requests_are_refused(
    dynafake: DynaFake,
    no_network: list[Any],
    maker: str,
    operation: str,
    method: str,
    kwargs: dict[str, Any],
) -> None:
    client = STREAMS_MAKERS[maker]()
    with pytest.raises(DynaFakeError) as raised:
        getattr(client, method)(**kwargs)
    assert str(raised.value) == STREAMS_REFUSED.format(operation=operation)
    assert str(raised.value).startswith(
        f"pytest-dynafake does not serve DynamoDB Streams ({operation}), and no DynamoDB "
        "Streams request leaves the machine while a fake is active"
    )
    assert no_network == []
    assert dynafake.calls == []


ROLE_PROFILES = {
    "role_arn": """
[profile production]
role_arn = arn:aws:iam::123456789012:role/deploy
source_profile = base

[profile base]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
""",
    "web_identity": """
[profile production]
role_arn = arn:aws:iam::123456789012:role/deploy
web_identity_token_file = {token}
""",
}


@pytest.fixture
def role_profile(tmp_path: Any, monkeypatch: pytest.MonkeyPatch, request: Any) -> str:
    """An AWS config file whose profile 'production' gets its credentials from STS."""
    kind = request.param
    token = tmp_path / "token"
    token.write_text("eyJhbGciOiJSUzI1NiJ9.e30.signature")
    config = tmp_path / "config"
    config.write_text(ROLE_PROFILES[kind].format(token=token))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(config))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "credentials"))
    return "AssumeRole" if kind == "role_arn" else "AssumeRoleWithWebIdentity"


ROLE_CLIENTS: dict[str, ClientMaker] = {
    "boto3-session": lambda: boto3.session.Session(profile_name="production").client(
        "dynamodb", config=NO_RETRIES
    ),
    "botocore-session": lambda: botocore.session.Session(profile="production").create_client(
        "dynamodb", config=NO_RETRIES
    ),
    "before-the-plugin": lambda: session_before_the_plugin().create_client(
        "dynamodb", config=NO_RETRIES
    ),
}


def session_before_the_plugin() -> Any:
    session = botocore.session.Session(profile="production")
    for event in ("before-send.dynamodb-streams", "before-send.sts"):
        session.unregister(event, GUARD)
    return session


@pytest.mark.parametrize("role_profile", ROLE_PROFILES, indirect=True)
@pytest.mark.parametrize("maker", ROLE_CLIENTS)
def test_sts_is_never_asked_for_a_profiles_credentials(
    faked: DynaFake, no_network: list[Any], role_profile: str, maker: str
) -> None:
    client = ROLE_CLIENTS[maker]()
    with pytest.raises(DynaFakeError) as raised:
        client.get_item(TableName="users", Key=U1)
    assert str(raised.value) == STS_REFUSED.format(operation=role_profile)
    assert str(raised.value).startswith(
        f"botocore asked STS for credentials ({role_profile}, for a profile with role_arn or a "
        "web identity token) while a fake is active; pytest-dynafake refused it"
    )
    assert no_network == []
    assert faked.calls == []


ASSUMED = b"""<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
<AssumeRoleResult><Credentials><AccessKeyId>ASIAEXAMPLE</AccessKeyId>
<SecretAccessKey>secret</SecretAccessKey><SessionToken>token</SessionToken>
<Expiration>2099-01-01T00:00:00Z</Expiration></Credentials>
<AssumedRoleUser><AssumedRoleId>AROA:x</AssumedRoleId><Arn>arn:aws:sts::1:assumed-role/r/x</Arn>
</AssumedRoleUser></AssumeRoleResult></AssumeRoleResponse>"""


def test_the_code_under_tests_own_sts_calls_are_not_the_fakes_business(
    dynafake: DynaFake, no_network: list[Any]
) -> None:
    """Only the credential providers' STS calls are refused: an AssumeRole the code under test
    makes itself goes on to whatever answers STS next (here a handler of the test's own)."""
    from botocore.awsrequest import AWSResponse

    answered: list[str] = []

    def answer(request: Any, event_name: str, **_: Any) -> AWSResponse:
        answered.append(event_name)
        return AWSResponse(request.url, 200, {}, type("Raw", (), {"stream": lambda s: [ASSUMED]})())

    sts = boto3.client("sts", config=NO_RETRIES)
    sts.meta.events.register("before-send.sts", answer)
    role = sts.assume_role(RoleArn="arn:aws:iam::1:role/r", RoleSessionName="mine")
    assert role["Credentials"]["AccessKeyId"] == "ASIAEXAMPLE"
    assert answered == ["before-send.sts.AssumeRole"]
    assert no_network == []


def closed_port() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


@pytest.mark.parametrize(
    ("service", "method", "kwargs"),
    [
        ("sqs", "list_queues", {}),
        ("sts", "assume_role", {"RoleArn": "arn:aws:iam::1:role/r", "RoleSessionName": "mine"}),
    ],
)
def test_sessions_made_before_the_plugin_still_reach_other_services(
    dynafake: DynaFake, service: str, method: str, kwargs: dict[str, Any]
) -> None:
    """The Endpoint._send wrapper refuses only what the guard refuses: another service's
    request (or the code under test's own STS call) goes on to botocore's transport, here a
    closed loopback port."""
    client = without_guard(
        botocore.session.get_session().create_client(
            service, endpoint_url=closed_port(), config=NO_RETRIES
        )
    )
    with pytest.raises(EndpointConnectionError):
        getattr(client, method)(**kwargs)


def test_outside_a_fake_the_guard_refuses_nothing() -> None:
    request = type("Request", (), {"headers": {}, "body": b"Action=AssumeRole&Version=1"})()
    assert DISPATCH.active is None
    GUARD(request, event_name="before-send.sts.AssumeRole")  # raises nothing
    GUARD(request, event_name="before-send.dynamodb-streams.GetRecords")


@pytest.mark.parametrize("role_profile", ["role_arn"], indirect=True)
def test_with_moto_active_moto_answers_sts_and_streams(
    role_profile: str, no_network: list[Any]
) -> None:
    """moto + the fake: the fake answers DynamoDB, moto the rest, STS and Streams included."""
    moto = pytest.importorskip("moto")
    with moto.mock_aws():
        with pytest.warns(DynaFakeWarning):
            fake = DynaFake(tables=users()).start()
        try:
            moto_answers(fake)
        finally:
            fake.stop()
    assert no_network == []


def moto_answers(fake: DynaFake) -> None:
    session = boto3.session.Session(profile_name="production", region_name="us-east-1")
    assert session.client("dynamodb").get_item(TableName="users", Key=U1)["Item"] == U1
    streams = boto3.client(
        "dynamodbstreams", region_name="us-east-1", aws_access_key_id="a",
        aws_secret_access_key="b",
    )  # fmt: skip
    assert streams.list_streams()["Streams"] == []
    assert [call.operation for call in fake.calls] == ["GetItem"]
