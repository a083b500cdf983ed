"""The JSON types DynamoDB's deserializer wants of an attribute value's members (``S`` a
string, ``L`` a list, ``BOOL`` a boolean or one of its words...), and its
SerializationException for a member of another type: raised before any check, so no check
rewords it. A JSON null is not this module's: it is a missing member, ``_wire``'s empty value.
"""

from __future__ import annotations

from typing import Any, TypeAlias

from . import _messages_values as mv
from . import _validation as v

Wanted: TypeAlias = tuple[type, str]
"""A member's Python type and its name in the messages (a Java type, or a container)."""

STRING, BOOLEAN, BLOB = (str, "String"), (bool, "Boolean"), (str, "Blob")
LIST, MAP, VALUE = (list, "List"), (dict, "Map"), (dict, "AttributeValue")
_COLLECTIONS = {
    "String": "class java.lang.String",
    "Boolean": "class java.lang.Boolean",
    "Blob": "class java.nio.ByteBuffer",
    "Map": "java.util.Map<java.lang.String, com.amazonaws.dynamodb.v20120810.AttributeValue>",
    "AttributeValue": "class com.amazonaws.dynamodb.v20120810.AttributeValue",
}
_TRUE_WORDS, _FALSE_WORDS = ("TRUE", "1", "YES"), ("FALSE", "0", "NO")


class SerializationError(v.AwsError):
    """DynamoDB's SerializationException for an attribute value's member of the wrong JSON
    type: the service's deserializer refuses it before any check, so no check rewords it."""


def expect(value: Any, wanted: Wanted) -> Any:
    """``value`` (not None) if it is of the JSON type ``wanted``, else the exception."""
    if not isinstance(value, wanted[0]) or (wanted[0] is str and isinstance(value, bool)):
        raise wrong_type(value, wanted)
    return value


def boolean(value: object) -> bool:
    """A BOOL or NULL member (not None): the deserializer also reads the words true/yes/1 and
    false/no/0 (any case) as booleans."""
    if isinstance(value, str):
        word = value.upper()
        if word in _TRUE_WORDS:
            return True
        if word in _FALSE_WORDS:
            return False
    return bool(expect(value, BOOLEAN))


def wrong_string(value: object) -> SerializationError:
    """The error for a string member (``S``, ``N``) given ``value`` (not None), of another
    JSON type."""
    return wrong_type(value, STRING)


def wrong_type(value: object, wanted: Wanted) -> SerializationError:
    """DynamoDB's SerializationException for ``value`` (not None) where ``wanted`` belongs."""
    target = wanted[1]
    if isinstance(value, list):
        message = (
            mv.LIST_SCALAR if target == "List" else mv.COLLECTION.format(java=_COLLECTIONS[target])
        )
    elif isinstance(value, dict):
        message = mv.MAP_WHERE_SCALAR
    elif target in ("List", "Map"):
        message = mv.LIST_SCALAR
    elif target == "AttributeValue":
        message = mv.VALUE_SCALAR
    elif target == "Blob":
        message = mv.BLOB_NOT_STRING
    elif isinstance(value, str):
        message = mv.BOOLEAN_TOKEN
    elif isinstance(value, bool):
        message = mv.CONVERT.format(found="TRUE_VALUE" if value else "FALSE_VALUE", target=target)
    else:
        found = "NUMBER_VALUE" if isinstance(value, int) else "DECIMAL_VALUE"
        message = mv.CONVERT.format(found=found, target=target)
    return SerializationError(v.SERIALIZATION, message)
