"""Paging a Query of a multi-attribute GSI key: where a Limit-ended page has a cursor."""

from __future__ import annotations

from typing import Any

import pytest

from pytest_dynafake import DynaFake


@pytest.fixture
def by_g(dynafake: DynaFake) -> None:
    """A GSI keyed on pk, then g and sk (the whole table key: one entry per key)."""
    table = dynafake.create_table(
        TableName="ttt",
        KeySchema=[
            {"AttributeName": "pk", "KeyType": "HASH"},
            {"AttributeName": "sk", "KeyType": "RANGE"},
        ],
        AttributeDefinitions=[
            {"AttributeName": a, "AttributeType": "S"} for a in ("pk", "sk", "g")
        ],
        GlobalSecondaryIndexes=[
            {
                "IndexName": "by_g",
                "KeySchema": [
                    {"AttributeName": "pk", "KeyType": "HASH"},
                    {"AttributeName": "g", "KeyType": "RANGE"},
                    {"AttributeName": "sk", "KeyType": "RANGE"},
                ],
                "Projection": {"ProjectionType": "KEYS_ONLY"},
            }
        ],
        BillingMode="PAY_PER_REQUEST",
    )
    table.put_items(
        [{"pk": "p", "sk": sk, "g": "x"} for sk in ("a", "b", "c")]
        + [{"pk": "p", "sk": "az", "g": "y"}]
    )


def key(sk: str) -> dict[str, Any]:
    return {"pk": {"S": "p"}, "g": {"S": "x"}, "sk": {"S": sk}}


@pytest.mark.parametrize(
    ("condition", "values", "forward", "items", "last_key"),
    [
        ("g = :g AND sk <= :s", {":s": "b"}, True, "ab", None),
        ("g = :g AND sk <= :s", {":s": "b"}, True, "a", "a"),
        ("g = :g AND sk BETWEEN :s AND :t", {":s": "b", ":t": "c"}, False, "c", "c"),
        ("g = :g AND sk >= :s", {":s": "b"}, False, "cb", None),
        ("g <= :g", {}, True, "abc", "c"),
        ("g = :g AND sk < :s", {":s": "c"}, True, "ab", "b"),
    ],
)
def test_limit_on_the_far_bound_of_the_last_range_attribute(
    by_g: None,
    client: Any,
    condition: str,
    values: dict[str, str],
    forward: bool,
    items: str,
    last_key: str | None,
) -> None:
    """DynamoDB Local 3.3.1, captured by hand (found by the long range fuzz run: Local 2
    pages, the fake 3): after ``=`` on the first RANGE attributes, a page its Limit ends on
    the inclusive bound of the last one has no cursor, as on a table's sort key; a bound on
    an attribute that items may share (``g <= :g``) keeps it."""
    response = client.query(
        TableName="ttt",
        IndexName="by_g",
        KeyConditionExpression=f"pk = :p AND {condition}",
        ExpressionAttributeValues={
            ":p": {"S": "p"},
            ":g": {"S": "x"},
            **{k: {"S": v} for k, v in values.items()},
        },
        ScanIndexForward=forward,
        Limit=len(items),
    )
    expected: dict[str, Any] = {
        "Items": [key(sk) for sk in items],
        "Count": len(items),
        "ScannedCount": len(items),
    }
    if last_key is not None:
        expected["LastEvaluatedKey"] = key(last_key)
    assert {k: v for k, v in response.items() if k != "ResponseMetadata"} == expected
