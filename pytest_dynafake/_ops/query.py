"""Query: the items of one partition of a table or index, in sort-key order, a page at a
time; the key condition bound to the key schema read, and the start key checked against it
(live wording: dynalite's query.js, written against DynamoDB)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _messages_range as m
from .. import _validation as v
from .._expr import SortCondition, bind
from .._shape import BOOL, STR, Shape
from .._store import KeyValue, key_value
from ._common import RequestContext
from ._range_plan import RangePlan, plan, prepare
from ._range_source import Source, wire_of
from .scan import CONDITION, RANGE

SHAPE: dict[str, Shape] = {
    **RANGE,
    "ScanIndexForward": BOOL,
    "KeyConditionExpression": STR,
    "KeyConditions": {"*": CONDITION},
    "QueryFilter": {"*": CONDITION},
}


def query(body: Mapping[str, Any], context: RequestContext) -> RangePlan:
    prepared = prepare(body, context, query=True)
    source = prepared.source
    key_condition = prepared.exprs.key_condition
    assert key_condition is not None  # parse_request requires one for a Query
    hash_wire, sort = bind(
        key_condition,
        [(a.name, a.type) for a in source.hash_attributes],
        [(a.name, a.type) for a in source.range_attributes],
    )
    hash_values = tuple(
        key_value(attribute, wire[attribute.type])
        for attribute, wire in zip(source.hash_attributes, hash_wire, strict=True)
    )
    _check_start_in_range(source, hash_values, sort)
    forward = prepared.request.forward
    return plan(prepared, lambda: source.query(hash_values, sort, forward=forward), query=True)


def _check_start_in_range(
    source: Source, hash_values: tuple[KeyValue, ...], sort: SortCondition | None
) -> None:
    """A start key must be in the partition queried and match the sort-key condition."""
    start = source.start
    if start is None:
        return
    same_partition = start[: len(hash_values)] == hash_values
    if sort is None or not source.range_attributes:
        if not same_partition:
            raise v.invalid(m.START_KEY_OUTSIDE)
        return
    sort_values = [
        wire_of(attribute, value)
        for attribute, value in zip(
            source.range_attributes, start[len(hash_values) :], strict=False
        )
    ]
    if not sort.matches(sort_values):
        raise v.invalid(m.START_KEY_PREDICATE)
    if not same_partition:
        raise v.invalid(m.START_KEY_ONE_ROW)
