"""Write allowances about the order of a write's checks, found by the write fuzzer (entries of
``_allowed_write.WRITE_ALLOWED``, rows of docs/differences.md "Writes" and docs/fuzzing.md)."""

from __future__ import annotations

import re
from typing import Any

from .test_fuzz import VE, Outcome, message

ENVELOPE = re.escape("1 validation error detected: ")
# DynamoDB Local's errors about the key, or a put's index keys, against the table's schema
KEY_AGAINST_SCHEMA = (
    r"One or more parameter values are not valid\. (A value specified for a secondary index "
    r"key is not supported\. )?The AttributeValue for a key attribute cannot contain an empty "
    r"(string|binary) value\..*"
    "|Invalid attribute value type"
    "|The number of conditions on the keys is invalid|One of the required keys was not given a "
    "value|One or more parameter values were invalid: Type mismatch for (Index )?[Kk]ey.*"
    "|One or more parameter values were invalid: Missing the key .+ in the item"
)
# The fake's (the service's) request validation errors: the single-item envelope (expressions,
# Expected, the item's own checks), all made before the service looks the table up
EXPRESSION_ERROR = ENVELOPE + ".*"


def key_after_expressions(
    op: str, request: dict[str, Any], lo: Outcome, fa: Outcome
) -> Outcome | None:
    """A single-item write with a key error and an expression (or Expected) error: DynamoDB
    Local looks the table up, and checks the key (a put's index keys) against it, before the
    expressions; the service validates the request, in the envelope, before it looks the table
    up (an unknown table, and so the key against the table's schema, comes after), so the
    request's error is reported."""
    if op not in ("PutItem", "UpdateItem", "DeleteItem"):
        return None
    ok = message(lo, VE, KEY_AGAINST_SCHEMA) and message(fa, VE, "(?s)" + EXPRESSION_ERROR)
    return fa if ok and len(lo) == 1 else None


OVERLAP = (
    r"(?:1 validation error detected: )?Invalid UpdateExpression: Two document paths overlap "
    r"with each other; must remove or rewrite one of these paths; path one: (\[.*\]), path two: "
    r"(\[.*\])"
)


def overlap_path_two(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """An UpdateExpression with overlapping paths among three or more: both sides name the
    same overlapping path first; as the second, DynamoDB Local names a path that follows its
    own hash order of the attribute names (``DELETE b :s, c :s REMOVE c, d SET x = :n``:
    ``[x]``; with ``xy`` for ``x``: ``[d]``), the fake the expression's last path. Both must
    be paths of the expression."""
    if op not in ("UpdateItem", "TransactWriteItems"):
        return None
    local, fake = (
        re.fullmatch(OVERLAP, (o.get("Error") or {}).get("Message") or "") for o in (lo, fa)
    )
    if not local or not fake or local.group(1) != fake.group(1) or len(lo) != 1:
        return None
    names = set()
    for body in [request, *[v for a in request.get("TransactItems", []) for v in a.values()]]:
        text = body.get("UpdateExpression") or ""
        for key, name in (body.get("ExpressionAttributeNames") or {}).items():
            text = re.sub(re.escape(key) + r"\b", lambda _m, n=name: f"\0{n}\0", text)
        names |= set(re.findall(r"\0([^\0]*)\0", text)) | set(
            re.findall(r"(?<![\0:#\w])([A-Za-z_]\w*)", re.sub(r"\0[^\0]*\0", " ", text))
        )
    tops = [re.match(r"\[([^,\]]*)", m.group(2)) for m in (local, fake)]
    return fa if all(t and t.group(1) in names for t in tops) else None


def _within(part: Any, whole: Any) -> bool:
    """Whether ``part`` is ``whole`` or a piece of it: a map's members, a list's elements."""
    if part == whole:
        return True
    if not isinstance(part, dict) or not isinstance(whole, dict) or len(part) != 1:
        return False
    ((kind, inner),) = part.items()
    theirs = whole.get(kind)
    if kind == "M" and isinstance(inner, dict) and isinstance(theirs, dict):
        return all(k in theirs and _within(v, theirs[k]) for k, v in inner.items())
    if kind == "L" and isinstance(inner, list) and isinstance(theirs, list):
        return all(any(_within(v, w) for w in theirs) for v in inner)
    return False


def nested_updated_values(
    op: str, request: dict[str, Any], lo: Outcome, fa: Outcome
) -> Outcome | None:
    """UPDATED_OLD or UPDATED_NEW of an update with nested paths: DynamoDB Local returns the
    whole top-level attributes, the service only the updated paths, nested (docs/differences.md,
    write expressions: scylladb test_returnvalues.py, validated against AWS). The fake's
    attributes must be pieces of Local's, the rest of the answer alike."""
    expression = request.get("UpdateExpression") or ""
    if op != "UpdateItem" or request.get("ReturnValues") not in ("UPDATED_OLD", "UPDATED_NEW"):
        return None
    if not re.search(r"[.\[]", expression) or "Error" in lo or "Error" in fa:
        return None
    mine, theirs = lo.get("Attributes") or {}, fa.get("Attributes") or {}
    rest = [{k: v for k, v in o.items() if k != "Attributes"} for o in (lo, fa)]
    if rest[0] != rest[1] or mine == theirs or not isinstance(theirs, dict):
        return None
    inside = all(name in mine and _within(value, mine[name]) for name, value in theirs.items())
    return fa if inside else None
