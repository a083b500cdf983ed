"""Running a write case: fresh tables on one side, the requests in order, then the contents.

A ``WriteCase`` is a sequence of requests (writes, and reads between them) against fresh copies
of the tables of ``_write_tables.py`` its requests name. Its outcome, compared whole between the
fake and DynamoDB Local, is every request's answer (the parsed response minus ResponseMetadata,
or the error's code, message, CancellationReasons and the ``Item`` a failed condition returns),
then each table's contents: a consistent Scan of the table and a Scan of each index, as sorted
multisets (no order is promised; the sets inside items sorted too).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from botocore import xform_name
from botocore.exceptions import ClientError

from pytest_dynafake import DynaFake

from ._write_tables import WRITE_TABLES, create_arguments, index_names
from .pages import canonical

Outcome = dict[str, Any]
Step = tuple[str, dict[str, Any]]  # (operation, parameters)
ERROR_PARTS = ("CancellationReasons", "Item")


@dataclass(frozen=True)
class Expect:
    """A live answer to one step as a test run against the service asserts it: the error code,
    and the message exactly (``message``) or by pattern (``pattern``, re.fullmatch); or the
    whole outcome (``outcome``)."""

    code: str | None = None
    message: str | None = None
    pattern: str | None = None
    outcome: Outcome | None = None


@dataclass(frozen=True)
class WriteCase:
    id: str
    steps: tuple[Step, ...]
    # live captures: step index -> what the service answered (cases_write_live.py)
    live: Mapping[int, Expect] = field(default_factory=dict)
    source: str = ""

    def tables(self) -> list[str]:
        """The tables of _write_tables.py the requests name, in first-named order."""
        named: dict[str, None] = {}
        for _, params in self.steps:
            for name in _names(params):
                if name in WRITE_TABLES:
                    named[name] = None
        return list(named)


def _names(params: Any) -> Iterator[str]:
    if isinstance(params, dict):
        for key, value in params.items():
            if key == "TableName" and isinstance(value, str):
                yield value
            elif key == "RequestItems" and isinstance(value, dict):
                yield from (k for k in value if isinstance(k, str))
            else:
                yield from _names(value)
    elif isinstance(params, list):
        for value in params:
            yield from _names(value)


def unordered_sets(value: Any) -> Any:
    """Set members sorted: DynamoDB promises no order."""
    if isinstance(value, list):
        return [unordered_sets(v) for v in value]
    if not isinstance(value, dict):
        return value
    if len(value) == 1 and next(iter(value)) in ("SS", "NS", "BS"):
        ((kind, members),) = value.items()
        return {kind: sorted(members, key=repr) if isinstance(members, list) else members}
    return {k: unordered_sets(v) for k, v in value.items()}


def answer(client: Any, operation: str, params: dict[str, Any]) -> Outcome:
    """One request's normalised outcome."""
    try:
        response: Outcome = getattr(client, xform_name(operation))(**params)
    except ClientError as error:
        failed: Outcome = {
            "Error": {k: error.response["Error"].get(k) for k in ("Code", "Message")}
        }
        for part in ERROR_PARTS:
            if part in error.response:
                failed[part] = error.response[part]
        return unordered_sets(failed)  # type: ignore[no-any-return]
    response.pop("ResponseMetadata", None)
    if isinstance(response.get("ConsumedCapacity"), list):
        response["ConsumedCapacity"].sort(key=lambda c: c["TableName"])
    for metrics in (response.get("ItemCollectionMetrics") or {}).values():
        if isinstance(metrics, list):
            metrics.sort(key=canonical)
    fixed: Outcome = unordered_sets(response)
    for items in (fixed.get("Responses") or {}).values() if "UnprocessedKeys" in fixed else ():
        items.sort(key=canonical)
    return fixed


def _scan(client: Any, table: str, index: str | None = None) -> list[str] | Outcome:
    params: dict[str, Any] = {"TableName": table}
    if index is None:
        params["ConsistentRead"] = True
    else:
        params["IndexName"] = index
    items: list[Any] = []
    for _ in range(100):
        page = answer(client, "Scan", params)
        if "Error" in page:
            return page
        items += page["Items"]
        if "LastEvaluatedKey" not in page:
            break
        params = {**params, "ExclusiveStartKey": page["LastEvaluatedKey"]}
    return sorted(canonical(item) for item in items)


def contents(client: Any, tables: list[str]) -> Outcome:
    """Each table's items and each index's entries, as sorted multisets."""
    found: Outcome = {}
    for table in tables:
        found[table] = _scan(client, table)
        for index in index_names(table):
            found[f"{table}/{index}"] = _scan(client, table, index)
    return found


def run(client: Any, case: WriteCase) -> Outcome:
    """Every step's answer, then the contents of the case's tables."""
    steps = [answer(client, operation, params) for operation, params in case.steps]
    return {"steps": steps, "contents": contents(client, case.tables())}


def create_on_local(local: Any, tables: list[str]) -> None:
    for name in tables:
        local.create_table(**create_arguments(name))
        for item in WRITE_TABLES[name]["items"]:
            local.put_item(TableName=name, Item=item)


def drop_on_local(local: Any, tables: list[str]) -> None:
    for name in tables:
        try:
            local.delete_table(TableName=name)
        except ClientError as error:  # a case that deleted it itself
            if error.response["Error"]["Code"] != "ResourceNotFoundException":
                raise


def fake_with(tables: list[str]) -> DynaFake:
    fake = DynaFake()
    for name in tables:
        fake.create_table(**create_arguments(name)).put_items(
            WRITE_TABLES[name]["items"], format="dynamodb"
        )
    return fake
