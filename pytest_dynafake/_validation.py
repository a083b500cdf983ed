"""Every error DynamoDB returns for the served reads, as named constants, and the checks that
are shared by several operations.

Messages are DynamoDB's own, byte for byte, quirks kept. Where the service's wording changed
region by region, the constant holds the newest captured form and the comment names the older
one (the conformance suite lists which form DynamoDB Local still uses).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

# -- error codes and statuses ----------------------------------------------------------------
VALIDATION = "ValidationException"
RESOURCE_NOT_FOUND = "ResourceNotFoundException"
SERIALIZATION = "SerializationException"
# The service's front end (Coral) words its deserialization errors so; Java's grammar kept.
SERIALIZATION_MESSAGE = "Start of structure or map found where not expected."
SERIALIZATION_LIST = "Start of list found where not expected"
SERIALIZATION_UNEXPECTED = "Unexpected value type in payload"
SERIALIZATION_CONVERT = "class {found} can not be converted to an {target}"
NESTING_TOO_DEEP = "Nesting Levels have exceeded supported limits"
TRANSACTION_CANCELED = "TransactionCanceledException"


class AwsError(Exception):
    """An error DynamoDB would answer with. Raised inside the fake, turned into a response by
    the dispatcher, and parsed by botocore into its modeled exception."""

    def __init__(
        self,
        code: str,
        message: str,
        *,
        status: int = 400,
        fields: Mapping[str, Any] | None = None,
        namespace: str | None = None,
    ) -> None:
        super().__init__(code, message)
        self.code = code
        self.message = message
        self.status = status
        self.fields = dict(fields or {})
        self.namespace = namespace


def invalid(message: str) -> AwsError:
    return AwsError(VALIDATION, message)


# -- table names -----------------------------------------------------------------------------
# Data reads say this; DynamoDB Local says "Cannot do operations on a non-existent table".
TABLE_NOT_FOUND = "Requested resource not found"
# DescribeTable names the table.
TABLE_NOT_FOUND_NAMED = "Requested resource not found: Table: {table} not found"
TABLE_NAME_PATTERN = re.compile(r"[a-zA-Z0-9_.-]+\Z")
TABLE_NAME_TOO_SHORT = "Member must have length greater than or equal to 3"
TABLE_NAME_TOO_LONG = "Member must have length less than or equal to 255"
TABLE_NAME_BAD_CHARS = "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+"

# -- generic constraint messages ("N validation error(s) detected: ...") ----------------------
CONSTRAINT = "Value {value} at '{field}' failed to satisfy constraint: {constraint}"
# The newest wording names the member without echoing its value.
CONSTRAINT_NO_ECHO = "Value at '{field}' failed to satisfy constraint: {constraint}"
ENUM_RETURN_CONSUMED_CAPACITY = "Member must satisfy enum value set: [INDEXES, TOTAL, NONE]"
LIST_MIN_ONE = "Member must have length greater than or equal to 1"
LIST_MAX_100 = "Member must have length less than or equal to 100"
MAP_MIN_ONE = "Member must have length greater than or equal to 1"
MEMBER_NOT_NULL = "Member must not be null"

# -- keys --------------------------------------------------------------------------------------
KEY_SCHEMA_MISMATCH = "The provided key element does not match the schema"
KEY_EMPTY_STRING = (
    "One or more parameter values are not valid. The AttributeValue for a key attribute "
    "cannot contain an empty string value. Key: {name}"
)
KEY_EMPTY_BINARY = (
    "One or more parameter values are not valid. The AttributeValue for a key attribute "
    "cannot contain an empty binary value. Key: {name}"
)
# Live wording as dynalite's tests pin it (the missing space in "of2048" is the service's);
# Scylla Alternator's AWS-run test_limits.py quotes the sort-key one. DynamoDB Local has one
# message for both: "Hash primary key values must be under 2048 bytes, and range primary key
# values must be under 1024 bytes".
KEY_HASH_TOO_LARGE = (
    "One or more parameter values were invalid: Size of hashkey has exceeded the maximum size "
    "limit of2048 bytes"
)
KEY_RANGE_TOO_LARGE = (
    "One or more parameter values were invalid: Aggregated size of all range keys has exceeded "
    "the size limit of 1024 bytes"
)

# -- attribute values --------------------------------------------------------------------------
AV_EMPTY = "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes"
AV_MULTIPLE = (
    "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the "
    "supported datatypes"
)
# Newest wording (captured 2026-10 in eu-west-2, us-east-1, eu-west-1, us-west-2). The older
# layer drops ": <value>" for an empty string; DynamoDB Local says
# "A value provided cannot be converted into a number".
NUMBER_INVALID = "The parameter cannot be converted to a numeric value: {value}"
NUMBER_TOO_MANY_DIGITS = "Attempting to store more than 38 significant digits in a Number"
NUMBER_OVERFLOW = (
    "Number overflow. Attempting to store a number with magnitude larger than supported range"
)
NUMBER_UNDERFLOW = (
    "Number underflow. Attempting to store a number with magnitude smaller than supported range"
)
# The double space is DynamoDB's.
EMPTY_SET = "One or more parameter values were invalid: An {kind} set  may not be empty"
EMPTY_BINARY_SET = "One or more parameter values were invalid: Binary sets should not be empty"
NULL_FALSE = (
    "One or more parameter values were invalid: Null attribute value types must have the value "
    "of true"
)
DUPLICATE_IN_SET = (
    "One or more parameter values were invalid: Input collection contains duplicates."
)

# -- BatchGetItem ------------------------------------------------------------------------------
BATCH_TOO_MANY_KEYS = "Too many items requested for the BatchGetItem call"
BATCH_DUPLICATE_KEYS = "Provided list of item keys contains duplicates"
# Newest wording (captured 2026, eu-west-2). Older: "Value '[]' at 'requestItems.<t>.member.keys'"
# for an empty list and "Value '[<keys>]' at ..." for 101 keys.
BATCH_KEYS_FIELD = "RequestItems.{table}.member.Keys"
# Newest wording; older regions said "The requestItems parameter is required for BatchGetItem".
BATCH_REQUEST_ITEMS_FIELD = "RequestItems"
BATCH_TABLE_NAMES = (
    "Map keys must satisfy constraint: [Member must have length less than or equal to 255, "
    "Member must have length greater than or equal to 3, "
    "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+]"
)

# -- TransactGetItems --------------------------------------------------------------------------
TRANSACT_SAME_ITEM = "Transaction request cannot include multiple operations on one item"
# No live capture exists for the 4 MB aggregate; this is DynamoDB Local's answer, which
# appends the running size at the first Get that crossed the limit, with no space.
TRANSACT_TOO_LARGE = "Payload in response is too large.{size}"
# Newest wording (eu-north-1, ap-northeast-2, 2026-10). Older regions echo the list:
# "Value '[]' at 'transactItems'" (or a Java dump of 101 items).
TRANSACT_ITEMS_FIELD = "TransactItems"
TRANSACT_NO_REASON = "None"
TRANSACT_VALIDATION_REASON = "ValidationError"
TRANSACT_CANCELED = (
    "Transaction cancelled, please refer cancellation reasons for specific reasons [{codes}]"
)

# -- faults: what the service says when it fails ---------------------------------------------
THROTTLED_PROVISIONED = (
    "The level of configured provisioned throughput for the table was exceeded. Consider "
    "increasing your provisioning level with the UpdateTable API."
)
# The live log ends at the URL; the cancellation-reason form in the API reference adds a period.
THROTTLED_ON_DEMAND = (
    "Throughput exceeds the current capacity of your table or index. DynamoDB is automatically "
    "scaling your table or index so please try again shortly. If exceptions persist, check if "
    "you have a hot key: "
    "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-design.html"
)
THROTTLED_ACCOUNT = (
    "Throughput exceeds the current throughput limit for your account. Please contact AWS "
    "Support at https://aws.amazon.com/support request a limit increase"
)
# A global secondary index's own provisioned throughput (API reference, TransactionCanceled
# reasons: "returned when provisioned throughput is exceeded is on a provisioned GSI"); live
# logs of the exception end without the period the reason form has.
THROTTLED_PROVISIONED_INDEX = (
    "The level of configured provisioned throughput for one or more global secondary indexes "
    "of the table was exceeded. Consider increasing your provisioning level for the "
    "under-provisioned global secondary indexes with the UpdateTable API"
)
INTERNAL_SERVER_ERROR = "Internal server error"
SERVICE_UNAVAILABLE = "Service Unavailable"
REASON_CONFLICT = "Transaction is ongoing for the item."
REASON_THROTTLED = THROTTLED_ON_DEMAND + "."
REASON_INVALID = "One or more parameter values were invalid."

# -- expressions -------------------------------------------------------------------------------
EXPRESSION_AND_LEGACY = (
    "Can not use both expression and non-expression parameters in the same request: "
    "Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}"
)
NAMES_WITHOUT_EXPRESSION = "ExpressionAttributeNames can only be specified when using expressions"
NAMES_EMPTY = "ExpressionAttributeNames must not be empty"
NAMES_UNUSED = "Value provided in ExpressionAttributeNames unused in expressions: keys: {{{names}}}"
NAMES_BAD_KEY = 'ExpressionAttributeNames contains invalid key: Syntax error; key: "{key}"'
NAMES_EMPTY_VALUE = (
    "ExpressionAttributeNames contains invalid value: Empty attribute name for key {key}"
)
PROJECTION_PREFIX = "Invalid ProjectionExpression: "
PROJECTION_EMPTY = PROJECTION_PREFIX + "The expression can not be empty;"
# Over 4 KB as written (live); unlike FilterExpression's, no "expression size: <n>" follows.
PROJECTION_TOO_LONG = PROJECTION_PREFIX + "Expression size has exceeded the maximum allowed size;"
PROJECTION_SYNTAX = PROJECTION_PREFIX + 'Syntax error; token: "{token}", near: "{near}"'
PROJECTION_RESERVED = (
    PROJECTION_PREFIX + "Attribute name is a reserved keyword; reserved keyword: {word}"
)
PROJECTION_UNDEFINED_NAME = (
    PROJECTION_PREFIX
    + "An expression attribute name used in the document path is not defined; attribute name: "
    "{name}"
)
PROJECTION_TOO_DEEP = (
    PROJECTION_PREFIX + "The document path has too many nesting levels; nesting levels: {levels}"
)
PROJECTION_INDEX_RANGE = (
    PROJECTION_PREFIX + "List index is not within the allowable range; index: [{index}]"
)
# No "Invalid ProjectionExpression: " prefix here (DynamoDB Local; dynalite's live tests).
PROJECTION_KEY_PATH = (
    "Key attributes must be scalars; list random access '[]' and map lookup '.' are not "
    "allowed: Key: {name}"
)
PROJECTION_OVERLAP = (
    PROJECTION_PREFIX + "Two document paths overlap with each other; must remove or rewrite one "
    "of these paths; path one: {one}, path two: {two}"
)
PROJECTION_CONFLICT = (
    PROJECTION_PREFIX + "Two document paths conflict with each other; must remove or rewrite one "
    "of these paths; path one: {one}, path two: {two}"
)
ATTRIBUTES_TO_GET_EMPTY = "Empty attribute name"
# An empty AttributesToGet list (the model's minimum is 1), in the newest constraint wording
# as the service words an empty Keys list; the older form echoes the value:
# "Value '[]' at 'attributesToGet'" (dynalite's live-checked getItem.js).
ATTRIBUTES_TO_GET_FIELD = "AttributesToGet"
BATCH_ATTRIBUTES_TO_GET_FIELD = "RequestItems.{table}.member.AttributesToGet"
# Every read (dynalite's live-checked getItem.js and batchGetItem.js). DynamoDB Local's
# GetItem says "Cannot have two attributes with the same name" instead.
ATTRIBUTES_TO_GET_DUPLICATE = (
    "One or more parameter values were invalid: Duplicate value in attribute name: {name}"
)


# -- shared checks -----------------------------------------------------------------------------
def constraint_errors(errors: list[str]) -> AwsError:
    """DynamoDB's aggregated constraint message: '1 validation error detected: ...'."""
    count = len(errors)
    noun = "error" if count == 1 else "errors"
    return invalid(f"{count} validation {noun} detected: " + "; ".join(errors))


def check_return_consumed_capacity(body: Mapping[str, Any], errors: list[str]) -> str:
    value = body.get("ReturnConsumedCapacity", "NONE")
    if value not in ("NONE", "TOTAL", "INDEXES"):
        errors.append(
            CONSTRAINT.format(
                value=f"'{value}'",
                field="returnConsumedCapacity",
                constraint=ENUM_RETURN_CONSUMED_CAPACITY,
            )
        )
        return "NONE"
    return str(value)


def table_name_errors(name: str, field: str) -> list[str]:
    """Constraint messages for a table name given as a plain member (GetItem, Get)."""
    problems = []
    if len(name) < 3:
        problems.append(TABLE_NAME_TOO_SHORT)
    if len(name) > 255:
        problems.append(TABLE_NAME_TOO_LONG)
    if not TABLE_NAME_PATTERN.match(name):
        problems.append(TABLE_NAME_BAD_CHARS)
    return [CONSTRAINT.format(value=f"'{name}'", field=field, constraint=p) for p in problems]


DYNAMODB = "com.amazonaws.dynamodb.v20120810#"
# The service reports request validation from its framework's namespace.
NAMESPACES = {
    VALIDATION: "com.amazon.coral.validate#",
    SERIALIZATION: "com.amazon.coral.service#",
}


def error_body(error: AwsError) -> str:
    """The JSON body DynamoDB sends for an error."""
    import json

    namespace = error.namespace or NAMESPACES.get(error.code, DYNAMODB)
    body: dict[str, Any] = {"__type": namespace + error.code}
    if error.code == TRANSACTION_CANCELED:
        body.update(error.fields)
        body["Message"] = error.message
    else:
        body["message"] = error.message
        body.update(error.fields)
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False)
