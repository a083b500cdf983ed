"""Reading a table back: ``FakeTable.get`` and ``FakeTable.items``, as boto3's resource layer
reads items, or as DynamoDB JSON."""

from __future__ import annotations

import base64
from decimal import Decimal
from typing import Any

import boto3
import pytest
from boto3.dynamodb.types import Binary

from pytest_dynafake import DynaFake, DynaFakeError

from .conftest import RICH_ITEM

PLAIN = {
    "pk": "a",
    "n": Decimal("1.5"),
    "big": Decimal("12345678901234567890"),
    "blob": Binary(b"\x00\xff"),
    "flag": True,
    "nothing": None,
    "names": {"x", "y"},
    "numbers": {Decimal("1"), Decimal("2")},
    "blobs": {Binary(b"a"), Binary(b"b")},
    "nested": {"list": [Decimal("1"), "two", {"three": [None]}]},
}


def test_get_reads_an_item_as_boto3s_resource_does(dynafake: DynaFake) -> None:
    things = dynafake.table("things", "pk", items=[PLAIN])
    resource_item = boto3.resource("dynamodb").Table("things").get_item(Key={"pk": "a"})["Item"]
    assert things.get({"pk": "a"}) == resource_item
    assert things.get({"pk": "a"}) == PLAIN
    assert type(things.get({"pk": "a"})["blob"]) is Binary  # type: ignore[index]
    assert things.get({"pk": "missing"}) is None


def test_get_and_items_in_dynamodb_json(dynafake: DynaFake, users: Any) -> None:
    client = boto3.client("dynamodb")
    wire = client.get_item(TableName="users", Key={"user_id": {"S": "u1"}})["Item"]
    # boto3 decodes binary values; the wire form keeps the service's base64
    wire["avatar"] = {"B": base64.b64encode(wire["avatar"]["B"]).decode()}
    wire["blobs"] = {"BS": [base64.b64encode(b).decode() for b in wire["blobs"]["BS"]]}
    assert users.get({"user_id": {"S": "u1"}}, format="dynamodb") == wire
    assert users.get({"user_id": "u1"}) == RICH_ITEM
    assert users.items(format="dynamodb") == [wire, {"user_id": {"S": "u2"}}]  # Scan order


def test_items_are_in_scan_order(dynafake: DynaFake) -> None:
    things = dynafake.table(
        "things", "pk", ("sk", "N"), items=[{"pk": p, "sk": s} for p in "abc" for s in (2, 1)]
    )
    scanned = boto3.client("dynamodb").scan(TableName="things")["Items"]
    assert things.items() == [{"pk": i["pk"]["S"], "sk": Decimal(i["sk"]["N"])} for i in scanned]


def test_a_layer_reads_its_own_writes_over_its_base(dynafake: DynaFake) -> None:
    base = DynaFake()
    base.table("users", "user_id", items=[{"user_id": "u1"}, {"user_id": "u2"}])
    with base.layer() as layer:
        layer.tables["users"].put_item({"user_id": "u3", "v": 1})
        assert layer.tables["users"].get({"user_id": "u3"}) == {"user_id": "u3", "v": 1}
        assert layer.tables["users"].get({"user_id": "u1"}) == {"user_id": "u1"}
        assert len(layer.tables["users"].items()) == 3
    assert base.tables["users"].get({"user_id": "u3"}) is None


@pytest.mark.parametrize(
    ("key", "message"),
    [
        (
            {"id": "a"},
            "table 'things': get() takes the item's key, the attributes ['pk', 'sk'] and "
            "nothing else, e.g. {'pk': ..., 'sk': ...}; got ['id']",
        ),
        (
            "a",
            "table 'things': get() takes the item's key, the attributes ['pk', 'sk'] and "
            "nothing else, e.g. {'pk': ..., 'sk': ...}; got 'str'",
        ),
        (
            {"pk": "a", "sk": "1"},
            "table 'things': key {'pk': 'a', 'sk': '1'} does not match the key schema "
            "'pk' (S), 'sk' (N); give each key attribute a value of its type",
        ),
        (
            {"pk": "a", "sk": 1.5},
            "table 'things', key attribute 'sk': float 1.5 is not supported: DynamoDB numbers "
            "are exact, use Decimal('1.5') or an int instead",
        ),
    ],
    ids=["other-attribute", "not-a-mapping", "wrong-type", "float"],
)
def test_a_bad_key_says_what_to_give(dynafake: DynaFake, key: Any, message: str) -> None:
    things = dynafake.table("things", "pk", ("sk", "N"))
    with pytest.raises(DynaFakeError) as raised:
        things.get(key)
    assert str(raised.value) == message


def test_a_plain_key_with_the_dynamodb_format_says_so(dynafake: DynaFake) -> None:
    things = dynafake.table("things", "pk")
    with pytest.raises(DynaFakeError) as raised:
        things.get({"pk": "a"}, format="dynamodb")
    assert str(raised.value) == (
        "table 'things', key attribute 'pk': 'a' is not DynamoDB JSON; with format='dynamodb' "
        "give one type and its value, such as {'S': 'x'} or {'N': '1'}"
    )
    with pytest.raises(DynaFakeError) as raised:
        things.get({"pk": Thing()})
    assert str(raised.value) == (
        "table 'things', key attribute 'pk': Thing() is not a key value; give a str, a number "
        "(int or Decimal) or bytes"
    )


class Thing:
    def __repr__(self) -> str:
        return "Thing()"


def test_a_deleted_table_and_an_unknown_format_are_named(dynafake: DynaFake) -> None:
    things = dynafake.table("things", "pk")
    with pytest.raises(DynaFakeError) as raised:
        things.items(format="json")  # type: ignore[arg-type]
    assert str(raised.value) == (
        "table 'things': format 'json' is not known; use 'python' (plain values, as boto3's "
        "resource layer gives them) or 'dynamodb' (DynamoDB JSON such as {'S': 'x'})"
    )
    boto3.client("dynamodb").delete_table(TableName="things")
    with pytest.raises(DynaFakeError) as raised:
        things.get({"pk": "a"})
    assert str(raised.value) == (
        "table 'things' no longer exists (a DeleteTable removed it); read it before deleting "
        "it, or create it again"
    )
