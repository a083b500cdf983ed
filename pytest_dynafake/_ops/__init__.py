"""One module per served DynamoDB operation: parse → validate → execute → shape.

Each handler takes the tables and the decoded request body and returns the response body as
JSON text, or raises :class:`~pytest_dynafake._validation.AwsError`.
"""

from __future__ import annotations

from ._common import Handler, RequestContext
from .batch_get_item import batch_get_item
from .get_item import get_item
from .tables import describe_table, list_tables
from .transact_get_items import transact_get_items

OPERATIONS: dict[str, Handler] = {
    "BatchGetItem": batch_get_item,
    "TransactGetItems": transact_get_items,
    "GetItem": get_item,
    "DescribeTable": describe_table,
    "ListTables": list_tables,
}

__all__ = ["OPERATIONS", "Handler", "RequestContext"]
