"""Seed items converted once per process: a suite seeds the same module-level items in test
after test, and converting and checking a 1 KB item costs several times finding it again.

An item, or a whole list of items, is found again by a digest of its pickle, which holds
every type and value as deep as the item goes: an item changed between two seeds, in place
or replaced (a bool where an int was, a float where a Decimal was, an attribute added),
digests differently and is converted and checked again, so nothing stale is served and no
check is skipped. Equal values of different types (``True == 1``, ``1.5 == Decimal("1.5")``)
pickle differently, which is why the key is not the items' equality. An item pickle cannot
take (a lambda, an object of a local class) is converted every time.
"""

from __future__ import annotations

import hashlib
import pickle
import threading
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from ._store import LookupKey, StoredItem

Entry = tuple[LookupKey, StoredItem]
V = TypeVar("V")


class SeedCache(Generic[V]):
    """Converted seeds by digest, first in, first out past either limit: what the cache keeps
    alive once the tables that stored the items are gone is bounded."""

    def __init__(self, max_entries: int, max_text: int, text_of: Callable[[V], int]) -> None:
        self.max_entries = max_entries
        self.max_text = max_text  # characters of JSON text
        self._text_of = text_of
        self._entries: dict[bytes, V] = {}
        self._text = 0
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, fingerprint: bytes) -> V | None:
        return self._entries.get(fingerprint)

    def put(self, fingerprint: bytes, value: V) -> None:
        size = self._text_of(value)
        if size > self.max_text:
            return
        with self._lock:
            if fingerprint in self._entries:
                return
            self._entries[fingerprint] = value
            self._text += size
            while len(self._entries) > self.max_entries or self._text > self.max_text:
                oldest = next(iter(self._entries))
                self._text -= self._text_of(self._entries.pop(oldest))

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._text = 0


def fingerprint(scope: bytes, seed: object) -> bytes | None:
    """The digest of an item or a list of items within ``scope`` (the key schema and the seed
    format, which the conversion depends on); None for what pickle cannot take."""
    try:
        data = pickle.dumps(seed, pickle.HIGHEST_PROTOCOL)
    except Exception:  # whatever a custom __reduce__ raises
        return None
    digest = hashlib.sha256(scope)  # the fastest of hashlib's where CPUs have SHA instructions
    digest.update(data)
    return digest.digest()


def _batch_text(entries: Sequence[Entry]) -> int:
    return sum(len(stored.json) for _, stored in entries)


ITEMS: SeedCache[Entry] = SeedCache(10_000, 4 * 1024 * 1024, lambda entry: len(entry[1].json))
# Whole lists (the StoredItems are those of ITEMS: their text is counted twice, which only
# makes the bound stricter). Larger lists are not pickled whole.
BATCHES: SeedCache[tuple[Entry, ...]] = SeedCache(1_000, 4 * 1024 * 1024, _batch_text)
MAX_BATCH = 1_000
