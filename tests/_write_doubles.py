"""Throwaway write operations for the fault rules: registered under the real names (botocore
models them), they only report the directive their plan got, so faults on writes are tested
apart from the write machinery (tests/test_write_faults.py runs the real one)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from pytest_dynafake._ops import (
    REGISTRY,
    Cancel,
    ConditionFails,
    Held,
    Operation,
    RequestContext,
    Target,
)
from pytest_dynafake._ops._common import resolve
from pytest_dynafake._shape import STR, VALUE
from pytest_dynafake._validation import AwsError


class _Plan:
    def __init__(self, targets: list[Target], requests: list[tuple[str, Any]], seen: list[object]):
        self.targets = targets
        self._requests = requests
        self._seen = seen

    def run(self, directive: object = None) -> str:
        self._seen.append(directive)
        if isinstance(directive, ConditionFails):
            raise AwsError("ConditionalCheckFailedException", "The conditional request failed")
        if isinstance(directive, Cancel):
            raise directive.error(len(self.targets))
        unprocessed: dict[str, list[Any]] = {}
        if isinstance(directive, Held):
            for position in directive:
                name, request = self._requests[position]
                unprocessed.setdefault(name, []).append(request)
        return json.dumps({"UnprocessedItems": unprocessed} if self._requests else {})


def _key(table: Any, request: Mapping[str, Any]) -> Any:
    if "Item" in request:
        return table.key_of_item(request["Item"])
    return table.lookup_key(request["Key"])


def _put(seen: list[object]) -> Any:
    def handler(body: Mapping[str, Any], context: RequestContext) -> _Plan:
        table = resolve(context, body["TableName"])
        return _Plan([Target(body["TableName"], table, _key(table, body))], [], seen)

    return handler


def _batch(seen: list[object]) -> Any:
    def handler(body: Mapping[str, Any], context: RequestContext) -> _Plan:
        targets, requests = [], []
        for name, entries in body["RequestItems"].items():
            table = resolve(context, name)
            for entry in entries:
                request = entry.get("PutRequest") or entry["DeleteRequest"]
                targets.append(Target(name, table, _key(table, request)))
                requests.append((name, entry))
        return _Plan(targets, requests, seen)

    return handler


def _transact(seen: list[object]) -> Any:
    def handler(body: Mapping[str, Any], context: RequestContext) -> _Plan:
        targets = []
        for entry in body["TransactItems"]:
            (action,) = entry.values()
            table = resolve(context, action["TableName"])
            targets.append(Target(action["TableName"], table, _key(table, action)))
        return _Plan(targets, [], seen)

    return handler


def _keys(body: Mapping[str, Any]) -> list[tuple[Any, Any]]:
    return [(body.get("TableName"), body.get("Item") or body.get("Key"))]


def _batch_keys(body: Mapping[str, Any]) -> list[tuple[Any, Any]]:
    return [
        (name, (e.get("PutRequest") or {}).get("Item") or (e.get("DeleteRequest") or {}).get("Key"))
        for name, entries in body.get("RequestItems", {}).items()
        for e in entries
    ]


@contextmanager
def registered() -> Iterator[list[object]]:
    """Registers PutItem, BatchWriteItem and TransactWriteItems doubles (and unregisters the
    real writes); gives the list of the directives their plans got (None: no fault). On the
    way out the registry is restored whole, in its order: messages and the fault report list
    operations in registry order (undoing removals one by one would re-add them reversed)."""
    seen: list[object] = []
    entries = [
        Operation(
            "PutItem",
            _put(seen),
            {"TableName": STR, "Item": VALUE},
            faults=("throttle", "fail", "condition_fails"),
            reported=True,
            keys=_keys,
            writes=True,
        ),
        Operation(
            "BatchWriteItem",
            _batch(seen),
            {"RequestItems": VALUE},
            faults=("throttle", "unprocessed", "fail"),
            reported=True,
            partial="unprocessed",
            keys=_batch_keys,
            writes=True,
            tables=lambda body: tuple(body.get("RequestItems", {})),
        ),
        Operation(
            "TransactWriteItems",
            _transact(seen),
            {"TransactItems": [{}]},
            faults=("throttle", "conflict", "fail", "condition_fails"),
            reported=True,
            partial="cancel",
            writes=True,
            tables=lambda body: (),
        ),
    ]
    # The real writes leave while the doubles stand in: the registry's order, which messages
    # follow, is then the reads' and these three, whatever writes are served.
    saved = dict(REGISTRY)
    for name in [name for name, operation in saved.items() if operation.writes]:
        del REGISTRY[name]
    REGISTRY.update((entry.name, entry) for entry in entries)
    try:
        yield seen
    finally:
        REGISTRY.clear()
        REGISTRY.update(saved)
