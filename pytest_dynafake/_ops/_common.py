"""What the operation modules share: plans, targets and table resolution (request keys by
identity, ``raw_key`` and ``canonical_key``, come from the one key codec, ``_store.keys``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, NamedTuple, Protocol

from .. import _validation as v
from .._store import LookupKey, Table
from .._store.keys import canonical_key, raw_key
from .directives import Directive

ARN_PREFIX = "arn:"


class RequestContext(NamedTuple):
    """What a handler may need beyond the body."""

    tables: Mapping[str, Table]
    region: str


class Target(NamedTuple):
    """One item a request reads: its table (as named in the request) and store key."""

    name: str
    table: Table
    key: LookupKey | None


class Plan(Protocol):
    """A validated request, ready to run. Faults look at its targets before it runs."""

    @property
    def targets(self) -> Sequence[Target]: ...

    def run(self, directive: Directive | None = None) -> str:
        """The response body; a fault's ``directive`` (see ``directives``) changes it as the
        service's partial answers do."""
        ...


Handler = Callable[[Mapping[str, Any], RequestContext], Plan]


def name_errors(name: object, field: str) -> list[str]:
    """Constraint messages for a table name (a table ARN is accepted as DynamoDB does)."""
    if not isinstance(name, str):
        return [v.CONSTRAINT.format(value="null", field=field, constraint=v.MEMBER_NOT_NULL)]
    if name.startswith(ARN_PREFIX):
        return []
    return v.table_name_errors(name, field)


def resolve(context: RequestContext, name: str, missing: str = v.TABLE_NOT_FOUND) -> Table:
    """The table a request names, by name or ARN; DynamoDB's ResourceNotFoundException if it
    was never declared (data reads say ``missing``; DescribeTable names the table)."""
    table = context.tables.get(name)
    if table is None and name.startswith(ARN_PREFIX):
        table = context.tables.get(name.rpartition(":table/")[2])
    if table is None:
        raise v.AwsError(v.RESOURCE_NOT_FOUND, missing.format(table=name))
    return table


def consistent(request: Mapping[str, Any]) -> bool:
    return request.get("ConsistentRead") is True


__all__ = ["canonical_key", "raw_key"]  # re-exported for the operation modules
