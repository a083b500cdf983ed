"""Query and Scan checks in DynamoDB Local's order, where the range fuzzer found the fake
reporting another problem first (conformance cases of the same names in
tests/conformance/cases_range.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from pytest_dynafake import DynaFake

ErrorOf = Callable[..., tuple[str, str]]
VE = "ValidationException"
INVALID = "One or more parameter values were invalid: "
KIND = {"#k": "kind"}
CLICK = {":k": {"S": "click"}}
MISSING = "[x.y, status, \U0001f511]"


@pytest.fixture
def events(dynafake: DynaFake) -> Any:
    """A table with a KEYS_ONLY GSI on ``kind``."""
    return dynafake.create_table(
        TableName="events",
        KeySchema=[
            {"AttributeName": "pk", "KeyType": "HASH"},
            {"AttributeName": "sk", "KeyType": "RANGE"},
        ],
        AttributeDefinitions=[
            {"AttributeName": "pk", "AttributeType": "S"},
            {"AttributeName": "sk", "AttributeType": "N"},
            {"AttributeName": "kind", "AttributeType": "S"},
        ],
        GlobalSecondaryIndexes=[
            {
                "IndexName": "kind_only",
                "KeySchema": [{"AttributeName": "kind", "KeyType": "HASH"}],
                "Projection": {"ProjectionType": "KEYS_ONLY"},
            }
        ],
        BillingMode="PAY_PER_REQUEST",
    ).put_items([{"pk": "p1", "sk": 1, "kind": "click", "title": "t"}])


def test_unprojected_names_in_dynamodb_locals_order(
    client: Any, events: Any, error_of: ErrorOf
) -> None:
    """status and 🔑 share a bucket of Java's HashSet; DynamoDB Local adds the projection's
    paths last to first, so status comes before 🔑 (q-gsi-unprojected-names-order)."""
    names = {**KIND, "#e": "\U0001f511", "#x": "x.y", "#s": "status"}
    assert error_of(
        client.query, TableName="events", IndexName="kind_only", KeyConditionExpression="#k = :k",
        ProjectionExpression="#e, #x, #s", ExpressionAttributeNames=names,
        ExpressionAttributeValues=CLICK,
    ) == (VE, INVALID + "Global secondary index kind_only does not project " + MISSING)  # fmt: skip


NOT_PROJECT = INVALID + "Global secondary index kind_only does not project "
KIND_IS_CLICK = {"kind": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "click"}]}}
MANY = [f"n{i}" for i in range(14)] + ["\u00c4rger", "absent"]


@pytest.mark.parametrize(
    ("request_members", "listed"),
    [
        pytest.param(  # the range fuzzer's case: one bucket of names, two of path elements
            {
                "ProjectionExpression": "#a, absent",
                "ExpressionAttributeNames": {"#a": "\u00c4rger"},
            },
            "[\u00c4rger, absent]",
            id="expression-path-element-order",
        ),
        pytest.param(  # 18 names: the sets have grown to 32 buckets, keys included
            {
                "ProjectionExpression": ", ".join(["pk", "sk"] + [f"#m{i}" for i in range(16)]),
                "ExpressionAttributeNames": {f"#m{i}": n for i, n in enumerate(MANY)},
            },
            "[n0, n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n12, n11, n13, \u00c4rger, absent]",
            id="expression-grown-set",
        ),
        pytest.param(  # AttributesToGet: added to a plain HashSet first to last
            {"AttributesToGet": ["zz", "kind9"]}, "[zz, kind9]", id="attributes-to-get"
        ),
        pytest.param(
            {"AttributesToGet": ["absent", "\u00c4rger", "pk"]},
            "[absent, \u00c4rger]",
            id="attributes-to-get-collision",
        ),
    ],
)
def test_unprojected_names_as_dynamodb_locals_sets_iterate(
    client: Any, events: Any, error_of: ErrorOf, request_members: dict[str, Any], listed: str
) -> None:
    """The messages DynamoDB Local 3.3.1 gave for these requests (captured by hand): a
    ProjectionExpression's names through its projection tree (path elements hashed by
    HashCodeBuilder(8191, 127), added last to first) into a HashSet, AttributesToGet's into a
    HashSet directly; the projected names removed after (q-gsi-unprojected-names-order)."""
    key = (
        {"KeyConditions": KIND_IS_CLICK}
        if "AttributesToGet" in request_members
        else {"KeyConditionExpression": "kind = :k", "ExpressionAttributeValues": CLICK}
    )
    assert error_of(
        client.query, TableName="events", IndexName="kind_only", **key, **request_members
    ) == (VE, NOT_PROJECT + listed)


def test_scan_reports_unprojected_attributes_before_a_key_path(
    client: Any, events: Any, error_of: ErrorOf
) -> None:
    """s-gsi-projection-before-key-path."""
    assert error_of(
        client.scan, TableName="events", IndexName="kind_only",
        ProjectionExpression="pk.a, absent2", Select="SPECIFIC_ATTRIBUTES",
    ) == (VE, INVALID + "Global secondary index kind_only does not project [absent2]")  # fmt: skip


@pytest.mark.parametrize(
    ("projection", "expected"),
    [
        ("pk, kind.x[3], absent2", "IndexKey: kind"),
        ("pk.a, kind.x, absent2", "Key: pk"),
    ],
)
def test_scan_reports_a_path_into_an_index_key_before_unprojected_attributes(
    client: Any, events: Any, error_of: ErrorOf, projection: str, expected: str
) -> None:
    """DynamoDB Local 3.3.1 (captured; the long range fuzz run): a path into an index key
    comes before the projection through the index, and then a path into a table key before
    it too (s-gsi-index-key-path-before-projection)."""
    assert error_of(
        client.scan, TableName="events", IndexName="kind_only", ProjectionExpression=projection
    ) == (
        VE,
        "Key attributes must be scalars; list random access '[]' and map lookup '.' are not "
        "allowed: " + expected,
    )


@pytest.mark.parametrize(
    ("table", "index", "expected"),
    [
        ("nope", None, ("ResourceNotFoundException", "Requested resource not found")),
        ("events", "nope", (VE, "The table does not have the specified index: nope")),
    ],
)
def test_unknown_table_or_index_before_names_without_expression(
    client: Any, events: Any, error_of: ErrorOf, table: str, index: str | None, expected: Any
) -> None:
    """s-unknown-table-unused-name, s-unknown-index-unused-name."""
    extra = {} if index is None else {"IndexName": index}
    assert (
        error_of(client.scan, TableName=table, ExpressionAttributeNames={"#x": "x"}, **extra)
        == expected
    )


def _eq(value: dict[str, Any], operator: str = "EQ") -> dict[str, Any]:
    return {"ComparisonOperator": operator, "AttributeValueList": [value]}


@pytest.mark.parametrize(
    ("key_conditions", "expected"),
    [
        ({"pk": _eq({"N": "1"})}, INVALID + "Condition parameter type does not match schema type"),
        (
            {"pk": _eq({"S": "p"}), "sk": _eq({"S": "1"})},
            INVALID + "Condition parameter type does not match schema type",
        ),
        ({"nope": _eq({"S": "p"})}, "Query condition missed key schema element: pk"),
        ({"pk": _eq({"S": "p"}, "GT")}, "Query key condition not supported"),
        (
            {"pk": _eq({"S": "p"})},
            INVALID + "ComparisonOperator IN is not valid for L AttributeValue type",
        ),
    ],
)
def test_legacy_query_key_conditions_before_the_query_filter(
    client: Any, events: Any, error_of: ErrorOf, key_conditions: dict[str, Any], expected: str
) -> None:
    """DynamoDB Local 3.3.1 (captured; the long range fuzz run): KeyConditions are bound to
    the key schema before QueryFilter's operand types are checked (q-legacy-key-type-before-
    filter-in-list)."""
    assert error_of(
        client.query,
        TableName="events",
        KeyConditions=key_conditions,
        QueryFilter={
            "x": {"ComparisonOperator": "IN", "AttributeValueList": [{"N": "1"}, {"L": []}]}
        },
    ) == (VE, expected)


@pytest.mark.parametrize(
    ("filter_expression", "expected"),
    [
        (
            "title BETWEEN :b AND :a",
            "Invalid FilterExpression: The BETWEEN operator requires upper bound to be greater "
            "than or equal to lower bound; lower bound operand: AttributeValue: {S:b}, upper "
            "bound operand: AttributeValue: {S:a}",
        ),
        (
            "title BETWEEN :a AND :b",
            "Invalid KeyConditionExpression: The expression can not be empty;",
        ),
        ("", "Invalid KeyConditionExpression: The expression can not be empty;"),
    ],
)
def test_empty_key_condition_after_the_filters_checks(
    client: Any, events: Any, error_of: ErrorOf, filter_expression: str, expected: str
) -> None:
    """DynamoDB Local 3.3.1 checks the filter before an empty key condition
    (q-empty-key-condition-then-filter); both empty, the key condition is named first
    (dynalite's live test)."""
    assert error_of(
        client.query,
        TableName="events",
        KeyConditionExpression="",
        FilterExpression=filter_expression,
        ExpressionAttributeValues={":a": {"S": "a"}, ":b": {"S": "b"}},
    ) == (VE, expected)


def test_unprojected_filter_attributes_sorted(client: Any, events: Any, error_of: ErrorOf) -> None:
    """DynamoDB Local 3.3.1 sorts the filter's unprojected names (``Collections.sort``), where
    a HashSet would give ``[size, absent]`` (q-gsi-filter-unprojected-sorted; long fuzz run)."""
    assert error_of(
        client.query, TableName="events", IndexName="kind_only", KeyConditionExpression="#k = :k",
        FilterExpression="attribute_type(#s[1], :t) AND NOT absent > :t",
        ExpressionAttributeNames={**KIND, "#s": "size"},
        ExpressionAttributeValues={**CLICK, ":t": {"S": "B"}},
    ) == (VE, INVALID + "Secondary index kind_only does not project one or more filter "
                        "attributes: [absent, size]")  # fmt: skip


NAMES_UNUSED = "Value provided in ExpressionAttributeNames unused in expressions: keys: "
VALUES_UNUSED = "Value provided in ExpressionAttributeValues unused in expressions: keys: "


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # 16 buckets: #k9 in bucket 1, #k3 to #k5 in 11 to 13 (long fuzz run)
        (["#k3", "#k4", "#k5", "#k9"], "{#k9, #k3, #k4, #k5}"),
        (["#b", "#c"], "{#c, #b}"),
        # 12 names make a copy of 32 buckets: #q (14) before #a (30), both 14 of 16
        (
            ["#a", "#q", *(f"#x{i}" for i in range(10))],
            "{#x5, #x6, #x7, #x8, #x9, #q, #x0, #x1, #x2, #a, #x3, #x4}",
        ),
    ],
)
def test_unused_names_in_the_order_of_a_java_hashset(
    client: Any, events: Any, error_of: ErrorOf, names: list[str], expected: str
) -> None:
    """DynamoDB Local 3.3.1 lists unused names as a HashSet copied from the request's map
    iterates them (q-unused-names-hashset-order)."""
    given = dict.fromkeys(names, "x")
    assert error_of(
        client.query, TableName="events", KeyConditionExpression="pk = :p",
        ExpressionAttributeNames=given, ExpressionAttributeValues={":p": {"S": "p1"}},
    ) == (VE, NAMES_UNUSED + expected)  # fmt: skip


def test_unused_values_in_the_order_of_a_java_hashset(
    client: Any, events: Any, error_of: ErrorOf
) -> None:
    """As the names: ``:z`` (bucket 0) before ``:a`` (bucket 7) (DynamoDB Local 3.3.1)."""
    given = {name: {"S": "x"} for name in (":p", ":a", ":z")}
    assert error_of(
        client.query, TableName="events", KeyConditionExpression="pk = :p",
        ExpressionAttributeValues=given,
    ) == (VE, VALUES_UNUSED + "{:z, :a}")  # fmt: skip


@pytest.fixture
def multi(dynafake: DynaFake) -> Any:
    """A GSI keyed on two HASH and two RANGE attributes."""
    types = (("pk", "S"), ("h1", "N"), ("h2", "S"), ("r1", "S"), ("r2", "N"))
    keys = (("h1", "HASH"), ("h2", "HASH"), ("r1", "RANGE"), ("r2", "RANGE"))
    return dynafake.create_table(
        TableName="multi",
        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": a, "AttributeType": t} for a, t in types],
        GlobalSecondaryIndexes=[{
            "IndexName": "four",
            "KeySchema": [{"AttributeName": a, "KeyType": k} for a, k in keys],
            "Projection": {"ProjectionType": "ALL"},
        }],
        BillingMode="PAY_PER_REQUEST",
    )  # fmt: skip


RANGE_EQUALITY = (
    "RANGE key attributes r1 must have equality conditions specified in the query because a "
    "condition is present on key attribute r2"
)


@pytest.mark.parametrize(
    ("h1", "h2", "r2", "expected"),
    [
        ({"NULL": True}, {"S": "x"}, {"N": "1"}, INVALID + "Condition parameter type does not "
         "match schema type"),
        ({"N": "1"}, {"S": ""}, {"N": "1"}, "One or more parameter values are not valid. A value "
         "specified for a secondary index key is not supported. The AttributeValue for a key "
         "attribute cannot contain an empty string value. IndexName: four, IndexKey: h2"),
        # a RANGE attribute's wrong type comes after the RANGE equality rule
        ({"N": "1"}, {"S": "x"}, {"S": "1"}, RANGE_EQUALITY),
    ],
)  # fmt: skip
def test_multi_attribute_key_hash_values_before_the_range_equality_rule(
    client: Any, multi: Any, error_of: ErrorOf, h1: Any, h2: Any, r2: Any, expected: str
) -> None:
    """DynamoDB Local 3.3.1 (captured; long fuzz run): the HASH attributes' values are checked
    before "RANGE key attributes ... must have equality conditions" (q-multi-gsi-hash-type-
    before-range-equality)."""
    assert error_of(
        client.query, TableName="multi", IndexName="four",
        KeyConditionExpression="r1 BETWEEN :a AND :b AND h1 = :h AND h2 = :i AND r2 = :r",
        ExpressionAttributeValues={":a": {"S": "a"}, ":b": {"S": "b"}, ":h": h1, ":i": h2,
                                   ":r": r2},
    ) == (VE, expected)  # fmt: skip


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        # value by value: its type for IN, then the first value's type (DDBL 3.3.1)
        ([{"S": "a"}, {"N": "1"}, {"SS": ["a"]}], "AttributeValues inside AttributeValueList "
         "must be of same type"),
        ([{"S": "a"}, {"SS": ["a"]}, {"N": "1"}], "ComparisonOperator IN is not valid for SS "
         "AttributeValue type"),
        ([{"N": "1"}, {"S": "a"}, {"L": []}], "AttributeValues inside AttributeValueList must "
         "be of same type"),
    ],
)  # fmt: skip
def test_legacy_in_checks_each_value_in_turn(
    client: Any, events: Any, error_of: ErrorOf, values: list[Any], expected: str
) -> None:
    """q-legacy-in-mixed-types-before-set (long range fuzz run)."""
    assert error_of(
        client.query, TableName="events",
        KeyConditions={"pk": _eq({"S": "p1"})},
        QueryFilter={"x": {"ComparisonOperator": "IN", "AttributeValueList": values}},
    ) == (VE, INVALID + expected)  # fmt: skip


def test_scan_refuses_consistent_read_on_a_gsi_before_unused_names(
    client: Any, events: Any, error_of: ErrorOf
) -> None:
    """A Scan's ConsistentRead on a GSI comes before unused names (a Query's after them;
    DynamoDB Local 3.3.1, s-gsi-consistent-read-before-unused-name)."""
    assert error_of(
        client.scan, TableName="events", IndexName="kind_only", ConsistentRead=True,
        FilterExpression="#a = :v", ExpressionAttributeNames={"#a": "x", "#b": "y"},
        ExpressionAttributeValues={":v": {"S": "a"}},
    ) == (VE, "Consistent reads are not supported on global secondary indexes")  # fmt: skip
    assert error_of(
        client.query, TableName="events", IndexName="kind_only", ConsistentRead=True,
        KeyConditionExpression="#k = :k", ExpressionAttributeNames={**KIND, "#b": "y"},
        ExpressionAttributeValues=CLICK,
    ) == (VE, NAMES_UNUSED + "{#b}")  # fmt: skip


@pytest.mark.parametrize(
    ("condition", "values", "expected"),
    [
        ("pk = :p AND sk > :s", {":p": {"S": "p1"}, ":s": {"S": "a"}},
         INVALID + "Condition parameter type does not match schema type"),
        ("sk > :s", {":s": {"N": "1"}}, "Query condition missed key schema element: pk"),
        ("pk > :p", {":p": {"S": "p1"}}, "Query key condition not supported"),
        ("pk = :p", {":p": {"S": "p1"}},
         "Filter Expression can only contain non-primary key attributes: Primary key attribute: "
         "sk"),
    ],
)  # fmt: skip
def test_key_condition_before_a_filter_on_a_key_attribute(
    client: Any, events: Any, error_of: ErrorOf, condition: str, values: Any, expected: str
) -> None:
    """DynamoDB Local 3.3.1 binds the key condition before it refuses a filter naming a key
    attribute (q-key-condition-before-filter-on-key)."""
    assert error_of(
        client.query, TableName="events", KeyConditionExpression=condition,
        FilterExpression="sk > :x", ExpressionAttributeValues={**values, ":x": {"N": "1"}},
    ) == (VE, expected)  # fmt: skip
