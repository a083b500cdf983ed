"""Other fakes on the same clients: moto's ``mock_aws`` and botocore's ``Stubber``.

A Stubber answers before a request is even sent, so a stubbed DynamoDB client would silently
bypass the fake (its tables and faults); that is refused. moto answers at the same point as
the fake, after it: with both active the fake answers DynamoDB and moto everything else,
which is a useful combination, so it is only announced.
"""

from __future__ import annotations

import sys
import warnings
import weakref
from typing import Any

import botocore.stub

from ._errors import DynaFakeError

STUBBER_ACTIVE = (
    "a botocore Stubber is active on a DynamoDB client while pytest-dynafake is active: the "
    "Stubber answers that client's calls before they are sent, so the fake's tables and faults "
    "would silently not apply to it. Use one of them for DynamoDB: deactivate the Stubber "
    "(stubber.deactivate() or leave its with block), or declare the answers you need with "
    "dynafake tables and faults instead (dynafake.fail() mirrors add_client_error())."
)
MOTO_ACTIVE = (
    "moto's mock_aws is active too: pytest-dynafake answers every DynamoDB request (moto still "
    "processes a copy of each, and its answer is dropped) and moto answers the other services. "
    "To have moto serve DynamoDB, do not activate pytest-dynafake in this test."
)


class DynaFakeWarning(UserWarning):
    """Something works, but perhaps not as the test expects."""


DynaFakeWarning.__module__ = "pytest_dynafake"
_active_stubbers: weakref.WeakSet[Any] = weakref.WeakSet()


def check_start() -> None:
    """Before a fake starts: refuse an active DynamoDB Stubber, announce an active moto."""
    if any(_is_dynamodb(stubber) for stubber in _active_stubbers):
        raise DynaFakeError(STUBBER_ACTIVE)
    models = sys.modules.get("moto.core.models")
    stubber = getattr(models, "botocore_stubber", None)
    if getattr(stubber, "enabled", False):
        warnings.warn(MOTO_ACTIVE, DynaFakeWarning, stacklevel=4)


def _is_dynamodb(stubber: Any) -> bool:
    model = getattr(getattr(getattr(stubber, "client", None), "meta", None), "service_model", None)
    return getattr(model, "service_name", None) == "dynamodb"


def _install() -> None:
    stub = botocore.stub.Stubber
    if getattr(stub.activate, "_dynafake", False):
        return
    activate, deactivate = stub.activate, stub.deactivate

    def activated(self: Any) -> None:
        from ._intercept import DISPATCH

        if DISPATCH.active is not None and _is_dynamodb(self):
            raise DynaFakeError(STUBBER_ACTIVE)
        activate(self)
        _active_stubbers.add(self)

    def deactivated(self: Any) -> None:
        deactivate(self)
        _active_stubbers.discard(self)

    activated._dynafake = True  # type: ignore[attr-defined]
    stub.activate, stub.deactivate = activated, deactivated


_install()
