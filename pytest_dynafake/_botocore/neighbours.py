"""The fake's neighbours on the same clients: moto's ``mock_aws`` and botocore's ``Stubber``
(whose ``activate`` and ``deactivate`` are patched, to know which are active).

A Stubber answers before a request is even sent, so a stubbed DynamoDB client would silently
bypass the fake (its tables and faults); that is refused. moto answers at the same point as
the fake, after it: with both active the fake answers DynamoDB and moto everything else,
which is a useful combination, so it is only announced.
"""

from __future__ import annotations

import gc
import sys
import warnings
import weakref
from typing import Any

import botocore.stub

from .._errors import DynaFakeError, DynaFakeWarning
from .._places import Place, caller, where
from .dispatch import DISPATCH

STUBBER_ACTIVE = (
    "a botocore Stubber is active on a DynamoDB client while pytest-dynafake is active: the "
    "Stubber answers that client's calls before they are sent, so the fake's tables and faults "
    "would silently not apply to it. Use one of them for DynamoDB: deactivate the Stubber "
    "(stubber.deactivate() or leave its with block), or declare the answers you need with "
    "dynafake tables and faults instead (dynafake.fail() mirrors add_client_error())."
)
STUBBER_LEFT_ACTIVE = (
    "a botocore Stubber activated {origins} is still active on a DynamoDB client (it was "
    "never deactivated, and its client is still reachable), so pytest-dynafake does not start: "
    "the Stubber answers that client's calls before they are sent, and the fake's tables and "
    "faults would silently not apply to it. Deactivate it where it was activated "
    "(stubber.deactivate(), or use it as `with Stubber(client) as stubber:`), or declare the "
    "answers you need with dynafake tables and faults instead (dynafake.fail() mirrors "
    "add_client_error())."
)
MOTO_ACTIVE = (
    "moto's mock_aws is active too: pytest-dynafake answers every DynamoDB request (moto still "
    "processes a copy of each, and its answer is dropped) and moto answers the other services. "
    "To have moto serve DynamoDB, do not activate pytest-dynafake in this test."
)
# Each activated Stubber, weakly, with where the user's code activated it.
_active_stubbers: weakref.WeakKeyDictionary[Any, Place | None] = weakref.WeakKeyDictionary()


def check_start() -> None:
    """Before a fake starts: refuse an active DynamoDB Stubber, announce an active moto."""
    if any(_is_dynamodb(stubber) for stubber in list(_active_stubbers)):
        # A Stubber and its client reference each other (the client's event handlers are the
        # Stubber's methods), so one a test dropped without deactivating lingers until the
        # cycle collector happens to run. Collect now: only a reachable Stubber is refused.
        gc.collect()
        origins = [
            where(place)
            for stubber, place in list(_active_stubbers.items())
            if _is_dynamodb(stubber)
        ]
        if origins:
            raise DynaFakeError(STUBBER_LEFT_ACTIVE.format(origins=" and ".join(origins)))
    if moto_active():
        warnings.warn(MOTO_ACTIVE, DynaFakeWarning, stacklevel=4)


def moto_active() -> bool:
    """Whether moto's ``mock_aws`` answers botocore requests (its before-send handler)."""
    models = sys.modules.get("moto.core.models")
    stubber = getattr(models, "botocore_stubber", None)
    return bool(getattr(stubber, "enabled", False))


def _is_dynamodb(stubber: Any) -> bool:
    model = getattr(getattr(getattr(stubber, "client", None), "meta", None), "service_model", None)
    return getattr(model, "service_name", None) == "dynamodb"


def _install() -> None:
    stub = botocore.stub.Stubber
    if getattr(stub.activate, "_dynafake", False):
        return
    activate, deactivate = stub.activate, stub.deactivate

    def activated(self: Any) -> None:
        if DISPATCH.active is not None and _is_dynamodb(self):
            raise DynaFakeError(STUBBER_ACTIVE)
        activate(self)
        _active_stubbers[self] = caller(("botocore.", "pytest_dynafake."))

    def deactivated(self: Any) -> None:
        deactivate(self)
        _active_stubbers.pop(self, None)

    activated._dynafake = True  # type: ignore[attr-defined]
    stub.activate, stub.deactivate = activated, deactivated


_install()
