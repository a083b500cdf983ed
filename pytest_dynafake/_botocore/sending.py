"""Where botocore sends a request: the dispatcher and the guard join botocore's
``before-send`` event, and ``Endpoint._send`` is wrapped for sessions that predate them.

The dispatcher is added to ``botocore.handlers.BUILTIN_HANDLERS`` once, when the plugin is
imported, so every session created afterwards carries it. Because it answers at the point where
botocore would open a connection, botocore's parameter validation, serializer, signer, retry
handler, response parser (with the ``x-amz-crc32`` check) and modeled exceptions all still run.

Sessions created before the import never got the handler; for them ``Endpoint._send`` is
wrapped so that, while a fake is active, their DynamoDB requests are served too (and the guard's
requests refused), never sent; while none is, the idle guard has its say, as for the others.

aiobotocore emits the same ``before-send`` event from the same ``BUILTIN_HANDLERS``, so the
dispatcher serves its clients (and aioboto3's, and PynamoDB 6's, which are plain botocore
clients) unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import botocore.endpoint
import botocore.handlers

from .dispatch import DISPATCH
from .guard import GUARD, GUARDED, refuse_unsent
from .idle import IDLE

TARGET_PREFIX = "DynamoDB_20120810."


def _install() -> None:
    handlers = botocore.handlers.BUILTIN_HANDLERS
    if not any(handler is DISPATCH for _, handler, *_rest in handlers):
        handlers.append(("before-send.dynamodb", DISPATCH))
    if not any(handler is GUARD for _, handler, *_rest in handlers):
        handlers.extend((event, GUARD) for event in GUARDED)
    endpoint = botocore.endpoint.Endpoint
    original: Callable[[Any, Any], Any] = endpoint._send
    if getattr(original, "_dynafake", False):
        return

    def _send(self: Any, request: Any) -> Any:
        fake = DISPATCH.active
        if fake is not None or IDLE.watching:
            target = request.headers.get("X-Amz-Target")
            if isinstance(target, bytes):
                target = target.decode()
            ours = bool(target) and target.startswith(TARGET_PREFIX)
            if fake is not None:
                if ours:
                    return fake._respond(target[len(TARGET_PREFIX) :], request)
                refuse_unsent(request, target)
            elif ours:
                IDLE.check(request, target[len(TARGET_PREFIX) :])
        return original(self, request)

    _send._dynafake = True  # type: ignore[attr-defined]
    endpoint._send = _send


_install()
