"""Conformance cases as data: the requests, and the known differences.

Every case is sent to the fake and to DynamoDB Local. A case listed in ``KNOWN_DIFFERENCES``
is one where DynamoDB Local differs from live DynamoDB and the fake follows live AWS; the
test pins both answers so the list cannot rot. ``SUSPECTED_BUGS`` lists cases where the fake
disagrees with DynamoDB Local for no documented reason (run as strict xfail).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# -- seed sizes (the seed items themselves are in conftest.py) ------------------------------
BIG_COUNT = 60
BIG_PAYLOAD = 390_000  # bytes per "big" item: 60 of them overflow 16 MiB, 11 overflow 4 MiB


def s(value: str) -> dict[str, str]:
    return {"S": value}


def n(value: str) -> dict[str, str]:
    return {"N": value}


# -- cases ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Case:
    id: str
    operation: str  # the DynamoDB operation name, e.g. "BatchGetItem"
    params: dict[str, Any]
    # "exact": compare normalised responses; "split": BatchGetItem over 16 MiB, where which
    # keys are served depends on internal order, so compare counts and echoed fields.
    compare: str = "exact"


def user(uid: str) -> dict[str, Any]:
    return {"user_id": s(uid)}


def order(customer: str, order_id: str) -> dict[str, Any]:
    return {"customer": s(customer), "order_id": n(order_id)}


def big(i: int) -> dict[str, Any]:
    return {"k": s(f"b{i:02d}")}


def bgi(cid: str, request_items: dict[str, Any], **top: Any) -> Case:
    return Case(cid, "BatchGetItem", {"RequestItems": request_items, **top})


def bgi_users(cid: str, *keys: str, **extra: Any) -> Case:
    return bgi(cid, {"users": {"Keys": [user(k) for k in keys], **extra}})


def bgi_projection(cid: str, expression: str, names: dict[str, str] | None = None) -> Case:
    extra: dict[str, Any] = {"ProjectionExpression": expression}
    if names is not None:
        extra["ExpressionAttributeNames"] = names
    return bgi_users(cid, "u1", "u2", **extra)


def get(table: str, key: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"Get": {"TableName": table, "Key": key, **extra}}


def tgi(cid: str, *gets: dict[str, Any], **top: Any) -> Case:
    return Case(cid, "TransactGetItems", {"TransactItems": list(gets), **top})


def blob(value: bytes) -> dict[str, Any]:
    return {"blob_id": {"B": value}}


def split(cid: str, **extra: Any) -> Case:
    """All 60 big items in one BatchGetItem: over 16 MiB, so some come back unprocessed."""
    return Case(cid, "BatchGetItem", {"RequestItems": {"big": {"Keys": ALL_BIG, **extra}}}, "split")


def gi(cid: str, key: dict[str, Any], table: str = "users", **extra: Any) -> Case:
    return Case(cid, "GetItem", {"TableName": table, "Key": key, **extra})


ALL_BIG = [big(i) for i in range(BIG_COUNT)]
DEEP = "a" + ".b" * 32  # a document path of 33 levels
BAD_KEYS: dict[str, dict[str, Any]] = {
    "key-empty": {},
    "key-other-attr": {"name": s("Ada")},
    "key-extra-attr": {"user_id": s("u1"), "age": n("36")},
    "key-wrong-type": {"user_id": n("1")},
    "key-set-type": {"user_id": {"SS": ["u1"]}},
    "key-empty-string": {"user_id": s("")},
    "key-two-types": {"user_id": {"S": "u1", "N": "1"}},
}

# fmt: off
CASES: list[Case] = [
    # ---- BatchGetItem: successes
    bgi("bgi-two-tables", {"users": {"Keys": [user("u1"), user("u2"), user("nobody")]},
        "orders": {"Keys": [order("c1", "1"), order("c1", "99"), order("c2", "1")]}}),
    bgi("bgi-composite-keys", {"orders": {"Keys": [order("c1", "2"), order("c2", "1")]}}),
    bgi_users("bgi-missing-only", "nobody", "ghost"),
    bgi("bgi-number-1.50", {"orders": {"Keys": [order("c1", "1.50")]}}),
    bgi("bgi-number-15E-1", {"orders": {"Keys": [order("c1", "15E-1"), order("c1", "1.0")]}}),
    bgi("bgi-number-1.5-and-1.50",
        {"orders": {"Keys": [order("c1", "1.5"), order("c1", "1.50")]}}),
    bgi("bgi-binary-keys", {"files": {"Keys": [blob(b"\x00\x01"), blob(b"\x02")]}}),
    # A lone surrogate: botocore sends the escape it is given; nothing can match it.
    bgi("bgi-lone-surrogate-key", {"users": {"Keys": [user("\ud800"), user("u1")]}}),
    gi("get-lone-surrogate-key", user("a\udc80b")),
    gi("get-lone-surrogate-name", user("u1"), ProjectionExpression="#\ud800",
       ExpressionAttributeNames={"#\ud800": "user_id"}),
    bgi("bgi-three-tables", {"files": {"Keys": [blob(b"\xff")]},
        "orders": {"Keys": [order("c1", "1")], "ConsistentRead": True},
        "users": {"Keys": [user("u2")], "ProjectionExpression": "user_id"}}),
    bgi_projection("bgi-projection-names", "#n, address.geo.lat, history[2]", {"#n": "name"}),
    bgi_projection("bgi-projection-list-indexes", "history[3][1], history[0], address.city"),
    bgi_projection("bgi-projection-matches-nothing", "nonexistent"),
    bgi_projection("bgi-projection-map-in-list", "history[2].#p, lucky, tags", {"#p": "plan"}),
    bgi_users("bgi-attributes-to-get", "u1", "u2", AttributesToGet=["age", "missing", "user_id"]),
    bgi_users("bgi-attributes-to-get-empty", "u2", AttributesToGet=[]),
    bgi_users("bgi-consistent-read", "u1", "u5k", ConsistentRead=True),
    bgi("bgi-rcc-total", {"users": {"Keys": [user("u1"), user("u5k")]}},
        ReturnConsumedCapacity="TOTAL"),
    bgi("bgi-rcc-total-consistent", {"users": {"Keys": [user("u2"), user("u5k")],
        "ConsistentRead": True}}, ReturnConsumedCapacity="TOTAL"),
    bgi("bgi-rcc-indexes", {"users": {"Keys": [user("u5k")]},
        "orders": {"Keys": [order("c1", "1")]}}, ReturnConsumedCapacity="INDEXES"),
    bgi("bgi-rcc-none", {"users": {"Keys": [user("u1")]}}, ReturnConsumedCapacity="NONE"),
    bgi("bgi-rcc-total-missing", {"users": {"Keys": [user("nobody")]}},
        ReturnConsumedCapacity="TOTAL"),
    bgi("bgi-rcc-total-missing-consistent",
        {"users": {"Keys": [user("nobody")], "ConsistentRead": True}},
        ReturnConsumedCapacity="TOTAL"),
    bgi("bgi-rcc-bogus", {"users": {"Keys": [user("u2")]}}, ReturnConsumedCapacity="BOGUS"),
    split("bgi-16mib"),
    split("bgi-16mib-projection", ProjectionExpression="#k", ExpressionAttributeNames={"#k": "k"},
          ConsistentRead=True),
    split("bgi-16mib-attributes-to-get", AttributesToGet=["k"]),
    # ---- BatchGetItem: errors
    bgi_users("bgi-duplicate-keys", "u1", "u2", "u1"),
    bgi_users("bgi-duplicate-missing-keys", "nobody", "nobody"),
    bgi("bgi-duplicate-binary", {"files": {"Keys": [blob(b"\xff")] * 2}}),
    bgi("bgi-101-keys", {"big": {"Keys": [big(i) for i in range(101)]}}),
    bgi("bgi-101-keys-two-tables",
        {"big": {"Keys": ALL_BIG}, "users": {"Keys": [user(f"x{i}") for i in range(41)]}}),
    bgi("bgi-empty-request-items", {}),
    bgi("bgi-empty-keys", {"users": {"Keys": []}}),
    bgi("bgi-unknown-table", {"nope": {"Keys": [user("u1")]}}),
    bgi("bgi-bad-table-name", {"a!": {"Keys": [user("u1")]}}),
    *[bgi(f"bgi-{name}", {"users": {"Keys": [key]}}) for name, key in BAD_KEYS.items()],
    bgi("bgi-key-only-hash", {"orders": {"Keys": [{"customer": s("c1")}]}}),
    bgi("bgi-key-number-abc", {"orders": {"Keys": [order("c1", "abc")]}}),
    bgi("bgi-key-number-39-digits", {"orders": {"Keys": [order("c1", "1" * 39)]}}),
    bgi_projection("bgi-projection-syntax", "!!!"),
    bgi_projection("bgi-projection-syntax-double-comma", "age,,name"),
    bgi_projection("bgi-projection-syntax-dots", "address..city"),
    bgi_projection("bgi-projection-reserved", "age, name"),
    bgi_projection("bgi-projection-reserved-nested", "address.status"),
    bgi_projection("bgi-projection-overlap", "address, address.city"),
    bgi_projection("bgi-projection-overlap-same", "age, age"),
    bgi_projection("bgi-projection-overlap-names", "#a, #b", {"#a": "age", "#b": "age"}),
    bgi_projection("bgi-projection-conflict", "history[0], history.#p", {"#p": "plan"}),
    bgi_projection("bgi-projection-undefined-name", "#missing"),
    bgi_projection("bgi-projection-unused-name", "age", {"#n": "name", "#m": "x"}),
    bgi_projection("bgi-projection-empty", ""),
    bgi_users("bgi-names-without-expression", "u1", ExpressionAttributeNames={"#n": "name"}),
    bgi_users("bgi-attributes-and-projection", "u1", AttributesToGet=["a"],
              ProjectionExpression="a"),
    # ---- TransactGetItems
    tgi("tgi-aligned", get("users", user("u2")), get("users", user("nobody")),
        get("orders", order("c1", "2")), get("files", blob(b"\x00\x01"))),
    tgi("tgi-projection",
        get("users", user("u1"), ProjectionExpression="#n, age",
            ExpressionAttributeNames={"#n": "name"}),
        get("users", user("u2"), ProjectionExpression="age, user_id"),
        get("orders", order("c2", "1"), ProjectionExpression="#i[0], customer",
            ExpressionAttributeNames={"#i": "items"})),
    tgi("tgi-rcc-total", get("users", user("u2")), get("orders", order("c9", "1")),
        ReturnConsumedCapacity="TOTAL"),
    tgi("tgi-rcc-indexes", get("users", user("u2")),
        get("users", user("u5k"), ProjectionExpression="user_id"),
        ReturnConsumedCapacity="INDEXES"),
    tgi("tgi-rcc-bogus", get("users", user("u2")), ReturnConsumedCapacity="BOGUS"),
    tgi("tgi-same-item-twice", get("users", user("u1")), get("users", user("u1"))),
    tgi("tgi-same-item-1.5-1.50", get("orders", order("c1", "1.5")),
        get("orders", order("c1", "1.50"))),
    tgi("tgi-101-items", *[get("big", big(i)) for i in range(101)]),
    tgi("tgi-empty"),
    tgi("tgi-unknown-table", get("nope", user("u1"))),
    *[tgi(f"tgi-{name}", get("users", user("u2")), get("users", key))
      for name, key in BAD_KEYS.items()],
    tgi("tgi-key-number-abc", get("orders", order("c1", "abc"))),
    tgi("tgi-projection-syntax", get("users", user("u1"), ProjectionExpression="!!!")),
    tgi("tgi-projection-undefined-name", get("users", user("u1"), ProjectionExpression="#x")),
    tgi("tgi-4mib", *[get("big", big(i)) for i in range(11)]),
    tgi("tgi-4mib-projected-fits",
        *[get("big", big(i), ProjectionExpression="k") for i in range(11)]),
    tgi("tgi-projection-matches-nothing", get("users", user("u1"), ProjectionExpression="age"),
        get("users", user("u2"), ProjectionExpression="#x",
            ExpressionAttributeNames={"#x": "age"})),
    # ---- GetItem
    gi("gi-found", user("u1")),
    gi("gi-missing", user("nobody")),
    gi("gi-projection-matches-nothing", user("u1"), ProjectionExpression="nonexistent"),
    gi("gi-projection-names", user("u1"), ProjectionExpression="#n, history[3]",
       ExpressionAttributeNames={"#n": "name"}),
    gi("gi-attributes-to-get", user("u1"), AttributesToGet=["age", "tags"]),
    gi("gi-attributes-to-get-duplicate", user("u1"), AttributesToGet=["age", "tags", "age"]),
    gi("gi-attributes-to-get-empty", user("u2"), AttributesToGet=[]),
    gi("gi-composite", order("c1", "1.50"), table="orders"),
    gi("gi-binary", blob(b"\xff"), table="files"),
    gi("gi-rcc-total", user("u5k"), ReturnConsumedCapacity="TOTAL"),
    gi("gi-rcc-total-missing", user("nobody"), ReturnConsumedCapacity="TOTAL"),
    gi("gi-rcc-bogus", user("u2"), ReturnConsumedCapacity="BOGUS"),
    gi("gi-rcc-indexes-consistent", user("u5k"), ReturnConsumedCapacity="INDEXES",
       ConsistentRead=True),
    *[gi(f"gi-{name}", key) for name, key in BAD_KEYS.items()],
    gi("gi-key-only-hash", {"customer": s("c1")}, table="orders"),
    gi("gi-key-number-abc", order("c1", "abc"), table="orders"),
    gi("gi-unknown-table", user("u1"), table="nope"),
    gi("gi-bad-table-name", user("u1"), table="a!"),
    gi("gi-projection-reserved", user("u1"), ProjectionExpression="data"),
    # ---- key sizes: 2048 bytes for a partition key (UTF-8 for a string), 1024 for a sort key
    gi("gi-key-hash-2048", user("x" * 2048)),
    gi("gi-key-hash-2049", user("x" * 2049)),
    gi("gi-key-hash-utf8-2050", user("\u00e9" * 1025)),
    gi("gi-key-binary-2049", blob(b"x" * 2049), table="files"),
    bgi_users("bgi-key-hash-2049", "x" * 2049),
    tgi("tgi-key-hash-2049", get("users", user("u2")), get("users", user("x" * 2049))),
    # ---- numbers: digits counted exactly (never rounded), Java's int exponent
    gi("gi-key-number-5000-digits", order("c1", "1." + "0" * 4998 + "1"), table="orders"),
    gi("gi-key-number-overflow", order("c1", "1e2147483647"), table="orders"),
    gi("gi-key-number-huge-exponent", order("c1", "1e999999999999999999999"), table="orders"),
    gi("gi-binary-set-empty-member", blob(b"\x03"), table="files"),
    gi("gi-nested-32-levels", blob(b"\x04"), table="files"),
    bgi("bgi-number-001-and-1", {"orders": {"Keys": [order("c1", "001"), order("c1", "1")]}}),
    gi("gi-projection-4096", user("u1"), ProjectionExpression="a" * 4096),
    gi("gi-projection-4097", user("u1"), ProjectionExpression="a" * 4097),
    gi("gi-projection-too-long-before-syntax", user("u1"), ProjectionExpression="!" * 4097),
    gi("gi-projection-4098-utf16-units", user("u1"), ProjectionExpression="\U0001f600" * 2049),
    gi("gi-projection-8192-bytes", user("u1"), ProjectionExpression="\u00e9" * 4096),
    gi("gi-projection-32-levels", user("u1"), ProjectionExpression="a" + ".b[0]" * 15 + ".c"),
    gi("gi-projection-33-levels", user("u1"), ProjectionExpression=DEEP),
    gi("gi-projection-33-levels-indexes", user("u1"), ProjectionExpression="a" + "[0]" * 32),
    gi("gi-projection-41-levels", user("u1"), ProjectionExpression="c" + ".d" * 40),
    gi("gi-projection-deep-after-reserved", user("u1"), ProjectionExpression=DEEP + ", date"),
    gi("gi-projection-deep-last-path-first", user("u1"), ProjectionExpression="#c, " + DEEP),
    gi("gi-projection-undefined-in-last-path", user("u1"), ProjectionExpression=DEEP + ", #c"),
    gi("gi-projection-two-undefined", user("u1"), ProjectionExpression="#a, #b"),
    gi("gi-projection-reserved-before-undefined", user("u1"), ProjectionExpression="#u, date"),
    gi("gi-projection-deep-before-overlap", user("u1"), ProjectionExpression=DEEP + ", a"),
    gi("gi-projection-overlap-before-unused", user("u1"), ProjectionExpression="a, a.b",
       ExpressionAttributeNames={"#z": "zzz"}),
    gi("gi-projection-overlap-before-earlier-undefined", user("u1"),
       ProjectionExpression="#u, a, a.b"),
    gi("gi-projection-undefined-after-overlap", user("u1"), ProjectionExpression="a, a.b, #u"),
    bgi_projection("bgi-projection-33-levels", DEEP),
    tgi("tgi-projection-33-levels", get("users", user("u1"), ProjectionExpression=DEEP)),
    # ---- DescribeTable / ListTables
    *[Case(f"describe-{t}", "DescribeTable", {"TableName": t})
      for t in ("users", "orders", "files", "big")],
    Case("describe-unknown", "DescribeTable", {"TableName": "nope"}),
    Case("list-tables", "ListTables", {}),
    Case("list-tables-limit", "ListTables", {"Limit": 2}),
    Case("list-tables-start", "ListTables", {"ExclusiveStartTableName": "files"}),
]
# fmt: on

# Cases where the fake disagrees with DynamoDB Local and no AWS source explains it: probably
# bugs in the fake. Kept in the suite as strict xfails so they stay visible.
SUSPECTED_BUGS: dict[str, str] = {}


# -- known differences: DynamoDB Local vs live AWS (the fake follows live AWS) ---------------
@dataclass(frozen=True)
class Difference:
    local: dict[str, Any]  # DynamoDB Local's normalised answer, exactly
    aws: dict[str, Any]  # live AWS's answer, which the fake gives, exactly
    source: str  # where the AWS answer comes from
    # False: no live capture of this case; the AWS answer is inferred (by analogy, from a
    # rule). Such cases carry the ``unverified`` marker and say **unverified** in the docs.
    verified: bool = True


def err(code: str, message: str, reasons: list[dict[str, str]] | None = None) -> dict[str, Any]:
    failed: dict[str, Any] = {"Error": {"Code": code, "Message": message}}
    return failed if reasons is None else {**failed, "CancellationReasons": reasons}


def ve(message: str) -> dict[str, Any]:
    return err("ValidationException", message)


def capacity(units: float, *, read: bool = False, table: bool = False) -> dict[str, Any]:
    used: dict[str, Any] = {"CapacityUnits": units} | ({"ReadCapacityUnits": units} if read else {})
    return used | ({"Table": used} if table else {})


# fmt: off
PS = "paritysuite/dynamodb-conformance "  # tests pinned against live DynamoDB (eu-west-2), 2026
KS = "Ketlark/dynamodb-conformance "  # older snapshot of the same suite, live AWS 2026
NB = "nubo-db/dynamodb-conformance "  # another snapshot of the same suite, live AWS 2026
PS_ERRORS = PS + "tests/tier3/error-messages/"
NOT_FOUND = "ResourceNotFoundException"
LOCAL_NOT_FOUND = err(NOT_FOUND, "Cannot do operations on a non-existent table")
AWS_NOT_FOUND = err(NOT_FOUND, "Requested resource not found")
BOGUS = ve("1 validation error detected: Value 'BOGUS' at 'returnConsumedCapacity' failed to "
           "satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]")
BOGUS_SOURCE = PS + "tests/tier3/validation-ordering/{}.test.ts, live us-east-1+eu-west-2 2026-10"
MIN_1, MAX_100 = "greater than or equal to 1", "less than or equal to 100"
NEW = ("1 validation error detected: Value at '{}' failed to satisfy constraint: "
       "Member must have length {}")
NUMBER = (ve("A value provided cannot be converted into a number"),
          ve("The parameter cannot be converted to a numeric value: abc"),
          PS_ERRORS + "valueLayers.test.ts, live eu-west-2/us-east-1/eu-west-1/us-west-2 2026-10")
KEY_MISMATCH = "The provided key element does not match the schema"
KEY_SOURCE = KS + "tests/tier3/error-messages/getItem.test.ts + captures/2026-07-12 get_key_*"
TGI_KEY = err("TransactionCanceledException", "Transaction cancelled, please refer cancellation "
              "reasons for specific reasons [None, ValidationError]",
              [{"Code": "None"}, {"Code": "ValidationError", "Message": KEY_MISMATCH}])
TGI_KEY_SOURCE = (PS_ERRORS + "transactGetItems.test.ts (bad key -> TransactionCanceledException "
                  "[ValidationError]); reason text: " + KS + "captures/2026-07-12 twi_*_key_*; "
                  "other actions Code None: scylladb test/alternator/test_transact.py")
CONDITIONS = "The number of conditions on the keys is invalid"
I1 = {"customer": s("c1"), "order_id": n("1"), "total": n("9.99")}
I15 = {"customer": s("c1"), "order_id": n("1.5"), "total": n("15")}
# Keys equal only as numbers: not duplicates, one item, once (Local: the item twice).
NUMBER_ONCE = {case: ({"Responses": {"orders": [item, item]}, "UnprocessedKeys": {}},
                      {"Responses": {"orders": [item]}, "UnprocessedKeys": {}})
               for case, item in (("bgi-number-1.5-and-1.50", I15), ("bgi-number-001-and-1", I1))}
NUMBER_ONCE_SOURCE = ("scylladb test/alternator/test_batch.py test_batch_get_item_duplicate_number_"
                      "key (commit cb8e11653f, 2026-04, run against DynamoDB: 1000 and 1e3 are not "
                      "refused as duplicates and the item is returned once)")
KEY_SIZE_LOCAL = ve("Hash primary key values must be under 2048 bytes, and range primary key "
                    "values must be under 1024 bytes")
KEY_HASH_TOO_LARGE = ("One or more parameter values were invalid: Size of hashkey has exceeded "
                      "the maximum size limit of2048 bytes")
KEY_SIZE_SOURCE = ("architect/dynalite test/getItem.js, batchGetItem.js (hash key too big, written "
                   "against live DynamoDB); bytes counted as in scylladb test/alternator/"
                   "test_limits.py test_limit_partition_key_len_2048 (AWS-run)")
# case suffix -> DynamoDB Local's (TransactGetItems code, message); the code is
# ValidationException for GetItem and BatchGetItem
TCE = "TransactionCanceledException"
LOCAL_KEY: dict[str, tuple[str, str]] = {
    "key-empty": (TCE, CONDITIONS),
    "key-other-attr": (TCE, "One of the required keys was not given a value"),
    "key-extra-attr": (TCE, CONDITIONS),
    "key-wrong-type": (TCE, "One or more parameter values were invalid: Type mismatch for key"),
    "key-set-type": ("ValidationException", "Invalid attribute value type"),
    "key-only-hash": (TCE, CONDITIONS),
}
TABLE_NAME = ("Invalid table/index name.  Table/index names must be between 3 and 255 characters "
              "long, and may contain only the characters a-z, A-Z, 0-9, '_', '-', and '.'")
U2, U5K = {"Item": {"user_id": {"S": "u2"}}}, {"Item": {"user_id": {"S": "u5k"}}}
SPLIT = {"Responses": {"big": ["43 items"]}, "UnprocessedKeys": {"big": {"Keys": ["17 keys"]}}}
TGI_CAPACITY_SOURCE = (NB + "tests/tier2/transactions/transactGet.test.ts (2 units per item, "
                       "missing too; TOTAL and INDEXES report ReadCapacityUnits), live 2026")


ATG_EMPTY = ("the minimum of 1: scylladb test/alternator/test_item.py "
             "test_getitem_attributes_to_get_empty (passes on AWS); wording UNVERIFIED: newest "
             "form as for an empty Keys list (" + PS_ERRORS + "batchGetItem.test.ts); the older "
             "form is captured in architect/dynalite test/getItem.js: Value '[]' at "
             "'attributesToGet'")


def bgi_missing(units: float) -> dict[str, Any]:
    return {"Responses": {"users": []}, "UnprocessedKeys": {},
            "ConsumedCapacity": [{"TableName": "users", **capacity(units)}]}


def tgi_used(read: bool, table: bool, *tables: str) -> list[dict[str, Any]]:
    return [{"TableName": t, **capacity(2.0 * tables.count(t), read=read, table=table)}
            for t in sorted(set(tables))]


KNOWN_DIFFERENCES: dict[str, Difference] = {
    # ---- BatchGetItem
    "bgi-rcc-total-missing": Difference(bgi_missing(0.0), bgi_missing(0.5),
        "AWS docs: each BatchGetItem key is read as a GetItem; a missing item consumes the "
        "minimum read capacity (also scylladb test/alternator/test_returnconsumedcapacity.py)"),
    "bgi-rcc-total-missing-consistent": Difference(bgi_missing(0.0), bgi_missing(1.0),
        "as bgi-rcc-total-missing, strongly consistent: 1 unit; by analogy with GetItem "
        "(scylladb test_returnconsumedcapacity.py test_missing_get_item), no BatchGetItem "
        "capture", verified=False),
    "bgi-rcc-bogus": Difference({"Responses": {"users": [U2["Item"]]}, "UnprocessedKeys": {}},
        BOGUS, BOGUS_SOURCE.format("batchOperations")),
    "bgi-16mib-attributes-to-get": Difference(SPLIT, {**SPLIT, "UnprocessedKeys": {"big": {
        "Keys": ["17 keys"], "AttributesToGet": ["k"]}}},
        "AWS API reference, BatchGetItem: UnprocessedKeys is a map of KeysAndAttributes in the "
        "same format as RequestItems, to be passed to a subsequent BatchGetItem as is"),
    "bgi-101-keys": Difference(ve("Too many items requested for the BatchGetItem call"),
        ve(NEW.format("RequestItems.big.member.Keys", MAX_100)),
        PS_ERRORS + "batchGetItem.test.ts (> 100 keys), live eu-west-2 2026"),
    "bgi-empty-request-items": Difference(ve("BatchGetItem must have some requests set"),
        ve(NEW.format("RequestItems", MIN_1)),
        PS_ERRORS + "batchGetItem.test.ts (empty RequestItems), live eu-west-2 2026 (new wording;"
        " regions not yet switched: 'The requestItems parameter is required for BatchGetItem')"),
    "bgi-empty-keys": Difference(ve("The list of keys in RequestItems for BatchGetItem is "
        "required: users has empty list"), ve(NEW.format("RequestItems.users.member.Keys", MIN_1)),
        PS_ERRORS + "batchGetItem.test.ts (empty Keys list), live 2026"),
    "bgi-unknown-table": Difference(LOCAL_NOT_FOUND, AWS_NOT_FOUND,
        PS_ERRORS + "batchGetItem.test.ts (non-existent table), live 2026"),
    "bgi-bad-table-name": Difference(ve(TABLE_NAME), ve(
        """1 validation error detected: Value '{"a!":{"Keys":[{"user_id":{"S":"u1"}}]}}' at """
        "'requestItems' failed to satisfy constraint: Map keys must satisfy constraint: [Member "
        "must have length less than or equal to 255, Member must have length greater than or "
        "equal to 3, Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+]"),
        PS_ERRORS + "batchGetItem.test.ts (malformed table name), live us-east-1+eu-west-2"),
    "bgi-key-empty": Difference(ve("The list of keys in RequestItems for BatchGetItem may not "
        "contain null or empty values: users has one or more empty keys"), ve(KEY_MISMATCH),
        KEY_SOURCE + "; architect/dynalite test/batchGetItem.js (live-checked)"),
    "bgi-key-number-abc": Difference(*NUMBER),
    "bgi-attributes-to-get-empty": Difference(
        {"Responses": {"users": [U2["Item"]]}, "UnprocessedKeys": {}},
        ve(NEW.format("RequestItems.users.member.AttributesToGet", MIN_1)), ATG_EMPTY,
        verified=False),
    "bgi-key-number-39-digits": Difference(ve("DynamoDB only supports precision up to 38 digits"),
        ve("Attempting to store more than 38 significant digits in a Number"), NUMBER[2]),
    # ---- TransactGetItems
    "tgi-rcc-total": Difference(
        {"ConsumedCapacity": tgi_used(False, False, "orders", "users"), "Responses": [U2, {}]},
        {"ConsumedCapacity": tgi_used(True, False, "orders", "users"), "Responses": [U2, {}]},
        TGI_CAPACITY_SOURCE),
    "tgi-rcc-indexes": Difference(
        {"ConsumedCapacity": [{"TableName": "users", **capacity(6.0, table=True)}],
         "Responses": [U2, U5K]},
        {"ConsumedCapacity": [{"TableName": "users", **capacity(6.0, read=True, table=True)}],
         "Responses": [U2, U5K]}, TGI_CAPACITY_SOURCE),
    "tgi-rcc-bogus": Difference({"ConsumedCapacity": tgi_used(False, True, "users"),
        "Responses": [U2]}, BOGUS, BOGUS_SOURCE.format("transactions")),
    "tgi-101-items": Difference(ve("Member must have length less than or equal to 100"),
        ve(NEW.format("TransactItems", MAX_100)),
        PS_ERRORS + "transactGetItems.test.ts (> 100 items, new wording), live eu-north-1"),
    "tgi-empty": Difference(
        ve("Value null at 'transactItems' failed to satisfy constraint: Member must not be null"),
        ve(NEW.format("TransactItems", MIN_1)),
        PS + "captures/2026-10-08-transact-get-empty-transact-items.json (new wording; most "
        "regions still say \"Value '[]' at 'transactItems'\")"),
    "tgi-unknown-table": Difference(LOCAL_NOT_FOUND, AWS_NOT_FOUND,
        PS_ERRORS + "transactGetItems.test.ts (non-existent table), live 2026"),
    "tgi-key-number-abc": Difference(*NUMBER),
    "tgi-projection-matches-nothing": Difference(
        {"Responses": [{"Item": {"age": n("36")}}, {"Item": {}}]},
        {"Responses": [{"Item": {"age": n("36")}}, {}]},
        KS + "tests/tier2/transactions/transactGet.test.ts ('omits Item when the projection "
        "matches no attribute on a present item'), live; ExtendDB/extenddb issue #74 and PR #81 "
        "(checked against DynamoDB: {\"Responses\":[{}]})"),
    # ---- GetItem
    "gi-rcc-bogus": Difference(
        {"Item": U2["Item"],
         "ConsumedCapacity": {"TableName": "users", **capacity(0.5, table=True)}},
        BOGUS, "architect/dynalite test/getItem.js ('incorrect attributes', written against "
        "DynamoDB: Value 'hi' at 'returnConsumedCapacity' ... [INDEXES, TOTAL, NONE]); scylladb "
        "test_returnconsumedcapacity.py test_invalid_consumed_capacity_type (GetItem, on AWS)"),
    "gi-key-number-abc": Difference(*NUMBER),
    "gi-attributes-to-get-empty": Difference(U2, ve(NEW.format("AttributesToGet", MIN_1)),
        ATG_EMPTY, verified=False),
    "gi-attributes-to-get-duplicate": Difference(
        ve("Cannot have two attributes with the same name"),
        ve("One or more parameter values were invalid: Duplicate value in attribute name: age"),
        "architect/dynalite test/getItem.js ('duplicate values in AttributesToGet', run against "
        "DynamoDB); scylladb test/alternator/test_item.py "
        "test_getitem_attributes_to_get_duplicate (passes on AWS) requires 'Duplicate'"),
    "gi-unknown-table": Difference(LOCAL_NOT_FOUND, AWS_NOT_FOUND,
        KS + "tests/tier3/error-messages/getItem.test.ts (non-existent table), live 2026"),
    "gi-bad-table-name": Difference(ve(TABLE_NAME), ve(
        "2 validation errors detected: Value 'a!' at 'tableName' failed to satisfy constraint: "
        "Member must have length greater than or equal to 3; Value 'a!' at 'tableName' failed "
        "to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+"),
        NB + "captures/2026-06-09-validation-rewording.json (tableName probes, live eu-west-2);"
        " errors joined as in " + PS + "tests/tier3/validation-ordering"),
    "get-lone-surrogate-name": Difference(err("InternalFailure", "The request processing has "
        "failed because of an unknown error, exception or failure."),
        ve('ExpressionAttributeNames contains invalid key: Syntax error; key: "#\ud800"'),
        "no capture of this input: the service's rule for every ExpressionAttributeNames key "
        "(# then letters, digits or _; NAMES_BAD_KEY, live). DynamoDB Local answers 500 when "
        "its message would echo a lone surrogate", verified=False),
    # ---- key sizes (TransactGetItems too: a plain ValidationException, no cancellation)
    **{case: Difference(KEY_SIZE_LOCAL, ve(KEY_HASH_TOO_LARGE), KEY_SIZE_SOURCE) for case in (
        "gi-key-hash-2049", "gi-key-hash-utf8-2050", "gi-key-binary-2049", "bgi-key-hash-2049",
        "tgi-key-hash-2049")},
    **{case: Difference(*pair, NUMBER_ONCE_SOURCE) for case, pair in NUMBER_ONCE.items()},
    "gi-key-number-5000-digits": Difference(
        ve("DynamoDB only supports precision up to 38 digits"),
        ve("Attempting to store more than 38 significant digits in a Number"),
        NUMBER[2] + "; counted before the magnitude and never rounded, as DynamoDB Local does"),
    "gi-key-number-huge-exponent": Difference(NUMBER[0], ve(
        "The parameter cannot be converted to a numeric value: 1e999999999999999999999"),
        "DynamoDB Local (an exponent past Java's int is no number; 1e2147483647 overflows); "
        "wording: " + NUMBER[2], verified=False),
    # ---- DescribeTable
    "describe-unknown": Difference(LOCAL_NOT_FOUND,
        err(NOT_FOUND, "Requested resource not found: Table: nope not found"),
        "architect/dynalite test/describeTable.js (written against live DynamoDB) + AWS SDK logs"),
}
# Malformed keys, the same for each operation: Local words each its own way (TransactGetItems
# without CancellationReasons), live AWS says "does not match the schema".
for _suffix, (_code, _message) in LOCAL_KEY.items():
    _plain = Difference(ve(_message), ve(KEY_MISMATCH), KEY_SOURCE)
    KNOWN_DIFFERENCES.setdefault(f"bgi-{_suffix}", _plain)  # bgi-key-empty is worded apart
    KNOWN_DIFFERENCES[f"gi-{_suffix}"] = _plain
    if _suffix != "key-only-hash":
        _tgi = Difference(err(_code, _message), TGI_KEY, TGI_KEY_SOURCE)
        KNOWN_DIFFERENCES[f"tgi-{_suffix}"] = _tgi
# fmt: on
