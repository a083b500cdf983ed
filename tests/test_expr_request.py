"""parse_request and bind: every error case's whole message (captured from DynamoDB Local or
live, see tests/_expr_cases.py), and the structures a valid request gives."""

from __future__ import annotations

from typing import Any

import pytest

from pytest_dynafake._expr import SortCondition, bind, parse_request
from pytest_dynafake._validation import AwsError
from tests._expr_cases import CASES, SCHEMAS, keys_of


def outcome(operation: str, body: dict[str, Any]) -> str:
    """What the expression package says about a request: "" when it accepts it."""
    query = operation == "Query"
    try:
        expressions = parse_request(
            body,
            key_condition=query,
            filter=True,
            projection=True,
            filter_member="QueryFilter" if query else "ScanFilter",
        )
        table_keys, index_keys = keys_of(body["TableName"])
        hash_attrs, range_attrs = SCHEMAS[body["TableName"], body.get("IndexName")]
        queried = [name for name, _ in hash_attrs + range_attrs]
        expressions.check_keys(table_keys, index_keys, queried if query else None)
        if query and expressions.key_condition is not None:
            bind(expressions.key_condition, hash_attrs, range_attrs, table_keys=table_keys)
        if query:  # a filter naming a key attribute plainly: after the key condition
            expressions.check_filter_keys(queried)
    except AwsError as error:
        return f"{error.code}: {error.message}"
    return ""


@pytest.mark.parametrize(
    ("operation", "body", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_expression_errors(operation: str, body: dict[str, Any], message: str) -> None:
    assert outcome(operation, body) == (f"ValidationException: {message}" if message else "")


def test_key_condition_binds_to_hash_values_and_a_sort_range() -> None:
    body = {
        "KeyConditionExpression": "#p = :p AND #s BETWEEN :lo AND :hi",
        "ExpressionAttributeNames": {"#p": "pk", "#s": "sk"},
        "ExpressionAttributeValues": {":p": {"S": "u1"}, ":lo": {"S": "a"}, ":hi": {"S": "m"}},
    }
    expressions = parse_request(body, key_condition=True, filter=True, projection=True)
    assert expressions.key_condition is not None
    assert bind(expressions.key_condition, [("pk", "S")], [("sk", "S")]) == (
        ({"S": "u1"},),
        SortCondition((), "BETWEEN", ({"S": "a"}, {"S": "m"})),
    )


def test_reversed_operands_flip_the_operator() -> None:
    body = {
        "KeyConditionExpression": ":p = pk AND :v < sk",
        "ExpressionAttributeValues": {":p": {"S": "u1"}, ":v": {"N": "5"}},
    }
    expressions = parse_request(body, key_condition=True, filter=False, projection=False)
    assert expressions.key_condition is not None
    assert bind(expressions.key_condition, [("pk", "S")], [("sk", "N")]) == (
        ({"S": "u1"},),
        SortCondition((), "GT", ({"N": "5"},)),
    )


def test_multi_attribute_key_gives_equal_prefix_then_a_range() -> None:
    body = {
        "KeyConditionExpression": "b = :b AND a = :a AND d <= :d AND c = :c",
        "ExpressionAttributeValues": {
            ":a": {"S": "x"},
            ":b": {"S": "y"},
            ":c": {"N": "1"},
            ":d": {"N": "2.50"},
        },
    }
    expressions = parse_request(body, key_condition=True, filter=False, projection=False)
    assert expressions.key_condition is not None
    hash_values, sort = bind(
        expressions.key_condition, [("a", "S"), ("b", "S")], [("c", "N"), ("d", "N")]
    )
    assert (hash_values, sort) == (
        ({"S": "x"}, {"S": "y"}),
        SortCondition(({"N": "1"},), "LE", ({"N": "2.5"},)),
    )
    assert sort is not None
    assert [sort.matches([{"N": "1"}, {"N": d}]) for d in ("2.5", "2.51", "-3")] == [
        True,
        False,
        True,
    ]
    assert sort.matches([{"N": "2"}, {"N": "1"}]) is False


def test_partition_only_query_has_no_sort_condition() -> None:
    body = {"KeyConditionExpression": "pk = :p", "ExpressionAttributeValues": {":p": {"S": "u"}}}
    expressions = parse_request(body, key_condition=True, filter=True, projection=True)
    assert expressions.key_condition is not None
    assert bind(expressions.key_condition, [("pk", "S")], [("sk", "S")]) == (({"S": "u"},), None)
    assert (expressions.filter, expressions.projection) == (None, None)


def test_projection_names_count_as_used_across_the_request() -> None:
    body = {
        "KeyConditionExpression": "pk = :p",
        "ProjectionExpression": "#n, address.city",
        "FilterExpression": "#a > :min",
        "ExpressionAttributeNames": {"#n": "name", "#a": "age"},
        "ExpressionAttributeValues": {":p": {"S": "u"}, ":min": {"N": "30"}},
    }
    expressions = parse_request(body, key_condition=True, filter=True, projection=True)
    assert expressions.projection is not None
    assert expressions.projection.paths == (("name",), ("address", "city"))
    assert expressions.filter is not None
    assert [expressions.filter.matches({"age": {"N": n}}) for n in ("31", "30", "4")] == [
        True,
        False,
        False,
    ]


def test_requests_with_the_same_expression_and_other_values_filter_by_their_own() -> None:
    def keeps(value: str) -> bool:
        body = {
            "FilterExpression": "age > :min",
            "ExpressionAttributeValues": {":min": {"N": value}},
        }
        expressions = parse_request(body, key_condition=False, filter=True, projection=True)
        assert expressions.filter is not None
        return expressions.filter.matches({"age": {"N": "36"}})

    assert [keeps("30"), keeps("40"), keeps("30")] == [True, False, True]


def test_a_refused_request_is_refused_again() -> None:
    body = {"FilterExpression": "age > :min", "ExpressionAttributeValues": {":max": {"N": "1"}}}
    messages = []
    for _ in range(2):
        with pytest.raises(AwsError) as caught:
            parse_request(body, key_condition=False, filter=True, projection=True)
        messages.append(caught.value.message)
    assert (
        messages
        == [
            "Invalid FilterExpression: An expression attribute value used in expression is not "
            "defined; attribute value: :min"
        ]
        * 2
    )
