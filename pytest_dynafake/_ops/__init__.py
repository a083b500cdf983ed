"""One module per served DynamoDB operation: parse → validate → execute → shape.

Each handler takes the decoded request body and the tables, validates the request and returns a
:class:`Plan` (or raises :class:`~pytest_dynafake._validation.AwsError`); running the plan
gives the response body as JSON text.
"""

from __future__ import annotations

from ._common import Handler, Plan, RequestContext, Target
from .batch_get_item import batch_get_item
from .describe_endpoints import describe_endpoints
from .get_item import get_item
from .query import query
from .scan import scan
from .tables import describe_table, list_tables
from .transact_get_items import transact_get_items

OPERATIONS: dict[str, Handler] = {
    "BatchGetItem": batch_get_item,
    "TransactGetItems": transact_get_items,
    "GetItem": get_item,
    "DescribeTable": describe_table,
    "ListTables": list_tables,
    "DescribeEndpoints": describe_endpoints,
    "Query": query,
    "Scan": scan,
}

__all__ = ["OPERATIONS", "Handler", "Plan", "RequestContext", "Target"]
