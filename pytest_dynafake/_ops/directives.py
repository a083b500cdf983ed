"""What faults tell a plan to do differently when it runs: the plan interface is not tied to
one operation's notion of a partial answer.

A fault decides *before* the plan runs (it looks at the plan's targets); when its answer is not
a whole-call error, it hands :meth:`Plan.run <pytest_dynafake._ops.Plan.run>` a directive:

- :class:`Held`: positions of the plan's targets to leave unread and return in
  ``UnprocessedKeys`` (BatchGetItem);
- :class:`EndPage`: end a page of a paginated read (Query, Scan) early, with a
  ``LastEvaluatedKey`` the client follows, as DynamoDB's 1 MB limit does.

and to a write's plan (which writes only in ``run``, so a fault's answer leaves the tables as
they were):

- :class:`Held`: positions of a BatchWriteItem's requests to leave unwritten and return in
  ``UnprocessedItems``;
- :class:`Cancel`: cancel a transaction (TransactWriteItems) with a reason per action;
- :class:`ConditionFails`: a single write (PutItem, UpdateItem, DeleteItem) fails its
  condition.

A plan ignores a directive that does not concern it.

A plan of a paginated read also satisfies :class:`Paged`, which page faults read: which page of
a pagination a request is (from its ``ExclusiveStartKey`` and the cursors the fake answered),
which index it reads, and whether an empty page can keep every item.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple, Protocol, runtime_checkable

from .._fault_answers import CONDITION_FAILED, cancelled
from .._validation import AwsError


class Held(tuple[int, ...]):
    """Positions of a plan's targets (ascending) to leave undone and return unprocessed:
    BatchGetItem returns those keys in ``UnprocessedKeys``; BatchWriteItem leaves those
    requests unwritten and returns them in ``UnprocessedItems``, each exactly as the request
    gave it (``{"PutRequest": ...}`` / ``{"DeleteRequest": ...}``), grouped under the table
    name as the request spelled it (name or ARN), tables in request order. A table with no
    held request is left out; no held request at all answers ``"UnprocessedItems": {}``."""


class HeldItems(Held):
    """:class:`Held` write requests (BatchWriteItem): the same to a plan, told apart in the
    call log and fault answers (``"UnprocessedItems (n items)"``)."""


class EndPage(NamedTuple):
    """End the page early, with a ``LastEvaluatedKey``.

    ``evaluated``: the page evaluates at most this many items (read, before any filter;
    ``n >= 0``), then stops with the last evaluated item as ``LastEvaluatedKey`` (the
    request's ``ExclusiveStartKey`` when it evaluated none). None: no such bound.

    ``before_match``: the page also stops before the first item it would return, so that it
    comes back empty, provided it evaluated an item its filter dropped before that one: its
    ``LastEvaluatedKey`` is the last such item, as on the service (an empty page with a cursor
    is a page whose filter dropped every item it read). The client following
    ``LastEvaluatedKey`` reads the held-back items on its next page: no item is lost or read
    twice, and the cursor never repeats the request's ``ExclusiveStartKey`` (botocore's
    paginators stop on a repeated token).

    A page that would end before either bound ends as it would have.
    """

    evaluated: int | None = None
    before_match: bool = False


class Cancel(NamedTuple):
    """Cancel a transaction (TransactWriteItems): the plan writes nothing and raises
    :meth:`error` (TransactionCanceledException, one reason per action in request order).

    ``reasons``: position of an action (its target) -> the code of its reason:
    ``"TransactionConflict"``, ``"ConditionalCheckFailed"``, ``"ThrottlingError"``,
    ``"ProvisionedThroughputExceeded"`` or ``"ValidationError"``; the other actions get
    ``{"Code": "None"}``.

    Usage in a plan's ``run``::

        if isinstance(directive, Cancel):
            old = {p: stored_item_json(p) for p in directive.conditions_failed
                   if action_asks_all_old(p) and item_exists(p)}
            raise directive.error(len(actions), old)

    The plan may use it for a condition that really failed too
    (``Cancel({2: "ConditionalCheckFailed"})``), so both answer alike.
    """

    reasons: Mapping[int, str]

    @property
    def conditions_failed(self) -> list[int]:
        """The positions cancelled with ``ConditionalCheckFailed`` (ascending): those whose
        action asked ``ReturnValuesOnConditionCheckFailure=ALL_OLD`` return the stored item."""
        return sorted(p for p, code in self.reasons.items() if code == CONDITION_FAILED)

    def error(self, count: int, items: Mapping[int, Mapping[str, Any]] | None = None) -> AwsError:
        """TransactionCanceledException for a transaction of ``count`` actions, its message
        listing the codes as the service does (``[None, ConditionalCheckFailed]``).

        ``items``: position -> the stored item (DynamoDB JSON, whole) to return as that
        reason's ``Item``: give it for a ``ConditionalCheckFailed`` action that asked
        ``ReturnValuesOnConditionCheckFailure=ALL_OLD`` and whose item exists; other positions
        are ignored."""
        return cancelled(count, self.reasons, items)


class ConditionFails(NamedTuple):
    """A single write (PutItem, UpdateItem, DeleteItem) fails its condition, whatever the
    request's condition (or none) would say: the plan writes nothing and raises
    ConditionalCheckFailedException (message ``"The conditional request failed"``), with the
    stored item as ``Item`` when the request asked ``ReturnValuesOnConditionCheckFailure=
    ALL_OLD`` and the item exists, exactly as a condition that really fails. The consumed
    capacity a failed condition reports is the plan's to add, as for a real failure."""


Directive = Held | EndPage | Cancel | ConditionFails


@runtime_checkable
class Paged(Protocol):
    """What page faults read from the plan of a paginated read (Query, Scan)."""

    @property
    def index(self) -> str | None:
        """The request's ``IndexName``, or None for the table."""
        ...

    @property
    def start_key(self) -> Mapping[str, Any] | None:
        """The request's ``ExclusiveStartKey`` (DynamoDB JSON), or None on a first page."""
        ...

    @property
    def last_key(self) -> Mapping[str, Any] | None:
        """After :meth:`run`: the ``LastEvaluatedKey`` it answered (DynamoDB JSON), or None."""
        ...

    def can_end_empty(self) -> bool:
        """Whether ``EndPage(before_match=True)`` can end this page with a cursor: an item the
        filter drops comes before the first item the page would return, or the page stops on
        its limits having returned nothing (not: it reaches the end returning nothing)."""
        ...
