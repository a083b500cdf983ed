"""Writes to the store: ``Table.apply`` (puts and deletes) and copy-on-write copies.

No operation writes through the SDK on this branch yet, so these tests call ``_store``
directly. The oracle: after any sequence of writes, every read of the written table (Scan in
every segmentation, Query of every partition both ways, every index's Scan and Query with its
projection) equals the same read of a table seeded afresh with the resulting items.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from pytest_dynafake import DynaFake
from pytest_dynafake import _validation as v
from pytest_dynafake._seeding import prepare
from pytest_dynafake._store import Entry, LookupKey, StoredItem, Table
from pytest_dynafake._store.overlay import Overlay

INDEXES: dict[str, Any] = {
    "by_status": {"partition_key": "status", "sort_key": ("n", "N")},
    "by_tag": {"partition_key": "tag", "projection": "KEYS_ONLY"},
    "by_rank": {"sort_key": ("rank", "N"), "local": True, "projection": ["note"]},
}


def declare(fake: DynaFake, name: str = "things", items: list[dict[str, Any]] = ()) -> Table:  # type: ignore[assignment]
    fake.table(name, "pk", ("sk", "N"), indexes=INDEXES, items=items)
    return fake._tables.view[name]


def stored(table: Table, items: list[dict[str, Any]]) -> list[tuple[LookupKey, StoredItem]]:
    return prepare(table, items, "python")


def key(table: Table, pk: str, sk: int) -> LookupKey:
    return table.key_of_item({"pk": {"S": pk}, "sk": {"N": str(sk)}})


def read(entries: Iterator[Entry], source: Any) -> list[Any]:
    return [(entry.key, entry.index_key, source.project(entry.item)) for entry in entries]


def everything(table: Table) -> dict[str, Any]:
    """Every read the range API offers, of the table and of each index."""
    out: dict[str, Any] = {"items": {k: s.json for k, s in table.items.items()}}
    sources: list[Any] = [table, *table.indexes.values()]
    for source in sources:
        scans = {
            (segment, total): read(source.scan(segment, total), source)
            for total in (1, 3)
            for segment in range(total)
        }
        partitions = sorted(
            {e.key[:1] if source is table else e.index_key[:1] for e in source.scan()}
        )
        queries = {
            (p, forward): read(source.query(p, forward=forward), source)
            for p in partitions
            for forward in (True, False)
        }
        out[source.name] = (scans, queries)
        if source is not table:
            out[source.name + " count"] = source.item_count()
    return out


def fresh(items: dict[LookupKey, dict[str, Any]]) -> dict[str, Any]:
    return everything(declare(DynaFake(), items=list(items.values())))


def item(pk: str, sk: int, **attributes: Any) -> dict[str, Any]:
    return {"pk": pk, "sk": sk, **attributes}


BASE = [
    item("a", 1, status="open", n=3, tag="x", rank=2, note="one"),
    item("a", 2, status="open", n=1, rank=1),
    item("a", 3, status="done", n=2, tag="y", note="three"),
    item("b", 1, status="done", n=5, tag="x", rank=7),
    item("c", 1, note="no index attributes"),
]


def model(table: Table, items: list[dict[str, Any]]) -> dict[LookupKey, dict[str, Any]]:
    return {k: i for (k, _), i in zip(stored(table, items), items, strict=True)}


@pytest.mark.parametrize("built", [True, False], ids=["read-before", "read-after"])
def test_puts_and_deletes_keep_partitions_and_every_index_right(built: bool) -> None:
    table = declare(DynaFake(), items=BASE)
    if built:
        everything(table)  # partitions and indexes built before the writes
    writes = [
        item("a", 1, status="done", n=9, tag="z", rank=3, note="moved in every index"),
        item("a", 4, status="open", n=0),  # a new item in an existing partition
        item("d", 1, status="new", n=1, tag="x"),  # a new partition, a new GSI partition
        item("b", 1, note="left every index"),  # sparse: no index attribute any more
        item("c", 1, status="open", n=3, tag="x", rank=1),  # joins every index
    ]
    table.apply(stored(table, writes))
    table.apply([(key(table, "a", 2), None), (key(table, "a", 3), None)])
    table.apply([(key(table, "zz", 9), None)])  # deleting what is not there changes nothing
    expected = model(table, BASE)
    expected.update(model(table, writes))
    del expected[key(table, "a", 2)], expected[key(table, "a", 3)]
    assert everything(table) == fresh(expected)


def test_a_deleted_partition_is_gone_from_scan_and_query() -> None:
    table = declare(DynaFake(), items=BASE)
    everything(table)
    table.apply([(key(table, "b", 1), None), (key(table, "c", 1), None)])
    assert [e.key for e in table.scan()] == [key(table, "a", i) for i in (1, 2, 3)]
    assert list(table.query(("b",))) == []
    assert list(table.indexes["by_status"].query(("done",))) == [
        e for e in table.indexes["by_status"].query(("done",)) if e.key[0] == "a"
    ]
    assert len(list(table.indexes["by_status"].query(("done",)))) == 1


def test_delete_then_put_again_in_one_apply() -> None:
    table = declare(DynaFake(), items=BASE)
    everything(table)
    again = item("a", 1, status="back", n=1)
    table.apply([(key(table, "a", 1), None), *stored(table, [again])])
    expected = model(table, BASE)
    expected[key(table, "a", 1)] = again
    assert everything(table) == fresh(expected)


@pytest.mark.parametrize("base_built", [True, False], ids=["base-read", "base-unread"])
@pytest.mark.parametrize("copy_built", [True, False], ids=["copy-read-first", "copy-read-after"])
def test_a_copys_writes_never_reach_its_base(base_built: bool, copy_built: bool) -> None:
    base = declare(DynaFake(), items=BASE)
    if base_built:
        everything(base)
    before = fresh(model(base, BASE))
    copy = base.copy()
    if copy_built:
        everything(copy)
    writes = [item("a", 1, status="copy", n=1, tag="c"), item("e", 1, status="open", n=4)]
    copy.apply(stored(copy, writes))
    copy.apply([(key(copy, "a", 2), None), (key(copy, "b", 1), None)])
    expected = model(base, BASE)
    expected.update(model(base, writes))
    del expected[key(base, "a", 2)], expected[key(base, "b", 1)]
    assert everything(copy) == fresh(expected)
    assert everything(base) == before


def test_a_key_deleted_in_a_copy_is_gone_there_and_still_in_the_base() -> None:
    base = declare(DynaFake(), items=BASE)
    everything(base)  # the copy builds its partitions and indexes from these, plus its log
    copy = base.copy()
    gone = key(base, "a", 1)
    copy.apply([(gone, None)])
    assert gone not in copy.items
    assert gone not in [e.key for e in copy.scan()]
    assert gone not in [e.key for e in copy.query(("a",))]
    for index in copy.indexes.values():
        assert gone not in [e.key for e in index.scan()]
    assert copy.indexes["by_status"].item_count() == 3
    assert gone in base.items
    assert gone in [e.key for e in base.indexes["by_tag"].scan()]
    assert base.indexes["by_status"].item_count() == 4


def test_a_copy_of_a_copy_keeps_both_apart() -> None:
    base = declare(DynaFake(), items=BASE)
    first = base.copy()
    first.apply([(key(base, "a", 1), None)])
    second = first.copy()
    second.apply(stored(second, [item("a", 1, status="second", n=1)]))
    first.apply([(key(base, "a", 2), None)])
    expected_first = model(base, BASE)
    del expected_first[key(base, "a", 1)], expected_first[key(base, "a", 2)]
    expected_second = model(base, BASE)
    expected_second[key(base, "a", 1)] = item("a", 1, status="second", n=1)
    assert everything(first) == fresh(expected_first)
    assert everything(second) == fresh(expected_second)
    assert everything(base) == fresh(model(base, BASE))


def test_a_base_written_after_a_copy_does_not_change_the_copy() -> None:
    base = declare(DynaFake(), items=BASE)
    copy = base.copy()
    base.apply([(key(base, "a", 1), None), *stored(base, [item("f", 1, status="x", n=1)])])
    assert everything(copy) == fresh(model(base, BASE))


@pytest.mark.parametrize("seed", range(6))
def test_random_writes_on_a_copy_match_a_fresh_table(seed: int) -> None:
    chooser = random.Random(seed)
    base = declare(DynaFake(), items=BASE)
    if seed % 2:
        everything(base)
    table = base.copy() if seed % 3 else base
    expected = model(base, BASE)
    for step in range(40):
        pk, sk = chooser.choice("abcdef"), chooser.randint(1, 4)
        if chooser.random() < 0.35:
            table.apply([(key(table, pk, sk), None)])
            expected.pop(key(table, pk, sk), None)
        else:
            attributes = {
                name: value
                for name, value in (
                    ("status", chooser.choice(["open", "done"])),
                    ("n", Decimal(chooser.randint(0, 3))),
                    ("tag", chooser.choice("xy")),
                    ("rank", chooser.randint(0, 3)),
                    ("note", f"step {step}"),
                )
                if chooser.random() < 0.7
            }
            new = item(pk, sk, **attributes)
            table.apply(stored(table, [new]))
            expected.update(model(table, [new]))
        if step % 13 == 0:
            everything(table)  # build partitions and indexes at various points
    assert everything(table) == fresh(expected)


def test_the_writer_copies_a_base_table_once_and_never_changes_the_base() -> None:
    base = DynaFake()
    declare(base, items=BASE)
    layer = base.layer()
    writer = layer._tables
    arn = "arn:aws:dynamodb:us-east-1:123456789012:table/things"
    with writer.lock, writer.lock:  # reentrant
        table = writer.writable(arn)
        assert writer.writable("things") is table
    table.apply([(key(table, "a", 1), None)])
    assert len(layer.tables["things"]) == 4
    assert len(base.tables["things"]) == 5


def test_the_writer_refuses_an_unknown_table_as_resolve_does() -> None:
    with pytest.raises(v.AwsError) as raised:
        DynaFake()._tables.writable("nope")
    assert (raised.value.code, raised.value.message) == (
        "ResourceNotFoundException",
        "Requested resource not found",
    )


def test_a_layer_drops_and_creates_tables_without_changing_its_base() -> None:
    base = DynaFake()
    declare(base, items=BASE)
    layer = base.layer()
    writer = layer._tables
    dropped = writer.drop("things")
    assert dropped is base._tables.view["things"]
    assert list(layer.tables) == []
    assert "things" not in writer.view
    assert list(base.tables) == ["things"]
    with pytest.raises(v.AwsError) as raised:
        writer.drop("things")
    assert (raised.value.code, raised.value.message) == (
        "ResourceNotFoundException",
        "Requested resource not found: Table: things not found",
    )
    created = Table("things", dropped.hash_key, dropped.range_key)
    writer.create(created)
    assert writer.view["things"] is created
    assert len(layer.tables["things"]) == 0
    with pytest.raises(v.AwsError) as raised:
        writer.create(Table("things", dropped.hash_key, None))
    assert (raised.value.code, raised.value.message) == (
        "ResourceInUseException",
        "Table already exists: things",
    )
    assert len(base.tables["things"]) == 5


def test_a_copy_shares_its_bases_maps_instead_of_copying_them() -> None:
    # The cost of a test's first write to a shared table: no copy of its 100,000 items or
    # partitions, only of the partitions it changes (benchmarks: docs/benchmark.md).
    base = declare(DynaFake(), items=BASE)
    everything(base)
    items, partitions = base.items, base.ranges().partitions
    copy = base.copy()
    copy.apply(stored(copy, [item("g", 1)]))
    assert isinstance(copy.items, Overlay)
    assert copy.items.base is items
    assert isinstance(copy.ranges().partitions, Overlay)
    assert copy.ranges().partitions.base is partitions  # type: ignore[attr-defined]
    assert base.items is items  # the base copies its dict only if it changes later
    base.apply(stored(base, [item("h", 1)]))
    assert base.items is not items
    assert key(base, "h", 1) not in copy.items
