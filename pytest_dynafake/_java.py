"""The orders in which DynamoDB Local (Java) lists names in its messages: a ``HashSet``'s
iteration order (buckets of ``String.hashCode``) or ``Collections.sort`` (UTF-16 code units)."""

from __future__ import annotations

from collections.abc import Iterable


def bucket(name: str, capacity: int) -> int:
    """The bucket of a string in a Java ``HashMap`` of that capacity (``String.hashCode``
    over UTF-16 code units, spread as ``HashMap.hash`` does)."""
    data = name.encode("utf-16-be", "surrogatepass")
    code = 0
    for i in range(0, len(data), 2):
        code = (31 * code + int.from_bytes(data[i : i + 2], "big")) & 0xFFFFFFFF
    return (code ^ (code >> 16)) & (capacity - 1)


def grown_order(names: Iterable[str]) -> list[str]:
    """The names (first occurrences, in order) as a ``HashSet`` they were added to one by one
    iterates them: 16 buckets, doubled past 3/4 full; a bucket keeps the order of addition."""
    unique = list(dict.fromkeys(names))
    capacity = 16
    while len(unique) > capacity * 3 // 4:
        capacity *= 2
    return sorted(unique, key=lambda name: bucket(name, capacity))


def copied_order(names: Iterable[str], total: int) -> list[str]:
    """The names left in a ``HashSet`` copied from a collection of ``total`` names (``new
    HashSet<>(map.keySet())``, then the used ones removed): its capacity is the power of two
    from ``max(total / 0.75 + 1, 16)``; a bucket keeps the order of the copied collection."""
    wanted = max(int(total / 0.75) + 1, 16)
    capacity = 1 << (wanted - 1).bit_length()
    return sorted(dict.fromkeys(names), key=lambda name: bucket(name, capacity))


def sorted_names(names: Iterable[str]) -> list[str]:
    """``Collections.sort`` of Java strings: by UTF-16 code units."""
    return sorted(set(names), key=lambda name: name.encode("utf-16-be", "surrogatepass"))
