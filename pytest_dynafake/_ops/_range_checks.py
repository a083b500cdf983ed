"""Query and Scan: the checks DynamoDB makes on a request before it looks at the table.

The member constraints are reported together, in the service's member order (dynalite's
query.js/scan.js, written against the service, and the public conformance suites). The start
key's values and the segment rules are checked from inside the expression checks
(:mod:`._range_plan`), where DynamoDB makes them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from .. import _messages_range as m
from .. import _validation as v
from .._expr.legacy import OPERATORS
from .._numbers import NumberError
from .._store import attribute_error
from .._wire import WireError, canonical_wire
from ._common import name_errors

SELECTS = ("SPECIFIC_ATTRIBUTES", "COUNT", "ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES")
# The legacy ComparisonOperator values, in the order the service lists them in messages.
COMPARISON_OPERATORS = frozenset(OPERATORS)
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
    projection_member: str | None  # ProjectionExpression, AttributesToGet or None


def check_request(body: Mapping[str, Any], *, query: bool) -> RangeRequest:
    """Raise DynamoDB's constraint errors for a Query (``query``) or Scan request; the members
    every later step needs."""
    operator = body.get("ConditionalOperator")
    if operator is not None and operator not in CONDITIONAL_OPERATORS:
        raise v.invalid(m.CONDITIONAL_OPERATOR_INVALID)
    errors = _constraints(body, query=query)
    if errors:
        raise v.constraint_errors(errors)
    return RangeRequest(
        table=body["TableName"],
        index_name=body.get("IndexName"),
        select=body.get("Select"),
        limit=body.get("Limit"),
        mode=str(body.get("ReturnConsumedCapacity") or "NONE"),
        consistent=body.get("ConsistentRead") is True,
        forward=body.get("ScanIndexForward") is not False,
        start_key=body.get("ExclusiveStartKey"),
        segment=body.get("Segment"),
        total_segments=body.get("TotalSegments"),
        projection_member=_projection_member(body),
    )


def _constraints(body: Mapping[str, Any], *, query: bool) -> list[str]:
    # The service lists its constraint errors in this member order (dynalite's captures):
    # Query: select, indexName, returnConsumedCapacity, queryFilter, tableName,
    # conditionalOperator, attributesToGet, limit, keyConditions; Scan: select, indexName,
    # totalSegments, returnConsumedCapacity, tableName, conditionalOperator, scanFilter,
    # segment, limit.
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
            errors.append(_named("TotalSegments", m.MIN_VALUE_1))
        elif total > MAX_TOTAL_SEGMENTS:
            errors.append(_named("TotalSegments", m.MAX_TOTAL_SEGMENTS))
    v.check_return_consumed_capacity(body, errors)
    if query:
        errors.extend(_conditions(body.get("QueryFilter"), "queryFilter"))
    errors.extend(name_errors(body.get("TableName"), "tableName"))
    if not query:
        errors.extend(_conditions(body.get("ScanFilter"), "scanFilter"))
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
            errors.append(_named("Segment", m.MIN_VALUE_0))
        elif segment > MAX_SEGMENT:
            errors.append(_named("Segment", m.MAX_SEGMENT))
    limit = body.get("Limit")
    if limit is not None and limit < 1:
        errors.append(_named("Limit", m.MIN_VALUE_1))
    if query:
        errors.extend(_conditions(body.get("KeyConditions"), "keyConditions"))
    return errors


def _conditions(conditions: object, member: str) -> list[str]:
    """The ComparisonOperator of each legacy condition: present, and one of the enum."""
    if not isinstance(conditions, Mapping):
        return []
    errors = []
    for name, condition in conditions.items():
        operator = condition.get("ComparisonOperator") if isinstance(condition, Mapping) else None
        field = m.CONDITION_FIELD.format(member=member, name=name)
        if operator is None:
            errors.append(
                v.CONSTRAINT.format(value="null", field=field, constraint=v.MEMBER_NOT_NULL)
            )
        elif operator not in COMPARISON_OPERATORS:
            errors.append(_echo(operator, field, m.ENUM_COMPARISON_OPERATOR))
    return errors


def _named(field: str, constraint: str) -> str:
    """The newest wording (rolled out to Query, then to Scan in 2026-09): the member named
    as in the API, its value not echoed."""
    return v.CONSTRAINT_NO_ECHO.format(field=field, constraint=constraint)


def _echo(value: object, field: str, constraint: str) -> str:
    return v.CONSTRAINT.format(value=f"'{value}'", field=field, constraint=constraint)


def _projection_member(body: Mapping[str, Any]) -> str | None:
    if body.get("ProjectionExpression") is not None:
        return "ProjectionExpression"
    if body.get("AttributesToGet") is not None:
        return "AttributesToGet"
    return None


def check_start_values(start_key: Mapping[str, Any]) -> None:
    """The start key's attribute values, checked before the expressions (a start key that is
    not a map never gets here: the body's deserialization refuses it)."""
    for value in start_key.values():
        try:
            canonical_wire(value)
        except (WireError, NumberError) as exc:
            message = attribute_error(exc).message
            if any(word in message for word in _BARE):
                raise v.invalid(message) from None
            raise v.invalid(m.START_KEY_INVALID_BECAUSE.format(reason=message)) from None


def check_segments(segment: int | None, total: int | None) -> None:
    """Scan's Segment and TotalSegments go together, Segment below TotalSegments."""
    if segment is not None and total is None:
        raise v.invalid(m.SEGMENT_WITHOUT_TOTAL)
    if total is not None:
        if segment is None:
            raise v.invalid(m.TOTAL_WITHOUT_SEGMENT)
        if segment >= total:
            raise v.invalid(m.SEGMENT_NOT_LESS)
