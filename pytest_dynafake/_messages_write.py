"""Every error DynamoDB returns for the single-item writes (PutItem, UpdateItem, DeleteItem) and
for the items any write stores, as named constants (docs/errors.md, "Writes", gives each one's
source).

Messages are DynamoDB's own, byte for byte, quirks kept. Where the service's wording changed
region by region, the constant holds the form most regions answer and docs/errors.md names the
other (many validation messages are moving into the "1 validation error detected: " envelope,
region by region, since 2026-06).
"""

from __future__ import annotations

CONDITIONAL_CHECK_FAILED = "ConditionalCheckFailedException"
CONDITIONAL_FAILED = "The conditional request failed"

# -- members ------------------------------------------------------------------------------------
ENUM_RETURN_VALUES = (
    "Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]"
)
ENUM_RETURN_ITEM_COLLECTION_METRICS = "Member must satisfy enum value set: [SIZE, NONE]"
ENUM_RETURN_VALUES_ON_CONDITION_CHECK_FAILURE = (
    "Member must satisfy enum value set: [ALL_OLD, NONE]"
)
# PutItem and DeleteItem refuse the other three modes of the enum, in the envelope since the
# 2026-10 captures (paritysuite error-messages/deleteItem.test.ts, eu-west-2 and us-east-1);
# older captures are bare (dynalite's putItem.js; ExtendDB's parity tests). DynamoDB Local
# words it differently.
RETURN_VALUES_PUT_DELETE = "1 validation error detected: ReturnValues can only be ALL_OLD or NONE"

# -- the item -----------------------------------------------------------------------------------
ITEM_MISSING_KEY = "One or more parameter values were invalid: Missing the key {name} in the item"
ITEM_KEY_TYPE = (
    "One or more parameter values were invalid: Type mismatch for key {name} expected: "
    "{expected} actual: {actual}"
)
ITEM_INDEX_KEY_TYPE = (
    "One or more parameter values were invalid: Type mismatch for Index Key {name} Expected: "
    "{expected} Actual: {actual} IndexName: {index}"
)
ITEM_INDEX_KEY_EMPTY = (
    "One or more parameter values are not valid. A value specified for a secondary index key is "
    "not supported. The AttributeValue for a key attribute cannot contain an empty {kind} value. "
    "IndexName: {index}, IndexKey: {name}"
)
UPDATE_INDEX_KEY_EMPTY = (
    "One or more parameter values are not valid. The update expression attempted to update a "
    "secondary index key to a value that is not supported. The AttributeValue for a key "
    "attribute cannot contain an empty {kind} value."
)
ITEM_TOO_LARGE = "Item size has exceeded the maximum allowed size"
UPDATE_TOO_LARGE = "Item size to update has exceeded the maximum allowed size"
ITEM_TOO_DEEP = (
    "1 validation error detected: Nesting Levels have exceeded supported limits: Attributes in "
    "the item have nested levels beyond supported limit"
)
ITEM_TOO_DEEP_BARE = (
    "Nesting Levels have exceeded supported limits: Attributes in the item have nested levels "
    "beyond supported limit"
)
ITEM_EMPTY_ATTRIBUTE_NAME = "Empty attribute name"
# Set members in the message as Java prints a list; the binary form has no space before "of".
SET_DUPLICATES = (
    "One or more parameter values were invalid: Input collection {members} contains duplicates."
)
BINARY_SET_DUPLICATES = (
    "One or more parameter values were invalid: Input collection {members}of type BS contains "
    "duplicates."
)
NUMBER_SET_DUPLICATES = "Input collection contains duplicates"
