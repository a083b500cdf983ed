"""GetItem through a real boto3 client, and the projection rules it shares with the batch reads."""

from __future__ import annotations

from typing import Any

import pytest

from pytest_dynafake import DynaFake

U1 = {"user_id": {"S": "u1"}}


def test_get_item_found(client: Any, users: Any) -> None:
    response = client.get_item(TableName="users", Key={"user_id": {"S": "u2"}})
    assert response["Item"] == {"user_id": {"S": "u2"}}
    assert "ConsumedCapacity" not in response


def test_get_item_missing_has_no_item(client: Any, users: Any) -> None:
    response = client.get_item(TableName="users", Key={"user_id": {"S": "zz"}})
    assert "Item" not in response


@pytest.mark.parametrize(
    ("consistent", "expected"), [(None, 0.5), (False, 0.5), (True, 1.0)], ids=str
)
def test_get_item_missing_still_costs_the_minimum(
    client: Any, users: Any, consistent: bool | None, expected: float
) -> None:
    extra = {} if consistent is None else {"ConsistentRead": consistent}
    response = client.get_item(
        TableName="users", Key={"user_id": {"S": "zz"}}, ReturnConsumedCapacity="TOTAL", **extra
    )
    assert response["ConsumedCapacity"] == {"TableName": "users", "CapacityUnits": expected}


@pytest.mark.parametrize(("size", "units"), [(4096, 1.0), (4097, 2.0), (12288, 3.0)])
def test_get_item_capacity_rounds_up_to_4_kb(
    dynafake: DynaFake, client: Any, size: int, units: float
) -> None:
    # "k" + "a" + "blob" = 6 bytes of names and key.
    dynafake.table("big", "k", items=[{"k": "a", "blob": "x" * (size - 6)}])
    response = client.get_item(
        TableName="big",
        Key={"k": {"S": "a"}},
        ConsistentRead=True,
        ReturnConsumedCapacity="INDEXES",
    )
    assert response["ConsumedCapacity"] == {
        "TableName": "big",
        "CapacityUnits": units,
        "Table": {"CapacityUnits": units},
    }


def test_get_item_projection_matching_nothing_returns_empty_item(client: Any, users: Any) -> None:
    """The service answers {"Item": {}} (captured live); it does not omit Item."""
    response = client.get_item(TableName="users", Key=U1, ProjectionExpression="nonexistent")
    assert response["Item"] == {}


@pytest.mark.parametrize(
    ("expression", "names", "expected"),
    [
        ("age", None, {"age": {"N": "36"}}),
        ("age, user_id", None, {"age": {"N": "36"}, "user_id": {"S": "u1"}}),
        ("#n", {"#n": "name"}, {"name": {"S": "Ada"}}),
        (
            "address.geo.lon",
            None,
            {"address": {"M": {"geo": {"M": {"lon": {"N": "-0.12"}}}}}},
        ),
        (
            "address.city, address.geo.lat",
            None,
            {"address": {"M": {"city": {"S": "London"}, "geo": {"M": {"lat": {"N": "51.5"}}}}}},
        ),
        ("history[3][1]", None, {"history": {"L": [{"L": [{"NULL": True}]}]}}),
        ("history[9]", None, {}),
        ("address.nope", None, {}),
        ("age.nested", None, {}),
        ("history.x", None, {}),
        ("address[0]", None, {}),
        ("#a.#b", {"#a": "address", "#b": "city"}, {"address": {"M": {"city": {"S": "London"}}}}),
    ],
)
def test_get_item_projection(
    client: Any,
    users: Any,
    expression: str,
    names: dict[str, str] | None,
    expected: dict[str, Any],
) -> None:
    extra = {} if names is None else {"ExpressionAttributeNames": names}
    response = client.get_item(TableName="users", Key=U1, ProjectionExpression=expression, **extra)
    assert response["Item"] == expected


def test_get_item_names_with_dots_need_a_placeholder(dynafake: DynaFake, client: Any) -> None:
    dynafake.table("t1x", "k", items=[{"k": "a", "a.b": "dotted", "a": {"b": "map"}}])
    plain = client.get_item(TableName="t1x", Key={"k": {"S": "a"}}, ProjectionExpression="a.b")
    named = client.get_item(
        TableName="t1x",
        Key={"k": {"S": "a"}},
        ProjectionExpression="#d",
        ExpressionAttributeNames={"#d": "a.b"},
    )
    assert plain["Item"] == {"a": {"M": {"b": {"S": "map"}}}}
    assert named["Item"] == {"a.b": {"S": "dotted"}}


PREFIX = "Invalid ProjectionExpression: "


@pytest.mark.parametrize(
    ("expression", "names", "message"),
    [
        ("", None, PREFIX + "The expression can not be empty;"),
        ("name", None, PREFIX + "Attribute name is a reserved keyword; reserved keyword: name"),
        (
            "a, Status",
            None,
            PREFIX + "Attribute name is a reserved keyword; reserved keyword: Status",
        ),
        ("a.date", None, PREFIX + "Attribute name is a reserved keyword; reserved keyword: date"),
        (
            "a[2147483648]",
            None,
            PREFIX + "List index is not within the allowable range; index: [2147483648]",
        ),
        (
            "#x",
            None,
            PREFIX + "An expression attribute name used in the document path is not defined; "
            "attribute name: #x",
        ),
        (
            "a",
            {"#x": "a"},
            "Value provided in ExpressionAttributeNames unused in expressions: keys: {#x}",
        ),
        (
            "a",
            {"#y": "a", "#x": "b"},
            "Value provided in ExpressionAttributeNames unused in expressions: keys: {#x, #y}",
        ),
        (
            "a, a",
            None,
            PREFIX + "Two document paths overlap with each other; must remove or rewrite one of "
            "these paths; path one: [a], path two: [a]",
        ),
        (
            "#a, #b",
            {"#a": "a", "#b": "a"},
            PREFIX + "Two document paths overlap with each other; must remove or rewrite one of "
            "these paths; path one: [a], path two: [a]",
        ),
        (
            "a, a.b",
            None,
            PREFIX + "Two document paths overlap with each other; must remove or rewrite one of "
            "these paths; path one: [a], path two: [a, b]",
        ),
        (
            "a.b, a",
            None,
            PREFIX + "Two document paths overlap with each other; must remove or rewrite one of "
            "these paths; path one: [a, b], path two: [a]",
        ),
        (
            "l, l[0]",
            None,
            PREFIX + "Two document paths overlap with each other; must remove or rewrite one of "
            "these paths; path one: [l], path two: [l, [0]]",
        ),
        (
            "a.b, a[1]",
            None,
            PREFIX + "Two document paths conflict with each other; must remove or rewrite one of "
            "these paths; path one: [a, b], path two: [a, [1]]",
        ),
    ],
)
def test_get_item_projection_errors(
    client: Any,
    users: Any,
    error_of: Any,
    expression: str,
    names: dict[str, str] | None,
    message: str,
) -> None:
    extra = {} if names is None else {"ExpressionAttributeNames": names}
    assert error_of(
        client.get_item, TableName="users", Key=U1, ProjectionExpression=expression, **extra
    ) == ("ValidationException", message)


@pytest.mark.parametrize(
    ("expression", "token", "near"),
    [
        ("   ", "<EOF>", "   "),
        ("a,", "<EOF>", ","),
        (",a", ",", ",a"),
        ("a..b", ".", "..b"),
        ("a[", "<EOF>", "["),
        ("a[x]", "x", "[x]"),
        ("a[-1]", "-", "[-1"),
        ("a.", "<EOF>", "."),
        ("#", "#", "#"),
        ("a b", "b", "a b"),
        ("a,,b", ",", ",,b"),
        ("a[0", "<EOF>", "0"),
        ("a]", "]", "a]"),
        ("1a", "1", "1a"),
        ("a-b", "-", "a-b"),
        ("a.#", "#", ".#"),
        (":v", ":v", ":v"),
        ("a[01]", "1", "01]"),
        ("a[1.5]", ".", "1.5"),
        ("ab\u00e9", "\u00e9", "ab\u00e9"),
        ("_x", "_", "_x"),
        ("!!!", "!", "!!"),
        ("avatar, not]hing", "not", ", not]"),
        ("or#der_id", "or", "or#der_id"),
        ("a.AND", "AND", ".AND"),
    ],
)
def test_get_item_projection_syntax_errors(
    client: Any, users: Any, error_of: Any, expression: str, token: str, near: str
) -> None:
    """Token and context as DynamoDB reports them (captured from DynamoDB Local and, for
    '!!!', from the service)."""
    assert error_of(
        client.get_item, TableName="users", Key=U1, ProjectionExpression=expression
    ) == ("ValidationException", f'{PREFIX}Syntax error; token: "{token}", near: "{near}"')


def test_get_item_projection_allows_spaces_inside_paths(client: Any, users: Any) -> None:
    response = client.get_item(
        TableName="users", Key=U1, ProjectionExpression=" address . city , history[ 0 ] "
    )
    assert response["Item"] == {
        "address": {"M": {"city": {"S": "London"}}},
        "history": {"L": [{"S": "signup"}]},
    }


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            {"ExpressionAttributeNames": {"#a": "a"}},
            "ExpressionAttributeNames can only be specified when using expressions",
        ),
        (
            {"AttributesToGet": ["age"], "ProjectionExpression": "age"},
            "Can not use both expression and non-expression parameters in the same request: "
            "Non-expression parameters: {AttributesToGet} Expression parameters: "
            "{ProjectionExpression}",
        ),
        (
            {"ExpressionAttributeNames": {}, "ProjectionExpression": "a"},
            "ExpressionAttributeNames must not be empty",
        ),
        (
            {"ExpressionAttributeNames": {"a": "a"}, "ProjectionExpression": "a"},
            'ExpressionAttributeNames contains invalid key: Syntax error; key: "a"',
        ),
        (
            {"AttributesToGet": ["a", "b", "a"]},
            # The service's wording, as in BatchGetItem (dynalite test/getItem.js, run live;
            # Alternator's test_getitem_attributes_to_get_duplicate); DynamoDB Local says
            # "Cannot have two attributes with the same name".
            "One or more parameter values were invalid: Duplicate value in attribute name: a",
        ),
        (
            {"ReturnConsumedCapacity": "BOGUS"},
            "1 validation error detected: Value 'BOGUS' at 'returnConsumedCapacity' failed to "
            "satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]",
        ),
    ],
)
def test_get_item_request_errors(
    raw_client: Any, users: Any, error_of: Any, arguments: dict[str, Any], message: str
) -> None:
    assert error_of(raw_client.get_item, TableName="users", Key=U1, **arguments) == (
        "ValidationException",
        message,
    )


@pytest.mark.parametrize(
    ("name", "constraints"),
    [
        ("ab", ["Member must have length greater than or equal to 3"]),
        ("x" * 256, ["Member must have length less than or equal to 255"]),
        ("bad table!", ["Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+"]),
    ],
)
def test_get_item_table_name_rules(
    client: Any, error_of: Any, name: str, constraints: list[str]
) -> None:
    (constraint,) = constraints
    assert error_of(client.get_item, TableName=name, Key=U1) == (
        "ValidationException",
        f"1 validation error detected: Value '{name}' at 'tableName' failed to satisfy "
        f"constraint: {constraint}",
    )


def test_get_item_unknown_table(client: Any, error_of: Any) -> None:
    assert error_of(client.get_item, TableName="nope", Key=U1) == (
        "ResourceNotFoundException",
        "Requested resource not found",
    )


def test_get_item_empty_binary_key(dynafake: DynaFake, client: Any, error_of: Any) -> None:
    dynafake.table("files", ("id", "B"), items=[{"id": b"\x01"}])
    assert error_of(client.get_item, TableName="files", Key={"id": {"B": b""}}) == (
        "ValidationException",
        "One or more parameter values are not valid. The AttributeValue for a key attribute "
        "cannot contain an empty binary value. Key: id",
    )
    assert client.get_item(TableName="files", Key={"id": {"B": b"\x01"}})["Item"] == {
        "id": {"B": b"\x01"}
    }


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (
            {},
            "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes",
        ),
        (
            {"S": "a", "N": "1"},
            "Supplied AttributeValue has more than one datatypes set, must contain exactly one "
            "of the supported datatypes",
        ),
    ],
)
def test_get_item_malformed_attribute_value(
    raw_client: Any, users: Any, error_of: Any, value: dict[str, Any], message: str
) -> None:
    assert error_of(raw_client.get_item, TableName="users", Key={"user_id": value}) == (
        "ValidationException",
        message,
    )


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            {"ProjectionExpression": "age, user_id.x"},
            "Key attributes must be scalars; list random access '[]' and map lookup '.' are not "
            "allowed: Key: user_id",
        ),
        (
            {"ProjectionExpression": "#k[0]", "ExpressionAttributeNames": {"#k": "user_id"}},
            "Key attributes must be scalars; list random access '[]' and map lookup '.' are not "
            "allowed: Key: user_id",
        ),
        ({"AttributesToGet": ["age", ""]}, "Empty attribute name"),
        (
            {"ProjectionExpression": "a.:v"},
            "Invalid ProjectionExpression: An expression attribute name used in the document "
            "path is not defined; attribute name: :v",
        ),
        (
            {"ProjectionExpression": "#x, name, a,"},
            'Invalid ProjectionExpression: Syntax error; token: "<EOF>", near: ","',
        ),
    ],
    ids=[
        "key-path",
        "key-index-through-a-name",
        "empty-attribute",
        "value-after-dot",
        "syntax-first",
    ],
)
def test_get_item_rules_found_by_fuzzing(
    raw_client: Any, users: Any, error_of: Any, arguments: dict[str, Any], message: str
) -> None:
    """Differences from DynamoDB Local that the differential fuzzer found, now matched."""
    assert error_of(raw_client.get_item, TableName="users", Key=U1, **arguments) == (
        "ValidationException",
        message,
    )


def test_get_item_projects_a_key_attribute_whole(client: Any, users: Any) -> None:
    item = client.get_item(TableName="users", Key=U1, ProjectionExpression="user_id")["Item"]
    assert item == {"user_id": {"S": "u1"}}


EMPTY_ATTRIBUTES_TO_GET = (
    "Value at 'AttributesToGet' failed to satisfy constraint: Member must have length greater "
    "than or equal to 1"
)


def test_get_item_empty_attributes_to_get(raw_client: Any, users: Any, error_of: Any) -> None:
    """The model's minimum of 1 (Alternator's test_getitem_attributes_to_get_empty passes on
    AWS); DynamoDB Local answers the whole item."""
    assert error_of(raw_client.get_item, TableName="users", Key=U1, AttributesToGet=[]) == (
        "ValidationException",
        "1 validation error detected: " + EMPTY_ATTRIBUTES_TO_GET,
    )


def test_get_item_empty_attributes_to_get_is_reported_with_other_constraints(
    raw_client: Any, users: Any, error_of: Any
) -> None:
    """First, as in dynalite's live-checked getItem.js 'incorrect attributes' case."""
    assert error_of(
        raw_client.get_item,
        TableName="users",
        Key=U1,
        AttributesToGet=[],
        ReturnConsumedCapacity="hi",
    ) == (
        "ValidationException",
        "2 validation errors detected: " + EMPTY_ATTRIBUTES_TO_GET + "; Value 'hi' at "
        "'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value "
        "set: [INDEXES, TOTAL, NONE]",
    )


TOO_LONG = PREFIX + "Expression size has exceeded the maximum allowed size;"


@pytest.mark.parametrize(
    ("expression", "names"),
    [
        ("a" * 4096, None),
        ("a" + " " * 4095, None),
        # 686 placeholders: 4,005 characters as written, far more once substituted.
        (",".join(f"#a{i}" for i in range(686)), {f"#a{i}": "x" * 20 + str(i) for i in range(686)}),
    ],
    ids=["4096", "spaces", "placeholders"],
)
def test_get_item_projection_of_4096_characters_is_accepted(
    client: Any, users: Any, expression: str, names: dict[str, str] | None
) -> None:
    """The limit is 4 KB of the expression as written, before names are substituted
    (Alternator's test_limit_expression_len and ExtendDB's test_expression_size_limit, run
    against DynamoDB)."""
    extra = {} if names is None else {"ExpressionAttributeNames": names}
    response = client.get_item(TableName="users", Key=U1, ProjectionExpression=expression, **extra)
    assert response["Item"] == {}


@pytest.mark.parametrize(
    "expression",
    ["a" * 4097, "a" + " " * 4096, "!" * 5000, "\U0001f600" * 2049],
    ids=["4097", "spaces", "before-syntax", "utf16-units"],
)
def test_get_item_projection_over_4096_characters(
    client: Any, users: Any, error_of: Any, expression: str
) -> None:
    """Over 4,096 UTF-16 code units (Java's String length, as DynamoDB Local counts: 2,049
    emoji are 4,098 units), before any syntax check."""
    assert error_of(
        client.get_item, TableName="users", Key=U1, ProjectionExpression=expression
    ) == ("ValidationException", TOO_LONG)


def test_get_item_projection_size_is_not_counted_in_bytes(
    client: Any, users: Any, error_of: Any
) -> None:
    """4,096 two-byte characters are within the limit: they fail as syntax, not as size."""
    assert error_of(
        client.get_item, TableName="users", Key=U1, ProjectionExpression="\u00e9" * 4096
    ) == ("ValidationException", PREFIX + 'Syntax error; token: "\u00e9", near: "\u00e9\u00e9"')


def test_projection_size_limit_holds_in_every_read(client: Any, users: Any, error_of: Any) -> None:
    long = {"ProjectionExpression": "a" * 4097}
    assert error_of(client.batch_get_item, RequestItems={"users": {"Keys": [U1], **long}}) == (
        "ValidationException",
        TOO_LONG,
    )
    assert error_of(
        client.transact_get_items,
        TransactItems=[{"Get": {"TableName": "users", "Key": U1, **long}}],
    ) == ("ValidationException", TOO_LONG)


DEEP = "a" + ".b" * 32  # 33 levels: the top-level name counts, as each map key and index does


OVERLAP = (
    PREFIX + "Two document paths overlap with each other; must remove or rewrite one of these "
    "paths; path one: {one}, path two: {two}"
)


def too_deep(levels: int) -> str:
    return f"{PREFIX}The document path has too many nesting levels; nesting levels: {levels}"


def undefined(name: str) -> str:
    return (
        f"{PREFIX}An expression attribute name used in the document path is not defined; "
        f"attribute name: {name}"
    )


@pytest.mark.parametrize(
    "expression",
    ["a" + ".b" * 31, "a" + "[0]" * 31, "a" + ".b[0]" * 15 + ".c"],
    ids=["names", "indexes", "mixed"],
)
def test_get_item_projection_32_levels_are_allowed(
    client: Any, users: Any, expression: str
) -> None:
    response = client.get_item(TableName="users", Key=U1, ProjectionExpression=expression)
    assert response["Item"] == {}


@pytest.mark.parametrize(
    ("expression", "names", "message"),
    [
        (DEEP, None, too_deep(33)),
        ("a" + "[0]" * 32, None, too_deep(33)),
        ("a" + ".b[0]" * 16, None, too_deep(33)),
        ("c" + ".d" * 40, None, too_deep(41)),
        ("#n" + ".b" * 32, {"#n": "a"}, too_deep(33)),
        # Syntax, reserved words and index ranges are found in the whole expression first.
        (DEEP + ", !", None, PREFIX + 'Syntax error; token: "!", near: ", !"'),
        (
            DEEP + ", date",
            None,
            PREFIX + "Attribute name is a reserved keyword; reserved keyword: date",
        ),
        (
            DEEP + ", x[99999999999]",
            None,
            PREFIX + "List index is not within the allowable range; index: [99999999999]",
        ),
        # Then each path from the last one: its depth, then its names.
        ("#c, " + DEEP, None, too_deep(33)),
        (DEEP + ", #c", None, undefined("#c")),
        ("#u" + ".b" * 32, None, too_deep(33)),
        ("c" + ".d" * 33 + ", " + DEEP, None, too_deep(33)),
        ("#a, #b", None, undefined("#b")),
        ("#a.#b", None, undefined("#a")),
        ("#u, date", None, PREFIX + "Attribute name is a reserved keyword; reserved keyword: date"),
        # Unused names and overlapping paths come after every path.
        (DEEP, {"#unused": "x"}, too_deep(33)),
        (DEEP + ", a", None, too_deep(33)),
        ("user_id" + ".b" * 32, None, too_deep(33)),
        # Each path is checked against the later ones as it is reached: an overlap found
        # there wins over an undefined name in an earlier path, and over unused names
        # (captured live: ExtendDB test_overlap_precedes_unused_name_get_item).
        ("a, a.b", {"#z": "zzz"}, OVERLAP.format(one="[a]", two="[a, b]")),
        ("#u, a, a.b", None, OVERLAP.format(one="[a]", two="[a, b]")),
        ("a, a.b, #u", None, undefined("#u")),
        ("x, a.b, a", None, OVERLAP.format(one="[a, b]", two="[a]")),
    ],
    ids=[
        "names",
        "indexes",
        "mixed",
        "41",
        "placeholder",
        "syntax-first",
        "reserved-first",
        "index-range-first",
        "last-path-first",
        "undefined-in-last-path",
        "depth-before-names",
        "last-too-deep-path",
        "two-undefined",
        "undefined-in-one-path",
        "reserved-before-names",
        "before-unused",
        "before-overlap",
        "before-key-path",
        "overlap-before-unused",
        "overlap-before-earlier-undefined",
        "undefined-after-overlap",
        "overlap-pair-in-order",
    ],
)
def test_get_item_projection_too_deep_and_its_order(
    client: Any,
    users: Any,
    error_of: Any,
    expression: str,
    names: dict[str, str] | None,
    message: str,
) -> None:
    """More than 32 levels (Alternator's test_projection_expression_path_nesting_levels, run
    against DynamoDB: 'nesting levels: 33'); how levels are counted and the order of the
    checks are DynamoDB Local's."""
    extra = {} if names is None else {"ExpressionAttributeNames": names}
    assert error_of(
        client.get_item, TableName="users", Key=U1, ProjectionExpression=expression, **extra
    ) == ("ValidationException", message)
