"""Query and Scan conformance cases (the tables are in _range_tables.py).

A Query case follows every page (``ExclusiveStartKey`` = the previous ``LastEvaluatedKey``) and
compares the pages whole. A Scan case follows every page too, but DynamoDB's Scan order is not
key order (and the fake's is deliberately not DynamoDB Local's), so it compares the items as a
multiset and the pages' shape: ``ScannedCount`` per page, ``Count`` per page when there is no
filter (the total otherwise), which pages carry a ``LastEvaluatedKey``, and ConsumedCapacity.
A parallel Scan case runs every segment and compares the union the same way.
"""

from __future__ import annotations

from typing import Any

from ._range_tables import PAGE_COUNT, b, n, s
from .cases import Case, Difference


def values(**named: Any) -> dict[str, Any]:
    return {f":{k}": v for k, v in named.items()}


def q(cid: str, table: str, condition: str | None, vals: dict[str, Any] | None = None,
      **extra: Any) -> Case:  # fmt: skip
    params: dict[str, Any] = {"TableName": table, **extra}
    if condition is not None:
        params["KeyConditionExpression"] = condition
    if vals is not None:
        params["ExpressionAttributeValues"] = {**params.get("ExpressionAttributeValues", {}),
                                               **vals}  # fmt: skip
    return Case(cid, "Query", params, "pages")


def qe(cid: str, table: str, condition: str | None, vals: dict[str, Any] | None = None,
       **extra: Any) -> Case:  # fmt: skip
    """A single Query request, compared as is (an ExclusiveStartKey given by hand)."""
    made = q(cid, table, condition, vals, **extra)
    return Case(cid, "Query", made.params)


def p1(cid: str, condition: str = "pk = :p", vals: dict[str, Any] | None = None,
       **extra: Any) -> Case:  # fmt: skip
    """A Query on partition p1 of events."""
    return q(cid, "events", condition, {":p": s("p1"), **(vals or {})}, **extra)


def sc(cid: str, table: str, **extra: Any) -> Case:
    mode = "segments" if "TotalSegments" in extra and extra.pop("all_segments", True) else "scan"
    return Case(cid, "Scan", {"TableName": table, **extra}, mode)


def sce(cid: str, table: str, **extra: Any) -> Case:
    """A single Scan request compared whole: errors, and answers that cannot depend on order."""
    return Case(cid, "Scan", {"TableName": table, **extra})


KIND = {"#k": "kind"}
CLICK = values(k=s("click"))
SK = "pk = :p AND sk "
LAST_KEY = {"pk": s("p1"), "sk": n("1.5")}
GSI_LAST_KEY = {"kind": s("click"), "rank": n("0"), "pk": s("p1"), "sk": n("-1E+2")}
BIG = PAGE_COUNT

# fmt: off
QUERY_CASES: list[Case] = [
    # ---- key conditions on a number sort key (tricky order: -1E+2 < -99, 99 < 1e2, -0 == 0)
    p1("q-partition"),
    p1("q-partition-desc", ScanIndexForward=False),
    p1("q-sk-eq", SK + "= :v", values(v=n("100"))),
    p1("q-sk-eq-spelling", SK + "= :v", values(v=n("1.00E+2"))),
    p1("q-sk-lt", SK + "< :v", values(v=n("99"))),
    p1("q-sk-le", SK + "<= :v", values(v=n("1E+2"))),
    p1("q-sk-gt", SK + "> :v", values(v=n("-99"))),
    p1("q-sk-ge", SK + ">= :v", values(v=n("-0"))),
    p1("q-sk-between", SK + "BETWEEN :a AND :b", values(a=n("-100"), b=n("99.5"))),
    p1("q-sk-between-desc", SK + "BETWEEN :a AND :b", values(a=n("-1.5"), b=n("1E+2")),
       ScanIndexForward=False),
    p1("q-sk-between-equal", SK + "BETWEEN :a AND :a", values(a=n("1.5"))),
    p1("q-sk-between-reversed", SK + "BETWEEN :a AND :b", values(a=n("2"), b=n("1"))),
    p1("q-sk-gt-tiny", SK + "> :v", values(v=n("0"))),
    p1("q-sk-lt-negative-tiny", SK + "< :v", values(v=n("-1E-131"))),
    p1("q-parenthesised", "(pk = :p) AND (sk > :v)", values(v=n("0"))),
    p1("q-reversed-operands", ":p = pk AND :v < sk", values(v=n("0"))),
    p1("q-names", "#p = :p AND #s >= :v", values(v=n("1")),
       ExpressionAttributeNames={"#p": "pk", "#s": "sk"}),
    p1("q-sk-first", "sk > :v AND pk = :p", values(v=n("0"))),
    q("q-zero-negative-zero", "events", "pk = :p AND sk = :z", values(p=s("p2"), z=n("0"))),
    q("q-missing-partition", "events", "pk = :p", values(p=s("nobody"))),
    # ---- strings (UTF-8 order) and binaries (unsigned bytes)
    q("q-text-all", "texts", "pk = :p", values(p=s("t"))),
    q("q-text-desc", "texts", "pk = :p", values(p=s("t")), ScanIndexForward=False),
    q("q-text-gt-e000", "texts", "pk = :p AND sk > :v", values(p=s("t"), v=s("\ue000"))),
    q("q-text-lt-supplementary", "texts", "pk = :p AND sk < :v",
      values(p=s("t"), v=s("\U00010000"))),
    q("q-text-between", "texts", "pk = :p AND sk BETWEEN :a AND :b",
      values(p=s("t"), a=s("B"), b=s("\u0800"))),
    q("q-text-begins-with", "texts", "pk = :p AND begins_with(sk, :v)", values(p=s("t"), v=s("a"))),
    q("q-text-begins-with-empty", "texts", "pk = :p AND begins_with(sk, :v)",
      values(p=s("t"), v=s(""))),
    q("q-text-emoji-partition", "texts", "pk = :p", values(p=s("\U0001f600"))),
    q("q-blob-all", "blobs", "pk = :p", values(p=s("b"))),
    q("q-blob-gt-7f", "blobs", "pk = :p AND sk > :v", values(p=s("b"), v=b(b"\x7f"))),
    q("q-blob-le-80", "blobs", "pk = :p AND sk <= :v", values(p=s("b"), v=b(b"\x80"))),
    q("q-blob-begins-with-ff", "blobs", "pk = :p AND begins_with(sk, :v)",
      values(p=s("b"), v=b(b"\xff"))),
    q("q-blob-between", "blobs", "pk = :p AND sk BETWEEN :a AND :b",
      values(p=s("b"), a=b(b"\x00\x00"), b=b(b"\x80"))),
    q("q-hash-only", "accounts", "id = :i", values(i=n("3"))),
    q("q-hash-only-spelling", "accounts", "id = :i", values(i=n("3.0E0"))),
    # ---- paging: Limit, ExclusiveStartKey, LastEvaluatedKey (every page followed)
    *[p1(f"q-limit-{k}", Limit=k) for k in (1, 2, 5, 13, 14, 15)],
    p1("q-limit-desc", Limit=4, ScanIndexForward=False),
    p1("q-limit-filter", Limit=3, FilterExpression="#k = :k", ExpressionAttributeNames=KIND,
       ExpressionAttributeValues=CLICK),
    p1("q-limit-filter-none-match", Limit=4, FilterExpression="attribute_exists(nope)"),
    qe("q-start-key", "events", "pk = :p", values(p=s("p1")), ExclusiveStartKey=LAST_KEY),
    qe("q-start-key-desc", "events", "pk = :p", values(p=s("p1")), ExclusiveStartKey=LAST_KEY,
       ScanIndexForward=False),
    qe("q-start-key-absent-item", "events", "pk = :p", values(p=s("p1")),
       ExclusiveStartKey={"pk": s("p1"), "sk": n("42")}),
    qe("q-start-key-spelling", "events", "pk = :p", values(p=s("p1")),
       ExclusiveStartKey={"pk": s("p1"), "sk": n("1.50")}),
    qe("q-start-key-outside-condition", "events", "pk = :p AND sk > :v",
       values(p=s("p1"), v=n("50")), ExclusiveStartKey={"pk": s("p1"), "sk": n("-99")}),
    qe("q-start-key-other-partition", "events", "pk = :p", values(p=s("p1")),
       ExclusiveStartKey={"pk": s("p2"), "sk": n("7")}),
    qe("q-start-key-missing-sk", "events", "pk = :p", values(p=s("p1")),
       ExclusiveStartKey={"pk": s("p1")}),
    qe("q-start-key-wrong-type", "events", "pk = :p", values(p=s("p1")),
       ExclusiveStartKey={"pk": s("p1"), "sk": s("1")}),
    qe("q-start-key-extra", "events", "pk = :p", values(p=s("p1")),
       ExclusiveStartKey={**LAST_KEY, "x": s("1")}),
    qe("q-start-key-empty", "events", "pk = :p", values(p=s("p1")), ExclusiveStartKey={}),
    q("q-pages-1mb", "pages", "pk = :p", values(p=s("big"))),
    q("q-pages-1mb-desc", "pages", "pk = :p", values(p=s("big")), ScanIndexForward=False),
    q("q-pages-1mb-limit", "pages", "pk = :p", values(p=s("big")), Limit=7),
    q("q-pages-1mb-projection", "pages", "pk = :p", values(p=s("big")), ProjectionExpression="sk"),
    q("q-pages-1mb-count", "pages", "pk = :p", values(p=s("big")), Select="COUNT"),
    q("q-pages-1mb-filter", "pages", "pk = :p", values(p=s("big")),
      FilterExpression="sk > :v", ExpressionAttributeValues={":v": n("100")}),
    q("q-pages-1mb-rcc", "pages", "pk = :p", values(p=s("big")), ReturnConsumedCapacity="TOTAL"),
    q("q-pages-1mb-gsi", "pages", "#g = :g", values(g=s("g")), IndexName="by_group",
      ExpressionAttributeNames={"#g": "group"}),
    # ---- FilterExpression
    p1("q-filter-eq", FilterExpression="#k = :k", ExpressionAttributeNames=KIND,
       ExpressionAttributeValues=CLICK),
    p1("q-filter-ne", FilterExpression="#k <> :k", ExpressionAttributeNames=KIND,
       ExpressionAttributeValues=CLICK),
    p1("q-filter-lt-cross-type", FilterExpression="title < :v", vals=values(v=n("5"))),
    p1("q-filter-in", FilterExpression="#k IN (:a, :b)", ExpressionAttributeNames=KIND,
       vals=values(a=s("buy"), b=s("view"))),
    p1("q-filter-between", FilterExpression="#r BETWEEN :a AND :b",
       ExpressionAttributeNames={"#r": "rank"}, vals=values(a=n("-1"), b=n("1"))),
    p1("q-filter-and-or-not", FilterExpression="NOT (#k = :k) OR (attribute_exists(flag) AND "
       "flag = :t)", ExpressionAttributeNames=KIND, vals={**CLICK, **values(t={"BOOL": True})}),
    p1("q-filter-exists", FilterExpression="attribute_exists(#r)",
       ExpressionAttributeNames={"#r": "rank"}),
    p1("q-filter-not-exists", FilterExpression="attribute_not_exists(#k)",
       ExpressionAttributeNames=KIND),
    p1("q-filter-type", FilterExpression="attribute_type(nothing, :t)", vals=values(t=s("NULL"))),
    p1("q-filter-type-bad", FilterExpression="attribute_type(note, :t)", vals=values(t=s("X"))),
    p1("q-filter-begins-with", FilterExpression="begins_with(note, :v)", vals=values(v=s("é"))),
    p1("q-filter-contains-set", FilterExpression="contains(tags, :v)", vals=values(v=s("c"))),
    p1("q-filter-contains-string", FilterExpression="contains(note, :v)", vals=values(v=s("éx"))),
    p1("q-filter-contains-list", FilterExpression="contains(info.#l, :v)",
       ExpressionAttributeNames={"#l": "list"}, vals=values(v=s("x"))),
    p1("q-filter-size", FilterExpression="size(note) > :v", vals=values(v=n("2"))),
    p1("q-filter-size-set", FilterExpression="size(tags) = :v", vals=values(v=n("2"))),
    p1("q-filter-nested", FilterExpression="info.seq >= :v AND info.#l[1] < :z",
       ExpressionAttributeNames={"#l": "list"}, vals=values(v=n("3"), z=n("-5"))),
    p1("q-filter-bool", FilterExpression="flag = :t", vals=values(t={"BOOL": False})),
    p1("q-filter-null-eq", FilterExpression="nothing = :n", vals=values(n={"NULL": True})),
    p1("q-filter-map-eq", FilterExpression="info = :m",
       vals=values(m={"M": {"seq": n("0"), "list": {"L": [s("x"), n("0")]}}})),
    q("q-filter-mixed-types", "events", "pk = :p", values(p=s("p3")),
      FilterExpression="mixed = :v", ExpressionAttributeValues={":v": n("5")}),
    q("q-filter-mixed-lt", "events", "pk = :p", values(p=s("p3")),
      FilterExpression="mixed < :v", ExpressionAttributeValues={":v": s("6")}),
    p1("q-filter-on-sort-key", FilterExpression="sk > :v", vals=values(v=n("0"))),
    p1("q-filter-on-partition-key", FilterExpression="pk = :p"),
    p1("q-filter-syntax", FilterExpression="#k = = :k", ExpressionAttributeNames=KIND,
       ExpressionAttributeValues=CLICK),
    p1("q-filter-undefined-value", FilterExpression="title = :nope"),
    p1("q-filter-unused-value", vals=values(extra=s("x"))),
    p1("q-filter-unused-name", ExpressionAttributeNames={"#x": "x"}),
    p1("q-filter-reserved", FilterExpression="size = :v", vals=values(v=n("1"))),
    p1("q-filter-function-unknown", FilterExpression="frob(title)"),
    p1("q-filter-size-bare", FilterExpression="size(note)"),
    p1("q-filter-begins-with-number", FilterExpression="begins_with(note, :v)",
       vals=values(v=n("1"))),
    p1("q-filter-in-101", FilterExpression="title IN (" + ", ".join(
        f":v{i}" for i in range(101)) + ")", vals={f":v{i}": s(f"t{i}") for i in range(101)}),
    p1("q-filter-empty", FilterExpression=""),
    p1("q-filter-value-empty-set", FilterExpression="tags = :v", vals=values(v={"SS": []})),
    # ---- ProjectionExpression, Select, AttributesToGet
    p1("q-projection", ProjectionExpression="sk, #k, info.#l[0]",
       ExpressionAttributeNames={"#k": "kind", "#l": "list"}),
    p1("q-projection-nothing", ProjectionExpression="nope"),
    p1("q-select-count", Select="COUNT"),
    p1("q-select-count-filter", Select="COUNT", FilterExpression="attribute_exists(flag)"),
    p1("q-select-count-limit", Select="COUNT", Limit=5),
    p1("q-select-all", Select="ALL_ATTRIBUTES", Limit=6),
    p1("q-select-specific", Select="SPECIFIC_ATTRIBUTES", ProjectionExpression="sk"),
    p1("q-select-specific-atg", Select="SPECIFIC_ATTRIBUTES", AttributesToGet=["sk", "title"]),
    p1("q-select-specific-alone", Select="SPECIFIC_ATTRIBUTES"),
    p1("q-select-all-projection", Select="ALL_ATTRIBUTES", ProjectionExpression="sk"),
    p1("q-select-count-projection", Select="COUNT", ProjectionExpression="sk"),
    p1("q-select-projected-table", Select="ALL_PROJECTED_ATTRIBUTES"),
    p1("q-select-bogus", Select="EVERYTHING"),
    p1("q-attributes-to-get", AttributesToGet=["title", "sk"]),
    p1("q-attributes-to-get-and-projection", AttributesToGet=["title"], ProjectionExpression="sk"),
    # ---- secondary indexes
    q("q-gsi", "events", "#k = :k", CLICK, IndexName="by_kind", ExpressionAttributeNames=KIND),
    q("q-gsi-desc", "events", "#k = :k", CLICK, IndexName="by_kind", ScanIndexForward=False,
      ExpressionAttributeNames=KIND),
    q("q-gsi-limit", "events", "#k = :k", CLICK, IndexName="by_kind", Limit=2,
      ExpressionAttributeNames=KIND),
    q("q-gsi-range", "events", "#k = :k AND #r BETWEEN :a AND :b",
      {**CLICK, **values(a=n("-1"), b=n("1"))}, IndexName="by_kind",
      ExpressionAttributeNames={**KIND, "#r": "rank"}),
    qe("q-gsi-start-key", "events", "#k = :k", CLICK, IndexName="by_kind",
       ExpressionAttributeNames=KIND, ExclusiveStartKey=GSI_LAST_KEY),
    qe("q-gsi-start-key-table-key-only", "events", "#k = :k", CLICK, IndexName="by_kind",
       ExpressionAttributeNames=KIND, ExclusiveStartKey=LAST_KEY),
    qe("q-gsi-start-key-index-key-only", "events", "#k = :k", CLICK, IndexName="by_kind",
       ExpressionAttributeNames=KIND, ExclusiveStartKey={"kind": s("click"), "rank": n("0")}),
    q("q-gsi-duplicates-limit", "events", "#k = :k", CLICK, IndexName="kind_only", Limit=2,
      ExpressionAttributeNames=KIND),
    q("q-gsi-duplicates-desc", "events", "#k = :k", CLICK, IndexName="kind_only",
      ScanIndexForward=False, ExpressionAttributeNames=KIND),
    q("q-gsi-keys-only-projection-outside", "events", "#k = :k", CLICK, IndexName="kind_only",
      ExpressionAttributeNames=KIND, ProjectionExpression="title"),
    q("q-gsi-keys-only-select-all", "events", "#k = :k", CLICK, IndexName="kind_only",
      ExpressionAttributeNames=KIND, Select="ALL_ATTRIBUTES"),
    q("q-gsi-keys-only-filter-outside", "events", "#k = :k", CLICK, IndexName="kind_only",
      ExpressionAttributeNames=KIND, FilterExpression="attribute_exists(title)"),
    q("q-gsi-include", "events", "#o = :o", values(o=s("ann")), IndexName="by_owner",
      ExpressionAttributeNames={"#o": "owner"}),
    q("q-gsi-include-projected", "events", "#o = :o", values(o=s("bob")), IndexName="by_owner",
      ExpressionAttributeNames={"#o": "owner"}, Select="ALL_PROJECTED_ATTRIBUTES"),
    q("q-gsi-include-range", "events", "#o = :o AND begins_with(title, :t)",
      values(o=s("ann"), t=s("t")), IndexName="by_owner",
      ExpressionAttributeNames={"#o": "owner"}, Limit=1),
    q("q-gsi-consistent", "events", "#k = :k", CLICK, IndexName="by_kind", ConsistentRead=True,
      ExpressionAttributeNames=KIND),
    q("q-gsi-rcc-indexes", "events", "#k = :k", CLICK, IndexName="by_kind",
      ExpressionAttributeNames=KIND, ReturnConsumedCapacity="INDEXES"),
    q("q-gsi-rcc-total", "events", "#k = :k", CLICK, IndexName="by_kind",
      ExpressionAttributeNames=KIND, ReturnConsumedCapacity="TOTAL"),
    q("q-gsi-hash-only-table", "accounts", "team = :t", values(t=s("red")), IndexName="by_team"),
    q("q-gsi-hash-only-table-range", "accounts", "team = :t AND #l > :l",
      values(t=s("blue"), l=n("-1")), IndexName="by_team", ExpressionAttributeNames={"#l": "lvl"},
      Limit=2),
    q("q-gsi-text", "texts", "label = :l", values(l=s("same")), IndexName="by_label", Limit=3),
    q("q-gsi-blob", "blobs", "tier = :b", values(b=b(b"\xf0")), IndexName="by_tier",
      ScanIndexForward=False),
    q("q-gsi-unknown", "events", "#k = :k", CLICK, IndexName="nope",
      ExpressionAttributeNames=KIND),
    q("q-gsi-table-key-condition", "events", "pk = :p", values(p=s("p1")), IndexName="by_kind"),
    q("q-gsi-on-sort-key-only", "events", "#r = :r", values(r=n("1")), IndexName="by_kind",
      ExpressionAttributeNames={"#r": "rank"}),
    q("q-multi-gsi", "events", "#k = :k AND lane = :z", {**CLICK, **values(z=n("0"))},
      IndexName="multi", ExpressionAttributeNames=KIND),
    q("q-multi-gsi-first-range", "events", "#k = :k AND lane = :z AND title = :t",
      {**CLICK, **values(z=n("0"), t=s("t0"))}, IndexName="multi", ExpressionAttributeNames=KIND),
    q("q-multi-gsi-both-range", "events", "#k = :k AND lane = :z AND title = :t AND tag > :g",
      {**CLICK, **values(z=n("0"), t=s("t0"), g=b(b"\x80"))}, IndexName="multi",
      ExpressionAttributeNames=KIND),
    q("q-multi-gsi-second-range-only", "events", "#k = :k AND lane = :z AND tag > :g",
      {**CLICK, **values(z=n("0"), g=b(b"\x80"))}, IndexName="multi",
      ExpressionAttributeNames=KIND),
    q("q-multi-gsi-missing-hash", "events", "#k = :k", CLICK, IndexName="multi",
      ExpressionAttributeNames=KIND),
    q("q-multi-gsi-range-then-eq", "events", "#k = :k AND lane = :z AND title > :t AND tag = :g",
      {**CLICK, **values(z=n("1"), t=s("t0"), g=b(b"\x81"))}, IndexName="multi",
      ExpressionAttributeNames=KIND),
    q("q-multi-gsi-limit", "events", "#k = :k AND lane = :z", {**CLICK, **values(z=n("1"))},
      IndexName="multi", ExpressionAttributeNames=KIND, Limit=1),
    q("q-lsi", "events", "pk = :p", values(p=s("p1")), IndexName="by_rank"),
    q("q-lsi-desc-limit", "events", "pk = :p", values(p=s("p1")), IndexName="by_rank",
      ScanIndexForward=False, Limit=3),
    q("q-lsi-range", "events", "pk = :p AND #r < :r", values(p=s("p1"), r=n("1")),
      IndexName="by_rank", ExpressionAttributeNames={"#r": "rank"}),
    q("q-lsi-fetch-all", "events", "pk = :p", values(p=s("p1")), IndexName="by_rank",
      Select="ALL_ATTRIBUTES", Limit=4),
    q("q-lsi-projection-fetch", "events", "pk = :p", values(p=s("p1")), IndexName="by_title",
      ProjectionExpression="note, #r", ExpressionAttributeNames={"#r": "rank"}),
    q("q-lsi-include", "events", "pk = :p AND begins_with(title, :t)",
      values(p=s("p1"), t=s("t1")), IndexName="by_title"),
    q("q-lsi-consistent", "events", "pk = :p", values(p=s("p1")), IndexName="by_title",
      ConsistentRead=True, ReturnConsumedCapacity="INDEXES"),
    q("q-lsi-filter-outside", "events", "pk = :p", values(p=s("p1")), IndexName="by_rank",
      FilterExpression="begins_with(title, :t)", ExpressionAttributeValues={":t": s("t2")}),
    q("q-lsi-count", "events", "pk = :p", values(p=s("p1")), IndexName="by_rank", Select="COUNT"),
    # ---- ConsistentRead and ReturnConsumedCapacity on the table
    p1("q-consistent", ConsistentRead=True),
    p1("q-rcc-total", ReturnConsumedCapacity="TOTAL"),
    p1("q-rcc-total-consistent", ReturnConsumedCapacity="TOTAL", ConsistentRead=True),
    p1("q-rcc-indexes", ReturnConsumedCapacity="INDEXES", Limit=5),
    p1("q-rcc-none", ReturnConsumedCapacity="NONE"),
    p1("q-rcc-bogus", ReturnConsumedCapacity="BOGUS"),
    q("q-rcc-empty", "events", "pk = :p", values(p=s("nobody")), ReturnConsumedCapacity="TOTAL"),
    p1("q-rcc-count", ReturnConsumedCapacity="TOTAL", Select="COUNT"),
    # ---- key condition errors
    q("q-no-condition", "events", None),
    p1("q-condition-empty", ""),
    p1("q-condition-syntax", "pk = :p AND"),
    p1("q-condition-or", "pk = :p OR sk = :v", values(v=n("1"))),
    p1("q-condition-not", "NOT pk = :p"),
    p1("q-condition-ne", "pk <> :p"),
    p1("q-condition-pk-range", "pk > :p"),
    p1("q-condition-pk-begins-with", "begins_with(pk, :p)"),
    q("q-condition-sk-only", "events", "sk = :v", values(v=n("1"))),
    p1("q-condition-sk-ne", SK + "<> :v", values(v=n("1"))),
    p1("q-condition-sk-in", SK + "IN (:v)", values(v=n("1"))),
    p1("q-condition-sk-twice", SK + "> :v AND sk < :w", values(v=n("1"), w=n("9"))),
    p1("q-condition-pk-twice", "pk = :p AND pk = :p"),
    p1("q-condition-other-attribute", "pk = :p AND title = :t", values(t=s("t0"))),
    p1("q-condition-function", "pk = :p AND attribute_exists(sk)"),
    p1("q-condition-contains", "pk = :p AND contains(sk, :v)", values(v=n("1"))),
    p1("q-condition-size", "pk = :p AND size(sk) > :v", values(v=n("1"))),
    p1("q-condition-begins-with-number", "pk = :p AND begins_with(sk, :v)", values(v=n("1"))),
    p1("q-condition-type-mismatch", SK + "= :v", values(v=s("1"))),
    q("q-condition-pk-type-mismatch", "events", "pk = :p", values(p=n("1"))),
    q("q-condition-pk-empty-string", "events", "pk = :p", values(p=s(""))),
    p1("q-condition-undefined-value", SK + "= :nope"),
    p1("q-condition-undefined-name", "#nope = :p"),
    p1("q-condition-unused-value", vals=values(z=s("z"))),
    p1("q-condition-nested-path", "pk = :p AND info.seq = :v", values(v=n("1"))),
    p1("q-condition-value-value", ":p = :p"),
    q("q-condition-path-path", "events", "pk = sk"),
    p1("q-condition-between-wrong-types", SK + "BETWEEN :a AND :b", values(a=n("1"), b=s("2"))),
    p1("q-condition-reserved-word", "pk = :p AND #s > :v", values(v=n("1"))),
    q("q-condition-reserved-attribute", "accounts", "id = :i", values(i=n("1")),
      FilterExpression="level > :v", ExpressionAttributeValues={":v": n("1")}),
    # ---- legacy parameters
    q("q-legacy-key-conditions", "events", None,
      KeyConditions={"pk": {"AttributeValueList": [s("p1")], "ComparisonOperator": "EQ"},
                     "sk": {"AttributeValueList": [n("-2"), n("2")],
                            "ComparisonOperator": "BETWEEN"}}),
    q("q-legacy-begins-with", "texts", None,
      KeyConditions={"pk": {"AttributeValueList": [s("t")], "ComparisonOperator": "EQ"},
                     "sk": {"AttributeValueList": [s("a")], "ComparisonOperator": "BEGINS_WITH"}}),
    q("q-legacy-query-filter", "events", None,
      KeyConditions={"pk": {"AttributeValueList": [s("p1")], "ComparisonOperator": "EQ"}},
      QueryFilter={"kind": {"AttributeValueList": [s("click")], "ComparisonOperator": "EQ"},
                   "rank": {"ComparisonOperator": "NOT_NULL"}},
      ConditionalOperator="OR"),
    q("q-legacy-query-filter-and", "events", None,
      KeyConditions={"pk": {"AttributeValueList": [s("p1")], "ComparisonOperator": "EQ"}},
      QueryFilter={"kind": {"AttributeValueList": [s("click")], "ComparisonOperator": "EQ"},
                   "rank": {"AttributeValueList": [n("0")], "ComparisonOperator": "GT"}},
      AttributesToGet=["sk", "rank"]),
    q("q-legacy-filter-ops", "events", None,
      KeyConditions={"pk": {"AttributeValueList": [s("p1")], "ComparisonOperator": "EQ"}},
      QueryFilter={"tags": {"AttributeValueList": [s("c")], "ComparisonOperator": "CONTAINS"},
                   "kind": {"AttributeValueList": [s("buy"), s("view")],
                            "ComparisonOperator": "IN"},
                   "note": {"AttributeValueList": [s("é")], "ComparisonOperator": "BEGINS_WITH"}},
      ConditionalOperator="OR"),
    q("q-legacy-mixed-key", "events", "pk = :p", values(p=s("p1")),
      KeyConditions={"pk": {"AttributeValueList": [s("p1")], "ComparisonOperator": "EQ"}}),
    p1("q-legacy-mixed-filter", FilterExpression="attribute_exists(kind)",
       QueryFilter={"kind": {"ComparisonOperator": "NOT_NULL"}}),
    p1("q-legacy-query-filter-with-expression",
       QueryFilter={"kind": {"ComparisonOperator": "NOT_NULL"}}),
    p1("q-legacy-conditional-operator-alone", ConditionalOperator="AND"),
    q("q-legacy-bad-operator", "events", None,
      KeyConditions={"pk": {"AttributeValueList": [s("p1")], "ComparisonOperator": "NE"}}),
    q("q-legacy-wrong-count", "events", None,
      KeyConditions={"pk": {"AttributeValueList": [s("p1")], "ComparisonOperator": "EQ"},
                     "sk": {"AttributeValueList": [n("1")], "ComparisonOperator": "BETWEEN"}}),
    q("q-legacy-missing-hash", "events", None,
      KeyConditions={"sk": {"AttributeValueList": [n("1")], "ComparisonOperator": "EQ"}}),
    # ---- other validation
    p1("q-limit-0", Limit=0),
    p1("q-limit-negative", Limit=-1),
    q("q-unknown-table", "nope", "pk = :p", values(p=s("p1"))),
    q("q-bad-table-name", "a!", "pk = :p", values(p=s("p1"))),
]

SCAN_CASES: list[Case] = [
    sc("s-events", "events"),
    sc("s-events-limit-4", "events", Limit=4),
    sc("s-events-limit-1", "events", Limit=1),
    sc("s-events-filter", "events", FilterExpression="#k = :k", ExpressionAttributeNames=KIND,
       ExpressionAttributeValues=CLICK),
    sc("s-events-filter-limit", "events", Limit=5, FilterExpression="#r >= :r",
       ExpressionAttributeNames={"#r": "rank"}, ExpressionAttributeValues={":r": n("0")}),
    sc("s-events-filter-key", "events", FilterExpression="sk > :v AND pk = :p",
       ExpressionAttributeValues={":v": n("0"), ":p": s("p1")}),
    sc("s-events-projection", "events", ProjectionExpression="pk, sk, info.seq"),
    sc("s-events-count", "events", Select="COUNT"),
    sc("s-events-count-filter", "events", Select="COUNT",
       FilterExpression="attribute_exists(flag)"),
    sc("s-events-consistent-rcc", "events", ConsistentRead=True, ReturnConsumedCapacity="TOTAL"),
    sc("s-events-rcc-indexes", "events", ReturnConsumedCapacity="INDEXES"),
    sc("s-gsi", "events", IndexName="by_kind"),
    sc("s-gsi-limit", "events", IndexName="by_kind", Limit=3),
    sc("s-gsi-keys-only", "events", IndexName="kind_only", Limit=4),
    sc("s-gsi-include-projected", "events", IndexName="by_owner",
       Select="ALL_PROJECTED_ATTRIBUTES"),
    sc("s-gsi-multi", "events", IndexName="multi", Limit=2),
    sc("s-gsi-rcc", "events", IndexName="by_owner", ReturnConsumedCapacity="INDEXES"),
    sc("s-lsi", "events", IndexName="by_title"),
    sc("s-lsi-select-all", "events", IndexName="by_rank", Select="ALL_ATTRIBUTES"),
    sc("s-texts", "texts"),
    sc("s-blobs", "blobs", Limit=3),
    sc("s-accounts-gsi", "accounts", IndexName="by_team"),
    sc("s-pages-1mb", "pages"),
    sc("s-pages-1mb-gsi", "pages", IndexName="by_group"),
    sc("s-big-1mb", "big", ProjectionExpression="k"),
    sc("s-big-1mb-count", "big", Select="COUNT"),
    sc("s-segments-4", "events", TotalSegments=4, Segment=0),
    sc("s-segments-1", "events", TotalSegments=1, Segment=0),
    sc("s-segments-3-limit", "events", TotalSegments=3, Segment=0, Limit=2),
    sc("s-segments-gsi", "events", TotalSegments=2, Segment=0, IndexName="by_kind"),
    sc("s-legacy-scan-filter", "events",
       ScanFilter={"kind": {"AttributeValueList": [s("click")], "ComparisonOperator": "EQ"},
                   "rank": {"AttributeValueList": [n("0"), n("1")],
                            "ComparisonOperator": "BETWEEN"}}),
    sc("s-legacy-scan-filter-or", "events", ConditionalOperator="OR",
       ScanFilter={"flag": {"ComparisonOperator": "NOT_NULL"},
                   "title": {"AttributeValueList": [s("t3")], "ComparisonOperator": "GE"}},
       AttributesToGet=["pk", "sk", "flag", "title"]),
    sc("s-legacy-null", "events", ScanFilter={"kind": {"ComparisonOperator": "NULL"}}),
    # ---- errors (single requests)
    sce("s-segment-too-big", "events", TotalSegments=2, Segment=2),
    sce("s-segment-without-total", "events", Segment=0),
    sce("s-total-without-segment", "events", TotalSegments=2),
    sce("s-total-segments-0", "events", TotalSegments=0, Segment=0),
    sce("s-total-segments-1000001", "events", TotalSegments=1000001, Segment=0),
    sce("s-segment-negative", "events", TotalSegments=2, Segment=-1),
    sce("s-gsi-consistent", "events", IndexName="by_kind", ConsistentRead=True),
    sce("s-unknown-index", "events", IndexName="nope"),
    sce("s-unknown-table", "nope"),
    sce("s-limit-0", "events", Limit=0),
    sce("s-select-bogus", "events", Select="SOME"),
    sce("s-select-specific-alone", "events", Select="SPECIFIC_ATTRIBUTES"),
    sce("s-select-count-projection", "events", Select="COUNT", ProjectionExpression="pk"),
    sce("s-select-projected-table", "events", Select="ALL_PROJECTED_ATTRIBUTES"),
    sce("s-filter-syntax", "events", FilterExpression="kind ="),
    sce("s-filter-undefined", "events", FilterExpression="title = :v"),
    sce("s-filter-unused-value", "events", ExpressionAttributeValues={":v": s("x")}),
    sce("s-legacy-mixed", "events", FilterExpression="attribute_exists(pk)",
        ScanFilter={"kind": {"ComparisonOperator": "NULL"}}),
    sce("s-legacy-conditional-operator-alone", "events", ConditionalOperator="OR"),
    sce("s-start-key-bad", "events", ExclusiveStartKey={"pk": s("p1")}),
    sce("s-gsi-start-key-table-only", "events", IndexName="by_kind",
        ExclusiveStartKey={"pk": s("p1"), "sk": n("1")}),
    sce("s-rcc-bogus", "events", ReturnConsumedCapacity="BOGUS", Select="COUNT"),
]
# fmt: on

RANGE_CASES: list[Case] = QUERY_CASES + SCAN_CASES
RANGE_DESCRIBE: list[Case] = [
    Case(f"describe-{t}", "DescribeTable", {"TableName": t})
    for t in ("events", "texts", "blobs", "accounts", "pages")
]

# Known differences (DynamoDB Local vs live; the fake follows live) and suspected fake bugs.
RANGE_DIFFERENCES: dict[str, Difference] = {}
RANGE_BUGS: dict[str, str] = {
    f"describe-{t}": "DescribeTable: an index's ItemCount is 0 on the fake, the index's item "
    "count on DynamoDB Local (conf-findings.md, for h/store)"
    for t in ("events", "texts", "blobs", "accounts", "pages")
}
