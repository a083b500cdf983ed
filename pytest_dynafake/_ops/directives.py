"""What faults tell a plan to do differently when it runs: the plan interface is not tied to
one operation's notion of a partial answer.

A fault decides *before* the plan runs (it looks at the plan's targets); when its answer is not
a whole-call error, it hands :meth:`Plan.run <pytest_dynafake._ops.Plan.run>` a directive:

- :class:`Held`: positions of the plan's targets to leave unread and return in
  ``UnprocessedKeys`` (BatchGetItem);
- :class:`EndPage`: end a page of a paginated read (Query, Scan) early, with a
  ``LastEvaluatedKey`` the client follows, as DynamoDB's 1 MB limit does.

A plan ignores a directive that does not concern it.

A plan of a paginated read also satisfies :class:`Paged`, which page faults read: which page of
a pagination a request is (from its ``ExclusiveStartKey`` and the cursors the fake answered),
which index it reads, and whether an empty page can keep every item.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple, Protocol, runtime_checkable


class Held(tuple[int, ...]):
    """Positions of a plan's targets to return in UnprocessedKeys instead of reading them."""


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


Directive = Held | EndPage


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
