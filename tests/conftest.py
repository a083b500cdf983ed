from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import boto3
import pytest

# PyYAML imported once for the whole run, before any test: pytester drops the modules a test
# imported when the test ends, and PyYAML's C extension cannot be imported a second time (its
# parser would build nodes of the dropped module's classes, and every later YAML seed fails).
import yaml  # noqa: F401
from botocore.config import Config
from botocore.exceptions import ClientError

from pytest_dynafake import DynaFake
from pytest_dynafake._ops import REGISTRY

RICH_ITEM: dict[str, Any] = {
    "user_id": "u1",
    "name": "Ada",
    "age": 36,
    "score": Decimal("1.50"),
    "tags": {"a", "b"},
    "lucky": {7, 3},
    "blobs": {b"\x00", b"\xff"},
    "avatar": b"\x89PNG",
    "active": True,
    "nothing": None,
    "address": {"city": "London", "geo": {"lat": Decimal("51.5"), "lon": Decimal("-0.12")}},
    "history": ["signup", 2015, {"plan": "pro"}, [True, None]],
}


@pytest.fixture(autouse=True)
def _registry_unchanged() -> Any:
    """Tests may register throwaway operations; each must leave the registry as it found it, in
    the same order (messages and the fault report list operations in registry order)."""
    before = list(REGISTRY.items())
    yield
    assert list(REGISTRY.items()) == before, "a test left the operation registry changed"


@pytest.fixture
def client(dynafake: DynaFake) -> Any:
    """A plain boto3 client that never retries, so errors surface on the first answer."""
    return boto3.client(
        "dynamodb", config=Config(retries={"mode": "standard", "total_max_attempts": 1})
    )


@pytest.fixture
def raw_client(dynafake: DynaFake) -> Any:
    """A client with botocore's own parameter validation off, for requests boto3 would refuse."""
    return boto3.client(
        "dynamodb",
        config=Config(
            parameter_validation=False, retries={"mode": "standard", "total_max_attempts": 1}
        ),
    )


@pytest.fixture
def users(dynafake: DynaFake) -> Any:
    return dynafake.table("users", ("user_id", "S"), items=[RICH_ITEM, {"user_id": "u2"}])


@pytest.fixture
def orders(dynafake: DynaFake) -> Any:
    return dynafake.table(
        "orders",
        ("customer", "S"),
        ("order_id", "N"),
        items=[{"customer": "c1", "order_id": n, "total": Decimal(n) * 10} for n in (1, 2, 3)],
    )


@pytest.fixture
def error_of() -> Callable[..., tuple[str, str]]:
    """Call and return DynamoDB's (code, message); fail if the call succeeds."""

    def call(function: Callable[..., Any], **kwargs: Any) -> tuple[str, str]:
        with pytest.raises(ClientError) as raised:
            function(**kwargs)
        error = raised.value.response["Error"]
        return error["Code"], error["Message"]

    return call
