"""Raw DynamoDB requests, for sending bodies botocore would not build."""

from __future__ import annotations

from botocore.awsrequest import AWSPreparedRequest


def request(operation: str, body: bytes) -> AWSPreparedRequest:
    """A prepared request for ``operation`` with ``body``, as botocore would hand it over."""
    return AWSPreparedRequest(
        "POST",
        "https://dynamodb.us-east-1.amazonaws.com/",
        {"X-Amz-Target": f"DynamoDB_20120810.{operation}"},
        body,
        None,
    )
