"""Helpers of the write fuzzer (test_fuzz_write.py): a mismatch's sample, and Local given the
fake's items again after a write that may have happened on one side only."""

from __future__ import annotations

import json
import re
from typing import Any

from botocore.exceptions import ClientError

from pytest_dynafake import DynaFake

from ._generate_range import RangeTable
from ._write_run import Outcome
from .conftest import Conformance


def shown(op: str, request: dict[str, Any], local: Outcome, answered: Outcome) -> dict[str, Any]:
    """A sample of the report: the request and both answers, as JSON."""
    found = {"operation": op, "request": request, "dynamodb_local": local, "fake": answered}
    return dict(json.loads(json.dumps(found, default=repr)))


def resync(conformance: Conformance, fake: DynaFake, t: RangeTable | None, request: Any) -> None:
    """After a mismatch that may have written on one side only, Local is given the fake's
    version of each item the request names, so that the next writes start from the same
    items (their answers would differ only as a consequence)."""
    if t is None:
        return
    names = [name for name, _ in t.keys]
    bodies = [v for action in request.get("TransactItems", []) for v in action.values()]
    bodies += [
        w.get("PutRequest") or w.get("DeleteRequest") or {}
        for writes in (request.get("RequestItems") or {}).values()
        for w in writes
    ]
    for body in [request, *bodies]:
        given = body.get("Key") or body.get("Item") if isinstance(body, dict) else None
        if not isinstance(given, dict) or any(n not in given for n in names):
            continue
        key = {n: given[n] for n in names}
        try:
            with fake:
                item = conformance.fake_client.get_item(
                    TableName=t.name, Key=key, ConsistentRead=True
                ).get("Item")
            if item is not None:
                conformance.local.put_item(TableName=t.name, Item=item)
            else:
                conformance.local.delete_item(TableName=t.name, Key=key)
        except ClientError:  # a key neither side takes
            continue


def removing(request: dict[str, Any]) -> bool:
    """An UpdateExpression of REMOVE and DELETE clauses only: on a missing item DynamoDB Local
    creates the key alone, the service nothing ('removing update creates no item'), whatever
    the answers say."""
    clauses = re.findall(
        r"\b(SET|REMOVE|ADD|DELETE)\b", request.get("UpdateExpression") or "", re.I
    )
    return bool(clauses) and {c.upper() for c in clauses} <= {"REMOVE", "DELETE"}
