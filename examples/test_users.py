"""Loading users with BatchGetItem: missing keys, the 100-key limit, and UnprocessedKeys."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import boto3
import pytest

from pytest_dynafake import DynaFake

from .shop.repository import ShopRepository, load_users_naively


def test_found_users_come_back_and_missing_ones_are_absent(
    repository: ShopRepository, users: Any
) -> None:
    users.put_items(
        [
            {"user_id": "u1", "name": "Ada", "tags": {"admin", "beta"}, "age": 36},
            {"user_id": "u2", "name": "Grace", "score": Decimal("9.5")},
        ]
    )
    assert repository.load_users(["u1", "u2", "u3"]) == {
        "u1": {"user_id": "u1", "name": "Ada", "tags": {"admin", "beta"}, "age": Decimal("36")},
        "u2": {"user_id": "u2", "name": "Grace", "score": Decimal("9.5")},
    }


@pytest.mark.dynafake(
    tables={"users": {"partition_key": "user_id", "items": [{"user_id": "u1", "name": "Ada"}]}}
)
def test_tables_can_be_declared_on_a_marker() -> None:
    """The marker alone activates the fake; no fixture argument is needed."""
    repository = ShopRepository(boto3.client("dynamodb"))
    assert repository.load_users(["u1"]) == {"u1": {"user_id": "u1", "name": "Ada"}}


def test_more_than_100_ids_are_read_in_chunks(repository: ShopRepository, users: Any) -> None:
    users.put_items([{"user_id": f"u{n}"} for n in range(250)])
    assert len(repository.load_users(f"u{n}" for n in range(250))) == 250


def test_duplicate_ids_are_read_once(repository: ShopRepository, users: Any) -> None:
    """DynamoDB refuses duplicate keys in one BatchGetItem; the repository removes them."""
    users.put_item({"user_id": "u1"})
    assert list(repository.load_users(["u1", "u1"])) == ["u1"]


BIG = "x" * (390 * 1024)


def test_unprocessed_keys_are_retried_with_backoff(
    repository: ShopRepository, users: Any, delays: list[float]
) -> None:
    """60 users of 390 KB exceed BatchGetItem's 16 MB answer: DynamoDB returns 42 and the rest
    in UnprocessedKeys, which the repository asks for again after a backoff."""
    users.put_items([{"user_id": f"u{n}", "photo": BIG} for n in range(60)])
    assert len(repository.load_users(f"u{n}" for n in range(60))) == 60
    assert delays == [0.05]


def test_the_naive_loader_silently_loses_users(dynafake: DynaFake, users: Any) -> None:
    """The bug the fake catches: ignoring UnprocessedKeys drops 18 of 60 users, silently."""
    users.put_items([{"user_id": f"u{n}", "photo": BIG} for n in range(60)])
    loaded = load_users_naively(boto3.client("dynamodb"), [f"u{n}" for n in range(60)])
    assert len(loaded) == 42
