"""DescribeEndpoints: the regional address, as the service answers it, so that clients with
``endpoint_discovery_enabled=True`` work (botocore asks for it before their first call)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._botocore.partitions import partition_of
from .._shape import Shape
from .._wire import dumps
from ._common import RequestContext
from .tables import Answer

# What the service answers (AWS CLI reference, `aws dynamodb describe-endpoints`): one address,
# the region's own, to be cached for a day.
CACHE_PERIOD_IN_MINUTES = 1440
SHAPE: dict[str, Shape] = {}


def describe_endpoints(body: Mapping[str, Any], context: RequestContext) -> Answer:
    address = f"dynamodb.{context.region}.{partition_of(context.region)[1]}"
    endpoint = {"Address": address, "CachePeriodInMinutes": CACHE_PERIOD_IN_MINUTES}
    return Answer(dumps({"Endpoints": [endpoint]}))
