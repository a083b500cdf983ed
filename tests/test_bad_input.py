"""Bad input never breaks the fake.

Malformed requests (through botocore with its validation off, and as raw JSON bodies) get a
DynamoDB-style error answer or a ``DynaFakeError``, within a time budget, and leave the store
as it was. Malformed seed data (items, key specs, ``create_table`` arguments, table specs, seed
files) raises ``DynaFakeError`` and stores nothing of the failing batch.
"""

from __future__ import annotations

import gzip
import json
import threading
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from pytest_dynafake import DynaFake, DynaFakeError
from tests._requests import request

T = TypeVar("T")
BUDGET = 5.0  # seconds per case; each takes milliseconds
U1 = {"user_id": {"S": "u1"}}
O1 = {"customer": {"S": "c1"}, "order_id": {"N": "1"}}
HUGE = "x" * 1_000_000


Marks = pytest.MarkDecorator | tuple[()] | None


def bug(reason: str, raises: type[BaseException]) -> tuple[()]:
    """A case the fake once got wrong (``reason``; it escaped as ``raises``), reported by this
    corpus and fixed: kept as a regression case, with no mark."""
    del reason, raises
    return ()


def within_budget(function: Callable[[], T], budget: float = BUDGET) -> T:
    """Run ``function`` in a thread; fail if it takes longer than ``budget`` seconds, and
    re-raise whatever it raised."""
    # Hidden from tracebacks: pytest reads the source of every entry it shows, and the
    # corpus makes this file long (the strict xfails' reports would take seconds).
    __tracebackhide__ = True
    result: list[T] = []
    raised: list[BaseException] = []

    def target() -> None:
        __tracebackhide__ = True
        try:
            result.append(function())
        except BaseException as exc:  # re-raised in the test's thread
            raised.append(exc)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(budget)
    if thread.is_alive():
        pytest.fail(f"no answer within {budget} s: the fake hangs on this input")
    if raised:
        error = raised[0]
        traceback = error.__traceback__
        while traceback is not None and traceback.tb_frame.f_code.co_filename == __file__:
            traceback = traceback.tb_next  # this file's lambdas: the fake's frames matter
        raise error.with_traceback(traceback)
    return result[0]


def seeded_fake() -> DynaFake:
    return DynaFake(
        tables={
            "users": {
                "partition_key": "user_id",
                "items": [{"user_id": "u1", "name": "Ada", "tags": {"a"}}, {"user_id": "u2"}],
            },
            "orders": {
                "partition_key": ("customer", "S"),
                "sort_key": ("order_id", "N"),
                "items": [{"customer": "c1", "order_id": 1, "total": Decimal("9.5")}],
            },
            "bins": {"partition_key": ("b", "B"), "items": [{"b": b"\x00\x01"}]},
        }
    )


def snapshot(fake: DynaFake) -> dict[str, tuple[tuple[str, ...], dict[Any, str]]]:
    """Every table's key schema and items (as stored JSON), by name."""
    view = fake._tables.view
    return {
        name: (
            tuple(f"{a.name}:{a.type}" for a in view[name].key_attributes),
            {key: stored.json for key, stored in view[name].items.items()},
        )
        for name in view
    }


def check_error_answer(status: int, content: bytes) -> None:
    __tracebackhide__ = True
    assert 400 <= status < 500, (status, content[:300])
    error = json.loads(content)
    assert isinstance(error, dict)
    assert isinstance(error.get("__type"), str)
    assert error["__type"].partition("#")[2]
    message = error.get("message", error.get("Message"))
    assert isinstance(message, str)
    assert message


# -- raw JSON bodies ----------------------------------------------------------------------------


def encoded(body: Any) -> bytes:
    """Bytes as given; anything else as JSON (``float('nan')`` becomes the ``NaN`` token)."""
    return body if isinstance(body, bytes) else json.dumps(body).encode()


def nested_map(depth: int) -> dict[str, Any]:
    value: dict[str, Any] = {"S": "leaf"}
    for _ in range(depth):
        value = {"M": {"a": value}}
    return value


def nested_list(depth: int) -> dict[str, Any]:
    value: dict[str, Any] = {"S": "leaf"}
    for _ in range(depth):
        value = {"L": [value]}
    return value


OVERFLOW = (
    "a number with a huge exponent (1e999999999999) escapes as decimal.Overflow from "
    "_wire.canonical_number (normalize under _EXACT, Emax=10**9)"
)
UNDERFLOW = (
    "a number with a hugely negative exponent (1e-999999999999) is read as 0 by "
    "_wire.canonical_number instead of DynamoDB's Number underflow error"
)
DEEP_JSON = (
    "a deeply nested body escapes as RecursionError from json.loads in _botocore.http.decode_body "
    "(only ValueError is turned into SerializationException)"
)
PROJECTION_TYPE = (
    "a ProjectionExpression that is not a string escapes as TypeError from _projection._parse "
    "(regex on a number; lru_cache on a list or object)"
)
LEGACY_TYPE = (
    "an AttributesToGet that is a number, or holds lists, escapes as TypeError from "
    "_projection.from_request (tuple(5); lru_cache on unhashable members)"
)
NAMES_TYPE = (
    "an ExpressionAttributeNames value that is a list escapes as TypeError (unhashable) "
    "from _projection.from_request's lru_cache key"
)
KEYS_TYPE = "Keys that is a number or boolean escapes as TypeError from len() in batch_get_item"
START_TYPE = (
    "an ExclusiveStartTableName that is not a string escapes as TypeError from the "
    "comparison in _ops/tables.list_tables"
)
ACCEPTED = (
    "answered 200: DynamoDB refuses a member of the wrong JSON type "
    "(SerializationException) or out of its constraints"
)
escape: Callable[[str, type[BaseException]], Marks] = bug
accepted = bug(ACCEPTED, AssertionError)
XFAIL: dict[str, dict[str, Marks]] = {
    "GetItem": {
        "key-n-huge-exponent": escape(OVERFLOW, ArithmeticError),
        "key-n-tiny-exponent": bug(UNDERFLOW, AssertionError),
        "consistent-read-string": accepted,
        "consistent-read-number": accepted,
        "attributes-to-get-string": accepted,
        "attributes-to-get-numbers": accepted,
        "attributes-to-get-object": accepted,
        "attributes-to-get-number": escape(LEGACY_TYPE, TypeError),
        "attributes-to-get-nested": escape(LEGACY_TYPE, TypeError),
        "projection-number": escape(PROJECTION_TYPE, TypeError),
        "projection-list": escape(PROJECTION_TYPE, TypeError),
        "projection-object": escape(PROJECTION_TYPE, TypeError),
        "names-value-number": accepted,
        "names-value-list": escape(NAMES_TYPE, TypeError),
    },
    "BatchGetItem": {
        "keys-number": escape(KEYS_TYPE, TypeError),
        "keys-true": escape(KEYS_TYPE, TypeError),
        "key-n-huge-exponent": escape(OVERFLOW, ArithmeticError),
        "consistent-read-string": accepted,
        "attributes-to-get-string": accepted,
        "attributes-to-get-numbers": accepted,
        "projection-number": escape(PROJECTION_TYPE, TypeError),
        "projection-list": escape(PROJECTION_TYPE, TypeError),
        "names-value-number": accepted,
    },
    "TransactGetItems": {
        "get-key-n-huge-exponent": escape(OVERFLOW, ArithmeticError),
        "get-projection-number": escape(PROJECTION_TYPE, TypeError),
        "get-projection-list": escape(PROJECTION_TYPE, TypeError),
        "get-names-value-number": accepted,
    },
    "ListTables": {
        "limit-true": accepted,
        "start-number": escape(START_TYPE, TypeError),
        "start-list": escape(START_TYPE, TypeError),
        "start-object": escape(START_TYPE, TypeError),
        "start-short": accepted,
        "start-huge-bad": accepted,
    },
}


OPERATIONS = ("BatchGetItem", "TransactGetItems", "GetItem", "DescribeTable", "ListTables")
NAN = float("nan")
INF = float("inf")

NOT_AN_OBJECT = [
    pytest.param(
        op,
        body,
        id=f"{op}-{name}",
        marks=bug(DEEP_JSON, RecursionError) if name.startswith("deep-") else (),
    )
    for op in OPERATIONS
    for name, body in [
        ("list", b"[]"),
        ("string", b'"GetItem"'),
        ("number", b"1"),
        ("null", b"null"),
        ("true", b"true"),
        ("nan", b"NaN"),
        ("truncated", b'{"TableName": "us'),
        ("not-utf8", b"\xff\xfe\x00{"),
        ("trailing-garbage", b"{} {}"),
        ("single-quotes", b"{'TableName': 'users'}"),
        ("deep-arrays", b"[" * 100_000 + b"]" * 100_000),
        ("deep-objects", b'{"a":' * 100_000 + b"1" + b"}" * 100_000),
    ]
]

GET_ITEM = [
    ("table-number", {"TableName": 5, "Key": U1}),
    ("table-list", {"TableName": ["users"], "Key": U1}),
    ("table-object", {"TableName": {"S": "users"}, "Key": U1}),
    ("table-huge", {"TableName": HUGE, "Key": U1}),
    ("table-empty", {"TableName": "", "Key": U1}),
    ("key-string", {"TableName": "users", "Key": "u1"}),
    ("key-list", {"TableName": "users", "Key": [U1]}),
    ("key-number", {"TableName": "users", "Key": 1}),
    ("key-true", {"TableName": "users", "Key": True}),
    ("key-empty", {"TableName": "users", "Key": {}}),
    ("key-value-string", {"TableName": "users", "Key": {"user_id": "u1"}}),
    ("key-value-null", {"TableName": "users", "Key": {"user_id": None}}),
    ("key-value-list", {"TableName": "users", "Key": {"user_id": ["S", "u1"]}}),
    ("key-s-number", {"TableName": "users", "Key": {"user_id": {"S": 1}}}),
    ("key-s-object", {"TableName": "users", "Key": {"user_id": {"S": {"S": "u1"}}}}),
    ("key-s-empty", {"TableName": "users", "Key": {"user_id": {"S": ""}}}),
    ("key-two-types", {"TableName": "users", "Key": {"user_id": {"S": "u1", "N": "1"}}}),
    ("key-unknown-type", {"TableName": "users", "Key": {"user_id": {"X": "u1"}}}),
    ("key-extra-attribute", {"TableName": "users", "Key": {**U1, "x": {"S": "y"}}}),
    ("key-huge-missing-type", {"TableName": "users", "Key": {"user_id": {"Q": HUGE}}}),
    ("key-n-nan-token", {"TableName": "orders", "Key": {**O1, "order_id": {"N": NAN}}}),
    ("key-n-inf-token", {"TableName": "orders", "Key": {**O1, "order_id": {"N": INF}}}),
    ("key-n-nan", {"TableName": "orders", "Key": {**O1, "order_id": {"N": "NaN"}}}),
    ("key-n-infinity", {"TableName": "orders", "Key": {**O1, "order_id": {"N": "Infinity"}}}),
    ("key-n-minus-inf", {"TableName": "orders", "Key": {**O1, "order_id": {"N": "-inf"}}}),
    ("key-n-hex", {"TableName": "orders", "Key": {**O1, "order_id": {"N": "0x10"}}}),
    ("key-n-underscore", {"TableName": "orders", "Key": {**O1, "order_id": {"N": "1_000"}}}),
    ("key-n-space", {"TableName": "orders", "Key": {**O1, "order_id": {"N": " 1"}}}),
    ("key-n-empty", {"TableName": "orders", "Key": {**O1, "order_id": {"N": ""}}}),
    ("key-n-number", {"TableName": "orders", "Key": {**O1, "order_id": {"N": 1}}}),
    ("key-n-digits", {"TableName": "orders", "Key": {**O1, "order_id": {"N": "1" * 100_000}}}),
    ("key-n-overflow", {"TableName": "orders", "Key": {**O1, "order_id": {"N": "1e126"}}}),
    ("key-n-underflow", {"TableName": "orders", "Key": {**O1, "order_id": {"N": "1e-131"}}}),
    (
        "key-n-huge-exponent",
        {"TableName": "orders", "Key": {**O1, "order_id": {"N": "1e999999999999"}}},
    ),
    (
        "key-n-tiny-exponent",
        {"TableName": "orders", "Key": {**O1, "order_id": {"N": "1e-999999999999"}}},
    ),
    ("key-b-invalid-base64", {"TableName": "bins", "Key": {"b": {"B": "not base64!"}}}),
    ("key-b-bad-padding", {"TableName": "bins", "Key": {"b": {"B": "AAE"}}}),
    ("key-b-number", {"TableName": "bins", "Key": {"b": {"B": 5}}}),
    ("key-b-empty", {"TableName": "bins", "Key": {"b": {"B": ""}}}),
    ("value-bs-invalid-base64", {"TableName": "users", "Key": {**U1, "x": {"BS": ["!!"]}}}),
    ("value-ss-numbers", {"TableName": "users", "Key": {**U1, "x": {"SS": [1, 2]}}}),
    ("value-ns-nan", {"TableName": "users", "Key": {**U1, "x": {"NS": ["NaN"]}}}),
    ("value-null-string", {"TableName": "users", "Key": {**U1, "x": {"NULL": "true"}}}),
    ("value-bool-number", {"TableName": "users", "Key": {**U1, "x": {"BOOL": 1}}}),
    ("value-l-object", {"TableName": "users", "Key": {**U1, "x": {"L": {"a": 1}}}}),
    ("value-m-list", {"TableName": "users", "Key": {**U1, "x": {"M": [1]}}}),
    ("value-deep-map", {"TableName": "users", "Key": {**U1, "x": nested_map(400)}}),
    ("value-deep-list", {"TableName": "users", "Key": {**U1, "x": nested_list(400)}}),
    ("consistent-read-string", {"TableName": "users", "Key": U1, "ConsistentRead": "true"}),
    ("consistent-read-number", {"TableName": "users", "Key": U1, "ConsistentRead": 1}),
    ("attributes-to-get-string", {"TableName": "users", "Key": U1, "AttributesToGet": "name"}),
    ("attributes-to-get-numbers", {"TableName": "users", "Key": U1, "AttributesToGet": [1, 2]}),
    ("attributes-to-get-object", {"TableName": "users", "Key": U1, "AttributesToGet": {"a": 1}}),
    ("attributes-to-get-number", {"TableName": "users", "Key": U1, "AttributesToGet": 5}),
    ("attributes-to-get-nested", {"TableName": "users", "Key": U1, "AttributesToGet": [["a"]]}),
    ("projection-number", {"TableName": "users", "Key": U1, "ProjectionExpression": 5}),
    ("projection-list", {"TableName": "users", "Key": U1, "ProjectionExpression": ["name"]}),
    ("projection-object", {"TableName": "users", "Key": U1, "ProjectionExpression": {"a": 1}}),
    ("projection-huge", {"TableName": "users", "Key": U1, "ProjectionExpression": "a." * 50_000}),
    ("projection-syntax", {"TableName": "users", "Key": U1, "ProjectionExpression": "a[["}),
    (
        "names-value-number",
        {
            "TableName": "users",
            "Key": U1,
            "ProjectionExpression": "#n",
            "ExpressionAttributeNames": {"#n": 5},
        },
    ),
    (
        "names-value-list",
        {
            "TableName": "users",
            "Key": U1,
            "ProjectionExpression": "#n",
            "ExpressionAttributeNames": {"#n": ["name"]},
        },
    ),
    (
        "names-list",
        {
            "TableName": "users",
            "Key": U1,
            "ProjectionExpression": "#n",
            "ExpressionAttributeNames": ["#n"],
        },
    ),
    (
        "names-string",
        {
            "TableName": "users",
            "Key": U1,
            "ProjectionExpression": "#n",
            "ExpressionAttributeNames": "#n",
        },
    ),
    (
        "names-without-expression",
        {"TableName": "users", "Key": U1, "ExpressionAttributeNames": {"#n": "name"}},
    ),
    ("return-capacity-number", {"TableName": "users", "Key": U1, "ReturnConsumedCapacity": 1}),
    ("return-capacity-list", {"TableName": "users", "Key": U1, "ReturnConsumedCapacity": ["X"]}),
    ("return-capacity-object", {"TableName": "users", "Key": U1, "ReturnConsumedCapacity": {}}),
    ("missing-table", {"TableName": "nope", "Key": U1}),
    ("empty", {}),
]

BATCH_GET_ITEM = [
    ("request-items-list", {"RequestItems": [{"users": {"Keys": [U1]}}]}),
    ("request-items-string", {"RequestItems": "users"}),
    ("request-items-number", {"RequestItems": 1}),
    ("request-items-empty", {"RequestItems": {}}),
    ("table-value-string", {"RequestItems": {"users": "x"}}),
    ("table-value-list", {"RequestItems": {"users": [U1]}}),
    ("table-value-null", {"RequestItems": {"users": None}}),
    ("table-name-bad", {"RequestItems": {"no way": {"Keys": [U1]}}}),
    ("table-name-huge", {"RequestItems": {HUGE: {"Keys": [U1]}}}),
    ("keys-object", {"RequestItems": {"users": {"Keys": U1}}}),
    ("keys-string", {"RequestItems": {"users": {"Keys": "u1"}}}),
    ("keys-number", {"RequestItems": {"users": {"Keys": 5}}}),
    ("keys-true", {"RequestItems": {"users": {"Keys": True}}}),
    ("keys-null", {"RequestItems": {"users": {"Keys": None}}}),
    ("keys-empty", {"RequestItems": {"users": {"Keys": []}}}),
    (
        "keys-101",
        {"RequestItems": {"users": {"Keys": [{"user_id": {"S": f"u{n}"}} for n in range(101)]}}},
    ),
    ("key-null", {"RequestItems": {"users": {"Keys": [None]}}}),
    ("key-string", {"RequestItems": {"users": {"Keys": ["u1"]}}}),
    ("key-list", {"RequestItems": {"users": {"Keys": [["user_id", "u1"]]}}}),
    ("key-duplicate", {"RequestItems": {"users": {"Keys": [U1, U1]}}}),
    ("key-value-unhashable", {"RequestItems": {"users": {"Keys": [{"user_id": {"S": ["u1"]}}]}}}),
    ("key-n-nan", {"RequestItems": {"orders": {"Keys": [{**O1, "order_id": {"N": NAN}}]}}}),
    (
        "key-n-huge-exponent",
        {"RequestItems": {"orders": {"Keys": [{**O1, "order_id": {"N": "1e999999999999"}}]}}},
    ),
    ("key-b-invalid-base64", {"RequestItems": {"bins": {"Keys": [{"b": {"B": "%%%"}}]}}}),
    ("key-deep-map", {"RequestItems": {"users": {"Keys": [{**U1, "x": nested_map(400)}]}}}),
    (
        "consistent-read-string",
        {"RequestItems": {"users": {"Keys": [U1], "ConsistentRead": "yes"}}},
    ),
    (
        "attributes-to-get-string",
        {"RequestItems": {"users": {"Keys": [U1], "AttributesToGet": "name"}}},
    ),
    (
        "attributes-to-get-numbers",
        {"RequestItems": {"users": {"Keys": [U1], "AttributesToGet": [1]}}},
    ),
    ("projection-number", {"RequestItems": {"users": {"Keys": [U1], "ProjectionExpression": 5}}}),
    ("projection-list", {"RequestItems": {"users": {"Keys": [U1], "ProjectionExpression": ["a"]}}}),
    (
        "names-value-number",
        {
            "RequestItems": {
                "users": {
                    "Keys": [U1],
                    "ProjectionExpression": "#n",
                    "ExpressionAttributeNames": {"#n": 5},
                }
            }
        },
    ),
    (
        "names-list",
        {
            "RequestItems": {
                "users": {
                    "Keys": [U1],
                    "ProjectionExpression": "#n",
                    "ExpressionAttributeNames": ["#n"],
                }
            }
        },
    ),
    (
        "return-capacity-number",
        {"RequestItems": {"users": {"Keys": [U1]}}, "ReturnConsumedCapacity": 7},
    ),
    ("missing-table", {"RequestItems": {"nope": {"Keys": [U1]}}}),
    ("empty", {}),
]

GET = {"TableName": "users", "Key": U1}
TRANSACT_GET_ITEMS = [
    ("transact-items-object", {"TransactItems": {"Get": GET}}),
    ("transact-items-string", {"TransactItems": "Get"}),
    ("transact-items-number", {"TransactItems": 3}),
    ("transact-items-null", {"TransactItems": None}),
    ("transact-items-empty", {"TransactItems": []}),
    ("transact-items-101", {"TransactItems": [{"Get": GET}] * 101}),
    ("entries-not-objects", {"TransactItems": [1, "x", None, [], True]}),
    ("entry-number", {"TransactItems": [{"Get": GET}, 5]}),
    ("get-string", {"TransactItems": [{"Get": "users"}]}),
    ("get-list", {"TransactItems": [{"Get": [GET]}]}),
    ("get-table-number", {"TransactItems": [{"Get": {"TableName": 5, "Key": U1}}]}),
    ("get-table-huge", {"TransactItems": [{"Get": {"TableName": HUGE, "Key": U1}}]}),
    ("get-key-string", {"TransactItems": [{"Get": {"TableName": "users", "Key": "u1"}}]}),
    ("get-key-list", {"TransactItems": [{"Get": {"TableName": "users", "Key": [U1]}}]}),
    (
        "get-key-value-string",
        {"TransactItems": [{"Get": {"TableName": "users", "Key": {"user_id": "u1"}}}]},
    ),
    (
        "get-key-unhashable",
        {"TransactItems": [{"Get": {"TableName": "users", "Key": {"user_id": {"S": ["u1"]}}}}]},
    ),
    (
        "get-key-n-nan",
        {
            "TransactItems": [
                {"Get": {"TableName": "orders", "Key": {**O1, "order_id": {"N": NAN}}}}
            ]
        },
    ),
    (
        "get-key-n-huge-exponent",
        {
            "TransactItems": [
                {"Get": {"TableName": "orders", "Key": {**O1, "order_id": {"N": "1e999999999999"}}}}
            ]
        },
    ),
    (
        "get-key-b-invalid-base64",
        {"TransactItems": [{"Get": {"TableName": "bins", "Key": {"b": {"B": "~~"}}}}]},
    ),
    (
        "get-key-deep-map",
        {"TransactItems": [{"Get": {"TableName": "users", "Key": {**U1, "x": nested_map(400)}}}]},
    ),
    ("get-same-item-twice", {"TransactItems": [{"Get": GET}, {"Get": GET}]}),
    ("get-projection-number", {"TransactItems": [{"Get": {**GET, "ProjectionExpression": 5}}]}),
    ("get-projection-list", {"TransactItems": [{"Get": {**GET, "ProjectionExpression": ["a"]}}]}),
    (
        "get-names-value-number",
        {
            "TransactItems": [
                {
                    "Get": {
                        **GET,
                        "ProjectionExpression": "#n",
                        "ExpressionAttributeNames": {"#n": 5},
                    }
                }
            ]
        },
    ),
    (
        "get-names-list",
        {
            "TransactItems": [
                {"Get": {**GET, "ProjectionExpression": "#n", "ExpressionAttributeNames": ["#n"]}}
            ]
        },
    ),
    ("return-capacity-number", {"TransactItems": [{"Get": GET}], "ReturnConsumedCapacity": 2}),
    ("missing-table", {"TransactItems": [{"Get": {"TableName": "nope", "Key": U1}}]}),
    ("empty", {}),
]

DESCRIBE_TABLE = [
    ("table-number", {"TableName": 5}),
    ("table-list", {"TableName": ["users"]}),
    ("table-object", {"TableName": {"users": 1}}),
    ("table-null", {"TableName": None}),
    ("table-true", {"TableName": True}),
    ("table-short", {"TableName": "ab"}),
    ("table-long", {"TableName": "a" * 256}),
    ("table-huge", {"TableName": HUGE}),
    ("table-bad-characters", {"TableName": "users!"}),
    ("table-arn-unknown", {"TableName": "arn:aws:dynamodb:us-east-1:1:table/nope"}),
    ("missing-table", {"TableName": "nope"}),
    ("empty", {}),
]

LIST_TABLES = [
    ("limit-string", {"Limit": "5"}),
    ("limit-zero", {"Limit": 0}),
    ("limit-negative", {"Limit": -1}),
    ("limit-101", {"Limit": 101}),
    ("limit-float", {"Limit": 1.5}),
    ("limit-nan", {"Limit": NAN}),
    ("limit-inf", {"Limit": INF}),
    ("limit-huge", {"Limit": 10**400}),
    ("limit-true", {"Limit": True}),
    ("limit-list", {"Limit": [1]}),
    ("start-number", {"ExclusiveStartTableName": 5}),
    ("start-list", {"ExclusiveStartTableName": ["users"]}),
    ("start-object", {"ExclusiveStartTableName": {"a": "b"}}),
    ("start-short", {"ExclusiveStartTableName": "ab"}),
    ("start-huge-bad", {"ExclusiveStartTableName": HUGE + "!"}),
]


def raw_cases() -> list[Any]:
    cases = list(NOT_AN_OBJECT)
    for operation, corpus in [
        ("GetItem", GET_ITEM),
        ("BatchGetItem", BATCH_GET_ITEM),
        ("TransactGetItems", TRANSACT_GET_ITEMS),
        ("DescribeTable", DESCRIBE_TABLE),
        ("ListTables", LIST_TABLES),
    ]:
        for name, body in corpus:
            marks = XFAIL.get(operation, {}).get(name)
            cases.append(
                pytest.param(
                    operation, body, id=f"{operation}-{name}", marks=() if marks is None else marks
                )
            )
    return cases


@pytest.mark.parametrize(("operation", "body"), raw_cases())
def test_raw_body_gets_an_error_answer(operation: str, body: Any) -> None:
    __tracebackhide__ = True
    fake = seeded_fake()
    before = snapshot(fake)
    try:
        response = within_budget(
            lambda: fake._respond(operation, request(operation, encoded(body)))
        )
    except DynaFakeError:
        pass
    else:
        check_error_answer(response.status_code, response.content)
    assert snapshot(fake) == before


def test_large_requests_stay_within_the_budget() -> None:
    """The corpus's huge strings are answered fast, not just eventually."""
    fake = seeded_fake()
    body = encoded({"TableName": HUGE, "Key": U1})
    within_budget(lambda: fake._respond("GetItem", request("GetItem", body)), budget=1.0)


# -- through botocore, with its parameter validation off ----------------------------------------


def declare(fake: DynaFake) -> DynaFake:
    fake.table("users", "user_id", items=[{"user_id": "u1", "name": "Ada"}, {"user_id": "u2"}])
    fake.table(
        "orders", ("customer", "S"), ("order_id", "N"), items=[{"customer": "c1", "order_id": 1}]
    )
    fake.table("bins", ("b", "B"), items=[{"b": b"\x00\x01"}])
    return fake


def keys_of(*keys: dict[str, Any]) -> dict[str, Any]:
    return {"users": {"Keys": list(keys)}}


CLIENT_CASES: list[tuple[str, str, dict[str, Any], Marks]] = [
    ("get-key-s-number", "get_item", {"TableName": "users", "Key": {"user_id": {"S": 5}}}, None),
    (
        "get-key-n-nan",
        "get_item",
        {"TableName": "orders", "Key": {**O1, "order_id": {"N": "NaN"}}},
        None,
    ),
    (
        "get-key-n-number",
        "get_item",
        {"TableName": "orders", "Key": {**O1, "order_id": {"N": 1}}},
        None,
    ),
    (
        "get-key-n-infinity",
        "get_item",
        {"TableName": "orders", "Key": {**O1, "order_id": {"N": "-Infinity"}}},
        None,
    ),
    (
        "get-key-n-huge-exponent",
        "get_item",
        {"TableName": "orders", "Key": {**O1, "order_id": {"N": "1e999999999999"}}},
        bug(OVERFLOW, ArithmeticError),
    ),
    ("get-key-b-empty", "get_item", {"TableName": "bins", "Key": {"b": {"B": b""}}}, None),
    ("get-key-empty-type", "get_item", {"TableName": "users", "Key": {"user_id": {}}}, None),
    (
        "get-key-two-types",
        "get_item",
        {"TableName": "users", "Key": {"user_id": {"S": "u1", "N": "1"}}},
        None,
    ),
    ("get-table-short", "get_item", {"TableName": "ab", "Key": U1}, None),
    ("get-table-huge", "get_item", {"TableName": HUGE, "Key": U1}, None),
    ("get-missing-key", "get_item", {"TableName": "users"}, None),
    (
        "get-consistent-read-string",
        "get_item",
        {"TableName": "users", "Key": U1, "ConsistentRead": "yes"},
        bug(ACCEPTED, AssertionError),
    ),
    # AttributesToGet="name" is not here: botocore's serializer sends it as the valid list
    # ["n", "a", "m", "e"], which DynamoDB accepts too.
    (
        "get-attributes-to-get-numbers",
        "get_item",
        {"TableName": "users", "Key": U1, "AttributesToGet": [1, 2]},
        bug(ACCEPTED, AssertionError),
    ),
    (
        "get-projection-number",
        "get_item",
        {"TableName": "users", "Key": U1, "ProjectionExpression": 5},
        bug(PROJECTION_TYPE, TypeError),
    ),
    (
        "get-projection-list",
        "get_item",
        {"TableName": "users", "Key": U1, "ProjectionExpression": ["name"]},
        bug(PROJECTION_TYPE, TypeError),
    ),
    (
        "get-projection-empty",
        "get_item",
        {"TableName": "users", "Key": U1, "ProjectionExpression": ""},
        None,
    ),
    (
        "get-names-value-number",
        "get_item",
        {
            "TableName": "users",
            "Key": U1,
            "ProjectionExpression": "#n",
            "ExpressionAttributeNames": {"#n": 5},
        },
        bug(ACCEPTED, AssertionError),
    ),
    (
        "get-return-capacity-bad",
        "get_item",
        {"TableName": "users", "Key": U1, "ReturnConsumedCapacity": "ALL"},
        None,
    ),
    (
        "get-return-capacity-number",
        "get_item",
        {"TableName": "users", "Key": U1, "ReturnConsumedCapacity": 3},
        None,
    ),
    ("batch-request-items-empty", "batch_get_item", {"RequestItems": {}}, None),
    ("batch-keys-empty", "batch_get_item", {"RequestItems": keys_of()}, None),
    (
        "batch-keys-101",
        "batch_get_item",
        {"RequestItems": keys_of(*({"user_id": {"S": f"u{n}"}} for n in range(101)))},
        None,
    ),
    ("batch-key-duplicate", "batch_get_item", {"RequestItems": keys_of(U1, U1)}, None),
    (
        "batch-key-s-number",
        "batch_get_item",
        {"RequestItems": keys_of({"user_id": {"S": 1}})},
        None,
    ),
    ("batch-table-name-bad", "batch_get_item", {"RequestItems": {"a b": {"Keys": [U1]}}}, None),
    (
        "batch-consistent-read-string",
        "batch_get_item",
        {"RequestItems": {"users": {"Keys": [U1], "ConsistentRead": "yes"}}},
        bug(ACCEPTED, AssertionError),
    ),
    (
        "batch-projection-number",
        "batch_get_item",
        {"RequestItems": {"users": {"Keys": [U1], "ProjectionExpression": 5}}},
        bug(PROJECTION_TYPE, TypeError),
    ),
    ("batch-missing-table", "batch_get_item", {"RequestItems": {"nope": {"Keys": [U1]}}}, None),
    ("transact-items-empty", "transact_get_items", {"TransactItems": []}, None),
    ("transact-get-missing", "transact_get_items", {"TransactItems": [{}]}, None),
    (
        "transact-get-key-s-number",
        "transact_get_items",
        {"TransactItems": [{"Get": {"TableName": "users", "Key": {"user_id": {"S": 1}}}}]},
        None,
    ),
    (
        "transact-same-item",
        "transact_get_items",
        {"TransactItems": [{"Get": GET}, {"Get": GET}]},
        None,
    ),
    (
        "transact-projection-number",
        "transact_get_items",
        {"TransactItems": [{"Get": {**GET, "ProjectionExpression": 5}}]},
        bug(PROJECTION_TYPE, TypeError),
    ),
    ("describe-table-null", "describe_table", {"TableName": None}, None),
    ("describe-table-short", "describe_table", {"TableName": "ab"}, None),
    ("describe-missing-table", "describe_table", {"TableName": "nope"}, None),
    ("list-limit-string", "list_tables", {"Limit": "5"}, None),
    ("list-limit-zero", "list_tables", {"Limit": 0}, None),
    ("list-limit-1000", "list_tables", {"Limit": 1000}, None),
    ("list-limit-true", "list_tables", {"Limit": True}, bug(ACCEPTED, AssertionError)),
    (
        "list-start-number",
        "list_tables",
        {"ExclusiveStartTableName": 5},
        bug(START_TYPE, TypeError),
    ),
]


@pytest.mark.parametrize(
    ("method", "kwargs"),
    [
        pytest.param(method, kwargs, id=name, marks=() if mark is None else mark)
        for name, method, kwargs, mark in CLIENT_CASES
    ],
)
def test_client_request_without_validation_gets_an_error(
    dynafake: DynaFake, method: str, kwargs: dict[str, Any]
) -> None:
    __tracebackhide__ = True
    declare(dynafake)
    client = boto3.client(
        "dynamodb",
        config=Config(
            parameter_validation=False, retries={"mode": "standard", "total_max_attempts": 1}
        ),
    )
    sent: list[str] = []
    client.meta.events.register_first(
        "before-send.dynamodb", lambda request, **_: sent.append(request.url)
    )
    before = snapshot(dynafake)
    try:
        within_budget(lambda: getattr(client, method)(**kwargs))
    except ClientError as error:
        response = error.response
        assert 400 <= response["ResponseMetadata"]["HTTPStatusCode"] < 500
        assert response["Error"]["Code"]
        assert response["Error"]["Message"]
    except DynaFakeError:
        pass
    except Exception as exc:
        if not sent:  # botocore itself refused: the case would not test the fake
            pytest.fail(f"botocore refused the request before sending it: {exc!r}")
        raise
    else:
        raise AssertionError(f"{method} was answered with success")
    assert sent
    assert snapshot(dynafake) == before


# -- seed data ------------------------------------------------------------------------------------

Seed = Callable[[DynaFake, Path], object]
KS = [{"AttributeName": "k", "KeyType": "HASH"}]
AD = [{"AttributeName": "k", "AttributeType": "S"}]
SEED_ACCEPTED = "accepted: the seed is stored (or declared) instead of raising DynaFakeError"
KEY_SPEC_TYPE = (
    "a key spec that is not a str or a sequence (5, None, a dict) escapes as TypeError or "
    "KeyError from _schema.key_attribute (len(spec), spec[0])"
)
ITEMS_TYPE = "items=None (or a number) escapes as TypeError from _seeding._prepare (enumerate)"
CREATE_TABLE_SHAPE = (
    "KeySchema or AttributeDefinitions entries that are not mappings escape as AttributeError "
    "from _schema.from_create_table (element.get / d.get)"
)
NUMBER_LIMIT = (
    "an int of more than 4300 digits escapes as ValueError from str() in "
    "_wire._number_from_python (Python's int-to-str limit)"
)
RECURSION = "a cyclic or very deep (3000 levels) value escapes as RecursionError from _wire.to_wire"


def anything(value: Any) -> Any:
    """A value of the wrong type, passed where the signature says otherwise."""
    return value


def cycle() -> list[Any]:
    looped: list[Any] = []
    looped.append(looped)
    return looped


def deep_python(depth: int) -> dict[str, Any]:
    value: dict[str, Any] = {"a": 1}
    for _ in range(depth):
        value = {"a": value}
    return value


PYTHON_ITEMS: list[tuple[str, Any, Marks]] = [
    ("string", "u3", None),
    (
        "lone-surrogate-name",
        {"user_id": "u3", "\ud83d": 1},
        bug("a lone surrogate was seeded; reading it raised UnicodeEncodeError", AssertionError),
    ),
    ("pairs", [("user_id", "u3")], None),
    ("none", None, None),
    ("float", {"user_id": "u3", "price": 1.5}, None),
    ("nested-float", {"user_id": "u3", "m": {"a": [Decimal(1), 2.5]}}, None),
    ("decimal-nan", {"user_id": "u3", "n": Decimal("NaN")}, None),
    ("decimal-infinity", {"user_id": "u3", "n": Decimal("-Infinity")}, None),
    ("decimal-overflow", {"user_id": "u3", "n": Decimal("1e126")}, None),
    ("decimal-digits", {"user_id": "u3", "n": Decimal("1." + "1" * 40)}, None),
    (
        "decimal-huge-exponent",
        {"user_id": "u3", "n": Decimal("1e999999999999")},
        bug(OVERFLOW, ArithmeticError),
    ),
    (
        "decimal-tiny-exponent",
        {"user_id": "u3", "n": Decimal("1e-999999999999")},
        bug(UNDERFLOW, AssertionError),
    ),
    ("int-too-big", {"user_id": "u3", "n": 10**40 + 1}, None),
    ("int-5000-digits", {"user_id": "u3", "n": 10**5000}, bug(NUMBER_LIMIT, ValueError)),
    ("empty-set", {"user_id": "u3", "s": set()}, None),
    ("mixed-set", {"user_id": "u3", "s": {1, "a"}}, None),
    ("set-of-floats", {"user_id": "u3", "s": {1.5}}, None),
    ("object", {"user_id": "u3", "o": object()}, None),
    ("complex", {"user_id": "u3", "o": 1j}, None),
    ("map-key-number", {"user_id": "u3", "m": {1: "x"}}, None),
    (
        "attribute-name-number",
        {"user_id": "u3", 5: "x"},
        bug("a non-str attribute name " + SEED_ACCEPTED.partition(": ")[2], AssertionError),
    ),
    ("attribute-name-empty", {"user_id": "u3", "": "x"}, None),
    ("key-missing", {"name": "x"}, None),
    ("key-number", {"user_id": 5}, None),
    ("key-empty", {"user_id": ""}, None),
    ("key-none", {"user_id": None}, None),
    ("key-set", {"user_id": {"a"}}, None),
    ("key-bytes", {"user_id": b"u3"}, None),
    ("too-big", {"user_id": "u3", "blob": "x" * 500_000}, None),
    ("cycle", {"user_id": "u3", "l": cycle()}, bug(RECURSION, RecursionError)),
    ("deep", {"user_id": "u3", "m": deep_python(3000)}, bug(RECURSION, RecursionError)),
]

DYNAMODB_ITEMS: list[tuple[str, Any, Marks]] = [
    ("plain-values", {"user_id": "u3"}, None),
    ("s-number", {"user_id": {"S": 5}}, None),
    ("key-n", {"user_id": {"N": "1"}}, None),
    ("key-ss", {"user_id": {"SS": ["a"]}}, None),
    ("key-empty-type", {"user_id": {}}, None),
    ("key-empty-string", {"user_id": {"S": ""}}, None),
    ("key-two-types", {"user_id": {"S": "u3", "N": "1"}}, None),
    ("n-text", {"user_id": {"S": "u3"}, "n": {"N": "x"}}, None),
    ("n-nan-token", {"user_id": {"S": "u3"}, "n": {"N": float("nan")}}, None),
    ("n-nan", {"user_id": {"S": "u3"}, "n": {"N": "NaN"}}, None),
    (
        "n-huge-exponent",
        {"user_id": {"S": "u3"}, "n": {"N": "1e999999999999"}},
        bug(OVERFLOW, ArithmeticError),
    ),
    (
        "n-tiny-exponent",
        {"user_id": {"S": "u3"}, "n": {"N": "1e-999999999999"}},
        bug(UNDERFLOW, AssertionError),
    ),
    ("unknown-type", {"user_id": {"S": "u3"}, "q": {"Q": "1"}}, None),
    ("empty-ss", {"user_id": {"S": "u3"}, "s": {"SS": []}}, None),
    ("duplicate-ns", {"user_id": {"S": "u3"}, "s": {"NS": ["1", "1.0"]}}, None),
    ("b-invalid-base64", {"user_id": {"S": "u3"}, "b": {"B": "!!"}}, None),
    ("null-false", {"user_id": {"S": "u3"}, "z": {"NULL": False}}, None),
    ("l-string", {"user_id": {"S": "u3"}, "l": {"L": "x"}}, None),
    ("m-list", {"user_id": {"S": "u3"}, "m": {"M": []}}, None),
    ("m-plain", {"user_id": {"S": "u3"}, "m": {"M": {"a": "x"}}}, None),
    ("m-key-number", {"user_id": {"S": "u3"}, "m": {"M": {1: {"S": "x"}}}}, None),
    (
        "attribute-name-number",
        {"user_id": {"S": "u3"}, 5: {"S": "x"}},
        bug("a non-str attribute name " + SEED_ACCEPTED.partition(": ")[2], AssertionError),
    ),
    ("item-none", None, None),
    (
        "lone-surrogate",
        {"user_id": {"S": "u3"}, "s": {"S": "\ud800"}},
        bug("a lone surrogate was seeded; reading it raised UnicodeEncodeError", AssertionError),
    ),
    (
        "lone-surrogate-key",
        {"user_id": {"S": "\udc80"}},
        bug("a lone surrogate was seeded; reading it raised UnicodeEncodeError", AssertionError),
    ),
]


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    return path


def loads(name: str, content: str | bytes, table: str | None = None, check: Any = "keys") -> Seed:
    return lambda fake, tmp_path: fake.load(
        write(tmp_path, name, content), table=table, check=check
    )


def doc(tables: Any) -> str:
    return json.dumps({"tables": tables})


GOOD_TABLE = {"partition_key": ["k", "S"], "items": [{"k": "a"}]}
EXPORT_LINE = '{"Item": {"user_id": {"S": "u3"}}}'
CORRUPT_GZIP = gzip.compress(("\n".join([EXPORT_LINE] * 50)).encode())[:-12]
SEEDS: list[tuple[str, Seed, Marks]] = [
    # key specs and names given to table()
    ("key-spec-number", lambda f, _: f.table("tbl", anything(5)), bug(KEY_SPEC_TYPE, TypeError)),
    ("key-spec-none", lambda f, _: f.table("tbl", anything(None)), bug(KEY_SPEC_TYPE, TypeError)),
    (
        "key-spec-dict",
        lambda f, _: f.table("tbl", anything({"k": 1, "S": 2})),
        bug(KEY_SPEC_TYPE, KeyError),
    ),
    ("key-spec-type", lambda f, _: f.table("tbl", ("k", "X")), None),
    ("key-spec-one", lambda f, _: f.table("tbl", ("k",)), None),
    ("key-spec-three", lambda f, _: f.table("tbl", ("k", "S", "x")), None),
    ("key-spec-empty-name", lambda f, _: f.table("tbl", ("", "S")), None),
    ("key-spec-lowercase", lambda f, _: f.table("tbl", ("k", "s")), None),
    (
        "key-spec-name-number",
        lambda f, _: f.table("tbl", anything((5, "S"))),
        bug("a key named by an int " + SEED_ACCEPTED.partition(": ")[2], AssertionError),
    ),
    (
        "sort-key-same-name",
        lambda f, _: f.table("tbl", "k", "k"),
        bug(
            "the sort key may have the partition key's name " + SEED_ACCEPTED.partition(": ")[2],
            AssertionError,
        ),
    ),
    ("sort-key-type", lambda f, _: f.table("tbl", "k", ("s", "BOOL")), None),
    ("name-short", lambda f, _: f.table("ab", "k"), None),
    ("name-long", lambda f, _: f.table("a" * 256, "k"), None),
    ("name-characters", lambda f, _: f.table("bad name", "k"), None),
    ("name-number", lambda f, _: f.table(anything(5), "k"), None),
    ("name-declared", lambda f, _: f.table("users", "user_id"), None),
    (
        "format-unknown",
        lambda f, _: f.table("tbl", "k", items=[{"k": "a"}], format=anything("xml")),
        None,
    ),
    ("items-mapping", lambda f, _: f.table("tbl", "k", items=anything({"k": "a"})), None),
    ("items-string", lambda f, _: f.table("tbl", "k", items=anything("abc")), None),
    (
        "items-none",
        lambda f, _: f.table("tbl", "k", items=anything(None)),
        bug(ITEMS_TYPE, TypeError),
    ),
    (
        "items-number",
        lambda f, _: f.table("tbl", "k", items=anything(5)),
        bug(ITEMS_TYPE, TypeError),
    ),
    (
        "put-items-none",
        lambda f, _: f.tables["users"].put_items(anything(None)),
        bug(ITEMS_TYPE, TypeError),
    ),
    ("put-item-duplicate", lambda f, _: f.tables["users"].put_items([{"user_id": "u3"}] * 2), None),
    # create_table shapes
    ("create-empty", lambda f, _: f.create_table(), None),
    (
        "create-name-number",
        lambda f, _: f.create_table(TableName=5, KeySchema=KS, AttributeDefinitions=AD),
        None,
    ),
    (
        "create-name-short",
        lambda f, _: f.create_table(TableName="ab", KeySchema=KS, AttributeDefinitions=AD),
        None,
    ),
    (
        "create-no-key-schema",
        lambda f, _: f.create_table(TableName="tbl", AttributeDefinitions=AD),
        None,
    ),
    ("create-no-definitions", lambda f, _: f.create_table(TableName="tbl", KeySchema=KS), None),
    (
        "create-unknown-argument",
        lambda f, _: f.create_table(TableName="tbl", KeySchema=KS, AttributeDefinitions=AD, Foo=1),
        None,
    ),
    (
        "create-two-hash",
        lambda f, _: f.create_table(TableName="tbl", KeySchema=KS * 2, AttributeDefinitions=AD),
        None,
    ),
    (
        "create-range-only",
        lambda f, _: f.create_table(
            TableName="tbl",
            KeySchema=[{"AttributeName": "k", "KeyType": "RANGE"}],
            AttributeDefinitions=AD,
        ),
        None,
    ),
    (
        "create-key-type-unknown",
        lambda f, _: f.create_table(
            TableName="tbl",
            KeySchema=[{"AttributeName": "k", "KeyType": "PARTITION"}],
            AttributeDefinitions=AD,
        ),
        None,
    ),
    (
        "create-attribute-type",
        lambda f, _: f.create_table(
            TableName="tbl",
            KeySchema=KS,
            AttributeDefinitions=[{"AttributeName": "k", "AttributeType": "BOOL"}],
        ),
        None,
    ),
    (
        "create-undefined-key",
        lambda f, _: f.create_table(
            TableName="tbl",
            KeySchema=KS,
            AttributeDefinitions=[{"AttributeName": "x", "AttributeType": "S"}],
        ),
        None,
    ),
    (
        "create-key-schema-mapping",
        lambda f, _: f.create_table(TableName="tbl", KeySchema=KS[0], AttributeDefinitions=AD),
        bug(CREATE_TABLE_SHAPE, AttributeError),
    ),
    (
        "create-key-schema-strings",
        lambda f, _: f.create_table(TableName="tbl", KeySchema=["k"], AttributeDefinitions=AD),
        bug(CREATE_TABLE_SHAPE, AttributeError),
    ),
    (
        "create-key-schema-none",
        lambda f, _: f.create_table(TableName="tbl", KeySchema=[None], AttributeDefinitions=AD),
        bug(CREATE_TABLE_SHAPE, AttributeError),
    ),
    (
        "create-definitions-numbers",
        lambda f, _: f.create_table(TableName="tbl", KeySchema=KS, AttributeDefinitions=[5]),
        bug(CREATE_TABLE_SHAPE, AttributeError),
    ),
    (
        "create-definitions-mapping",
        lambda f, _: f.create_table(TableName="tbl", KeySchema=KS, AttributeDefinitions=AD[0]),
        bug(CREATE_TABLE_SHAPE, AttributeError),
    ),
    (
        "create-same-key-twice",
        lambda f, _: f.create_table(
            TableName="tbl",
            KeySchema=[*KS, {"AttributeName": "k", "KeyType": "RANGE"}],
            AttributeDefinitions=AD,
        ),
        bug("HASH and RANGE on one attribute " + SEED_ACCEPTED.partition(": ")[2], AssertionError),
    ),
    (
        "create-throughput-string",
        lambda f, _: f.create_table(
            TableName="tbl", KeySchema=KS, AttributeDefinitions=AD, ProvisionedThroughput="lots"
        ),
        bug(
            "a ProvisionedThroughput that is not a mapping "
            + SEED_ACCEPTED.partition(": ")[2]
            + " (and DescribeTable then escapes AttributeError)",
            AssertionError,
        ),
    ),
    (
        "create-indexes-numbers",
        lambda f, _: f.create_table(
            TableName="tbl", KeySchema=KS, AttributeDefinitions=AD, GlobalSecondaryIndexes=[5]
        ),
        bug(
            "GlobalSecondaryIndexes entries that are not mappings "
            + SEED_ACCEPTED.partition(": ")[2]
            + " (and DescribeTable then escapes AttributeError)",
            AssertionError,
        ),
    ),
    # DynaFake(tables=..., files=...)
    (
        "spec-list",
        lambda f, _: DynaFake(tables=anything([("tbl", GOOD_TABLE)])),
        bug(
            "tables= given as a list escapes as AttributeError from DynaFake.__init__ (.items())",
            AttributeError,
        ),
    ),
    ("spec-number", lambda f, _: DynaFake(tables=anything({"tbl": 5})), None),
    ("spec-empty", lambda f, _: DynaFake(tables={"tbl": {}}), None),
    (
        "spec-unknown-key",
        lambda f, _: DynaFake(tables={"tbl": {"partition_key": "k", "bogus": 1}}),
        None,
    ),
    (
        "spec-bad-format",
        lambda f, _: DynaFake(tables={"tbl": {**GOOD_TABLE, "format": "xml"}}),
        None,
    ),
    (
        "spec-items-none",
        lambda f, _: DynaFake(tables={"tbl": {"partition_key": "k", "items": None}}),
        bug(ITEMS_TYPE, TypeError),
    ),
    (
        "spec-key-schema-string",
        lambda f, _: DynaFake(tables={"tbl": {"KeySchema": "k"}}),
        bug(CREATE_TABLE_SHAPE, AttributeError),
    ),
    (
        "spec-second-table-bad",
        lambda f, _: DynaFake(
            tables={"tbl": GOOD_TABLE, "bad": {"partition_key": "k", "items": [5]}}
        ),
        None,
    ),
    ("files-missing", lambda f, tmp: DynaFake(files=[tmp / "missing.json"]), None),
    (
        "files-one-tuple",
        lambda f, tmp: DynaFake(files=anything([(tmp / "x.json",)])),
        bug(
            "a files= entry that is a 1-tuple escapes as ValueError (unpacking) from "
            "DynaFake.__init__",
            ValueError,
        ),
    ),
    (
        "files-number",
        lambda f, _: DynaFake(files=anything([5])),
        bug(
            "a files= entry that is not a path escapes as TypeError from Path() in DynaFake.load",
            TypeError,
        ),
    ),
    # seed files
    ("file-missing", lambda f, tmp: f.load(tmp / "missing.json"), None),
    ("file-directory", lambda f, tmp: f.load(tmp), None),
    ("file-not-json", loads("a.json", "{"), None),
    ("file-empty", loads("a.json", ""), None),
    ("file-blank", loads("a.json", "   \n"), None),
    ("file-not-utf8", loads("a.json", b"\xff\xfe{}"), None),
    ("file-list", loads("a.json", "[]"), None),
    ("file-number", loads("a.json", "5"), None),
    (
        "file-int-5000-digits",
        loads(
            "a.json",
            '{"tables": {"tbl": {"partition_key": "k", "items": [{"k": "a", "n": '
            + "1" * 5000
            + "}]}}}",
            check="all",
        ),
        bug(
            "a JSON number of more than 4300 digits escapes as ValueError from json.loads in "
            "_files.read (only JSONDecodeError is caught)",
            ValueError,
        ),
    ),
    ("file-tables-number", loads("a.json", doc(5)), None),
    ("file-tables-list-of-numbers", loads("a.json", doc([5])), None),
    ("file-table-spec-number", loads("a.json", doc({"tbl": 5})), None),
    (
        "file-key-spec-number",
        loads("a.json", doc({"tbl": {"partition_key": 5}})),
        bug(KEY_SPEC_TYPE, TypeError),
    ),
    (
        "file-items-null",
        loads("a.json", doc({"tbl": {"partition_key": "k", "items": None}})),
        bug(ITEMS_TYPE, TypeError),
    ),
    (
        "file-item-float",
        loads(
            "a.json",
            doc({"tbl": {"partition_key": "k", "items": [{"k": "a", "f": 1.5}]}}),
            check="all",
        ),
        None,
    ),
    (
        "file-item-nan",
        loads(
            "a.json", doc({"tbl": {"partition_key": "k", "items": [{"k": "a", "f": float("nan")}]}})
        ),
        None,
    ),
    (
        "file-item-infinity",
        loads(
            "a.json",
            '{"tables": {"tbl": {"partition_key": "k", "items": [{"k": "a", "f": 1e999}]}}}',
            check="all",
        ),
        None,
    ),
    (
        "file-key-schema-string",
        loads("a.json", doc([{"TableName": "tbl", "KeySchema": "k"}])),
        bug(CREATE_TABLE_SHAPE, AttributeError),
    ),
    ("file-table-name-number", loads("a.json", doc([{"TableName": 5}])), None),
    (
        "file-second-table-bad",
        loads("a.json", doc({"tbl": GOOD_TABLE, "bad": {"partition_key": "k", "items": [5]}})),
        bug(
            "a table document whose second table is bad leaves the first declared (a partial load)",
            AssertionError,
        ),
    ),
    (
        "file-tables-with-table-argument",
        loads("a.json", doc({"tbl": GOOD_TABLE}), table="users"),
        None,
    ),
    ("scan-without-table", loads("a.json", '{"Items": [{"user_id": {"S": "u3"}}]}'), None),
    (
        "scan-undeclared-table",
        loads("a.json", '{"Items": [{"user_id": {"S": "u3"}}]}', table="nope"),
        None,
    ),
    (
        "scan-bad-number-checked-at-load",
        loads(
            "a.json",
            '{"Items": [{"user_id": {"S": "u3"}, "n": {"N": "x"}}]}',
            table="users",
            check="all",
        ),
        None,
    ),
    ("scan-unknown-check", loads("a.json", '{"Items": []}', table="users", check="some"), None),
    (
        "scan-item-number",
        loads("a.json", '{"Items": [{"user_id": {"S": "u3"}}, 5]}', table="users"),
        None,
    ),
    ("scan-plain-values", loads("a.json", '{"Items": [{"user_id": "u3"}]}', table="users"), None),
    ("export-item-number", loads("a.json", '{"Item": 5}', table="users"), None),
    ("export-bad-line", loads("a.json", EXPORT_LINE + "\n{oops\n", table="users"), None),
    ("export-line-not-object", loads("a.json", EXPORT_LINE + "\n[1]\n", table="users"), None),
    (
        "export-line-without-item",
        loads("a.json", EXPORT_LINE + '\n{"Other": 1}\n', table="users"),
        None,
    ),
    (
        "export-bad-item",
        loads("a.json", EXPORT_LINE + '\n{"Item": {"user_id": {"S": ""}}}\n', table="users"),
        None,
    ),
    (
        "gzip-truncated",
        loads("a.json.gz", CORRUPT_GZIP, table="users"),
        bug(
            "a truncated gzip seed file escapes as EOFError from gzip.decompress in _files._text",
            EOFError,
        ),
    ),
    ("gzip-bad-header", loads("a.json.gz", b"\x1f\x8bnot gzip at all", table="users"), None),
    ("yaml-invalid", loads("a.yaml", "tables: [\n"), None),
    ("yaml-scalar", loads("a.yaml", "hello\n"), None),
    ("yaml-empty", loads("a.yml", ""), None),
    (
        "yaml-date",
        loads(
            "a.yaml",
            "tables:\n  tbl:\n    partition_key: k\n    items:\n      - {k: a, d: 2024-01-01}\n",
        ),
        None,
    ),
    (
        "yaml-key-spec-mapping",
        loads("a.yaml", "tables:\n  tbl:\n    partition_key: {k: 1, S: 2}\n"),
        bug(KEY_SPEC_TYPE, KeyError),
    ),
]


def seed_cases() -> list[Any]:
    cases: list[Any] = []
    for corpus, format in ((PYTHON_ITEMS, "python"), (DYNAMODB_ITEMS, "dynamodb")):
        for name, item, mark in corpus:
            good = {"user_id": "u9"} if format == "python" else {"user_id": {"S": "u9"}}

            def put(
                fake: DynaFake, _: Path, item: Any = item, format: Any = format, good: Any = good
            ) -> object:
                return fake.tables["users"].put_items([good, item], format=format)

            def declare_with(
                fake: DynaFake, _: Path, item: Any = item, format: Any = format
            ) -> object:
                items = [
                    {"user_id": "u9"} if format == "python" else {"user_id": {"S": "u9"}},
                    item,
                ]
                return fake.table("tbl", "user_id", items=items, format=format)

            marks = () if mark is None else mark
            cases.append(pytest.param(put, id=f"put-items-{format}-{name}", marks=marks))
            cases.append(pytest.param(declare_with, id=f"table-items-{format}-{name}", marks=marks))
    for name, seed, mark in SEEDS:
        cases.append(pytest.param(seed, id=name, marks=() if mark is None else mark))
    return cases


@pytest.mark.parametrize("seed", seed_cases())
def test_bad_seed_is_a_dynafake_error_and_stores_nothing(seed: Seed, tmp_path: Path) -> None:
    __tracebackhide__ = True
    fake = DynaFake(tables={"users": {"partition_key": "user_id", "items": [{"user_id": "u1"}]}})
    before = snapshot(fake)
    try:
        within_budget(lambda: seed(fake, tmp_path))
    except DynaFakeError:
        pass
    else:
        raise AssertionError("the bad seed was accepted")
    assert snapshot(fake) == before


def scan_file_cases() -> list[Any]:
    cases = []
    for name, item, _ in DYNAMODB_ITEMS:
        try:
            text = json.dumps({"Items": [{"user_id": {"S": "u9"}}, item]}, allow_nan=False)
        except ValueError:
            continue  # no JSON file holds a NaN
        if json.loads(text)["Items"][1] == item:  # not so for non-str names, which JSON makes str
            cases.append(pytest.param(text, id=name))
    good = '{"user_id": {"S": "u9"}}'
    for name, bad in (
        ("deep-list", '{"user_id": {"S": "u3"}, "x": ' + '{"L": [' * 600 + "1" + "]}" * 600 + "}"),
        ("deep-json", '{"user_id": {"S": "u3"}, "x": ' + "[" * 3000 + "]" * 3000 + "}"),
        ("deep-key", '{"user_id": ' + "[" * 3000 + "]" * 3000 + "}"),
        ("long-int", '{"user_id": {"S": "u3"}, "n": {"N": 1' + "0" * 40 + "}}"),
        ("longer-int", '{"user_id": {"S": "u3"}, "n": {"N": 1' + "0" * 5000 + "}}"),
        ("long-int-key", '{"user_id": {"N": 1' + "0" * 40 + "}}"),
    ):
        cases.append(pytest.param('{"Items": [' + good + ", " + bad + "]}", id=f"scan-{name}"))
        lines = '{"Item": ' + good + '}\n{"Item": ' + bad + "}\n"
        cases.append(pytest.param(lines, id=f"export-{name}"))
    return cases


@pytest.mark.parametrize("text", scan_file_cases())
def test_bad_item_in_a_scan_file_fails_at_load_or_first_read(text: str, tmp_path: Path) -> None:
    """Scan output is checked key by key at load and item by item when first read: a bad item
    is a DynaFakeError at one of the two, never another exception or a wrong answer."""
    __tracebackhide__ = True
    path = write(tmp_path, "scan.json", text)
    fake = DynaFake(tables={"users": {"partition_key": "user_id"}})
    fails_at_load_or_first_read(fake, lambda: fake.load(path, table="users"), "users")


def fails_at_load_or_first_read(fake: DynaFake, load: Callable[[], None], table: str) -> None:
    """Load, then read every item loaded: one of the two must raise DynaFakeError."""
    __tracebackhide__ = True
    with fake:
        client = boto3.client("dynamodb", config=Config(retries={"total_max_attempts": 1}))
        try:
            within_budget(load)
            kind = fake.tables[table].key_schema[0][1]
            keys = [{"user_id": {kind: key}} for (key,) in fake._tables.view[table].items]
            within_budget(lambda: client.batch_get_item(RequestItems={table: {"Keys": keys}}))
        except DynaFakeError:
            return
    raise AssertionError("the bad item was accepted")


def document_cases() -> list[Any]:
    cases = []
    for name, item, _ in PYTHON_ITEMS:
        try:
            text = doc({"tbl": {"partition_key": "user_id", "items": [{"user_id": "u9"}, item]}})
        except (TypeError, ValueError, RecursionError):
            continue  # sets, bytes, Decimals, self-containing values: no JSON file holds them
        if json.loads(text)["tables"]["tbl"]["items"][1] == item:
            cases.append(pytest.param(text, id=name))
    for name, bad in (
        ("float", '{"user_id": "u3", "f": 1.5}'),
        ("infinity", '{"user_id": "u3", "f": 1e999}'),
        ("long-int", '{"user_id": "u3", "n": 1' + "2" * 40 + "}"),  # 41 significant digits
        ("longer-int", '{"user_id": "u3", "n": 1' + "0" * 5000 + "}"),
        ("deep-list", '{"user_id": "u3", "x": ' + "[" * 3000 + "]" * 3000 + "}"),
        ("float-key", '{"user_id": 1.5}'),
        ("bool-key", '{"user_id": true}'),
    ):
        items = '[{"user_id": "u9"}, ' + bad + "]"
        text = '{"tables": {"tbl": {"partition_key": "user_id", "items": ' + items + "}}}"
        cases.append(pytest.param(text, id=f"python-{name}"))
        number_key = (
            text.replace('"partition_key": "user_id"', '"partition_key": ["user_id", "N"]')
            .replace('"user_id": "u9"', '"user_id": 9')
            .replace('"user_id": "u3"', '"user_id": 3')
        )
        cases.append(pytest.param(number_key, id=f"python-number-key-{name}"))
    return cases


@pytest.mark.parametrize("text", document_cases())
def test_bad_item_in_a_table_document_fails_at_load_or_first_read(
    text: str, tmp_path: Path
) -> None:
    """JSON table documents, like scan output, are checked key by key at load and item by
    item on first read."""
    __tracebackhide__ = True
    path = write(tmp_path, "doc.json", text)
    fake = DynaFake()
    fails_at_load_or_first_read(fake, lambda: fake.load(path), "tbl")


def test_a_lone_surrogate_in_a_request_is_echoed_as_sent() -> None:
    """botocore sends a lone surrogate as a \\ud800 escape; an answer that echoes it (the
    UnprocessedKeys of a partial result, an error naming it) escapes it again, as DynamoDB
    Local does, instead of failing to encode the response."""
    fake = DynaFake(tables={"users": {"partition_key": "user_id", "items": [{"user_id": "u1"}]}})
    keys = [{"user_id": {"S": "\ud800"}}, {"user_id": {"S": "a\udc80b"}}]
    with fake:
        fake.unprocessed("BatchGetItem", times=None)
        client = boto3.client("dynamodb", config=Config(retries={"total_max_attempts": 1}))
        answer = client.batch_get_item(RequestItems={"users": {"Keys": keys}})
        assert answer["UnprocessedKeys"] == {"users": {"Keys": keys}}
        with pytest.raises(ClientError) as raised:
            client.get_item(
                TableName="users",
                Key={"user_id": {"S": "u1"}},
                ProjectionExpression="#\ud800",
                ExpressionAttributeNames={"#\ud800": "user_id"},
            )
    assert raised.value.response["Error"]["Message"] == (
        'ExpressionAttributeNames contains invalid key: Syntax error; key: "#\ud800"'
    )
