"""DynamoDB's SerializationException texts for an attribute value whose member has the wrong
JSON type, as the service words them since 2018 (dynalite's tests, "Update tests to match latest
production"; the older Coral form was ``class ... can not be converted to an String``)."""

from __future__ import annotations

# {"N": 123}, {"S": True}: the scalar's JSON kind, then the Java type the member wants.
CONVERT = "{found} cannot be converted to {target}"
BOOLEAN_TOKEN = "Unexpected token received from parser"
BLOB_NOT_STRING = "only base-64-encoded strings are convertible to bytes"
COLLECTION = "Unrecognized collection type {java}"
LIST_SCALAR = "Unexpected field type"
VALUE_SCALAR = "Unexpected value type in payload"
MAP_WHERE_SCALAR = "Start of structure or map found where not expected"

# An attribute name over 65,535 UTF-8 bytes (Alternator's test_limits.py, AWS-run: 65535 is the
# last size allowed); DynamoDB Local's wording, which it gives for ExpressionAttributeNames (an
# item's name crashes it; AttributesToGet it accepts).
NAME_TOO_LARGE = "Attribute name is too large, must be less than 65536 bytes"
NAMES_TOO_LARGE_VALUE = (
    "ExpressionAttributeNames contains invalid value: Attribute name is too large, must be less "
    "than 65536 bytes for key {key}"
)
