"""A customer's order history, read with Query a page at a time, as production code does.

``order_history`` follows ``LastEvaluatedKey`` until DynamoDB gives none: a page may stop
early (the 1 MB limit), come back empty with a cursor (the filter dropped every item the page
read), or be throttled after botocore's own retries; a throttled page is asked again, from the
same cursor, after a backoff.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from botocore.exceptions import ClientError

from .repository import plain

THROTTLED = ("ProvisionedThroughputExceededException", "ThrottlingException")


class Throttled(Exception):
    """A page stayed throttled through every round of retries."""


def order_history(
    client: Any,
    customer: str,
    *,
    skip_status: str = "cancelled",
    table: str = "orders",
    rounds: int = 4,
    base_delay: float = 0.1,
    sleep: Callable[[float], None] = time.sleep,
) -> list[dict[str, Any]]:
    """Every order of ``customer`` but those with ``skip_status``, oldest first."""
    request: dict[str, Any] = {
        "TableName": table,
        "KeyConditionExpression": "customer = :c",
        "FilterExpression": "#s <> :skip",
        "ExpressionAttributeNames": {"#s": "status"},
        "ExpressionAttributeValues": {":c": {"S": customer}, ":skip": {"S": skip_status}},
    }
    orders: list[dict[str, Any]] = []
    while True:
        response = _page(client, request, rounds, base_delay, sleep)
        orders += [plain(item) for item in response["Items"]]
        if "LastEvaluatedKey" not in response:  # an empty page may still have one
            return orders
        request["ExclusiveStartKey"] = response["LastEvaluatedKey"]


def _page(
    client: Any,
    request: dict[str, Any],
    rounds: int,
    base_delay: float,
    sleep: Callable[[float], None],
) -> dict[str, Any]:
    for round_ in range(rounds):
        try:
            response: dict[str, Any] = client.query(**request)
            return response
        except ClientError as error:
            if error.response["Error"]["Code"] not in THROTTLED:
                raise
            sleep(base_delay * 2**round_)
    raise Throttled(f"a page of {request['TableName']} stayed throttled after {rounds} rounds")
