"""Answer a request that nests past Python's recursion limit: run its handler again on a
thread with a large stack and a higher limit, so that a deeply nested expression gets
DynamoDB's own error (too many operators, redundant parentheses, a syntax error...) rather than
a RecursionError. A request's expression is at most 4 KB, so its parse nests a few thousand
levels at most; an attribute value nests at most as deep as the JSON decoder allowed."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

_LIMIT = 40_000  # frames: 4 KB of "(" parse in about 17,000
_STACK = 512 * 1024 * 1024  # bytes of C stack for that many frames on Python 3.10
_LOCK = threading.Lock()  # the limit and the stack size are the process's: one at a time


def run_deep(function: Callable[[], T]) -> T:
    """``function()``, on a thread where it may recurse ``_LIMIT`` frames deep; its exception
    (a RecursionError too, if even that is not enough) is raised here."""
    outcome: list[T] = []
    failure: list[BaseException] = []

    def target() -> None:
        try:
            outcome.append(function())
        except BaseException as exc:  # re-raised in the caller's thread
            failure.append(exc)

    with _LOCK:
        limit = sys.getrecursionlimit()
        size = threading.stack_size()
        try:
            sys.setrecursionlimit(max(limit, _LIMIT))
            threading.stack_size(_STACK)
            worker = threading.Thread(target=target, name="dynafake-deep")
            worker.start()
        finally:
            threading.stack_size(size)
        worker.join()
        sys.setrecursionlimit(limit)
    if failure:
        raise failure[0]
    return outcome[0]
