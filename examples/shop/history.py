"""A customer's order history, read with Query page by page, as production code does.

DynamoDB returns a Query in pages: a page ends after ``Limit`` items, after 1 MB of data, or
earlier, and a page can even be empty while more items follow (a filter dropped every item
it read). The only sign that more pages follow is ``LastEvaluatedKey``. A throttled page is
retried by botocore; when botocore gives up, ``orders_of`` waits and asks for the same page
again, from the same ``ExclusiveStartKey``, so no item is lost or read twice.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from botocore.exceptions import ClientError

from .repository import plain

THROTTLED = {"ProvisionedThroughputExceededException", "ThrottlingException"}


class StillThrottled(Exception):
    """A page stayed throttled through every attempt."""


class OrderHistory:
    def __init__(
        self,
        client: Any,
        *,
        table: str = "order_history",
        page_size: int = 25,
        max_attempts: int = 4,
        base_delay: float = 0.1,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.client = client
        self.table = table
        self.page_size = page_size
        self.max_attempts = max_attempts
        self.base_delay = base_delay
        self.sleep = sleep

    def orders_of(
        self, customer: str, *, since: str | None = None, status: str | None = None
    ) -> list[dict[str, Any]]:
        """The customer's orders (placed on or after ``since``, with that ``status``),
        newest first."""
        condition, values = "customer = :c", {":c": {"S": customer}}
        if since is not None:  # a key condition's value can't be empty: no "placed >= ''"
            condition, values[":since"] = f"{condition} AND placed >= :since", {"S": since}
        request: dict[str, Any] = {
            "TableName": self.table,
            "KeyConditionExpression": condition,
            "ExpressionAttributeValues": values,
            "ScanIndexForward": False,
            "Limit": self.page_size,
        }
        if status is not None:  # a filter: pages still end after Limit items *read*
            request["FilterExpression"] = "#s = :status"
            request["ExpressionAttributeNames"] = {"#s": "status"}
            values[":status"] = {"S": status}
        return [plain(item) for page in self._pages(request) for item in page]

    def open_orders(self) -> list[dict[str, Any]]:
        """Every open order, oldest first: a Query of the ``by_status`` global secondary
        index, whose pages end with the index key and the table key."""
        request = {
            "TableName": self.table,
            "IndexName": "by_status",
            "KeyConditionExpression": "#s = :open",
            "ExpressionAttributeNames": {"#s": "status"},
            "ExpressionAttributeValues": {":open": {"S": "open"}},
            "Limit": self.page_size,
        }
        return [plain(item) for page in self._pages(request) for item in page]

    def total_spent(self, segments: int = 4) -> int:
        """The sum of every order's total: a parallel Scan, one thread per segment (each
        item is in exactly one segment)."""

        def segment(number: int) -> int:
            request = {
                "TableName": self.table,
                "Segment": number,
                "TotalSegments": segments,
                "ProjectionExpression": "#t",
                "ExpressionAttributeNames": {"#t": "total"},
                "Limit": self.page_size,
            }
            return sum(int(i["total"]["N"]) for page in self._pages(request) for i in page)

        with ThreadPoolExecutor(segments) as pool:
            return sum(pool.map(segment, range(segments)))

    def _pages(self, request: dict[str, Any]) -> Iterator[list[dict[str, Any]]]:
        """Each page's items, following LastEvaluatedKey until there is none. An empty page
        is not the end."""
        read = self.client.scan if "Segment" in request else self.client.query
        while True:
            response = self._with_retry(read, request)
            yield response["Items"]
            if "LastEvaluatedKey" not in response:
                return
            request = {**request, "ExclusiveStartKey": response["LastEvaluatedKey"]}

    def _with_retry(self, read: Callable[..., Any], request: dict[str, Any]) -> Any:
        attempt = 0
        while True:
            try:
                return read(**request)
            except ClientError as error:
                attempt += 1
                if error.response["Error"]["Code"] not in THROTTLED:
                    raise
                if attempt == self.max_attempts:
                    raise StillThrottled(
                        f"a page of {self.table} throttled {attempt} times"
                    ) from error
                self.sleep(self.base_delay * 2 ** (attempt - 1))


def orders_of_naively(
    client: Any, customer: str, status: str, page_size: int = 25
) -> list[dict[str, Any]]:
    """The common bug: stop at the first empty page, as if no items meant no more pages."""
    request: dict[str, Any] = {
        "TableName": "order_history",
        "KeyConditionExpression": "customer = :c",
        "FilterExpression": "#s = :status",
        "ExpressionAttributeNames": {"#s": "status"},
        "ExpressionAttributeValues": {":c": {"S": customer}, ":status": {"S": status}},
        "ScanIndexForward": False,
        "Limit": page_size,
    }
    orders = []
    while True:
        response = client.query(**request)
        if not response["Items"]:
            break
        orders += [plain(item) for item in response["Items"]]
        if "LastEvaluatedKey" not in response:
            break
        request["ExclusiveStartKey"] = response["LastEvaluatedKey"]
    return orders
