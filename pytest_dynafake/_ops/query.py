"""Query: the items of one partition of a table or index, in sort-key order, a page at a
time; the key condition bound to the key schema read, and the start key checked against it
(live wording: dynalite's query.js, written against DynamoDB)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .. import _messages_range as m
from .. import _validation as v
from .._expr import SortCondition, bind
from .._shape import BOOL, STR, Shape
from .._store import Entry, KeyValue, key_value
from .._store import SortCondition as StoreCondition
from .._wire import AttributeValue
from ._common import RequestContext
from ._range_plan import Prepared, RangePlan, plan, prepare
from ._range_source import Source
from .scan import CONDITION, RANGE

SHAPE: dict[str, Shape] = {
    **RANGE,
    "ScanIndexForward": BOOL,
    "KeyConditionExpression": STR,
    "KeyConditions": {"*": CONDITION},
    "QueryFilter": {"*": CONDITION},
}


def query(body: Mapping[str, Any], context: RequestContext) -> RangePlan:
    try:
        prepared = prepare(body, context, query=True)
    except v.AwsError:
        _key_conditions_first(body, context)
        raise
    source = prepared.source
    hash_wire, sort = _bind(prepared)
    prepared.exprs.check_filter_keys(source.schema_names)  # after the key condition (DDBL)
    hash_values = tuple(
        key_value(attribute, wire[attribute.type])
        for attribute, wire in zip(source.hash_attributes, hash_wire, strict=True)
    )
    _check_start_in_range(source, hash_values, sort)
    store_sort = _store_condition(sort, source)
    forward = prepared.request.forward
    return plan(
        prepared,
        lambda: source.query(hash_values, store_sort, forward=forward),
        query=True,
        ends_at=_ends_at(source, store_sort, forward=forward),
    )


def _bind(prepared: Prepared) -> tuple[tuple[AttributeValue, ...], SortCondition | None]:
    """The key condition bound to the key schema read."""
    source = prepared.source
    key_condition = prepared.exprs.key_condition
    assert key_condition is not None  # parse_request requires one for a Query
    return bind(
        key_condition,
        [(a.name, a.type) for a in source.hash_attributes],
        [(a.name, a.type) for a in source.range_attributes],
        source.table.key_names if source.index is not None else (),
        prepared.request.index_name,
    )


def _key_conditions_first(body: Mapping[str, Any], context: RequestContext) -> None:
    """DynamoDB Local binds KeyConditions to the key schema (missed element, not supported,
    type mismatch) before it checks QueryFilter's conditions (3.3.1, captured; the long range
    fuzz run). The request refused, if it passes without its QueryFilter, raises its key
    condition's error, if any; else the caller re-raises its own."""
    if body.get("KeyConditions") is None or body.get("QueryFilter") is None:
        return
    rest = {name: value for name, value in body.items() if name != "QueryFilter"}
    try:
        prepared = prepare(rest, context, query=True)
    except v.AwsError:
        return
    _bind(prepared)


def _ends_at(
    source: Source, sort: StoreCondition | None, *, forward: bool
) -> Callable[[Entry], bool] | None:
    """DynamoDB Local gives no LastEvaluatedKey to a page whose Limit ends it on the far bound
    of ``BETWEEN``, ``<=`` (reading forward) or ``>=`` (backward), when keys are unique there
    (a table, or an index keyed on the whole table key): no item can follow; nor to one on a
    table without sort key. Not after ``=``, nor where items may share the bound (no live
    capture either way). On a multi-attribute GSI key, the same on its last RANGE attribute
    after ``=`` on the others (DynamoDB Local 3.3.1, fuzzer)."""
    if not source.range_attributes and source.index is None:
        return lambda entry: True  # a partition of one item
    if (
        sort is None
        or sort.op in (None, "=")
        or len(sort.equal) + 1 != len(source.range_attributes)
    ):
        return None
    if source.index is not None and not set(source.table.key_names) <= set(source.schema_names):
        return None
    if forward:
        bound = {"BETWEEN": -1, "<=": 0}.get(sort.op or "")
    else:
        bound = {"BETWEEN": 0, ">=": 0}.get(sort.op or "")
    if bound is None:
        return None
    value = sort.values[bound]
    position = len(source.hash_attributes) + len(sort.equal)
    if source.index is None:
        return lambda entry: entry.key[position] == value
    return lambda entry: entry.index_key is not None and entry.index_key[position] == value


_OPERATORS = {"LT": "<", "LE": "<=", "GT": ">", "GE": ">=", "BETWEEN": "BETWEEN"}


def _store_condition(sort: SortCondition | None, source: Source) -> StoreCondition | None:
    """The key condition on the sort attributes in the store's values."""
    if sort is None:
        return None
    attributes = source.range_attributes
    equal = tuple(
        key_value(a, wire[a.type], sort=True)
        for a, wire in zip(attributes, sort.equals, strict=False)
    )
    if sort.operator is None:
        return StoreCondition(equal)
    attribute = attributes[len(equal)]
    values = tuple(key_value(attribute, w[attribute.type], sort=True) for w in sort.bounds)
    operator = _OPERATORS.get(sort.operator, sort.operator)
    return StoreCondition(equal, operator, values)


def _check_start_in_range(
    source: Source, hash_values: tuple[KeyValue, ...], sort: SortCondition | None
) -> None:
    """A start key must be in the partition queried and match the sort-key condition."""
    start = source.request.start_key
    if start is None:
        return
    same_partition = source.start_values[: len(hash_values)] == hash_values
    if sort is None or not source.range_attributes:
        if not same_partition:
            raise v.invalid(m.START_KEY_OUTSIDE)
        return
    if not sort.matches([start.get(a.name) for a in source.range_attributes]):
        raise v.invalid(m.START_KEY_PREDICATE)
    if not same_partition:
        raise v.invalid(m.START_KEY_ONE_ROW)
