"""DynamoDB's messages for the write expressions: ConditionExpression's own, the legacy
``Expected`` and ``AttributeUpdates``, and UpdateExpression (parse, checks, apply), as named
constants. The details shared with the read expressions (syntax, undefined names...) stay in
:mod:`.messages`.

Sources, in order of trust: live captures (ScyllaDB Alternator's
test/alternator/test_update_expression.py, test_condition_expression.py, test_expected.py
and test_returnvalues.py, validated against AWS; dynalite's live-checked test/updateItem.js);
then DynamoDB Local (captured by sending each case, see tests/_expr_write_cases.py). Each
constant's source is in docs/errors.md, section "Condition and update expressions".
"""

from __future__ import annotations

UPDATE_PREFIX = "Invalid UpdateExpression: "

# -- legacy Expected (DynamoDB Local; the same words in dynalite's live-checked tests) -------
EXPECTED_NULL = (
    "One or more parameter values were invalid: "
    "ExpectedAttributeValue must not be null for Attribute: {name}"
)
EXPECTED_VALUE_AND_LIST = (
    "One or more parameter values were invalid: "
    "Value and AttributeValueList cannot be used together for Attribute: {name}"
)
EXPECTED_EXISTS_AND_OPERATOR = (
    "One or more parameter values were invalid: "
    "Exists and ComparisonOperator cannot be used together for Attribute: {name}"
)
EXPECTED_OPERATOR_NEEDS_VALUE = (
    "One or more parameter values were invalid: "
    "Value or AttributeValueList must be used with ComparisonOperator: {operator} for "
    "Attribute: {name}"
)
EXPECTED_LIST_WITHOUT_OPERATOR = (
    "One or more parameter values were invalid: "
    "AttributeValueList can only be used with a ComparisonOperator for Attribute: {name}"
)
# {exists} is "true" or "null" (Exists absent).
EXPECTED_VALUE_REQUIRED = (
    "One or more parameter values were invalid: "
    "Value must be provided when Exists is {exists} for Attribute: {name}"
)
EXPECTED_VALUE_WITH_NOT_EXISTS = (
    "One or more parameter values were invalid: "
    "Value cannot be used when Exists is false for Attribute: {name}"
)

# -- UpdateExpression: checks before anything is read (dynalite's update grammar, live-checked
# messages; DynamoDB Local) ------------------------------------------------------------------
SECTION_TWICE_DETAIL = 'The "{section}" section can only be used once in an update expression;'
PATHS_OVERLAP_DETAIL = (
    "Two document paths overlap with each other; must remove or rewrite one of these paths; "
    "path one: {one}, path two: {two}"
)
PATHS_CONFLICT_DETAIL = (
    "Two document paths conflict with each other; must remove or rewrite one of these paths; "
    "path one: {one}, path two: {two}"
)
# ADD and DELETE take a set (ADD also a number), named in the service's Java type words;
# {action} is ADD or DELETE. Live since at least 2020 and DynamoDB Local end with the typeSet;
# dynalite's older live tests stop at the type.
ACTION_OPERAND_TYPE_DETAIL = (
    "Incorrect operand type for operator or function; operator: {action}, operand type: "
    "{type}, typeSet: ALLOWED_FOR_{action}_OPERAND"
)
FUNCTION_NOT_IN_UPDATE_DETAIL = (
    "The function is not allowed in an update expression; function: {name}"
)
# An update function (if_not_exists, list_append) in any condition expression (DynamoDB Local:
# ConditionExpression, FilterExpression and KeyConditionExpression alike).
FUNCTION_NOT_IN_CONDITION_DETAIL = (
    "The function is not allowed in a condition expression; function: {name}"
)
# UpdateExpression over 4 KB: DynamoDB Local gives no size here (the other expressions do).
UPDATE_TOO_LONG_DETAIL = "Expression size has exceeded the maximum allowed size;"
KEY_ATTRIBUTE_UPDATE = (
    "One or more parameter values were invalid: "
    "Cannot update attribute {name}. This attribute is part of the key"
)

# -- UpdateExpression: errors met while applying it to the stored item ----------------------
INVALID_UPDATE_PATH = "The document path provided in the update expression is invalid for update"
WRONG_OPERAND_TYPE = "An operand in the update expression has an incorrect data type"
# An arithmetic result (SET +/-, ADD) past 38 significant digits (DynamoDB Local; live, a
# user's report of TransactWriteItems arithmetic).
NUMBER_PRECISION = "DynamoDB only supports precision up to 38 digits"
# A SET operand naming an attribute the item does not have.
MISSING_OPERAND = "The provided expression refers to an attribute that does not exist in the item"

# -- legacy AttributeUpdates (live: dynalite's test/updateItem.js; DynamoDB Local names the
# types in Java's words, NUMBER for N: a known difference) ---------------------------------
LEGACY_DELETE_ONLY = (
    "One or more parameter values were invalid: Only DELETE action is allowed when no "
    "attribute value is specified"
)
LEGACY_DELETE_TYPE = (
    "One or more parameter values were invalid: DELETE action with value is not supported "
    "for the type {type}"
)
LEGACY_ADD_TYPE = (
    "One or more parameter values were invalid: ADD action is not supported for the type {type}"
)
# The stored value and the update's are of different types (ADD, DELETE).
LEGACY_TYPE_MISMATCH = "Type mismatch for attribute to update"

# -- the request-validation envelope of the writes -------------------------------------------
# Newest live form (paritysuite tests/tier3/error-messages/putItem.test.ts, deleteItem.test.ts
# and updateItem.test.ts, "request validation envelope", eu-west-2 and us-east-1, 2026-10-09):
# every check of the write's expressions and legacy conditions answers inside
# "1 validation error detected: ", and ExpressionAttributeValues without an expression has no
# ": ConditionExpression is null" tail. Older regions, dynalite's live tests and DynamoDB Local
# answer the bare sentence (with the tail: messages.VALUES_WITHOUT_EXPRESSION).
ENVELOPE = "1 validation error detected: {message}"
VALUES_WITHOUT_EXPRESSION_WRITE = (
    "ExpressionAttributeValues can only be specified when using expressions"
)
# Member constraints (live: paritysuite validation-ordering/updateItem.test.ts, 2026-10-09, for
# conditionalOperator; Expected's comparisonOperator by analogy with queryFilter's, live in
# dynalite's query.js; AttributeUpdates' action: DynamoDB Local's enum order, no live capture).
ENUM_CONDITIONAL_OPERATOR = "Member must satisfy enum value set: [OR, AND]"
ENUM_ATTRIBUTE_ACTION = "Member must satisfy enum value set: [ADD, DELETE, PUT]"

# -- a set with duplicates in ExpressionAttributeValues ("ExpressionAttributeValues contains
# invalid value: {message} for key :v"): the item's wording (live: dynalite's putItem.js),
# members as Java prints a list. DynamoDB Local drops the period of the S form and the members
# of the B form here.
VALUES_SET_DUPLICATES = (
    "One or more parameter values were invalid: Input collection {members} contains duplicates."
)
VALUES_BINARY_SET_DUPLICATES = (
    "One or more parameter values were invalid: Input collection {members}of type BS contains "
    "duplicates."
)
VALUES_NUMBER_SET_DUPLICATES = "Input collection contains duplicates"
