"""Scan: every item of a table or index, a page at a time, optionally one segment of a
parallel scan. Scan order is not key order (as on DynamoDB): code that assumes a sorted Scan
fails here too."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from .._projection import from_request
from .._store import item_json
from ._common import RequestContext, Target, resolve
from ._range import PageSpec, run_page
from ._range_checks import check_request
from ._range_source import Source


def scan(body: Mapping[str, Any], context: RequestContext) -> RangePlan:
    request = check_request(body, query=False)
    projection = from_request(body)
    table = resolve(context, request.table)
    source = Source(table, request, query=False)
    if request.total_segments is not None and request.segment is not None:
        source.check_segment(request.segment, request.total_segments)
    if projection is not None:
        projection.check_keys(table.key_names)
    output = None
    if request.select != "COUNT":
        if projection is None:
            output = _whole
        else:
            output = lambda stored: item_json(stored.project(projection))  # noqa: E731
    spec = PageSpec(
        table=request.table,
        index_name=None,
        global_index=False,
        limit=request.limit,
        filter=None,
        output=output,
        read_size=_size,
        fetch=False,
        key_names=source.key_names,
        mode=request.mode,
        consistent=request.consistent,
    )
    entries = source.scan(request.segment, request.total_segments)
    return RangePlan(Target(request.table, table, None), spec, entries)


def _whole(stored: Any) -> str:
    return str(stored.json)


def _size(stored: Any) -> int:
    return int(stored.size)


class RangePlan:
    """A validated Query or Scan: one page, run when the faults let it."""

    __slots__ = ("entries", "spec", "target")

    def __init__(self, target: Target, spec: PageSpec, entries: Any) -> None:
        self.target = target
        self.spec = spec
        self.entries = entries

    @property
    def targets(self) -> Sequence[Target]:
        return (self.target,)

    def run(self, held: Collection[int] = (), *, end_after: int | None = None) -> str:
        return run_page(self.spec, self.entries, end_after)
