"""The write fuzzer's allowances for TransactWriteItems and BatchWriteItem (see
_allowed_write.py): each rewrites DynamoDB Local's answer into the service's for one documented
difference (docs/differences.md, "Batch and transactional writes")."""

from __future__ import annotations

import itertools
import re
from typing import Any

from .test_fuzz import TCE, VE, Allowed, Outcome, canonical_numbers, message

SAME_ITEM = "Transaction request cannot include multiple operations on one item"
APPLIED = (
    "The provided expression refers to an attribute that does not exist in the item",
    "The document path provided in the update expression is invalid for update",
    "An operand in the update expression has an incorrect data type",
    "Item size to update has exceeded the maximum allowed size",
    "Invalid attribute value type",
    "DynamoDB only supports precision up to 38 digits",
    "Number overflow. Attempting to store a number with magnitude larger than supported range",
    "Number underflow. Attempting to store a number with magnitude smaller than supported range",
)


NESTED_KEY = (
    "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed"
)
# What Local answers, bare, when it meets it while applying a transaction's actions in turn:
# the errors above, and a nested path into a key attribute, which it refuses only when it
# reaches that action (measured by hand, DDBL 3.3.1; the fake refuses it up front).
APPLIED_ERRORS = (
    "|".join(map(re.escape, APPLIED)) + "|" + re.escape(NESTED_KEY) + ": (Index)?Key: .+"
)


def _targets(request: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """(kind, table, key or item) of each action."""
    found: list[tuple[str, Any, Any]] = []
    for action in request.get("TransactItems", []):
        for kind, body in action.items():
            if isinstance(body, dict):
                found.append((kind, body.get("TableName"), body.get("Key") or body.get("Item")))
    return found


def _key_names(table: Any) -> list[str] | None:
    """The fuzzed table's key attribute names, when ``table`` is it (two Puts carry no Key)."""
    from .test_fuzz_write import CURRENT

    create = CURRENT.get("create") or {}
    if create.get("TableName") != table:
        return None
    return [k["AttributeName"] for k in create.get("KeySchema", [])]


def _same_item_pair(request: dict[str, Any]) -> bool:
    """Two actions on one table whose keys are equal as numbers, however written (one of them
    given as a Key, whose attribute names are the table's key, or two Puts of the fuzzed
    table)."""
    for first, second in itertools.permutations(_targets(request), 2):
        (kind, table, key), (_, other_table, other) = first, second
        if table != other_table or not isinstance(key, dict) or not isinstance(other, dict):
            continue
        names = list(key) if kind != "Put" else _key_names(table)
        if not names or any(name not in key for name in names):
            continue
        key = {name: key[name] for name in names}
        theirs = {name: other.get(name) for name in names}
        if canonical_numbers(key) == canonical_numbers(theirs):
            return True
    return False


def same_item_late(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """Two actions on one item: the fake refuses the request before it reads any item, keys
    compared as numbers (100 and 1E+2 name one item, as the service's BatchWriteItem says).
    DynamoDB Local checks the conditions and applies the updates first (a failing condition
    cancels, a failing update answers its error), and then compares only a Put's key as a
    number: actions on 100 and 1E+2 that are not Puts both run."""
    from ._allowed_write import KEY_LOCAL

    if op != "TransactWriteItems" or not message(fa, VE, re.escape(SAME_ITEM)):
        return None
    ran = "Error" not in lo or message(lo, TCE, "(?s).*")
    ran = ran or message(lo, VE, APPLIED_ERRORS)
    # A key the schema refuses: Local's bare error, the service's a cancellation reason,
    # which comes after the request's own checks (the duplicate among them).
    ran = ran or message(lo, VE, KEY_LOCAL)
    return fa if ran and _same_item_pair(request) else None


INVALID = "One or more parameter values were invalid: "
INDEX_KEY_AWS = (
    INVALID + r"Type mismatch for Index Key \S+ Expected: \w+ Actual: (\w+) IndexName: .+"
)
NON_SCALAR = ("SS", "NS", "BS", "L", "M", "BOOL", "NULL")


def _failed(outcome: Outcome) -> list[tuple[int, dict[str, Any]]]:
    return [(p, r) for p, r in enumerate(outcome.get("CancellationReasons", []))
            if r.get("Code") != "None"]  # fmt: skip


def _one_reason(request: dict[str, Any], fa: Outcome, pattern: str) -> re.Match[str] | None:
    """The fake's cancellation, one reason per action, a single ValidationError whose message
    matches ``pattern``."""
    reasons = fa.get("CancellationReasons", [])
    failed = _failed(fa)
    if not message(fa, TCE, "(?s).*") or len(reasons) != len(request.get("TransactItems", [])):
        return None
    if len(failed) != 1 or failed[0][1].get("Code") != "ValidationError":
        return None
    return re.fullmatch(pattern, failed[0][1].get("Message") or "")


def index_key_reason(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """A transaction cancelled for a wrong-typed index key: the reason names the attribute,
    the types and the index, as PutItem's message does (Local: 'Type mismatch for Index
    Key' alone)."""
    if (
        op != "TransactWriteItems"
        or not message(lo, TCE, "(?s).*")
        or lo["Error"] != fa.get("Error")
    ):
        return None
    mine, theirs = lo.get("CancellationReasons", []), fa.get("CancellationReasons", [])
    if len(mine) != len(theirs) or mine == theirs:
        return None
    for a, b in zip(mine, theirs, strict=True):
        short = a.get("Message") == INVALID + "Type mismatch for Index Key"
        if a != b and not (short and re.fullmatch(INDEX_KEY_AWS, b.get("Message") or "")):
            return None
    return fa


def non_scalar_index_key(
    op: str, request: dict[str, Any], lo: Outcome, fa: Outcome
) -> Outcome | None:
    """An action leaving a set, list, map, BOOL or NULL in an index key attribute cancels the
    transaction with the index key message (Local: a bare 'Invalid attribute value type')."""
    if op != "TransactWriteItems" or not message(lo, VE, "Invalid attribute value type"):
        return None
    found = _one_reason(request, fa, INDEX_KEY_AWS)
    return fa if found and found.group(1) in NON_SCALAR else None


def stored_index_key(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """An Update that leaves an index key attribute of the wrong type (ADD of a number, SET
    of a computed value) cancels the transaction; DynamoDB Local stores it."""
    if op != "TransactWriteItems" or "Error" in lo:
        return None
    found = _one_reason(request, fa, INDEX_KEY_AWS)
    if found is None:
        return None
    position = _failed(fa)[0][0]
    return fa if "Update" in request["TransactItems"][position] else None


KEY_REFUSED = (
    r"The provided key element does not match the schema|"
    + INVALID
    + r"(Type mismatch for key \S+ expected: \w+ actual: \w+|Missing the key .+ in the item|"
    r"Type mismatch for Index Key \S+ Expected: \w+ Actual: \w+ IndexName: .+)"
)
# An Update that changes a key attribute or a path into a table or index key: refused, by the
# fake, before any update is applied; Local applies the earlier actions' updates first.
KEY_PATH = (
    INVALID
    + r"Cannot update attribute .+\. This attribute is part of the key|Key attributes must be "
    r"scalars; list random access '\[\]' and map lookup '\.' are not allowed: (Index)?Key: .+"
)
EMPTY_KEY = (
    r"One or more parameter values are not valid\. (A value specified for a secondary index key "
    r"is not supported\. )?The AttributeValue for a key attribute cannot contain an empty "
    r"(string|binary) value\..*"
)


def refused_before_applied(
    op: str, request: dict[str, Any], lo: Outcome, fa: Outcome
) -> Outcome | None:
    """An Update that cannot apply and another action the service refuses without reading any
    item (a key or an index key of the wrong type, an empty key value): Local applies the
    actions in turn and answers the update's error, bare; the fake checks every action's keys
    first and answers their refusal."""
    if op != "TransactWriteItems" or not message(lo, VE, APPLIED_ERRORS):
        return None
    if not any("Update" in action for action in request.get("TransactItems", [])):
        return None
    if message(fa, VE, EMPTY_KEY):
        return fa
    return fa if _one_reason(request, fa, f"{KEY_REFUSED}|{KEY_PATH}") else None


def _nested(expression: str) -> bool:
    return bool(re.search(r"[.\[]", expression))


def nested_remove_in_transaction(
    op: str, request: dict[str, Any], lo: Outcome, fa: Outcome
) -> Outcome | None:
    """'nested REMOVE on a missing item' inside a transaction: every Update whose expression
    has a nested path has it only in REMOVE (see _allowed_write.nested_remove_on_missing)."""
    from ._allowed_write import nested_remove_on_missing

    if op != "TransactWriteItems" or "Error" in fa:
        return None
    updates = [a["Update"] for a in request.get("TransactItems", []) if "Update" in a]
    only_removes = [nested_remove_on_missing("UpdateItem", u, lo, fa) is not None for u in updates]
    nested = [_nested(u.get("UpdateExpression") or "") for u in updates]
    ok = any(only_removes) and all(r or not n for r, n in zip(only_removes, nested, strict=True))
    return fa if ok else None


def validation_before_conditions(
    op: str, request: dict[str, Any], lo: Outcome, fa: Outcome
) -> Outcome | None:
    """An action the service refuses (a key or index key of the wrong type) and another whose
    condition fails, or an Update that would leave a wrong-typed index key: only the refused
    action gets a reason, no condition is checked, no update applied; Local also reports the
    failed conditions and the Update (and words the key's reason shortly)."""
    if op != "TransactWriteItems" or not message(lo, TCE, "(?s).*"):
        return None
    found = _one_reason(request, fa, KEY_REFUSED)
    mine = lo.get("CancellationReasons", [])
    if found is None or len(mine) != len(request["TransactItems"]):
        return None
    position = _failed(fa)[0][0]
    others = [
        (r, a)
        for p, (r, a) in enumerate(zip(mine, request["TransactItems"], strict=True))
        if p != position
    ]
    # Local also gives an Update that would leave a wrong-typed index key its reason.
    stored = [r.get("Message") == INVALID + "Type mismatch for Index Key" and "Update" in a
              for r, a in others]  # fmt: skip
    codes = [r.get("Code") for (r, _), late in zip(others, stored, strict=True) if not late]
    ok = mine[position].get("Code") == "ValidationError" and (
        any(stored) or "ConditionalCheckFailed" in codes
    )
    return fa if ok and set(codes) <= {"ConditionalCheckFailed", "None"} else None


def _deletes(request: dict[str, Any], table: str) -> int:
    writes = (request.get("RequestItems") or {}).get(table) or []
    return sum(1 for w in writes if isinstance(w, dict) and "DeleteRequest" in w)


def _less(used: dict[str, Any], by: float) -> dict[str, Any]:
    fixed = {**used, "CapacityUnits": used["CapacityUnits"] - by}
    if "Table" in used:
        fixed["Table"] = {**used["Table"], "CapacityUnits": used["Table"]["CapacityUnits"] - by}
    return fixed


def batch_missing_delete(
    op: str, request: dict[str, Any], lo: Outcome, fa: Outcome
) -> Outcome | None:
    """A BatchWriteItem DeleteRequest of an item that does not exist costs one write unit, as
    a DeleteItem of it does; DynamoDB Local charges two. Local's table units less one for
    some of the table's DeleteRequests (the fake's own figures for the rest)."""
    mine, theirs = lo.get("ConsumedCapacity"), fa.get("ConsumedCapacity")
    if op != "BatchWriteItem" or not isinstance(mine, list) or not isinstance(theirs, list):
        return None
    if len(mine) != len(theirs) or any("CapacityUnits" not in u for u in mine + theirs):
        return None
    fixed = []
    for a, b in zip(mine, theirs, strict=True):
        part = (a.get("Table") or a)["CapacityUnits"] - (b.get("Table") or b)["CapacityUnits"]
        if a.get("TableName") != b.get("TableName") or part < 0 or part != int(part):
            return None
        if part > _deletes(request, a["TableName"]):
            return None
        fixed.append(_less(a, part) if part else a)
    return {**lo, "ConsumedCapacity": fixed} if fixed != mine else None


def transaction_sparse_gsi(
    op: str, request: dict[str, Any], lo: Outcome, fa: Outcome
) -> Outcome | None:
    """A transaction's GSI charges for items holding only part of a GSI's key: Local charges
    the GSI (as for the single writes, 'multi-attribute GSI keys charged as sparse'), the
    fake does not, an item lacking a key attribute being in no index. The same tables and
    table and LSI parts, fewer GSIs, the fake's sums consistent."""
    from ._allowed_write import _units

    mine, theirs = lo.get("ConsumedCapacity"), fa.get("ConsumedCapacity")
    if op != "TransactWriteItems" or not isinstance(mine, list) or not isinstance(theirs, list):
        return None
    if {k: v for k, v in lo.items() if k != "ConsumedCapacity"} != {
        k: v for k, v in fa.items() if k != "ConsumedCapacity"
    }:
        return None
    if [u.get("TableName") for u in mine] != [u.get("TableName") for u in theirs]:
        return None
    fewer = False
    for a, b in zip(mine, theirs, strict=True):
        if set(a.get("LocalSecondaryIndexes") or {}) != set(b.get("LocalSecondaryIndexes") or {}):
            return None
        gsis, kept = (
            set(a.get("GlobalSecondaryIndexes") or {}),
            set(b.get("GlobalSecondaryIndexes") or {}),
        )
        if not kept <= gsis or not _units(b):
            return None
        fewer = fewer or kept < gsis
    return fa if fewer else None


def conditions_before_index_keys(
    op: str, request: dict[str, Any], lo: Outcome, fa: Outcome
) -> Outcome | None:
    """Failing conditions and an Update that would leave a wrong-typed index key: the fake
    reports the conditions only (an action whose condition fails is not applied, nor any
    update while one fails); Local also gives the Update a ValidationError reason."""
    if op != "TransactWriteItems" or not message(lo, TCE, "(?s).*") or "Error" not in fa:
        return None
    mine, theirs = lo.get("CancellationReasons", []), fa.get("CancellationReasons", [])
    if len(mine) != len(theirs) or not message(fa, TCE, "(?s).*"):
        return None
    short = INVALID + "Type mismatch for Index Key"
    changed = False
    for a, b, action in zip(mine, theirs, request.get("TransactItems", []), strict=False):
        if a.get("Code") == "ValidationError" and a.get("Message") == short:
            if b.get("Code") != "None" or "Update" not in action:
                return None
            changed = True
        elif a.get("Code") != b.get("Code"):
            return None
    failed = any(r.get("Code") == "ConditionalCheckFailed" for r in theirs)
    return fa if changed and failed else None


TRANSACT_ALLOWED = [
    Allowed("one item named twice, found late", "twi-number-keys, twi-number-keys-put, "
            "twi-same-item-condition", same_item_late, verified=False),
    Allowed("index key reason wording", "twi-index-key-reason", index_key_reason),
    Allowed("a non-scalar index key cancels", "twi-index-key-set", non_scalar_index_key),
    Allowed("a stored wrong-typed index key cancels", "twi-index-key-set; Local stores what ADD "
            "leaves (as 'an update leaving a wrong-typed index key')", stored_index_key),
    Allowed("refused keys before a failing update", "docs/differences.md, batch and "
            "transactional writes, twi-keys-before-updates", refused_before_applied,
            verified=False),
    Allowed("nested REMOVE on a missing item in a transaction", "upd-remove-nested-map, "
            "upd-remove-nested-list (the same rule in a transaction)",
            nested_remove_in_transaction),
    Allowed("a refused action before the conditions", "twi-validation-first-only (and the "
            "key wordings of twi-put-wrong-key, twi-delete-wrong-key)",
            validation_before_conditions),
    Allowed("conditions before a wrong-typed index key", "as 'a failing update or the "
            "conditions'", conditions_before_index_keys, verified=False),
    Allowed("sparse GSI capacity in a transaction", "as 'multi-attribute GSI keys charged as "
            "sparse', for TransactWriteItems", transaction_sparse_gsi, verified=False),
]  # fmt: skip
# Before the others: its rewrite of Local's table units composes with theirs.
BATCH_FIRST = [
    Allowed("a batch's delete of a missing item", "bwi-delete-missing-rcc",
            batch_missing_delete),
]  # fmt: skip
