"""DynamoDB's messages for KeyConditionExpression, FilterExpression (later ConditionExpression),
the legacy KeyConditions/QueryFilter/ScanFilter, and ExpressionAttributeValues, as named
constants. ProjectionExpression's and ExpressionAttributeNames' own messages stay in
``_validation`` (the three Get operations use them).

An expression error reads ``"Invalid <Parameter>: " + <detail>``: the details are the
constants ending in ``_DETAIL`` (shared by every expression parameter). Sources: DynamoDB
Local 3.3.1 (captured by sending each case, see tests/conformance/test_expr_capture.py),
dynalite's live-checked test/query.js and test/scan.js; live differences are listed in
docs/differences.md.
"""

from __future__ import annotations

# -- prefixes and details shared by every expression ----------------------------------------
KEY_CONDITION_PREFIX = "Invalid KeyConditionExpression: "
FILTER_PREFIX = "Invalid FilterExpression: "
CONDITION_PREFIX = "Invalid ConditionExpression: "
EMPTY_DETAIL = "The expression can not be empty;"
SYNTAX = 'Syntax error; token: "{token}", near: "{near}"'
RESERVED_DETAIL = "Attribute name is a reserved keyword; reserved keyword: {word}"
UNDEFINED_NAME_DETAIL = (
    "An expression attribute name used in the document path is not defined; attribute name: {name}"
)
UNDEFINED_VALUE_DETAIL = (
    "An expression attribute value used in expression is not defined; attribute value: {name}"
)
TOO_LONG_DETAIL = "Expression size has exceeded the maximum allowed size; expression size: {size}"
TOO_DEEP_DETAIL = "The document path has too many nesting levels; nesting levels: {levels}"
INDEX_RANGE_DETAIL = "List index is not within the allowable range; index: [{index}]"
# DynamoDB Local 3.3.1: counting stops at the first operator over the limit of 300.
TOO_MANY_OPERATORS_DETAIL = "The expression contains too many operators; operator count: {count}"
TOO_MANY_IN_OPERANDS_DETAIL = (
    "The IN operator is provided with too many operands; number of operands: {count}"
)
# A ":value" after a dot in a condition's path (DynamoDB Local; the service is said to fail
# with a 500 InternalFailure: a comment in dynalite's scan.js).
INTERNAL_DETAIL = "Internal server error"
REDUNDANT_PARENS_DETAIL = "The expression has redundant parentheses;"
UNKNOWN_FUNCTION_DETAIL = "Invalid function name; function: {name}"
MISUSED_FUNCTION_DETAIL = (
    "The function is not allowed to be used this way in an expression; function: {name}"
)
OPERAND_COUNT_DETAIL = (
    "Incorrect number of operands for operator or function; operator or function: {name}, "
    "number of operands: {count}"
)
NOT_DISTINCT_DETAIL = (
    "The first operand must be distinct from the remaining operands for this operator or "
    "function; operator: {name}, first operand: {path}"
)
NEEDS_PATH_DETAIL = "Operator or function requires a document path; operator or function: {name}"
OPERAND_TYPE_DETAIL = (
    "Incorrect operand type for operator or function; operator or function: {name}, "
    "operand type: {type}"
)
ATTRIBUTE_TYPE_NAME_DETAIL = (
    "Invalid attribute type name found; type: {type}, valid types: {{N,BS,L,B,NULL,M,S,SS,NS,BOOL}}"
)
BETWEEN_TYPES_DETAIL = (
    "The BETWEEN operator requires same data type for lower and upper bounds; lower bound "
    "operand: AttributeValue: {{{lower}}}, upper bound operand: AttributeValue: {{{upper}}}"
)
BETWEEN_ORDER_DETAIL = (
    "The BETWEEN operator requires upper bound to be greater than or equal to lower bound; "
    "lower bound operand: AttributeValue: {{{lower}}}, upper bound operand: AttributeValue: "
    "{{{upper}}}"
)

# -- KeyConditionExpression, before the table is known ---------------------------------------
KEY_INVALID_OPERATOR = "Invalid operator used in KeyConditionExpression: {operator}"
KEY_NESTED_OPERATION = "KeyConditionExpressions cannot contain nested operations"
KEY_NESTED_ATTRIBUTE = "KeyConditionExpressions cannot have conditions on nested attributes"
KEY_FIRST_OPERAND = (
    "Invalid condition in KeyConditionExpression: {operator} operator must have the key "
    "attribute as its first operand"
)
KEY_MULTIPLE_NAMES = (
    "Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition"
)
KEY_NO_ATTRIBUTE = "Invalid condition in KeyConditionExpression: No key attribute specified"
# Newest live wording (paritysuite/dynamodb-conformance, eu-west-2 2026-10) has the prefix;
# dynalite's older live tests and DynamoDB Local do not.
KEY_ONE_PER_KEY = (
    KEY_CONDITION_PREFIX + "KeyConditionExpressions must only contain one condition per key"
)
# More conditions than key attributes: the newest live wording (paritysuite, eu-west-2
# 2026-10); DynamoDB Local and older live tests say "Conditions can be of length 1 or 2 only",
# which stays for legacy KeyConditions with no condition at all.
KEY_TOO_MANY_CONDITIONS = (
    "The number of query conditions ({count}) exceeds the number of key attributes defined in "
    "the schema ({keys})"
)
KEY_CONDITION_COUNT = "Conditions can be of length 1 or 2 only"
# -- key conditions bound to a key schema ----------------------------------------------------
# Live names the attribute (dynalite's live tests, and every user report); DynamoDB Local
# stops at "element" (a known difference).
KEY_MISSED_ELEMENT = "Query condition missed key schema element: {name}"
KEY_NOT_SUPPORTED = "Query key condition not supported"
KEY_TYPE_MISMATCH = (
    "One or more parameter values were invalid: Condition parameter type does not match schema type"
)
KEY_NOT_INDEXABLE = "Attempted conditional constraint is not an indexable operation"
# Multi-attribute GSI keys (DynamoDB Local 3.3.1; no live capture found).
KEY_HASH_NEEDS_EQUALITY = (
    "HASH key attributes {names} must have equality conditions specified in the query"
)
KEY_RANGE_NEEDS_EQUALITY = (
    "RANGE key attributes {names} must have equality conditions specified in the query because "
    "a condition is present on key attribute {name}"
)
# The table-key form ("...: Key: {name}") is _validation.PROJECTION_KEY_PATH.
INDEX_KEY_SCALAR_ONLY = (
    "Key attributes must be scalars; list random access '[]' and map lookup '.' are not "
    "allowed: IndexKey: {name}"
)
FILTER_KEY_ATTRIBUTE = (
    "Filter Expression can only contain non-primary key attributes: Primary key attribute: {name}"
)
QUERY_FILTER_KEY_ATTRIBUTE = (
    "QueryFilter can only contain non-primary key attributes: Primary key attribute: {name}"
)

# -- ExpressionAttributeValues -------------------------------------------------------------
VALUES_EMPTY = "ExpressionAttributeValues must not be empty"
VALUES_BAD_KEY = 'ExpressionAttributeValues contains invalid key: Syntax error; key: "{key}"'
VALUES_BAD_VALUE = "ExpressionAttributeValues contains invalid value: {message} for key {key}"
VALUES_UNUSED = (
    "Value provided in ExpressionAttributeValues unused in expressions: keys: {{{names}}}"
)
VALUES_WITHOUT_EXPRESSION = (
    "ExpressionAttributeValues can only be specified when using expressions: {expressions} null"
)
# Either parameter is required (dynalite's live tests).
KEY_CONDITION_REQUIRED = (
    "Either the KeyConditions or KeyConditionExpression parameter must be specified in the request."
)
MIXED_PARAMETERS = (
    "Can not use both expression and non-expression parameters in the same request: "
    "Non-expression parameters: {{{legacy}}} Expression parameters: {{{expressions}}}"
)

# -- legacy conditions (KeyConditions, QueryFilter, ScanFilter) ------------------------------
LEGACY_ARGUMENT_COUNT = (
    "One or more parameter values were invalid: Invalid number of argument(s) for the "
    "{operator} ComparisonOperator"
)
LEGACY_MIXED_TYPES = (
    "One or more parameter values were invalid: AttributeValues inside AttributeValueList must "
    "be of same type"
)
LEGACY_OPERATOR_TYPE = (
    "One or more parameter values were invalid: ComparisonOperator {operator} is not valid for "
    "{type} AttributeValue type"
)
LEGACY_BETWEEN_ORDER = (
    "The BETWEEN condition was provided a range where the lower bound is greater than the upper "
    "bound"
)
# DynamoDB Local 3.3.1 (no live capture found).
CONDITIONAL_WITHOUT_FILTER = "ConditionalOperator cannot be used without Filter or Expected"
CONDITIONAL_ONE_ELEMENT = (
    "ConditionalOperator can only be used when Filter or Expected has two or more elements"
)
