"""Scan: every item of a table or index, a page at a time, optionally one segment of a
parallel scan. Scan order is not key order (as on DynamoDB): code that assumes a sorted Scan
fails here too."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._shape import BOOL, INT, STR, VALUE, Shape
from ._common import RequestContext
from ._range_plan import RangePlan, plan, prepare

CONDITION: dict[str, Shape] = {"ComparisonOperator": STR, "AttributeValueList": [VALUE]}
# The members Query and Scan share.
RANGE: dict[str, Shape] = {
    "TableName": STR,
    "IndexName": STR,
    "Select": STR,
    "Limit": INT,
    "ExclusiveStartKey": {"*": VALUE},
    "ReturnConsumedCapacity": STR,
    "FilterExpression": STR,
    "ExpressionAttributeValues": {"*": VALUE},
    "ConditionalOperator": STR,
    "AttributesToGet": [STR],
    "ConsistentRead": BOOL,
    "ProjectionExpression": STR,
    "ExpressionAttributeNames": {"*": STR},
}
SHAPE: dict[str, Shape] = {
    **RANGE,
    "Segment": INT,
    "TotalSegments": INT,
    "ScanFilter": {"*": CONDITION},
}


def scan(body: Mapping[str, Any], context: RequestContext) -> RangePlan:
    prepared = prepare(body, context, query=False)
    request, source = prepared.request, prepared.source
    if request.total_segments is not None and request.segment is not None:
        source.check_segment(request.segment, request.total_segments)
    return plan(prepared, lambda: source.scan(request.segment, request.total_segments), query=False)
