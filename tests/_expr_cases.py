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


def keys_of(table: str) -> tuple[list[str], list[str]]:
    """The table's key attribute names, and its indexes' (less the table's)."""
    hash_attrs, range_attrs = SCHEMAS[table, None]
    table_keys = [name for name, _ in hash_attrs + range_attrs]
    index_keys = [
        name
        for (name_of_table, index), (h, r) in SCHEMAS.items()
        if name_of_table == table and index is not None
        for name, _ in h + r
        if name not in table_keys
    ]
    return table_keys, index_keys


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
        "Invalid KeyConditionExpression: KeyConditionExpressions must only contain one "
        "condition per key",
    ),
    (
        "kc-same-key-twice",
        "Query",
        query("pk = :s AND pk = :s", S),
        "Invalid KeyConditionExpression: KeyConditionExpressions must only contain one "
        "condition per key",
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
        # live: Alternator's test_gsi.py test_faux_range_key_in_keyconditionexpression (AWS-run)
        "Query key condition not supported",
    ),
    (
        "kc-three-conditions",
        "Query",
        query("pk = :s AND sk = :s AND x = :s", S),
        "The number of query conditions (3) exceeds the number of key attributes defined in the "
        "schema (2)",
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
        "The number of query conditions (5) exceeds the number of key attributes defined in the "
        "schema (4)",
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


# -- dynalite's live-checked FilterExpression cases (test/scan.js), run as Scans ------------------
def _live(
    kind: str, expression: str, message: str, values: dict[str, Any] | None = None, **extra: Any
) -> tuple[str, str, dict[str, Any], str]:
    return (f"live-{kind}-{expression}", "Scan", scan(expression, values, **extra), message)


_F = "Invalid FilterExpression: "
for _expression in (
    "a=a and a > ((views))",
    "a > whatever((:things), ((a)))",
    "a=a AND ((a=a AND a=a)) AND a=a",
    "a=a OR ((a=a OR a=a)) OR a=a",
    "a=a AND ((a=a AND (a=a AND a=a)))",
    "a=a OR ((a=a OR (a=a OR a=a)))",
):
    CASES.append(_live("parens", _expression, _F + "The expression has redundant parentheses;"))
for _expression, _name in (
    ("a=a and whatever((:things)) > a", "whatever"),
    ("attRIbute_exIsts((views), #a)", "attRIbute_exIsts"),
):
    CASES.append(_live("function", _expression, _F + f"Invalid function name; function: {_name}"))
for _expression, _name in (
    ("a=a and attribute_exists((views), (#a)) > b", "attribute_exists"),
    ("attribute_not_exists(things) > b", "attribute_not_exists"),
    ("attribute_type(things, :a) > b", "attribute_type"),
    ("begins_with(things, a) > b", "begins_with"),
    ("contains(:things, c) > b", "contains"),
    ("size(contains(a, b)) > a", "contains"),
    ("size(things)", "size"),
    ("a between b and attribute_exists(things)", "attribute_exists"),
    ("a in (b, attribute_exists(things))", "attribute_exists"),
):
    CASES.append(
        _live(
            "misused",
            _expression,
            _F + "The function is not allowed to be used this way in an expression; function: "
            f"{_name}",
        )
    )
for _expression, _word in (("attribute_exists(views, #a)", "views"), (":a < abOrT", "abOrT")):
    CASES.append(
        _live(
            "reserved",
            _expression,
            _F + f"Attribute name is a reserved keyword; reserved keyword: {_word}",
        )
    )
for _expression, _name in (
    ("attribute_exists(#Pictures.RearView, :a) and a=a", "#Pictures"),
    ("begins_with(Pictures.#RearView)", "#RearView"),
    ("(#P between :lo and :hi) and (#PC in (:cat1, :cat2))", "#P"),
    ("#4g > a", "#4g"),
    ("#_ > a", "#_"),
):
    CASES.append(
        _live(
            "name",
            _expression,
            _F + "An expression attribute name used in the document path is not defined; "
            f"attribute name: {_name}",
        )
    )
for _expression, _name in (
    ("begins_with(:hello, #a, #b)", ":hello"),
    (":a < :b", ":a"),
    (":_ > a", ":_"),
):
    CASES.append(
        _live(
            "value",
            _expression,
            _F + "An expression attribute value used in expression is not defined; attribute "
            f"value: {_name}",
        )
    )
for _expression, _name, _count in (
    ("attribute_exists(things, a) and a=a", "attribute_exists", 2),
    ("attribute_not_exists(things, b)", "attribute_not_exists", 2),
    ("attribute_type(things)", "attribute_type", 1),
    ("begins_with(things)", "begins_with", 1),
    ("begins_with(things, size(a), b)", "begins_with", 3),
    ("contains(things)", "contains", 1),
    ("size(things, a) > b", "size", 2),
):
    CASES.append(
        _live(
            "operands",
            _expression,
            _F + "Incorrect number of operands for operator or function; operator or function: "
            f"{_name}, number of operands: {_count}",
        )
    )
for _expression, _name, _value in (
    ("attribute_type(a, size(a)) and a=a and a=:a", "attribute_type", {"N": "1"}),
    ("attribute_type(a, :a)", "attribute_type", {"B": "YQ=="}),
    ("attribute_type(a, :a)", "attribute_type", {"L": []}),
    ("begins_with(a, size(a)) and a=:a", "begins_with", {"N": "1"}),
    ("begins_with(a, :a)", "begins_with", {"BOOL": True}),
    ("begins_with(a, :a)", "begins_with", {"M": {}}),
    ("begins_with(:a, a)", "begins_with", {"NS": ["1"]}),
    ("size(size(a)) > :a", "size", {"N": "1"}),
    ("attribute_not_exists(size(:a))", "size", {"N": "1"}),
    ("size(:a) > a", "size", {"NULL": True}),
):
    CASES.append(
        _live(
            f"type-{next(iter(_value))}",
            _expression,
            _F + "Incorrect operand type for operator or function; operator or function: "
            f"{_name}, operand type: {next(iter(_value))}",
            values={":a": _value},
        )
    )
for _expression, _name in (
    ("attribute_exists(:a) and a=a", "attribute_exists"),
    ("attribute_not_exists(size(:a))", "attribute_not_exists"),
):
    CASES.append(
        _live(
            "path",
            _expression,
            _F + f"Operator or function requires a document path; operator or function: {_name}",
            values={":a": {"S": "1"}},
        )
    )
for _expression, _operator, _path in (
    ("a = a AND #a = b AND :views > a", "=", "[a]"),
    ("#a <> a", "<>", "[a]"),
    ("a > #a", ">", "[a]"),
    ("((a=a) OR (a=a))", "=", "[a]"),
    ("contains(ab.bc[1].a, ab.bc[1].#a)", "contains", "[ab, bc, [1], a]"),
    ("attribute_type(ab.bc[1].#a, ab.bc[1].a)", "attribute_type", "[ab, bc, [1], a]"),
    ("begins_with(ab.bc[1].a, ab.bc[1].#a)", "begins_with", "[ab, bc, [1], a]"),
):
    CASES.append(
        _live(
            "distinct",
            _expression,
            _F + "The first operand must be distinct from the remaining operands for this "
            f"operator or function; operator: {_operator}, first operand: {_path}",
            ExpressionAttributeNames={"#a": "a"},
        )
    )


# -- legacy parameters and their mixing with expressions -----------------------------------------
def _eq(value: dict[str, Any]) -> dict[str, Any]:
    return {"ComparisonOperator": "EQ", "AttributeValueList": [value]}


def _cond(operator: str, *values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"ComparisonOperator": operator}
    if values:
        out["AttributeValueList"] = list(values)
    return out


_KC = {"pk": _eq({"S": "x"})}
_P = "One or more parameter values were invalid: "


def _legacy(case_id: str, message: str, operation: str = "Query", **body: Any) -> None:
    CASES.append((case_id, operation, {"TableName": TABLE, **body}, message))


_legacy(
    "lg-count-eq",
    _P + "Invalid number of argument(s) for the EQ ComparisonOperator",
    KeyConditions=_KC,
    QueryFilter={"x": _cond("EQ")},
)
_legacy(
    "lg-count-null",
    _P + "Invalid number of argument(s) for the NULL ComparisonOperator",
    KeyConditions=_KC,
    QueryFilter={"x": _cond("NULL", {"S": "a"})},
)
_legacy(
    "lg-count-between",
    _P + "Invalid number of argument(s) for the BETWEEN ComparisonOperator",
    operation="Scan",
    ScanFilter={"x": _cond("BETWEEN", {"N": "1"})},
)
_legacy(
    "lg-mixed-types",
    _P + "AttributeValues inside AttributeValueList must be of same type",
    KeyConditions=_KC,
    QueryFilter={"x": _cond("IN", {"S": "a"}, {"N": "1"})},
)
_legacy(
    "lg-lt-bool",
    _P + "ComparisonOperator LT is not valid for BOOL AttributeValue type",
    KeyConditions=_KC,
    QueryFilter={"x": _cond("LT", {"BOOL": True})},
)
_legacy(
    "lg-contains-set",
    _P + "ComparisonOperator CONTAINS is not valid for SS AttributeValue type",
    KeyConditions=_KC,
    QueryFilter={"x": _cond("CONTAINS", {"SS": ["a"]})},
)
_legacy(
    "lg-begins-with-number",
    _P + "ComparisonOperator BEGINS_WITH is not valid for N AttributeValue type",
    KeyConditions=_KC,
    QueryFilter={"x": _cond("BEGINS_WITH", {"N": "1"})},
)
_legacy(
    "lg-between-order",
    "The BETWEEN condition was provided a range where the lower bound is greater than the "
    "upper bound",
    KeyConditions=_KC,
    QueryFilter={"x": _cond("BETWEEN", {"N": "2"}, {"N": "1"})},
)
_legacy(
    "lg-empty-value",
    "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes",
    KeyConditions=_KC,
    QueryFilter={"x": {"ComparisonOperator": "EQ", "AttributeValueList": [{}]}},
)
_legacy(
    "lg-filter-on-hash",
    "QueryFilter can only contain non-primary key attributes: Primary key attribute: pk",
    KeyConditions=_KC,
    QueryFilter={"pk": _eq({"S": "x"})},
)
_legacy(
    "lg-filter-on-range",
    "QueryFilter can only contain non-primary key attributes: Primary key attribute: sk",
    KeyConditions=_KC,
    QueryFilter={"sk": _eq({"S": "x"})},
)
_legacy(
    "lg-conditional-one",
    "ConditionalOperator can only be used when Filter or Expected has two or more elements",
    KeyConditions=_KC,
    QueryFilter={"x": _eq({"S": "x"})},
    ConditionalOperator="OR",
)
_legacy(
    "lg-conditional-alone",
    "ConditionalOperator cannot be used without Filter or Expected",
    KeyConditions=_KC,
    ConditionalOperator="OR",
)
_legacy(
    "lg-hash-gt", "Query key condition not supported", KeyConditions={"pk": _cond("GT", {"S": "x"})}
)
_legacy(
    "lg-hash-ne",
    "Attempted conditional constraint is not an indexable operation",
    KeyConditions={"pk": _cond("NE", {"S": "x"})},
)
_legacy(
    "lg-range-null",
    "Attempted conditional constraint is not an indexable operation",
    KeyConditions={"pk": _eq({"S": "x"}), "sk": _cond("NULL")},
)
_legacy(
    "lg-range-in",
    "Attempted conditional constraint is not an indexable operation",
    KeyConditions={"pk": _eq({"S": "x"}), "sk": _cond("IN", {"S": "a"})},
)
_legacy(
    "lg-missed-hash",
    "Query condition missed key schema element: pk",
    KeyConditions={"sk": _eq({"S": "x"})},
)
_legacy(
    "lg-hash-type",
    _P + "Condition parameter type does not match schema type",
    KeyConditions={"pk": _eq({"N": "1"})},
)
_legacy("lg-no-conditions", "Conditions can be of length 1 or 2 only", KeyConditions={})
_legacy(
    "lg-three-conditions",
    "The number of query conditions (3) exceeds the number of key attributes defined in the "
    "schema (2)",
    KeyConditions={"pk": _eq({"S": "x"}), "sk": _eq({"S": "x"}), "z": _eq({"S": "x"})},
)
_legacy(
    "lg-key-conditions-and-filter-expression",
    "",
    KeyConditions=_KC,
    FilterExpression="x = :v",
    ExpressionAttributeValues={":v": {"S": "1"}},
)
_MIXED = "Can not use both expression and non-expression parameters in the same request: "
_legacy(
    "mix-key-conditions",
    _MIXED + "Non-expression parameters: {KeyConditions} Expression "
    "parameters: {KeyConditionExpression}",
    KeyConditions=_KC,
    KeyConditionExpression="pk = :v",
    ExpressionAttributeValues={":v": {"S": "1"}},
)
_legacy(
    "mix-query-filter",
    _MIXED + "Non-expression parameters: {QueryFilter} Expression parameters: {FilterExpression}",
    KeyConditions=_KC,
    QueryFilter={"x": _eq({"S": "x"})},
    FilterExpression="x = :v",
    ExpressionAttributeValues={":v": {"S": "1"}},
)
_legacy(
    "mix-attributes-to-get",
    _MIXED + "Non-expression parameters: {AttributesToGet} "
    "Expression parameters: {KeyConditionExpression}",
    KeyConditionExpression="pk = :v",
    AttributesToGet=["x"],
    ExpressionAttributeValues={":v": {"S": "1"}},
)
_legacy(
    "mix-conditional-operator",
    _MIXED + "Non-expression parameters: {ConditionalOperator} "
    "Expression parameters: {KeyConditionExpression}",
    KeyConditionExpression="pk = :v",
    ConditionalOperator="AND",
    ExpressionAttributeValues={":v": {"S": "1"}},
)
_legacy(
    "mix-scan-filter",
    _MIXED + "Non-expression parameters: {ScanFilter} Expression parameters: {FilterExpression}",
    operation="Scan",
    ScanFilter={"x": _eq({"S": "x"})},
    FilterExpression="x = :a",
    ExpressionAttributeValues={":a": {"S": "x"}},
)
_legacy(
    "mix-scan-projection",
    _MIXED + "Non-expression parameters: {AttributesToGet} "
    "Expression parameters: {ProjectionExpression}",
    operation="Scan",
    AttributesToGet=["x"],
    ProjectionExpression="x",
)
_legacy(
    "names-without-expression",
    "ExpressionAttributeNames can only be specified when using expressions",
    KeyConditions=_KC,
    ExpressionAttributeNames={"#a": "x"},
)
_legacy(
    "values-without-expression",
    "ExpressionAttributeValues can only be specified when "
    "using expressions: FilterExpression and KeyConditionExpression are null",
    KeyConditions=_KC,
    ProjectionExpression="x",
    ExpressionAttributeValues={":a": {"S": "x"}},
)
_legacy(
    "scan-values-without-expression",
    "ExpressionAttributeValues can only be specified when using expressions: FilterExpression "
    "is null",
    operation="Scan",
    ExpressionAttributeValues={":a": {"S": "x"}},
)
_legacy(
    "key-condition-required",
    "Either the KeyConditions or KeyConditionExpression parameter must be specified in the "
    "request.",
)
_legacy(
    "scan-attributes-to-get-duplicate",
    _P + "Duplicate value in attribute name: x",
    operation="Scan",
    AttributesToGet=["x", "x"],
)
_legacy(
    "values-bad-number",
    "ExpressionAttributeValues contains invalid value: The parameter "
    "cannot be converted to a numeric value: x for key :v",
    KeyConditionExpression="pk = :v",
    ExpressionAttributeValues={":v": {"N": "x"}},
)
_legacy(
    "values-empty-set",
    "ExpressionAttributeValues contains invalid value: One or more "
    "parameter values were invalid: An string set  may not be empty for key :v",
    KeyConditionExpression="pk = :v",
    ExpressionAttributeValues={":v": {"SS": []}},
)
_legacy(
    "names-empty-value",
    "ExpressionAttributeNames contains invalid value: Empty attribute name for key #a",
    KeyConditionExpression="pk = :v",
    ExpressionAttributeNames={"#a": ""},
    ExpressionAttributeValues={":v": {"S": "1"}},
)
_legacy(
    "kc-empty-string-range",
    "One or more parameter values are not valid. The AttributeValue "
    "for a key attribute cannot contain an empty string value. Key: sk",
    KeyConditionExpression="pk = :v AND begins_with(sk, :e)",
    ExpressionAttributeValues={":v": {"S": "1"}, ":e": {"S": ""}},
)
_legacy(
    "kc-gsi-nested-index-key",
    "Key attributes must be scalars; list random access '[]' and "
    "map lookup '.' are not allowed: IndexKey: gpk",
    IndexName="by_g",
    KeyConditionExpression="gpk.x = :v",
    ExpressionAttributeValues={":v": {"S": "1"}},
)
_legacy(
    "kc-gsi-nested-table-key",
    "Key attributes must be scalars; list random access '[]' and "
    "map lookup '.' are not allowed: Key: pk",
    IndexName="by_g",
    KeyConditionExpression="gpk = :v AND pk.x = :v",
    ExpressionAttributeValues={":v": {"S": "1"}},
)
_legacy(
    "f-gsi-nested-index-key",
    "Filter Expression can only contain non-primary key attributes: Primary key attribute: gsk",
    IndexName="by_g",
    KeyConditionExpression="gpk = :v",
    FilterExpression="gsk.x = :v",
    ExpressionAttributeValues={":v": {"S": "1"}},
)
_legacy(
    "f-gsi-on-index-key",
    "Filter Expression can only contain non-primary key attributes: Primary key attribute: gsk",
    IndexName="by_g",
    KeyConditionExpression="gpk = :v",
    FilterExpression="gsk = :v",
    ExpressionAttributeValues={":v": {"S": "1"}},
)
_legacy(
    "f-scan-nested-table-key-first",
    "Key attributes must be scalars; list random access "
    "'[]' and map lookup '.' are not allowed: Key: pk",
    operation="Scan",
    FilterExpression="x = :v AND gpk.x = :v AND pk.x = :v",
    ExpressionAttributeValues={":v": {"S": "1"}},
)
_legacy(
    "p-scan-nested-index-key",
    "Key attributes must be scalars; list random access '[]' and "
    "map lookup '.' are not allowed: IndexKey: c",
    operation="Scan",
    ProjectionExpression="c[0]",
)
_legacy(
    "f-too-many-operators",
    "Invalid FilterExpression: The expression contains too many operators; operator count: 301",
    operation="Scan",
    FilterExpression="x = :v" + " AND x = :v" * 150,
    ExpressionAttributeValues={":v": {"S": "1"}},
)
_legacy(
    "f-300-operators",
    "",
    operation="Scan",
    FilterExpression="NOT x = :v" + " AND x = :v" * 148 + " AND attribute_exists(y)",
    ExpressionAttributeValues={":v": {"S": "1"}},
)
_legacy(
    "f-too-many-in-operands",
    "Invalid FilterExpression: The IN operator is provided with too "
    "many operands; number of operands: 101",
    operation="Scan",
    FilterExpression="x IN (" + ", ".join([":v"] * 101) + ")",
    ExpressionAttributeValues={":v": {"S": "1"}},
)
_legacy(
    "f-100-in-operands",
    "",
    operation="Scan",
    FilterExpression="x IN (" + ", ".join([":v"] * 100) + ")",
    ExpressionAttributeValues={":v": {"S": "1"}},
)
_legacy(
    "f-order-filter-before-key",
    "Invalid FilterExpression: An expression attribute value "
    "used in expression is not defined; attribute value: :y",
    KeyConditionExpression="pk = :v AND sk = :z",
    FilterExpression="x = :y",
    ExpressionAttributeValues={":v": {"S": "1"}},
)
_legacy(
    "f-order-projection-before-key",
    'Invalid ProjectionExpression: Syntax error; token: ",", near: ",,b"',
    KeyConditionExpression="name = :v",
    ProjectionExpression="a,,b",
    ExpressionAttributeValues={":v": {"S": "1"}},
)
_legacy(
    "kc-empty-before-filter",
    "Invalid KeyConditionExpression: The expression can not be empty;",
    KeyConditionExpression="",
    FilterExpression="",
    ProjectionExpression="",
)

LIVE_DIFFERENCES.update(
    {
        "lg-hash-ne": "Query key condition not supported",
        "lg-range-null": "Only scalar types can be used as Range Key values",
        "lg-missed-hash": "Query condition missed key schema element",
        "lg-no-conditions": "Conditions must be at least length 1",
        "scan-attributes-to-get-duplicate": "Cannot have two attributes with the same name",
        "values-bad-number": "ExpressionAttributeValues contains invalid value: A value provided "
        "cannot be converted into a number for key :v",
        "kc-empty-before-filter": "Invalid FilterExpression: The expression can not be empty;",
        "f-gsi-nested-index-key": "Key attributes must be scalars; list random access '[]' and "
        "map lookup '.' are not allowed: IndexKey: gsk",
    }
)

_V1 = {":v": {"S": "1"}}
_legacy(
    "f-too-long",
    "Invalid FilterExpression: Expression size has exceeded the maximum allowed "
    "size; expression size: 4097",
    operation="Scan",
    FilterExpression="x" * 4092 + " = :v",
    ExpressionAttributeValues=_V1,
)
_legacy(
    "f-4096-characters",
    "",
    operation="Scan",
    FilterExpression="x" * 4091 + " = :v",
    ExpressionAttributeValues=_V1,
)
_legacy(
    "kc-too-long",
    "Invalid KeyConditionExpression: Expression size has exceeded the maximum "
    "allowed size; expression size: 4097",
    KeyConditionExpression="x" * 4092 + " = :v",
    ExpressionAttributeValues=_V1,
)
_legacy(
    "f-too-deep",
    "Invalid FilterExpression: The document path has too many nesting levels; nesting levels: 41",
    operation="Scan",
    FilterExpression="a." * 40 + "b = :v",
    ExpressionAttributeValues=_V1,
)
_legacy(
    "f-index-range",
    "Invalid FilterExpression: List index is not within the allowable range; index: [2147483648]",
    operation="Scan",
    FilterExpression="a = :v AND b[2147483648] = :v",
    ExpressionAttributeValues=_V1,
)
_legacy(
    "f-non-ascii-name",
    'Invalid FilterExpression: Syntax error; token: "ü", near: "ü ="',
    operation="Scan",
    FilterExpression="ü = :v",
    ExpressionAttributeValues=_V1,
)
_legacy(
    "values-unused-sorted",
    "Value provided in ExpressionAttributeValues unused in expressions: keys: {:a, :w}",
    operation="Scan",
    FilterExpression="a = :v",
    ExpressionAttributeValues={**_V1, ":w": {"N": "1"}, ":a": {"N": "1"}},
)
_legacy(
    "names-unused-sorted",
    "Value provided in ExpressionAttributeNames unused in expressions: keys: {#a, #b}",
    operation="Scan",
    FilterExpression="a = :v",
    ExpressionAttributeValues=_V1,
    ExpressionAttributeNames={"#b": "x", "#a": "y"},
)
_legacy(
    "kc-range-too-large",
    "One or more parameter values were invalid: Aggregated size of all "
    "range keys has exceeded the size limit of 1024 bytes",
    KeyConditionExpression="pk = :v AND begins_with(sk, :w)",
    ExpressionAttributeValues={":v": {"S": "x"}, ":w": {"S": "y" * 1025}},
)
_legacy(
    "kc-range-1024-bytes",
    "",
    KeyConditionExpression="pk = :v AND sk > :w",
    ExpressionAttributeValues={":v": {"S": "x"}, ":w": {"S": "é" * 512}},
)
_legacy(
    "kc-hash-over-2048-accepted",
    "",
    KeyConditionExpression="pk = :v",
    ExpressionAttributeValues={":v": {"S": "x" * 2049}},
)
_legacy(
    "kc-empty-binary-in-string-key",
    _P + "Condition parameter type does not match schema type",
    KeyConditionExpression="pk = :v",
    ExpressionAttributeValues={":v": {"B": ""}},
)
_legacy(
    "values-number-overflow",
    "ExpressionAttributeValues contains invalid value: Number "
    "overflow. Attempting to store a number with magnitude larger than supported range for "
    "key :n",
    IndexName="by_g",
    KeyConditionExpression="gpk = :v AND gsk = :n",
    ExpressionAttributeValues={":v": {"S": "x"}, ":n": {"N": "1e126"}},
)
_legacy(
    "f-empty-with-values",
    "Invalid FilterExpression: The expression can not be empty;",
    operation="Scan",
    FilterExpression="",
    ProjectionExpression="",
    ExpressionAttributeValues={":0": {"S": "b"}},
)
LIVE_DIFFERENCES["f-empty-with-values"] = (
    "ExpressionAttributeValues can only be specified when using expressions: FilterExpression "
    "is null"
)
_legacy(
    "f-between-number-as-written",
    "Invalid FilterExpression: The BETWEEN operator requires "
    "same data type for lower and upper bounds; lower bound operand: AttributeValue: "
    "{S:a}, upper bound operand: AttributeValue: {N:1e3}",
    operation="Scan",
    FilterExpression="x BETWEEN :a AND :b",
    ExpressionAttributeValues={":a": {"S": "a"}, ":b": {"N": "1e3"}},
)
_legacy(
    "f-between-binary-order",
    "Invalid FilterExpression: The BETWEEN operator requires upper bound to be greater than or "
    "equal to lower bound; lower bound operand: AttributeValue: {B:java.nio.HeapByteBuffer[pos=0 "
    "lim=2 cap=2]}, upper bound operand: AttributeValue: {B:java.nio.HeapByteBuffer[pos=0 lim=1 "
    "cap=1]}",
    operation="Scan",
    FilterExpression="x BETWEEN :a AND :b",
    ExpressionAttributeValues={":a": {"B": b"\x01\x01"}, ":b": {"B": b"\x00"}},
)
_legacy(
    "f-between-binary-unsigned",
    "Invalid FilterExpression: The BETWEEN operator requires upper bound to be greater than or "
    "equal to lower bound; lower bound operand: AttributeValue: {B:java.nio.HeapByteBuffer[pos=0 "
    "lim=2 cap=2]}, upper bound operand: AttributeValue: {B:java.nio.HeapByteBuffer[pos=0 lim=1 "
    "cap=1]}",
    operation="Scan",
    FilterExpression="x BETWEEN :a AND :b",
    ExpressionAttributeValues={":a": {"B": b"\xff\x01"}, ":b": {"B": b"\x00"}},
)
for _expression, _message in (
    ("(size(a)) = :v", ""),
    ("NOT (size(a)) = :v", ""),
    ("(a) BETWEEN :v AND :v", ""),
    ("(:v) = a", ""),
    ("((size(a))) = :v", "Invalid FilterExpression: The expression has redundant parentheses;"),
    ("((:v)) = a", "Invalid FilterExpression: The expression has redundant parentheses;"),
    ("NOT ((a = :v))", "Invalid FilterExpression: The expression has redundant parentheses;"),
    ("(a = :v) = :v", 'Invalid FilterExpression: Syntax error; token: "=", near: ") = :v"'),
    ("(a.b).c = :v", 'Invalid FilterExpression: Syntax error; token: ".", near: ").c"'),
    ("(a)[0] = :v", 'Invalid FilterExpression: Syntax error; token: "[", near: ")[0"'),
):
    CASES.append(
        (f"f-parens-{_expression}", "Scan", scan(_expression, {":v": {"S": "1"}}), _message)
    )
CASES.append(
    (
        "f-parens-redundant-before-syntax",
        "Scan",
        scan("((a)) > :v AND ((b = :w) OR c = :v >= )", {":v": {"S": "1"}, ":w": {"S": "2"}}),
        "Invalid FilterExpression: The expression has redundant parentheses;",
    )
)
CASES.append(
    (
        "f-parens-syntax-right-after",
        "Scan",
        scan("((a.b)).c = :v", {":v": {"S": "1"}}),
        'Invalid FilterExpression: Syntax error; token: ".", near: ").c"',
    )
)
CASES.append(
    (
        "f-value-after-dot",
        "Scan",
        scan("a.:v = :v", {":v": {"S": "1"}}),
        "Invalid FilterExpression: Internal server error",
    )
)
CASES.append(
    (
        "kc-value-after-dot-operands-first",
        "Query",
        query("pk = :v AND begins_with ( sk . :w )", {":v": {"S": "1"}, ":w": {"S": "0"}}),
        "Invalid KeyConditionExpression: Incorrect number of operands for operator or function; "
        "operator or function: begins_with, number of operands: 1",
    )
)

CASES.append(
    (
        "kc-multi-extra-attribute",
        "Query",
        query("a = :s AND b = :s AND x = :n", SN, IndexName="multi"),
        "Query condition missed key schema element: c",
    )
)
LIVE_DIFFERENCES.update(
    {
        "kc-one-per-key": "KeyConditionExpressions must only contain one condition per key",
        "kc-same-key-twice": "KeyConditionExpressions must only contain one condition per key",
        "kc-three-conditions": "Conditions can be of length 1 or 2 only",
        "kc-multi-extra": "Query key condition not supported",
        "lg-three-conditions": "Conditions can be of length 1 or 2 only",
        "kc-multi-extra-attribute": "Query condition missed key schema element",
    }
)
_legacy(
    "lg-ne-map-accepted",
    "",
    operation="Scan",
    ScanFilter={"x": _cond("NE", {"M": {"a": {"S": "b"}}})},
)
_legacy("lg-eq-list-accepted", "", operation="Scan", ScanFilter={"x": _cond("EQ", {"L": []})})
_legacy("lg-eq-bool-accepted", "", operation="Scan", ScanFilter={"x": _cond("EQ", {"BOOL": True})})
_legacy(
    "lg-in-set-before-mixed",
    _P + "ComparisonOperator IN is not valid for SS AttributeValue type",
    operation="Scan",
    ScanFilter={"x": _cond("IN", {"S": "a"}, {"SS": ["a"]})},
)
_legacy(
    "lg-contains-bool-accepted",
    "",
    operation="Scan",
    ScanFilter={"x": _cond("CONTAINS", {"BOOL": True})},
)
_legacy(
    "lg-not-contains-null-accepted",
    "",
    operation="Scan",
    ScanFilter={"x": _cond("NOT_CONTAINS", {"NULL": True})},
)
_legacy(
    "lg-contains-map-refused",
    _P + "ComparisonOperator CONTAINS is not valid for M AttributeValue type",
    operation="Scan",
    ScanFilter={"x": _cond("CONTAINS", {"M": {}})},
)
# UpdateExpression's functions in a condition are "not allowed", not unknown (DynamoDB Local
# 2026-05-28; the exprw helper's write expression captures found it).
CASES.append(
    (
        "f-update-function",
        "Scan",
        scan("if_not_exists(n, n) = n"),
        "Invalid FilterExpression: The function is not allowed in a condition expression; "
        "function: if_not_exists",
    )
)
CASES.append(
    (
        "kc-update-function",
        "Query",
        query("pk = :s AND list_append(sk, sk) = sk", S),
        "Invalid KeyConditionExpression: The function is not allowed in a condition expression; "
        "function: list_append",
    )
)
