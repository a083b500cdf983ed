"""Reading an order and its lines together with TransactGetItems."""

from __future__ import annotations

from decimal import Decimal

import pytest
from botocore.exceptions import ClientError

from pytest_dynafake import DynaFake

from .shop.repository import Order, ShopRepository

ORDERS = {
    "orders": {
        # Pasted from the application's create_table call.
        "KeySchema": [
            {"AttributeName": "order_id", "KeyType": "HASH"},
            {"AttributeName": "part", "KeyType": "RANGE"},
        ],
        "AttributeDefinitions": [
            {"AttributeName": "order_id", "AttributeType": "S"},
            {"AttributeName": "part", "AttributeType": "S"},
        ],
        "items": [
            {"order_id": "o1", "part": "#", "customer": "Ada"},
            {
                "order_id": "o1",
                "part": "lines",
                "lines": [{"sku": "pen", "qty": 2, "price": Decimal("1.25")}],
            },
        ],
    }
}


@pytest.mark.dynafake(tables=ORDERS)
def test_order_and_lines_are_read_together(repository: ShopRepository) -> None:
    assert repository.load_order("o1") == Order(
        "o1", "Ada", [{"sku": "pen", "qty": Decimal("2"), "price": Decimal("1.25")}]
    )


@pytest.mark.dynafake(tables=ORDERS)
def test_unknown_order_is_none(repository: ShopRepository) -> None:
    assert repository.load_order("o404") is None


def test_a_missing_table_fails_as_dynamodb_fails(
    dynafake: DynaFake, repository: ShopRepository
) -> None:
    with pytest.raises(ClientError) as raised:
        repository.load_order("o1")
    assert raised.value.response["Error"] == {
        "Code": "ResourceNotFoundException",
        "Message": "Requested resource not found",
    }
