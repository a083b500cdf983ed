"""The plan of a single-item write (PutItem, UpdateItem, DeleteItem): one item, one condition.

A handler validates the request and builds a :class:`SingleWrite`; nothing changes until
:meth:`SingleWrite.run`, which holds the fake's write lock while it reads the stored item,
checks the condition (or answers a ``ConditionFails`` fault), makes the new item with the
operation's ``change`` and stores it with ``Table.apply`` on the writable table (a layer's own
copy, never its base's).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .._expr.request import parse_request
from .._expr.writes import Condition
from .._numbers import NumberError
from .._shape import BOOL, STR, VALUE, Shape
from .._store import StoredItem, Table
from .._wire import WireError, canonical_wire
from ._common import Target, Writer
from ._write import (
    WriteOptions,
    answer,
    capacity,
    collection_metrics,
    condition_failed,
    value_error,
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
    table (its messages for an empty value, two types, a bad number)."""
    for value in key.values():
        try:
            canonical_wire(value)
        except (WireError, NumberError) as exc:
            raise value_error(exc) from None


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
    return parse_request(body, condition=True).condition


def check_condition_keys(condition: Condition | None, table: Table) -> None:
    """The condition's checks that need the table: a nested path into a key attribute of the
    table, then of an index."""
    if condition is not None:
        condition.check_keys(table.key_names, index_key_names(table))


def index_key_names(table: Table) -> tuple[str, ...]:
    """The key attribute names of a table's indexes, each once."""
    names = (a.name for index in table.indexes.values() for a in index.key_attributes)
    return tuple(dict.fromkeys(names))


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
        with writer.lock:
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
