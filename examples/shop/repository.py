"""Reads users in batches and orders in transactions, as production code does.

``load_users`` follows DynamoDB's rules for BatchGetItem: at most 100 keys a call, and keys
DynamoDB could not serve come back in ``UnprocessedKeys`` to be retried with backoff.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from boto3.dynamodb.types import TypeDeserializer

BATCH_LIMIT = 100
_deserialize = TypeDeserializer().deserialize


def plain(item: dict[str, Any]) -> dict[str, Any]:
    return {name: _deserialize(value) for name, value in item.items()}


class IncompleteRead(Exception):
    """DynamoDB still had unprocessed keys after every attempt."""


@dataclass
class Order:
    order_id: str
    customer: str
    lines: list[dict[str, Any]]


class ShopRepository:
    def __init__(
        self,
        client: Any,
        *,
        users_table: str = "users",
        orders_table: str = "orders",
        max_rounds: int = 6,
        base_delay: float = 0.05,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.client = client
        self.users_table = users_table
        self.orders_table = orders_table
        self.max_rounds = max_rounds
        self.base_delay = base_delay
        self.sleep = sleep

    def load_users(self, user_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Every user that exists, by id; missing ids are simply absent."""
        ids = list(dict.fromkeys(user_ids))  # BatchGetItem refuses duplicate keys
        users: dict[str, dict[str, Any]] = {}
        for start in range(0, len(ids), BATCH_LIMIT):
            chunk = ids[start : start + BATCH_LIMIT]
            request = {self.users_table: {"Keys": [{"user_id": {"S": i}} for i in chunk]}}
            for item in self._batch_get(request):
                user = plain(item)
                users[user["user_id"]] = user
        return users

    def _batch_get(self, request: dict[str, Any]) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        for round_ in range(self.max_rounds):
            response = self.client.batch_get_item(RequestItems=request)
            items.extend(response["Responses"].get(self.users_table, []))
            request = response["UnprocessedKeys"]
            if not request:
                return items
            self.sleep(self.base_delay * 2**round_)
        raise IncompleteRead(f"{len(request[self.users_table]['Keys'])} keys left unread")

    def load_order(self, order_id: str) -> Order | None:
        """The order and its lines, read together so they are consistent. A read that meets
        a write in progress is cancelled with TransactionConflict; it is retried."""
        items = [
            {"Get": {"TableName": self.orders_table, "Key": self._order_key(order_id, part)}}
            for part in ("#", "lines")
        ]
        for round_ in range(self.max_rounds):
            try:
                response = self.client.transact_get_items(TransactItems=items)
                break
            except self.client.exceptions.TransactionCanceledException as error:
                codes = {reason["Code"] for reason in error.response["CancellationReasons"]}
                if not codes <= {"TransactionConflict", "None"}:
                    raise
                self.sleep(self.base_delay * 2**round_)
        else:
            raise IncompleteRead(f"order {order_id} stayed in conflict")
        header, lines = (plain(r["Item"]) if "Item" in r else None for r in response["Responses"])
        if header is None:
            return None
        return Order(order_id, header["customer"], lines["lines"] if lines else [])

    @staticmethod
    def _order_key(order_id: str, part: str) -> dict[str, Any]:
        return {"order_id": {"S": order_id}, "part": {"S": part}}


def load_users_naively(client: Any, user_ids: list[str]) -> dict[str, dict[str, Any]]:
    """The common bug: one call, ``UnprocessedKeys`` ignored."""
    response = client.batch_get_item(
        RequestItems={"users": {"Keys": [{"user_id": {"S": i}} for i in user_ids]}}
    )
    return {plain(item)["user_id"]: plain(item) for item in response["Responses"]["users"]}
