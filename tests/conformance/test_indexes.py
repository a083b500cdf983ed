"""Indexes and key order against DynamoDB Local: DescribeTable's index descriptions, and the
order of sort keys of every type (read through the store's range API, which Query serves)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from pytest_dynafake import DynaFake
from pytest_dynafake._store import key_value

from .cases import n, s
from .conftest import Conformance, make_client

pytestmark = pytest.mark.conformance


def ks(*elements: tuple[str, str]) -> list[dict[str, str]]:
    return [{"AttributeName": name, "KeyType": kind} for name, kind in elements]


def ad(*definitions: tuple[str, str]) -> list[dict[str, str]]:
    return [{"AttributeName": name, "AttributeType": kind} for name, kind in definitions]


INDEXED: dict[str, Any] = {
    "TableName": "idx_orders",
    "KeySchema": ks(("customer", "HASH"), ("order_id", "RANGE")),
    "AttributeDefinitions": ad(
        ("customer", "S"), ("order_id", "N"), ("status", "S"), ("placed", "N"), ("a", "S")
    ),
    "GlobalSecondaryIndexes": [
        {
            "IndexName": "by_status",
            "KeySchema": ks(("status", "HASH"), ("placed", "RANGE")),
            "Projection": {"ProjectionType": "KEYS_ONLY"},
        },
        {
            "IndexName": "status_only",
            "KeySchema": ks(("status", "HASH")),
            "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["total", "note"]},
        },
        {
            "IndexName": "multi",
            "KeySchema": ks(("status", "HASH"), ("a", "HASH"), ("placed", "RANGE")),
            "Projection": {"ProjectionType": "ALL"},
        },
    ],
    "LocalSecondaryIndexes": [
        {
            "IndexName": "by_placed",
            "KeySchema": ks(("customer", "HASH"), ("placed", "RANGE")),
            "Projection": {"ProjectionType": "ALL"},
        }
    ],
}
# Every item has 'placed' or nothing of an index: DynamoDB Local's IndexSizeBytes then agrees
# with the items in each index (docs/differences.md, "Order and indexes").
INDEXED_ITEMS = [
    {"customer": s("c1"), "order_id": n("1"), "status": s("open"), "placed": n("30"), "a": s("x")},
    {"customer": s("c1"), "order_id": n("2"), "status": s("open"), "placed": n("10"),
     "total": n("7.5"), "note": s("gift"), "a": s("y")},
    {"customer": s("c2"), "order_id": n("1"), "status": s("done"), "placed": n("20"), "a": s("x")},
    {"customer": s("c3"), "order_id": n("9"), "total": n("1")},
]  # fmt: skip
PROVISIONED: dict[str, Any] = {
    "TableName": "idx_provisioned",
    "KeySchema": ks(("pk", "HASH")),
    "AttributeDefinitions": ad(("pk", "S"), ("g", "B")),
    "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 3},
    "GlobalSecondaryIndexes": [
        {
            "IndexName": "by_g",
            "KeySchema": ks(("g", "HASH")),
            "Projection": {"ProjectionType": "ALL"},
            "ProvisionedThroughput": {"ReadCapacityUnits": 2, "WriteCapacityUnits": 1},
        }
    ],
}
PROVISIONED_ITEMS: list[dict[str, Any]] = [{"pk": s("p1"), "g": {"B": b"\x01"}}, {"pk": s("p2")}]
SPARSE: dict[str, Any] = {
    "TableName": "idx_sparse",
    "KeySchema": ks(("pk", "HASH")),
    "AttributeDefinitions": ad(("pk", "S"), ("g", "S"), ("r", "N")),
    "GlobalSecondaryIndexes": [
        {
            "IndexName": "by_g",
            "KeySchema": ks(("g", "HASH"), ("r", "RANGE")),
            "Projection": {"ProjectionType": "KEYS_ONLY"},
        }
    ],
}
# 'p1' is in the index (9 bytes: names and values, the number 1 as 2); 'p2' (7 bytes) has the
# sort key only, so it is not, but DynamoDB Local counts its size.
SPARSE_ITEMS = [{"pk": s("p1"), "g": s("x"), "r": n("1")}, {"pk": s("p2"), "r": n("2")}]

SORT_KEYS: dict[str, list[Any]] = {
    "S": ["\U0001f600", "\uffff", "\ue000", "\ud7ff", "a", "Z", "\u00e9", "a\u00ff", "a\u00ffb"],
    "N": ["1E+2", "10", "-1", "-1.5", "0.001", "0", "99.99", "-1E-130", "9.9E+125"],
    "B": [b"\xff\x00", b"\x80", b"\x00", b"\x7f", b"\xff", b"\x01\x02"],
}


@pytest.fixture(scope="module")
def both(conformance: Conformance) -> Iterator[tuple[Any, DynaFake]]:
    """DynamoDB Local's client and a fake, each with the tables above."""
    local = conformance.local
    fake = DynaFake()
    tables: list[tuple[dict[str, Any], list[dict[str, Any]]]] = [
        (INDEXED, INDEXED_ITEMS),
        (PROVISIONED, PROVISIONED_ITEMS),
        (SPARSE, SPARSE_ITEMS),
    ]
    for arguments, items in tables:
        extra = {} if "ProvisionedThroughput" in arguments else {"BillingMode": "PAY_PER_REQUEST"}
        local.create_table(**arguments, **extra)
        fake.create_table(**arguments, **extra).put_items(items, format="dynamodb")
        for item in items:
            local.put_item(TableName=arguments["TableName"], Item=item)
    for kind, values in SORT_KEYS.items():
        name = f"idx_order_{kind}"
        schema = {
            "TableName": name,
            "KeySchema": ks(("pk", "HASH"), ("sk", "RANGE")),
            "AttributeDefinitions": ad(("pk", "S"), ("sk", kind)),
        }
        local.create_table(**schema, BillingMode="PAY_PER_REQUEST")
        items = [{"pk": s("p"), "sk": {kind: value}} for value in values]
        fake.create_table(**schema).put_items(items, format="dynamodb")
        for item in items:
            local.put_item(TableName=name, Item=item)
    yield local, fake
    for name in (
        "idx_orders",
        "idx_provisioned",
        "idx_sparse",
        *(f"idx_order_{k}" for k in SORT_KEYS),
    ):
        local.delete_table(TableName=name)


def indexes(client: Any, table: str) -> dict[str, Any]:
    described = client.describe_table(TableName=table)["Table"]
    out = {}
    for field in ("GlobalSecondaryIndexes", "LocalSecondaryIndexes"):
        for index in described.get(field, []):
            # The ARN's region and account are the server's own (ddblocal, 000000000000).
            index["IndexArn"] = index["IndexArn"].partition(":table/")[2]
            out[index["IndexName"]] = (field, index)
    return out


@pytest.mark.parametrize("table", ["idx_orders", "idx_provisioned"])
def test_describe_table_indexes(both: tuple[Any, DynaFake], table: str) -> None:
    local, fake = both
    expected = indexes(local, table)
    with fake:
        assert indexes(make_client(), table) == expected


def test_index_size_of_a_sparse_index(both: tuple[Any, DynaFake]) -> None:
    """DynamoDB Local counts an item that has the index's sort key but not its partition key
    in IndexSizeBytes; the fake counts the items in the index (docs/differences.md)."""
    local, fake = both
    shown = indexes(local, "idx_sparse")["by_g"][1]
    assert (shown["ItemCount"], shown["IndexSizeBytes"]) == (1, 9 + 7)
    with fake:
        shown = indexes(make_client(), "idx_sparse")["by_g"][1]
    assert (shown["ItemCount"], shown["IndexSizeBytes"]) == (1, 9)


@pytest.mark.parametrize("kind", list(SORT_KEYS))
def test_sort_key_order(both: tuple[Any, DynaFake], kind: str) -> None:
    local, fake = both
    name = f"idx_order_{kind}"
    answer = local.query(
        TableName=name,
        KeyConditionExpression="pk = :p",
        ExpressionAttributeValues={":p": s("p")},
    )
    table = fake._tables.view[name]
    # Store values: str for S, canonical text for N (as both sides return it), bytes for B.
    assert [item["sk"][kind] for item in answer["Items"]] == [e.key[1] for e in table.query(("p",))]
    assert len(answer["Items"]) == len(SORT_KEYS[kind])


# -- the order of Scans, segments and equal index keys, as DynamoDB Local reads them ----------
TIES: dict[str, Any] = {
    "TableName": "idx_ties",
    "KeySchema": ks(("h", "HASH"), ("r", "RANGE")),
    "AttributeDefinitions": ad(("h", "S"), ("r", "N"), ("g", "S"), ("gs", "N"), ("b", "B")),
    "GlobalSecondaryIndexes": [
        {
            "IndexName": "by_g",
            "KeySchema": ks(("g", "HASH"), ("gs", "RANGE")),
            "Projection": {"ProjectionType": "KEYS_ONLY"},
        },
        {
            "IndexName": "g_only",
            "KeySchema": ks(("g", "HASH")),
            "Projection": {"ProjectionType": "KEYS_ONLY"},
        },
        {
            "IndexName": "g_r",
            "KeySchema": ks(("g", "HASH"), ("r", "RANGE")),
            "Projection": {"ProjectionType": "KEYS_ONLY"},
        },
        {
            "IndexName": "by_b",
            "KeySchema": ks(("b", "HASH"), ("g", "HASH"), ("gs", "RANGE")),
            "Projection": {"ProjectionType": "ALL"},
        },
        # The table's partition key in the index key (its sort key not): ties by the sort key's
        # hash, as in an LSI.
        {
            "IndexName": "h_only",
            "KeySchema": ks(("h", "HASH")),
            "Projection": {"ProjectionType": "KEYS_ONLY"},
        },
        {
            "IndexName": "g_h",
            "KeySchema": ks(("g", "HASH"), ("h", "RANGE")),
            "Projection": {"ProjectionType": "KEYS_ONLY"},
        },
        {
            "IndexName": "h_gs",
            "KeySchema": ks(("h", "HASH"), ("gs", "RANGE")),
            "Projection": {"ProjectionType": "KEYS_ONLY"},
        },
        {
            "IndexName": "g_h_multi",
            "KeySchema": ks(("g", "HASH"), ("h", "HASH")),
            "Projection": {"ProjectionType": "KEYS_ONLY"},
        },
    ],
    "LocalSecondaryIndexes": [
        {
            "IndexName": "local_gs",
            "KeySchema": ks(("h", "HASH"), ("gs", "RANGE")),
            "Projection": {"ProjectionType": "KEYS_ONLY"},
        }
    ],
}
TIES_ITEMS = [
    {"h": s(h), "r": n(r), "g": s("G"), "gs": n("1"), "b": {"B": bytes([len(h)])}}
    for h in ("b", "a", "c", "aa", "B", "\u00e9", "\U0001f600")
    for r in ("3", "-1", "10", "2", "0.5", "1E+3")
]
HASH_ONLY: dict[str, Any] = {
    "TableName": "idx_hash_only",
    "KeySchema": ks(("h", "HASH")),
    "AttributeDefinitions": ad(("h", "N"), ("g", "S")),
    "GlobalSecondaryIndexes": [
        {
            "IndexName": "g_only",
            "KeySchema": ks(("g", "HASH")),
            "Projection": {"ProjectionType": "KEYS_ONLY"},
        }
    ],
}
HASH_ONLY_ITEMS = [
    {"h": n(v), "g": s("G" if i % 3 else "H")}
    for i, v in enumerate(("1", "2", "3", "-1", "10", "0.5", "100", "-0.001", "7E+10", "42"))
]


@pytest.fixture(scope="module")
def ordered(conformance: Conformance) -> Iterator[tuple[Any, DynaFake]]:
    local = conformance.local
    fake = DynaFake()
    for arguments, items in ((TIES, TIES_ITEMS), (HASH_ONLY, HASH_ONLY_ITEMS)):
        local.create_table(**arguments, BillingMode="PAY_PER_REQUEST")
        fake.create_table(**arguments).put_items(items, format="dynamodb")
        for item in items:
            local.put_item(TableName=arguments["TableName"], Item=item)
    yield local, fake
    for name in ("idx_ties", "idx_hash_only"):
        local.delete_table(TableName=name)


def keys_of(items: list[dict[str, Any]], names: tuple[str, ...]) -> list[tuple[Any, ...]]:
    return [tuple(next(iter(item[name].values())) for name in names) for item in items]


def both_answers(pair: tuple[Any, DynaFake], **request: Any) -> tuple[Any, Any]:
    """The table keys of every item a Query or Scan reads, in order: DynamoDB Local's followed
    page by page (4 a page), and the fake's straight from the store's range API."""
    local, fake = pair
    table = fake._tables.view[request["TableName"]]
    answered: list[dict[str, Any]] = []
    operation = local.query if "KeyConditionExpression" in request else local.scan
    paging: dict[str, Any] = {}
    while True:
        page = operation(**request, **paging, Limit=4)
        answered += page["Items"]
        if "LastEvaluatedKey" not in page:
            break
        paging = {"ExclusiveStartKey": page["LastEvaluatedKey"]}
    source: Any = table.indexes[request["IndexName"]] if "IndexName" in request else table
    if "KeyConditionExpression" in request:
        values = request["ExpressionAttributeValues"]
        hash_values = tuple(
            key_value(a, values[f":{a.name}"][a.type]) for a in source.hash_attributes
        )
        entries = source.query(hash_values, forward=request.get("ScanIndexForward", True))
    else:
        entries = source.scan(request.get("Segment", 0), request.get("TotalSegments", 1))
    return [table.lookup_key(_key(table, item)) for item in answered], [e.key for e in entries]


def _key(table: Any, item: dict[str, Any]) -> dict[str, Any]:
    return {name: item[name] for name in table.key_names}


@pytest.mark.parametrize(
    "request_",
    [
        {"TableName": "idx_ties"},
        {"TableName": "idx_hash_only"},
        *[{"TableName": "idx_ties", "Segment": i, "TotalSegments": 3} for i in range(3)],
        *[{"TableName": "idx_hash_only", "Segment": i, "TotalSegments": 4} for i in range(4)],
        *[
            {"TableName": "idx_ties", "IndexName": name}
            for name in ("by_g", "g_only", "by_b", "h_only", "g_h", "h_gs", "g_h_multi")
        ],
        {"TableName": "idx_ties", "IndexName": "local_gs"},
        {"TableName": "idx_hash_only", "IndexName": "g_only"},
        *[
            {"TableName": table, "IndexName": name, "Segment": i, "TotalSegments": 3}
            for table, name in (
                ("idx_ties", "by_g"),
                ("idx_ties", "h_only"),
                ("idx_ties", "local_gs"),
                ("idx_hash_only", "g_only"),
            )
            for i in range(3)
        ],
        *[
            {
                "TableName": "idx_ties",
                "IndexName": name,
                "KeyConditionExpression": "g = :g",
                "ExpressionAttributeValues": {":g": s("G")},
                "ScanIndexForward": forward,
            }
            for name in ("by_g", "g_only", "g_r", "g_h")
            for forward in (True, False)
        ],
        *[
            {
                "TableName": "idx_ties",
                "IndexName": name,
                "KeyConditionExpression": "h = :h",
                "ExpressionAttributeValues": {":h": s("aa")},
                "ScanIndexForward": forward,
            }
            for name in ("h_only", "h_gs")
            for forward in (True, False)
        ],
        {
            "TableName": "idx_ties",
            "IndexName": "g_h_multi",
            "KeyConditionExpression": "g = :g AND h = :h",
            "ExpressionAttributeValues": {":g": s("G"), ":h": s("\u00e9")},
        },
        {
            "TableName": "idx_ties",
            "IndexName": "local_gs",
            "KeyConditionExpression": "h = :h",
            "ExpressionAttributeValues": {":h": s("aa")},
        },
        {
            "TableName": "idx_ties",
            "IndexName": "by_b",
            "KeyConditionExpression": "b = :b AND g = :g",
            "ExpressionAttributeValues": {":b": {"B": b"\x01"}, ":g": s("G")},
        },
        {
            "TableName": "idx_hash_only",
            "IndexName": "g_only",
            "KeyConditionExpression": "g = :g",
            "ExpressionAttributeValues": {":g": s("G")},
        },
    ],
    ids=lambda request: (
        "-".join(
            str(request.get(k, ""))
            for k in ("TableName", "IndexName", "Segment", "ScanIndexForward")
        ).strip("-")
        + ("-query" if "KeyConditionExpression" in request else "-scan")
    ),
)
def test_read_order_is_dynamodb_locals(ordered: tuple[Any, DynaFake], request_: Any) -> None:
    local, fake = both_answers(ordered, **request_)
    assert fake == local
    assert local  # every request reads something
