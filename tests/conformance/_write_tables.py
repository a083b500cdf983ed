"""Tables and seed items for the write conformance cases (cases_write*.py), declared as boto3
``create_table`` arguments plus DynamoDB JSON items, so that DynamoDB Local and the fake are
built from the same data. Each case gets fresh copies of the tables its requests name.

- ``w_users``: hash key ``id`` (S), no index; ``a`` holds every attribute type, nested.
- ``w_orders``: ``pk`` (S) + ``sk`` (N); GSI ``by_status`` (status, ALL), GSI ``by_total``
  (total N, KEYS_ONLY), LSI ``by_rank`` (rank N, INCLUDE note), all sparse: so writes move items
  in and out of indexes, and ReturnItemCollectionMetrics has an item collection to measure.
- ``w_blobs``: hash key ``k`` (B) + sort key ``s`` (S).
- ``w_nums``: hash key ``k`` (N).
"""

from __future__ import annotations

from typing import Any

from ._range_tables import _definitions, _index, _key

Item = dict[str, Any]


def s(value: str) -> dict[str, str]:
    return {"S": value}


def n(value: str) -> dict[str, str]:
    return {"N": value}


def b(value: bytes) -> dict[str, bytes]:
    return {"B": value}


def ss(*members: str) -> dict[str, list[str]]:
    return {"SS": list(members)}


def ns(*members: str) -> dict[str, list[str]]:
    return {"NS": list(members)}


def bs(*members: bytes) -> dict[str, list[bytes]]:
    return {"BS": list(members)}


def m(**members: Any) -> dict[str, Any]:
    return {"M": members}


def lst(*members: Any) -> dict[str, Any]:
    return {"L": list(members)}


TRUE, NULL = {"BOOL": True}, {"NULL": True}


RICH: Item = {
    "id": s("a"),
    "name": s("Ada"),
    "n": n("5"),
    "price": n("1.5"),
    "tags": ss("x", "y"),
    "nums": ns("1", "2"),
    "bins": bs(b"\x01", b"\x02"),
    "bin": b(b"\x00\xff"),
    "flag": TRUE,
    "nul": NULL,
    "m": m(x=n("1"), s=s("in"), l=lst(n("1"), n("2"), n("3")), deep=m(y=s("z"))),
    "l": lst(s("a"), s("b"), s("c"), m(k=s("v"))),
    "empty_s": s(""),
    "empty_l": lst(),
    "empty_m": m(),
}

ORDERS: list[Item] = [
    {"pk": s("c1"), "sk": n("1"), "status": s("open"), "total": n("10"), "rank": n("1"),
     "note": s("first")},
    {"pk": s("c1"), "sk": n("2"), "status": s("shipped"), "total": n("20"), "rank": n("2")},
    {"pk": s("c1"), "sk": n("3"), "note": s("no index keys")},
    {"pk": s("c2"), "sk": n("1"), "status": s("open"), "total": n("5")},
]  # fmt: skip

WRITE_TABLES: dict[str, dict[str, Any]] = {
    "w_users": {
        "create": {"KeySchema": _key("id"), "AttributeDefinitions": _definitions(("id", "S"))},
        "items": [RICH, {"id": s("b"), "n": n("1")}, {"id": s("big"), "data": s("x" * 5000)}],
    },
    "w_orders": {
        "create": {
            "KeySchema": _key("pk", "sk"),
            "AttributeDefinitions": _definitions(
                ("pk", "S"), ("sk", "N"), ("status", "S"), ("total", "N"), ("rank", "N")
            ),
            "GlobalSecondaryIndexes": [
                _index("by_status", _key("status"), "ALL"),
                _index("by_total", _key("total", "sk"), "KEYS_ONLY"),
            ],
            "LocalSecondaryIndexes": [_index("by_rank", _key("pk", "rank"), "INCLUDE", "note")],
        },
        "items": ORDERS,
    },
    "w_blobs": {
        "create": {
            "KeySchema": _key("k", "s"),
            "AttributeDefinitions": _definitions(("k", "B"), ("s", "S")),
        },
        "items": [{"k": b(b"\x00"), "s": s("a"), "v": n("1")}, {"k": b(b"\xff"), "s": s("b")}],
    },
    "w_nums": {
        "create": {"KeySchema": _key("k"), "AttributeDefinitions": _definitions(("k", "N"))},
        "items": [{"k": n("1"), "v": s("one")}, {"k": n("-1.5"), "v": s("minus")}],
    },
}


def create_arguments(name: str) -> dict[str, Any]:
    return {"TableName": name, "BillingMode": "PAY_PER_REQUEST", **WRITE_TABLES[name]["create"]}


def index_names(name: str) -> list[str]:
    create = WRITE_TABLES[name]["create"]
    kinds = ("GlobalSecondaryIndexes", "LocalSecondaryIndexes")
    return [index["IndexName"] for kind in kinds for index in create.get(kind, [])]
