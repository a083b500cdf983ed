"""The JSON types of a request's members, checked before anything reads them.

DynamoDB's front end deserializes a request into typed members before validating it, so a
member of the wrong JSON type fails with a SerializationException; a JSON ``null`` is a
member left out. Attribute values (``Key``) are checked later, with DynamoDB's own messages.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import _validation as v

STR, BOOL, INT, VALUE = "string", "boolean", "integer", "attribute value map"
Shape = Any  # a type name, [Shape] (a list), {"*": Shape} (a map) or {member: Shape}
# The members of a read that chooses attributes; each operation's SHAPE (in its module under
# _ops/) spells out its members.
PROJECTION: dict[str, Shape] = {
    "AttributesToGet": [STR],
    "ConsistentRead": BOOL,
    "ProjectionExpression": STR,
    "ExpressionAttributeNames": {"*": STR},
}
_JAVA = {str: "java.lang.String", bool: "java.lang.Boolean", int: "java.lang.Integer"}
_NUMBER = "com.amazon.coral.value.json.numbers.TruncatingBigNumber"


def check(shape: Mapping[str, Shape], body: Mapping[str, Any]) -> None:
    """Raise DynamoDB's SerializationException for the first member of the wrong JSON type."""
    _check(shape, body)


def _check(shape: Shape, value: Any) -> None:
    if value is None:
        return
    if isinstance(shape, list):
        if not isinstance(value, list):
            raise _mismatch(value, "list")
        for element in value:
            _check(shape[0], element)
    elif isinstance(shape, dict):
        if not isinstance(value, dict):
            raise _mismatch(value, "structure")
        if "*" in shape:
            inner = shape["*"]
            if inner == VALUE:  # an item or a key: one test a member, no call
                for member in value.values():
                    if member is not None and not isinstance(member, dict):
                        raise _mismatch(member, "structure")
                return
            for member in value.values():
                _check(inner, member)
        else:
            get = value.get
            for name, member_shape in shape.items():
                member = get(name)
                if member is not None:  # most members are left out: no call for them
                    _check(member_shape, member)
    elif shape == VALUE:
        if not isinstance(value, dict):
            raise _mismatch(value, "structure")
    elif not _is(value, shape):
        raise _mismatch(value, shape)


def nulls_as_empty(shape: Shape, value: Any) -> None:
    """Read a JSON ``null`` inside a list of structures (as ``shape`` gives them) as a
    structure with every member missing, in place, so that the member checks name what is
    missing in DynamoDB's constraint words. For table admin requests: botocore never sends
    such a null; DynamoDB Local answers ``Key schema element is invalid.`` for a key schema and
    an ``InternalFailure`` for the other lists (no live capture)."""
    if isinstance(shape, list):
        if not isinstance(value, list):
            return
        inner = shape[0]
        if isinstance(inner, dict) and "*" not in inner:
            value[:] = [{} if element is None else element for element in value]
        for element in value:
            nulls_as_empty(inner, element)
    elif isinstance(shape, dict) and "*" not in shape and isinstance(value, dict):
        for name, member_shape in shape.items():
            member = value.get(name)
            if isinstance(member, list | dict):
                nulls_as_empty(member_shape, member)


def _is(value: Any, shape: str) -> bool:
    if shape == STR:
        return isinstance(value, str)
    if shape == BOOL:
        return isinstance(value, bool)
    return isinstance(value, int) and not isinstance(value, bool)


def _mismatch(value: Any, expected: str) -> v.AwsError:
    if isinstance(value, dict):
        message = v.SERIALIZATION_MESSAGE
    elif isinstance(value, list):
        message = v.SERIALIZATION_LIST
    elif expected in ("list", "structure"):
        message = v.SERIALIZATION_UNEXPECTED
    else:
        found = (
            _NUMBER
            if isinstance(value, int | float) and not isinstance(value, bool)
            else (_JAVA[type(value)])
        )
        target = {STR: "String", BOOL: "Boolean", INT: "Integer"}[expected]
        message = v.SERIALIZATION_CONVERT.format(found=found, target=target)
    return v.AwsError(v.SERIALIZATION, message)
