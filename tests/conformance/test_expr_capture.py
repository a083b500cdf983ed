"""The expression package's messages and filter semantics, proven against DynamoDB Local
before Query and Scan exist: every case of tests/_expr_cases.py is sent to DynamoDB Local as
a Query or Scan, and its answer must be the message the package gives (tests/test_expr_request.py
checks the package), unless the case follows live DynamoDB (``LIVE_DIFFERENCES``)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Any

import pytest
from botocore import xform_name
from botocore.exceptions import ClientError

from pytest_dynafake._expr import parse_request
from pytest_dynafake._wire import canonical_wire
from tests._expr_cases import CASES, HASH_TABLE, LIVE_DIFFERENCES, SCHEMAS, TABLE

from ._ddblocal import DynamoDBLocal, find_jar
from .conftest import _unavailable, make_client

pytestmark = pytest.mark.conformance


def _key_schema(hash_attrs: list[tuple[str, str]], range_attrs: list[tuple[str, str]]) -> Any:
    return [{"AttributeName": n, "KeyType": "HASH"} for n, _ in hash_attrs] + [
        {"AttributeName": n, "KeyType": "RANGE"} for n, _ in range_attrs
    ]


def _create(client: Any, table: str) -> None:
    definitions: dict[str, str] = {}
    indexes = []
    for (name, index), (hash_attrs, range_attrs) in SCHEMAS.items():
        if name != table:
            continue
        definitions.update(hash_attrs + range_attrs)
        if index is not None:
            indexes.append(
                {
                    "IndexName": index,
                    "KeySchema": _key_schema(hash_attrs, range_attrs),
                    "Projection": {"ProjectionType": "ALL"},
                }
            )
    hash_attrs, range_attrs = SCHEMAS[table, None]
    extra: dict[str, Any] = {"GlobalSecondaryIndexes": indexes} if indexes else {}
    client.create_table(
        TableName=table,
        BillingMode="PAY_PER_REQUEST",
        KeySchema=_key_schema(hash_attrs, range_attrs),
        AttributeDefinitions=[
            {"AttributeName": n, "AttributeType": t} for n, t in definitions.items()
        ],
        **extra,
    )


# One item, and filters whose outcome on it (kept or not) both sides must agree on.
ITEM: dict[str, Any] = {
    "pk": {"S": "1"},
    "s": {"S": "é𝄞a"},
    "n": {"N": "10"},
    "bin": {"B": b"\xff\x00"},
    "ss": {"SS": ["a", "b"]},
    "ns": {"NS": ["1", "2.5"]},
    "l": {"L": [{"S": "a"}, {"N": "1"}]},
    "m": {"M": {"x": {"N": "1"}, "deep": {"L": [{"M": {"y": {"S": "z"}}}]}}},
    "t": {"BOOL": True},
    "z": {"NULL": True},
}
N1, N10 = {"N": "1"}, {"N": "10"}
FILTERS: list[tuple[str, dict[str, Any]]] = [
    ("size(s) = :v", {":v": {"N": "4"}}),
    ("size(s) = :v", {":v": {"N": "7"}}),
    ("size(bin) = :v", {":v": {"N": "2"}}),
    ("size(ss) = :v AND size(m) = :v", {":v": {"N": "2"}}),
    ("size(n) = :v", {":v": {"N": "2"}}),
    ("absent <> :v", {":v": N1}),
    ("n <> :v", {":v": {"S": "10"}}),
    ("NOT absent = :v", {":v": N1}),
    ("n < :v", {":v": {"S": "3"}}),
    ("n > :v", {":v": {"N": "9.5"}}),
    ("n = :v", {":v": {"N": "1E1"}}),
    ("s < :v", {":v": {"S": "\uffff"}}),
    ("s > :v", {":v": {"S": "é"}}),
    ("bin > :v", {":v": {"B": b"\x7f"}}),
    ("contains(s, :v)", {":v": {"S": "𝄞"}}),
    ("contains(ss, :v)", {":v": {"S": "a"}}),
    ("contains(ns, :v)", {":v": {"N": "2.50"}}),
    ("contains(l, :v)", {":v": {"N": "1.0"}}),
    ("contains(bin, :v)", {":v": {"B": b"\x00"}}),
    ("contains(s, :v)", {":v": N1}),
    ("contains(n, :v)", {":v": N1}),
    ("contains(:v, s)", {":v": {"S": "xé𝄞ay"}}),
    ("begins_with(bin, :v)", {":v": {"B": b"\xff"}}),
    ("begins_with(s, :v)", {":v": {"S": "é"}}),
    ("attribute_type(n, :v)", {":v": {"S": "N"}}),
    ("attribute_type(m.deep, :v)", {":v": {"S": "L"}}),
    ("attribute_exists(m.deep[0].y) AND attribute_not_exists(m.deep[1])", {}),
    ("n IN (:a, :b)", {":a": N1, ":b": {"N": "10.0"}}),
    ("l[1] = :v AND m.x = :v", {":v": N1}),
    ("l[5] = :v", {":v": N1}),
    ("NOT NOT n = :v", {":v": N10}),
    ("n = :v OR n = :v AND n = :w", {":v": N10, ":w": N1}),
    ("(n = :v OR n = :v) AND n = :w", {":v": N10, ":w": N1}),
    ("(n) = :v", {":v": N10}),
    ("l = :v", {":v": {"L": [{"S": "a"}, {"N": "1.0"}]}}),
    ("ss = :v AND ns = :w", {":v": {"SS": ["b", "a"]}, ":w": {"NS": ["2.5", "1"]}}),
    ("z = :v", {":v": {"NULL": True}}),
    ("t = :v", {":v": {"BOOL": True}}),
    ("n BETWEEN :a AND :b", {":a": N1, ":b": N10}),
    ("s BETWEEN :a AND :b", {":a": {"S": "a"}, ":b": {"S": "é"}}),
]


def _legacy(operator: str, *values: dict[str, Any]) -> dict[str, Any]:
    condition: dict[str, Any] = {"ComparisonOperator": operator}
    if values:
        condition["AttributeValueList"] = list(values)
    return condition


LEGACY_FILTERS: list[dict[str, Any]] = [
    {"ScanFilter": {"absent": _legacy("NE", {"S": "x"})}},
    {"ScanFilter": {"absent": _legacy("NOT_CONTAINS", {"S": "x"})}},
    {"ScanFilter": {"absent": _legacy("NULL")}},
    {"ScanFilter": {"z": _legacy("NOT_NULL")}},
    {"ScanFilter": {"n": _legacy("NE", {"S": "10"})}},
    {"ScanFilter": {"n": _legacy("NOT_CONTAINS", N1)}},
    {"ScanFilter": {"l": _legacy("CONTAINS", N1)}},
    {"ScanFilter": {"n": _legacy("IN", N10, {"N": "3"})}},
    {"ScanFilter": {"s": _legacy("BEGINS_WITH", {"S": "é"})}},
    {"ScanFilter": {"ss": _legacy("EQ", {"SS": ["b", "a"]})}},
    {"ScanFilter": {"n": _legacy("LT", {"S": "3"})}},
    {
        "ScanFilter": {"n": _legacy("EQ", N10), "absent": _legacy("EQ", N1)},
        "ConditionalOperator": "OR",
    },
    {"ScanFilter": {"m": _legacy("NE", {"M": {"x": N1}})}},
    {"ScanFilter": {"l": _legacy("EQ", {"L": [{"S": "a"}, N1]})}},
    {"ScanFilter": {"bin": _legacy("CONTAINS", {"B": b"\x00"}), "n": _legacy("BETWEEN", N1, N10)}},
]


@pytest.fixture(scope="module")
def local() -> Iterator[Any]:
    jar = find_jar()
    if jar is None:
        _unavailable("DynamoDB Local's DynamoDBLocal.jar was not found")
    if shutil.which("java") is None:
        _unavailable("DynamoDB Local needs Java 17+, and no `java` is on PATH")
    with DynamoDBLocal(jar) as server:
        client = make_client(server.endpoint_url)
        _create(client, TABLE)
        _create(client, HASH_TABLE)
        client.put_item(TableName=HASH_TABLE, Item=ITEM)
        yield client


def _message(client: Any, operation: str, body: dict[str, Any]) -> str:
    try:
        getattr(client, xform_name(operation))(**body)
    except ClientError as error:
        return f"{error.response['Error']['Code']}: {error.response['Error']['Message']}"
    return ""


@pytest.mark.parametrize(
    ("case_id", "operation", "body", "message"), CASES, ids=[case[0] for case in CASES]
)
def test_message_is_dynamodb_locals(
    local: Any, case_id: str, operation: str, body: dict[str, Any], message: str
) -> None:
    expected = LIVE_DIFFERENCES.get(case_id, message)
    assert _message(local, operation, body) == (
        f"ValidationException: {expected}" if expected else ""
    )


@pytest.mark.parametrize(("expression", "values"), FILTERS, ids=[f[0] for f in FILTERS])
def test_filter_keeps_what_dynamodb_local_keeps(
    local: Any, expression: str, values: dict[str, Any]
) -> None:
    body: dict[str, Any] = {"TableName": HASH_TABLE, "FilterExpression": expression}
    if values:
        body["ExpressionAttributeValues"] = values
    theirs = local.scan(**body)["Count"] == 1
    expressions = parse_request(body, key_condition=False, filter=True, projection=True)
    assert expressions.filter is not None
    wire = {name: canonical_wire(value) for name, value in ITEM.items()}
    assert expressions.filter.matches(wire) is theirs


@pytest.mark.parametrize("body", LEGACY_FILTERS, ids=[str(b) for b in LEGACY_FILTERS])
def test_legacy_filter_keeps_what_dynamodb_local_keeps(local: Any, body: dict[str, Any]) -> None:
    theirs = local.scan(TableName=HASH_TABLE, **body)["Count"] == 1
    expressions = parse_request(
        {"TableName": HASH_TABLE, **body},
        key_condition=False,
        filter=True,
        projection=True,
        filter_member="ScanFilter",
    )
    assert expressions.filter is not None
    wire = {name: canonical_wire(value) for name, value in ITEM.items()}
    assert expressions.filter.matches(wire) is theirs
