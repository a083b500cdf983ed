"""One DynamoDB Local for the whole run, seeded like a DynaFake declared with the same data."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, NoReturn

import boto3
import pytest
from botocore.config import Config

from pytest_dynafake import DynaFake

from ._ddblocal import DynamoDBLocal, find_jar
from ._range_tables import RANGE_TABLES, create_arguments
from .cases import BIG_COUNT, BIG_PAYLOAD, n, s

REQUIRE_ENV = "DYNAFAKE_REQUIRE_DYNAMODB_LOCAL"
# The one client configuration used for both sides; only endpoint_url differs.
CLIENT_CONFIG = Config(
    region_name="us-east-1",
    parameter_validation=False,
    retries={"mode": "standard", "total_max_attempts": 1},
)


# Seed data in DynamoDB JSON, so both sides store exactly the same thing.
RICH_ITEM: dict[str, Any] = {
    "user_id": s("u1"),
    "name": s("Ada"),
    "age": n("36"),
    "score": n("1.5"),
    "tags": {"SS": ["a", "b"]},
    "lucky": {"NS": ["3", "7"]},
    "avatar": {"B": b"\x89PNG"},
    "active": {"BOOL": True},
    "nothing": {"NULL": True},
    "address": {"M": {"city": s("London"), "geo": {"M": {"lat": n("51.5"), "lon": n("-0.12")}}}},
    "history": {
        "L": [s("signup"), n("2015"), {"M": {"plan": s("pro")}}, {"L": [{"BOOL": True}, s("x")]}]
    },
}


def _nested(levels: int) -> dict[str, Any]:
    value: dict[str, Any] = s("leaf")
    for _ in range(levels - 1):
        value = {"M": {"a": value}}
    return value


TABLES: dict[str, dict[str, Any]] = {
    "users": {
        "key": [("user_id", "S")],
        "items": [RICH_ITEM, {"user_id": s("u2")}, {"user_id": s("u5k"), "data": s("x" * 5000)}],
    },
    "orders": {
        "key": [("customer", "S"), ("order_id", "N")],
        "items": [
            {"customer": s("c1"), "order_id": n("1"), "total": n("9.99")},
            {"customer": s("c1"), "order_id": n("1.5"), "total": n("15")},
            {"customer": s("c1"), "order_id": n("2"), "total": n("20")},
            {"customer": s("c2"), "order_id": n("1"), "items": {"L": [s("widget")]}},
        ],
    },
    "files": {
        "key": [("blob_id", "B")],
        "items": [
            {"blob_id": {"B": b"\x00\x01"}, "kind": s("pair")},
            {"blob_id": {"B": b"\xff"}, "kind": s("high")},
            # An empty binary is a set member like any other (stored as is by both sides).
            {"blob_id": {"B": b"\x03"}, "kind": s("sets"), "members": {"BS": [b"", b"x"]}},
            # The deepest item DynamoDB stores: 31 maps around a string (leaf at level 32).
            {"blob_id": {"B": b"\x04"}, "deep": _nested(32)},
        ],
    },
    "big": {
        "key": [("k", "S")],
        "items": [{"k": s(f"b{i:02d}"), "data": s("x" * BIG_PAYLOAD)} for i in range(BIG_COUNT)],
    },
}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "unverified: the service's answer is inferred, not captured live (a known difference "
        "or fuzz allowance marked **unverified** in docs/differences.md or docs/fuzzing.md)",
    )


def make_client(endpoint_url: str | None = None) -> Any:
    session = boto3.session.Session(
        aws_access_key_id="dynafake", aws_secret_access_key="dynafake", region_name="us-east-1"
    )
    return session.client("dynamodb", config=CLIENT_CONFIG, endpoint_url=endpoint_url)


@dataclass(frozen=True)
class Conformance:
    """The two sides: DynamoDB Local's client, and a fake with its (identically built) client.
    The fake serves every DynamoDB client while active, so Local is only called outside it."""

    local: Any
    fake: DynaFake
    fake_client: Any


def _unavailable(reason: str) -> NoReturn:
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{reason}, and {REQUIRE_ENV}=1 requires the conformance suite to run")
    pytest.skip(f"{reason}; set DYNAMODB_LOCAL_JAR (or {REQUIRE_ENV}=1 to fail instead)")


def _key_schema(table: dict[str, Any]) -> dict[str, Any]:
    keys: list[tuple[str, str]] = table["key"]
    return {
        "KeySchema": [
            {"AttributeName": name, "KeyType": kind}
            for (name, _), kind in zip(keys, ("HASH", "RANGE"), strict=False)
        ],
        "AttributeDefinitions": [{"AttributeName": a, "AttributeType": t} for a, t in keys],
    }


def _seed_local(client: Any) -> None:
    for name, table in TABLES.items():
        client.create_table(TableName=name, BillingMode="PAY_PER_REQUEST", **_key_schema(table))
    for name in RANGE_TABLES:
        client.create_table(**create_arguments(name))
    for name, table in [*TABLES.items(), *RANGE_TABLES.items()]:
        for item in table["items"]:
            client.put_item(TableName=name, Item=item)


def _fake() -> DynaFake:
    specs: dict[str, dict[str, Any]] = {}
    for name, table in TABLES.items():
        keys: list[tuple[str, str]] = table["key"]
        spec: dict[str, Any] = {"partition_key": keys[0], "items": table["items"]}
        if len(keys) > 1:
            spec["sort_key"] = keys[1]
        specs[name] = {**spec, "format": "dynamodb"}
    for name, range_table in RANGE_TABLES.items():
        arguments = {k: v for k, v in create_arguments(name).items() if k != "TableName"}
        specs[name] = {**arguments, "items": range_table["items"], "format": "dynamodb"}
    return DynaFake(tables=specs)


@pytest.fixture(scope="session")
def conformance() -> Iterator[Conformance]:
    jar = find_jar()
    if jar is None:
        _unavailable("DynamoDB Local's DynamoDBLocal.jar was not found")
    if shutil.which("java") is None:
        _unavailable("DynamoDB Local needs Java 17+, and no `java` is on PATH")
    with DynamoDBLocal(jar) as server:
        local = make_client(server.endpoint_url)
        _seed_local(local)
        yield Conformance(local=local, fake=_fake(), fake_client=make_client())
