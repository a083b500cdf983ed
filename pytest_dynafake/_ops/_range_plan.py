"""What Query and Scan share once the request is checked: the expressions, the table or index
read, Select, projections through an index, and the plan that runs one page.

Order after the member constraints (DynamoDB Local's, where no live capture says otherwise):
the expressions (:func:`~.._expr.parse_request`, which calls back for the start key's values
and Scan's segment rules at the point DynamoDB checks them); the table; the index;
ConsistentRead on a GSI; the start key against the key schema; (Query) the key condition;
then the Select combinations; the projection and the filter through an index.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any

from .. import _messages_range as m
from .. import _validation as v
from .._expr import Expressions, Projection, parse_request
from .._store import StoredItem, Table, item_json
from .._wire import dumps
from ._common import RequestContext, Target, resolve
from ._range import PageSpec, run_page
from ._range_checks import RangeRequest, check_request, check_segments, check_start_values
from ._range_source import Source


class Prepared:
    """A request checked up to its table: what :func:`plan` needs to finish."""

    def __init__(
        self, request: RangeRequest, exprs: Expressions, table: Table, source: Source
    ) -> None:
        self.request = request
        self.exprs = exprs
        self.table = table
        self.source = source


def prepare(body: Mapping[str, Any], context: RequestContext, *, query: bool) -> Prepared:
    """Check a Query (``query``) or Scan up to its key condition."""
    request = check_request(body, query=query)

    def start_key_check() -> None:
        if request.start_key is not None:
            check_start_values(request.start_key)
        if not query:
            check_segments(request.segment, request.total_segments)

    exprs = parse_request(
        body,
        key_condition=query,
        filter=True,
        projection=True,
        filter_member="QueryFilter" if query else "ScanFilter",
        start_key_check=start_key_check,
    )
    table = resolve(context, request.table)
    source = Source(table, request, query=query)
    return Prepared(request, exprs, table, source)


def plan(prepared: Prepared, entries: Iterable[StoredItem], *, query: bool) -> RangePlan:
    """Finish the checks (Select, projections through an index) and plan the page."""
    request, exprs, table, source = (
        prepared.request,
        prepared.exprs,
        prepared.table,
        prepared.source,
    )
    check_select(request, exprs.projection, has_index=request.index_name is not None)
    projection = exprs.projection
    if projection is not None:
        projection.check_keys(table.key_names)
    if query and exprs.filter is not None:
        exprs.filter.check_keys(source.key_names[: source.schema_size], source.key_names)
    output: Callable[[StoredItem], str] | None = None
    if request.select != "COUNT":
        output = _whole if projection is None else _projector(projection)
    spec = PageSpec(
        table=request.table,
        index_name=None,
        global_index=False,
        limit=request.limit,
        filter=exprs.filter,
        output=output,
        read_size=_size,
        fetch=False,
        key_names=source.key_names,
        start_key=None if request.start_key is None else dumps(request.start_key),
        mode=request.mode,
        consistent=request.consistent,
    )
    return RangePlan(Target(request.table, table, None), spec, entries, source.start is not None)


def check_select(request: RangeRequest, projection: Projection | None, *, has_index: bool) -> None:
    """Select against the projection members (DynamoDB Local's wording and order)."""
    select = request.select
    member = request.projection_member
    if select is None:
        return
    if select == "SPECIFIC_ATTRIBUTES":
        if member is None:
            raise v.invalid(m.SELECT_SPECIFIC_WITHOUT_PROJECTION)
        return
    if select == "ALL_PROJECTED_ATTRIBUTES" and not has_index:
        raise v.invalid(m.SELECT_PROJECTED_WITHOUT_INDEX)
    if member is not None:
        what = m.SELECT_COUNT_WHAT if select == "COUNT" else select
        raise v.invalid(m.SELECT_WITH_PROJECTION.format(member=member, what=what))


def _whole(stored: StoredItem) -> str:
    return stored.json


def _size(stored: StoredItem) -> int:
    return stored.size


def _projector(projection: Projection) -> Callable[[StoredItem], str]:
    return lambda stored: item_json(stored.project(projection))


class RangePlan:
    """A validated Query or Scan: one page, run when the faults let it.

    ``run(end_after=n)`` is a fault's directive: the page ends after ``n`` items evaluated
    (``n >= 0``) with a LastEvaluatedKey, as a page cut by the 1 MB limit does. A page cut at
    0 items has nothing to name as its last key but the request's ExclusiveStartKey:
    ``can_end_empty`` says whether there is one."""

    __slots__ = ("can_end_empty", "entries", "spec", "target")

    def __init__(
        self, target: Target, spec: PageSpec, entries: Iterable[StoredItem], can_end_empty: bool
    ) -> None:
        self.target = target
        self.spec = spec
        self.entries = entries
        self.can_end_empty = can_end_empty

    @property
    def targets(self) -> Sequence[Target]:
        return (self.target,)

    def run(self, held: Collection[int] = (), *, end_after: int | None = None) -> str:
        return run_page(self.spec, self.entries, end_after)
