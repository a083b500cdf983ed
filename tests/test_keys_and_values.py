"""Key and value limits, the same at seed time and on the request path: key sizes, number
digits and range, str/int/Decimal subclasses, empty binaries in sets, and nesting depth."""

from __future__ import annotations

import base64
import decimal
import enum
import json
from pathlib import Path
from typing import Any

import pytest

from pytest_dynafake import DynaFake, DynaFakeError
from pytest_dynafake import _validation as v

VE = "ValidationException"
B1025 = base64.b64encode(b"y" * 1025).decode()


@pytest.fixture
def keyed(dynafake: DynaFake) -> DynaFake:
    """One table of each key shape the limits differ on."""
    dynafake.table("strs", ("h", "S"), ("r", "S"), items=[{"h": "x" * 2048, "r": "y" * 1024}])
    dynafake.table("blobs", ("h", "B"), ("r", "B"), items=[{"h": b"x" * 2048, "r": b"y" * 1024}])
    dynafake.table("nums", ("h", "N"), ("r", "N"), items=[{"h": 9578, "r": 1}, {"h": 1, "r": 1}])
    return dynafake


def seed_error(*args: Any, **kwargs: Any) -> str:
    with pytest.raises(DynaFakeError) as raised:
        DynaFake().table(*args, **kwargs)
    return str(raised.value)


# -- item 1: key sizes ---------------------------------------------------------------------
def strs(h: str, r: str = "r") -> dict[str, Any]:
    return {"h": {"S": h}, "r": {"S": r}}


def blobs(h: bytes, r: bytes = b"r") -> dict[str, Any]:
    return {"h": {"B": h}, "r": {"B": r}}


KEY_LIMIT_CASES = [
    # (table, key, expected message); 2048 and 1024 bytes are the largest allowed.
    ("strs", strs("x" * 2049), v.KEY_HASH_TOO_LARGE),
    ("strs", strs("a", "y" * 1025), v.KEY_RANGE_TOO_LARGE),
    # UTF-8 bytes, not characters: 1,025 two-byte characters are 2,050 bytes.
    ("strs", strs("é" * 1025), v.KEY_HASH_TOO_LARGE),
    ("strs", strs("a", "é" * 513), v.KEY_RANGE_TOO_LARGE),
    ("blobs", blobs(b"x" * 2049), v.KEY_HASH_TOO_LARGE),
    ("blobs", blobs(b"a", b"y" * 1025), v.KEY_RANGE_TOO_LARGE),
    # The partition key is checked whole before the sort key is looked at.
    ("strs", {"h": {"S": "x" * 2049}, "r": {"N": "1"}}, v.KEY_HASH_TOO_LARGE),
    ("strs", strs("x" * 2049, "y" * 1025), v.KEY_HASH_TOO_LARGE),
]
KEY_IDS = ["s-hash", "s-range", "utf8-hash", "utf8-range", "b-hash", "b-range", "then-type", "both"]


@pytest.mark.parametrize(("table", "key", "message"), KEY_LIMIT_CASES, ids=KEY_IDS)
def test_an_oversized_key_is_refused_by_every_read(
    keyed: DynaFake, raw_client: Any, error_of: Any, table: str, key: Any, message: str
) -> None:
    assert error_of(raw_client.get_item, TableName=table, Key=key) == (VE, message)
    batch = {table: {"Keys": [key]}}
    assert error_of(raw_client.batch_get_item, RequestItems=batch) == (VE, message)
    # Not a cancellation: the whole request is invalid (DynamoDB Local agrees).
    gets = [{"Get": {"TableName": table, "Key": key}}]
    assert error_of(raw_client.transact_get_items, TransactItems=gets) == (VE, message)


@pytest.mark.parametrize(
    ("table", "key"),
    [("strs", strs("x" * 2048, "y" * 1024)), ("blobs", blobs(b"x" * 2048, b"y" * 1024))],
)
def test_keys_at_the_limit_are_read(keyed: DynaFake, client: Any, table: str, key: Any) -> None:
    assert client.get_item(TableName=table, Key=key)["Item"] == key
    found = client.batch_get_item(RequestItems={table: {"Keys": [key]}})["Responses"][table]
    assert found == [key]
    gets = [{"Get": {"TableName": table, "Key": key}}]
    assert client.transact_get_items(TransactItems=gets)["Responses"] == [{"Item": key}]


def too_long(role: str, attribute: str, size: int, limit: int, index: int = 0) -> str:
    return (
        f"table 'tbl', item {index}, attribute {attribute!r}: the {role} key is {size} bytes, "
        f"over DynamoDB's {limit}-byte limit for a {role} key (UTF-8 bytes of a string, bytes "
        "of a binary); shorten it"
    )


@pytest.mark.parametrize(
    ("keys", "items", "format", "message"),
    [
        (("h",), [{"h": "ok"}, {"h": "x" * 2049}], "python",
         too_long("partition", "h", 2049, 2048, 1)),
        (("h",), [{"h": "é" * 1025}], "python", too_long("partition", "h", 2050, 2048)),
        ((("h", "B"),), [{"h": b"x" * 2049}], "python", too_long("partition", "h", 2049, 2048)),
        (("h", "r"), [{"h": "a", "r": "y" * 1025}], "python", too_long("sort", "r", 1025, 1024)),
        ((("h", "S"), ("r", "B")), [{"h": "a", "r": b"y" * 1025}], "python",
         too_long("sort", "r", 1025, 1024)),
        (("h",), [{"h": {"S": "x" * 2049}}], "dynamodb", too_long("partition", "h", 2049, 2048)),
        ((("h", "B"),), [{"h": {"B": b"x" * 2049}}], "dynamodb",
         too_long("partition", "h", 2049, 2048)),
    ],
    ids=["s-hash", "utf8", "b-hash", "s-range", "b-range", "json-s", "json-b"],
)  # fmt: skip
def test_seeding_an_oversized_key_names_it(
    keys: tuple[Any, ...], items: list[Any], format: Any, message: str
) -> None:
    assert seed_error("tbl", *keys, items=items, format=format) == message
    fake = DynaFake()
    fake.table("tbl", *keys)
    with pytest.raises(DynaFakeError) as raised:
        fake.tables["tbl"].put_items(items, format=format)
    assert str(raised.value) == message


@pytest.mark.parametrize("check", ["keys", "all"])
@pytest.mark.parametrize(
    ("keys", "key", "message"),
    [
        (("h",), {"h": {"S": "x" * 2049}}, too_long("partition", "h", 2049, 2048)),
        # More characters than the fast path's bound: the full check measures the bytes.
        (("h",), {"h": {"S": "é" * 1025}}, too_long("partition", "h", 2050, 2048)),
        (("h", "r"), {"h": {"S": "a"}, "r": {"S": "y" * 1025}}, too_long("sort", "r", 1025, 1024)),
        ((("h", "N"), ("r", "B")), {"h": {"N": "1"}, "r": {"B": B1025}},
         too_long("sort", "r", 1025, 1024)),
    ],
    ids=["s-hash", "utf8", "s-range", "b-range"],
)  # fmt: skip
def test_a_seed_file_with_an_oversized_key_fails_to_load(
    tmp_path: Path, check: Any, keys: tuple[Any, ...], key: dict[str, Any], message: str
) -> None:
    path = tmp_path / "scan.json"
    path.write_text(json.dumps({"Items": [key]}))
    fake = DynaFake()
    fake.table("tbl", *keys)
    with pytest.raises(DynaFakeError) as raised:
        fake.load(path, table="tbl", check=check)
    assert str(raised.value) == f"seed file {str(path)!r}: {message}"
    assert len(fake.tables["tbl"]) == 0


# -- items 7 and 8: numbers DynamoDB refuses, never rounded or leaked ------------------------
FIVE_THOUSAND = "1." + "0" * 4998 + "1"  # rounds to 1 at any precision under 5,000 digits


@pytest.mark.parametrize(
    ("number", "message"),
    [
        (FIVE_THOUSAND, v.NUMBER_TOO_MANY_DIGITS),
        ("1" * 5000, v.NUMBER_TOO_MANY_DIGITS),  # digits are counted before the magnitude
        ("1e2147483647", v.NUMBER_OVERFLOW),
        ("-1e-2147483647", v.NUMBER_UNDERFLOW),
        # Past Java's int exponent DynamoDB cannot read the text as a number at all.
        ("1e2147483648", v.NUMBER_INVALID.format(value="1e2147483648")),
        ("1e999999999999999999999", v.NUMBER_INVALID.format(value="1e999999999999999999999")),
        ("1e-" + "9" * 5000, v.NUMBER_INVALID.format(value="1e-" + "9" * 5000)),
    ],
    ids=["5000-digits-near-1", "5000-digits", "overflow", "underflow", "int-exponent",
         "huge-exponent", "5000-digit-exponent"],
)  # fmt: skip
def test_a_key_number_dynamodb_refuses_gets_its_error(
    keyed: DynaFake, raw_client: Any, error_of: Any, number: str, message: str
) -> None:
    key = {"h": {"N": number}, "r": {"N": "1"}}
    assert error_of(raw_client.get_item, TableName="nums", Key=key) == (VE, message)
    batch = {"nums": {"Keys": [key]}}
    assert error_of(raw_client.batch_get_item, RequestItems=batch) == (VE, message)
    gets = [{"Get": {"TableName": "nums", "Key": key}}]
    assert error_of(raw_client.transact_get_items, TransactItems=gets) == (VE, message)


TOO_MANY = (
    f"table 'tbl', item 0, attribute 'n': number {FIVE_THOUSAND[:40]}... (5001 characters) "
    "has more than 38 significant digits; DynamoDB refuses it (it never rounds): give at most 38"
)
JSON_FIVE_THOUSAND = repr({"N": FIVE_THOUSAND})


def bad_json_number(attribute: str, shown: str, problem: str) -> str:
    return (
        f"table 'tbl', item 0, attribute {attribute!r}: {shown} is not DynamoDB JSON (bad "
        f"number: {problem}); give one type and its value, e.g. {{'S': 'text'}} or "
        "{'N': '42'}, or seed plain values with format='python'"
    )


@pytest.mark.parametrize(
    ("keys", "item", "format", "message"),
    [
        (("k",), {"k": "a", "n": decimal.Decimal(FIVE_THOUSAND)}, "python", TOO_MANY),
        (("k",), {"k": {"S": "a"}, "n": {"N": FIVE_THOUSAND}}, "dynamodb", bad_json_number(
            "n", JSON_FIVE_THOUSAND[:100] + "... (5010 characters)", "too-many-digits")),
        ((("k", "N"),), {"k": {"N": "1e999999999999999999999"}}, "dynamodb",
         bad_json_number("k", "{'N': '1e999999999999999999999'}", "not-a-number")),
        (("k",), {"k": {"S": "a"}, "n": {"N": "1e2147483647"}}, "dynamodb",
         bad_json_number("n", "{'N': '1e2147483647'}", "overflow")),
    ],
    ids=["python-digits", "json-digits", "json-key-exponent", "json-overflow"],
)  # fmt: skip
def test_seeding_a_number_dynamodb_refuses_names_it(
    keys: tuple[Any, ...], item: dict[str, Any], format: Any, message: str
) -> None:
    assert seed_error("tbl", *keys, items=[item], format=format) == message


@pytest.mark.parametrize("check", ["keys", "all"])
def test_a_seed_file_key_number_dynamodb_cannot_read_fails_to_load(
    tmp_path: Path, check: Any
) -> None:
    path = tmp_path / "scan.json"
    path.write_text(json.dumps({"Items": [{"k": {"N": "1e999999999999999999999"}}]}))
    fake = DynaFake()
    fake.table("tbl", ("k", "N"))
    with pytest.raises(DynaFakeError) as raised:
        fake.load(path, table="tbl", check=check)
    message = bad_json_number("k", "{'N': '1e999999999999999999999'}", "not-a-number")
    assert str(raised.value) == f"seed file {str(path)!r}: {message}"


# -- item 8: subclasses are serialised as boto3 sends them ----------------------------------
class Kind(str, enum.Enum):
    A = "a"
    B = "b"


class Three(int):
    def __repr__(self) -> str:
        return "three"

    __str__ = __repr__


class Half(decimal.Decimal):
    def __str__(self) -> str:
        return "half"


def sent_by_boto3(value: Any) -> Any:
    """What boto3's TypeSerializer makes of a value, as botocore's JSON carries it."""
    from boto3.dynamodb.types import TypeSerializer

    return json.loads(json.dumps(TypeSerializer().serialize(value)))


def test_subclasses_of_str_int_and_decimal_are_stored_as_boto3_sends_them(
    dynafake: DynaFake, client: Any
) -> None:
    item = {"kind": Kind.A, "n": Three(3), "d": Half("0.5"), "m": {Kind.B: Kind.A},
            "ss": {Kind.A, Kind.B}, "ns": {Three(3)}, "l": [Kind.B]}  # fmt: skip
    dynafake.table("kinds", ("kind", "S"), ("n", "N"), items=[item])
    key = {"kind": {"S": "a"}, "n": {"N": "3"}}
    stored = client.get_item(TableName="kinds", Key=key)["Item"]
    for name, value in item.items():  # set members in boto3's (arbitrary) order
        assert {k: sorted(v) for k, v in sent_by_boto3(value).items()} == {
            k: sorted(v) for k, v in stored[name].items()
        }
    assert stored == {
        **key,
        "d": {"N": "0.5"},
        "m": {"M": {"b": {"S": "a"}}},
        "ss": {"SS": ["a", "b"]},
        "ns": {"NS": ["3"]},
        "l": {"L": [{"S": "b"}]},
    }
    # The map key is the plain name "b": a projection finds it.
    projected = client.get_item(TableName="kinds", Key=key, ProjectionExpression="m.b")
    assert projected["Item"] == {"m": {"M": {"b": {"S": "a"}}}}
    assert client.batch_get_item(RequestItems={"kinds": {"Keys": [key]}})["Responses"] == {
        "kinds": [stored]
    }


# -- item 7: an empty binary inside a binary set is kept -----------------------------------
def test_an_empty_binary_is_a_binary_set_member_like_any_other(
    dynafake: DynaFake, client: Any
) -> None:
    sets = dynafake.table("sets", "k", items=[{"k": "a", "bs": {b"", b"x"}, "only": {b""}}])
    sets.put_items([{"k": {"S": "b"}, "bs": {"BS": ["", "eA=="]}}], format="dynamodb")
    found = client.batch_get_item(
        RequestItems={"sets": {"Keys": [{"k": {"S": "a"}}, {"k": {"S": "b"}}]}}
    )["Responses"]["sets"]
    assert sorted(found, key=lambda i: i["k"]["S"]) == [
        {"k": {"S": "a"}, "bs": {"BS": [b"", b"x"]}, "only": {"BS": [b""]}},
        {"k": {"S": "b"}, "bs": {"BS": [b"", b"x"]}},
    ]


# -- item 3: keys equal as numbers name one item --------------------------------------------
@pytest.mark.parametrize(
    "spellings", [("009578", "9578"), ("9578", "9.578E3"), ("9578.0", "9578")], ids=str
)
def test_keys_equal_as_numbers_read_their_item_once(
    keyed: DynaFake, client: Any, spellings: tuple[str, str]
) -> None:
    keys = [{"h": {"N": spelling}, "r": {"N": "1"}} for spelling in spellings]
    response = client.batch_get_item(
        RequestItems={"nums": {"Keys": keys}}, ReturnConsumedCapacity="TOTAL"
    )
    assert response["Responses"] == {"nums": [{"h": {"N": "9578"}, "r": {"N": "1"}}]}
    assert response["UnprocessedKeys"] == {}
    assert response["ConsumedCapacity"] == [{"TableName": "nums", "CapacityUnits": 0.5}]


def test_keys_equal_as_numbers_are_not_duplicates_but_keys_sent_twice_are(
    keyed: DynaFake, client: Any, error_of: Any
) -> None:
    missing = [{"h": {"N": "07"}, "r": {"N": "1"}}, {"h": {"N": "7"}, "r": {"N": "1"}}]
    response = client.batch_get_item(RequestItems={"nums": {"Keys": missing}})
    assert response["Responses"] == {"nums": []}
    twice = [{"h": {"N": "7"}, "r": {"N": "1"}}] * 2
    assert error_of(client.batch_get_item, RequestItems={"nums": {"Keys": twice}}) == (
        VE,
        v.BATCH_DUPLICATE_KEYS,
    )


# -- item 6 (seeds): 32 levels of nesting ------------------------------------------------------
def nested(levels: int, kind: str = "M") -> Any:
    """A plain value whose leaf is at ``levels`` (the attribute's value itself is level 1)."""
    value: Any = "leaf"
    for _ in range(levels - 1):
        value = {"a": value} if kind == "M" else [value]
    return value


def nested_json(levels: int, kind: str = "M") -> dict[str, Any]:
    value: dict[str, Any] = {"S": "leaf"}
    for _ in range(levels - 1):
        value = {"M": {"a": value}} if kind == "M" else {"L": [value]}
    return value


def too_deep(depth: int, attribute: str = "d") -> str:
    return (
        f"table 'tbl', item 0, attribute {attribute!r}: the value is nested {depth} levels "
        "deep, over DynamoDB's 32 (the attribute's value is level 1, each map or list adds "
        "one); flatten it"
    )


@pytest.mark.parametrize("kind", ["M", "L"])
def test_32_levels_are_seeded_and_read(dynafake: DynaFake, client: Any, kind: str) -> None:
    dynafake.table("tbl", "k", items=[{"k": "a", "d": nested(32, kind)}])
    dynafake.tables["tbl"].put_items(
        [{"k": {"S": "b"}, "d": nested_json(32, kind)}], format="dynamodb"
    )
    for k in ("a", "b"):
        item = client.get_item(TableName="tbl", Key={"k": {"S": k}})["Item"]
        assert item["d"] == nested_json(32, kind)


@pytest.mark.parametrize("levels", [33, 300])
@pytest.mark.parametrize("kind", ["M", "L"])
def test_seeds_nested_deeper_than_32_levels_are_refused(levels: int, kind: str) -> None:
    assert seed_error("tbl", "k", items=[{"k": "a", "d": nested(levels, kind)}]) == too_deep(levels)
    item = {"k": {"S": "a"}, "d": nested_json(levels, kind)}
    assert seed_error("tbl", "k", items=[item], format="dynamodb") == too_deep(levels)


def test_a_too_deep_item_of_a_seed_file_fails_at_load_or_first_read(
    tmp_path: Path, dynafake: DynaFake, client: Any
) -> None:
    path = tmp_path / "scan.json"
    path.write_text(json.dumps({"Items": [{"k": {"S": "a"}, "d": nested_json(300)}]}))
    expected = f"seed file {str(path)!r}: {too_deep(300)}"
    strict = DynaFake()
    strict.table("tbl", "k")
    with pytest.raises(DynaFakeError) as raised:
        strict.load(path, table="tbl", check="all")
    assert str(raised.value) == expected
    dynafake.table("tbl", "k")
    dynafake.load(path, table="tbl")  # keys only: the item is checked when first read
    with pytest.raises(DynaFakeError) as raised:
        client.get_item(TableName="tbl", Key={"k": {"S": "a"}})
    assert str(raised.value) == expected + (
        " (a seed file's keys are checked when it is loaded, the rest of an item when a "
        "request first reads it; load(..., check='all') checks every item at load)"
    )


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("0.12345678901234567890123456789012345678", None),  # 38 digits, not an integer
        ("-1234567890123456789.0123456789012345678", None),
        ("1" + "0" * 40, None),  # one significant digit
        ("0.123456789012345678901234567890123456789", v.NUMBER_TOO_MANY_DIGITS),
        ("1.00000000000000000000000000000000000001", v.NUMBER_TOO_MANY_DIGITS),
        ("9.9999999999999999999999999999999999999E+125", None),
        ("1E+126", v.NUMBER_OVERFLOW),
        ("1E-130", None),
        ("9.9999999999999999999999999999999999999E-131", v.NUMBER_UNDERFLOW),
    ],
)
def test_number_limits_in_a_key(
    keyed: DynaFake, raw_client: Any, error_of: Any, number: str, message: str | None
) -> None:
    key = {"h": {"N": number}, "r": {"N": "1"}}
    if message is None:
        assert "Item" not in raw_client.get_item(TableName="nums", Key=key)
    else:
        assert error_of(raw_client.get_item, TableName="nums", Key=key) == (VE, message)
