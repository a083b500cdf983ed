from __future__ import annotations

from typing import Any

import boto3
import pytest
from botocore.config import Config

from pytest_dynafake import DynaFake

from .shop.accounts import Accounts
from .shop.history import OrderHistory
from .shop.repository import ShopRepository


@pytest.fixture
def delays() -> list[float]:
    """The backoff delays the repository asked for (it never really sleeps in tests)."""
    return []


@pytest.fixture
def repository(dynafake: DynaFake, delays: list[float]) -> ShopRepository:
    # Pin botocore's retry policy so attempt counts do not depend on its version.
    client = boto3.client("dynamodb", config=Config(retries={"mode": "legacy"}))
    return ShopRepository(client, sleep=delays.append)


@pytest.fixture
def users(dynafake: DynaFake) -> Any:
    return dynafake.table("users", ("user_id", "S"))


@pytest.fixture
def history(dynafake: DynaFake, delays: list[float]) -> OrderHistory:
    # botocore tries each page twice; then the repository waits and asks for it again.
    client = boto3.client(
        "dynamodb", config=Config(retries={"mode": "standard", "total_max_attempts": 2})
    )
    return OrderHistory(client, page_size=2, sleep=delays.append)


@pytest.fixture
def accounts(dynafake: DynaFake, delays: list[float]) -> Accounts:
    """The accounts repository on two empty tables; its clock stands still."""
    dynafake.table("accounts", "account_id")
    dynafake.table("payments", "payment_id")
    client = boto3.client("dynamodb", config=Config(retries={"mode": "legacy"}))
    return Accounts(client, sleep=delays.append, clock=lambda: 1_800_000_000)
