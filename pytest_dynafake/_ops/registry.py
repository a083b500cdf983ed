"""The operations the fake serves: one :class:`Operation` each, and everything the rest of the
package knows about an operation comes from it.

Adding an operation is one module in ``_ops/`` (its handler, which validates a request and
returns a :class:`~pytest_dynafake._ops.Plan`, and its request ``SHAPE``) and one
:func:`register` line at the end of this module. From the entry:

- ``_serve`` finds the handler, and ``_shape.check`` the JSON types of the request's members;
- the call log (``Call.tables``, ``Call.keys``) and the failing test's report read the tables
  and keys a request names with ``tables`` and ``keys``;
- fault declaration (methods and markers) accepts the kinds in ``faults`` and names the
  operations that accept a kind in its errors and in ``pytest --markers``;
- fault composition (``_compose``) answers a fault that concerns only some of a call's
  targets as ``partial`` says;
- ``--dynafake-report`` lists the ``reported`` operations with their fault kinds;
- faults answer a ``writes`` operation as a write (``TableWrite...`` throttling reasons,
  ``UnprocessedItems``) and a failing test's report shows the keys its calls name.

Tests may register a throwaway operation (``monkeypatch.setitem(REGISTRY, name, entry)``):
nothing caches the registry.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from botocore import xform_name

from .._shape import Shape
from . import (
    batch_get_item,
    batch_write_item,
    delete_item,
    describe_endpoints,
    get_item,
    put_item,
    query,
    scan,
    tables,
    transact_get_items,
    transact_write_items,
    update_item,
)
from ._common import Handler

RequestTables = Callable[[Mapping[str, Any]], tuple[str, ...]]
RequestKeys = Callable[[Mapping[str, Any]], list[tuple[Any, Any]]]


def table_name(body: Mapping[str, Any]) -> tuple[str, ...]:
    """The table of a request that names one, in ``TableName``."""
    name = body.get("TableName")
    return (name,) if isinstance(name, str) else ()


def no_tables(body: Mapping[str, Any]) -> tuple[str, ...]:
    return ()


def no_keys(body: Mapping[str, Any]) -> list[tuple[Any, Any]]:
    return []


@dataclass(frozen=True)
class Operation:
    """One served DynamoDB operation."""

    name: str
    """As in the ``X-Amz-Target`` header: ``"GetItem"``."""
    handler: Handler
    """Validates a decoded request body and returns its plan (or raises ``AwsError``)."""
    shape: Mapping[str, Shape]
    """The JSON types of the request's members (see ``_shape``)."""
    faults: tuple[str, ...] = ("throttle", "fail")
    """The fault kinds it accepts, in the order the fault report lists them (``script``
    applies wherever each of its outcomes does)."""
    reported: bool = False
    """Whether ``--dynafake-report`` lists it: the data reads, whose failure paths the code
    under test must handle."""
    partial: Literal["unprocessed", "cancel"] | None = None
    """What a call answers when faults concern only some of its targets: ``"unprocessed"``,
    those come back in ``UnprocessedKeys``; ``"cancel"``, the transaction is cancelled with a
    reason for each; None, the operation has no partial answer (a fault answers the whole
    call)."""
    paged: bool = False
    """Whether it is a paginated read (Query, Scan): its plans satisfy ``directives.Paged``,
    its calls are numbered by page and page faults (``page=``, ``index=``) apply to it."""
    tables: RequestTables = table_name
    """The tables a request names, in request order (for the call log and report)."""
    keys: RequestKeys = no_keys
    """``(table, key)`` for every key a request reads (or writes), keys in DynamoDB JSON."""
    writes: bool = False
    """Whether it changes items (PutItem, BatchWriteItem...): its throttles answer the write
    side (``TableWrite...``, or ``IndexWrite...`` for a global secondary index's
    back-pressure), its held requests come back in ``UnprocessedItems`` and a failing test's
    report shows the keys of its calls."""


REGISTRY: dict[str, Operation] = {}


def register(operation: Operation) -> Operation:
    REGISTRY[operation.name] = operation
    return operation


def served() -> str:
    """The served operations, for messages."""
    return ", ".join(sorted(REGISTRY))


def not_served(operation: object) -> str:
    """Why ``operation`` is refused, for messages: the operation it spells in another case or
    as boto3's method name (``put_item``), else the served ones."""
    refused = "is not an operation the fake serves"
    if isinstance(operation, str):
        spelled = operation.replace("_", "").lower()
        for name in REGISTRY:
            if name.lower() == spelled:
                hint = f"{refused}; did you mean {name!r}?"
                if operation == xform_name(name):
                    hint += (
                        f" Faults and the call log take DynamoDB's operation names ({name}), "
                        f"not boto3's method names ({operation})"
                    )
                return hint
    return f"{refused}; use one of {served()}"


def paged() -> str:
    """The paginated reads, for messages."""
    return _listed([name for name, operation in REGISTRY.items() if operation.paged])


def accepting(kind: str) -> str:
    """The operations that accept a fault kind, in registry order, for messages: ``"GetItem"``,
    ``"GetItem and Query"``, ``"GetItem, Query and Scan"``."""
    return _listed([name for name, operation in REGISTRY.items() if kind in operation.faults])


def _listed(names: list[str]) -> str:
    return " and ".join(filter(None, (", ".join(names[:-1]), *names[-1:]))) or "none"


register(
    Operation(
        "BatchGetItem",
        batch_get_item.batch_get_item,
        batch_get_item.SHAPE,
        faults=("throttle", "unprocessed", "fail"),
        reported=True,
        partial="unprocessed",
        tables=batch_get_item.request_tables,
        keys=batch_get_item.request_keys,
    )
)
register(
    Operation(
        "TransactGetItems",
        transact_get_items.transact_get_items,
        transact_get_items.SHAPE,
        faults=("throttle", "conflict", "fail"),
        reported=True,
        partial="cancel",
        tables=transact_get_items.request_tables,
        keys=transact_get_items.request_keys,
    )
)
register(
    Operation(
        "GetItem", get_item.get_item, get_item.SHAPE, reported=True, keys=get_item.request_keys
    )
)
register(Operation("DescribeTable", tables.describe_table, tables.DESCRIBE_SHAPE))
register(Operation("ListTables", tables.list_tables, tables.LIST_SHAPE, tables=no_tables))
register(
    Operation(
        "DescribeEndpoints",
        describe_endpoints.describe_endpoints,
        describe_endpoints.SHAPE,
        tables=no_tables,
    )
)
# Query and Scan answer pages: page faults apply to them (see _pages and directives.EndPage).
PAGE_FAULTS = ("throttle", "short_page", "empty_page", "fail")
register(
    Operation("Query", query.query, query.SHAPE, faults=PAGE_FAULTS, reported=True, paged=True)
)
register(Operation("Scan", scan.scan, scan.SHAPE, faults=PAGE_FAULTS, reported=True, paged=True))

# -- writes: single items (single)
# A single write fails as a whole (throttle, fail) or fails its condition (condition_fails:
# ConditionalCheckFailedException, the table unchanged); a fault may target the item by key.
WRITE_FAULTS = ("throttle", "fail", "condition_fails")
register(
    Operation(
        "PutItem",
        put_item.put_item,
        put_item.SHAPE,
        faults=WRITE_FAULTS,
        reported=True,
        keys=put_item.request_keys,
        writes=True,
    )
)
register(
    Operation(
        "UpdateItem",
        update_item.update_item,
        update_item.SHAPE,
        faults=WRITE_FAULTS,
        reported=True,
        keys=update_item.request_keys,
        writes=True,
    )
)
register(
    Operation(
        "DeleteItem",
        delete_item.delete_item,
        delete_item.SHAPE,
        faults=WRITE_FAULTS,
        reported=True,
        keys=delete_item.request_keys,
        writes=True,
    )
)
# -- writes: batches and transactions (multi)
register(
    Operation(
        "BatchWriteItem",
        batch_write_item.batch_write_item,
        batch_write_item.SHAPE,
        faults=("throttle", "unprocessed", "fail"),
        reported=True,
        writes=True,
        partial="unprocessed",
        tables=batch_write_item.request_tables,
        keys=batch_write_item.request_keys,
    )
)
register(
    Operation(
        "TransactWriteItems",
        transact_write_items.transact_write_items,
        transact_write_items.SHAPE,
        faults=("throttle", "conflict", "fail", "condition_fails"),
        reported=True,
        writes=True,
        partial="cancel",
        tables=transact_write_items.request_tables,
        keys=transact_write_items.request_keys,
    )
)
# -- table admin (storew)
# Answered at once (tables ACTIVE or gone). They take no faults: a test of the code under test
# exercises its data calls; a fixture that creates tables should not fail.
from . import create_table, table_admin, ttl_tags  # noqa: E402

register(Operation("CreateTable", create_table.create_table, create_table.SHAPE, faults=()))
register(Operation("DeleteTable", table_admin.delete_table, table_admin.DELETE_SHAPE, faults=()))
register(Operation("UpdateTable", table_admin.update_table, table_admin.UPDATE_SHAPE, faults=()))
register(
    Operation(
        "DescribeTimeToLive", ttl_tags.describe_time_to_live, ttl_tags.DESCRIBE_TTL_SHAPE, faults=()
    )
)
register(
    Operation(
        "UpdateTimeToLive", ttl_tags.update_time_to_live, ttl_tags.UPDATE_TTL_SHAPE, faults=()
    )
)
register(
    Operation("TagResource", ttl_tags.tag_resource, ttl_tags.TAG_SHAPE, faults=(), tables=no_tables)
)
register(
    Operation(
        "UntagResource", ttl_tags.untag_resource, ttl_tags.UNTAG_SHAPE, faults=(), tables=no_tables
    )
)
register(
    Operation(
        "ListTagsOfResource",
        ttl_tags.list_tags_of_resource,
        ttl_tags.LIST_TAGS_SHAPE,
        faults=(),
        tables=no_tables,
    )
)
