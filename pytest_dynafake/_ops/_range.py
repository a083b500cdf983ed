"""One page of a Query or Scan: Limit, the 1 MB limit, the filter, Count and ScannedCount,
LastEvaluatedKey and ConsumedCapacity, with the service's arithmetic.

- ``Limit`` counts items *evaluated*, before the filter; a page that stops on it has a
  LastEvaluatedKey, even when no item is left (DynamoDB Local and the service alike).
- The 1 MB limit is on the data *read*, before the filter and the projection (AWS API
  reference, Query: "a maximum of 1 MB of data and then apply any filtering"); the item that
  crosses 1 MB is still part of the page (a full eventually consistent page of small items
  costs 128.5 units, 257 4 KB units: the crossing item counted). When that item is the last
  one, the page has no LastEvaluatedKey (DynamoDB Local).
- Capacity: 4 KB units over the *summed* size of the items read on the page, rounded up,
  x0.5 for an eventually consistent read, at least one unit ("Queries that do not return
  results consume the minimum number of read capacity units", API reference); items dropped
  by the filter and a ``COUNT`` cost what they read. Reading a local secondary index for
  attributes it does not project fetches each item from the table, one rounded read each, and
  the 1 MB then measures the index entries rounded up to 4 KB plus each item fetched rounded
  up to 4 KB (Developer Guide, "Local secondary indexes", read capacity units). An index entry
  counts by its projection ("the sum of all projected attribute sizes", ibid. and "Global
  secondary indexes"); DynamoDB Local counts whole items.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, NamedTuple, Protocol

from .._capacity import READ_UNIT, read_units
from .._store import Entry, StoredItem
from .._wire import Item, dumps

PAGE_LIMIT = 1024 * 1024


class Filter(Protocol):
    def matches(self, item: Item) -> bool: ...


class PageSpec(NamedTuple):
    """What a validated Query or Scan does with each entry it reads."""

    table: str  # as named in the request, for ConsumedCapacity
    index_name: str | None
    global_index: bool
    limit: int | None
    filter: Filter | None
    # The response text of an item; None for Select COUNT.
    output: Callable[[StoredItem], str] | None
    # Bytes of one entry as the source holds it (an index holds its projection).
    read_size: Callable[[StoredItem], int]
    fetch: bool  # an LSI read that fetches each item from the table
    last_key: Callable[[Entry], str]  # LastEvaluatedKey (JSON): the index key, the table key
    start_key: str | None  # the request's ExclusiveStartKey, JSON (an empty page's last key)
    mode: str
    consistent: bool
    # Query: whether an entry is the last the key condition allows (a page its Limit ends
    # there has no cursor); None when that cannot be known from one entry.
    ends_at: Callable[[Entry], bool] | None = None


class Page(NamedTuple):
    """A page's response body and its LastEvaluatedKey (JSON text), if any."""

    text: str
    last_key: str | None


def run_page(
    spec: PageSpec,
    entries: Iterable[Entry],
    end_after: int | None = None,
    before_match: bool = False,
) -> Page:
    """One page. A fault's directive may end it early, with a LastEvaluatedKey: after
    ``end_after`` items evaluated, or (``before_match``) before the first item it would
    return, once it evaluated an item its filter dropped. Without a cursor to give, the page
    ends as it would have."""
    limit = spec.limit
    matches = spec.filter.matches if spec.filter is not None else None
    output = spec.output
    read_size = spec.read_size
    found: list[str] = []
    scanned = 0
    read = 0
    fetched = 0.0
    fetched_bytes = 0
    last: Entry | None = None
    can_cut = spec.start_key is not None
    cut = end_after == 0 and can_cut
    if not cut:
        pending = iter(entries)
        for entry in pending:
            stored = entry.item
            selected = matches is None or matches(stored.wire)
            # Only after an item its filter dropped: a cursor equal to the request's own
            # ExclusiveStartKey would stop botocore's paginators ("The same next token was
            # received twice"), and the service never answers one.
            if selected and before_match and last is not None:
                cut = True
                break
            scanned += 1
            last = entry
            read += read_size(stored)
            if spec.fetch:
                fetched += read_units(stored.size, consistent=spec.consistent)
                fetched_bytes += -(-stored.size // READ_UNIT) * READ_UNIT
            if selected:
                found.append(output(stored) if output is not None else "")
            if scanned == end_after:
                cut = True
                break
            if scanned == limit:
                cut = spec.ends_at is None or not spec.ends_at(entry)
                break
            if read >= PAGE_LIMIT or (
                fetched_bytes and -(-read // READ_UNIT) * READ_UNIT + fetched_bytes >= PAGE_LIMIT
            ):
                # A page the 1 MB limit ends on the last item has no cursor (DDBL; no live
                # capture either way); one a Limit ends there has one.
                cut = next(pending, None) is not None
                break
    parts = []
    if output is not None:
        parts.append('"Items":[' + ",".join(found) + "]")
    parts.append(f'"Count":{len(found)},"ScannedCount":{scanned}')
    last_key = None
    if cut:
        last_key = spec.last_key(last) if last is not None else spec.start_key
        if last_key is not None:
            parts.append('"LastEvaluatedKey":' + last_key)
    if spec.mode != "NONE":
        parts.append('"ConsumedCapacity":' + dumps(capacity(spec, read, fetched)))
    return Page("{" + ",".join(parts) + "}", last_key)


def first_match_after_a_drop(spec: PageSpec, entries: Iterable[Entry]) -> bool:
    """Whether the page, read as it would be, drops an item (filter) before the first item
    it returns, or stops on its limits having returned nothing: then it can end empty with a
    cursor. A page that reaches the end returning nothing has no cursor to give."""
    matches = spec.filter.matches if spec.filter is not None else None
    read = 0
    for scanned, entry in enumerate(entries):
        if matches is None or matches(entry.item.wire):
            return scanned > 0
        read += spec.read_size(entry.item)
        if scanned + 1 == spec.limit or read >= PAGE_LIMIT:
            return True
    return False


def units(size: int, *, consistent: bool) -> float:
    """Units for the items a page read: 4 KB units over their summed size, at least one."""
    whole = max(1, -(-size // READ_UNIT))
    return float(whole) if consistent else whole / 2


def capacity(spec: PageSpec, read: int, fetched: float) -> dict[str, Any]:
    main = units(read, consistent=spec.consistent)
    table, index = (fetched, main) if spec.index_name is not None else (main, 0.0)
    entry: dict[str, Any] = {"TableName": spec.table, "CapacityUnits": table + index}
    if spec.mode == "INDEXES":
        entry["Table"] = {"CapacityUnits": table}
        if spec.index_name is not None:
            kind = "GlobalSecondaryIndexes" if spec.global_index else "LocalSecondaryIndexes"
            entry[kind] = {spec.index_name: {"CapacityUnits": index}}
    return entry
