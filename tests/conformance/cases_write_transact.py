"""Write conformance cases for the order of TransactWriteItems' checks and the keys it takes
for one item (the other transaction cases are in cases_write_multi.py)."""

from __future__ import annotations

from ._write_tables import n, ns, s, ss
from .cases_write import C1, A, bwi, case, delete_request, order, put, put_request, twi, upd, v
from .cases_write_multi import cond, tdel, tput, tupd

EMPTY_NAME = {"ExpressionAttributeNames": {"#e": ""}}
TRANSACT_CHECK_CASES = [
    case("twi-names-before-key",
         twi(cond("w_nums", {"k": n("NaN")}, "attribute_exists(#e)", **EMPTY_NAME)),
         twi(tdel("w_nums", {"k": n("NaN")}),
             cond("w_nums", {"k": n("2")}, "attribute_exists(#e)", **EMPTY_NAME))),
    case("twi-values-before-key",
         twi(tdel("w_nums", {"k": n("")}, ConditionExpression="v = :v",
                  ExpressionAttributeValues=v(v=ns("1", "1"))))),
    case("twi-condition-before-item",
         twi(tput("w_nums", {"k": n("2"), "x": n("1e999")},
                  ConditionExpression="v BETWEEN :x AND :y",
                  ExpressionAttributeValues=v(x=s("a"), y=n("1"))))),
    case("twi-number-keys",
         twi(tdel("w_nums", {"k": n("100")}), cond("w_nums", {"k": n("1E+2")},
                                                   "attribute_not_exists(k)"))),
    case("twi-number-keys-put",
         twi(tput("w_nums", {"k": n("1E+2")}), tdel("w_nums", {"k": n("100")})),
         twi(tput("w_nums", {"k": n("1.0")}), tput("w_nums", {"k": n("1")}))),
    case("twi-same-item-condition",
         twi(tupd("w_nums", {"k": n("1")}, "SET w = :w", v(w=s("x"), z=s("z")),
                  ConditionExpression="v = :z"),
             tupd("w_nums", {"k": n("1")}, "REMOVE v"))),
    # a nested path into a key in a condition: refused for Put, Delete and Update (a
    # ConditionCheck's is evaluated: tests/operations/test_transact_write_checks.py)
    case("twi-condition-key-path",
         *[twi(cond("w_orders", C1, "attribute_exists(pk)"),
               {kind: {"TableName": "w_orders", **body, "ConditionExpression": "#s[1] = :v",
                       "ExpressionAttributeNames": {"#s": "status"},
                       "ExpressionAttributeValues": v(v=s("x"))}})
           for kind, body in (("Delete", {"Key": {"pk": s("c2"), "sk": n("1")}}),
                              ("Put", {"Item": {"pk": s("c2"), "sk": n("1")}}))],
         twi(tupd("w_orders", {"pk": s("c2"), "sk": n("1")}, "SET x = :v", v(v=s("x")),
                  ConditionExpression="pk.a = :v"))),
    case("twi-index-key-reason", twi(tput("w_orders", order("c9", "1", status=n("5"))))),
    case("twi-index-key-set",
         twi(tupd("w_orders", C1, "SET #s = :v", v(v=ss("a")),
                  ExpressionAttributeNames={"#s": "status"}))),
    case("bwi-delete-missing-rcc",
         bwi({"w_users": [delete_request({"id": s("nobody")})]}, ReturnConsumedCapacity="TOTAL"),
         bwi({"w_users": [delete_request({"id": s("nobody")}), delete_request({"id": s("b")})]},
             ReturnConsumedCapacity="INDEXES")),
    # a local secondary index entry counts 100 bytes of overhead: 1 unit, then 2
    case("rcc-lsi-entry-overhead",
         *[put(order("c9", str(i), rank=n("1"), note=s("x" * size)), "w_orders",
               ReturnConsumedCapacity="INDEXES") for i, size in enumerate((880, 900, 920, 940))],
         bwi({"w_orders": [put_request(order("c8", "1", rank=n("1"), note=s("x" * 930)))]},
             ReturnConsumedCapacity="INDEXES")),
    # a secondary index key is held to the table key's limits, on every write
    case("put-index-key-2048", put(order("c9", "1", status=s("a" * 2048)), "w_orders")),
    case("put-index-key-2049",
         put(order("c9", "1", status=s("a" * 2049)), "w_orders"),
         upd(C1, "SET #s = :v", v(v=s("a" * 2049)), {"#s": "status"}, table="w_orders"),
         bwi({"w_orders": [put_request(order("c9", "1", status=s("a" * 2049)))]}),
         twi(tput("w_orders", order("c9", "1", status=s("a" * 2049))))),
    # a computed number past 38 digits before the point: the service says overflow
    case("upd-arith-1e50",
         upd(A, "SET b = :a - :b", v(a=n("1e50"), b=n("1"))),
         upd(A, "SET b = :a + :b", v(a=n("1e50"), b=n("1")))),
]  # fmt: skip
