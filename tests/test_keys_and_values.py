"""Key and value limits, the same at seed time and on the request path: key sizes, number
digits and range, str/int/Decimal subclasses, empty binaries in sets, and nesting depth."""

from __future__ import annotations

import base64
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
    dynafake.table("nums", ("h", "N"), ("r", "N"), items=[{"h": 9578, "r": 1}])
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
