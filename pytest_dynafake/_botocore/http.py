"""botocore's HTTP objects: what the fake reads from a prepared request (body, region, attempt
number) and the response it answers with, which botocore and aiobotocore both parse."""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Generator, Iterator
from typing import Any

import msgspec
from botocore.awsrequest import AWSResponse, HeadersDict

_decode = msgspec.json.Decoder().decode
_REGION = re.compile(r"dynamodb\.([a-z0-9-]+)\.amazonaws\.com")


class _Body(bytes):
    """Response bytes that aiobotocore may also ``await``."""

    def __await__(self) -> Generator[Any, None, bytes]:
        return _resolved(bytes(self)).__await__()


async def _resolved(value: bytes) -> bytes:
    return value


class _Raw:
    """The ``raw`` of a response, read through ``stream()`` if ``content`` was not set."""

    __slots__ = ("_body",)

    def __init__(self, body: bytes) -> None:
        self._body = body

    def stream(self, **_: Any) -> Iterator[bytes]:
        yield self._body


def _header_keys(*names: str) -> tuple[Any, ...] | None:
    """botocore's own case-insensitive keys of ``HeadersDict`` for ``names``, made once: reading
    or building headers through them skips a key object and a lower() per header and call (a
    third of the fixed cost of a call). None if ``HeadersDict`` is no longer a dict of such
    keys: the public mapping API is used then."""
    probe = HeadersDict(dict.fromkeys(names, ""))
    keys = getattr(probe, "_dict", None)
    if type(keys) is not dict or len(keys) != len(names):  # pragma: no cover - botocore changed
        return None
    return tuple(keys)


_RESPONSE_HEADERS = ("Content-Type", "Content-Length", "x-amzn-RequestId", "x-amz-crc32")
_RESPONSE_KEYS = _header_keys(*_RESPONSE_HEADERS)
_AUTHORIZATION, _SDK_REQUEST = "Authorization", "amz-sdk-request"
_REQUEST_KEYS = _header_keys(_AUTHORIZATION, _SDK_REQUEST)
_JSON = "application/x-amz-json-1.0"


def _constructor_sets() -> frozenset[str]:
    return frozenset(vars(AWSResponse("", 200, {}, None)))


# botocore's constructor goes through MutableMapping.update for the headers: setting the same
# attributes directly is a third of a response's cost. Only while that constructor sets these.
_DIRECT = _RESPONSE_KEYS is not None and _constructor_sets() == frozenset(
    ("url", "status_code", "headers", "raw", "_content")
)


class FakeResponse(AWSResponse):  # type: ignore[misc]
    """An HTTP response built by the fake; its content works for botocore and aiobotocore."""

    def __init__(self, url: str, status: int, body: bytes, request_id: str) -> None:
        values = (_JSON, str(len(body)), request_id, str(zlib.crc32(body)))
        if _DIRECT:
            headers = HeadersDict.__new__(HeadersDict)
            headers._dict = dict(zip(_RESPONSE_KEYS, values, strict=True))  # type: ignore[arg-type]
            self.url, self.status_code, self.headers, self.raw = url, status, headers, _Raw(body)
        else:  # pragma: no cover - botocore changed
            headers = dict(zip(_RESPONSE_HEADERS, values, strict=True))
            super().__init__(url, status, headers, _Raw(body))
        self._content = _Body(body)


def _header(request: Any, name: str, index: int) -> Any:
    headers = request.headers
    if _REQUEST_KEYS is not None and type(headers) is HeadersDict:
        return headers._dict.get(_REQUEST_KEYS[index])
    return headers.get(name)


def decode_body(request: Any) -> Any:
    body = request.body
    if not body:
        return {}
    try:
        # Twice as fast as json.loads on a 25-item BatchWriteItem, and the same values for
        # any JSON it reads; what it refuses (a lone surrogate escape, NaN, 1e400) is read
        # by json.loads as before.
        return _decode(body)
    except msgspec.MsgspecError:
        return json.loads(body)


def region_of(request: Any) -> str:
    """The region the request was signed for: the SigV4 scope of its ``Authorization``
    header (``Credential=<key>/<date>/<region>/dynamodb/aws4_request``), which holds for
    dualstack, FIPS and ``endpoint_url`` clients alike; else the URL's, else us-east-1."""
    header: str | bytes | None = _header(request, _AUTHORIZATION, 0)
    if header:
        if isinstance(header, bytes):
            header = header.decode("ascii", "replace")
        start = header.find("Credential=")
        if start >= 0:
            scope = header[start + 11 :].partition(",")[0].split("/")
            if len(scope) == 5 and scope[3] == "dynamodb" and scope[2]:
                return scope[2]
    match = _REGION.search(str(request.url))
    return match.group(1) if match else "us-east-1"


def attempt_of(request: Any) -> int | None:
    """botocore's attempt number, from the ``amz-sdk-request`` header it adds."""
    header = _header(request, _SDK_REQUEST, 1)
    if isinstance(header, bytes):
        header = header.decode()
    if not header:
        return None
    if header.startswith("attempt="):  # botocore's own order: attempt=1; max=4
        value = header[8:].partition(";")[0]
        if value.isdigit():
            return int(value)
    for part in header.split(";"):
        name, _, value = part.strip().partition("=")
        if name == "attempt" and value.isdigit():
            return int(value)
    return None  # pragma: no cover - botocore always sends the attempt
