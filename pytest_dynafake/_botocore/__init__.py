"""Everything that patches or reads botocore (and aiobotocore, and the ``sleep`` of the code
under test), one module per thing patched:

- ``dispatch``: the dispatcher, botocore's ``before-send.dynamodb`` handler, which hands each
  request to the active fake;
- ``sending``: installs it (and the guard) in botocore's ``BUILTIN_HANDLERS``, and wraps
  ``Endpoint._send`` for sessions created before the import;
- ``guard``: refuses DynamoDB Streams requests and STS calls for credentials while a fake is
  active;
- ``http``: reading botocore's prepared requests, building the responses it parses;
- ``backoff``: botocore's and aiobotocore's retry sleep and token bucket, on the fake's clock;
- ``neighbours``: moto's ``mock_aws`` and botocore's ``Stubber`` on the same clients;
- ``user_sleep``: ``time.sleep`` and ``asyncio.sleep`` of the code under test
  (``simulate_sleep``);
- ``partitions``: botocore's partitions data (ARNs and addresses per region).

Importing this package installs the patches (each is idempotent).
"""

from __future__ import annotations

from . import backoff, sending, user_sleep
from .dispatch import DISPATCH
from .http import FakeResponse, attempt_of, decode_body, region_of
from .neighbours import check_start, moto_active
from .partitions import partition_of

__all__ = [
    "DISPATCH",
    "FakeResponse",
    "attempt_of",
    "backoff",
    "check_start",
    "decode_body",
    "moto_active",
    "partition_of",
    "region_of",
    "sending",
    "user_sleep",
]
