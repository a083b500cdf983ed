"""The guard: while a fake is active, the requests that would leave the machine on a DynamoDB
client's behalf are refused: DynamoDB Streams, and STS asked for a profile's credentials.
With moto's ``mock_aws`` active it steps aside: moto answers them next."""

from __future__ import annotations

import sys
from types import FrameType
from typing import Any

from .._errors import DynaFakeError
from .dispatch import DISPATCH
from .neighbours import moto_active

STREAMS_TARGET_PREFIX = "DynamoDBStreams_20120810."
STREAMS_REFUSED = (
    "pytest-dynafake does not serve DynamoDB Streams ({operation}), and no DynamoDB Streams "
    "request leaves the machine while a fake is active: the request was not sent. Stub the "
    "dynamodbstreams client with botocore's Stubber, or activate moto's mock_aws as well to "
    "have moto answer it."
)
STS_REFUSED = (
    "botocore asked STS for credentials ({operation}, for a profile with role_arn or a web "
    "identity token) while a fake is active; pytest-dynafake refused it, so nothing was sent. "
    "The fake needs no real credentials: create the session or client without profile_name "
    "(the dynafake fixture sets static fake credentials and unsets AWS_PROFILE), or pass "
    "aws_access_key_id and aws_secret_access_key. To have moto answer STS, activate mock_aws "
    "as well."
)


class _Guard:
    """The ``before-send`` handler of the guarded services."""

    def __call__(self, request: Any, event_name: str = "", **_: Any) -> None:
        if not DISPATCH.stack or moto_active():
            return
        service, _dot, operation = event_name.partition(".")[2].partition(".")
        if service == "sts":
            if operation.startswith("AssumeRole") and _for_credentials():
                raise DynaFakeError(STS_REFUSED.format(operation=operation))
        else:
            raise DynaFakeError(STREAMS_REFUSED.format(operation=operation))


GUARD = _Guard()
GUARDED = ("before-send.dynamodb-streams", "before-send.sts")


def refuse_unsent(request: Any, target: str | None) -> None:
    """The guard's rules for a session without the handlers (made before the import)."""
    if target and target.startswith(STREAMS_TARGET_PREFIX):
        operation = target[len(STREAMS_TARGET_PREFIX) :]
        raise DynaFakeError(STREAMS_REFUSED.format(operation=operation))
    body = request.body
    if isinstance(body, bytes):
        body = body.decode("utf-8", "replace")
    if isinstance(body, str) and body.startswith("Action=AssumeRole") and _for_credentials():
        operation = body.partition("&")[0].partition("=")[2]
        raise DynaFakeError(STS_REFUSED.format(operation=operation))


def _for_credentials() -> bool:
    """Whether botocore's (or aiobotocore's) credential providers made this call, rather than
    the code under test: only those calls are the fake's business."""
    frame: FrameType | None = sys._getframe(2)
    while frame is not None:
        if frame.f_globals.get("__name__") in _CREDENTIAL_MODULES:
            return True
        frame = frame.f_back
    return False


_CREDENTIAL_MODULES = frozenset({"botocore.credentials", "aiobotocore.credentials"})
