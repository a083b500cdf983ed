"""The write differences between DynamoDB Local and the service that the write fuzzer may meet:
each entry stands for rows of docs/differences.md ("Writes"; the hand-written cases named in
``rows`` pin them exactly) and rewrites DynamoDB Local's answer into the service's, as
``test_fuzz.ALLOWED`` does for reads."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

from ._allowed_transact import BATCH_FIRST, TRANSACT_ALLOWED
from ._allowed_write_order import (
    key_after_expressions,
    nested_updated_values,
    overlap_path_two,
)
from .pages import canonical
from .test_fuzz import ALLOWED, RNF, TCE, VE, Allowed, Outcome, canonical_numbers, message, swap

ENVELOPE = "1 validation error detected: "
ANY = "(?s).*"  # any message, across lines (a string value may hold a newline)
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


RUNTIME = (
    "The provided expression refers to an attribute that does not exist in the item",
    "The document path provided in the update expression is invalid for update",
    "An operand in the update expression has an incorrect data type",
    "Item size to update has exceeded the maximum allowed size",
    "DynamoDB only supports precision up to 38 digits",
    "Number overflow. Attempting to store a number with magnitude larger than supported range",
    "Number underflow. Attempting to store a number with magnitude smaller than supported range",
)


def enveloped(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """PutItem, UpdateItem and DeleteItem report a request's validation errors in the
    '1 validation error detected: ' envelope (the values sentence without Local's
    ': ConditionExpression is null'); errors met while applying an update stay bare."""
    said = (lo.get("Error") or {}).get("Message") or ""
    if op not in ("PutItem", "UpdateItem", "DeleteItem") or not message(lo, VE, ANY):
        return None
    if said.startswith(VALUES_WITHOUT + ": "):
        said = VALUES_WITHOUT
    if said in RUNTIME or said.startswith(ENVELOPE):
        return None
    return fa if message(fa, VE, re.escape(ENVELOPE + said)) else None


def only_old(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    ok = op in ("PutItem", "DeleteItem") and message(lo, VE, "Return values set to invalid value")
    return (
        fa
        if ok and message(fa, VE, ENVELOPE + "ReturnValues can only be ALL_OLD or NONE")
        else None
    )


def duplicates(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """The service ends the duplicate-set sentence with a full stop, also inside the values'
    message ('... contains duplicates. for key :v', upd-set-duplicate-set), there in the
    single-item envelope as the 'validation envelope' entry says."""
    said = (lo.get("Error") or {}).get("Message") or ""
    if re.fullmatch(".*Input collection .* contains duplicates", said):
        # in a single-item write's item or key, inside the envelope ('attribute value envelope')
        single = op in ("PutItem", "UpdateItem", "DeleteItem") and not said.startswith(ENVELOPE)
        fixed = (ENVELOPE if single else "") + said + "."
        return fa if message(fa, VE, re.escape(fixed)) else None
    found = re.fullmatch("(.*Input collection .* contains duplicates)( for key :\\w+)", said)
    if found is None or op not in ("PutItem", "UpdateItem", "DeleteItem"):
        return None
    fixed = ENVELOPE + found.group(1) + "." + found.group(2)
    return fa if message(fa, VE, re.escape(fixed)) else None


ITEM_WORDED = INVALID + (
    "(An (string|number) set  may not be empty|Binary sets should not be empty|Null attribute "
    "value types must have the value of true)"
)


def value_envelope(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """An empty set or a NULL of false in a single-item write's ExpressionAttributeValues: the
    service words it as in an item, inside the envelope, without Local's 'ExpressionAttribute
    Values contains invalid value: ' and ' for key :v' (in the item or key itself the
    'validation envelope' entry applies)."""
    said = (lo.get("Error") or {}).get("Message") or ""
    if op not in ("PutItem", "UpdateItem", "DeleteItem"):
        return None
    found = re.fullmatch(
        "ExpressionAttributeValues contains invalid value: (" + ITEM_WORDED + ") for key :\\w+",
        said,
    )
    if found is None:
        return None
    return fa if message(fa, VE, re.escape(ENVELOPE + found.group(1))) else None


def transact_key(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """A TransactWriteItems action whose key does not fit: the same cancellation, the reason
    worded as the service words it (the Put message names the key, the others say 'does not
    match the schema')."""
    if not (message(lo, TCE, ANY) and message(fa, TCE, ANY)) or lo["Error"] != fa["Error"]:
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


def transact_key_cancel(
    op: str, request: dict[str, Any], lo: Outcome, fa: Outcome
) -> Outcome | None:
    """A transaction action whose key does not fit the schema cancels the transaction (reason
    ValidationError: the Put message names the key, the others 'does not match the schema');
    Local answers a bare ValidationException."""
    if op != "TransactWriteItems" or not message(lo, VE, KEY_LOCAL) or not message(fa, TCE, ANY):
        return None
    reasons = fa.get("CancellationReasons", [])
    failed = [r for r in reasons if r.get("Code") != "None"]
    ok = len(failed) == 1 and failed[0].get("Code") == "ValidationError"
    ok = ok and bool(re.fullmatch(f"{KEY_MISMATCH}|{ITEM_KEY}", failed[0].get("Message") or ""))
    return fa if ok and len(reasons) == len(request.get("TransactItems", [])) else None


def nested_remove_on_missing(
    op: str, request: dict[str, Any], lo: Outcome, fa: Outcome
) -> Outcome | None:
    """REMOVE of a nested path on an item that does not exist is ignored by the service; Local
    refuses the document path. Only when every nested path of the update is a REMOVE's. The
    service then goes on: the new item's wrong-typed index key is its error."""
    expression = request.get("UpdateExpression") or ""
    later = message(fa, VE, INDEX_KEY_AWS)  # the service goes on to the new item's index keys
    if (
        op != "UpdateItem"
        or not message(lo, VE, re.escape(RUNTIME[1]))
        or ("Error" in fa and not later)
    ):
        return None
    clauses = re.split(r"\b(SET|REMOVE|ADD|DELETE)\b", expression, flags=re.IGNORECASE)
    nested_elsewhere = any(
        re.search(r"[.\[]", body.split("=")[0] if kind.upper() == "SET" else body)
        for kind, body in zip(clauses[1::2], clauses[2::2], strict=True)
        if kind.upper() != "REMOVE"
    )
    nested_removed = any(
        re.search(r"[.\[]", body)
        for kind, body in zip(clauses[1::2], clauses[2::2], strict=True)
        if kind.upper() == "REMOVE"
    )
    return fa if nested_removed and not nested_elsewhere else None


def runtime_order(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """Two or more actions of an UpdateExpression fail when applied: Local reports one in an
    order that depends on the attribute names, the fake the first failing action in path order
    (docs/differences.md, write expressions, no live capture). Also inside a transaction (the
    fake's cancellation reason against Local's bare error)."""
    said = (lo.get("Error") or {}).get("Message")
    if not message(lo, VE, "|".join(map(re.escape, RUNTIME))):
        return None
    if op == "UpdateItem":
        theirs = (fa.get("Error") or {}).get("Message")
        return fa if message(fa, VE, "|".join(map(re.escape, RUNTIME))) and theirs != said else None
    if op != "TransactWriteItems" or not message(fa, TCE, ANY):
        return None
    failed = [r for r in fa.get("CancellationReasons", []) if r.get("Code") != "None"]
    ok = len(failed) == 1 and failed[0].get("Code") == "ValidationError"
    return fa if ok and failed[0].get("Message") in RUNTIME else None


def updated_index_key(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """An update that leaves an index key attribute of the wrong type is refused by the service
    ('Type mismatch for Index Key ...'); DynamoDB Local lets ADD (and SET of a computed value)
    store it."""
    if op != "UpdateItem" or "Error" in lo or not message(fa, VE, INDEX_KEY_AWS):
        return None
    return fa


def _parts(used: dict[str, Any], kind: str) -> dict[str, float]:
    return {name: part.get("CapacityUnits", 0.0) for name, part in (used.get(kind) or {}).items()}


def multi_key_gsi_capacity(
    op: str, request: dict[str, Any], lo: Outcome, fa: Outcome
) -> Outcome | None:
    """DynamoDB Local charges a GSI for items holding only part of its key (one of two HASH
    attributes, or its RANGE attribute without its HASH one), as if they were in the index;
    the fake charges only items with every key attribute, as sparse indexes are described.
    The same answer but GSI write units the fake charges fewer of, the table's and LSIs'
    alike."""
    if op not in ("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem"):
        return None
    rest = [{k: v for k, v in o.items() if k != "ConsumedCapacity"} for o in (lo, fa)]
    try:  # nested numbers spelt another way: 'nested number spelling' explains them
        same = [canonical(number_sets(canonical_numbers(part))) for part in rest]
        if same[0] != same[1]:
            return None
    except ArithmeticError:
        return None
    mine: Any = lo.get("ConsumedCapacity")
    theirs: Any = fa.get("ConsumedCapacity")
    if isinstance(mine, dict) and isinstance(theirs, dict):
        mine, theirs = [mine], [theirs]
    if not isinstance(mine, list) or not isinstance(theirs, list) or len(mine) != len(theirs):
        return None
    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = list(zip(mine, theirs, strict=True))
    for a, b in pairs:
        if a.get("TableName") != b.get("TableName") or a.get("Table") != b.get("Table"):
            return None
        if _parts(a, "LocalSecondaryIndexes") != _parts(b, "LocalSecondaryIndexes"):
            return None
        ga, gb = _parts(a, "GlobalSecondaryIndexes"), _parts(b, "GlobalSecondaryIndexes")
        if any(gb.get(n, 0.0) > units for n, units in ga.items()) or set(gb) - set(ga):
            return None
        if not b.get("CapacityUnits", 0.0) < a.get("CapacityUnits", 0.0):
            return None
    return {**lo, "ConsumedCapacity": fa["ConsumedCapacity"]}


def _codes(outcome: Outcome) -> list[str]:
    return [r.get("Code", "") for r in outcome.get("CancellationReasons", [])]


def aligned_reasons(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """One cancellation reason per action, in the actions' order (API reference,
    TransactWriteItems CancellationReasons); DynamoDB Local sometimes lists only the failing
    actions' reasons. The same reasons once the Nones are left out."""
    if op != "TransactWriteItems" or not message(lo, TCE, ANY) or not message(fa, TCE, ANY):
        return None
    actions = len(request.get("TransactItems", []))
    mine = [r for r in lo.get("CancellationReasons", []) if r.get("Code") != "None"]
    theirs = [r for r in fa.get("CancellationReasons", []) if r.get("Code") != "None"]
    if len(_codes(lo)) >= actions or len(_codes(fa)) != actions or mine != theirs:
        return None
    return fa


def update_or_conditions(
    op: str, request: dict[str, Any], lo: Outcome, fa: Outcome
) -> Outcome | None:
    """A transaction with an update that cannot apply and another action whose condition
    fails: Local answers the update's error (bare), the fake cancels on the conditions, which
    it checks before applying any update (docs/differences.md, batch and transactional
    writes)."""
    failing = (*RUNTIME, "Invalid attribute value type")  # a set left in an index key
    if op != "TransactWriteItems" or not message(lo, VE, "|".join(map(re.escape, failing))):
        return None
    codes = set(_codes(fa)) - {"None"}
    return fa if message(fa, TCE, ANY) and codes == {"ConditionalCheckFailed"} else None


def check_full_stop(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """Local ends a ConditionCheck's ConditionalCheckFailed reason with a full stop."""
    if not message(lo, TCE, ANY) or lo.get("Error") != fa.get("Error"):
        return None
    fixed = copy.deepcopy(lo)
    for reason in fixed.get("CancellationReasons", []):
        if reason.get("Message") == "The conditional request failed.":
            reason["Message"] = "The conditional request failed"
    return fixed


def runtime_cancel(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """An action that fails when applied (an update's operand, a path) cancels the transaction
    with a ValidationError reason, the other actions' reasons None; Local answers a bare
    ValidationException with the same message."""
    said = (lo.get("Error") or {}).get("Message")
    if op != "TransactWriteItems" or not message(lo, VE, ANY) or not message(fa, TCE, ANY):
        return None
    reasons = fa.get("CancellationReasons", [])
    failed = [r for r in reasons if r.get("Code") != "None"]
    ok = failed == [{"Code": "ValidationError", "Message": said}]
    return fa if ok and len(reasons) == len(request.get("TransactItems", [])) else None


def _units(used: dict[str, Any]) -> bool:
    parts = [used, *((used.get("Table") and [used["Table"]]) or [])]
    for kind in ("LocalSecondaryIndexes", "GlobalSecondaryIndexes"):
        parts += list((used.get(kind) or {}).values())
    return all(
        p.get("CapacityUnits") == p.get("ReadCapacityUnits", 0) + p.get("WriteCapacityUnits", 0)
        for p in parts
    )


def transaction_capacity(
    op: str, request: dict[str, Any], lo: Outcome, fa: Outcome
) -> Outcome | None:
    """TransactWriteItems capacity as the Developer Guide counts it (two units per KB written,
    per index entry too; two read units for a check), with Read/WriteCapacityUnits beside
    CapacityUnits; Local counts otherwise. Same tables, same parts, the fake's sums hold."""
    mine, theirs = lo.get("ConsumedCapacity"), fa.get("ConsumedCapacity")
    if op != "TransactWriteItems" or not isinstance(mine, list) or not isinstance(theirs, list):
        return None
    rest = {k: v for k, v in lo.items() if k != "ConsumedCapacity"}
    if rest != {k: v for k, v in fa.items() if k != "ConsumedCapacity"}:
        return None
    names = [sorted(k for k in u if k.endswith("Indexes") or k == "Table") for u in theirs]
    shape = [sorted(k for k in u if k.endswith("Indexes") or k == "Table") for u in mine]
    same = [u["TableName"] for u in mine] == [u["TableName"] for u in theirs] and names == shape
    return fa if same and all(_units(u) for u in theirs) else None


def batch_metrics(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """ItemCollectionMetrics for SIZE on BatchWriteItem and TransactWriteItems: one entry per
    write to a table with an LSI, [0, 1] GB each (Local returns none)."""
    metrics = fa.get("ItemCollectionMetrics")
    asked = request.get("ReturnItemCollectionMetrics") == "SIZE"
    if op not in ("BatchWriteItem", "TransactWriteItems") or not asked or "Error" in lo:
        return None
    if "ItemCollectionMetrics" in lo or not isinstance(metrics, dict):
        return None
    writes: dict[str, int] = {}
    if op == "BatchWriteItem":
        writes = {t: len(r) for t, r in request.get("RequestItems", {}).items()}
    for action in request.get("TransactItems", []):
        for kind, body in action.items():
            if kind != "ConditionCheck":
                writes[body.get("TableName")] = writes.get(body.get("TableName"), 0) + 1
    for table, entries in metrics.items():
        if len(entries) != writes.get(table) or any(
            e.get("SizeEstimateRangeGB") != [0.0, 1.0] or len(e.get("ItemCollectionKey", {})) != 1
            for e in entries
        ):
            return None
    return {**lo, "ItemCollectionMetrics": metrics}


def removing_update(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """An update that only removes attributes (REMOVE, DELETE) creates no missing item on the
    service, and ALL_NEW returns nothing; Local creates the key-only item."""
    expression = request.get("UpdateExpression") or ""
    clauses = set(re.findall(r"\b(SET|REMOVE|ADD|DELETE)\b", expression, re.IGNORECASE))
    if op != "UpdateItem" or not clauses or {c.upper() for c in clauses} - {"REMOVE", "DELETE"}:
        return None
    attributes = lo.get("Attributes")
    if request.get("ReturnValues") != "ALL_NEW" or not isinstance(attributes, dict):
        return None
    return (
        {k: v for k, v in lo.items() if k != "Attributes"}
        if set(attributes) == set(request.get("Key", {}))
        else None
    )


def key_only_items(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """Contents: the key-only items Local created for a removing update (see above), in the
    table and in the indexes whose key they hold (an index entry of such an item holds only
    table key attributes)."""
    if op != "contents":
        return None
    keys, fixed = set(request.get("keys", [])), copy.deepcopy(lo)
    table = request.get("table")
    if table not in fixed:
        return None
    for name, entries in fixed.items():
        theirs = set(fa.get(name, []))
        fixed[name] = [i for i in entries if i in theirs or set(json.loads(i)) - keys]
    return fixed


def number_sets(value: Any) -> Any:
    """Number sets' members sorted again (their order follows the spelling); the binary sets,
    hex text here, keep their order (sorted as bytes already)."""
    if isinstance(value, list):
        return [number_sets(v) for v in value]
    if not isinstance(value, dict):
        return value
    if set(value) == {"NS"} and isinstance(value["NS"], list):
        return {"NS": sorted(value["NS"], key=repr)}
    return {k: number_sets(v) for k, v in value.items()}


def respelt_contents(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """The contents with nested numbers as the fake spells them (see 'nested number spelling')."""
    if op != "contents":
        return None
    fixed = copy.deepcopy(lo)
    for name, items in fixed.items():
        fixed[name] = sorted(
            canonical(number_sets(canonical_numbers(json.loads(i)))) for i in items
        )
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
    Allowed("computed number overflow", "upd-arith-1e50, upd-set-plus-overflow (the rule "
            "beyond 1e50 +- 1: a result past 38 digits before the point)",
            swap(VE, "DynamoDB only supports precision up to 38 digits", VE,
                 "Number overflow\\. Attempting to store a number with magnitude larger than "
                 "supported range", "UpdateItem"), verified=False),
    *BATCH_FIRST,
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
            "values-empty, names-empty, condition-empty, expected-* (captured); the other "
            "single-item validation messages by the same rule", enveloped, verified=False),
    Allowed("ReturnValues only ALL_OLD or NONE", "rv-put-*, rv-delete-*", only_old),
    Allowed("duplicate set full stop", "put-duplicate-set", duplicates),
    Allowed("attribute value envelope", "live-value-envelope, cond-value-empty-set, "
            "upd-set-empty-set (docs/differences.md '(an attribute value of a single-item "
            "write)')", value_envelope),
    Allowed("unasked DeleteItem capacity", "delete-missing, rv-delete-none, cond-ne, ...",
            unasked_capacity),
    Allowed("item collection metrics", "ricm-put, ricm-update-delete", collection_metrics),
    Allowed("removing update creates no item", "upd-remove, update-remove-creates",
            removing_update),
    Allowed("batch and transaction item collection metrics", "bwi-ricm, twi-ricm",
            batch_metrics, verified=False),
    Allowed("ConditionCheck reason without full stop", "twi-condition-check-fails",
            check_full_stop, verified=False),
    Allowed("a transaction key error cancels", "twi-bad-key (paritysuite's wrong-typed and "
            "non-scalar Keys of Put, Update, Delete and ConditionCheck)", transact_key_cancel),
    Allowed("nested REMOVE on a missing item", "upd-remove-nested-map, upd-remove-nested-list",
            nested_remove_on_missing),
    Allowed("which failing update action is reported", "docs/differences.md, write "
            "expressions: '(an update whose actions fail in several ways while applied)'",
            runtime_order, verified=False),
    Allowed("an update leaving a wrong-typed index key", "update-index-key-wrong-type; "
            "architect/dynalite test/updateItem.js (live-checked: 'Type mismatch for Index Key c "
            "Expected: S Actual: N IndexName: index1')", updated_index_key),
    Allowed("multi-attribute GSI keys charged as sparse", "single's note on DynamoDB Local's "
            "charges for a two-HASH-attribute GSI (findings of issue 12)",
            multi_key_gsi_capacity, verified=False),
    Allowed("one cancellation reason per action", "API reference, TransactWriteItems "
            "CancellationReasons (in the order of the actions)", aligned_reasons),
    Allowed("a failing update or the conditions", "multi's order of a transaction's checks "
            "(conditions before updates); DynamoDB Local reports the update's error",
            update_or_conditions, verified=False),
    Allowed("a failing action cancels the transaction", "twi-update-key (as the service words "
            "it: docs/differences.md twi-validation-first-only)", runtime_cancel),
    Allowed("transaction capacity", "twi-rcc, twi-token-replay-rcc", transaction_capacity,
            verified=False),
    Allowed("non-scalar index key wording", "put-gsi-key-wrong-type (a list for a key)",
            swap(VE, "Invalid attribute value type", VE, INDEX_KEY_AWS), verified=False),
    Allowed("the key after the expressions", "pi-key-after-expressions",
            key_after_expressions, verified=False),
    Allowed("updated values of nested paths", "set-nested-map, add-nested, ... (write "
            "expressions: UPDATED_OLD/UPDATED_NEW of a nested path)", nested_updated_values),
    Allowed("the second path an overlap names", "ui-overlap-path-two (and the write "
            "expressions row on an overlap among several paths)", overlap_path_two,
            verified=False),
    *[entry for entry in ALLOWED if entry.name in READ_ENTRIES],
    *TRANSACT_ALLOWED,
]  # fmt: skip
CONTENTS_ALLOWED = [
    Allowed(
        "removing update creates no item (contents)",
        "upd-remove, update-remove-creates",
        key_only_items,
    ),
    Allowed(
        "nested number spelling (contents)",
        "the read fuzzer's 'nested number spelling'",
        respelt_contents,
        verified=False,
    ),
]


# Mismatches no documented difference explains: the fake's, each sent to its owner (the notes
# of issue 12). A case they explain counts as **pending** in the report, not as explained, so
# the CI profile stays green while they are open; the long run reports them as unexplained.
DUPLICATE = "Transaction request cannot include multiple operations on one item"
WRITE_PENDING: list[Allowed] = []
