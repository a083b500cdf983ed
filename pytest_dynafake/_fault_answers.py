"""What faults answer: DynamoDB's throttling, cancellation and server errors, and the network
errors botocore's transport raises, built as the service (or botocore) builds them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from botocore.exceptions import ConnectTimeoutError, EndpointConnectionError, ReadTimeoutError

from . import _messages_batch as batch
from . import _messages_faults as m
from . import _validation as v
from ._botocore.partitions import partition_of

# The reason is ``Table`` or ``Index`` + ``Read`` or ``Write`` + this limit type (API
# reference, ThrottlingReason); the message of a global secondary index's provisioned
# throughput is its own.
THROTTLE_ERRORS = {
    "ProvisionedThroughputExceededException": (
        v.THROTTLED_PROVISIONED,
        "ThrottlingReasons",
        "ProvisionedThroughputExceeded",
    ),
    "ThrottlingException": (
        v.THROTTLED_ON_DEMAND,
        "throttlingReasons",
        "KeyRangeThroughputExceeded",
    ),
    "RequestLimitExceeded": (v.THROTTLED_ACCOUNT, "ThrottlingReasons", "AccountLimitExceeded"),
}
INDEX_MESSAGES = {"ProvisionedThroughputExceededException": v.THROTTLED_PROVISIONED_INDEX}
CONDITION_FAILED = "ConditionalCheckFailed"
CANCELLATION_CODES = {
    "TransactionConflict": v.REASON_CONFLICT,
    CONDITION_FAILED: m.REASON_CONDITION_FAILED,
    "ProvisionedThroughputExceeded": v.THROTTLED_PROVISIONED,
    "ThrottlingError": v.REASON_THROTTLED,
    "ValidationError": v.REASON_INVALID,
}
SERVER_ERRORS = {
    "InternalServerError": (500, "com.amazonaws.dynamodb.v20120810#", v.INTERNAL_SERVER_ERROR),
    "ServiceUnavailable": (503, "com.amazon.coral.availability#", v.SERVICE_UNAVAILABLE),
}
# A transaction's own errors (writes only): a retry whose ClientRequestToken names a
# transaction still in progress. botocore retries it (a throttling code in standard mode,
# "still_processing" in legacy mode).
TRANSACTION_ERRORS = {batch.TRANSACTION_IN_PROGRESS: batch.TRANSACTION_IN_PROGRESS_MESSAGE}
NETWORK_ERRORS = ("ReadTimeout", "ConnectTimeout", "ConnectionError")
ACCOUNT = "123456789012"


def throttle_error(
    code: str, table: str | None, region: str, index: str | None = None, write: bool = False
) -> v.AwsError:
    """The throttling error of a read of ``table``, or of its global secondary ``index``
    (a local secondary index shares its table's throughput: its reads throttle the table);
    ``write``: of a write to ``table``, throttled by ``index``'s back-pressure if given."""
    message, field, limit = THROTTLE_ERRORS[code]
    fields = {}
    if table is not None:
        resource = f"arn:{partition_of(region)[0]}:dynamodb:{region}:{ACCOUNT}:table/{table}"
        side = "Write" if write else "Read"
        reason = f"Table{side}{limit}"
        if index is not None:
            resource, reason = f"{resource}/index/{index}", f"Index{side}{limit}"
            message = INDEX_MESSAGES.get(code, message)
        fields[field] = [{"reason": reason, "resource": resource}]
    return v.AwsError(code, message, fields=fields)


def cancelled(
    count: int,
    codes: Mapping[int, str],
    items: Mapping[int, Mapping[str, Any]] | None = None,
) -> v.AwsError:
    """TransactionCanceledException with ``codes`` by position, the other actions ``None``;
    a ``ConditionalCheckFailed`` reason carries its position's item in ``items``, if any."""
    reasons: list[dict[str, Any]] = [{"Code": v.TRANSACT_NO_REASON}] * count
    for position, code in codes.items():
        reasons[position] = {"Code": code, "Message": CANCELLATION_CODES[code]}
        item = None if items is None or code != CONDITION_FAILED else items.get(position)
        if item is not None:
            reasons[position]["Item"] = dict(item)
    listed = ", ".join(r["Code"] for r in reasons)
    return v.AwsError(
        v.TRANSACTION_CANCELED,
        v.TRANSACT_CANCELED.format(codes=listed),
        fields={"CancellationReasons": reasons},
    )


def server_error(error: str) -> v.AwsError | Exception:
    if error in SERVER_ERRORS:
        status, namespace, message = SERVER_ERRORS[error]
        return v.AwsError(error, message, status=status, namespace=namespace)
    if error in TRANSACTION_ERRORS:
        return v.AwsError(error, TRANSACTION_ERRORS[error])
    url = "https://dynamodb.amazonaws.com/"
    raised: Exception
    if error == "ReadTimeout":
        raised = ReadTimeoutError(endpoint_url=url, error="Read timed out. (read timeout=60)")
    elif error == "ConnectTimeout":
        raised = ConnectTimeoutError(endpoint_url=url, error="timed out")
    else:
        raised = EndpointConnectionError(endpoint_url=url, error="Connection refused")
    return raised
