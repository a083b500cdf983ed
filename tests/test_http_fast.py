"""The request headers read and the response headers built through botocore's own header keys
(``_botocore.http``), against botocore's public mapping API they stand in for."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import boto3
from botocore.awsrequest import AWSResponse, HeadersDict
from botocore.config import Config

from pytest_dynafake import DynaFake
from pytest_dynafake._botocore import http


def _sent_request(region: str) -> Any:
    """A real prepared DynamoDB request, as botocore hands it to ``before-send``."""
    client = boto3.client(
        "dynamodb", region_name=region, config=Config(retries={"mode": "standard"})
    )
    seen: list[Any] = []

    def grab(request: Any, **_: Any) -> None:
        seen.append(request)

    client.meta.events.register_first("before-send.dynamodb", grab)
    with DynaFake(tables={"users": {"partition_key": "k", "items": [{"k": "a"}]}}):
        client.get_item(TableName="users", Key={"k": {"S": "a"}})
    return seen[0]


def test_request_headers_read_as_botocores_mapping_reads_them() -> None:
    request = _sent_request("eu-west-3")
    assert type(request.headers) is HeadersDict
    for index, name in enumerate(("Authorization", "amz-sdk-request")):
        assert http._header(request, name, index) == request.headers.get(name)
    assert http.region_of(request) == "eu-west-3"
    assert http.attempt_of(request) == 1
    # Headers that are not botocore's HeadersDict (another client library's request) go
    # through the mapping API, with the same answers.
    plain = SimpleNamespace(headers=dict(request.headers.items()), url=request.url)
    assert (http.region_of(plain), http.attempt_of(plain)) == ("eu-west-3", 1)


def test_attempt_read_in_any_order_of_the_header() -> None:
    def attempt(header: str | bytes | None) -> int | None:
        headers = HeadersDict({} if header is None else {"amz-sdk-request": header})
        return http.attempt_of(SimpleNamespace(headers=headers))

    assert [
        attempt(b"attempt=3; max=4"),
        attempt("attempt=2"),
        attempt("max=4; attempt=5"),
        attempt("attempt=x; max=4"),
        attempt(None),
    ] == [3, 2, 5, None, None]


def test_response_headers_are_what_botocore_builds_from_them() -> None:
    body = b'{"Item":{"k":{"S":"a"}}}'
    built = http.FakeResponse("https://dynamodb.us-east-1.amazonaws.com/", 200, body, "RID")
    expected = AWSResponse(
        "https://dynamodb.us-east-1.amazonaws.com/",
        200,
        {
            "Content-Type": "application/x-amz-json-1.0",
            "Content-Length": str(len(body)),
            "x-amzn-RequestId": "RID",
            "x-amz-crc32": "430334470",
        },
        None,
    )
    assert dict(built.headers) == dict(expected.headers)
    assert built.headers["content-length"] == built.headers["Content-Length"] == "24"
    assert (built.status_code, built.url, built.content) == (200, expected.url, body)


def test_response_has_every_attribute_botocores_constructor_sets() -> None:
    """The response is built without botocore's constructor (a third of its cost): it must still
    carry each attribute that constructor sets, the headers as a real ``HeadersDict``."""
    built = http.FakeResponse("https://dynamodb.us-east-1.amazonaws.com/", 400, b"{}", "RID")
    reference = AWSResponse("https://dynamodb.us-east-1.amazonaws.com/", 400, {}, None)
    assert sorted(vars(built)) == sorted(vars(reference))
    assert type(built.headers) is HeadersDict
    assert built.headers["x-amzn-requestid"] == "RID"
    built.headers["X-Extra"] = "1"  # a handler of the user's may add one
    assert (built.headers["x-extra"], built.status_code, built.text) == ("1", 400, "{}")
