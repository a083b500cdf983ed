"""Query and Scan: the checks DynamoDB makes on a request before it looks at the table.

DynamoDB's order, as the live captures show it (dynalite's query.js/scan.js, written against
the service, and the public conformance suites): the member constraints, reported together in
the service's member order; then the Select combinations; the values of ExclusiveStartKey; the
key-condition and segment rules. The checks that need the table (index, start key against the
key schema, projections through an index) are in :mod:`._range_source`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from .. import _messages_range as m
from .. import _validation as v
from .._numbers import NumberError
from .._store import attribute_error
from .._wire import WireError, canonical_wire
from ._common import name_errors

SELECTS = ("SPECIFIC_ATTRIBUTES", "COUNT", "ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES")
CONDITIONAL_OPERATORS = ("OR", "AND")
MAX_SEGMENT = 999_999
MAX_TOTAL_SEGMENTS = 1_000_000
MAX_ATTRIBUTES_TO_GET = 255
# Start-key value errors the service reports without "The provided starting key is invalid: "
# (dynalite's query.js, checked against DynamoDB: numbers, number sets, duplicates).
_BARE = ("contains duplicates", "number set", "numeric value", "significant digits", "magnitude")


class RangeRequest(NamedTuple):
    """The members of a Query or Scan that every later step reads."""

    table: str
    index_name: str | None
    select: str | None
    limit: int | None
    mode: str  # ReturnConsumedCapacity
    consistent: bool
    forward: bool
    start_key: Mapping[str, Any] | None
    segment: int | None
    total_segments: int | None


def check_request(body: Mapping[str, Any], *, query: bool) -> RangeRequest:
    """Raise DynamoDB's error for the first problem a Query (``query``) or Scan request has
    before its table is looked up; the members every later step needs."""
    errors = _constraints(body, query=query)
    if errors:
        raise v.constraint_errors(errors)
    _check_select(body)
    start_key = body.get("ExclusiveStartKey")
    if start_key is not None:
        _check_start_values(start_key)
    segment, total = body.get("Segment"), body.get("TotalSegments")
    if query:
        if body.get("KeyConditions") is None and body.get("KeyConditionExpression") is None:
            raise v.invalid(m.KEY_CONDITION_MISSING)
    else:
        _check_segments(segment, total)
    return RangeRequest(
        table=body["TableName"],
        index_name=body.get("IndexName"),
        select=body.get("Select"),
        limit=body.get("Limit"),
        mode=str(body.get("ReturnConsumedCapacity") or "NONE"),
        consistent=body.get("ConsistentRead") is True,
        forward=body.get("ScanIndexForward") is not False,
        start_key=start_key,
        segment=segment,
        total_segments=total,
    )


def _constraints(body: Mapping[str, Any], *, query: bool) -> list[str]:
    # The service lists its constraint errors in this member order (dynalite's captures):
    # Query: select, indexName, returnConsumedCapacity, tableName, conditionalOperator,
    # attributesToGet, limit; Scan: select, indexName, totalSegments, returnConsumedCapacity,
    # tableName, conditionalOperator, segment, limit.
    errors: list[str] = []
    select = body.get("Select")
    if select is not None and select not in SELECTS:
        errors.append(_echo(select, "select", m.ENUM_SELECT))
    index = body.get("IndexName")
    if index is not None:
        errors.extend(v.table_name_errors(index, "indexName"))
    total = body.get("TotalSegments")
    if not query and total is not None:
        if total < 1:
            errors.append(_echo(total, "totalSegments", m.MIN_VALUE_1))
        elif total > MAX_TOTAL_SEGMENTS:
            errors.append(_echo(total, "totalSegments", m.MAX_TOTAL_SEGMENTS))
    v.check_return_consumed_capacity(body, errors)
    errors.extend(name_errors(body.get("TableName"), "tableName"))
    operator = body.get("ConditionalOperator")
    if operator is not None and operator not in CONDITIONAL_OPERATORS:
        errors.append(_echo(operator, "conditionalOperator", m.ENUM_CONDITIONAL_OPERATOR))
    attributes = body.get("AttributesToGet")
    if attributes is not None and not 1 <= len(attributes) <= MAX_ATTRIBUTES_TO_GET:
        errors.append(
            v.CONSTRAINT_NO_ECHO.format(
                field=v.ATTRIBUTES_TO_GET_FIELD,
                constraint=v.LIST_MIN_ONE if not attributes else m.LIST_MAX_255,
            )
        )
    segment = body.get("Segment")
    if not query and segment is not None:
        if segment < 0:
            errors.append(_echo(segment, "segment", m.MIN_VALUE_0))
        elif segment > MAX_SEGMENT:
            errors.append(_echo(segment, "segment", m.MAX_SEGMENT))
    limit = body.get("Limit")
    if limit is not None and limit < 1:
        if query:
            errors.append(
                v.CONSTRAINT_NO_ECHO.format(field=m.QUERY_LIMIT_FIELD, constraint=m.MIN_VALUE_1)
            )
        else:
            errors.append(_echo(limit, "limit", m.MIN_VALUE_1))
    return errors


def _echo(value: object, field: str, constraint: str) -> str:
    return v.CONSTRAINT.format(value=f"'{value}'", field=field, constraint=constraint)


def _check_select(body: Mapping[str, Any]) -> None:
    select = body.get("Select")
    if select is None or select == "SPECIFIC_ATTRIBUTES":
        if select is not None and not _projection_member(body):
            raise v.invalid(m.SELECT_SPECIFIC_WITHOUT_PROJECTION)
        return
    if select == "ALL_PROJECTED_ATTRIBUTES" and body.get("IndexName") is None:
        raise v.invalid(m.SELECT_PROJECTED_WITHOUT_INDEX)
    member = _projection_member(body)
    if member is not None:
        what = m.SELECT_COUNT_WHAT if select == "COUNT" else select
        raise v.invalid(m.SELECT_WITH_PROJECTION.format(member=member, what=what))


def _projection_member(body: Mapping[str, Any]) -> str | None:
    if body.get("ProjectionExpression") is not None:
        return "ProjectionExpression"
    if body.get("AttributesToGet") is not None:
        return "AttributesToGet"
    return None


def _check_start_values(start_key: object) -> None:
    if not isinstance(start_key, Mapping):
        return
    for value in start_key.values():
        try:
            canonical_wire(value)
        except (WireError, NumberError) as exc:
            message = attribute_error(exc).message
            if any(word in message for word in _BARE):
                raise v.invalid(message) from None
            raise v.invalid(m.START_KEY_INVALID_BECAUSE.format(reason=message)) from None


def _check_segments(segment: int | None, total: int | None) -> None:
    if segment is not None and total is None:
        raise v.invalid(m.SEGMENT_WITHOUT_TOTAL)
    if total is not None:
        if segment is None:
            raise v.invalid(m.TOTAL_WITHOUT_SEGMENT)
        if segment >= total:
            raise v.invalid(m.SEGMENT_NOT_LESS.format(segment=segment, total=total))
