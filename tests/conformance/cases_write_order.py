"""Write conformance cases for the order of a write's checks, found by the write fuzzer (a
request with several faults: which one is reported). Single-item writes wrap most of these
errors in the service's envelope (docs/differences.md), so the order is pinned through
TransactWriteItems where both sides give the bare message and the fake shares the check."""

from __future__ import annotations

from typing import Any

from ._write_tables import n, s
from .cases_write import C1, A, action, bwi, case, dele, order, put, put_request, twi, upd, user, v

CONDITION = "#a <> :v"
GE_BOOL = {"flag": {"ComparisonOperator": "GE", "AttributeValueList": [{"BOOL": False}]}}


def _check(names: dict[str, str], values: dict[str, Any]) -> Any:
    body = {"Key": A, "ConditionExpression": CONDITION, "ExpressionAttributeNames": names,
            "ExpressionAttributeValues": values}  # fmt: skip
    return twi(action("ConditionCheck", "w_users", body))


ORDER_CASES = [
    # UpdateItem: an empty string or binary for an index key is the empty-value error whatever
    # the key's type (PutItem: the type mismatch); DynamoDB Local 3.3.1, by hand 2026-12-03.
    case("order-update-empty-index-key-before-type",
         upd(C1, "SET #t = :e", v(e=s("")), {"#t": "total"}, table="w_orders"),
         upd(C1, "SET #r = :e", v(e={"B": b""}), {"#r": "rank"}, table="w_orders"),
         upd(C1, "SET #s = :e", v(e={"B": b""}), {"#s": "status"}, table="w_orders")),
    # The names' keys, then the values (empty, keys, each value), then an empty name.
    case("order-empty-name-after-values",
         _check({"#a": ""}, {":v": {"SS": []}}), _check({"#a": ""}, {"v": s("x")}),
         _check({"#a": ""}, {}), _check({"#a": "", "k": "b"}, {":v": s("x")}),
         _check({"#a": ""}, {":v": s("x")})),
    # An item's attributes in order, each one's value before its name.
    case("order-item-value-before-empty-name",
         put(user("q", **{"": n("1e999")})), put(user("q", **{"": n("1"), "x": n("1e999")})),
         bwi({"w_users": [put_request(user("q", **{"": n("1e999")}))]})),
    # A nested path into index keys: the first index's key, LSIs before GSIs, then in
    # declaration order (by_status before by_total), whatever the order of the paths.
    case("order-nested-index-key",
         upd(C1, "SET #s.a = :v, #r.a = :v", v(v=n("1")), {"#s": "status", "#r": "rank"},
             table="w_orders"),
         upd(C1, "SET #t.a = :v, #s.a = :v", v(v=n("1")), {"#s": "status", "#t": "total"},
             table="w_orders")),
    # DeleteItem and UpdateItem: Expected's own errors before the expression members' checks
    # (the service's envelope: differences_write_envelope.py).
    case("order-expected-before-values",
         dele(A, Expected=GE_BOOL, ExpressionAttributeValues=v(u=s("u"))),
         upd(A, None, names={"#u": "u"}, Expected=GE_BOOL),
         dele(A, Expected=GE_BOOL, ReturnValues="ALL_NEW")),
    # An LSI entry's write units count 100 bytes of overhead (by_rank: about 970 bytes, two
    # units; the item itself and the GSI entries, one).
    case("rcc-lsi-entry-overhead-gsi",
         put(order("c9", "1", rank=n("1"), status=s("s"), note=s("x" * 950)), "w_orders",
             ReturnConsumedCapacity="INDEXES")),
]  # fmt: skip
