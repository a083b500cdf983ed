"""What the operation modules share: plans, targets and table resolution (request keys by
identity, ``raw_key`` and ``canonical_key``, come from the one key codec, ``_store.keys``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any, NamedTuple, Protocol

from .. import _validation as v
from .._store import LookupKey, Table
from .._store.keys import canonical_key, raw_key
from .directives import Directive

ARN_PREFIX = "arn:"


class Writer(Protocol):
    """How a plan changes the fake's tables (implemented by ``_tables.TableSet``). Only a
    plan's ``run`` writes, never a handler: a fault that answers the call leaves the tables
    unchanged.

    - ``writable(name)``: the table to change, by the name or ARN a request gives (as
      :func:`resolve`). In a layered fake (each test's over a module or session fake) the
      base's table is never changed: the layer gets its own copy-on-write copy first, at a
      cost independent of the table's size. Raises the same ResourceNotFoundException as
      :func:`resolve` (message ``missing``) if there is no such table. Write with
      :meth:`~pytest_dynafake._store.Table.apply`.
    - ``lock``: reentrant, one per fake. ``_serve`` holds it around every plan's ``run``, so a
      plan's check-then-write (a condition and its write, a whole transaction over several
      tables) never interleaves with another request; a handler that changes tables itself
      (the table admin operations) takes it.
    - ``create(table)``: add a table (CreateTable); ResourceInUseException ``Table already
      exists: name`` if the name is taken.
    - ``drop(name)``: remove a table by name or ARN and return it (DeleteTable); in a layer
      the base's table is hidden, the base unchanged. ResourceNotFoundException (message
      ``missing``, DescribeTable's by default) if there is none.
    """

    @property
    def lock(self) -> AbstractContextManager[Any]: ...

    def writable(self, name: str, missing: str = v.TABLE_NOT_FOUND) -> Table: ...

    def create(self, table: Table) -> None: ...

    def drop(self, name: str, missing: str = v.TABLE_NOT_FOUND_NAMED) -> Table: ...


class RequestContext(NamedTuple):
    """What a handler may need beyond the body: the tables by name (read them with
    :func:`resolve`), the region, and the ``writer`` a plan's ``run`` changes tables with."""

    tables: Mapping[str, Table]
    region: str
    writer: Writer


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
    was never declared, or was created in another region (data reads say ``missing``;
    DescribeTable names the table)."""
    table = find(context, name)
    if table is None:
        raise v.AwsError(v.RESOURCE_NOT_FOUND, missing.format(table=name))
    return table


def find(context: RequestContext, name: str) -> Table | None:
    """The table a request names, by name or ARN, if the request's region sees it: a table
    a CreateTable made lives in that request's region (``Table.region``)."""
    tables = context.tables
    table = tables.get(name)
    if table is None and name.startswith(ARN_PREFIX):
        table = tables.get(name.rpartition(":table/")[2])
    if table is not None and table.region is not None and table.region != context.region:
        return None
    return table


def consistent(request: Mapping[str, Any]) -> bool:
    return request.get("ConsistentRead") is True


__all__ = ["canonical_key", "raw_key"]  # re-exported for the operation modules
