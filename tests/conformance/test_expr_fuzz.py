"""Differential fuzzing of the expression package against DynamoDB Local: mutated filter and
key-condition expressions must get the same message (or both be accepted), and random valid
filters must keep the same items of a table of every attribute type.

Allowed mismatches: the live differences of tests/_expr_cases.py (an empty expression next to
values, the missed key schema element named, the newest wordings of the key condition counts).
``HYPOTHESIS_PROFILE=long`` for thousands of cases.
"""

from __future__ import annotations

import os
import random
from typing import Any

import pytest
from botocore.exceptions import ClientError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pytest_dynafake._expr import bind, parse_request
from pytest_dynafake._validation import AwsError
from pytest_dynafake._wire import canonical_wire
from tests._expr_cases import SCHEMAS, TABLE, keys_of

from .test_expr_capture import local  # noqa: F401 - the DynamoDB Local fixture

pytestmark = [pytest.mark.conformance, pytest.mark.fuzz]
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
FUZZ = settings(
    deadline=None,
    database=None,
    derandomize=PROFILE != "long",
    max_examples=5_000 if PROFILE == "long" else 60,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
TOKENS = [
    "a", "b", "pk", "sk", "#n", ":v", ":w", "=", "<>", "<", ">=", "AND", "OR", "NOT",
    "BETWEEN", "IN", "(", ")", ",", ".", "[", "]", "0", "size", "contains",
    "attribute_exists", "begins_with",
]  # fmt: skip
FILTERS = [
    "a = :v",
    "a < :v AND b = :w",
    "contains(a, :v) OR NOT b = :w",
    "a BETWEEN :v AND :w",
    "a IN (:v, :w)",
    "size(a) > :v",
    "(a = :v OR b = :w) AND #n <> :v",
    "attribute_exists(a.b[1])",
    "begins_with(#n, :v)",
    "(a = :v) AND (b < :w OR NOT (a IN (:v, :w)))",
    "(size(a)) > :v AND ((b = :w) OR a = :v)",
]
KEY_CONDITIONS = [
    "pk = :v",
    "pk = :v AND sk < :w",
    "pk = :v AND begins_with(sk, :w)",
    "pk = :v AND sk BETWEEN :v AND :w",
    ":v = pk AND :w > sk",
    "#n = :v AND sk = :w",
    "(pk = :v) AND (sk >= :w)",
]


@st.composite
def mutated(draw: st.DrawFn, bases: list[str]) -> str:
    tokens = draw(st.sampled_from(bases)).replace("(", " ( ").replace(")", " ) ")
    words = tokens.replace(",", " , ").split()
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(words)))
        action = draw(st.sampled_from(["insert", "delete", "replace"]))
        if action == "insert":
            words.insert(index, draw(st.sampled_from(TOKENS)))
        elif words:
            spot = min(index, len(words) - 1)
            if action == "delete":
                words.pop(spot)
            else:
                words[spot] = draw(st.sampled_from(TOKENS))
    return " ".join(words)


def _local_message(client: Any, operation: str, body: dict[str, Any]) -> str:
    try:
        getattr(client, operation)(**body)
    except ClientError as error:
        return str(error.response["Error"]["Message"])
    return ""


def _fake_message(body: dict[str, Any], query: bool) -> str:
    try:
        expressions = parse_request(body, key_condition=query, filter=True, projection=True)
        table_keys, index_keys = keys_of(body["TableName"])
        hash_attrs, range_attrs = SCHEMAS[body["TableName"], None]
        queried = [name for name, _ in hash_attrs + range_attrs] if query else None
        expressions.check_keys(table_keys, index_keys, queried)
        if query and expressions.key_condition is not None:
            bind(expressions.key_condition, hash_attrs, range_attrs, table_keys=table_keys)
    except AwsError as error:
        return error.message
    return ""


def _allowed(expression: str, local_says: str, ours: str) -> bool:
    """The live differences of tests/_expr_cases.py, in the forms the fuzz meets them."""
    return (
        not expression.strip()
        or (local_says == MISSED and ours.startswith(MISSED + ": "))
        or ours == "Invalid KeyConditionExpression: " + local_says
        or (local_says in TOO_MANY_LOCAL and ours.startswith("The number of query conditions ("))
    )


MISSED = "Query condition missed key schema element"
TOO_MANY_LOCAL = ("Conditions can be of length 1 or 2 only", "Query key condition not supported")


@FUZZ
@given(expression=mutated(FILTERS))
def test_mutated_filters_get_dynamodb_locals_message(local: Any, expression: str) -> None:  # noqa: F811
    body = {
        "TableName": TABLE,
        "FilterExpression": expression,
        "ExpressionAttributeValues": {":v": {"S": "1"}, ":w": {"S": "2"}},
        "ExpressionAttributeNames": {"#n": "x"},
    }
    local_says = _local_message(local, "scan", body)
    ours = _fake_message(body, query=False)
    if not _allowed(expression, local_says, ours):
        assert ours == local_says


@FUZZ
@given(
    expression=mutated(KEY_CONDITIONS),
    low=st.sampled_from(["0", "2"]),
    name=st.sampled_from(["pk", "sk"]),
)
def test_mutated_key_conditions_get_dynamodb_locals_message(
    local: Any,  # noqa: F811
    expression: str,
    low: str,
    name: str,
) -> None:
    body = {
        "TableName": TABLE,
        "KeyConditionExpression": expression,
        "ExpressionAttributeValues": {":v": {"S": "1"}, ":w": {"S": low}},
        "ExpressionAttributeNames": {"#n": name},
    }
    local_says = _local_message(local, "query", body)
    ours = _fake_message(body, query=True)
    if not _allowed(expression, local_says, ours):
        assert ours == local_says


# -- semantics: which items a valid filter keeps -------------------------------------------------
SEMANTIC_TABLE = "exprs_items"
VALUES: list[dict[str, Any]] = [
    {"S": "a"}, {"S": "ab"}, {"S": "é"}, {"S": "\U0001f600"}, {"S": "\uffff"}, {"S": ""},
    {"N": "1"}, {"N": "-1.5"}, {"N": "10"}, {"N": "1e3"}, {"B": b"\x00"}, {"B": b"\xff\x01"},
    {"B": b""}, {"SS": ["a", "b"]}, {"NS": ["1", "2.5"]}, {"BS": [b"\x00", b"\x01"]},
    {"L": [{"S": "a"}, {"N": "1"}]}, {"L": []}, {"M": {"a": {"N": "1"}}}, {"M": {}},
    {"BOOL": True}, {"BOOL": False}, {"NULL": True},
]  # fmt: skip
OPERANDS = [v for v in VALUES if next(iter(v.values())) not in ("", b"")]
SCALARS = [v for v in OPERANDS if next(iter(v)) in ("S", "N", "B")]
PATHS = ["a", "b", "c", "m.x", "m.l[0]", "m.l[1]", "m.l[5]", "nope"]
TYPES = ["S", "N", "B", "SS", "NS", "BS", "L", "M", "BOOL", "NULL"]
KINDS = ["eq", "order", "between", "in", "contains", "begins", "size", "type", "exists"]


def items(seed: int = 11) -> list[dict[str, Any]]:
    """Twenty items with attributes of every type (the same ones on every run)."""
    rng = random.Random(seed)
    out = []
    for number in range(20):
        item: dict[str, Any] = {"id": {"N": str(number)}}
        for name in ("a", "b", "c"):
            if rng.random() < 0.8:
                item[name] = rng.choice(VALUES)
        if rng.random() < 0.5:
            pair = [rng.choice(VALUES) for _ in range(2)]
            item["m"] = {"M": {"x": rng.choice(VALUES), "l": {"L": pair}}}
        out.append(item)
    return out


@st.composite
def condition(draw: st.DrawFn, values: dict[str, Any]) -> str:
    def value(pool: list[dict[str, Any]]) -> str:
        key = f":v{len(values)}"
        values[key] = draw(st.sampled_from(pool))
        return key

    path = draw(st.sampled_from(PATHS))
    kind = draw(st.sampled_from(KINDS))
    if kind == "eq":
        return f"{path} {draw(st.sampled_from(['=', '<>']))} {value(OPERANDS)}"
    if kind == "order":
        return f"{path} {draw(st.sampled_from(['<', '<=', '>', '>=']))} {value(SCALARS)}"
    if kind == "between":
        return f"{path} BETWEEN {value(SCALARS)} AND {value(SCALARS)}"
    if kind == "in":
        return f"{path} IN ({value(OPERANDS)}, {value(OPERANDS)})"
    if kind == "contains":
        return f"contains({path}, {value(OPERANDS)})"
    if kind == "begins":
        return f"begins_with({path}, {value([v for v in SCALARS if 'N' not in v])})"
    if kind == "size":
        values[key := f":v{len(values)}"] = {"N": str(draw(st.integers(0, 3)))}
        return f"size({path}) {draw(st.sampled_from(['=', '<', '>=']))} {key}"
    if kind == "type":
        values[key := f":v{len(values)}"] = {"S": draw(st.sampled_from(TYPES))}
        return f"attribute_type({path}, {key})"
    return f"{draw(st.sampled_from(['attribute_exists', 'attribute_not_exists']))}({path})"


@st.composite
def filters(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    values: dict[str, Any] = {}
    expression = draw(condition(values))
    for _ in range(draw(st.integers(0, 2))):
        joiner = draw(st.sampled_from(["AND", "OR", "AND NOT", "OR NOT"]))
        expression = f"{expression} {joiner} {draw(condition(values))}"
    return expression, values


@pytest.fixture(scope="module")
def seeded(local: Any) -> tuple[Any, list[dict[str, Any]]]:  # noqa: F811
    local.create_table(
        TableName=SEMANTIC_TABLE,
        BillingMode="PAY_PER_REQUEST",
        KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "N"}],
    )
    data = items()
    for item in data:
        local.put_item(TableName=SEMANTIC_TABLE, Item=item)
    return local, [{k: canonical_wire(v) for k, v in item.items()} for item in data]


@FUZZ
@given(case=filters())
def test_random_filters_keep_what_dynamodb_local_keeps(
    seeded: tuple[Any, list[dict[str, Any]]], case: tuple[str, dict[str, Any]]
) -> None:
    client, wire_items = seeded
    expression, values = case
    body: dict[str, Any] = {"TableName": SEMANTIC_TABLE, "FilterExpression": expression}
    if values:
        body["ExpressionAttributeValues"] = values
    try:
        theirs: object = sorted(int(i["id"]["N"]) for i in client.scan(**body)["Items"])
    except ClientError as error:
        theirs = error.response["Error"]["Message"]
    try:
        expressions = parse_request(body, key_condition=False, filter=True, projection=True)
        assert expressions.filter is not None
        ours: object = sorted(
            int(item["id"]["N"]) for item in wire_items if expressions.filter.matches(item)
        )
    except AwsError as error:
        ours = error.message
    assert ours == theirs
