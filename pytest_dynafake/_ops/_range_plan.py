"""What Query and Scan share once the request is checked: the expressions, the table or index
read, Select, projections through an index, and the plan that runs one page.

Order after the member constraints (DynamoDB Local's, where no live capture says otherwise):
the expressions (:func:`~.._expr.parse_request`, which calls back for the start key's values
and Scan's segment rules at the point DynamoDB checks them); the table; the index;
ConsistentRead on a GSI; the start key against the key schema; (Query) the key condition;
then the Select combinations; the projection and the filter through an index.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from .. import _messages_range as m
from .. import _validation as v
from .._expr import Expressions, Projection, parse_request
from .._java import grown_order, path_set_order, sorted_names
from .._store import GLOBAL, Entry, StoredItem, Table, item_json
from .._wire import dumps, item_size
from ._common import RequestContext, Target, resolve
from ._range import PageSpec, first_match_after_a_drop, run_page
from ._range_checks import RangeRequest, check_request, check_segments, check_start_values
from ._range_source import Source
from .directives import Directive, EndPage

# Unused names or values, or ones given without an expression: DynamoDB Local reports an
# unknown table or index first.
_UNUSED = (
    "Value provided in ExpressionAttribute",
    "ExpressionAttributeNames can only be specified",
    "ExpressionAttributeValues can only be specified",
)


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

    try:
        exprs = parse_request(
            body,
            key_condition=query,
            filter=True,
            projection=True,
            filter_member="QueryFilter" if query else "ScanFilter",
            start_key_check=start_key_check,
        )
    except v.AwsError as error:
        if error.message.startswith(_UNUSED):
            # DynamoDB Local reports an unknown table or index before unused names or values
            # (no live capture says otherwise).
            table = resolve(context, request.table)
            if request.index_name is not None:
                index = table.index(request.index_name)
                if index is None:
                    raise v.invalid(m.INDEX_NOT_FOUND.format(index=request.index_name)) from None
                if not query and request.consistent and index.kind == GLOBAL:
                    # a Scan's (a Query reports the unused ones first; DDBL 3.3.1)
                    raise v.invalid(m.GSI_CONSISTENT_READ) from None
        raise
    table = resolve(context, request.table)
    source = Source(table, request, query=query)
    if query:  # the filter against the keys read; nested paths into keys (_expr's order)
        index_keys = (a.name for i in table.indexes.values() for a in i.key_attributes)
        exprs.check_keys(table.key_names, tuple(dict.fromkeys(index_keys)), source.schema_names)
    return Prepared(request, exprs, table, source)


def plan(
    prepared: Prepared,
    read: Callable[[], Iterable[Entry]],
    *,
    query: bool,
    ends_at: Callable[[Entry], bool] | None = None,
) -> RangePlan:
    """Finish the checks (Select, projections through an index) and plan the page."""
    request, exprs, table, source = (
        prepared.request,
        prepared.exprs,
        prepared.table,
        prepared.source,
    )
    projection = exprs.projection
    select = request.select
    projected = source.projected()
    index = request.index_name
    # DynamoDB Local's order: a Query's filter through the index, Select, Select=ALL_ATTRIBUTES
    # on a GSI, the projection through the index, (Scan) nested paths into key attributes
    # (a Query's nested paths are checked before its key condition, in prepare). A Scan's
    # filter may name attributes the index does not hold (DynamoDB Local evaluates it on the
    # whole item; no live capture says otherwise).
    if projected is not None and query and exprs.filter is not None:
        # DynamoDB Local sorts these (Collections.sort), unlike the projection's names
        unheld = sorted_names(str(p[0]) for p in exprs.filter.paths if str(p[0]) not in projected)
        if unheld:
            shown = ", ".join(unheld)
            raise v.invalid(m.INDEX_FILTER_NOT_PROJECTED.format(index=index, names=shown))
    check_select(request, has_index=source.index is not None, query=query)
    if projected is not None and select == "ALL_ATTRIBUTES" and source.is_global:
        raise v.invalid(m.SELECT_ALL_ON_GSI.format(index=index))
    index_keys = tuple(
        dict.fromkeys(a.name for i in table.indexes.values() for a in i.key_attributes)
    )
    if not query and _into_index_key(exprs, set(index_keys) - set(table.key_names)):
        # A path into an index key: the key paths come before the projection (DDBL 3.3.1)
        exprs.check_keys(table.key_names, index_keys)
    fetch = False
    if projected is not None:
        fetch = select == "ALL_ATTRIBUTES"
        if projection is not None:
            names = [str(path[0]) for path in projection.paths]
            expression = request.projection_member == "ProjectionExpression"
            missing = _unprojected(names, projected, expression=expression)
            if missing and source.is_global:
                raise v.invalid(m.GSI_DOES_NOT_PROJECT.format(index=index, names=missing))
            fetch = fetch or bool(missing)
    if not query:  # after the projection through the index, for a Scan (DynamoDB Local)
        exprs.check_keys(table.key_names, index_keys)
    output: Callable[[StoredItem], str] | None = None
    if select != "COUNT":
        if projection is not None:
            output = _projector(projection)
        elif source.projects_all or fetch:
            output = _whole
        else:
            output = _index_projector(source)
    reader = source.reader
    spec = PageSpec(
        table=request.table,
        index_name=request.index_name,
        global_index=source.is_global,
        limit=request.limit,
        filter=exprs.filter,
        output=output,
        read_size=_size if source.projects_all else _index_size(source),
        fetch=fetch and select != "COUNT",
        last_key=lambda entry: dumps(reader.last_key(entry)),
        start_key=None if request.start_key is None else dumps(request.start_key),
        mode=request.mode,
        consistent=request.consistent,
        ends_at=ends_at,
    )
    return RangePlan(Target(request.table, table, None), spec, read, request)


def _unprojected(names: list[str], projected: frozenset[str], *, expression: bool) -> str:
    """The names an index does not hold, as DynamoDB Local lists them: a Java ``HashSet`` of
    every top-level name asked for (built through the projection tree for an expression, in
    the list's order for AttributesToGet), less the projected ones."""
    ordered = path_set_order(names) if expression else grown_order(names)
    return ", ".join(name for name in ordered if name not in projected)


def check_select(request: RangeRequest, *, has_index: bool, query: bool) -> None:
    """Select against the projection members (DynamoDB Local's wording and order). A Query
    puts them in the "1 validation error detected: " envelope, a Scan does not (AWS, recorded
    by moto's aws_verified tests in test_dynamodb_select.py; DynamoDB Local: bare in both)."""
    select = request.select
    member = request.projection_member
    if select is None:
        return
    if select == "SPECIFIC_ATTRIBUTES":
        if member is None:
            raise v.invalid(m.SELECT_SPECIFIC_WITHOUT_PROJECTION)
        return
    envelope = m.SELECT_QUERY_PREFIX if query else ""
    if select == "ALL_PROJECTED_ATTRIBUTES" and not has_index:
        raise v.invalid(envelope + m.SELECT_PROJECTED_WITHOUT_INDEX)
    if member is not None:
        what = m.SELECT_COUNT_WHAT if select == "COUNT" else select
        raise v.invalid(envelope + m.SELECT_WITH_PROJECTION.format(member=member, what=what))


def _whole(stored: StoredItem) -> str:
    return stored.json


def _size(stored: StoredItem) -> int:
    return stored.size


def _projector(projection: Projection) -> Callable[[StoredItem], str]:
    return lambda stored: item_json(stored.project(projection))


def _index_projector(source: Source) -> Callable[[StoredItem], str]:
    project = source.reader.project
    return lambda stored: item_json(project(stored))


def _index_size(source: Source) -> Callable[[StoredItem], int]:
    """An index entry's size: the item as the index holds it (its projection)."""
    project = source.reader.project
    return lambda stored: item_size(project(stored))


class RangePlan:
    """A validated Query or Scan: one page, run when the faults let it. Page faults read it
    as a :class:`~.directives.Paged` plan and hand :meth:`run` an
    :class:`~.directives.EndPage` directive."""

    __slots__ = ("_last_key", "_read", "index", "spec", "start_key", "target")

    def __init__(
        self,
        target: Target,
        spec: PageSpec,
        read: Callable[[], Iterable[Entry]],
        request: RangeRequest,
    ) -> None:
        self.target = target
        self.spec = spec
        self._read = read
        self.index = request.index_name
        self.start_key = request.start_key
        self._last_key: str | None = None

    @property
    def targets(self) -> Sequence[Target]:
        return (self.target,)

    @property
    def last_key(self) -> Mapping[str, Any] | None:
        return None if self._last_key is None else json.loads(self._last_key)

    def can_end_empty(self) -> bool:
        return first_match_after_a_drop(self.spec, self._read())

    def run(self, directive: Directive | None = None) -> str:
        if isinstance(directive, EndPage):
            page = run_page(self.spec, self._read(), directive.evaluated, directive.before_match)
        else:
            page = run_page(self.spec, self._read())
        self._last_key = page.last_key
        return page.text


def _into_index_key(exprs: Expressions, names: set[str]) -> bool:
    """Whether the filter or the projection has a nested path into one of ``names``."""
    groups = (
        exprs.filter.paths if exprs.filter is not None else (),
        exprs.projection.paths if exprs.projection is not None else (),
    )
    return any(len(path) > 1 and path[0] in names for paths in groups for path in paths)
