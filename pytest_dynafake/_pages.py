"""Which page of a pagination a Query or Scan request is, for page faults and the call log.

Page 1 is a request without ``ExclusiveStartKey``. A request whose ``ExclusiveStartKey`` is a
``LastEvaluatedKey`` the fake answered on page n is page n + 1 (the retries of a page send the
same ``ExclusiveStartKey``: they are that page again). A cursor the fake never answered (made
by hand, or kept from another fake) has no page number: faults with ``page=`` skip it.

Cursors are told apart by operation, table, index and value, so two paginations that reach the
same cursor at different pages (different ``Limit``, say) number by the most recent.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from typing import Any

from ._ops import Paged


class PageBook:
    """The cursors a fake answered, with the page each ended."""

    def __init__(self) -> None:
        self._pages: dict[str, int] = {}
        self._lock = threading.Lock()

    def number(self, operation: str, plan: Paged) -> int | None:
        """The page number of a request, or None for a cursor the fake never answered."""
        start = plan.start_key
        if start is None:
            return 1
        before = self._pages.get(_cursor(operation, plan, start))
        return None if before is None else before + 1

    def answered(self, operation: str, plan: Paged, page: int | None) -> None:
        """A page was answered: its ``LastEvaluatedKey`` leads to page ``page + 1``."""
        last = plan.last_key
        if last is not None and page is not None:
            with self._lock:
                self._pages[_cursor(operation, plan, last)] = page


def _cursor(operation: str, plan: Any, key: Mapping[str, Any]) -> str:
    targets = plan.targets
    table = targets[0].table.name if targets else None
    return json.dumps([operation, table, plan.index, key], sort_keys=True)
