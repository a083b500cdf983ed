"""The differences the admin fuzzer (test_fuzz_admin.py) accepts: DynamoDB Local's answer where
the fake gives the service's. Each entry stands for rows of docs/differences.md, "Table admin"
(the hand-written cases that pin the same difference against DynamoDB Local)."""

from __future__ import annotations

import re
from typing import Any

from pytest_dynafake import _messages_admin as a

from .test_fuzz import RNF, VE, Allowed, Outcome, message, swap

INVALID = re.escape(a.INVALID_PREFIX)
LIMIT = "LimitExceededException"


def enum_echo(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """Local names the enum constraint alone; the service the whole constraint message."""
    local = (lo.get("Error") or {}).get("Message") or ""
    ok = message(lo, VE, r"Member must satisfy enum value set: .*") and message(
        fa,
        VE,
        r"1 validation error detected: Value '.*' at '.*' failed to satisfy constraint: "
        + re.escape(local),
    )
    return fa if ok else None


def _texts(*messages: str) -> str:
    """A pattern matching any of the messages, each with {placeholders} as ``.*``."""
    return "|".join(re.sub(r"\\\{\w+\\\}", ".*", re.escape(m)) for m in messages)


DEFINED = _texts(a.KEYS_NOT_DEFINED, a.KEY_NO_DEFINITION)
ADMIN_ALLOWED: list[Allowed] = [
    Allowed("table exists wording", "ct-exists",
            swap("ResourceInUseException", "Cannot create preexisting table",
                 "ResourceInUseException", _texts(a.TABLE_EXISTS))),
    Allowed("enum constraint wording", "ct-bad-attribute-type", enum_echo),
    Allowed("no throughput wording", "ct-no-throughput, ct-gsi-no-throughput",
            swap(VE, "No provisioned throughput specified for the (table|global secondary index)",
                 VE, _texts(a.THROUGHPUT_REQUIRED, a.UPDATE_THROUGHPUT_REQUIRED,
                            a.INDEX_THROUGHPUT_REQUIRED, a.INDEX_CAPACITY_REQUIRED,
                            a.INDEX_THROUGHPUT_NOT_SPECIFIED))),
    Allowed("definitions count wording", "ct-unused-definition, ct-unused-definition-indexes",
            swap(VE, "The number of attributes in key schema must match the number of attributes "
                 r"defined in attribute definitions\.", VE,
                 _texts(a.DEFINITIONS_MISMATCH, a.DEFINITIONS_NOT_USED))),
    Allowed("key not defined wording", "ct-key-not-defined, ct-no-definitions, "
            "ct-gsi-key-not-defined, ut-create-gsi-undefined",
            swap(VE, r"(Hash|Range) Key not specified in Attribute Definitions\.  Type unknown\.|"
                 r"No Attribute Schema Defined|Attribute .* is not defined in AttributeDefinitions|"
                 r"Local Secondary Index range key not specified in Attribute Definitions.*",
                 VE, DEFINED)),
    Allowed("same key twice wording", "ct-same-key-twice",
            swap(VE, "Two keys can not have the same name", VE,
                 _texts(a.KEY_NO_DEFINITION, a.KEYS_SAME_NAME))),
    Allowed("key order wording", "ct-range-first, ct-range-only, ct-two-hash",
            swap(VE, r"Invalid key order.*|No Hash Key specified in schema.*|Too many hash keys "
                 r"specified.*", VE, _texts(a.FIRST_NOT_HASH, a.SECOND_NOT_RANGE) + "|" + DEFINED)),
    Allowed("LSI wording", "ct-lsi-no-table-range, ct-lsi-other-hash, ct-lsi-no-range",
            swap(VE, "Local Secondary indices are not allowed on hash tables, only hash and range "
                 "tables|Local Secondary indices must have the same hash key as the main table|"
                 "Local secondary indices must have a range key", VE,
                 _texts(a.LSI_NEEDS_RANGE, a.LSI_OTHER_HASH, a.LSI_INDEX_NEEDS_RANGE) + "|"
                 + DEFINED)),
    Allowed("duplicate index wording", "ct-duplicate-index",
            swap(VE, "Two (global|local) secondary indices have the same name|Local Secondary "
                 "Indices AND Global Secondary Indices must have different names", VE,
                 _texts(a.DUPLICATE_INDEX))),
    Allowed("INCLUDE without NonKeyAttributes wording", "ct-include-missing, ct-include-empty",
            swap(VE, "If Projection type INCLUDE is specified, some non-key attributes to include "
                 "in the projection must be specified as well", VE, _texts(a.INCLUDE_EMPTY))),
    Allowed("disabled stream with a view type wording", "ct-stream-view-disabled",
            swap(VE, "Invalid StreamViewType: Stream StreamEnabled was false but a StreamViewType "
                 "was present.", VE, _texts(a.STREAM_VIEW_WITHOUT_ENABLED))),
    Allowed("same throughput wording", "ut-same-throughput",
            swap(VE, "The requested throughput value equals the current value", VE,
                 _texts(a.THROUGHPUT_UNCHANGED))),
    Allowed("index list and projection wording", "ct-gsi-empty, ct-non-key-not-include, "
            "ct-projection-type-null",
            swap(VE, "GSI list is empty/invalid|No attributes should be specified to be projected "
                 "unless projection type is INCLUDE|Indexes must have a projection specified", VE,
                 _texts(a.GSI_EMPTY, a.NON_KEY_NOT_INCLUDE, a.PROJECTION_TYPE_NULL))),
    Allowed("attribute named twice wording", "ct-duplicate-definition, ct-non-key-twice",
            swap(VE, "Cannot have two attributes with the same name", VE,
                 _texts(a.DUPLICATE_DEFINITION, a.NON_KEY_TWICE))),
    Allowed("unknown table wording", "dt-missing, ut-missing, dt-delete",
            swap(RNF, "Cannot do operations on a non-existent table", RNF,
                 r"Requested resource not found: Table: .* not found")),
]  # fmt: skip
ADMIN_PENDING: list[Allowed] = []
CONSTRAINTS = r"(\d+) validation errors? detected: (.*)"


def deleting(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """DeleteTable: Local describes the table as it was (ACTIVE); the service DELETING, without
    key schema, definitions or indexes."""
    local, fake = lo.get("TableDescription") or {}, fa.get("TableDescription") or {}
    ok = (
        op == "DeleteTable"
        and local.get("TableStatus") == "ACTIVE"
        and fake.get("TableStatus") == "DELETING"
        and fake.get("TableName") == local.get("TableName")
    )
    return fa if ok else None


ADMIN_ALLOWED.append(Allowed("DeleteTable describes the table DELETING", "dt-delete", deleting))


def constraints_first(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """The service checks each member's constraints (null, enum, length, pattern, minimum)
    before anything across members, and lists every one that fails; DynamoDB Local runs its own
    checks instead: another message, an InternalFailure, or none (a bad enum value accepted)."""
    found = re.fullmatch(CONSTRAINTS, (fa.get("Error") or {}).get("Message") or "")
    if found is None or (fa.get("Error") or {}).get("Code") != VE:
        return None
    listed = found.group(2).split("; Value ")
    if int(found.group(1)) != len(listed):
        return None
    local = (lo.get("Error") or {}).get("Code")
    ok = local in (VE, "InternalFailure") or "TableDescription" in lo
    return fa if ok and op in ("CreateTable", "UpdateTable") else None


def throughput_on_demand(
    op: str, request: dict[str, Any], lo: Outcome, fa: Outcome
) -> Outcome | None:
    """ProvisionedThroughput for an on-demand table or its new index: DynamoDB Local ignores
    it; the service refuses it."""
    forbidden = _texts(
        a.THROUGHPUT_FORBIDDEN, a.INDEX_THROUGHPUT_FORBIDDEN, a.INDEX_CAPACITY_FORBIDDEN
    )
    return fa if "TableDescription" in lo and message(fa, VE, forbidden) else None


def throughput_first(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """The service checks BillingMode against ProvisionedThroughput before anything across
    members, and an empty index list before the indexes; DynamoDB Local checks keys, indexes and
    streams first."""
    first = _texts(a.THROUGHPUT_REQUIRED, a.THROUGHPUT_FORBIDDEN, a.THROUGHPUT_OUT_OF_BOUNDS)
    empty = _texts(a.LSI_EMPTY, a.GSI_EMPTY)  # checked before the indexes' own checks
    ok = op == "CreateTable" and message(lo, VE, ".*") and message(fa, VE, first + "|" + empty)
    return fa if ok else None


# DynamoDB Local's own texts for a CreateTable or UpdateTable it refuses (the entries above).
LOCAL_TEXTS = (
    "Invalid key order.*|No Hash Key specified in schema.*|Too many hash keys specified.*|"
    "(Hash|Range) Key not specified in Attribute Definitions.*|No Attribute Schema Defined|"
    "Attribute .* is not defined in AttributeDefinitions|Local Secondary.*|Two (global|local) "
    "secondary indices have the same name|The number of attributes in key schema must match.*|"
    "No attributes should be specified to be projected.*|Indexes must have a projection "
    "specified|GSI list is empty/invalid|If Projection type INCLUDE is specified.*|Cannot have "
    "two attributes with the same name|No provisioned throughput specified for the .*|Invalid "
    "StreamViewType: .*|Stream StreamEnabled was null|Two keys can not have the same name|"
    "Cannot increase provisioned throughput to more than 40,000 units per .*|No more than 20 "
    "attributes per table can be projected into Local Secondary Indices"
)
MISTAKES: list[str] = []  # the mistakes made in the CreateTable being compared (the fuzzer's)
ADMIN_TEXTS = _texts(*[m for m in vars(a).values() if isinstance(m, str) and " " in m])


def another_first(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """A request with two mistakes: DynamoDB Local names one, the fake (in the service's order,
    dynalite's validations) another; or UpdateTable of a table that is gone, which the service
    checks after the request itself."""
    if op not in ("CreateTable", "UpdateTable") or not message(fa, VE, ADMIN_TEXTS):
        return None
    gone = op == "UpdateTable" and message(lo, RNF, "Cannot do operations on a non-existent table")
    two = op == "CreateTable" and len(MISTAKES) > 1 and message(lo, VE, LOCAL_TEXTS)
    return fa if two or gone else None


def local_accepts(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """Requests DynamoDB Local carries out and the service refuses: an empty list of local
    indexes, an unused definition beside global and local indexes, BillingMode PROVISIONED
    again without ProvisionedThroughput."""
    refused = _texts(a.LSI_EMPTY, a.DEFINITIONS_NOT_USED, a.UPDATE_THROUGHPUT_REQUIRED)
    return fa if "TableDescription" in lo and message(fa, VE, refused) else None


def quota(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """DynamoDB Local applies the default quota of 40,000 units per table or index; the fake
    none (the bound of the service's API, 1,000,000,000,000, it applies)."""
    local = "Cannot increase provisioned throughput to more than 40,000 units per .*"
    bound = _texts(a.THROUGHPUT_OUT_OF_BOUNDS)
    ok = message(lo, VE, local) and ("TableDescription" in fa or message(fa, VE, bound))
    return fa if ok else None


def tags_checked(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """DynamoDB Local ignores a CreateTable's Tags; the service checks them."""
    tags = _texts(
        a.TAG_KEY_INVALID, a.TAG_VALUE_INVALID, a.TAG_KEY_AWS, a.TAG_KEY_TWICE, a.TAGS_TOO_MANY
    )
    ok = op == "CreateTable" and "TableDescription" in lo and message(fa, VE, tags)
    return fa if ok and request.get("Tags") is not None else None


def local_fails(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """DynamoDB Local fails inside (InternalFailure) on some UpdateTable requests: to
    PROVISIONED with global indexes, on-demand after an index deletion."""
    ok = op == "UpdateTable" and message(lo, "InternalFailure", "The request processing .*")
    return fa if ok else None


def _indexes(outcome: Outcome) -> tuple[dict[str, Any], dict[str, Any]]:
    table = dict(outcome.get("TableDescription") or outcome.get("Table") or {})
    found = {i["IndexName"]: i for i in table.pop("GlobalSecondaryIndexes", [])}
    return table, found


INDEX_BUSY = (
    "Attempt to change a resource which is still in use: Index is being (created|deleted)\\.|"
    "Can't update table while indexes are in (CREATING|DELETING).*|Attempting to create an "
    "index which already exists|Subscriber limit exceeded: Only 1 online index can be created "
    "or deleted simultaneously per table"
)


def index_at_once(op: str, request: dict[str, Any], lo: Outcome, fa: Outcome) -> Outcome | None:
    """DynamoDB Local builds a new index and deletes an old one in the background (CREATING,
    no ItemCount; DELETING, still listed) and refuses index changes meanwhile; the fake does
    each at once (ACTIVE, built, or gone)."""
    busy = [message(lo, code, INDEX_BUSY) for code in ("ResourceInUseException", VE, LIMIT)]
    if any(busy) and op == "UpdateTable":
        return fa
    (local, theirs), (fake, ours) = _indexes(lo), _indexes(fa)
    if not local or local != fake or not set(ours) <= set(theirs):
        return None
    settled = {n: {**i, "ItemCount": i["ItemCount"] or 0} for n, i in theirs.items() if n in ours}
    return fa if settled == ours else None


ADMIN_ALLOWED += [
    Allowed("member constraints first", "ct-index-name-short, ct-key-type-bad, "
            "ct-billing-mode-bad, ct-projection-null", constraints_first),
    Allowed("ProvisionedThroughput on demand refused", "ct-throughput-on-demand, "
            "ut-throughput-on-demand, ut-gsi-throughput-on-demand", throughput_on_demand),
    Allowed("tags checked", "the bullet on tags", tags_checked),
    Allowed("another mistake named first", "any two rows of its messages", another_first),
    Allowed("DynamoDB Local accepts what the service refuses", "ct-lsi-empty, "
            "ct-unused-definition-both, ut-provisioned-again", local_accepts),
    Allowed("no account quota", "ct-throughput-over-quota, ct-throughput-out-of-bounds", quota,
            verified=False),
    Allowed("throughput checked first", "ct-order-throughput-first, ct-lsi-empty",
            throughput_first),
    Allowed("DynamoDB Local fails inside", "ut-to-provisioned-indexes",
            local_fails),
    Allowed("indexes built and deleted at once", "ut-add-gsi", index_at_once),
]  # fmt: skip
