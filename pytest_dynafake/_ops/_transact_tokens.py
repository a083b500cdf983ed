"""TransactWriteItems' ``ClientRequestToken``s, per fake: the same token with the same request
within 10 minutes answers as the first call did, without writing again; the same token with
another request is refused with IdempotentParameterMismatchException.

A token is remembered once its transaction succeeded ("valid for 10 minutes after the first
request that uses it is completed", API reference); a cancelled or refused transaction leaves
none. Time is ``time.monotonic()``: under freezegun or time-machine, which the fake moves by
each simulated sleep (``_clock``), a retry loop's backoff and a simulated ``time.sleep`` count
too, as ``tick()`` and ``move_to()`` do.
"""

from __future__ import annotations

import threading
import time
import weakref
from typing import Any, NamedTuple

from .. import _messages_batch as m
from .. import _validation as v

VALID_FOR = 600.0


class Answer(NamedTuple):
    """What the first call answered: capacity units per table (in request order) and the
    item collection metrics (JSON text, or None)."""

    units: tuple[tuple[str, Any], ...]
    metrics: str | None


class Tokens:
    """The tokens one fake has seen: token -> (request fingerprint, answer, when)."""

    def __init__(self) -> None:
        self._seen: dict[str, tuple[str, Answer, float]] = {}
        self._lock = threading.Lock()

    def now(self) -> float:
        return time.monotonic()

    def replay(self, token: str, fingerprint: str) -> Answer | None:
        """The first answer for this token and request, if it is still valid; raises
        IdempotentParameterMismatchException for another request with the same token."""
        with self._lock:
            found = self._seen.get(token)
            if found is None:
                return None
            seen, answer, when = found
            if self.now() - when >= VALID_FOR:
                del self._seen[token]
                return None
        if seen != fingerprint:
            raise v.AwsError(m.IDEMPOTENT_MISMATCH, m.IDEMPOTENT_MISMATCH_MESSAGE)
        return answer

    def remember(self, token: str, fingerprint: str, answer: Answer) -> None:
        with self._lock:
            self._seen[token] = (fingerprint, answer, self.now())


_TOKENS: weakref.WeakKeyDictionary[Any, Tokens] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def tokens_of(writer: object) -> Tokens:
    """The tokens of the fake whose tables ``writer`` changes (one writer per fake)."""
    with _LOCK:
        found = _TOKENS.get(writer)
        if found is None:
            found = _TOKENS[writer] = Tokens()
        return found
