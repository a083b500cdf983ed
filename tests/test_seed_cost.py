"""What a seeded item costs: items seeded again are found, not converted again, never stale;
a stored item keeps its JSON text only."""

from __future__ import annotations

import copy
import gc
import tracemalloc
from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any

import pytest

from pytest_dynafake import DynaFake, DynaFakeError
from pytest_dynafake import _seeding as seeding
from pytest_dynafake._seed_cache import BATCHES, ITEMS, SeedCache, fingerprint

ITEM: dict[str, Any] = {
    "user_id": "u1",
    "email": "ada@example.com",
    "age": 36,
    "score": Decimal("1.5"),
    "active": True,
    "tags": {"a", "b"},
    "avatar": b"\x89PNG",
    "address": {"city": "London", "geo": {"lat": Decimal("51.5")}},
    "history": ["signup", 2015, [True, None]],
}
KEY = {"user_id": {"S": "u1"}}


@pytest.fixture(autouse=True)
def empty_cache() -> Iterator[None]:
    ITEMS.clear()
    BATCHES.clear()
    yield
    ITEMS.clear()
    BATCHES.clear()


def read(items: Sequence[Mapping[str, Any]], client: Any, **table: Any) -> Any:
    """Seed a new fake with the items, as the next test would, and read u1 back."""
    with DynaFake() as fake:
        fake.table("users", table.pop("partition_key", "user_id"), items=items, **table)
        return client.get_item(TableName="users", Key=KEY)["Item"]


def test_items_seeded_again_are_not_converted_again(
    client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = [copy.deepcopy(ITEM), {"user_id": "u2"}]
    converted: list[str] = []
    wire_item = seeding.wire_item

    def counted(where: str, item: Any, format: Any) -> Any:
        converted.append(where)
        return wire_item(where, item, format)

    monkeypatch.setattr(seeding, "wire_item", counted)
    first = read(items, client)
    assert converted == ["table 'users', item 0", "table 'users', item 1"]
    assert read(items, client) == first
    assert len(converted) == 2
    # The same items in another list, or alone, are found item by item.
    assert read([copy.deepcopy(ITEM)], client) == first
    assert len(converted) == 2


# Each change is made in place, between two seeds of the same list: (path, new value, what
# GetItem then answers at that path).
CHANGES: dict[str, tuple[tuple[str | int, ...], Any, dict[str, Any]]] = {
    "nested value": (("address", "city"), "Paris", {"S": "Paris"}),
    "bool where an int was": (("age",), True, {"BOOL": True}),
    "int where a bool was": (("active",), 1, {"N": "1"}),
    "Decimal where a str was": (("email",), Decimal("7"), {"N": "7"}),
    "list where a set was": (("tags",), ["a", "b"], {"L": [{"S": "a"}, {"S": "b"}]}),
    "str where bytes were": (("avatar",), "png", {"S": "png"}),
    "list element": (("history", 2, 0), False, {"BOOL": False}),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_an_item_changed_in_place_is_seeded_as_it_is_now(client: Any, change: str) -> None:
    items = [copy.deepcopy(ITEM)]
    before = read(items, client)
    path, value, expected = CHANGES[change]
    target: Any = items[0]
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    after = read(items, client)
    found: Any = after[path[0]]
    for step in path[1:]:
        found = found["M"][step] if isinstance(step, str) else found["L"][step]
    assert found == expected
    others = {k: v for k, v in after.items() if k != path[0]}
    assert others == {k: v for k, v in before.items() if k != path[0]}


def test_a_float_put_where_a_decimal_was_is_still_refused(client: Any) -> None:
    items = [copy.deepcopy(ITEM)]
    read(items, client)
    items[0]["score"] = 1.5
    with pytest.raises(DynaFakeError) as raised:
        DynaFake().table("users", "user_id", items=items)
    assert str(raised.value) == (
        "table 'users', item 0, attribute 'score': float 1.5 is not supported: DynamoDB "
        "numbers are exact, use Decimal('1.5') or an int instead"
    )


def test_added_removed_and_replaced_items_are_seen(client: Any) -> None:
    items = [copy.deepcopy(ITEM)]
    read(items, client)
    items[0]["nickname"] = "A"
    assert read(items, client)["nickname"] == {"S": "A"}
    del items[0]["address"]
    assert "address" not in read(items, client)
    items[0] = {"user_id": "u1", "only": "this"}
    assert read(items, client) == {"user_id": {"S": "u1"}, "only": {"S": "this"}}


def test_a_changed_key_stores_the_item_under_its_new_key(client: Any) -> None:
    items = [copy.deepcopy(ITEM)]
    read(items, client)
    items[0]["user_id"] = "u9"
    with DynaFake() as fake:
        fake.table("users", "user_id", items=items)
        assert "Item" not in client.get_item(TableName="users", Key=KEY)
        found = client.get_item(TableName="users", Key={"user_id": {"S": "u9"}})
    assert found["Item"]["email"] == {"S": "ada@example.com"}


def test_the_same_items_under_another_key_schema(client: Any) -> None:
    items = [copy.deepcopy(ITEM), {"user_id": "u2", "email": "bo@example.com"}]
    read(items, client)
    with DynaFake() as fake:
        fake.table("users", "email", items=items)
        found = client.get_item(TableName="users", Key={"email": {"S": "bo@example.com"}})
    assert found["Item"] == {"user_id": {"S": "u2"}, "email": {"S": "bo@example.com"}}


def test_the_same_items_in_dynamodb_json(client: Any) -> None:
    plain = [{"user_id": "u1", "n": 5}]
    wire = [{"user_id": {"S": "u1"}, "n": {"N": "5"}}]
    assert read(plain, client) == {"user_id": {"S": "u1"}, "n": {"N": "5"}}
    assert read(wire, client, format="dynamodb") == {"user_id": {"S": "u1"}, "n": {"N": "5"}}
    # The plain item is not mistaken for DynamoDB JSON, nor the other way round.
    with pytest.raises(DynaFakeError) as raised:
        DynaFake().table("users", "user_id", items=plain, format="dynamodb")
    assert str(raised.value).startswith("table 'users', item 0, attribute 'user_id': 'u1' is not")


def test_a_key_seen_twice_in_one_list_is_refused_on_found_items(client: Any) -> None:
    item = copy.deepcopy(ITEM)
    read([item], client)
    with pytest.raises(DynaFakeError) as raised:
        DynaFake().table("users", "user_id", items=[item, copy.deepcopy(item)])
    assert str(raised.value) == (
        "table 'users', item 1: duplicate primary key {'user_id': {'S': 'u1'}}; item 0 has the "
        "same key and DynamoDB keeps one item per key"
    )


def test_an_item_pickle_cannot_take_is_converted_every_time(client: Any) -> None:
    class Attributes(dict[str, Any]):  # a local class: pickle cannot name it
        pass

    items = [Attributes(user_id="u1", city="London")]
    assert fingerprint(b"", items[0]) is None
    assert read(items, client)["city"] == {"S": "London"}
    items[0]["city"] = "Paris"
    assert read(items, client)["city"] == {"S": "Paris"}


def test_the_cache_is_bounded() -> None:
    cache: SeedCache[str] = SeedCache(max_entries=3, max_text=10, text_of=len)
    for n, text in enumerate(["aaaa", "bbb", "cc", "d"]):
        cache.put(bytes([n]), text)
    assert [cache.get(bytes([n])) for n in range(4)] == [None, "bbb", "cc", "d"]
    cache.put(b"x", "eeeeeeeee")  # 9 characters: only "d" fits beside it
    assert [cache.get(k) for k in (b"\x01", b"\x02", b"\x03", b"x")] == [
        None,
        None,
        "d",
        "eeeeeeeee",
    ]
    cache.put(b"y", "f" * 11)  # larger than the whole budget: never kept
    assert cache.get(b"y") is None
    assert len(cache) == 2


def stored_bytes_per_item(count: int, seed: Callable[[list[dict[str, Any]]], Any]) -> float:
    items = [
        {
            "user_id": f"user#{n:06d}",
            "name": f"Customer Number {n} " + "x" * 40,
            "scores": [(n * k) % 997 for k in range(12)],
            "tags": [f"tag-{n % 7}-{k}" for k in range(8)],
            "address": {"street": f"{n} Long Street", "geo": {"lat": Decimal("40.7128")}},
            "prefs": {f"opt{k}": (n + k) % 2 == 0 for k in range(10)},
            "notes": "lorem ipsum dolor sit amet " * 20,
        }
        for n in range(count)
    ]
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = seed(items)
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert kept is not None
    return (after - before) / count


def test_a_stored_1_kb_item_takes_under_2_kb() -> None:
    # The wire form as dicts took about 11 KB besides the text.
    def seed(items: list[dict[str, Any]]) -> DynaFake:
        fake = DynaFake()
        fake.table("users", "user_id", items=items)
        return fake

    assert stored_bytes_per_item(500, seed) < 2048
