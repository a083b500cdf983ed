"""A Query on a key schema of a partition key alone (a table, or a GSI) that also names another
attribute is "Query key condition not supported" (Alternator's test_gsi.py
test_faux_range_key_in_keyconditions and _keyconditionexpression, AWS-run; DynamoDB Local
alike). Three conditions on a two-attribute key keep their own message."""

from __future__ import annotations

from typing import Any

import pytest

from pytest_dynafake import DynaFake

NOT_SUPPORTED = ("ValidationException", "Query key condition not supported")


@pytest.fixture
def hashed(dynafake: DynaFake) -> Any:
    return dynafake.table("hashed", "p", indexes={"hello": "x"})


@pytest.mark.parametrize("other", ["p", "z"])
@pytest.mark.parametrize("index", [True, False], ids=["gsi", "table"])
def test_a_second_condition_on_a_partition_key_alone(
    client: Any, hashed: Any, error_of: Any, other: str, index: bool
) -> None:
    key = "x" if index else "p"
    other = other if index or other != "p" else "x"
    where = {"IndexName": "hello"} if index else {}
    assert (
        error_of(
            client.query,
            TableName="hashed",
            KeyConditionExpression=f"{key} = :k AND {other} = :o",
            ExpressionAttributeValues={":k": {"S": "a"}, ":o": {"S": "b"}},
            **where,
        )
        == NOT_SUPPORTED
    )
    equal = {"AttributeValueList": [{"S": "a"}], "ComparisonOperator": "EQ"}
    assert (
        error_of(
            client.query,
            TableName="hashed",
            KeyConditions={other: equal, key: equal},
            **where,
        )
        == NOT_SUPPORTED
    )
