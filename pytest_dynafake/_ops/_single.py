"""The plan of a single-item write (PutItem, UpdateItem, DeleteItem): one item, one condition.

A handler validates the request and builds a :class:`SingleWrite`; nothing changes until
:meth:`SingleWrite.run`, which holds the fake's write lock while it reads the stored item,
checks the condition (or answers a ``ConditionFails`` fault), makes the new item with the
operation's ``change`` and stores it with ``Table.apply`` on the writable table (a layer's own
copy, never its base's).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from .. import _messages_write as w
from .. import _validation as v
from .._expr.request import parse_request
from .._expr.writes import Condition, member_errors
from .._numbers import NumberError
from .._shape import BOOL, STR, VALUE, Shape
from .._store import StoredItem, Table
from .._store.index import GLOBAL
from .._wire import WireError, canonical_wire
from ._common import Target, Writer, name_errors
from ._write import (
    METRICS,
    OLD_ONLY,
    ON_FAILURE,
    RETURN_VALUES,
    WriteOptions,
    answer,
    capacity,
    collection_metrics,
    condition_failed,
    single_value_error,
)
from .directives import ConditionFails, Directive

# The members every single-item write has (each operation adds Item or Key, and its own).
SHAPE: dict[str, Shape] = {
    "TableName": STR,
    "ReturnValues": STR,
    "ReturnConsumedCapacity": STR,
    "ReturnItemCollectionMetrics": STR,
    "ReturnValuesOnConditionCheckFailure": STR,
    "ConditionExpression": STR,
    "ConditionalOperator": STR,
    "Expected": {
        "*": {
            "Exists": BOOL,
            "Value": VALUE,
            "ComparisonOperator": STR,
            "AttributeValueList": [VALUE],
        }
    },
    "ExpressionAttributeNames": {"*": STR},
    "ExpressionAttributeValues": {"*": VALUE},
}

Change = Callable[[Table, StoredItem | None], tuple[StoredItem | None, str | None]]
"""``change(table, old) -> (new, attributes)``: the item to store (None: delete) and the
``Attributes`` to answer (an item's JSON text, or None), from the stored item ``old``."""


def check_key_values(key: Mapping[str, Any]) -> None:
    """The attribute values of a ``Key``, read as DynamoDB reads them before it looks at the
    table (its messages for an empty value, two types, a bad number; an empty set, a NULL of
    false in the envelope: ``single_value_error``)."""
    for value in key.values():
        try:
            canonical_wire(value)
        except (WireError, NumberError) as exc:
            raise single_value_error(exc) from None


_EXPRESSION_MEMBERS = (
    "ConditionExpression",
    "Expected",
    "ConditionalOperator",
    "ExpressionAttributeNames",
    "ExpressionAttributeValues",
)


def condition_of(body: Mapping[str, Any]) -> Condition | None:
    """The request's condition, its expressions validated (a request without any expression
    member has nothing to validate: most writes)."""
    if all(body.get(member) is None for member in _EXPRESSION_MEMBERS):
        return None
    return parse_request(body, condition=True, enveloped=True).condition


def check_condition_keys(condition: Condition | None, table: Table) -> None:
    """The condition's checks that need the table: a nested path into a key attribute of the
    table, then of an index."""
    if condition is not None:
        condition.check_keys(table.key_names, index_key_names(table))


def index_key_names(table: Table) -> tuple[str, ...]:
    """The key attribute names of a table's indexes, each once: LSIs first, each kind in
    declaration order (DynamoDB Local names a nested one in this order)."""
    indexes = sorted(table.indexes.values(), key=lambda index: index.kind == GLOBAL)
    names = (a.name for index in indexes for a in index.key_attributes)
    return tuple(dict.fromkeys(names))


def check_members(body: Mapping[str, Any], operation: str) -> WriteOptions:
    """The constraint errors of a PutItem, UpdateItem or DeleteItem (``operation``), reported
    together in the service's member order (dynalite's live-checked putItem.js, updateItem.js,
    deleteItem.js: returnConsumedCapacity, tableName, then Put: item, the legacy members,
    returnValues, returnItemCollectionMetrics; Delete: returnValues,
    returnItemCollectionMetrics, the legacy members, key; Update: returnItemCollectionMetrics,
    returnValues, the legacy members, key; then returnValuesOnConditionCheckFailure, which
    those tests predate)."""
    get = body.get
    name = get("TableName")
    capacity = get("ReturnConsumedCapacity")
    values = get("ReturnValues")
    on_failure = get("ReturnValuesOnConditionCheckFailure")
    metrics = get("ReturnItemCollectionMetrics")
    if (  # the common request, valid: no error list to build
        isinstance(name, str)
        and _valid_name(name)
        and capacity in _CAPACITIES
        and values in _RETURN_VALUES
        and on_failure in _ON_FAILURE
        and metrics in _METRICS
        and get("ConditionalOperator") is None
        and get("Expected") is None
        and get("AttributeUpdates") is None
        and get("Item" if operation == "PutItem" else "Key") is not None
    ):
        return WriteOptions(
            name, capacity or "NONE", values or "NONE", on_failure or "NONE", metrics == "SIZE"
        )
    return _check_members(body, operation)


_CAPACITIES = (None, "NONE", "TOTAL", "INDEXES")
_RETURN_VALUES = (None, *RETURN_VALUES)
_ON_FAILURE = (None, *ON_FAILURE)
_METRICS = (None, *METRICS)


@lru_cache(maxsize=256)
def _valid_name(name: str) -> bool:
    return not name_errors(name, "tableName")


def _check_members(body: Mapping[str, Any], operation: str) -> WriteOptions:
    errors: list[str] = []
    capacity = v.check_return_consumed_capacity(body, errors)
    name = body.get("TableName")
    if name == "":  # live, 2026-10: the empty name alone, at its minimum length of 1
        errors.append(v.CONSTRAINT.format(value="''", field="tableName", constraint=v.LIST_MIN_ONE))
    else:
        errors.extend(name_errors(name, "tableName"))
    values = _enum(body, "ReturnValues", "returnValues", RETURN_VALUES, w.ENUM_RETURN_VALUES)
    metrics = _enum(
        body,
        "ReturnItemCollectionMetrics",
        "returnItemCollectionMetrics",
        METRICS,
        w.ENUM_RETURN_ITEM_COLLECTION_METRICS,
    )
    # The legacy members' own constraints (ConditionalOperator, Expected's and AttributeUpdates'
    # enums): after the item, before the key (paritysuite validation-ordering/updateItem.test.ts,
    # eu-west-2 and us-east-1, 2026-10-09: "conditionalOperator" then "key").
    legacy = [
        message
        for _, message in member_errors(body, condition=True, update=operation == "UpdateItem")
    ]
    member = "Item" if operation == "PutItem" else "Key"
    missing = (
        [v.CONSTRAINT.format(value="null", field=member.lower(), constraint=v.MEMBER_NOT_NULL)]
        if body.get(member) is None
        else []
    )
    if operation == "PutItem":
        errors += missing + legacy + values + metrics
    elif operation == "DeleteItem":
        errors += values + metrics + legacy + missing
    else:
        errors += metrics + values + legacy + missing
    errors += _enum(
        body,
        "ReturnValuesOnConditionCheckFailure",
        "returnValuesOnConditionCheckFailure",
        ON_FAILURE,
        w.ENUM_RETURN_VALUES_ON_CONDITION_CHECK_FAILURE,
    )
    if errors:
        raise v.constraint_errors(errors)
    assert isinstance(name, str)
    return WriteOptions(
        name,
        capacity,
        body.get("ReturnValues") or "NONE",
        body.get("ReturnValuesOnConditionCheckFailure") or "NONE",
        body.get("ReturnItemCollectionMetrics") == "SIZE",
    )


def _enum(
    body: Mapping[str, Any], member: str, field: str, allowed: tuple[str, ...], constraint: str
) -> list[str]:
    value = body.get(member)
    if value is None or value in allowed:
        return []
    return [v.CONSTRAINT.format(value=f"'{value}'", field=field, constraint=constraint)]


def check_return_values(options: WriteOptions) -> None:
    """PutItem and DeleteItem take only NONE and ALL_OLD (checked after the item's values)."""
    if options.return_values not in OLD_ONLY:
        raise v.invalid(w.RETURN_VALUES_PUT_DELETE)


def request_keys(body: Mapping[str, Any]) -> list[tuple[Any, Any]]:
    """The key a DeleteItem or UpdateItem names."""
    return [(body.get("TableName"), body["Key"])] if "Key" in body else []


class SingleWrite:
    """A validated single-item write, ready to run (see the module docstring)."""

    __slots__ = ("_change", "_condition", "_options", "_target", "_writer")

    def __init__(
        self,
        options: WriteOptions,
        target: Target,
        condition: Condition | None,
        writer: Writer,
        change: Change,
    ) -> None:
        self._options = options
        self._target = target
        self._condition = condition
        self._writer = writer
        self._change = change

    @property
    def targets(self) -> Sequence[Target]:
        return (self._target,)

    def run(self, directive: Directive | None = None) -> str:
        options = self._options
        key = self._target.key
        assert key is not None
        writer = self._writer
        table = writer.writable(options.name)
        old = table.get(key)
        condition = self._condition
        if isinstance(directive, ConditionFails) or (
            condition is not None and not condition.matches(None if old is None else old.wire)
        ):
            raise condition_failed(old, options.on_failure)
        new, attributes = self._change(table, old)
        table.apply(((key, new),))
        consumed = capacity(options, table, old, new)
        metrics = collection_metrics(table, key) if options.metrics else None
        return answer(attributes, consumed, metrics)
