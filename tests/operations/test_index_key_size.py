"""Secondary index key values are held to DynamoDB's key limits on every write: a partition key
of at most 2048 bytes, a sort key of at most 1024 (Alternator's test_gsi.py, AWS-run)."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from pytest_dynafake import DynaFake, DynaFakeError

HASH = (
    "ValidationException",
    "One or more parameter values were invalid: Size of hashkey has exceeded the maximum size "
    "limit of2048 bytes",
)
RANGE = (
    "ValidationException",
    "One or more parameter values were invalid: Aggregated size of all range keys has exceeded "
    "the size limit of 1024 bytes",
)


@pytest.fixture
def indexed(dynafake: DynaFake) -> Any:
    return dynafake.table(
        "indexed",
        ("p", "S"),
        ("s", "S"),
        indexes={
            "by_x": ("x", "y"),
            "by_b": {"partition_key": ("b", "B")},
            "by_l": {"sort_key": "l", "local": True},
        },
    )


@pytest.mark.parametrize(
    ("attributes", "error"),
    [
        ({"x": {"S": "a" * 2049}}, HASH),
        ({"x": {"S": "é" * 1025}}, HASH),
        ({"x": {"S": "a"}, "y": {"S": "a" * 1025}}, RANGE),
        ({"y": {"S": "a" * 1025}}, RANGE),
        ({"b": {"B": base64.b64encode(b"a" * 2049)}}, HASH),
        ({"l": {"S": "a" * 1025}}, RANGE),
    ],
    ids=["gsi-hash", "gsi-hash-utf8", "gsi-range", "gsi-range-alone", "gsi-binary", "lsi"],
)
def test_a_write_with_an_index_key_over_its_limit_is_refused(
    client: Any, indexed: Any, error_of: Any, attributes: dict[str, Any], error: Any
) -> None:
    item = {"p": {"S": "k"}, "s": {"S": "s"}, **attributes}
    assert error_of(client.put_item, TableName="indexed", Item=item) == error
    assert (
        error_of(
            client.batch_write_item, RequestItems={"indexed": [{"PutRequest": {"Item": item}}]}
        )
        == error
    )
    (name, value), *_ = [(n, val) for n, val in attributes.items() if n in "xyblm"][-1:]
    assert (
        error_of(
            client.update_item,
            TableName="indexed",
            Key={"p": {"S": "k"}, "s": {"S": "s"}},
            UpdateExpression="SET #n = :v",
            ExpressionAttributeNames={"#n": name},
            ExpressionAttributeValues={":v": value},
        )
        == error
    )
    assert (
        client.get_item(TableName="indexed", Key={"p": {"S": "k"}, "s": {"S": "s"}}).get("Item")
        is None
    )


def test_transaction_with_an_index_key_over_its_limit_is_refused(
    client: Any, indexed: Any, error_of: Any
) -> None:
    # Refused before the transaction runs, not cancelled (DynamoDB Local 3.3.1 alike).
    item = {"p": {"S": "k"}, "s": {"S": "s"}, "x": {"S": "a" * 2049}}
    put = {"Put": {"TableName": "indexed", "Item": item}}
    assert error_of(client.transact_write_items, TransactItems=[put]) == HASH


def test_index_keys_at_their_limits_are_stored(client: Any, indexed: Any) -> None:
    item = {"p": {"S": "k"}, "s": {"S": "s"}, "x": {"S": "a" * 2048}, "y": {"S": "b" * 1024}}
    client.put_item(TableName="indexed", Item=item)
    assert (
        client.get_item(TableName="indexed", Key={"p": {"S": "k"}, "s": {"S": "s"}})["Item"] == item
    )


def test_seeding_an_index_key_over_its_limit_names_the_index(dynafake: DynaFake) -> None:
    with pytest.raises(DynaFakeError) as raised:
        dynafake.table("seeded", "p", indexes={"by_x": "x"}, items=[{"p": "k", "x": "a" * 2049}])
    assert str(raised.value) == (
        "table 'seeded', item 0, attribute 'x': the partition key of index 'by_x' is 2049 bytes, "
        "over DynamoDB's 2048-byte limit for a partition key (UTF-8 bytes of a string, bytes of "
        "a binary); shorten it, or leave the attribute out to keep the item out of the index"
    )
