"""Secondary indexes: declared (create_table, the short form, specs, seed files), described
(DescribeTable through boto3), checked at seed time, and read through the store's range API
(the Query and Scan operations are built on it elsewhere)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from pytest_dynafake import DynaFake, DynaFakeError
from pytest_dynafake._store import Index, SortCondition, Table
from pytest_dynafake._validation import AwsError

ARN = "arn:aws:dynamodb:us-east-1:123456789012:table"


def ks(*elements: tuple[str, str]) -> list[dict[str, str]]:
    return [{"AttributeName": name, "KeyType": kind} for name, kind in elements]


def ad(*definitions: tuple[str, str]) -> list[dict[str, str]]:
    return [{"AttributeName": name, "AttributeType": kind} for name, kind in definitions]


def index(fake: DynaFake, table: str, name: str) -> Index:
    found = fake._tables.view[table].index(name)
    assert found is not None
    return found


def orders_table(fake: DynaFake, **extra: Any) -> Any:
    return fake.create_table(
        TableName="orders",
        KeySchema=ks(("customer", "HASH"), ("order_id", "RANGE")),
        AttributeDefinitions=ad(
            ("customer", "S"), ("order_id", "N"), ("status", "S"), ("placed", "N")
        ),
        GlobalSecondaryIndexes=[
            {
                "IndexName": "by_status",
                "KeySchema": ks(("status", "HASH"), ("placed", "RANGE")),
                "Projection": {"ProjectionType": "KEYS_ONLY"},
            },
            {
                "IndexName": "status_only",
                "KeySchema": ks(("status", "HASH")),
                "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["total"]},
            },
        ],
        LocalSecondaryIndexes=[
            {
                "IndexName": "by_placed",
                "KeySchema": ks(("customer", "HASH"), ("placed", "RANGE")),
                "Projection": {"ProjectionType": "ALL"},
            }
        ],
        **extra,
    )


ORDERS = [
    {"customer": "c1", "order_id": 1, "status": "open", "placed": 30, "total": 5, "note": "x"},
    {"customer": "c1", "order_id": 2, "status": "open", "placed": 10, "total": 7},
    {"customer": "c2", "order_id": 1, "status": "done", "placed": 20, "total": 9},
    {"customer": "c2", "order_id": 2, "placed": 40},  # no status: not in the GSIs
    {"customer": "c3", "order_id": 7},  # in no index
]


# -- DescribeTable ------------------------------------------------------------------------------
def test_describe_table_shows_indexes_with_counts_and_sizes(
    dynafake: DynaFake, client: Any
) -> None:
    orders_table(dynafake).put_items(ORDERS)
    table = client.describe_table(TableName="orders")["Table"]
    assert table["GlobalSecondaryIndexes"] == [
        {
            "IndexName": "by_status",
            "KeySchema": ks(("status", "HASH"), ("placed", "RANGE")),
            "Projection": {"ProjectionType": "KEYS_ONLY"},
            "IndexStatus": "ACTIVE",
            # The whole items of the index, whatever the projection, as DynamoDB Local counts
            # them (it also counts item 3, without 'status': see docs/differences.md).
            "IndexSizeBytes": 50 + 45 + 45,
            "ItemCount": 3,
            "IndexArn": f"{ARN}/orders/index/by_status",
        },
        {
            "IndexName": "status_only",
            "KeySchema": ks(("status", "HASH")),
            "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["total"]},
            "IndexStatus": "ACTIVE",
            "IndexSizeBytes": 50 + 45 + 45,
            "ItemCount": 3,
            "IndexArn": f"{ARN}/orders/index/status_only",
        },
    ]
    assert table["LocalSecondaryIndexes"] == [
        {
            "IndexName": "by_placed",
            "KeySchema": ks(("customer", "HASH"), ("placed", "RANGE")),
            "Projection": {"ProjectionType": "ALL"},
            "IndexSizeBytes": 50 + 45 + 45 + 28,
            "ItemCount": 4,
            "IndexArn": f"{ARN}/orders/index/by_placed",
        }
    ]
    assert table["ItemCount"] == 5
    assert table["TableSizeBytes"] == 50 + 45 + 45 + 28 + 20


def test_describe_table_shows_the_stream_specification_given(
    dynafake: DynaFake, client: Any
) -> None:
    stream = {"StreamEnabled": True, "StreamViewType": "NEW_AND_OLD_IMAGES"}
    dynafake.create_table(
        TableName="things",
        KeySchema=ks(("pk", "HASH")),
        AttributeDefinitions=ad(("pk", "S")),
        StreamSpecification=stream,
    )
    dynafake.create_table(
        TableName="plain", KeySchema=ks(("pk", "HASH")), AttributeDefinitions=ad(("pk", "S"))
    )
    assert client.describe_table(TableName="things")["Table"]["StreamSpecification"] == stream
    assert "StreamSpecification" not in client.describe_table(TableName="plain")["Table"]


def test_describe_table_shows_a_provisioned_gsi_throughput(dynafake: DynaFake, client: Any) -> None:
    dynafake.create_table(
        TableName="things",
        KeySchema=ks(("pk", "HASH")),
        AttributeDefinitions=ad(("pk", "S"), ("g", "S")),
        ProvisionedThroughput={"ReadCapacityUnits": 5, "WriteCapacityUnits": 3},
        GlobalSecondaryIndexes=[
            {
                "IndexName": "by_g",
                "KeySchema": ks(("g", "HASH")),
                "Projection": {"ProjectionType": "ALL"},
                "ProvisionedThroughput": {"ReadCapacityUnits": 2, "WriteCapacityUnits": 1},
            }
        ],
    )
    (described,) = client.describe_table(TableName="things")["Table"]["GlobalSecondaryIndexes"]
    assert described == {
        "IndexName": "by_g",
        "KeySchema": ks(("g", "HASH")),
        "Projection": {"ProjectionType": "ALL"},
        "IndexStatus": "ACTIVE",
        "ProvisionedThroughput": {"ReadCapacityUnits": 2, "WriteCapacityUnits": 1},
        "IndexSizeBytes": 0,
        "ItemCount": 0,
        "IndexArn": f"{ARN}/things/index/by_g",
    }


def test_the_short_form_declares_indexes(dynafake: DynaFake, client: Any) -> None:
    dynafake.table(
        "orders",
        ("customer", "S"),
        ("order_id", "N"),
        indexes={
            "by_status": ("status", ("placed", "N")),
            "status_only": "status",
            "keys": {"partition_key": "status", "projection": "KEYS_ONLY"},
            "with_total": {"partition_key": ("placed", "N"), "projection": ["total", "note"]},
            "by_placed": {"sort_key": ("placed", "N"), "local": True},
            "multi": {"partition_key": ["status", ("placed", "N")], "sort_key": ["a", "b"]},
        },
        items=ORDERS,
    )
    table = client.describe_table(TableName="orders")["Table"]
    assert table["AttributeDefinitions"] == ad(
        ("customer", "S"),
        ("order_id", "N"),
        ("status", "S"),
        ("placed", "N"),
        ("a", "S"),
        ("b", "S"),
    )
    shown = {
        i["IndexName"]: (i["KeySchema"], i["Projection"], i["ItemCount"])
        for i in table["GlobalSecondaryIndexes"] + table["LocalSecondaryIndexes"]
    }
    assert shown == {
        "by_status": (ks(("status", "HASH"), ("placed", "RANGE")), {"ProjectionType": "ALL"}, 3),
        "status_only": (ks(("status", "HASH")), {"ProjectionType": "ALL"}, 3),
        "keys": (ks(("status", "HASH")), {"ProjectionType": "KEYS_ONLY"}, 3),
        "with_total": (
            ks(("placed", "HASH")),
            {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["total", "note"]},
            4,
        ),
        "by_placed": (ks(("customer", "HASH"), ("placed", "RANGE")), {"ProjectionType": "ALL"}, 4),
        "multi": (
            ks(("status", "HASH"), ("placed", "HASH"), ("a", "RANGE"), ("b", "RANGE")),
            {"ProjectionType": "ALL"},
            0,
        ),
    }
    assert [i["IndexName"] for i in table["LocalSecondaryIndexes"]] == ["by_placed"]


def test_a_table_spec_and_a_seed_file_declare_indexes(tmp_path: Path, client: Any) -> None:
    spec = {
        "partition_key": "customer",
        "sort_key": ["order_id", "N"],
        "indexes": {"by_status": ["status", ["placed", "N"]]},
        "items": ORDERS[:3],
    }
    document = tmp_path / "orders.json"
    document.write_text(json.dumps({"tables": {"orders": spec}}))
    for fake in (DynaFake(tables={"orders": spec}), DynaFake(files=[document])):
        found = index(fake, "orders", "by_status").query(("open",))
        assert [e.key for e in found] == [("c1", "2"), ("c1", "1")]


# -- declaration errors -------------------------------------------------------------------------
GSI = {"IndexName": "by_g", "KeySchema": ks(("g", "HASH")), "Projection": {"ProjectionType": "ALL"}}
LSI = {
    "IndexName": "by_l",
    "KeySchema": ks(("pk", "HASH"), ("g", "RANGE")),
    "Projection": {"ProjectionType": "ALL"},
}


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            {"GlobalSecondaryIndexes": [{**GSI, "KeySchema": ks(("nope", "HASH"))}]},
            "table 'things', index 'by_g': key attribute 'nope' needs an AttributeDefinitions "
            "entry with AttributeType 'S', 'N' or 'B'; add {'AttributeName': 'nope', "
            "'AttributeType': 'S'} (or 'N', 'B')",
        ),
        (
            {"GlobalSecondaryIndexes": [{**GSI, "Projection": {"ProjectionType": "SOME"}}]},
            "table 'things', index 'by_g': ProjectionType 'SOME' is not one DynamoDB knows; use "
            "'ALL', 'KEYS_ONLY' or 'INCLUDE'",
        ),
        (
            {
                "GlobalSecondaryIndexes": [
                    {**GSI, "Projection": {"ProjectionType": "ALL", "NonKeyAttributes": ["x"]}}
                ]
            },
            "table 'things', index 'by_g': NonKeyAttributes are only for ProjectionType "
            "'INCLUDE', not 'ALL'; remove them or use 'INCLUDE'",
        ),
        (
            {"GlobalSecondaryIndexes": [{**GSI, "Projection": {"ProjectionType": "INCLUDE"}}]},
            "table 'things', index 'by_g': ProjectionType 'INCLUDE' needs NonKeyAttributes, a "
            "non-empty list of attribute names, not None",
        ),
        (
            {
                "GlobalSecondaryIndexes": [GSI],
                "LocalSecondaryIndexes": [{**LSI, "IndexName": "by_g"}],
            },
            "table 'things', index 'by_g': two indexes have this name; give each index (global "
            "or local) its own IndexName",
        ),
        (
            {"LocalSecondaryIndexes": [{**LSI, "KeySchema": ks(("g", "HASH"), ("sk", "RANGE"))}]},
            "table 'things', index 'by_l': a local secondary index has the table's partition "
            "key, 'pk', as its HASH key, not 'g'; use a global secondary index for another "
            "partition key",
        ),
        (
            {"LocalSecondaryIndexes": [{**LSI, "KeySchema": ks(("pk", "HASH"))}]},
            "table 'things', index 'by_l': a local secondary index needs a RANGE key (its sort "
            "key); add one to its KeySchema",
        ),
        (
            {"GlobalSecondaryIndexes": [{**GSI, "IndexName": "x"}]},
            "table 'things': IndexName 'x' is not one DynamoDB accepts: use 3 to 255 characters "
            "from a-z, A-Z, 0-9, '_', '-' and '.'",
        ),
        (
            {
                "GlobalSecondaryIndexes": [
                    {**GSI, "KeySchema": ks(*[(n, "HASH") for n in ("g", "sk", "pk", "h", "i")])}
                ]
            },
            "table 'things', index 'by_g': KeySchema [{'AttributeName': 'g', 'KeyType': 'HASH'}, "
            "{'AttributeName': 'sk', 'KeyType': 'HASH'}, {'AttributeName': 'pk', 'KeyType': "
            "'HASH'}, {'AttributeName': 'h', 'KeyType': 'HASH'}, {'AttributeName': 'i', "
            "'KeyType': 'HASH'}] must have up to 4 HASH elements then up to 4 RANGE elements",
        ),
        (
            {"GlobalSecondaryIndexes": GSI},
            "table 'things': GlobalSecondaryIndexes {'IndexName': 'by_g', 'KeySchema': "
            "[{'AttributeName': 'g', 'KeyType': 'HASH'}], 'Projection': {'ProjectionType': "
            "'ALL'}} must be a list of mappings, each with an IndexName, KeySchema and "
            "Projection, as boto3's create_table takes them",
        ),
        (
            {"GlobalSecondaryIndexes": [{**GSI, "IndexName": f"by_g{n}"} for n in range(21)]},
            "table 'things': 21 GlobalSecondaryIndexes; DynamoDB allows at most 20: declare fewer",
        ),
        (
            {"LocalSecondaryIndexes": [{**LSI, "ProvisionedThroughput": {}}]},
            "table 'things', index 'by_l': LocalSecondaryIndexes entry keys "
            "['ProvisionedThroughput'] are not understood; accepted: IndexName, KeySchema, "
            "Projection",
        ),
        (
            {"GlobalSecondaryIndexes": [{**GSI, "KeySchema": []}]},
            "table 'things', index 'by_g': KeySchema [] must be a list of {'AttributeName': "
            "..., 'KeyType': 'HASH' | 'RANGE'} with up to 4 HASH elements then up to 4 RANGE "
            "elements",
        ),
        (
            {"GlobalSecondaryIndexes": [{**GSI, "KeySchema": ks(("g", "SORT"))}]},
            "table 'things', index 'by_g': KeySchema [{'AttributeName': 'g', 'KeyType': "
            "'SORT'}] must have up to 4 HASH elements then up to 4 RANGE elements, each "
            "{'AttributeName': ..., 'KeyType': 'HASH' | 'RANGE'}",
        ),
        (
            {"GlobalSecondaryIndexes": [{**GSI, "KeySchema": ks(("g", "HASH"), ("g", "RANGE"))}]},
            "table 'things', index 'by_g': attribute 'g' appears twice in KeySchema; each key"
            " attribute is named once",
        ),
        (
            {"GlobalSecondaryIndexes": [{**GSI, "Projection": "ALL"}]},
            "table 'things', index 'by_g': Projection 'ALL' must be a mapping such as "
            "{'ProjectionType': 'ALL'}, {'ProjectionType': 'KEYS_ONLY'} or {'ProjectionType':"
            " 'INCLUDE', 'NonKeyAttributes': ['name']}",
        ),
        (
            {
                "GlobalSecondaryIndexes": [
                    {
                        **GSI,
                        "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["x", "x"]},
                    }
                ]
            },
            "table 'things', index 'by_g': NonKeyAttributes ['x', 'x'] names an attribute twice",
        ),
        (
            {
                "GlobalSecondaryIndexes": [
                    {
                        **GSI,
                        "Projection": {
                            "ProjectionType": "INCLUDE",
                            "NonKeyAttributes": [f"a{n}" for n in range(101)],
                        },
                    }
                ]
            },
            "table 'things': 101 NonKeyAttributes over its indexes ('by_g': 101); DynamoDB "
            "allows at most 100, summed over all the indexes of a table: project fewer",
        ),
        (
            {
                "GlobalSecondaryIndexes": [
                    {
                        **GSI,
                        "IndexName": name,
                        "Projection": {
                            "ProjectionType": "INCLUDE",
                            "NonKeyAttributes": [f"a{n}" for n in range(size)],
                        },
                    }
                    for name, size in (("by_g", 60), ("by_h", 41))
                ]
            },
            "table 'things': 101 NonKeyAttributes over its indexes ('by_g': 60, 'by_h': 41); "
            "DynamoDB allows at most 100, summed over all the indexes of a table: project fewer",
        ),
    ],
    ids=[
        "undefined-attribute",
        "bad-projection",
        "non-key-without-include",
        "include-without-non-key",
        "duplicate-name",
        "lsi-hash",
        "lsi-no-range",
        "bad-name",
        "five-hash",
        "not-a-list",
        "21-gsis",
        "lsi-throughput",
        "empty-key-schema",
        "bad-key-type",
        "attribute-twice",
        "projection-not-a-mapping",
        "non-key-twice",
        "101-non-key",
        "101-non-key-over-two-indexes",
    ],
)
def test_bad_index_declarations(arguments: dict[str, Any], message: str) -> None:
    fake = DynaFake()
    with pytest.raises(DynaFakeError) as raised:
        fake.create_table(
            TableName="things",
            KeySchema=ks(("pk", "HASH"), ("sk", "RANGE")),
            AttributeDefinitions=ad(("pk", "S"), ("sk", "S"), ("g", "S"), ("h", "S"), ("i", "S")),
            **arguments,
        )
    assert str(raised.value) == message


@pytest.mark.parametrize(
    ("indexes", "message"),
    [
        (
            {"by_g": ("g", "h", "i")},
            "table 'things', index 'by_g': ('g', 'h', 'i') is not an index spec; give its "
            "partition key ('status' or ('status', 'S')), a (partition key, sort key) pair, or "
            "a mapping with 'partition_key', 'sort_key', 'projection' and 'local'",
        ),
        (
            {"by_g": {"partition_key": ("pk", "N")}},
            "table 'things', index 'by_g', attribute 'pk': declared N here and S elsewhere on "
            "the table; an attribute has one type",
        ),
        (
            {"by_g": {"sort_key": "g"}},
            "table 'things', index 'by_g': a global index needs a 'partition_key'; give one, or "
            "'local': True for a local index on the table's partition key",
        ),
        (
            {"by_g": {"partition_key": "g", "projection": "SOME"}},
            "table 'things', index 'by_g': projection 'SOME' is not one; give 'ALL', "
            "'KEYS_ONLY' or a list of the non-key attributes to include",
        ),
        (
            {"by_g": {"partition_key": "g", "kind": "GSI"}},
            "table 'things', index 'by_g': keys ['kind'] are not understood; give "
            "'partition_key', 'sort_key', 'projection' and 'local'",
        ),
        (
            ["by_g"],
            "table 'things': indexes= is a mapping of index names to specs, such as "
            "{'by_status': ('status', ('created_at', 'N'))}, not list",
        ),
        (
            {"by_g": {"sort_key": "g", "local": "yes"}},
            "table 'things', index 'by_g': 'local' is True or False, not 'yes'",
        ),
        (
            {"by_g": {"partition_key": "g", "sort_key": "h", "local": True}},
            "table 'things', index 'by_g': a local secondary index has the table's partition "
            "key, 'pk', as its HASH key, not 'g'; use a global secondary index for another "
            "partition key",
        ),
        (
            {"by_g": {"partition_key": 5}},
            "table 'things', index 'by_g': partition_key 5 is not a key; give the attribute "
            "name, or a (name, type) pair with type 'S', 'N' or 'B' (a list of them for a "
            "multi-attribute key)",
        ),
        (
            {"by_g": {"partition_key": ["g", 5]}},
            "table 'things', index 'by_g': partition_key 5 is not a key; give the attribute "
            "name, or a (name, type) pair with type 'S', 'N' or 'B' (a list of them for a "
            "multi-attribute key)",
        ),
    ],
    ids=[
        "three",
        "type-clash",
        "gsi-without-partition",
        "projection",
        "unknown-key",
        "list",
        "local-not-a-bool",
        "local-other-partition",
        "key-not-a-key",
        "key-list-not-keys",
    ],
)
def test_bad_short_forms(indexes: Any, message: str) -> None:
    with pytest.raises(DynaFakeError) as raised:
        DynaFake().table("things", "pk", "sk", indexes=indexes)
    assert str(raised.value) == message


def test_a_local_index_needs_a_table_with_a_sort_key() -> None:
    with pytest.raises(DynaFakeError) as raised:
        DynaFake().create_table(
            TableName="things",
            KeySchema=ks(("pk", "HASH")),
            AttributeDefinitions=ad(("pk", "S"), ("g", "S")),
            LocalSecondaryIndexes=[LSI],
        )
    assert str(raised.value) == (
        "table 'things', index 'by_l': a local secondary index needs a table with a sort key; "
        "declare the table's sort key or make the index global (GlobalSecondaryIndexes)"
    )


def test_seeding_refuses_an_index_key_of_another_type() -> None:
    fake = DynaFake()
    table = fake.table("things", "pk", indexes={"by_n": ("n", "N")})
    with pytest.raises(DynaFakeError) as raised:
        table.put_items([{"pk": "a", "n": 1}, {"pk": "b", "n": "1"}])
    assert str(raised.value) == (
        "table 'things', item 1, attribute 'n': index 'by_n' has it as a N key but the item has "
        "S '1', which DynamoDB refuses; change the value, or leave the attribute out to keep "
        "the item out of the index"
    )
    with pytest.raises(DynaFakeError) as raised:
        fake.table("more", "pk", indexes={"by_s": "s"}).put_items([{"pk": "a", "s": ""}])
    assert str(raised.value) == (
        "table 'more', item 0, attribute 's': an index key attribute (index 'by_s') cannot be "
        "an empty string; DynamoDB refuses it: leave the attribute out to keep the item out of "
        "the index"
    )
    assert len(table) == 0


# -- reads through an index -------------------------------------------------------------------
def test_a_gsi_query_reads_in_index_order(dynafake: DynaFake) -> None:
    orders_table(dynafake).put_items(
        [*ORDERS, {"customer": "c0", "order_id": 9, "status": "open", "placed": 30}]
    )
    by_status = index(dynafake, "orders", "by_status")
    entries = list(by_status.query(("open",)))
    assert [(e.key, e.index_key) for e in entries] == [
        (("c1", "2"), ("open", "10")),
        # placed 30 twice: DynamoDB Local's order, by a hash of the table key
        # (tests/conformance/test_indexes.py compares it with DynamoDB Local's)
        (("c0", "9"), ("open", "30")),
        (("c1", "1"), ("open", "30")),
    ]
    assert by_status.last_key(entries[1]) == {
        "status": {"S": "open"},
        "placed": {"N": "30"},
        "customer": {"S": "c0"},
        "order_id": {"N": "9"},
    }
    start = by_status.start_key(by_status.last_key(entries[1]))
    assert [e.key for e in by_status.query(("open",), start_after=start)] == [("c1", "1")]
    backwards = by_status.query(("open",), forward=False, start_after=start)
    assert [e.key for e in backwards] == [("c1", "2")]
    above = by_status.query(("open",), SortCondition((), ">", ("10",)))
    assert [e.key for e in above] == [("c0", "9"), ("c1", "1")]


@pytest.mark.parametrize(
    "start_key",
    [
        ["open", 30],
        {"customer": {"S": "c0"}, "order_id": {"N": "9"}, "status": {"S": "open"}},
        {"customer": {"S": "c0"}, "order_id": {"N": "9"}, "status": {"S": "open"}, "placed": 30},
        {
            "customer": {"S": "c0"},
            "order_id": {"N": "9"},
            "status": {"S": "open"},
            "placed": {"S": "30"},
        },
    ],
    ids=["not-a-map", "index-key-missing", "index-key-not-a-value", "index-key-of-another-type"],
)
def test_an_index_refuses_a_start_key_that_does_not_fit_its_schema(
    dynafake: DynaFake, start_key: Any
) -> None:
    """The store's own check (the operations check first, for their exact messages)."""
    orders_table(dynafake).put_items(ORDERS)
    with pytest.raises(AwsError) as raised:
        index(dynafake, "orders", "by_status").start_key(start_key)
    assert (raised.value.code, raised.value.message) == (
        "ValidationException",
        "The provided key element does not match the schema",
    )


@pytest.mark.parametrize(
    ("name", "condition", "order"),
    [
        # Measured on DynamoDB Local 3.3.1 (the same items, KEYS_ONLY GSIs): equal index keys
        # go by the hash of the table key; by the hash of the table's sort key when the table's
        # partition key is one of the index's key attributes.
        ("g_only", "g = :v", ["4", "0", "6", "2", "8"]),
        ("pk_only", "pk = :v", ["2", "8", "0", "6", "4"]),
        ("g_pk", "g = :v", ["2", "8", "0", "6", "4"]),
    ],
)
def test_equal_index_keys_are_read_in_dynamodb_locals_order(
    dynafake: DynaFake, client: Any, name: str, condition: str, order: list[str]
) -> None:
    projection = {"ProjectionType": "KEYS_ONLY"}
    dynafake.create_table(
        TableName="ties",
        KeySchema=ks(("pk", "HASH"), ("sk", "RANGE")),
        AttributeDefinitions=ad(("pk", "S"), ("sk", "N"), ("g", "S")),
        GlobalSecondaryIndexes=[
            {"IndexName": "g_only", "KeySchema": ks(("g", "HASH")), "Projection": projection},
            {"IndexName": "pk_only", "KeySchema": ks(("pk", "HASH")), "Projection": projection},
            {
                "IndexName": "g_pk",
                "KeySchema": ks(("g", "HASH"), ("pk", "RANGE")),
                "Projection": projection,
            },
        ],
    ).put_items([{"pk": "p", "sk": sk, "g": "G"} for sk in range(0, 10, 2)])
    value = {":v": {"S": "p" if name == "pk_only" else "G"}}
    for forward, expected in ((True, order), (False, order[::-1])):
        answer = client.query(
            TableName="ties",
            IndexName=name,
            KeyConditionExpression=condition,
            ExpressionAttributeValues=value,
            ScanIndexForward=forward,
        )
        indexed = {} if name == "pk_only" else {"g": {"S": "G"}}  # KEYS_ONLY
        assert answer["Items"] == [
            {"pk": {"S": "p"}, "sk": {"N": sk}, **indexed} for sk in expected
        ]


def test_projections(dynafake: DynaFake) -> None:
    orders_table(dynafake).put_items(ORDERS)
    table: Table = dynafake._tables.view["orders"]
    stored = table.items[("c1", "1")]
    assert index(dynafake, "orders", "by_status").project(stored) == {
        "customer": {"S": "c1"},
        "order_id": {"N": "1"},
        "status": {"S": "open"},
        "placed": {"N": "30"},
    }
    assert index(dynafake, "orders", "status_only").project(stored) == {
        "customer": {"S": "c1"},
        "order_id": {"N": "1"},
        "status": {"S": "open"},
        "total": {"N": "5"},
    }
    assert index(dynafake, "orders", "by_placed").project(stored) == stored.wire
    assert table.project(stored) == stored.wire


def test_an_lsi_orders_a_partition_by_its_sort_key(dynafake: DynaFake) -> None:
    orders_table(dynafake).put_items(ORDERS)
    by_placed = index(dynafake, "orders", "by_placed")
    assert [e.key for e in by_placed.query(("c1",))] == [("c1", "2"), ("c1", "1")]
    assert [e.key for e in by_placed.query(("c3",))] == []  # no 'placed': not in the index


def test_multi_attribute_gsi_keys(dynafake: DynaFake) -> None:
    dynafake.table(
        "things",
        "pk",
        indexes={"mix": {"partition_key": ["a", ("b", "N")], "sort_key": ["c", ("d", "N")]}},
        items=[
            {"pk": f"p{i}", "a": "A", "b": 1, "c": "C" if i % 2 else "D", "d": -i} for i in range(6)
        ]
        + [{"pk": "sparse", "a": "A", "b": 1, "c": "C"}, {"pk": "other", "a": "A", "b": 2}],
    )
    mix = index(dynafake, "things", "mix")
    # DynamoDB Local's order for the same items: by c, then by d.
    assert [e.key for e in mix.query(("A", "1"))] == [
        ("p5",),
        ("p3",),
        ("p1",),
        ("p4",),
        ("p2",),
        ("p0",),
    ]
    only_c = mix.query(("A", "1"), SortCondition(("D",)))
    assert [e.key for e in only_c] == [("p4",), ("p2",), ("p0",)]
    c_and_d = mix.query(("A", "1"), SortCondition(("C",), "<=", ("-3",)))
    assert [e.key for e in c_and_d] == [("p5",), ("p3",)]
    assert mix.item_count() == 6
    first = next(mix.query(("A", "1")))
    assert mix.last_key(first) == {
        "a": {"S": "A"},
        "b": {"N": "1"},
        "c": {"S": "C"},
        "d": {"N": "-5"},
        "pk": {"S": "p5"},
    }


def test_an_index_scan_covers_every_indexed_item_once_per_segments(dynafake: DynaFake) -> None:
    dynafake.table(
        "things",
        "pk",
        indexes={"by_g": ("g", ("n", "N"))},
        items=[{"pk": f"p{i}", "g": f"g{i % 9}", "n": i} for i in range(90)] + [{"pk": "out"}],
    )
    by_g = index(dynafake, "things", "by_g")
    whole = [e.key for e in by_g.scan()]
    assert sorted(whole) == sorted((f"p{i}",) for i in range(90))
    parts = [[e.key for e in by_g.scan(s, 4)] for s in range(4)]
    assert sorted(k for part in parts for k in part) == sorted(whole)
    entries = list(by_g.scan())
    start = by_g.start_key(by_g.last_key(entries[41]))
    assert [e.key for e in by_g.scan(start_after=start)] == whole[42:]


def test_an_index_follows_later_seeds_and_layers_keep_their_base(dynafake: DynaFake) -> None:
    base = DynaFake()
    base.table("things", "pk", indexes={"by_g": "g"}, items=[{"pk": "a", "g": "x"}])
    assert [e.key for e in index(base, "things", "by_g").query(("x",))] == [("a",)]
    layer = base.layer()
    layer.tables["things"].put_items([{"pk": "b", "g": "x"}, {"pk": "a", "g": "y"}])
    assert [e.key for e in index(layer, "things", "by_g").query(("x",))] == [("b",)]
    assert [e.key for e in index(layer, "things", "by_g").query(("y",))] == [("a",)]
    assert [e.key for e in index(base, "things", "by_g").query(("x",))] == [("a",)]
    assert index(base, "things", "by_g").item_count() == 1


def test_an_index_follows_an_item_whose_index_key_changed(dynafake: DynaFake) -> None:
    table = dynafake.table("things", "pk", indexes={"by_g": "g"}, items=[{"pk": "a", "g": "x"}])
    by_g = index(dynafake, "things", "by_g")
    assert by_g.item_count() == 1  # built, not yet read in order
    table.put_items([{"pk": "a", "g": "y"}, {"pk": "b", "g": "x"}])
    assert [e.key for e in by_g.scan()] == [("b",), ("a",)]  # x's partition, then y's (by hash)
    table.put_items([{"pk": "a"}, {"pk": "b", "g": "z"}])  # out of the index; x emptied
    assert [e.key for e in by_g.query(("x",))] == []
    assert [e.key for e in by_g.query(("y",))] == []
    assert [(e.key, e.index_key) for e in by_g.scan()] == [(("b",), ("z",))]
    assert by_g.item_count() == 1


def test_seed_file_items_are_read_on_the_first_index_read(tmp_path: Path) -> None:
    document = tmp_path / "things.json"
    items = [{"pk": {"S": f"p{i}"}, "g": {"S": "G"}, "n": {"N": str(i)}} for i in range(5)]
    document.write_text(
        json.dumps(
            {
                "tables": {
                    "things": {
                        "partition_key": "pk",
                        "indexes": {"by_g": ("g", ("n", "N"))},
                        "format": "dynamodb",
                        "items": items,
                    }
                }
            }
        )
    )
    fake = DynaFake(files=[document])
    table: Table = fake._tables.view["things"]
    assert all(type(stored).__name__ == "LazyItem" for stored in table.items.values())
    by_g = index(fake, "things", "by_g")
    assert not by_g.built
    found = by_g.query(("G",), SortCondition((), ">=", ("3",)))
    assert [e.key for e in found] == [("p3",), ("p4",)]
    assert by_g.built


def test_numbers_in_index_keys_are_canonical(dynafake: DynaFake) -> None:
    dynafake.table("things", "pk", indexes={"by_n": ("n", "N")}, items=[])
    table = dynafake.tables["things"]
    table.put_items([{"pk": "a", "n": Decimal("1.50")}])
    by_n = index(dynafake, "things", "by_n")
    assert [e.key for e in by_n.query(("1.5",))] == [("a",)]


def test_a_layer_builds_its_index_from_its_base_plus_its_own_seeds() -> None:
    """A test seeding a shared table copies it; its first index read builds the index on the
    shared table (once for every test) and adds the test's own items, so a Query after a
    seed does not rebuild the index from every item of a large shared table."""
    base = DynaFake()
    base.table(
        "things",
        ("pk", "S"),
        ("sk", "N"),
        indexes={"by_g": ("g", ("n", "N"))},
        items=[{"pk": "a", "sk": 1, "g": "x", "n": 5}, {"pk": "b", "sk": 1, "g": "x", "n": 1}],
    )
    shared = index(base, "things", "by_g")
    for replacement in ({"pk": "a", "sk": 1, "g": "x", "n": 0}, {"pk": "a", "sk": 1}):
        layer = base.layer()
        layer.tables["things"].put_items([replacement, {"pk": "c", "sk": 2, "g": "x", "n": 3}])
        # Not built on the first copy; the second copies the shared table's, built by then.
        assert index(layer, "things", "by_g").built is shared.built
        found = [e.key for e in index(layer, "things", "by_g").query(("x",))]
        assert shared.built  # built once, on the shared table
        expected = [("b", "1"), ("c", "2")]
        assert found == ([("a", "1"), *expected] if "g" in replacement else expected)
        assert [e.key for e in store_table(layer).query(("c",))] == [("c", "2")]
    assert [e.key for e in shared.query(("x",))] == [("b", "1"), ("a", "1")]
    assert [e.key for e in store_table(base).query(("c",))] == []


def test_a_copy_of_a_table_changed_since_builds_its_own_index() -> None:
    base = DynaFake()
    base.table("things", "pk", indexes={"by_g": "g"}, items=[{"pk": "a", "g": "x"}])
    layer = base.layer()
    layer.tables["things"].put_items([{"pk": "b", "g": "x"}])
    base.tables["things"].put_items([{"pk": "c", "g": "x"}])  # after the copy: not the layer's
    assert sorted(e.key for e in index(layer, "things", "by_g").query(("x",))) == [("a",), ("b",)]
    assert sorted(e.key for e in store_table(layer).scan()) == [("a",), ("b",)]


def store_table(fake: DynaFake) -> Table:
    return fake._tables.view["things"]


def test_the_marker_declares_indexes(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import boto3
        import pytest

        @pytest.mark.dynafake(tables={"orders": {
            "partition_key": "customer",
            "sort_key": ("order_id", "N"),
            "indexes": {"by_status": ("status", ("placed", "N")), "ids": "status"},
            "items": [{"customer": "c1", "order_id": 1, "status": "open", "placed": 3}],
        }})
        def test_described():
            table = boto3.client("dynamodb").describe_table(TableName="orders")["Table"]
            assert [(i["IndexName"], i["ItemCount"]) for i in table["GlobalSecondaryIndexes"]] == [
                ("by_status", 1), ("ids", 1)]
        """
    )
    pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=1)
