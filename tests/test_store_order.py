"""The store's key order and its range API (Query and Scan read through it).

No operation serves ranges yet on this branch, so these tests call the range API of
``pytest_dynafake._store`` directly, on tables declared and seeded through the public API.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from pytest_dynafake import DynaFake
from pytest_dynafake._store import TOP, Entry, SortCondition, Table, order_value
from pytest_dynafake._store.keys import prefix_end


def store(fake: DynaFake, name: str) -> Table:
    return fake._tables.view[name]


def sort_values(entries: Any, attribute: str = "sk") -> list[Any]:
    return [next(iter(entry.item.wire[attribute].values())) for entry in entries]


def seeded(fake: DynaFake, kind: str, values: list[Any], name: str = "things") -> Table:
    fake.table(name, ("pk", "S"), ("sk", kind), items=[{"pk": "p", "sk": x} for x in values])
    return store(fake, name)


def test_strings_sort_by_utf8_bytes_not_utf16_units(dynafake: DynaFake) -> None:
    # U+FFFF is one UTF-16 unit (FFFF) and U+1F600 two (D83D DE00): Java's String order puts
    # the emoji first; UTF-8 bytes (EF BF BF vs F0 9F 98 80) put it last, as DynamoDB does.
    values = ["\U0001f600", "\uffff", "\ue000", "\ud7ff", "a", "Z", "\u00e9"]
    table = seeded(dynafake, "S", values)
    assert sort_values(table.query(("p",))) == [
        "Z",
        "a",
        "\u00e9",
        "\ud7ff",
        "\ue000",
        "\uffff",
        "\U0001f600",
    ]


def test_binaries_sort_as_unsigned_bytes(dynafake: DynaFake) -> None:
    table = seeded(dynafake, "B", [b"\xff\x00", b"\x80", b"\x00", b"\x7f", b"\xff", b"\x01\x02"])
    assert [e.key[1] for e in table.query(("p",))] == [
        b"\x00",
        b"\x01\x02",
        b"\x7f",
        b"\x80",
        b"\xff",
        b"\xff\x00",
    ]


def test_numbers_sort_numerically(dynafake: DynaFake) -> None:
    values = [Decimal("1E+2"), 10, -1, Decimal("-1.5"), Decimal("0.001"), 0, Decimal("99.99")]
    table = seeded(dynafake, "N", values)
    assert [e.key[1] for e in table.query(("p",))] == [
        "-1.5",
        "-1",
        "0",
        "0.001",
        "10",
        "99.99",
        "100",
    ]


def test_one_number_spelled_two_ways_is_one_key(dynafake: DynaFake) -> None:
    table = seeded(dynafake, "N", [Decimal("1.50")])
    key = table.lookup_key({"pk": {"S": "p"}, "sk": {"N": "15E-1"}})
    assert key == ("p", "1.5")
    assert table.get(key) is not None
    condition = SortCondition((), "=", ("1.5",))
    assert [e.key for e in table.query(("p",), condition)] == [("p", "1.5")]


@pytest.mark.parametrize(
    ("op", "values", "expected"),
    [
        ("=", ("3",), [3]),
        ("<", ("3",), [-2, 1]),
        ("<=", ("3",), [-2, 1, 3]),
        (">", ("3",), [5, 40]),
        (">=", ("3",), [3, 5, 40]),
        ("BETWEEN", ("1", "5"), [1, 3, 5]),
        ("BETWEEN", ("2", "4"), [3]),
        ("=", ("4",), []),
    ],
)
def test_sort_conditions_on_numbers(
    dynafake: DynaFake, op: str, values: tuple[str, ...], expected: list[int]
) -> None:
    table = seeded(dynafake, "N", [40, 3, -2, 5, 1])
    condition = SortCondition((), op, values)
    assert [int(e.key[1]) for e in table.query(("p",), condition)] == expected
    backwards = table.query(("p",), condition, forward=False)
    assert [int(e.key[1]) for e in backwards] == expected[::-1]


def test_begins_with_on_strings_and_binaries(dynafake: DynaFake) -> None:
    words = ["ab", "a", "abc", "b", "a\U0010ffff", "a\U0010ffffz", "ac", "\U0010ffff"]
    table = seeded(dynafake, "S", words)

    def starting(prefix: str) -> list[Any]:
        return [e.key[1] for e in table.query(("p",), SortCondition((), "BEGINS_WITH", (prefix,)))]

    assert starting("a") == ["a", "ab", "abc", "ac", "a\U0010ffff", "a\U0010ffffz"]
    assert starting("ab") == ["ab", "abc"]
    assert starting("a\U0010ffff") == ["a\U0010ffff", "a\U0010ffffz"]
    assert starting("\U0010ffff") == ["\U0010ffff"]
    blobs = seeded(dynafake, "B", [b"\xff", b"\xff\xff", b"\xfe\xff", b"\xff\x00"], "blobs")
    found = blobs.query(("p",), SortCondition((), "BEGINS_WITH", (b"\xff",)))
    assert [e.key[1] for e in found] == [b"\xff", b"\xff\x00", b"\xff\xff"]


def test_prefix_end_skips_the_surrogates() -> None:
    assert prefix_end("a\ud7ff") == "a\ue000"
    assert prefix_end(b"a\xff") == b"b"
    assert prefix_end(b"\xff\xff") is TOP
    assert order_value("N", "-1") < order_value("N", "1E-130")  # type: ignore[operator]


def test_start_after_continues_in_either_direction(dynafake: DynaFake) -> None:
    table = seeded(dynafake, "N", [1, 2, 3, 4, 5])
    start = table.start_key({"pk": {"S": "p"}, "sk": {"N": "3"}})
    assert [e.key[1] for e in table.query(("p",), start_after=start)] == ["4", "5"]
    backwards = table.query(("p",), forward=False, start_after=start)
    assert [e.key[1] for e in backwards] == ["2", "1"]
    # A start key that is no longer stored still places the page.
    gone = table.start_key({"pk": {"S": "p"}, "sk": {"N": "2.5"}})
    assert [e.key[1] for e in table.query(("p",), start_after=gone)] == ["3", "4", "5"]
    assert table.last_key(next(table.query(("p",)))) == {"pk": {"S": "p"}, "sk": {"N": "1"}}


def test_a_query_reads_one_partition_only(dynafake: DynaFake) -> None:
    dynafake.table(
        "things",
        ("pk", "S"),
        ("sk", "N"),
        items=[{"pk": p, "sk": n} for p in ("a", "b", "c") for n in (2, 1)],
    )
    table = store(dynafake, "things")
    assert [e.key for e in table.query(("b",))] == [("b", "1"), ("b", "2")]
    assert list(table.query(("zzz",))) == []


def test_a_seed_after_a_read_is_in_order(dynafake: DynaFake) -> None:
    things = dynafake.table("things", ("pk", "S"), ("sk", "N"), items=[{"pk": "p", "sk": 5}])
    table = store(dynafake, "things")
    assert [e.key[1] for e in table.query(("p",))] == ["5"]
    things.put_items([{"pk": "p", "sk": 1}, {"pk": "p", "sk": 9}, {"pk": "q", "sk": 0}])
    assert [e.key[1] for e in table.query(("p",))] == ["1", "5", "9"]
    assert sorted(e.key for e in table.scan()) == [("p", "1"), ("p", "5"), ("p", "9"), ("q", "0")]


def test_hash_only_tables_have_one_item_a_partition(dynafake: DynaFake) -> None:
    dynafake.table("users", "user_id", items=[{"user_id": f"u{n}"} for n in range(5)])
    table = store(dynafake, "users")
    assert [e.key for e in table.query(("u3",))] == [("u3",)]
    start = table.start_key({"user_id": {"S": "u3"}})
    assert start.hash_values == ("u3",)


def scan_keys(table: Table, *args: Any, **kwargs: Any) -> list[Any]:
    return [e.key for e in table.scan(*args, **kwargs)]


def test_scan_order_is_stable_and_not_sorted(dynafake: DynaFake) -> None:
    keys = [f"k{n:03}" for n in range(200)]
    dynafake.table("users", "user_id", items=[{"user_id": k} for k in keys])
    table = store(dynafake, "users")
    order = scan_keys(table)
    assert sorted(order) == [(k,) for k in keys]
    assert order != sorted(order)
    assert scan_keys(table) == order
    # The order is the partitions' hash order, not the order of seeding.
    other = DynaFake()
    other.table("users", "user_id", items=[{"user_id": k} for k in reversed(keys)])
    assert scan_keys(store(other, "users")) == order


def test_scan_keeps_each_partition_in_sort_order(dynafake: DynaFake) -> None:
    dynafake.table(
        "things",
        ("pk", "S"),
        ("sk", "N"),
        items=[{"pk": p, "sk": n} for p in ("B", "b", "c", "aa", "a") for n in (3, -1, 10, 2)],
    )
    order = scan_keys(store(dynafake, "things"))
    # Partitions in hash order (descending MD5 of the key's UTF-8 bytes), each in sort order.
    assert order == [(p, n) for p in ("B", "b", "c", "aa", "a") for n in ("-1", "2", "3", "10")]


@pytest.mark.parametrize("total", [1, 2, 3, 4, 7, 16, 1000])
def test_segments_hold_every_item_once(dynafake: DynaFake, total: int) -> None:
    dynafake.table(
        "things",
        ("pk", "N"),
        ("sk", "N"),
        items=[{"pk": p, "sk": s} for p in range(60) for s in range(3)],
    )
    table = store(dynafake, "things")
    segments = [scan_keys(table, segment, total) for segment in range(total)]
    together = [key for segment in segments for key in segment]
    assert sorted(together) == sorted(scan_keys(table))
    assert len(together) == 180
    assert [scan_keys(table, segment, total) for segment in range(total)] == segments
    if total == 1:
        assert segments[0] == scan_keys(table)


def test_scan_start_after_continues_the_segment(dynafake: DynaFake) -> None:
    dynafake.table(
        "things",
        ("pk", "S"),
        ("sk", "N"),
        items=[{"pk": f"p{p}", "sk": s} for p in range(20) for s in range(3)],
    )
    table = store(dynafake, "things")
    for total in (1, 3):
        for segment in range(total):
            whole = list(table.scan(segment, total))
            pages: list[Entry] = []
            start = None
            while True:
                page = []
                for entry in table.scan(segment, total, start_after=start):
                    page.append(entry)
                    if len(page) == 4:
                        break
                pages += page
                if len(page) < 4:
                    break
                start = table.start_key(table.last_key(page[-1]))
            assert [e.key for e in pages] == [e.key for e in whole]


def test_a_layer_seeding_more_does_not_change_its_base(dynafake: DynaFake) -> None:
    base = DynaFake()
    base.table("things", ("pk", "S"), ("sk", "N"), items=[{"pk": "p", "sk": n} for n in (1, 3)])
    base_table = store(base, "things")
    assert [e.key[1] for e in base_table.query(("p",))] == ["1", "3"]
    layer = base.layer()
    layer.tables["things"].put_items([{"pk": "p", "sk": 2}, {"pk": "q", "sk": 0}])
    assert [e.key[1] for e in store(layer, "things").query(("p",))] == ["1", "2", "3"]
    assert [e.key[1] for e in base_table.query(("p",))] == ["1", "3"]
    assert sorted(scan_keys(base_table)) == [("p", "1"), ("p", "3")]
    base.tables["things"].put_items([{"pk": "p", "sk": 0}])
    assert [e.key[1] for e in store(layer, "things").query(("p",))] == ["1", "2", "3"]


def test_layers_share_the_sort_of_their_bases_partitions(
    dynafake: DynaFake, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A test layer writing to a partition of a shared table copies it; the copy must not sort
    the partition again in every test: it is sorted once, on the base, for every layer."""
    from pytest_dynafake._store import ranges

    sizes: list[int] = []

    def counted(members: Any, **options: Any) -> list[Any]:
        found = list(members)
        sizes.append(len(found))
        return sorted(found, **options)

    base = DynaFake()
    base.table(
        "things",
        "pk",
        ("sk", "N"),
        indexes={"by_g": ("g", ("sk", "N"))},
        items=[{"pk": "p", "sk": n, "g": "G"} for n in range(50)] + [{"pk": "q", "sk": 0}],
    )
    base_table = store(base, "things")
    next(base_table.query(("q",)))  # the base's partitions are built, "p" is not sorted yet
    list(base_table.indexes["by_g"].query(("none",)))
    monkeypatch.setattr(ranges, "sorted", counted, raising=False)
    for n in (-1, -2, -3):
        layer = base.layer()
        layer.tables["things"].put_items([{"pk": "p", "sk": n, "g": "G"}])
        copy = store(layer, "things")
        assert [e.key[1] for e in copy.query(("p",))][:2] == [str(n), "0"]
        assert [e.key[1] for e in copy.indexes["by_g"].query(("G",))][:2] == [str(n), "0"]
    assert sizes == [50, 50]  # "p" and "G", each sorted once, on the base


def test_writes_after_a_read_keep_table_and_index_in_order(dynafake: DynaFake) -> None:
    """Writes to a partition already read are put in place; the order must be the one a fresh
    sort gives, for the table and for an index whose sort key changes with the item (equal
    index keys in DynamoDB Local's order, the index's tie-breaker)."""
    import random

    rng = random.Random(7)
    things = dynafake.table("things", "pk", ("sk", "N"), indexes={"by_g": ("g", ("n", "N"))})
    table = store(dynafake, "things")
    by_g = table.indexes["by_g"]
    model: dict[tuple[str, int], tuple[str, int] | None] = {}
    for step in range(300):
        key = ("p", rng.randrange(40))
        value = None if rng.random() < 0.2 else (rng.choice("xy"), rng.randrange(10))
        item: dict[str, Any] = {"pk": key[0], "sk": key[1]}
        if value is not None:
            item.update(g=value[0], n=value[1])
        things.put_items([item])
        model[key] = value
        if step % 7 == 0:
            assert [e.key for e in table.query(("p",))] == [
                ("p", str(sk)) for sk in sorted(sk for _, sk in model)
            ]
            for g in "xy":
                expected = sorted(
                    ((v[1], by_g.tie(("p", str(sk)))), sk)
                    for (_, sk), v in model.items()
                    if v and v[0] == g
                )
                found = [(int(e.index_key[1]), int(e.key[1])) for e in by_g.query((g,))]  # type: ignore[index]
                assert found == [(n, sk) for (n, _), sk in expected]


def test_a_start_key_lies_in_the_segment_its_item_is_scanned_in(dynafake: DynaFake) -> None:
    dynafake.table(
        "things",
        ("pk", "S"),
        ("sk", "N"),
        indexes={"by_g": ("g", ("sk", "N")), "by_l": {"sort_key": ("n", "N"), "local": True}},
        items=[{"pk": f"p{i}", "sk": i % 3, "g": f"g{i % 4}", "n": -i} for i in range(30)],
    )
    table = store(dynafake, "things")
    for source in (table, table.indexes["by_g"], table.indexes["by_l"]):
        for total in (1, 3, 5):
            for segment in range(total):
                for entry in source.scan(segment, total):
                    start = source.start_key(source.last_key(entry))
                    assert source.start_segment(start, total) == segment
