"""What a seeded item costs: a stored item keeps its JSON text only."""

from __future__ import annotations

import gc
import tracemalloc
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from pytest_dynafake import DynaFake


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
