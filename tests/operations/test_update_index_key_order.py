"""UpdateItem's checks of the index keys of the item it makes: DynamoDB Local 3.3.1 (by hand,
2026-12-03) reports an empty string or binary before a type mismatch of the same value (an empty
string for a B index key is the empty-value message), but a type mismatch of another, non-empty
index key value before any empty one. PutItem checks each value's type first."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from pytest_dynafake import DynaFake

ItemError = Callable[..., tuple[str, str]]
VE = "ValidationException"
EMPTY = (
    "One or more parameter values are not valid. The update expression attempted to update a "
    "secondary index key to a value that is not supported. The AttributeValue for a key "
    "attribute cannot contain an empty {} value."
)
MISMATCH = (
    "One or more parameter values were invalid: Type mismatch for Index Key {} Expected: {} "
    "Actual: {} IndexName: {}"
)
KEY = {"pk": {"S": "a"}}


@pytest.fixture
def table(dynafake: DynaFake) -> Any:
    return dynafake.create_table(
        TableName="keyed",
        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
        AttributeDefinitions=[
            {"AttributeName": "pk", "AttributeType": "S"},
            {"AttributeName": "gc", "AttributeType": "B"},
            {"AttributeName": "gs", "AttributeType": "S"},
            {"AttributeName": "gn", "AttributeType": "N"},
        ],
        BillingMode="PAY_PER_REQUEST",
        GlobalSecondaryIndexes=[
            {
                "IndexName": name,
                "KeySchema": [{"AttributeName": attribute, "KeyType": "HASH"}],
                "Projection": {"ProjectionType": "ALL"},
            }
            for name, attribute in (("gib", "gc"), ("gis", "gs"), ("gin", "gn"))
        ],
    )


@pytest.mark.parametrize(
    ("attribute", "value", "message"),
    [
        ("gc", {"S": ""}, EMPTY.format("string")),
        ("gs", {"B": b""}, EMPTY.format("binary")),
        ("gn", {"S": ""}, EMPTY.format("string")),
        ("gn", {"B": b""}, EMPTY.format("binary")),
        ("gc", {"B": b""}, EMPTY.format("binary")),
        ("gc", {"S": "x"}, MISMATCH.format("gc", "B", "S", "gib")),
    ],
    ids=["s-for-b", "b-for-s", "s-for-n", "b-for-n", "b-for-b", "non-empty-s-for-b"],
)
def test_update_reports_an_empty_index_key_before_its_type(
    client: Any, table: Any, error_of: ItemError, attribute: str, value: Any, message: str
) -> None:
    got = error_of(client.update_item, TableName="keyed", Key=KEY,
                   UpdateExpression=f"SET {attribute} = :v",
                   ExpressionAttributeValues={":v": value})  # fmt: skip
    assert got == (VE, message)
    assert client.scan(TableName="keyed")["Items"] == []


@pytest.mark.parametrize("expression", ["SET gs = :n, gc = :e", "SET gc = :e, gs = :n"])
def test_update_reports_another_keys_type_before_an_empty_one(
    client: Any, table: Any, error_of: ItemError, expression: str
) -> None:
    got = error_of(client.update_item, TableName="keyed", Key=KEY, UpdateExpression=expression,
                   ExpressionAttributeValues={":n": {"N": "1"}, ":e": {"S": ""}})  # fmt: skip
    assert got == (VE, MISMATCH.format("gs", "S", "N", "gis"))


def test_put_reports_the_type_of_an_empty_index_key(
    client: Any, table: Any, error_of: ItemError
) -> None:
    got = error_of(client.put_item, TableName="keyed", Item={**KEY, "gc": {"S": ""}})
    assert got == (VE, MISMATCH.format("gc", "B", "S", "gib"))


def test_a_transactions_update_cancels_with_the_empty_index_key_first(
    client: Any, table: Any
) -> None:
    """The reason is the same rule's (the fake cancels where Local answers the error alone: the
    row twi-validation-first-only of docs/differences.md)."""
    update = {"TableName": "keyed", "Key": KEY, "UpdateExpression": "SET gc = :e",
              "ExpressionAttributeValues": {":e": {"S": ""}}}  # fmt: skip
    with pytest.raises(client.exceptions.TransactionCanceledException) as raised:
        client.transact_write_items(TransactItems=[{"Update": update}])
    reasons = raised.value.response["CancellationReasons"]
    assert reasons == [{"Code": "ValidationError", "Message": EMPTY.format("string")}]
