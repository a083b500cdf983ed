"""The orders in which DynamoDB Local (Java) lists names in its messages: a ``HashSet``'s
iteration order (buckets of ``String.hashCode``) or ``Collections.sort`` (UTF-16 code units),
each checked against DynamoDB Local's answers; the projection's (``path_set_order``) read off
its classes too (``javap -c``)."""

from __future__ import annotations

from collections.abc import Iterable


def _hash(name: str) -> int:
    """Java's ``String.hashCode``: over UTF-16 code units, as an unsigned 32-bit value."""
    data = name.encode("utf-16-be", "surrogatepass")
    code = 0
    for i in range(0, len(data), 2):
        code = (31 * code + int.from_bytes(data[i : i + 2], "big")) & 0xFFFFFFFF
    return code


def _spread(code: int, capacity: int) -> int:
    """The bucket of a hash code in a Java ``HashMap`` of that capacity (``HashMap.hash``)."""
    return (code ^ (code >> 16)) & (capacity - 1)


def bucket(name: str, capacity: int) -> int:
    """The bucket of a string in a Java ``HashMap`` of that capacity."""
    return _spread(_hash(name), capacity)


def _grown(count: int) -> int:
    """The capacity of a ``HashMap`` ``count`` keys were added to one by one: 16, doubled
    past 3/4 full."""
    capacity = 16
    while count > capacity * 3 // 4:
        capacity *= 2
    return capacity


def grown_order(names: Iterable[str]) -> list[str]:
    """The names (first occurrences, in order) as a ``HashSet`` they were added to one by one
    iterates them: by bucket; a bucket keeps the order of addition (a resize keeps it too)."""
    unique = list(dict.fromkeys(names))
    capacity = _grown(len(unique))
    return sorted(unique, key=lambda name: bucket(name, capacity))


# commons-lang's HashCodeBuilder(8191, 127).append(fieldName): the hash of DynamoDB Local's
# DocPathMapElement, the key of a projection tree's children.
_PATH_SEED = 8191 * 127


def path_set_order(names: Iterable[str]) -> list[str]:
    """The top-level names of a ProjectionExpression as DynamoDB Local's set of them iterates
    (``ExpressionUtils.getProjectionExpressionTopLevelAttributes``): the paths go into a
    ``HashMap`` keyed by path element (last to first, as its parser builds the tree), whose
    keys are then added, in that map's order, to a ``HashSet`` of names. ``names`` come in the
    expression's order."""
    unique = list(dict.fromkeys(reversed(list(names))))
    capacity = _grown(len(unique))
    by_path = sorted(unique, key=lambda n: _spread((_PATH_SEED + _hash(n)) & 0xFFFFFFFF, capacity))
    return sorted(by_path, key=lambda name: bucket(name, capacity))


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
