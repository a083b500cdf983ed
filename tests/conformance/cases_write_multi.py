"""Write conformance cases for capacity, item collection metrics, BatchWriteItem and
TransactWriteItems (the single-item cases are in cases_write.py)."""

from __future__ import annotations

from typing import Any

from ._write_tables import n, s, ss
from .cases_write import (
    BIG,
    C1,
    C1_2,
    NOBODY,
    SEED_B,
    A,
    B,
    Params,
    action,
    bwi,
    case,
    dele,
    delete_request,
    get,
    order,
    put,
    put_request,
    query,
    twi,
    upd,
    user,
    v,
)

KB = 1024
OPEN = order("c3", "1", status=s("open"), total=n("7"), rank=n("3"), note=s("n"))
INDEXES: dict[str, Any] = {"ReturnConsumedCapacity": "INDEXES"}
TOTAL: dict[str, Any] = {"ReturnConsumedCapacity": "TOTAL"}
SIZE: dict[str, Any] = {"ReturnItemCollectionMetrics": "SIZE"}


def sized(uid: str, size: int) -> Params:
    """An item of ``size`` bytes (names and values, UTF-8)."""
    return user(uid, d=s("x" * (size - len("id") - len(uid) - len("d"))))


CAPACITY_CASES = [
    case("rcc-put-small", put(user("q"), **TOTAL), put(user("q"), **INDEXES)),
    case("rcc-put-1kb-edges", put(sized("q", KB), **TOTAL), put(sized("r", KB + 1), **TOTAL)),
    case("rcc-put-replaces-bigger", put(user("big"), **TOTAL)),
    case("rcc-put-over-smaller", put(sized("b", 3 * KB), **TOTAL)),
    case("rcc-put-indexes", put(OPEN, "w_orders", **INDEXES), put(OPEN, "w_orders", **INDEXES)),
    case("rcc-put-index-move", put(order("c1", "1", status=s("x"), total=n("10")), "w_orders",
                                   **INDEXES)),
    case("rcc-put-leaves-indexes", put(order("c1", "1"), "w_orders", **INDEXES)),
    case("rcc-put-total-indexed", put(OPEN, "w_orders", **TOTAL)),
    case("rcc-update", upd(A, "SET x = :v", v(v=n("1")), **TOTAL),
         upd(BIG, "SET x = :v", v(v=n("1")), **TOTAL), upd(NOBODY, "SET x = :v", v(v=n("1")),
                                                           **INDEXES)),
    case("rcc-update-indexes", upd(C1, "SET #s = :s", v(s=s("x")), {"#s": "status"},
                                   table="w_orders", **INDEXES),
         upd(C1_2, "SET note = :s", v(s=s("x")), table="w_orders", **INDEXES)),
    case("rcc-delete", dele(BIG, **TOTAL), dele(NOBODY, **TOTAL), dele(C1, "w_orders", **INDEXES),
         dele(order("c9", "9"), "w_orders", **INDEXES)),
    case("rcc-condition-fails", put(user("a"), ConditionExpression="attribute_not_exists(id)",
                                    **TOTAL)),
    case("ricm-put", put(OPEN, "w_orders", **SIZE), put(user("q"), **SIZE)),
    case("ricm-update-delete", upd(C1, "SET note = :v", v(v=s("x")), table="w_orders", **SIZE),
         dele(C1_2, "w_orders", **SIZE)),
    case("ricm-none", put(OPEN, "w_orders", ReturnItemCollectionMetrics="NONE")),
]  # fmt: skip


def puts(count: int, table: str = "w_users", prefix: str = "p") -> list[Params]:
    return [put_request(user(f"{prefix}{i}", i=n(str(i)))) for i in range(count)]


BATCH_CASES = [
    case("bwi-puts-and-deletes",
         bwi({"w_users": [put_request(user("new", x=n("1"))), delete_request(B),
                          delete_request(NOBODY)],
              "w_orders": [put_request(OPEN), delete_request(C1)]}),
         get({"id": s("new")}), query("w_orders", "by_status", "#s = :s", v(s=s("open")))),
    case("bwi-25", bwi({"w_users": puts(25)})),
    case("bwi-26", bwi({"w_users": puts(26)})),
    case("bwi-26-two-tables", bwi({"w_users": puts(13), "w_nums": [
        put_request({"k": n(str(i))}) for i in range(13)]})),
    case("bwi-empty", bwi({})),
    case("bwi-empty-list", bwi({"w_users": []})),
    case("bwi-duplicate-puts", bwi({"w_users": [put_request(user("q")), put_request(user("q"))]})),
    case("bwi-put-and-delete-same", bwi({"w_users": [put_request(user("a")), delete_request(A)]})),
    case("bwi-duplicate-number-keys", bwi({"w_nums": [put_request({"k": n("2")}),
                                                     delete_request({"k": n("2.0")})]})),
    case("bwi-both-requests", bwi({"w_users": [{**put_request(user("q")), **delete_request(B)}]})),
    case("bwi-no-request", bwi({"w_users": [{}]})),
    case("bwi-unknown-table", bwi({"nope": [put_request(user("q"))]})),
    case("bwi-unknown-and-known", bwi({"w_users": [put_request(user("q"))],
                                       "nope": [put_request(user("q"))]})),
    case("bwi-bad-key", bwi({"w_users": [put_request({"id": n("1")})]})),
    case("bwi-delete-bad-key", bwi({"w_users": [delete_request({"id": s("a"), "n": n("5")})]})),
    case("bwi-item-too-large", bwi({"w_users": [put_request(sized("q", 409_601))]})),
    case("bwi-bad-item-fails-all", bwi({"w_users": [put_request(user("ok")),
                                                    put_request(user("bad", x=ss()))]})),
    case("bwi-rcc", bwi({"w_users": [put_request(sized("q", 1500)), delete_request(BIG)],
                         "w_orders": [put_request(OPEN)]}, **TOTAL),
         bwi({"w_users": [delete_request(A)], "w_orders": [delete_request(C1)]}, **INDEXES)),
    case("bwi-ricm", bwi({"w_users": [put_request(user("q"))],
                          "w_orders": [put_request(OPEN), delete_request(C1),
                                       put_request(order("c1", "9"))]}, **SIZE)),
    case("bwi-gsi-key-wrong-type", bwi({"w_orders": [put_request(order("c9", "1",
                                                                      status=n("1")))]})),
    case("bwi-rcc-bogus", bwi({"w_users": [put_request(SEED_B)]}, ReturnConsumedCapacity="BOGUS")),
]  # fmt: skip


def cond(table: str, key: Params, expression: str, **extra: Any) -> Params:
    return action("ConditionCheck", table, {"Key": key, "ConditionExpression": expression,
                                            **extra})  # fmt: skip


def tput(table: str, item: Params, **extra: Any) -> Params:
    return action("Put", table, {"Item": item, **extra})


def tdel(table: str, key: Params, **extra: Any) -> Params:
    return action("Delete", table, {"Key": key, **extra})


def tupd(table: str, key: Params, expression: str, values: Any = None, **extra: Any) -> Params:
    body: Params = {"Key": key, "UpdateExpression": expression, **extra}
    if values:
        body["ExpressionAttributeValues"] = values
    return action("Update", table, body)


ALL_KINDS = (
    tput("w_users", user("new", x=n("1"))),
    tupd("w_users", A, "SET n = n + :one REMOVE price", v(one=n("1"))),
    tdel("w_users", B),
    cond(
        "w_orders",
        C1,
        "#s = :s",
        ExpressionAttributeNames={"#s": "status"},
        ExpressionAttributeValues=v(s=s("open")),
    ),
)
INCREMENT = tupd("w_users", B, "SET n = n + :one", v(one=n("1")))


def token(name: str) -> dict[str, Any]:
    return {"ClientRequestToken": f"token-{name}"}


RVCF: dict[str, Any] = {"ReturnValuesOnConditionCheckFailure": "ALL_OLD"}
TRANSACT_CASES = [
    case("twi-all-kinds", twi(*ALL_KINDS), get({"id": s("new")}), get(A), get(B)),
    case("twi-condition-check-fails",
         twi(tput("w_users", user("new")), cond("w_users", A, "attribute_not_exists(id)", **RVCF),
             cond("w_users", NOBODY, "attribute_exists(id)", **RVCF))),
    case("twi-put-condition-fails",
         twi(tput("w_users", user("a"), ConditionExpression="attribute_not_exists(id)", **RVCF),
             tdel("w_users", B))),
    case("twi-update-condition-fails",
         twi(tupd("w_users", A, "SET x = :v", v(v=n("1")), ConditionExpression="n = :v",
                  ReturnValuesOnConditionCheckFailure="NONE"))),
    case("twi-update-type-error", twi(tupd("w_users", A, "SET n = n + :v", v(v=s("x"))),
                                      tdel("w_users", B))),
    case("twi-update-key", twi(tupd("w_users", A, "SET id = :v", v(v=s("x"))))),
    case("twi-same-item", twi(tput("w_users", user("a")), tdel("w_users", A))),
    case("twi-same-item-check", twi(cond("w_users", A, "attribute_exists(id)"),
                                    tupd("w_users", A, "REMOVE price"))),
    case("twi-100", twi(*[tput("w_users", user(f"t{i}")) for i in range(100)])),
    case("twi-101", twi(*[tput("w_users", user(f"t{i}")) for i in range(101)])),
    case("twi-empty", twi()),
    case("twi-4mb", twi(*[tput("w_users", user(f"t{i}", d=s("x" * 390_000)))
                          for i in range(11)])),
    case("twi-unknown-table", twi(tput("nope", user("q")), tdel("w_users", B))),
    case("twi-two-kinds-in-one", twi({**tput("w_users", user("q")), **tdel("w_users", B)})),
    case("twi-no-kind", twi({})),
    case("twi-condition-check-no-expression", twi(action("ConditionCheck", "w_users",
                                                         {"Key": A}))),
    case("twi-bad-key", twi(tput("w_users", {"id": n("1")}), tdel("w_users", B))),
    case("twi-empty-set", twi(tput("w_users", user("q", x=ss())))),
    case("twi-item-too-large", twi(tput("w_users", sized("q", 409_601)))),
    case("twi-unused-value", twi(tdel("w_users", B, ConditionExpression="attribute_exists(id)",
                                      ExpressionAttributeValues=v(v=n("1"))))),
    case("twi-syntax-error", twi(tupd("w_users", A, "SET n = ", None))),
    case("twi-rcc", twi(*ALL_KINDS, **TOTAL), twi(tput("w_orders", OPEN),
                                                  tdel("w_orders", C1_2), **INDEXES)),
    case("twi-ricm", twi(tput("w_orders", OPEN), tupd("w_orders", C1, "SET note = :v", v(v=s("x"))),
                         tput("w_users", user("q")), **SIZE)),
    # DynamoDB Local remembers tokens across tables: one token per case
    case("twi-token-replay", twi(INCREMENT, **token("replay")), twi(INCREMENT, **token("replay")),
         get(B)),
    case("twi-token-mismatch", twi(INCREMENT, **token("mismatch")),
         twi(tupd("w_users", B, "SET n = n + :one", v(one=n("2"))), **token("mismatch")), get(B)),
    case("twi-token-replay-rcc", twi(INCREMENT, **token("rcc"), **TOTAL),
         twi(INCREMENT, **token("rcc"), **TOTAL)),
    case("twi-token-too-long", twi(INCREMENT, ClientRequestToken="t" * 37)),
    case("twi-index-maintenance",
         twi(tput("w_orders", OPEN), tupd("w_orders", C1, "REMOVE #s", None,
                                          ExpressionAttributeNames={"#s": "status"}),
             tdel("w_orders", order("c2", "1"))),
         query("w_orders", "by_status", "#s = :s", v(s=s("open"))),
         query("w_orders", "by_rank", "pk = :p AND #r > :r", v(p=s("c3"), r=n("0")))),
    case("twi-rcc-bogus", twi(tput("w_users", SEED_B), ReturnConsumedCapacity="BOGUS")),
]  # fmt: skip
