"""The order of a single-item write's request checks, as DynamoDB Local 3.3.1 makes them (the
write fuzzer's cases, pinned in tests/conformance/cases_write_order.py): which error a request
with several faults reports."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from pytest_dynafake import DynaFake
from tests._writes import create_indexed

ItemError = Callable[..., tuple[str, str]]
VE = "ValidationException"
ENVELOPE = "1 validation error detected: "
KEY = {"user_id": {"S": "u2"}}


@pytest.mark.parametrize(
    ("names", "values", "message"),
    [
        (
            {"#a": ""},
            {":v": {"SS": []}},
            "One or more parameter values were invalid: An string set  may not be empty",
        ),
        (
            {"#a": ""},
            {"v": {"S": "x"}},
            'ExpressionAttributeValues contains invalid key: Syntax error; key: "v"',
        ),
        ({"#a": ""}, {}, "ExpressionAttributeValues must not be empty"),
        (
            {"#a": "", "k": "b"},
            {":v": {"S": "x"}},
            'ExpressionAttributeNames contains invalid key: Syntax error; key: "k"',
        ),
        (
            {"#a": ""},
            {":v": {"S": "x"}},
            "ExpressionAttributeNames contains invalid value: Empty attribute name for key #a",
        ),
    ],
)
def test_values_checked_before_an_empty_attribute_name(
    raw_client: Any, users: Any, error_of: ItemError, names: Any, values: Any, message: str
) -> None:
    """Local: the names' keys, then the values (keys, then each value), then the names'
    values: an invalid value is reported before an empty attribute name."""
    got = error_of(raw_client.delete_item, TableName="users", Key=KEY,
                   ConditionExpression="#a <> :v", ExpressionAttributeNames=names,
                   ExpressionAttributeValues=values)  # fmt: skip
    assert got == (VE, ENVELOPE + message)


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (
            {"": {"SS": ["a", "a"]}},
            ENVELOPE + "One or more parameter values were invalid: Input collection "
            "[a, a] contains duplicates.",
        ),
        (
            {"": {"N": "1e999"}},
            "Number overflow. Attempting to store a number with magnitude "
            "larger than supported range",
        ),
        ({"": {"N": "1"}, "x": {"N": "1e999"}}, "Empty attribute name"),
    ],
)
def test_an_item_attributes_value_checked_before_its_empty_name(
    raw_client: Any, users: Any, error_of: ItemError, item: Any, message: str
) -> None:
    """Local checks an item's attributes in order, each one's value before its name."""
    got = error_of(raw_client.put_item, TableName="users", Item={**KEY, **item})
    assert got == (VE, message)


EMPTY_INDEX_KEY = (
    "One or more parameter values are not valid. A value specified for a secondary index key "
    "is not supported. The AttributeValue for a key attribute cannot contain an empty string "
    "value. IndexName: {index}, IndexKey: {name}"
)


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ({"g": {"S": ""}, "l": {"S": ""}}, EMPTY_INDEX_KEY.format(index="lsi", name="l")),
        ({"g": {"N": "1"}, "l": {"S": ""}}, EMPTY_INDEX_KEY.format(index="lsi", name="l")),
        (
            {"g": {"S": ""}, "l": {"N": "1"}},
            "One or more parameter values were invalid: Type mismatch for Index Key l Expected: "
            "S Actual: N IndexName: lsi",
        ),
    ],
)
def test_local_secondary_index_keys_checked_before_global_ones(
    client: Any, dynafake: DynaFake, error_of: ItemError, item: Any, message: str
) -> None:
    """DynamoDB Local checks a put's LSI keys before its GSI keys (each kind in declaration
    order): an item breaking both names the LSI."""
    create_indexed(dynafake)
    item = {"pk": {"S": "p"}, "sk": {"N": "1"}, **item}
    assert error_of(client.put_item, TableName="indexed", Item=item) == (VE, message)


@pytest.mark.parametrize(
    ("expression", "name"),
    [("SET g.a = :v, l.a = :v", "l"), ("SET g2.a = :v, g.a = :v", "g")],
)
def test_nested_index_keys_reported_in_index_order(
    client: Any, dynafake: DynaFake, error_of: ItemError, expression: str, name: str
) -> None:
    """DynamoDB Local names the nested index key of the first index, LSIs before GSIs, each
    kind in declaration order, whatever the order of the paths."""
    create_indexed(dynafake)
    got = error_of(client.update_item, TableName="indexed", Key={"pk": {"S": "p"},
                   "sk": {"N": "1"}}, UpdateExpression=expression,
                   ExpressionAttributeValues={":v": {"N": "1"}})  # fmt: skip
    assert got == (VE, "Key attributes must be scalars; list random access '[]' and map lookup "
                   f"'.' are not allowed: IndexKey: {name}")  # fmt: skip


GE_BOOL = {"data": {"ComparisonOperator": "GE", "AttributeValueList": [{"BOOL": False}]}}
GE_BOOL_MESSAGE = (
    ENVELOPE
    + "One or more parameter values were invalid: ComparisonOperator GE is not valid for BOOL "
    "AttributeValue type"
)


@pytest.mark.parametrize(
    ("operation", "extra"),
    [
        ("delete_item", {"ExpressionAttributeValues": {":u": {"S": "u"}}}),
        ("delete_item", {"ExpressionAttributeNames": {"#u": "u"}}),
        ("delete_item", {"ConditionExpression": "a = :u", "ExpressionAttributeValues": {
            ":u": {"S": "u"}}}),
        ("delete_item", {"ReturnValues": "ALL_NEW"}),
        ("update_item", {"ExpressionAttributeNames": {"#u": "u"}}),
        ("update_item", {"UpdateExpression": "SET a = :u", "ExpressionAttributeValues": {
            ":u": {"S": "u"}}}),
    ],
)  # fmt: skip
def test_expected_terms_checked_before_the_expression_members(
    raw_client: Any, users: Any, error_of: ItemError, operation: str, extra: Any
) -> None:
    """DeleteItem and UpdateItem (DynamoDB Local 3.3.1): Expected's own errors come before
    mixing it with expressions, before names or values without an expression, and before a
    DeleteItem's ReturnValues."""
    got = error_of(getattr(raw_client, operation), TableName="users", Key=KEY,
                   Expected=GE_BOOL, **extra)  # fmt: skip
    assert got == (VE, GE_BOOL_MESSAGE)


def test_put_item_checks_mixing_before_expected_terms(
    raw_client: Any, users: Any, error_of: ItemError
) -> None:
    """PutItem keeps the mixing check first (DynamoDB Local 3.3.1)."""
    values = {":u": {"S": "u"}}
    got = error_of(raw_client.put_item, TableName="users", Item=KEY, Expected=GE_BOOL,
                   ConditionExpression="a = :u", ExpressionAttributeValues=values)  # fmt: skip
    assert got == (VE, ENVELOPE + "Can not use both expression and non-expression parameters "
                   "in the same request: Non-expression parameters: {Expected} Expression "
                   "parameters: {ConditionExpression}")  # fmt: skip


def test_lsi_entry_write_units_count_100_bytes_of_overhead(client: Any, dynafake: DynaFake) -> None:
    """DynamoDB Local 3.3.1 charges an LSI entry's size plus 100 bytes (the Developer Guide's
    per-entry overhead of a local secondary index); a GSI entry its size alone: an LSI entry
    of 925 bytes costs two units, the GSI entry of the same size one."""
    dynafake.create_table(
        TableName="sized",
        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"},
                   {"AttributeName": "k2", "KeyType": "RANGE"}],
        AttributeDefinitions=[{"AttributeName": n, "AttributeType": t}
                              for n, t in (("pk", "B"), ("k2", "B"), ("gd", "S"))],
        LocalSecondaryIndexes=[{"IndexName": "lsi", "KeySchema": [
            {"AttributeName": "pk", "KeyType": "HASH"},
            {"AttributeName": "gd", "KeyType": "RANGE"}],
            "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["c"]}}],
        GlobalSecondaryIndexes=[{"IndexName": "gsi", "KeySchema": [
            {"AttributeName": "gd", "KeyType": "HASH"}],
            "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["c"]}}],
    )  # fmt: skip
    used = [
        client.put_item(TableName="sized", ReturnConsumedCapacity="INDEXES", Item={
            "pk": {"B": b"abcd"}, "k2": {"B": bytes([i, 1])}, "gd": {"S": "u\t9"},
            "c": {"S": "x" * size}})["ConsumedCapacity"]
        for i, size in enumerate((908, 909))
    ]  # fmt: skip
    assert [(u["LocalSecondaryIndexes"], u["GlobalSecondaryIndexes"]) for u in used] == [
        ({"lsi": {"CapacityUnits": 1.0}}, {"gsi": {"CapacityUnits": 1.0}}),
        ({"lsi": {"CapacityUnits": 2.0}}, {"gsi": {"CapacityUnits": 1.0}}),
    ]
