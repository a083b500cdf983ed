"""Query through a real boto3 client: key conditions, order, paging, filters, projections,
Select, capacity and the validation messages."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import boto3
import pytest
from boto3.dynamodb.conditions import Attr, Key

from pytest_dynafake import DynaFake

ErrorOf = Callable[..., tuple[str, str]]
VE = "ValidationException"
P = {":p": {"S": "p"}}


@pytest.fixture
def log(dynafake: DynaFake) -> Any:
    """Partition "p": sort keys 0..9 (inserted out of order), "q": 100..102."""
    items = [
        {"pk": "p", "sk": n, "a": n % 3, "tag": f"t{n}"} for n in (5, 2, 9, 0, 7, 1, 8, 3, 6, 4)
    ]
    items += [{"pk": "q", "sk": n} for n in (100, 101, 102)]
    return dynafake.table("log", "pk", ("sk", "N"), items=items)


def sks(response: dict[str, Any]) -> list[int]:
    return [int(item["sk"]["N"]) for item in response["Items"]]


def body(response: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in response.items() if k != "ResponseMetadata"}


def test_query_partition_in_sort_order(client: Any, log: Any) -> None:
    response = client.query(
        TableName="log", KeyConditionExpression="pk = :p", ExpressionAttributeValues=P
    )
    assert sks(response) == list(range(10))
    assert body(response)["Items"][3] == {
        "pk": {"S": "p"},
        "sk": {"N": "3"},
        "a": {"N": "0"},
        "tag": {"S": "t3"},
    }
    assert (response["Count"], response["ScannedCount"]) == (10, 10)
    assert "LastEvaluatedKey" not in response


@pytest.mark.parametrize(
    ("condition", "values", "expected"),
    [
        ("sk = :v", {":v": {"N": "4"}}, [4]),
        ("sk < :v", {":v": {"N": "4"}}, [0, 1, 2, 3]),
        ("sk <= :v", {":v": {"N": "4"}}, [0, 1, 2, 3, 4]),
        ("sk > :v", {":v": {"N": "7"}}, [8, 9]),
        ("sk >= :v", {":v": {"N": "7"}}, [7, 8, 9]),
        (":v < sk", {":v": {"N": "7"}}, [8, 9]),
        ("sk BETWEEN :v AND :w", {":v": {"N": "2"}, ":w": {"N": "5"}}, [2, 3, 4, 5]),
    ],
)
def test_query_sort_key_conditions(
    client: Any, log: Any, condition: str, values: dict[str, Any], expected: list[int]
) -> None:
    response = client.query(
        TableName="log",
        KeyConditionExpression=f"pk = :p AND {condition}",
        ExpressionAttributeValues={**P, **values},
    )
    assert sks(response) == expected


def test_query_numbers_sort_by_value_strings_by_utf8(dynafake: DynaFake, client: Any) -> None:
    numbers = ["-10", "-2.5", "-1E-3", "0", "1e-130", "2", "10", "1E+2"]
    dynafake.table(
        "nums", "pk", ("sk", "N"), items=[{"pk": "p", "sk": Decimal(x)} for x in reversed(numbers)]
    )
    response = client.query(
        TableName="nums", KeyConditionExpression="pk = :p", ExpressionAttributeValues=P
    )
    assert [Decimal(i["sk"]["N"]) for i in response["Items"]] == sorted(Decimal(x) for x in numbers)
    words = ["a", "B", "é", "\ue000", "\U0001f600", "ab", "z"]
    dynafake.table("strs", "pk", "sk", items=[{"pk": "p", "sk": w} for w in words])
    response = client.query(
        TableName="strs", KeyConditionExpression="pk = :p", ExpressionAttributeValues=P
    )
    assert [i["sk"]["S"] for i in response["Items"]] == sorted(words, key=lambda w: w.encode())


def test_query_begins_with(dynafake: DynaFake, client: Any) -> None:
    dynafake.table(
        "strs", "pk", "sk", items=[{"pk": "p", "sk": w} for w in ("ab", "abc", "b", "aa", "abd")]
    )
    response = client.query(
        TableName="strs",
        KeyConditionExpression="pk = :p AND begins_with(sk, :x)",
        ExpressionAttributeValues={**P, ":x": {"S": "ab"}},
    )
    assert [i["sk"]["S"] for i in response["Items"]] == ["ab", "abc", "abd"]


def test_query_backwards(client: Any, log: Any) -> None:
    response = client.query(
        TableName="log",
        KeyConditionExpression="pk = :p AND sk < :v",
        ExpressionAttributeValues={**P, ":v": {"N": "6"}},
        ScanIndexForward=False,
        Limit=4,
    )
    assert sks(response) == [5, 4, 3, 2]
    assert response["LastEvaluatedKey"] == {"pk": {"S": "p"}, "sk": {"N": "2"}}
    rest = client.query(
        TableName="log",
        KeyConditionExpression="pk = :p AND sk < :v",
        ExpressionAttributeValues={**P, ":v": {"N": "6"}},
        ScanIndexForward=False,
        ExclusiveStartKey=response["LastEvaluatedKey"],
    )
    assert sks(rest) == [1, 0]


@pytest.mark.parametrize("limit", [1, 3, 9, 10, 11])
def test_query_pages_cover_the_partition(client: Any, log: Any, limit: int) -> None:
    seen: list[int] = []
    pages = 0
    kwargs: dict[str, Any] = {}
    while True:
        page = client.query(
            TableName="log",
            KeyConditionExpression="pk = :p",
            ExpressionAttributeValues=P,
            Limit=limit,
            **kwargs,
        )
        pages += 1
        seen += sks(page)
        if "LastEvaluatedKey" not in page:
            break
        kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]
    assert seen == list(range(10))
    # A page that stops on its Limit has a LastEvaluatedKey, even with nothing left after it.
    assert pages == 10 // limit + 1


def test_query_start_key_need_not_exist(client: Any, log: Any) -> None:
    response = client.query(
        TableName="log",
        KeyConditionExpression="pk = :p",
        ExpressionAttributeValues=P,
        ExclusiveStartKey={"pk": {"S": "p"}, "sk": {"N": "4.5"}},
        Limit=2,
    )
    assert body(response) == {
        "Items": [
            {"pk": {"S": "p"}, "sk": {"N": "5"}, "a": {"N": "2"}, "tag": {"S": "t5"}},
            {"pk": {"S": "p"}, "sk": {"N": "6"}, "a": {"N": "0"}, "tag": {"S": "t6"}},
        ],
        "Count": 2,
        "ScannedCount": 2,
        "LastEvaluatedKey": {"pk": {"S": "p"}, "sk": {"N": "6"}},
    }


def test_query_limit_counts_items_before_the_filter(client: Any, log: Any) -> None:
    response = client.query(
        TableName="log",
        KeyConditionExpression="pk = :p",
        FilterExpression="a = :z",
        ExpressionAttributeValues={**P, ":z": {"N": "0"}},
        Limit=5,
        ReturnConsumedCapacity="TOTAL",
    )
    assert body(response) == {
        "Items": [
            {"pk": {"S": "p"}, "sk": {"N": "0"}, "a": {"N": "0"}, "tag": {"S": "t0"}},
            {"pk": {"S": "p"}, "sk": {"N": "3"}, "a": {"N": "0"}, "tag": {"S": "t3"}},
        ],
        "Count": 2,
        "ScannedCount": 5,
        "LastEvaluatedKey": {"pk": {"S": "p"}, "sk": {"N": "4"}},
        "ConsumedCapacity": {"TableName": "log", "CapacityUnits": 0.5},
    }


def test_query_filter_dropping_everything_still_pages(client: Any, log: Any) -> None:
    response = client.query(
        TableName="log",
        KeyConditionExpression="pk = :p",
        FilterExpression="attribute_not_exists(tag)",
        ExpressionAttributeValues=P,
        Limit=4,
    )
    assert body(response) == {
        "Items": [],
        "Count": 0,
        "ScannedCount": 4,
        "LastEvaluatedKey": {"pk": {"S": "p"}, "sk": {"N": "3"}},
    }


def test_query_select_count(client: Any, log: Any) -> None:
    response = client.query(
        TableName="log",
        KeyConditionExpression="pk = :p AND sk >= :v",
        ExpressionAttributeValues={**P, ":v": {"N": "8"}},
        Select="COUNT",
        ReturnConsumedCapacity="INDEXES",
        ConsistentRead=True,
    )
    assert body(response) == {
        "Count": 2,
        "ScannedCount": 2,
        "ConsumedCapacity": {
            "TableName": "log",
            "CapacityUnits": 1.0,
            "Table": {"CapacityUnits": 1.0},
        },
    }


def test_query_projection_and_specific_attributes(client: Any, log: Any) -> None:
    response = client.query(
        TableName="log",
        KeyConditionExpression="pk = :p AND sk < :v",
        ExpressionAttributeValues={**P, ":v": {"N": "2"}},
        ProjectionExpression="#t",
        ExpressionAttributeNames={"#t": "tag"},
        Select="SPECIFIC_ATTRIBUTES",
    )
    assert response["Items"] == [{"tag": {"S": "t0"}}, {"tag": {"S": "t1"}}]


def test_query_empty_partition_costs_the_minimum(client: Any, log: Any) -> None:
    response = client.query(
        TableName="log",
        KeyConditionExpression="pk = :p",
        ExpressionAttributeValues={":p": {"S": "nobody"}},
        ReturnConsumedCapacity="TOTAL",
        ConsistentRead=True,
    )
    assert body(response) == {
        "Items": [],
        "Count": 0,
        "ScannedCount": 0,
        "ConsumedCapacity": {"TableName": "log", "CapacityUnits": 1.0},
    }


def test_query_capacity_sums_then_rounds(dynafake: DynaFake, client: Any) -> None:
    # 20 items of 60,013 bytes: the 18th crosses 1 MB and ends the page; 1,080,234 bytes
    # read are 264 units of 4 KB, halved for an eventually consistent read.
    dynafake.table(
        "big",
        "pk",
        ("sk", "N"),
        items=[{"pk": "p", "sk": i, "payload": "x" * 60000} for i in range(20)],
    )
    response = client.query(
        TableName="big",
        KeyConditionExpression="pk = :p",
        ExpressionAttributeValues=P,
        ProjectionExpression="sk",
        ReturnConsumedCapacity="TOTAL",
    )
    assert sks(response) == list(range(18))
    assert response["LastEvaluatedKey"] == {"pk": {"S": "p"}, "sk": {"N": "17"}}
    assert response["ConsumedCapacity"] == {"TableName": "big", "CapacityUnits": 132.0}


def test_query_1_mb_counts_items_the_filter_drops(dynafake: DynaFake, client: Any) -> None:
    """The limit is on data read, before the filter (AWS API reference); DynamoDB Local
    reads on past it when the filter drops the items."""
    dynafake.table(
        "big",
        "pk",
        ("sk", "N"),
        items=[{"pk": "p", "sk": i, "payload": "x" * 60000} for i in range(20)],
    )
    response = client.query(
        TableName="big",
        KeyConditionExpression="pk = :p",
        FilterExpression="payload = :nope",
        ExpressionAttributeValues={**P, ":nope": {"S": "nope"}},
    )
    assert body(response) == {
        "Items": [],
        "Count": 0,
        "ScannedCount": 18,
        "LastEvaluatedKey": {"pk": {"S": "p"}, "sk": {"N": "17"}},
    }


@pytest.mark.parametrize("limit", [None, 1])
def test_query_hash_only_table(dynafake: DynaFake, client: Any, limit: int | None) -> None:
    """One item at most: no cursor, even when the Limit is reached (DynamoDB Local)."""
    dynafake.table("users", "id", items=[{"id": "u1", "n": 1}, {"id": "u2"}])
    response = client.query(
        TableName="users",
        KeyConditionExpression="id = :u",
        ExpressionAttributeValues={":u": {"S": "u1"}},
        **({} if limit is None else {"Limit": limit}),
    )
    assert body(response) == {
        "Items": [{"id": {"S": "u1"}, "n": {"N": "1"}}],
        "Count": 1,
        "ScannedCount": 1,
    }


def test_query_paginator(client: Any, log: Any) -> None:
    pages = list(
        client.get_paginator("query").paginate(
            TableName="log",
            KeyConditionExpression="pk = :p",
            ExpressionAttributeValues=P,
            PaginationConfig={"PageSize": 4},
        )
    )
    assert [sks(p) for p in pages] == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]


def test_query_through_the_resource_with_conditions(dynafake: DynaFake, log: Any) -> None:
    table = boto3.resource("dynamodb").Table("log")
    response = table.query(
        KeyConditionExpression=Key("pk").eq("p") & Key("sk").between(2, 8),
        FilterExpression=Attr("a").eq(1) | Attr("tag").begins_with("t2"),
    )
    assert response["Items"] == [
        {"pk": "p", "sk": 2, "a": 2, "tag": "t2"},
        {"pk": "p", "sk": 4, "a": 1, "tag": "t4"},
        {"pk": "p", "sk": 7, "a": 1, "tag": "t7"},
    ]
    assert (response["Count"], response["ScannedCount"]) == (3, 7)


def test_query_resource_begins_with_on_a_string_sort_key(dynafake: DynaFake) -> None:
    dynafake.table(
        "orders",
        "customer",
        "order_id",
        items=[
            {"customer": "c1", "order_id": o, "total": 1} for o in ("2024-01", "2024-02", "2025-01")
        ],
    )
    table = boto3.resource("dynamodb").Table("orders")
    response = table.query(
        KeyConditionExpression=Key("customer").eq("c1") & Key("order_id").begins_with("2024")
    )
    assert [i["order_id"] for i in response["Items"]] == ["2024-01", "2024-02"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"Limit": 0},
            "1 validation error detected: Value at 'Limit' failed to satisfy "
            "constraint: Member must have value greater than or equal to 1",
        ),
        (
            {"Select": "count"},
            "1 validation error detected: Value 'count' at 'select' failed to "
            "satisfy constraint: Member must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, "
            "ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]",
        ),
        (
            {"Select": "ALL_PROJECTED_ATTRIBUTES"},
            "1 validation error detected: "
            "ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName",
        ),
        (
            {"Select": "SPECIFIC_ATTRIBUTES"},
            "1 validation error detected: Must specify the AttributesToGet or "
            "ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES",
        ),
        (
            {"Select": "ALL_ATTRIBUTES", "ProjectionExpression": "a"},
            "1 validation error detected: "
            "Cannot specify the ProjectionExpression when choosing to get ALL_ATTRIBUTES",
        ),
        ({"IndexName": "nope"}, "The table does not have the specified index: nope"),
        ({"ExclusiveStartKey": {"pk": {"S": "p"}}}, "The provided starting key is invalid"),
        (
            {"ExclusiveStartKey": {"pk": {"S": "p"}, "zz": {"N": "1"}}},
            "The provided starting key is invalid",
        ),
        (
            {"ExclusiveStartKey": {"pk": {"S": "p"}, "sk": {"S": "1"}}},
            "The provided key element does not match the schema",
        ),
        (
            {"ExclusiveStartKey": {"pk": {"S": "q"}, "sk": {"N": "1"}}},
            "The provided starting key is outside query boundaries based on provided conditions",
        ),
        (
            {"ExclusiveStartKey": {"pk": {"S": "p"}, "sk": {"SS": []}}},
            "The provided starting key is invalid: One or more parameter values were invalid: An "
            "string set  may not be empty",
        ),
        (
            {"ExclusiveStartKey": {"pk": {"S": "p"}, "sk": {"N": "1"}, "a": {"N": "1"}}},
            "The provided starting key is invalid",
        ),
    ],
    ids=lambda value: str(value)[:50],
)
def test_query_validation_messages(
    raw_client: Any, log: Any, error_of: ErrorOf, kwargs: dict[str, Any], message: str
) -> None:
    assert error_of(
        raw_client.query,
        TableName="log",
        KeyConditionExpression="pk = :p",
        ExpressionAttributeValues=P,
        **kwargs,
    ) == (VE, message)


@pytest.mark.parametrize(
    ("condition", "start", "message"),
    [
        (
            "sk > :v",
            {"pk": {"S": "p"}, "sk": {"N": "1"}},
            "The provided starting key does not match the range key predicate",
        ),
        (
            "sk < :v",
            {"pk": {"S": "q"}, "sk": {"N": "1"}},
            "The query can return at most one row and cannot be restarted",
        ),
    ],
)
def test_query_start_key_against_the_sort_condition(
    client: Any, log: Any, error_of: ErrorOf, condition: str, start: Any, message: str
) -> None:
    assert error_of(
        client.query,
        TableName="log",
        KeyConditionExpression=f"pk = :p AND {condition}",
        ExpressionAttributeValues={**P, ":v": {"N": "5"}},
        ExclusiveStartKey=start,
    ) == (VE, message)


def test_query_filter_on_a_key_attribute_is_refused(
    client: Any, log: Any, error_of: ErrorOf
) -> None:
    assert error_of(
        client.query,
        TableName="log",
        KeyConditionExpression="pk = :p",
        FilterExpression="sk > :v",
        ExpressionAttributeValues={**P, ":v": {"N": "1"}},
    ) == (
        VE,
        "Filter Expression can only contain non-primary key attributes: Primary key attribute: sk",
    )


def test_query_without_key_condition(client: Any, log: Any, error_of: ErrorOf) -> None:
    assert error_of(client.query, TableName="log") == (
        VE,
        "Either the KeyConditions or KeyConditionExpression parameter must be specified in the "
        "request.",
    )


def test_query_legacy_key_conditions_and_query_filter(client: Any, log: Any) -> None:
    response = client.query(
        TableName="log",
        KeyConditions={
            "pk": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "p"}]},
            "sk": {"ComparisonOperator": "GT", "AttributeValueList": [{"N": "5"}]},
        },
        QueryFilter={"a": {"ComparisonOperator": "EQ", "AttributeValueList": [{"N": "2"}]}},
        AttributesToGet=["sk"],
    )
    assert body(response) == {
        "Items": [{"sk": {"N": "8"}}],
        "Count": 1,
        "ScannedCount": 4,
    }


def test_query_start_key_on_a_table_without_sort_key(
    dynafake: DynaFake, client: Any, error_of: ErrorOf
) -> None:
    """Live (scylladb test_query_no_sort_key_exclusive_start_key); DynamoDB Local answers an
    empty page."""
    dynafake.table("accounts", ("id", "N"), items=[{"id": 3}])
    assert error_of(
        client.query,
        TableName="accounts",
        KeyConditionExpression="id = :i",
        ExpressionAttributeValues={":i": {"N": "3"}},
        ExclusiveStartKey={"id": {"N": "3"}},
    ) == (
        VE,
        "The provided exclusive start key is invalid: ExclusiveStartKey: "
        "{id=AttributeValue: {N:3}}",
    )


def test_query_1_mb_reached_on_the_last_item_has_no_cursor(dynafake: DynaFake, client: Any) -> None:
    dynafake.table(
        "big",
        "pk",
        ("sk", "N"),
        items=[{"pk": "p", "sk": i, "payload": "x" * 60000} for i in range(18)],
    )
    response = client.query(
        TableName="big",
        KeyConditionExpression="pk = :p",
        ExpressionAttributeValues=P,
        Select="COUNT",
    )
    assert body(response) == {"Count": 18, "ScannedCount": 18}


@pytest.mark.parametrize(
    ("condition", "values", "forward", "limit", "last_key"),
    [
        ("sk BETWEEN :a AND :b", {":a": "7", ":b": "9"}, True, 3, None),
        ("sk <= :a", {":a": "8"}, True, 9, None),
        ("sk >= :a", {":a": "8"}, False, 2, None),
        ("sk BETWEEN :a AND :b", {":a": "7", ":b": "9"}, False, 3, None),
        ("sk BETWEEN :a AND :b", {":a": "7", ":b": "8.5"}, True, 2, "8"),
        ("sk = :a", {":a": "5"}, True, 1, "5"),
        ("sk < :a", {":a": "3"}, True, 3, "2"),
        ("sk >= :a", {":a": "8"}, True, 2, "9"),
        ("sk <= :a", {":a": "1"}, False, 2, "0"),
    ],
)
def test_query_limit_on_the_far_bound_of_the_condition(
    client: Any,
    log: Any,
    condition: str,
    values: dict[str, str],
    forward: bool,
    limit: int,
    last_key: str | None,
) -> None:
    """DynamoDB Local 3.3.1, captured: a page its Limit ends on the inclusive bound the read
    moves towards has no cursor (no item can follow); anywhere else it has one."""
    response = client.query(
        TableName="log",
        KeyConditionExpression=f"pk = :p AND {condition}",
        ExpressionAttributeValues={**P, **{k: {"N": v} for k, v in values.items()}},
        ScanIndexForward=forward,
        Limit=limit,
    )
    expected = None if last_key is None else {"pk": {"S": "p"}, "sk": {"N": last_key}}
    assert response.get("LastEvaluatedKey") == expected
    assert response["Count"] == limit


def test_query_constraints_reported_together_in_the_services_order(
    raw_client: Any, log: Any, error_of: ErrorOf
) -> None:
    """dynalite's query.js ('should return ValidationException for invalid values'), live."""
    code, message = error_of(
        raw_client.query,
        TableName="abc;",
        IndexName="abc;",
        Select="hi",
        Limit=-1,
        ReturnConsumedCapacity="hi",
        AttributesToGet=[],
        QueryFilter={"a": {}, "b": {"ComparisonOperator": ""}},
        KeyConditions={"a": {}},
    )
    assert (code, message.split("; ")) == (
        VE,
        [
            "9 validation errors detected: Value 'hi' at 'select' failed to satisfy constraint: "
            "Member must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, "
            "ALL_PROJECTED_ATTRIBUTES]",
            "Value 'abc;' at 'indexName' failed to satisfy constraint: Member must satisfy "
            "regular expression pattern: [a-zA-Z0-9_.-]+",
            "Value 'hi' at 'returnConsumedCapacity' failed to satisfy constraint: Member must "
            "satisfy enum value set: [INDEXES, TOTAL, NONE]",
            "Value null at 'queryFilter.a.member.comparisonOperator' failed to satisfy "
            "constraint: Member must not be null",
            "Value '' at 'queryFilter.b.member.comparisonOperator' failed to satisfy constraint: "
            "Member must satisfy enum value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, "
            "NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]",
            "Value 'abc;' at 'tableName' failed to satisfy constraint: Member must satisfy "
            "regular expression pattern: [a-zA-Z0-9_.-]+",
            "Value at 'AttributesToGet' failed to satisfy constraint: Member must have length "
            "greater than or equal to 1",
            "Value at 'Limit' failed to satisfy constraint: Member must have value greater than "
            "or equal to 1",
            "Value null at 'keyConditions.a.member.comparisonOperator' failed to satisfy "
            "constraint: Member must not be null",
        ],
    )


def test_query_bad_conditional_operator_is_reported_alone_first(
    raw_client: Any, log: Any, error_of: ErrorOf
) -> None:
    """Live, paritysuite tier3 validation-ordering/query.test.ts (2026-10-09): bare, "[ALL, OR]"
    (sic), before an unknown Select and a missing table."""
    assert error_of(
        raw_client.query,
        TableName="nope",
        KeyConditions={"pk": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "a"}]}},
        QueryFilter={"b": {"ComparisonOperator": "NULL"}, "c": {"ComparisonOperator": "NULL"}},
        ConditionalOperator="XOR",
        Select="BOGUS",
    ) == (VE, "Failed to satisfy constraint: Member must satisfy enum value set: [ALL, OR]")


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"TableName": "nope"}, ("ResourceNotFoundException", "Requested resource not found")),
        (
            {"TableName": "log", "IndexName": "nope"},
            (VE, "The table does not have the specified index: nope"),
        ),
    ],
)
def test_query_unknown_table_or_index_before_unused_names(
    client: Any, log: Any, error_of: ErrorOf, kwargs: dict[str, Any], expected: tuple[str, str]
) -> None:
    """DynamoDB Local's order (no live capture of it)."""
    assert (
        error_of(
            client.query,
            KeyConditionExpression="pk = :p",
            ExpressionAttributeValues=P,
            ExpressionAttributeNames={"#x": "x"},
            **kwargs,
        )
        == expected
    )
