"""The write differences between DynamoDB Local and the service that the write fuzzer may meet:
each entry stands for rows of docs/differences.md ("Writes"; the hand-written cases named in
``rows`` pin them exactly) and rewrites DynamoDB Local's answer into the service's, as
``test_fuzz.ALLOWED`` does for reads."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

from .pages import canonical
from .test_fuzz import ALLOWED, RNF, TCE, VE, Allowed, Outcome, canonical_numbers, message, swap

ENVELOPE = "1 validation error detected: "
INVALID = "One or more parameter values were invalid: "
KEY_MISMATCH = "The provided key element does not match the schema"
KEY_LOCAL = (
    "The number of conditions on the keys is invalid|One of the required keys was not given a "
    "value|One or more parameter values were invalid: Type mismatch for key|Invalid attribute "
    "value type"
)
ITEM_KEY = (
    INVALID
    + r"(Type mismatch for key \S+ expected: \w+ actual: \w+|Missing the key .+ in the item)"
)
# Local's bare sentence -> the service's enveloped one (PutItem and DeleteItem, live 2026-10-09)
ENVELOPED = (
    r"ExpressionAttribute(Values|Names) must not be empty",
    r"ExpressionAttributeNames can only be specified when using expressions",
    r"Invalid ConditionExpression: The expression can not be empty;",
    INVALID + r"(Value must be provided when Exists is true|Value cannot be used when Exists is "
    r"false|Value and AttributeValueList cannot be used together|Value or AttributeValueList "
    r"must be used with ComparisonOperator: \w+) for Attribute: .*",
    INVALID + r"Invalid number of argument\(s\) for the \w+ ComparisonOperator",
)
VALUES_WITHOUT = "ExpressionAttributeValues can only be specified when using expressions"


def unasked_capacity(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """Local returns ConsumedCapacity unasked for a DeleteItem of a missing item."""
    asked = request.get("ReturnConsumedCapacity") in ("TOTAL", "INDEXES")
    if op != "DeleteItem" or asked or "ConsumedCapacity" not in lo:
        return None
    return {k: v for k, v in lo.items() if k != "ConsumedCapacity"}


def collection_metrics(
    op: str, request: dict[str, Any], lo: Outcome, fa: Outcome
) -> Outcome | None:
    """Local never returns ItemCollectionMetrics; the service does for SIZE on a table with an
    LSI: the item's partition key and the range [0, 1] (GB) for a small collection."""
    asked = request.get("ReturnItemCollectionMetrics") == "SIZE"
    metrics = fa.get("ItemCollectionMetrics")
    if op not in ("PutItem", "UpdateItem", "DeleteItem") or not asked or "Error" in lo:
        return None
    if "ItemCollectionMetrics" in lo or not isinstance(metrics, dict):
        return None
    key = metrics.get("ItemCollectionKey")
    written = request.get("Item") or request.get("Key") or {}
    if metrics.get("SizeEstimateRangeGB") != [0.0, 1.0] or not isinstance(key, dict):
        return None
    if len(key) != 1 or next(iter(key)) not in written:
        return None
    return {**lo, "ItemCollectionMetrics": metrics}


def enveloped(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """The service wraps these request-validation sentences in '1 validation error detected:'
    (and drops Local's ': ConditionExpression is null' after the values sentence)."""
    said = (lo.get("Error") or {}).get("Message") or ""
    if message(lo, VE, VALUES_WITHOUT + ": .*") and message(
        fa, VE, re.escape(ENVELOPE + VALUES_WITHOUT)
    ):
        return fa
    if any(re.fullmatch(pattern, said) for pattern in ENVELOPED):
        return fa if message(fa, VE, re.escape(ENVELOPE + said)) else None
    return None


def only_old(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    ok = op in ("PutItem", "DeleteItem") and message(lo, VE, "Return values set to invalid value")
    return (
        fa
        if ok and message(fa, VE, ENVELOPE + "ReturnValues can only be ALL_OLD or NONE")
        else None
    )


def duplicates(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """The service ends the duplicate-set sentence with a full stop."""
    said = (lo.get("Error") or {}).get("Message") or ""
    if re.fullmatch(".*Input collection .* contains duplicates", said):
        return fa if message(fa, VE, re.escape(said + ".")) else None
    return None


def transact_key(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """A TransactWriteItems action whose key does not fit: the same cancellation, the reason
    worded as the service words it (the Put message names the key, the others say 'does not
    match the schema')."""
    if not (message(lo, TCE, ".*") and message(fa, TCE, ".*")) or lo["Error"] != fa["Error"]:
        return None
    mine, theirs = lo.get("CancellationReasons", []), fa.get("CancellationReasons", [])
    if len(mine) != len(theirs):
        return None
    for a, b in zip(mine, theirs, strict=True):
        if a == b:
            continue
        reworded = re.fullmatch(KEY_LOCAL, a.get("Message") or "") and re.fullmatch(
            f"{KEY_MISMATCH}|{ITEM_KEY}", b.get("Message") or ""
        )
        if a.get("Code") != "ValidationError" or b.get("Code") != "ValidationError" or not reworded:
            return None
    return fa


def respelt_contents(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """The contents with nested numbers as the fake spells them (see 'nested number spelling')."""
    if op != "contents":
        return None
    fixed = copy.deepcopy(lo)
    for name, items in fixed.items():
        fixed[name] = sorted(canonical(canonical_numbers(json.loads(i))) for i in items)
    return fixed


KEY_SIZE_LOCAL = ("Hash primary key values must be under 2048 bytes, and range primary key "
                  "values must be under 1024 bytes")  # fmt: skip
KEY_SIZE_AWS = (
    INVALID + "(Size of hashkey has exceeded the maximum size limit of2048 bytes|"
    "Aggregated size of all range keys has exceeded the size limit of 1024 bytes)"
)
INDEX_KEY_AWS = INVALID + r"Type mismatch for Index Key \S+ Expected: \w+ Actual: \w+ IndexName: .+"
READ_ENTRIES = ("number wording", "number precision wording", "nested number spelling")

WRITE_ALLOWED = [
    Allowed("unknown table message", "put-unknown-table, bwi-unknown-table, ...",
            swap(RNF, "Cannot do operations on a non-existent table", RNF,
                 "Requested resource not found")),
    Allowed("write key wording", "delete-key-missing, delete-key-extra, bwi-bad-key, "
            "bwi-delete-bad-key", swap(VE, KEY_LOCAL, VE, KEY_MISMATCH)),
    Allowed("item key wording", "put-key-wrong-type, put-key-set",
            swap(VE, KEY_LOCAL, VE, ITEM_KEY, op="PutItem")),
    Allowed("transaction key wording", "twi-bad-key", transact_key),
    Allowed("index key wording", "put-gsi-key-wrong-type, put-lsi-key-wrong-type, "
            "update-index-key-wrong-type, bwi-gsi-key-wrong-type",
            swap(VE, INVALID + "Type mismatch for Index Key", VE, INDEX_KEY_AWS)),
    Allowed("key size wording", "put-key-2049, put-sort-key-1025",
            swap(VE, re.escape(KEY_SIZE_LOCAL), VE, KEY_SIZE_AWS)),
    Allowed("validation envelope", "values-without-expression, names-without-expression, "
            "values-empty, names-empty, condition-empty, expected-*", enveloped),
    Allowed("ReturnValues only ALL_OLD or NONE", "rv-put-*, rv-delete-*", only_old),
    Allowed("duplicate set full stop", "put-duplicate-set", duplicates),
    Allowed("unasked DeleteItem capacity", "delete-missing, rv-delete-none, cond-ne, ...",
            unasked_capacity),
    Allowed("item collection metrics", "ricm-put, ricm-update-delete", collection_metrics),
    *[entry for entry in ALLOWED if entry.name in READ_ENTRIES],
]  # fmt: skip
CONTENTS_ALLOWED = [
    Allowed(
        "nested number spelling (contents)",
        "the read fuzzer's 'nested number spelling'",
        respelt_contents,
        verified=False,
    ),
]
