"""Write conformance cases: sequences of requests against fresh tables (``_write_tables.py``),
sent to the fake and to DynamoDB Local; every answer and the resulting contents compared.

Conditions and update expressions run on ``w_users``' item ``a`` (every attribute type) and
on a missing item; the rest covers PutItem, UpdateItem, DeleteItem, BatchWriteItem and
TransactWriteItems with their ReturnValues, capacity, item collection metrics, limits and
validation errors. Where DynamoDB Local differs from the service, differences_write.py says so.
"""

from __future__ import annotations

from typing import Any

from ._write_run import Step, WriteCase
from ._write_tables import RICH, TRUE, b, bs, lst, m, n, ns, s, ss

Params = dict[str, Any]
A = {"id": s("a")}
B = {"id": s("b")}
BIG = {"id": s("big")}
NOBODY = {"id": s("zz")}
C1 = {"pk": s("c1"), "sk": n("1")}
C1_2 = {"pk": s("c1"), "sk": n("2")}
NAME = {"#nm": "name"}


def expression_params(
    names: dict[str, str] | None, values: dict[str, Any] | None, extra: Params
) -> Params:
    params = dict(extra)
    if names:
        params["ExpressionAttributeNames"] = names
    if values:
        params["ExpressionAttributeValues"] = values
    return params


def put(item: Params, table: str = "w_users", **extra: Any) -> Step:
    return ("PutItem", {"TableName": table, "Item": item, **extra})


def upd(
    key: Params,
    expression: str | None,
    values: dict[str, Any] | None = None,
    names: dict[str, str] | None = None,
    table: str = "w_users",
    **extra: Any,
) -> Step:
    params: Params = {"TableName": table, "Key": key}
    if expression is not None:
        params["UpdateExpression"] = expression
    return ("UpdateItem", {**params, **expression_params(names, values, extra)})


def dele(key: Params, table: str = "w_users", **extra: Any) -> Step:
    return ("DeleteItem", {"TableName": table, "Key": key, **extra})


def get(key: Params, table: str = "w_users", **extra: Any) -> Step:
    return ("GetItem", {"TableName": table, "Key": key, "ConsistentRead": True, **extra})


def query(table: str, index: str, condition: str, values: dict[str, Any]) -> Step:
    """A Query of an index (``#s`` is status, ``#r`` rank, when used)."""
    names = {k: name for k, name in (("#s", "status"), ("#r", "rank")) if k in condition}
    params: Params = {"TableName": table, "IndexName": index, "KeyConditionExpression": condition,
                      "ExpressionAttributeValues": values}  # fmt: skip
    return ("Query", {**params, **({"ExpressionAttributeNames": names} if names else {})})


def bwi(request_items: dict[str, Any], **extra: Any) -> Step:
    return ("BatchWriteItem", {"RequestItems": request_items, **extra})


def twi(*actions: Params, **extra: Any) -> Step:
    return ("TransactWriteItems", {"TransactItems": list(actions), **extra})


def put_request(item: Params) -> Params:
    return {"PutRequest": {"Item": item}}


def delete_request(key: Params) -> Params:
    return {"DeleteRequest": {"Key": key}}


def action(kind: str, table: str, body: Params) -> Params:
    return {kind: {"TableName": table, **body}}


def nest(levels: int) -> Params:
    """A string inside ``levels - 1`` maps (the string is at level ``levels``)."""
    value: Params = s("leaf")
    for _ in range(levels - 1):
        value = m(a=value)
    return value


def case(cid: str, *steps: Step) -> WriteCase:
    return WriteCase(cid, tuple(steps))


def v(**named: Any) -> dict[str, Any]:
    return {f":{k}": value for k, value in named.items()}


def user(uid: str, **attributes: Any) -> Params:
    return {"id": s(uid), **attributes}


def order(pk: str, sk: str, **attributes: Any) -> Params:
    return {"pk": s(pk), "sk": n(sk), **attributes}


# -- conditions: each on the rich item (DeleteItem, ALL_OLD either way) and on a missing item --
# (name, expression, values, names)
CONDITIONS: list[tuple[str, str, dict[str, Any] | None, dict[str, str] | None]] = [
    ("eq-number", "n = :v", v(v=n("5")), None),
    ("eq-number-spelling", "n = :v", v(v=n("5.00E0")), None),
    ("eq-other-type", "n = :v", v(v=s("5")), None),
    ("ne", "n <> :v", v(v=n("5")), None),
    ("ne-other-type", "n <> :v", v(v=s("5")), None),
    ("lt", "n < :v", v(v=n("6")), None),
    ("lt-other-type", "n < :v", v(v=s("6")), None),
    ("le-string-reserved-name", "#nm <= :v", v(v=s("Ada")), NAME),
    ("gt-binary", "bin > :v", v(v=b(b"\x00")), None),
    ("ge-fails", "n >= :v", v(v=n("6")), None),
    ("compare-two-paths", "n > price", None, None),
    ("compare-sets", "tags = :v", v(v=ss("y", "x")), None),
    ("compare-maps", "m.deep = :v", v(v=m(y=s("z"))), None),
    ("compare-lists-order", "m.l = :v", v(v=lst(n("3"), n("2"), n("1"))), None),
    ("compare-null", "nul = :v", v(v={"NULL": True}), None),
    ("compare-bool", "flag = :v", v(v=TRUE), None),
    ("lt-set-operand", "tags < :v", v(v=ss("z")), None),
    ("between", "n BETWEEN :a AND :b", v(a=n("1"), b=n("10")), None),
    ("between-fails", "n BETWEEN :a AND :b", v(a=n("6"), b=n("10")), None),
    ("between-reversed", "n BETWEEN :b AND :a", v(a=n("1"), b=n("10")), None),
    ("between-mixed-types", "n BETWEEN :a AND :b", v(a=n("1"), b=s("10")), None),
    ("between-strings", "#nm BETWEEN :a AND :b", v(a=s("A"), b=s("B")), NAME),
    ("in", "n IN (:a, :b)", v(a=n("4"), b=n("5")), None),
    ("in-fails", "n IN (:a, :b)", v(a=n("4"), b=s("5")), None),
    ("in-one", "n IN (:a)", v(a=n("5")), None),
    ("and-or-not", "attribute_exists(n) AND NOT (n = :v OR nul = :w)", v(v=n("4"), w=n("0")),
     None),
    ("precedence", "n = :x OR n = :v AND n = :x", v(v=n("5"), x=n("4")), None),
    ("precedence-not", "NOT n = :x AND n = :v", v(v=n("5"), x=n("4")), None),
    ("parentheses", "(n = :x OR n = :v) AND n = :x", v(v=n("5"), x=n("4")), None),
    ("attribute-exists", "attribute_exists(#nm)", None, NAME),
    ("attribute-exists-missing", "attribute_exists(nope)", None, None),
    ("attribute-not-exists-key", "attribute_not_exists(id)", None, None),
    ("attribute-exists-nested", "attribute_exists(m.l[1]) AND attribute_exists(l[3].k)", None,
     None),
    ("attribute-exists-index-past-end", "attribute_exists(l[9])", None, None),
    ("attribute-exists-into-scalar", "attribute_exists(l[0].k)", None, None),
    ("not-attribute-exists", "NOT attribute_exists(id)", None, None),
    *[(f"attribute-type-{t}", f"attribute_type({a}, :t)", v(t=s(t)), None)
      for a, t in (("#nm", "S"), ("n", "N"), ("bin", "B"), ("tags", "SS"), ("nums", "NS"),
                   ("bins", "BS"), ("flag", "BOOL"), ("nul", "NULL"), ("m", "M"), ("l", "L"))],
    ("attribute-type-mismatch", "attribute_type(n, :t)", v(t=s("S")), None),
    ("attribute-type-bad-name", "attribute_type(n, :t)", v(t=s("STRING")), None),
    ("attribute-type-number-operand", "attribute_type(n, :t)", v(t=n("1")), None),
    ("begins-with", "begins_with(#nm, :v)", v(v=s("Ad")), NAME),
    ("begins-with-binary", "begins_with(bin, :v)", v(v=b(b"\x00")), None),
    ("begins-with-number-attribute", "begins_with(n, :v)", v(v=s("5")), None),
    ("begins-with-number-operand", "begins_with(#nm, :v)", v(v=n("5")), NAME),
    ("contains-string", "contains(#nm, :v)", v(v=s("d")), NAME),
    ("contains-string-set", "contains(tags, :v)", v(v=s("x")), None),
    ("contains-number-set", "contains(nums, :v)", v(v=n("2.0")), None),
    ("contains-binary-set", "contains(bins, :v)", v(v=b(b"\x01")), None),
    ("contains-list", "contains(l, :v)", v(v=s("b")), None),
    ("contains-list-map", "contains(l, :v)", v(v=m(k=s("v"))), None),
    ("contains-set-operand", "contains(tags, :v)", v(v=ss("x")), None),
    ("contains-wrong-member-type", "contains(tags, :v)", v(v=n("1")), None),
    ("size-string", "size(#nm) = :v", v(v=n("3")), NAME),
    ("size-binary", "size(bin) = :v", v(v=n("2")), None),
    ("size-set", "size(tags) = :v", v(v=n("2")), None),
    ("size-map", "size(m) = :v", v(v=n("4")), None),
    ("size-list", "size(l) > :v", v(v=n("3")), None),
    ("size-number", "size(n) = :v", v(v=n("1")), None),
    ("size-missing", "size(nope) >= :v", v(v=n("0")), None),
    ("size-bool", "size(flag) = :v", v(v=n("1")), None),
    ("size-of-value", "size(:v) = :w", v(v=s("abc"), w=n("3")), None),
    ("size-alone", "size(#nm)", None, NAME),
    ("nested-map", "m.deep.y = :v", v(v=s("z")), None),
    ("nested-list", "l[3].k = :v AND m.l[2] = :w", v(v=s("v"), w=n("3")), None),
    ("key-condition", "id = :v", v(v=s("a")), None),
    ("bare-path", "n", None, None),
    ("function-as-operand", "attribute_exists(n) = :v", v(v=TRUE), None),
    ("unknown-function", "exists(n)", None, None),
    ("syntax-error", "n = = :v", v(v=n("5")), None),
    ("undefined-value", "n = :nope", None, None),
    ("undefined-name", "#nope = :v", v(v=n("5")), None),
    ("unused-value", "n = :v", v(v=n("5"), w=n("6")), None),
    ("unused-name", "n = :v", v(v=n("5")), {"#u": "unused"}),
    ("reserved-word", "size = :v", v(v=n("5")), None),
    ("value-empty-set", "tags = :v", v(v=ss()), None),
    ("value-bad-number", "n = :v", v(v=n("five")), None),
    ("in-101", "n IN (" + ", ".join(f":v{i}" for i in range(101)) + ")",
     {f":v{i}": n(str(i)) for i in range(101)}, None),
    ("in-100", "n IN (" + ", ".join(f":v{i}" for i in range(100)) + ")",
     {f":v{i}": n(str(i)) for i in range(100)}, None),
]  # fmt: skip


def condition_case(name: str, expression: str, values: Any, names: Any) -> WriteCase:
    extra = expression_params(names, values, {"ConditionExpression": expression})
    both = {"ReturnValues": "ALL_OLD", "ReturnValuesOnConditionCheckFailure": "ALL_OLD"}
    return case(f"cond-{name}", dele(A, **extra, **both), dele(NOBODY, **extra, **both))


CONDITION_CASES = [condition_case(*entry) for entry in CONDITIONS]

# -- update expressions: on the rich item (ALL_NEW), then on a missing item -------------------
# (name, expression, values, names)
UPDATES: list[tuple[str, str, dict[str, Any] | None, dict[str, str] | None]] = [
    ("set-new", "SET fresh = :v", v(v=s("new")), None),
    ("set-replace-type", "SET n = :v", v(v=ss("now", "a set")), None),
    ("set-plus", "SET n = n + :v", v(v=n("1.25")), None),
    ("set-minus", "SET n = n - :v", v(v=n("7")), None),
    ("set-plus-two-paths", "SET tot = n + price", None, None),
    ("set-plus-values", "SET tot = :a + :b", v(a=n("1"), b=n("2")), None),
    ("set-plus-missing", "SET n = nope + :v", v(v=n("1")), None),
    ("set-plus-string", "SET n = n + :v", v(v=s("1")), None),
    ("set-plus-precision", "SET n = n + :v", v(v=n("0.0000000000000000000000000000000000001")),
     None),
    ("set-plus-overflow", "SET n = :v + :v", v(v=n("9.9999999999999999999999999999999999999E+125")),
     None),
    ("set-if-not-exists-missing", "SET fresh = if_not_exists(fresh, :v)", v(v=n("0")), None),
    ("set-if-not-exists-present", "SET n = if_not_exists(n, :v)", v(v=n("0")), None),
    ("set-if-not-exists-plus", "SET c = if_not_exists(c, :z) + :one", v(z=n("0"), one=n("1")),
     None),
    ("set-if-not-exists-nested", "SET m.x = if_not_exists(m.nope, :v)", v(v=n("9")), None),
    ("set-list-append", "SET l = list_append(l, :v)", v(v=lst(s("d"))), None),
    ("set-list-append-front", "SET l = list_append(:v, l)", v(v=lst(s("z"))), None),
    ("set-list-append-missing", "SET nl = list_append(if_not_exists(nl, :e), :v)",
     v(v=lst(n("1")), e=lst()), None),
    ("set-list-append-not-list", "SET l = list_append(#nm, :v)", v(v=lst(s("d"))), NAME),
    ("set-list-append-missing-path", "SET l = list_append(nope, :v)", v(v=lst(s("d"))), None),
    ("set-nested-map", "SET m.x = :v, m.deep.fresh = :v", v(v=n("2")), None),
    ("set-nested-new-map-key", "SET m.newkey = :v", v(v=s("k")), None),
    ("set-nested-missing-map", "SET nomap.x = :v", v(v=n("1")), None),
    ("set-list-element", "SET m.l[1] = :v", v(v=s("two")), None),
    ("set-list-past-end", "SET l[10] = :v", v(v=s("appended")), None),
    ("set-index-into-map", "SET m[0] = :v", v(v=s("x")), None),
    ("set-map-key-on-list", "SET l.x = :v", v(v=s("x")), None),
    ("set-empty-string", "SET fresh = :v", v(v=s("")), None),
    ("set-empty-set", "SET fresh = :v", v(v=ss()), None),
    ("set-duplicate-set", "SET fresh = :v", v(v=ss("a", "a")), None),
    ("set-two-paths", "SET a1 = :v, a2 = :v", v(v=n("1")), None),
    ("remove", "REMOVE #nm, price", None, NAME),
    ("remove-missing", "REMOVE nope, m.nope, l[10]", None, None),
    ("remove-list-indexes", "REMOVE l[0], l[2]", None, None),
    ("remove-nested-list", "REMOVE m.l[0]", None, None),
    ("remove-nested-map", "REMOVE m.deep.y", None, None),
    ("remove-key", "REMOVE id", None, None),
    ("add-number", "ADD n :v", v(v=n("-2")), None),
    ("add-number-new", "ADD fresh :v", v(v=n("3")), None),
    ("add-string-set", "ADD tags :v", v(v=ss("y", "z")), None),
    ("add-number-set", "ADD nums :v", v(v=ns("2", "3")), None),
    ("add-binary-set", "ADD bins :v", v(v=bs(b"\x03")), None),
    ("add-set-new", "ADD fresh :v", v(v=ss("q")), None),
    ("add-to-string", "ADD #nm :v", v(v=s("x")), NAME),
    ("add-string-value", "ADD n :v", v(v=s("x")), None),
    ("add-set-type-mismatch", "ADD tags :v", v(v=ns("1")), None),
    ("add-number-to-set", "ADD tags :v", v(v=n("1")), None),
    ("add-nested", "ADD m.x :v", v(v=n("1")), None),
    ("add-list", "ADD l :v", v(v=lst(s("x"))), None),
    ("delete-from-set", "DELETE tags :v", v(v=ss("x", "q")), None),
    ("delete-all-members", "DELETE tags :v", v(v=ss("x", "y")), None),
    ("delete-from-missing", "DELETE nope :v", v(v=ss("x")), None),
    ("delete-type-mismatch", "DELETE tags :v", v(v=ns("1")), None),
    ("delete-scalar", "DELETE tags :v", v(v=s("x")), None),
    ("delete-number-set", "DELETE nums :v", v(v=ns("1.0")), None),
    ("all-clauses", "SET a1 = :v REMOVE price ADD n :one DELETE tags :t",
     v(v=s("x"), one=n("1"), t=ss("x")), None),
    ("clauses-any-order", "DELETE tags :t ADD n :one REMOVE price SET a1 = :v",
     v(v=s("x"), one=n("1"), t=ss("x")), None),
    ("clause-twice", "SET a1 = :v SET a2 = :v", v(v=s("x")), None),
    ("overlap", "SET m.x = :v REMOVE m", v(v=s("x")), None),
    ("overlap-same", "SET n = :v, n = :v", v(v=n("1")), None),
    ("overlap-list", "SET l[0] = :v REMOVE l[0]", v(v=s("x")), None),
    ("conflict", "SET m.x = :v, m[0] = :v", v(v=s("x")), None),
    ("update-key", "SET id = :v", v(v=s("other")), None),
    ("update-key-if-not-exists", "SET id = if_not_exists(id, :v)", v(v=s("a")), None),
    ("syntax-error", "SET", None, None),
    ("syntax-bad-action", "UPSERT n = :v", v(v=n("1")), None),
    ("undefined-value", "SET n = :nope", None, None),
    ("undefined-name", "SET #nope = :v", v(v=n("1")), None),
    ("unused-value", "SET n = :v", v(v=n("1"), w=n("2")), None),
    ("unused-name", "SET n = :v", v(v=n("1")), {"#u": "u"}),
    ("reserved-word", "SET size = :v", v(v=n("1")), None),
    ("function-in-remove", "REMOVE if_not_exists(n, :v)", v(v=n("1")), None),
    ("function-size", "SET c = size(#nm)", None, NAME),
    ("list-append-in-add", "ADD l list_append(l, :v)", v(v=lst(s("x"))), None),
    ("set-value-list-index", "SET fresh = :v[0]", v(v=lst(s("x"))), None),
    ("deep-33", "SET " + "a" + ".b" * 32 + " = :v", v(v=s("x")), None),
]  # fmt: skip


def update_case(name: str, expression: str, values: Any, names: Any) -> WriteCase:
    on_rich = upd(A, expression, values, names, ReturnValues="ALL_NEW")
    on_missing = upd(NOBODY, expression, values, names, ReturnValues="ALL_NEW")
    return case(f"upd-{name}", on_rich, on_missing)


UPDATE_CASES = [update_case(*entry) for entry in UPDATES]

# -- ReturnValues: every kind, on one update touching every clause ---------------------------
EVERYTHING = ("SET n = n + :one, m.x = :w, l[1] = :w, fresh = :w REMOVE price, m.deep.y "
              "ADD tags :t DELETE nums :d")  # fmt: skip
EVERYTHING_VALUES = v(one=n("1"), w=s("w"), t=ss("z"), d=ns("1"))
RETURN_VALUES = ("NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW")
RV_CASES = [
    *[case(f"rv-update-{kind.lower()}",
           upd(A, EVERYTHING, EVERYTHING_VALUES, ReturnValues=kind),
           upd(NOBODY, "SET fresh = :w", v(w=s("w")), ReturnValues=kind))
      for kind in RETURN_VALUES],
    *[case(f"rv-put-{kind.lower()}", put(user("a", x=s("new")), ReturnValues=kind),
           put(user("zz"), ReturnValues=kind)) for kind in RETURN_VALUES],
    *[case(f"rv-delete-{kind.lower()}", dele(A, ReturnValues=kind),
           dele(NOBODY, ReturnValues=kind)) for kind in RETURN_VALUES],
    case("rv-bogus", upd(A, "SET x = :v", v(v=n("1")), ReturnValues="BOGUS"),
         put(user("q"), ReturnValues="bogus"), dele(NOBODY, ReturnValues="")),
    case("rv-updated-old-new-attribute",
         upd(A, "SET fresh = :v", v(v=n("1")), ReturnValues="UPDATED_OLD"),
         upd(A, "REMOVE fresh", ReturnValues="UPDATED_NEW")),
    case("rv-updated-nested-list",
         upd(A, "SET m.l[0] = :v, l[3].k = :v", v(v=n("9")), ReturnValues="UPDATED_OLD"),
         upd(A, "SET m.l[0] = :w, l[3].k = :w", v(w=n("8")), ReturnValues="UPDATED_NEW")),
    case("rv-updated-unchanged-value",
         upd(A, "SET n = :v", v(v=n("5")), ReturnValues="UPDATED_NEW"),
         upd(A, "ADD tags :t", v(t=ss("x")), ReturnValues="UPDATED_OLD")),
    case("rv-updated-remove-list-element",
         upd(A, "REMOVE l[1]", ReturnValues="UPDATED_OLD"),
         upd(A, "REMOVE l[0]", ReturnValues="UPDATED_NEW")),
    case("rvcf-update-fails",
         upd(A, "SET x = :v", v(v=n("1")), ConditionExpression="attribute_not_exists(id)",
             ReturnValuesOnConditionCheckFailure="ALL_OLD"),
         upd(A, "SET x = :v", v(v=n("1")), ConditionExpression="attribute_not_exists(id)",
             ReturnValuesOnConditionCheckFailure="NONE"),
         upd(A, "SET x = :v", v(v=n("1")), ConditionExpression="attribute_not_exists(id)",
             ReturnValuesOnConditionCheckFailure="BOGUS")),
    case("rvcf-put-fails",
         put(user("a"), ConditionExpression="attribute_not_exists(id)",
             ReturnValuesOnConditionCheckFailure="ALL_OLD", ReturnValues="ALL_OLD"),
         put(user("b"), Expected={"n": {"Value": n("2")}},
             ReturnValuesOnConditionCheckFailure="ALL_OLD")),
]  # fmt: skip

# -- PutItem, DeleteItem, legacy Expected, validation -----------------------------------------
ITEM_LIMIT = 409_600  # 400 KB: attribute names and values, UTF-8
ONE = v(v=n("1"))
SEED_B = user("b", n=n("1"))  # w_users' item b as seeded
ORDER_NEW = order("c3", "1", status=s("open"), total=n("7"), rank=n("3"), note=s("n"))
SINGLE_CASES = [
    case("put-new-then-get", put(user("new", x=n("1"), ss=ss("a"))), get({"id": s("new")})),
    case("put-replace", put(user("a", only=s("this")), ReturnValues="ALL_OLD"), get(A)),
    case("put-every-type", put({**RICH, "id": s("copy")}), get({"id": s("copy")})),
    case("put-numbers-normalised", put(user("num", x=n("1.50"), y=n("-0"), z=n("1E+2"),
                                             w=ns("1.0", "10"))), get({"id": s("num")})),
    case("put-empty-values", put(user("e", s=s(""), b=b(b""), l=lst(), m=m()))),
    case("put-missing-key", put({"x": s("1")})),
    case("put-key-wrong-type", put({"id": n("1")})),
    case("put-key-empty-string", put({"id": s("")})),
    case("put-key-empty-binary", put({"k": b(b""), "s": s("x")}, table="w_blobs")),
    case("put-key-only-hash", put({"pk": s("c9")}, table="w_orders")),
    case("put-key-set", put({"id": ss("a")})),
    case("put-key-2048", put(user("x" * 2048))),
    case("put-key-2049", put(user("x" * 2049))),
    case("put-sort-key-1024", put({"k": b(b"\x01"), "s": s("y" * 1024)}, table="w_blobs")),
    case("put-sort-key-1025", put({"k": b(b"\x01"), "s": s("y" * 1025)}, table="w_blobs")),
    case("put-empty-set", put(user("q", x=ss()))),
    case("put-duplicate-set", put(user("q", x=ss("a", "a")))),
    case("put-duplicate-number-set", put(user("q", x=ns("1", "1.0")))),
    case("put-bad-number", put(user("q", x=n("1x")))),
    case("put-number-39-digits", put(user("q", x=n("1" * 39)))),
    case("put-number-too-large", put(user("q", x=n("1E+126")))),
    case("put-number-too-small", put(user("q", x=n("1E-131")))),
    case("put-two-types", put(user("q", x={"S": "a", "N": "1"}))),
    case("put-no-type", put(user("q", x={}))),
    case("put-null-false", put(user("q", x={"NULL": False}))),
    case("put-empty-attribute-name", put(user("q", **{"": s("x")}))),
    case("put-nested-32", put(user("q", x=nest(32)))),
    case("put-nested-33", put(user("q", x=nest(33)))),
    case("put-400kb", put(user("q", data=s("x" * (ITEM_LIMIT - len("id") - 1 - len("data")))),
                          ReturnConsumedCapacity="TOTAL")),
    case("put-400kb-plus-1", put(user("q", data=s("x" * (ITEM_LIMIT - len("id") - len("data")))))),
    case("put-gsi-key-wrong-type", put(order("c3", "1", status=n("1")), table="w_orders")),
    case("put-gsi-key-empty", put(order("c3", "1", status=s("")), table="w_orders")),
    case("put-lsi-key-wrong-type", put(order("c3", "1", rank=s("1")), table="w_orders")),
    case("put-index-membership", put(ORDER_NEW, table="w_orders"),
         put(order("c1", "1", total=n("10")), table="w_orders", ReturnValues="ALL_OLD"),
         query("w_orders", "by_status", "#s = :s", v(s=s("open"))) ),
    case("put-unknown-table", put(user("q"), table="nope")),
    case("put-bad-table-name", put(user("q"), table="a!")),
    case("put-condition-passes", put(user("a", x=s("y")), ConditionExpression="n = :v",
                                     ExpressionAttributeValues=v(v=n("5")))),
    case("put-condition-not-exists", put(user("a"), ConditionExpression="attribute_not_exists(id)"),
         put(user("new"), ConditionExpression="attribute_not_exists(id)")),
    case("put-optimistic-lock",
         put(user("b", n=n("2")), ConditionExpression="n = :v", ExpressionAttributeValues=ONE),
         put(user("b", n=n("3")), ConditionExpression="n = :v", ExpressionAttributeValues=ONE)),
    case("delete-existing", dele(A), get(A)),
    case("delete-missing", dele(NOBODY, ReturnValues="ALL_OLD")),
    case("delete-condition-fails", dele(B, ConditionExpression="n > :v",
                                        ExpressionAttributeValues=v(v=n("1")))),
    case("delete-key-extra", dele({"id": s("a"), "n": n("5")})),
    case("delete-key-missing", dele({"pk": s("c1")}, table="w_orders")),
    case("delete-index-membership", dele(C1, table="w_orders"),
         query("w_orders", "by_status", "#s = :s", v(s=s("open")))),
    case("delete-unknown-table", dele(A, table="nope")),
    case("update-creates", upd({"id": s("new")}, "SET x = :v", ONE, ReturnValues="ALL_NEW")),
    case("update-remove-creates", upd({"id": s("new")}, "REMOVE x", ReturnValues="ALL_NEW")),
    case("update-no-expression", upd({"id": s("new")}, None, ReturnValues="ALL_NEW"),
         upd(A, None, ReturnValues="ALL_NEW")),
    case("update-index-key", upd(C1, "SET #s = :s, #t = :t", v(s=s("closed"), t=n("11")),
                                 {"#s": "status", "#t": "total"}, table="w_orders"),
         upd(C1_2, "REMOVE #s, #r", names={"#s": "status", "#r": "rank"}, table="w_orders")),
    case("update-index-key-wrong-type",
         upd(C1, "SET #s = :s", v(s=n("1")), {"#s": "status"}, table="w_orders")),
    case("update-sort-key", upd(C1, "SET sk = :v", v(v=n("9")), table="w_orders")),
    case("update-400kb", upd(BIG, "SET more = :v", v(v=s("y" * 405_000)))),
    case("update-key-wrong-type", upd({"id": n("1")}, "SET x = :v", v(v=n("1")))),
    case("update-unknown-table", upd(A, "SET x = :v", v(v=n("1")), table="nope")),
    case("update-numbers-key", upd({"k": n("1.0")}, "SET v = :v", v(v=s("uno")), table="w_nums",
                                   ReturnValues="ALL_OLD")),
    # legacy parameters
    case("expected-exists-false", put(user("a"), Expected={"id": {"Exists": False}}),
         put(user("new"), Expected={"id": {"Exists": False}})),
    case("expected-value", put(user("a"), Expected={"n": {"Value": n("5")}}),
         put(user("b"), Expected={"n": {"Value": n("5")}})),
    case("expected-exists-true-value", put(user("a"), Expected={"n": {"Exists": True,
                                                                     "Value": n("5")}})),
    case("expected-exists-true-alone", dele(A, Expected={"n": {"Exists": True}})),
    case("expected-exists-false-value", dele(A, Expected={"n": {"Exists": False,
                                                               "Value": n("5")}})),
    case("expected-value-and-list", dele(A, Expected={"n": {
        "Value": n("5"), "ComparisonOperator": "EQ", "AttributeValueList": [n("5")]}})),
    case("expected-operator-without-values", dele(A, Expected={"n": {"ComparisonOperator": "EQ"}})),
    *[case(f"expected-{op.lower()}-{attr}", dele(A, Expected={attr: {"ComparisonOperator": op,
                                                               "AttributeValueList": values}},
                                          ReturnValues="ALL_OLD"))
      for op, attr, values in (
          ("EQ", "n", [n("5")]), ("NE", "n", [n("5")]), ("LE", "n", [n("5")]),
          ("LT", "n", [n("5")]), ("GE", "name", [s("B")]), ("GT", "bin", [b(b"\x00")]),
          ("NOT_NULL", "nope", []), ("NULL", "nope", []), ("CONTAINS", "tags", [s("x")]),
          ("NOT_CONTAINS", "name", [s("z")]), ("BEGINS_WITH", "name", [s("A")]),
          ("IN", "n", [n("4"), n("5")]), ("BETWEEN", "n", [n("1"), n("5")]),
          ("EQ", "tags", [ss("x", "y")]), ("NE", "nope", [n("1")]))],
    case("expected-bogus-operator", dele(A, Expected={"n": {"ComparisonOperator": "XX",
                                                            "AttributeValueList": [n("5")]}})),
    case("expected-wrong-arity", dele(A, Expected={"n": {"ComparisonOperator": "EQ",
                                                         "AttributeValueList": [n("5"), n("6")]}})),
    case("expected-between-wrong-arity", dele(A, Expected={"n": {"ComparisonOperator": "BETWEEN",
                                                                 "AttributeValueList": [n("5")]}})),
    case("expected-contains-set", dele(A, Expected={"tags": {"ComparisonOperator": "CONTAINS",
                                                             "AttributeValueList": [ss("x")]}})),
    case("expected-or", dele(A, Expected={"n": {"Value": n("4")}, "id": {"Value": s("a")}},
                             ConditionalOperator="OR")),
    case("expected-and", dele(A, Expected={"n": {"Value": n("4")}, "id": {"Value": s("a")}},
                              ConditionalOperator="AND")),
    case("expected-operator-bogus", dele(A, Expected={"n": {"Value": n("5")}},
                                         ConditionalOperator="XOR")),
    case("conditional-operator-alone", dele(A, ConditionalOperator="OR")),
    case("expected-and-condition", dele(A, Expected={"n": {"Value": n("5")}},
                                        ConditionExpression="attribute_exists(id)")),
    case("attribute-updates-and-expression",
         upd(A, "SET x = :v", v(v=n("1")), AttributeUpdates={"y": {"Action": "DELETE"}})),
    case("attribute-updates-put-add-delete",
         upd(A, None, AttributeUpdates={"x": {"Action": "PUT", "Value": n("1")},
                                        "n": {"Action": "ADD", "Value": n("2")},
                                        "tags": {"Action": "DELETE", "Value": ss("x")},
                                        "price": {"Action": "DELETE"}}, ReturnValues="ALL_NEW")),
    case("attribute-updates-key", upd(A, None, AttributeUpdates={"id": {"Action": "PUT",
                                                                      "Value": s("q")}})),
    case("values-without-expression", put(user("q"), ExpressionAttributeValues=v(v=n("1")))),
    case("names-without-expression", put(user("q"), ExpressionAttributeNames=NAME)),
    case("values-empty", dele(A, ConditionExpression="attribute_exists(id)",
                              ExpressionAttributeValues={})),
    case("names-empty", dele(A, ConditionExpression="attribute_exists(id)",
                             ExpressionAttributeNames={})),
    case("condition-empty", put(user("a"), ConditionExpression="")),
    case("update-expression-empty", upd(A, "")),
    case("names-shared-by-expressions",
         upd(A, "SET #nm = :v", v(v=s("Bo"), w=s("Ada")), NAME, ConditionExpression="#nm = :w")),
    case("value-used-only-in-condition",
         upd(A, "REMOVE price", v(w=n("5")), ConditionExpression="n = :w")),
    case("unused-value-with-condition",
         upd(A, "REMOVE price", v(w=n("5"), x=n("1")), ConditionExpression="n = :w")),
    # a bogus enum on a write that changes nothing where DynamoDB Local accepts it
    # the ids of docs/differences.md "Writes (PutItem, UpdateItem, DeleteItem)"
    case("pi-bad-item-unknown-table", put(user("q", x=ss()), table="nope")),
    case("pi-no-item", ("PutItem", {"TableName": "w_users"})),
    case("di-no-key", ("DeleteItem", {"TableName": "w_users"}),
         ("UpdateItem", {"TableName": "w_users", "UpdateExpression": "SET a = :a",
                         "ExpressionAttributeValues": v(a=s("x"))})),
    case("pi-duplicate-bs", put(user("q", x=bs(b"b", b"b")))),
    case("pi-constraints", put(user("q"), table="abc", ReturnConsumedCapacity="hi",
                               ReturnValues="hi", ReturnItemCollectionMetrics="hi")),
    case("rcc-bogus", put(SEED_B, ReturnConsumedCapacity="BOGUS")),
    case("ricm-bogus", put(SEED_B, ReturnItemCollectionMetrics="BOGUS")),
    case("rcc-and-ricm-bogus", put(SEED_B, ReturnConsumedCapacity="BOGUS",
                                   ReturnItemCollectionMetrics="BOGUS2")),
]  # fmt: skip
