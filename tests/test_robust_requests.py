"""Any request body gets DynamoDB's kind of answer: a success or an error with a type and a
message, never an internal exception escaping into the code under test.

Hypothesis starts from valid requests of every data operation (reads and writes, with
expressions, indexes and transactions) and breaks one member: drops it, or puts a value of
another JSON type (or a near-valid DynamoDB value) in its place, at any depth.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pytest_dynafake import DynaFake
from tests._requests import request

KEY = {"pk": {"S": "a"}, "sk": {"N": "1"}}
ITEM = {
    **KEY,
    "g": {"S": "x"},
    "n": {"N": "5"},
    "ss": {"SS": ["a", "b"]},
    "m": {"M": {"l": {"L": [{"N": "1"}, {"B": "AA=="}]}}},
}
NAMES = {"#n": "n", "#m": "m"}
VALUES = {":one": {"N": "1"}, ":s": {"SS": ["c"]}, ":x": {"S": "x"}}
CONDITION = {
    "ConditionExpression": "attribute_exists(pk) AND #n >= :one",
    "ExpressionAttributeNames": NAMES,
    "ExpressionAttributeValues": VALUES,
}
UPDATE = {
    "UpdateExpression": "SET #n = #n + :one, #m.l[0] = :x ADD ss :s REMOVE g",
    "ConditionExpression": "size(#m) > :one OR g = :x",
    "ExpressionAttributeNames": NAMES,
    "ExpressionAttributeValues": VALUES,
}
TEMPLATES: dict[str, dict[str, Any]] = {
    "GetItem": {"TableName": "things", "Key": KEY, "ProjectionExpression": "#m.l[0], g",
                "ExpressionAttributeNames": {"#m": "m"}},
    "BatchGetItem": {"RequestItems": {"things": {"Keys": [KEY], "ConsistentRead": True}}},
    "TransactGetItems": {"TransactItems": [{"Get": {"TableName": "things", "Key": KEY}}]},
    "Query": {"TableName": "things", "IndexName": "by_g", "KeyConditionExpression": "g = :x",
              "FilterExpression": "#n BETWEEN :one AND :one", "Limit": 2,
              "ExpressionAttributeNames": {"#n": "n"},
              "ExpressionAttributeValues": {":x": {"S": "x"}, ":one": {"N": "1"}},
              "ExclusiveStartKey": {**KEY, "g": {"S": "x"}}},
    "Scan": {"TableName": "things", "Segment": 0, "TotalSegments": 2, "ScanFilter":
             {"n": {"ComparisonOperator": "GT", "AttributeValueList": [{"N": "1"}]}}},
    "PutItem": {"TableName": "things", "Item": ITEM, "ReturnValues": "ALL_OLD",
                "ReturnConsumedCapacity": "INDEXES", **CONDITION},
    "UpdateItem": {"TableName": "things", "Key": KEY, "ReturnValues": "UPDATED_NEW",
                   "ReturnValuesOnConditionCheckFailure": "ALL_OLD", **UPDATE},
    "DeleteItem": {"TableName": "things", "Key": KEY, "ReturnItemCollectionMetrics": "SIZE",
                   "Expected": {"n": {"ComparisonOperator": "EQ",
                                      "AttributeValueList": [{"N": "5"}]}}},
    "BatchWriteItem": {"RequestItems": {"things": [
        {"PutRequest": {"Item": ITEM}}, {"DeleteRequest": {"Key": {**KEY, "sk": {"N": "2"}}}}]},
                       "ReturnConsumedCapacity": "TOTAL"},
    "TransactWriteItems": {"TransactItems": [
        {"Put": {"TableName": "things", "Item": {**ITEM, "sk": {"N": "3"}}}},
        {"Update": {"TableName": "things", "Key": KEY, **UPDATE}},
        {"ConditionCheck": {"TableName": "things", "Key": {**KEY, "sk": {"N": "4"}}, **CONDITION}},
        {"Delete": {"TableName": "things", "Key": {**KEY, "sk": {"N": "5"}}}},
    ], "ClientRequestToken": "tok", "ReturnConsumedCapacity": "INDEXES"},
}  # fmt: skip

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False),
    st.text(max_size=6),
    st.sampled_from(["", "S", "N", "things", "#n", ":one", "ALL_NEW", "1e999", "NaN", "pk", "g"]),
    # expression-like text: tokens of every clause, in any order
    st.lists(
        st.sampled_from(
            [
                "SET",
                "REMOVE",
                "ADD",
                "DELETE",
                "AND",
                "OR",
                "NOT",
                "BETWEEN",
                "IN",
                "size",
                "if_not_exists",
                "list_append",
                "attribute_exists",
                "begins_with",
                "(",
                ")",
                ",",
                "=",
                "<>",
                "<",
                "+",
                "-",
                ".",
                "[0]",
                "[",
                "]",
                "#n",
                "#m",
                ":one",
                ":s",
                ":x",
                "n",
                "m",
                "pk",
                "g",
                "l",
            ]
        ),
        max_size=10,
    ).map(" ".join),
)
ATTRIBUTE_VALUES = st.sampled_from(
    [{"S": ""}, {"N": "x"}, {"SS": []}, {"SS": ["a", "a"]}, {"B": "!"}, {"NULL": False},
     {"M": {"": {"S": "a"}}}, {"L": [{}]}, {"S": "a", "N": "1"}, {"BOOL": "yes"}, {}]
)  # fmt: skip
JSON = st.recursive(
    SCALARS | ATTRIBUTE_VALUES,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=6,
)


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path] if path else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*path, index))
    return found


def broken_requests(templates: dict[str, dict[str, Any]]) -> st.SearchStrategy[Any]:
    """``(operation, body)``: a template's body with one to three members broken. A template's
    name is its operation, with a word after it for a second template of one operation."""

    @st.composite
    def broken(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
        template = draw(st.sampled_from(sorted(templates)))
        body = copy.deepcopy(templates[template])
        for _ in range(draw(st.integers(1, 3))):
            paths = _paths(body)
            if not paths:
                break
            path = draw(st.sampled_from(paths))
            parent = body
            for step in path[:-1]:
                parent = parent[step]
            if draw(st.booleans()) and isinstance(parent, dict):
                del parent[path[-1]]
            else:
                parent[path[-1]] = copy.deepcopy(draw(JSON))  # never a shared constant
        return template.split()[0], body

    return broken()


def assert_dynamodb_kind(response: Any) -> None:
    """A success, or an error with DynamoDB's type and a message."""
    answer = json.loads(response.content)
    if response.status_code == 200:
        assert "__type" not in answer
    else:
        assert response.status_code == 400, answer
        assert answer["__type"].startswith("com.amazon"), answer
        # TransactionCanceledException spells it "Message", as DynamoDB does.
        message = answer.get("message", answer.get("Message"))
        assert isinstance(message, str), answer
        assert message, answer


def fake() -> DynaFake:
    built = DynaFake()
    built.table(
        "things",
        ("pk", "S"),
        ("sk", "N"),
        indexes={"by_g": {"partition_key": ("g", "S"), "sort_key": ("n", "N")},
                 "by_n": {"sort_key": ("n", "N"), "local": True}},
        items=[{"pk": "a", "sk": i, "g": "x", "n": i, "ss": {"a"}, "m": {"l": [1]}}
               for i in range(1, 4)],
    )  # fmt: skip
    return built


FAKE = fake()


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(broken_requests(TEMPLATES))
def test_any_broken_request_gets_an_answer_of_dynamodb_s_kind(case: tuple[str, Any]) -> None:
    operation, body = case
    assert_dynamodb_kind(
        FAKE.layer()._respond(operation, request(operation, json.dumps(body).encode()))
    )
