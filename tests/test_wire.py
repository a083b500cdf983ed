"""DynamoDB JSON rules: canonical numbers, item sizes, boto3's serialization rules."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from pytest_dynafake._numbers import NumberError, canonical_number, number_size
from pytest_dynafake._wire import item_size, to_wire


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("1.50", "1.5"),
        ("1.5E2", "150"),
        ("-0", "0"),
        ("0.000", "0"),
        ("+5", "5"),
        (".5", "0.5"),
        ("5.", "5"),
        ("1E+3", "1000"),
        ("-12.340e-2", "-0.1234"),
        ("12345678901234567890123456789012345678", "12345678901234567890123456789012345678"),
        ("1" + "0" * 60, "1" + "0" * 60),
        ("9.9e125", "99" + "0" * 124),
        ("1e-130", "0." + "0" * 129 + "1"),
    ],
)
def test_canonical_number(text: str, canonical: str) -> None:
    assert canonical_number(text) == canonical


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("abc", NumberError.NOT_A_NUMBER),
        ("", NumberError.NOT_A_NUMBER),
        (" 1", NumberError.NOT_A_NUMBER),
        ("1_000", NumberError.NOT_A_NUMBER),
        ("NaN", NumberError.NOT_A_NUMBER),
        ("Infinity", NumberError.NOT_A_NUMBER),
        ("0x10", NumberError.NOT_A_NUMBER),
        ("1E", NumberError.NOT_A_NUMBER),
        ("1" * 39, NumberError.TOO_MANY_DIGITS),
        ("1e126", NumberError.OVERFLOW),
        ("1e-131", NumberError.UNDERFLOW),
    ],
)
def test_refused_numbers(text: str, kind: str) -> None:
    with pytest.raises(NumberError) as raised:
        canonical_number(text)
    assert raised.value.args[0] == kind


# Sizes measured on the service at its 400 KB gate (paritysuite/dynamodb-conformance,
# src/item-size.ts, eu-west-2, 2026-08-18).
MEASURED = {
    "0": 1,
    "1": 2,
    "12": 2,
    "123": 3,
    "1234": 3,
    "12345678901234567890123456789012345678": 20,
    "0042": 2,
    "100": 2,
    "1010": 3,
    "0.0000001": 2,
    "1E125": 2,
    "1E-100": 2,
    "1.5": 3,
    "15": 2,
    "1.2": 3,
    "1.200": 3,
    "1.234": 4,
    "3.14159": 5,
    "123456": 4,
    "100.5": 4,
    "0.15": 2,
    "-42": 3,
    "-0": 1,
}


@pytest.mark.parametrize(("text", "size"), MEASURED.items())
def test_number_size_matches_the_service(text: str, size: int) -> None:
    assert number_size(canonical_number(text)) == size


def test_item_size_rules() -> None:
    item: dict[str, dict[str, Any]] = {
        "s": {"S": "h\u00e9"},  # 1 + 3 UTF-8 bytes
        "b": {"B": "AAEC"},  # 1 + 3 bytes
        "t": {"BOOL": True},  # 1 + 1
        "z": {"NULL": True},  # 1 + 1
        "ss": {"SS": ["ab", "c"]},  # 2 + 3
        "l": {"L": [{"S": "x"}, {"N": "1"}]},  # 1 + 3 + (1 + 1) + (1 + 2)
        "m": {"M": {"k": {"S": "v"}}},  # 1 + 3 + (1 + 1 + 1)
    }
    assert item_size(item) == 4 + 4 + 2 + 2 + 5 + 9 + 7


def test_to_wire_follows_boto3() -> None:
    assert to_wire({"a": [1, Decimal("2.50"), "x", b"y", None, True, {"z"}]}) == {
        "M": {
            "a": {
                "L": [
                    {"N": "1"},
                    {"N": "2.5"},
                    {"S": "x"},
                    {"B": "eQ=="},
                    {"NULL": True},
                    {"BOOL": True},
                    {"SS": ["z"]},
                ]
            }
        }
    }


def test_to_wire_accepts_boto3_binary() -> None:
    from boto3.dynamodb.types import Binary

    assert to_wire(Binary(b"\x00")) == {"B": "AA=="}
    assert to_wire({Binary(b"\x01"), Binary(b"\x00")}) == {"BS": ["AA==", "AQ=="]}


def test_map_keys_must_be_strings() -> None:
    with pytest.raises(TypeError) as raised:
        to_wire({1: "a"})
    assert str(raised.value) == "map key 1 is not a str; DynamoDB map keys are strings"


def test_dynamodb_json_binary_may_be_bytes() -> None:
    from pytest_dynafake._wire import canonical_wire

    assert canonical_wire({"B": b"\x00"}) == {"B": "AA=="}
    assert canonical_wire({"BS": [b"\x00", "AQ=="]}) == {"BS": ["AA==", "AQ=="]}
