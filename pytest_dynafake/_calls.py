"""The call log: every request a fake answered, for assertions."""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ._errors import DynaFakeError
from ._ops import REGISTRY, not_served
from ._ops.registry import table_name

if TYPE_CHECKING:
    from ._faults import Fault


@dataclass(frozen=True, init=False)
class Call:
    """One request the fake answered (each botocore attempt is a call)."""

    def __init__(
        self,
        operation: str,
        attempt: int | None,
        body: bytes,
        outcome: str,
        fault: Fault | None = None,
        faults: tuple[Fault, ...] = (),
        page: int | None = None,
    ) -> None:
        # The dataclass's own __init__ sets each field through object.__setattr__ (frozen):
        # 1.7 µs a call, on every request; filling the instance dict directly is a quarter.
        self.__dict__.update(
            operation=operation,
            attempt=attempt,
            body=body,
            outcome=outcome,
            fault=fault,
            faults=faults,
            page=page,
        )

    operation: str
    """The DynamoDB operation, e.g. ``"BatchGetItem"``."""
    attempt: int | None
    """botocore's attempt number for this call: 1, then 2 on the first retry..."""
    body: bytes = field(repr=False)
    """The request body as botocore sent it (DynamoDB JSON text). The log keeps these bytes,
    not the decoded body: about 2.8 KB for a 100-key BatchGetItem instead of 44 KB."""
    outcome: str
    """``"ok"``, ``"UnprocessedKeys (n keys)"``, or the error code and HTTP status."""
    fault: Fault | None = None
    """The fault that decided the answer, if one did (the first declared, if several did)."""
    faults: tuple[Fault, ...] = ()
    """Every fault that decided the answer, in declaration order: several per-key faults
    compose on one call (keys held by two ``unprocessed`` faults, Gets marked by two
    ``conflict`` faults)."""
    page: int | None = None
    """For a Query or Scan: which page of its pagination this request was (1: the request
    without ``ExclusiveStartKey``), or None when its ``ExclusiveStartKey`` is not a cursor
    this fake answered. Retries of a page are the same page."""

    @property
    def start_key(self) -> Any:
        """The request's ``ExclusiveStartKey`` (DynamoDB JSON), or None."""
        return self.request.get("ExclusiveStartKey")

    @cached_property
    def request(self) -> Mapping[str, Any]:
        """The decoded request body (DynamoDB JSON), decoded on first use; ``{}`` if the body
        was not a JSON object."""
        try:
            decoded = json.loads(self.body) if self.body else {}
        except (ValueError, RecursionError):
            return {}
        return decoded if isinstance(decoded, dict) else {}

    @property
    def tables(self) -> tuple[str, ...]:
        """The tables the request named, in request order."""
        operation = REGISTRY.get(self.operation)
        return (operation.tables if operation else table_name)(self.request)

    @property
    def keys(self) -> list[tuple[Any, Any]]:
        """``(table, key)`` for every key the request read, keys in DynamoDB JSON."""
        operation = REGISTRY.get(self.operation)
        return operation.keys(self.request) if operation else []


class CallLog(list[Call]):
    """A fake's call log: with a ``limit``, only the most recent ``limit`` calls are kept and
    ``dropped`` counts the others."""

    def __init__(self, limit: int | None = None) -> None:
        super().__init__()
        self.limit = limit
        self.dropped = 0
        self._lock = threading.Lock()

    def append(self, call: Call) -> None:
        if self.limit is None:
            super().append(call)
            return
        with self._lock:
            super().append(call)
            if len(self) > self.limit:
                del self[0]
                self.dropped += 1


def select(calls: list[Call], operation: str | None, table: str | None, where: str) -> list[Call]:
    """The calls of ``operation`` naming ``table``; an operation the fake never serves (boto3's
    ``get_item`` for ``GetItem``) is a DynaFakeError, not an empty list that an assertion of
    "never called" would pass on."""
    if operation is not None and operation not in REGISTRY:
        raise DynaFakeError(f"{where}(): operation={operation!r} {not_served(operation)}")
    return [
        call
        for call in calls
        if (operation is None or call.operation == operation)
        and (table is None or table in call.tables)
    ]
