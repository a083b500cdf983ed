"""The write units of a local secondary index entry: the entry's size and 100 bytes (DynamoDB
Local 3.3.1, the Developer Guide's size of an LSI entry); a global secondary index's entry is
its size alone."""

from __future__ import annotations

from typing import Any

import pytest

from pytest_dynafake import DynaFake


@pytest.fixture
def indexed(dynafake: DynaFake) -> Any:
    return dynafake.create_table(
        TableName="indexed",
        KeySchema=[
            {"AttributeName": "p", "KeyType": "HASH"},
            {"AttributeName": "s", "KeyType": "RANGE"},
        ],
        AttributeDefinitions=[
            {"AttributeName": name, "AttributeType": "S"} for name in ("p", "s", "l", "g")
        ],
        LocalSecondaryIndexes=[
            {
                "IndexName": "by_l",
                "KeySchema": [
                    {"AttributeName": "p", "KeyType": "HASH"},
                    {"AttributeName": "l", "KeyType": "RANGE"},
                ],
                "Projection": {"ProjectionType": "ALL"},
            }
        ],
        GlobalSecondaryIndexes=[
            {
                "IndexName": "by_g",
                "KeySchema": [{"AttributeName": "g", "KeyType": "HASH"}],
                "Projection": {"ProjectionType": "ALL"},
            }
        ],
    )


def item(size: int) -> dict[str, Any]:
    """An item of ``size`` bytes (names and values) in both indexes."""
    fixed = {"p": {"S": "x"}, "s": {"S": "1"}, "l": {"S": "a"}, "g": {"S": "b"}}
    return {**fixed, "d": {"S": "z" * (size - 8 - 1)}}


def test_an_lsi_entry_costs_its_size_and_100_bytes(client: Any, indexed: Any) -> None:
    answer = client.put_item(TableName="indexed", Item=item(940), ReturnConsumedCapacity="INDEXES")
    assert answer["ConsumedCapacity"] == {
        "TableName": "indexed",
        "CapacityUnits": 4.0,
        "Table": {"CapacityUnits": 1.0},
        "LocalSecondaryIndexes": {"by_l": {"CapacityUnits": 2.0}},
        "GlobalSecondaryIndexes": {"by_g": {"CapacityUnits": 1.0}},
    }
    batch = client.batch_write_item(
        RequestItems={"indexed": [{"PutRequest": {"Item": {**item(920), "s": {"S": "2"}}}}]},
        ReturnConsumedCapacity="INDEXES",
    )
    assert batch["ConsumedCapacity"] == [
        {
            "TableName": "indexed",
            "CapacityUnits": 3.0,
            "Table": {"CapacityUnits": 1.0},
            "LocalSecondaryIndexes": {"by_l": {"CapacityUnits": 1.0}},
            "GlobalSecondaryIndexes": {"by_g": {"CapacityUnits": 1.0}},
        }
    ]
