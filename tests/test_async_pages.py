"""aiobotocore's query paginator through page faults: a short page, an empty page with a
cursor, and a throttled page retried with simulated backoff."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

import pytest
from botocore.config import Config

from pytest_dynafake import DynaFake

# aioboto3 pins an older botocore, so these run in CI's separate async environment.
pytest.importorskip("aioboto3", reason="the async stack is tested with .[aio]")
get_session = pytest.importorskip("aiobotocore.session").get_session


@pytest.fixture
def orders(dynafake: DynaFake) -> Any:
    """Orders 1..5 of customer c1; order 3's total is 30."""
    items = [{"customer": "c1", "order_id": n, "total": Decimal(n * 10)} for n in range(1, 6)]
    return dynafake.table("orders", ("customer", "S"), ("order_id", "N"), items=items)


def test_the_async_paginator_follows_short_empty_and_throttled_pages(
    dynafake: DynaFake, orders: Any
) -> None:
    dynafake.throttle("Query", page=2, attempt=1)
    dynafake.empty_page("Query", page=2)
    dynafake.short_page("Query", page=3, items=1)

    async def main() -> list[list[str]]:
        config = Config(retries={"mode": "legacy"})
        async with get_session().create_client("dynamodb", config=config) as client:
            paginator = client.get_paginator("query")
            pages = paginator.paginate(
                TableName="orders",
                KeyConditionExpression="customer = :c",
                FilterExpression="#t <> :t",
                ExpressionAttributeNames={"#t": "total"},
                ExpressionAttributeValues={":c": {"S": "c1"}, ":t": {"N": "30"}},
                PaginationConfig={"PageSize": 2},
            )
            return [[item["order_id"]["N"] for item in page["Items"]] async for page in pages]

    assert asyncio.run(main()) == [["1", "2"], [], ["4"], ["5"]]
    assert [(c.page, c.outcome) for c in dynafake.get_calls("Query")] == [
        (1, "ok"),
        (2, "ProvisionedThroughputExceededException (400)"),
        (2, "empty page"),
        (3, "short page (1 items)"),
        (4, "ok"),
    ]
    assert dynafake.sleeps == [0.05]
