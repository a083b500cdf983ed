"""Expression error cases as data: a Query or Scan body and DynamoDB's message.

Shared by the unit tests (tests/test_expr_request.py) and the capture test that sends each
case to DynamoDB Local (tests/conformance/test_expr_capture.py). The table they run against
("exprs") has the key pk (S) + sk (S), a GSI "by_g" on gpk (S) + gsk (N), and a GSI "multi"
with the multi-attribute key a, b (S, HASH) + c, d (N, RANGE); "exprs_hash" has pk (S) only.
A case in ``LIVE_DIFFERENCES`` is one where the fake follows live DynamoDB, not DynamoDB Local.
"""

from __future__ import annotations

from typing import Any

TABLE = "exprs"
HASH_TABLE = "exprs_hash"
SCHEMAS: dict[tuple[str, str | None], tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {
    (TABLE, None): ([("pk", "S")], [("sk", "S")]),
    (TABLE, "by_g"): ([("gpk", "S")], [("gsk", "N")]),
    (TABLE, "multi"): ([("a", "S"), ("b", "S")], [("c", "N"), ("d", "N")]),
    (HASH_TABLE, None): ([("pk", "S")], []),
}
S = {":s": {"S": "x"}}
SN = {":s": {"S": "x"}, ":n": {"N": "1"}}
KEY = "pk = :s"


def query(
    expression: str | None, values: dict[str, Any] | None = None, **extra: Any
) -> dict[str, Any]:
    body: dict[str, Any] = {"TableName": TABLE, **extra}
    if expression is not None:
        body["KeyConditionExpression"] = expression
    if values is not None:
        body["ExpressionAttributeValues"] = values
    return body


def scan(
    expression: str | None, values: dict[str, Any] | None = None, **extra: Any
) -> dict[str, Any]:
    body: dict[str, Any] = {"TableName": TABLE, **extra}
    if expression is not None:
        body["FilterExpression"] = expression
    if values is not None:
        body["ExpressionAttributeValues"] = values
    return body


# (id, operation, body, DynamoDB's message)
CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # -- key condition structure ----------------------------------------------------------
    (
        "kc-or",
        "Query",
        query("pk = :s OR sk = :s", S),
        "Invalid operator used in KeyConditionExpression: OR",
    ),
    ("kc-ne", "Query", query("pk <> :s", S), "Invalid operator used in KeyConditionExpression: <>"),
    (
        "kc-in",
        "Query",
        query("pk = :s AND sk IN (:s)", S),
        "Invalid operator used in KeyConditionExpression: IN",
    ),
    (
        "kc-not",
        "Query",
        query("NOT pk = :s", S),
        "Invalid operator used in KeyConditionExpression: NOT",
    ),
    (
        "kc-attribute-exists",
        "Query",
        query("pk = :s AND attribute_exists(sk)", S),
        "Invalid operator used in KeyConditionExpression: attribute_exists",
    ),
    (
        "kc-contains",
        "Query",
        query("pk = :s AND contains(sk, :s)", S),
        "Invalid operator used in KeyConditionExpression: contains",
    ),
    (
        "kc-attribute-type",
        "Query",
        query("pk = :s AND attribute_type(sk, :t)", {**S, ":t": {"S": "S"}}),
        "Invalid operator used in KeyConditionExpression: attribute_type",
    ),
    (
        "kc-size",
        "Query",
        query("pk = :s AND size(sk) = :s", S),
        "KeyConditionExpressions cannot contain nested operations",
    ),
    (
        "kc-size-operand",
        "Query",
        query("pk = :s AND sk > size(x)", S),
        "KeyConditionExpressions cannot contain nested operations",
    ),
    (
        "kc-one-per-key",
        "Query",
        query("pk = :s AND sk = :s AND sk = :s", S),
        "KeyConditionExpressions must only contain one condition per key",
    ),
    (
        "kc-same-key-twice",
        "Query",
        query("pk = :s AND pk = :s", S),
        "KeyConditionExpressions must only contain one condition per key",
    ),
    (
        "kc-no-attribute",
        "Query",
        query("pk = :s AND :s = :s", S),
        "Invalid condition in KeyConditionExpression: No key attribute specified",
    ),
    (
        "kc-two-names",
        "Query",
        query("pk = :s AND sk = pk", S),
        "Invalid condition in KeyConditionExpression: Multiple attribute names used in one "
        "condition",
    ),
    (
        "kc-begins-with-first",
        "Query",
        query("pk = :s AND begins_with(:s, sk)", S),
        "Invalid condition in KeyConditionExpression: begins_with operator must have the key "
        "attribute as its first operand",
    ),
    (
        "kc-between-first",
        "Query",
        query("pk = :s AND :s BETWEEN sk AND sk", S),
        "Invalid condition in KeyConditionExpression: BETWEEN operator must have the key "
        "attribute as its first operand",
    ),
    (
        "kc-nested-non-key",
        "Query",
        query("pk = :s AND x.y = :s", S),
        "KeyConditionExpressions cannot have conditions on nested attributes",
    ),
    (
        "kc-nested-key",
        "Query",
        query("pk.a = :s", S),
        "Key attributes must be scalars; list random access '[]' and map lookup '.' are not "
        "allowed: Key: pk",
    ),
    (
        "kc-index-key",
        "Query",
        query("pk = :s AND sk[0] = :s", S),
        "Key attributes must be scalars; list random access '[]' and map lookup '.' are not "
        "allowed: Key: sk",
    ),
    (
        "kc-unknown-function",
        "Query",
        query("pk = :s AND dog(sk)", S),
        "Invalid KeyConditionExpression: Invalid function name; function: dog",
    ),
    (
        "kc-redundant-parens",
        "Query",
        query("pk = :s AND ((sk = :s))", S),
        "Invalid KeyConditionExpression: The expression has redundant parentheses;",
    ),
    (
        "kc-not-distinct",
        "Query",
        query("pk = pk", S),
        "Invalid KeyConditionExpression: The first operand must be distinct from the remaining "
        "operands for this operator or function; operator: =, first operand: [pk]",
    ),
    (
        "kc-syntax-eof",
        "Query",
        query("pk = :s AND", S),
        'Invalid KeyConditionExpression: Syntax error; token: "<EOF>", near: "AND"',
    ),
    (
        "kc-reserved",
        "Query",
        query("name = :s", S),
        "Invalid KeyConditionExpression: Attribute name is a reserved keyword; reserved keyword: "
        "name",
    ),
    (
        "kc-between-types",
        "Query",
        query("pk = :s AND sk BETWEEN :n AND :s", SN),
        "Invalid KeyConditionExpression: The BETWEEN operator requires same data type for lower "
        "and upper bounds; lower bound operand: AttributeValue: {N:1}, upper bound operand: "
        "AttributeValue: {S:x}",
    ),
    (
        "kc-between-order",
        "Query",
        query(
            "pk = :s AND sk BETWEEN :b AND :a",
            {":s": {"S": "x"}, ":a": {"S": "a"}, ":b": {"S": "b"}},
        ),
        "Invalid KeyConditionExpression: The BETWEEN operator requires upper bound to be greater "
        "than or equal to lower bound; lower bound operand: AttributeValue: {S:b}, upper bound "
        "operand: AttributeValue: {S:a}",
    ),
    (
        "kc-begins-with-number",
        "Query",
        query("pk = :s AND begins_with(sk, :n)", SN),
        "Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator "
        "or function: begins_with, operand type: N",
    ),
    (
        "kc-empty",
        "Query",
        query(""),
        "Invalid KeyConditionExpression: The expression can not be empty;",
    ),
    # -- binding to the key schema ------------------------------------------------------------
    ("kc-hash-range-operator", "Query", query("pk < :s", S), "Query key condition not supported"),
    (
        "kc-hash-begins-with",
        "Query",
        query("begins_with(pk, :s)", S),
        "Query key condition not supported",
    ),
    (
        "kc-hash-range-with-sort",
        "Query",
        query("pk > :s AND sk = :s", S),
        "Query key condition not supported",
    ),
    (
        "kc-hash-table-two",
        "Query",
        {**query("pk = :s AND sk = :s", S), "TableName": HASH_TABLE},
        "Query key condition not supported",
    ),
    (
        "kc-three-conditions",
        "Query",
        query("pk = :s AND sk = :s AND x = :s", S),
        "Conditions can be of length 1 or 2 only",
    ),
    (
        "kc-missed-hash",
        "Query",
        query("sk = :s", S),
        "Query condition missed key schema element: pk",
    ),
    (
        "kc-missed-range",
        "Query",
        query("pk = :s AND x = :s", S),
        "Query condition missed key schema element: sk",
    ),
    (
        "kc-hash-type",
        "Query",
        query("pk = :n", {":n": {"N": "1"}}),
        "One or more parameter values were invalid: Condition parameter type does not match schema "
        "type",
    ),
    (
        "kc-range-type",
        "Query",
        query("pk = :s AND sk > :n", SN),
        "One or more parameter values were invalid: Condition parameter type does not match schema "
        "type",
    ),
    (
        "kc-gsi-begins-with-type",
        "Query",
        query("gpk = :s AND begins_with(gsk, :s)", S, IndexName="by_g"),
        "One or more parameter values were invalid: Condition parameter type does not match schema "
        "type",
    ),
    (
        "kc-empty-string-key",
        "Query",
        query("pk = :e", {":e": {"S": ""}}),
        "One or more parameter values are not valid. The AttributeValue for a key attribute cannot "
        "contain an empty string value. Key: pk",
    ),
    (
        "kc-multi-hash-missing",
        "Query",
        query("a = :s", S, IndexName="multi"),
        "HASH key attributes b must have equality conditions specified in the query",
    ),
    (
        "kc-multi-hash-range-op",
        "Query",
        query("a = :s AND b < :s", S, IndexName="multi"),
        "HASH key attributes b must have equality conditions specified in the query",
    ),
    (
        "kc-multi-range-gap",
        "Query",
        query("a = :s AND b = :s AND d = :n", SN, IndexName="multi"),
        "RANGE key attributes c must have equality conditions specified in the query because a "
        "condition is present on key attribute d",
    ),
    (
        "kc-multi-range-two-ranges",
        "Query",
        query("a = :s AND b = :s AND c > :n AND d > :n", SN, IndexName="multi"),
        "RANGE key attributes c must have equality conditions specified in the query because a "
        "condition is present on key attribute d",
    ),
    (
        "kc-multi-extra",
        "Query",
        query("a = :s AND b = :s AND c = :n AND d = :n AND x = :n", SN, IndexName="multi"),
        "Query key condition not supported",
    ),
    (
        "kc-multi-type",
        "Query",
        query("a = :s AND b = :n", SN, IndexName="multi"),
        "One or more parameter values were invalid: Condition parameter type does not match schema "
        "type",
    ),
    # -- names and values across the request --------------------------------------------------
    (
        "values-unused",
        "Query",
        query(KEY, {**S, ":w": {"N": "1"}}),
        "Value provided in ExpressionAttributeValues unused in expressions: keys: {:w}",
    ),
    (
        "values-undefined",
        "Query",
        query("pk = :s AND sk = :z", S),
        "Invalid KeyConditionExpression: An expression attribute value used in expression is not "
        "defined; attribute value: :z",
    ),
    (
        "values-none",
        "Query",
        query(KEY),
        "Invalid KeyConditionExpression: An expression attribute value used in expression is not "
        "defined; attribute value: :s",
    ),
    ("values-empty", "Query", query(KEY, {}), "ExpressionAttributeValues must not be empty"),
    (
        "values-bad-key",
        "Query",
        query(KEY, {"s": {"S": "x"}}),
        'ExpressionAttributeValues contains invalid key: Syntax error; key: "s"',
    ),
    (
        "values-bad-value",
        "Query",
        query(KEY, {":s": {}}),
        "ExpressionAttributeValues contains invalid value: Supplied AttributeValue is empty, must "
        "contain exactly one of the supported datatypes for key :s",
    ),
    (
        "names-undefined",
        "Query",
        query("#p = :s", S),
        "Invalid KeyConditionExpression: An expression attribute name used in the document path is "
        "not defined; attribute name: #p",
    ),
    (
        "names-unused",
        "Query",
        query("#p = :s", S, ExpressionAttributeNames={"#p": "pk", "#q": "x"}),
        "Value provided in ExpressionAttributeNames unused in expressions: keys: {#q}",
    ),
    (
        "names-unused-across",
        "Query",
        query(KEY, S, FilterExpression="#a = :s", ExpressionAttributeNames={"#a": "x", "#b": "y"}),
        "Value provided in ExpressionAttributeNames unused in expressions: keys: {#b}",
    ),
    (
        "values-used-in-filter-only",
        "Query",
        query(KEY, {**S, ":w": {"N": "1"}}, FilterExpression="x = :w"),
        "",
    ),
    (
        "filter-undefined-value",
        "Query",
        query(KEY, S, FilterExpression="x = :w"),
        "Invalid FilterExpression: An expression attribute value used in expression is not "
        "defined; attribute value: :w",
    ),
    (
        "filter-on-hash-key",
        "Query",
        query(KEY, S, FilterExpression="pk = :s"),
        "Filter Expression can only contain non-primary key attributes: Primary key attribute: pk",
    ),
    (
        "filter-on-range-key",
        "Query",
        query(KEY, S, FilterExpression="sk = :s"),
        "Filter Expression can only contain non-primary key attributes: Primary key attribute: sk",
    ),
    (
        "projection-empty",
        "Query",
        query(KEY, S, FilterExpression="a = :s", ProjectionExpression=""),
        "Invalid ProjectionExpression: The expression can not be empty;",
    ),
    # -- FilterExpression (Scan) -------------------------------------------------------------
    (
        "f-lt-set",
        "Scan",
        scan("ss < :v", {":v": {"SS": ["a"]}}),
        "Invalid FilterExpression: Incorrect operand type for operator or function; operator or "
        "function: <, operand type: SS",
    ),
    (
        "f-lt-bool",
        "Scan",
        scan("n < :v", {":v": {"BOOL": True}}),
        "Invalid FilterExpression: Incorrect operand type for operator or function; operator or "
        "function: <, operand type: BOOL",
    ),
    (
        "f-between-bool",
        "Scan",
        scan("n BETWEEN :a AND :b", {":a": {"BOOL": True}, ":b": {"BOOL": True}}),
        "Invalid FilterExpression: Incorrect operand type for operator or function; operator or "
        "function: BETWEEN, operand type: BOOL",
    ),
    (
        "f-distinct-lt",
        "Scan",
        scan("n < n"),
        "Invalid FilterExpression: The first operand must be distinct from the remaining operands "
        "for this operator or function; operator: <, first operand: [n]",
    ),
    (
        "f-distinct-in",
        "Scan",
        scan("n IN (n)"),
        "Invalid FilterExpression: The first operand must be distinct from the remaining operands "
        "for this operator or function; operator: IN, first operand: [n]",
    ),
    (
        "f-distinct-contains",
        "Scan",
        scan("contains(n, n)"),
        "Invalid FilterExpression: The first operand must be distinct from the remaining operands "
        "for this operator or function; operator: contains, first operand: [n]",
    ),
    (
        "f-begins-with-number",
        "Scan",
        scan("begins_with(s, :v)", {":v": {"N": "1"}}),
        "Invalid FilterExpression: Incorrect operand type for operator or function; operator or "
        "function: begins_with, operand type: N",
    ),
    (
        "f-size-number",
        "Scan",
        scan("size(:v) = :w", {":v": {"N": "1"}, ":w": {"N": "1"}}),
        "Invalid FilterExpression: Incorrect operand type for operator or function; operator or "
        "function: size, operand type: N",
    ),
    (
        "f-attribute-type-name",
        "Scan",
        scan("attribute_type(n, :v)", {":v": {"S": "X"}}),
        "Invalid FilterExpression: Invalid attribute type name found; type: X, valid types: "
        "{N,BS,L,B,NULL,M,S,SS,NS,BOOL}",
    ),
    (
        "f-attribute-type-operand",
        "Scan",
        scan("attribute_type(n, :v)", {":v": {"N": "1"}}),
        "Invalid FilterExpression: Incorrect operand type for operator or function; operator or "
        "function: attribute_type, operand type: N",
    ),
    (
        "f-exists-value",
        "Scan",
        scan("attribute_exists(:v)", {":v": {"N": "1"}}),
        "Invalid FilterExpression: Operator or function requires a document path; operator or "
        "function: attribute_exists",
    ),
    (
        "f-exists-size",
        "Scan",
        scan("attribute_exists(size(n))"),
        "Invalid FilterExpression: Operator or function requires a document path; operator or "
        "function: attribute_exists",
    ),
    (
        "f-operand-count",
        "Scan",
        scan("attribute_exists(n, s)"),
        "Invalid FilterExpression: Incorrect number of operands for operator or function; operator "
        "or function: attribute_exists, number of operands: 2",
    ),
    (
        "f-size-as-condition",
        "Scan",
        scan("size(n)"),
        "Invalid FilterExpression: The function is not allowed to be used this way in an "
        "expression; function: size",
    ),
    (
        "f-function-as-operand",
        "Scan",
        scan("n = attribute_exists(s)"),
        "Invalid FilterExpression: The function is not allowed to be used this way in an "
        "expression; function: attribute_exists",
    ),
    (
        "f-unknown-function",
        "Scan",
        scan("dog(n)"),
        "Invalid FilterExpression: Invalid function name; function: dog",
    ),
    (
        "f-redundant-operand-parens",
        "Scan",
        scan("((n)) = :v", {":v": {"N": "1"}}),
        "Invalid FilterExpression: The expression has redundant parentheses;",
    ),
    (
        "f-syntax-trailing-and",
        "Scan",
        scan("size(s) > :v AND ", {":v": {"N": "1"}}),
        'Invalid FilterExpression: Syntax error; token: "<EOF>", near: "AND "',
    ),
    (
        "f-reserved",
        "Scan",
        scan("n = :v AND status = :v", {":v": {"N": "1"}}),
        "Invalid FilterExpression: Attribute name is a reserved keyword; reserved keyword: status",
    ),
    (
        "f-between-order",
        "Scan",
        scan("n BETWEEN :b AND :a", {":a": {"N": "1"}, ":b": {"N": "2"}}),
        "Invalid FilterExpression: The BETWEEN operator requires upper bound to be greater than or "
        "equal to lower bound; lower bound operand: AttributeValue: {N:2}, upper bound operand: "
        "AttributeValue: {N:1}",
    ),
    (
        "f-lt-null-after-ne",
        "Scan",
        scan("n <> :v AND t < :v", {":v": {"NULL": True}}),
        "Invalid FilterExpression: Incorrect operand type for operator or function; operator or "
        "function: <, operand type: NULL",
    ),
    ("f-empty", "Scan", scan(""), "Invalid FilterExpression: The expression can not be empty;"),
]

# The fake follows live DynamoDB here: case id -> DynamoDB Local's message (docs/differences.md).
LIVE_DIFFERENCES: dict[str, str] = {
    "kc-missed-hash": "Query condition missed key schema element",
    "kc-missed-range": "Query condition missed key schema element",
}
