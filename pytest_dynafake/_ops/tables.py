"""DescribeTable and ListTables, for the declared tables (boto3's resource layer and waiters
call them)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _validation as v
from .._wire import dumps
from ._common import RequestContext, name_errors, resolve


def describe_table(body: Mapping[str, Any], context: RequestContext) -> str:
    name = body.get("TableName")
    errors = name_errors(name, "tableName")
    if errors:
        raise v.constraint_errors(errors)
    assert isinstance(name, str)
    table = resolve(context, name, v.TABLE_NOT_FOUND_NAMED)
    return dumps({"Table": table.describe(context.region)})


def list_tables(body: Mapping[str, Any], context: RequestContext) -> str:
    limit = body.get("Limit", 100)
    if not isinstance(limit, int) or not 1 <= limit <= 100:
        raise v.constraint_errors(
            [
                v.CONSTRAINT.format(
                    value=f"'{limit}'",
                    field="limit",
                    constraint="Member must have value "
                    + (
                        "less than or equal to 100"
                        if isinstance(limit, int) and limit > 100
                        else "greater than or equal to 1"
                    ),
                )
            ]
        )
    start = body.get("ExclusiveStartTableName")
    names = sorted(n for n in context.tables if start is None or n > start)
    page = names[:limit]
    out: dict[str, Any] = {"TableNames": page}
    if len(names) > limit:
        out["LastEvaluatedTableName"] = page[-1]
    return dumps(out)
