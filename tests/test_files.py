"""Seed files: table documents (JSON, YAML), scan output, S3 exports; and their errors."""

from __future__ import annotations

import base64
import gzip
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from pytest_dynafake import DynaFake, DynaFakeError
from pytest_dynafake._bulk import LAZY_HINT

DATA = Path(__file__).parent / "data"


def items(fake: DynaFake, table: str) -> list[dict[str, Any]]:
    return [stored.wire for stored in fake._tables.view[table].items.values()]


def test_json_table_document() -> None:
    fake = DynaFake(files=[DATA / "catalog.json"])
    assert sorted(fake.tables) == ["orders", "users"]
    assert fake.tables["orders"].key_schema == (("customer", "S"), ("order_id", "N"))
    assert items(fake, "orders") == [
        {"customer": {"S": "c1"}, "order_id": {"N": "1"}, "total": {"N": "9.5"}}
    ]
    assert len(fake.tables["users"]) == 2


def test_yaml_document_of_create_table_arguments(client: Any, dynafake: DynaFake) -> None:
    dynafake.load(DATA / "catalog.yaml")
    assert client.get_item(TableName="users", Key={"user_id": {"S": "u1"}})["Item"] == {
        "user_id": {"S": "u1"},
        "name": {"S": "Ada"},
        "tags": {"L": [{"S": "a"}, {"S": "b"}]},
    }


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("users-scan.json", ["s1", "s2"]),
        ("users-export.json", ["e1", "e2"]),
        ("users-export.json.gz", ["e1", "e2"]),
    ],
)
def test_scan_output_and_s3_exports_fill_a_declared_table(name: str, expected: list[str]) -> None:
    fake = DynaFake()
    fake.table("users", "user_id")
    fake.load(DATA / name, table="users")
    assert sorted(i["user_id"]["S"] for i in items(fake, "users")) == expected


def error(path: Path, table: str | None = None, *, declare: bool = True) -> str:
    fake = DynaFake()
    if declare:
        fake.table("users", "user_id")
    with pytest.raises(DynaFakeError) as raised:
        fake.load(path, table=table)
    return str(raised.value)


def test_file_errors_name_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.json"
    assert error(missing) == f"seed file {str(missing)!r} does not exist"
    broken = tmp_path / "broken.json"
    broken.write_text('{"tables": {"users": [}}')
    assert error(broken) == (
        f"seed file {str(broken)!r} is not valid JSON: Expecting value at line 1, column 23"
    )
    other = tmp_path / "other.json"
    other.write_text('{"rows": []}')
    assert error(other) == (
        f"seed file {str(other)!r} holds neither a table document ({{'tables': {{...}}}} or "
        "{'tables': [create_table arguments...]}), nor `aws dynamodb scan` output "
        "({'Items': [...]}), nor an S3 export (one {'Item': {...}} a line)"
    )


def test_scan_output_needs_a_declared_table() -> None:
    path = DATA / "users-scan.json"
    assert error(path) == (
        f"seed file {str(path)!r}: it is `aws dynamodb scan` output, which does not say which "
        "table it fills: declare the table, then load(path, table='name')"
    )
    assert error(path, "nope") == (
        f"seed file {str(path)!r}: it is `aws dynamodb scan` output, which does not say which "
        "table it fills: declare the table, then load(path, table='name') (table 'nope' is not "
        "declared)"
    )
    document = DATA / "catalog.json"
    assert error(document, "users", declare=False) == (
        f"seed file {str(document)!r}: a table document declares its own tables; table= is for "
        "`aws dynamodb scan` output and S3 exports"
    )


BAD_NUMBER = '{"Items": [{"user_id": {"S": "a"}}, {"user_id": {"S": "b"}, "n": {"N": "x"}}]}'


def test_bad_items_name_the_file_table_item_and_attribute(tmp_path: Path) -> None:
    path = tmp_path / "scan.json"
    path.write_text(BAD_NUMBER)
    fake = DynaFake()
    fake.table("users", "user_id")
    with pytest.raises(DynaFakeError) as raised:
        fake.load(path, table="users", check="all")
    assert str(raised.value) == (
        f"seed file {str(path)!r}: table 'users', item 1, attribute 'n': {{'N': 'x'}} is not "
        "DynamoDB JSON (bad number: not-a-number); give one type and its value, e.g. "
        "{'S': 'text'} or {'N': '42'}, or seed plain values with format='python'"
    )
    assert len(fake.tables["users"]) == 0


def test_a_bad_attribute_is_reported_when_its_item_is_first_read(
    tmp_path: Path, dynafake: DynaFake, client: Any
) -> None:
    path = tmp_path / "scan.json"
    path.write_text(BAD_NUMBER)
    dynafake.table("users", "user_id")
    dynafake.load(path, table="users")  # keys are checked now, the rest when read
    assert client.get_item(TableName="users", Key={"user_id": {"S": "a"}})["Item"] == {
        "user_id": {"S": "a"}
    }
    expected = (
        f"seed file {str(path)!r}: table 'users', item 1, attribute 'n': {{'N': 'x'}} is not "
        "DynamoDB JSON (bad number: not-a-number); give one type and its value, e.g. "
        "{'S': 'text'} or {'N': '42'}, or seed plain values with format='python' (a seed "
        "file's keys are checked when it is loaded, the rest of an item when a request first "
        "reads it; load(..., check='all') checks every item at load)"
    )
    for _ in range(2):  # every read of the item says so, not only the first
        with pytest.raises(DynaFakeError) as raised:
            client.batch_get_item(RequestItems={"users": {"Keys": [{"user_id": {"S": "b"}}]}})
        assert str(raised.value) == expected


def test_an_unknown_check_is_refused() -> None:
    fake = DynaFake()
    fake.table("users", "user_id")
    with pytest.raises(DynaFakeError) as raised:
        fake.load(DATA / "users-scan.json", table="users", check="lazy")  # type: ignore[arg-type]
    assert str(raised.value) == (
        "check='lazy' is not known; use 'keys' (keys at load, the rest of an item when first "
        "read: fast for large files) or 'all' (every item at load)"
    )


# Not in canonical form, spaced and escaped as files are: the fast path must store exactly what
# the full check stores.
UNUSUAL_ITEMS = [
    {"user_id": {"S": "caf\u00e9"}, "n": {"N": "1.50"}, "big": {"N": "1E+3"}},
    {"user_id": {"S": "x"}, "ns": {"NS": ["2", "01"]}, "b": {"B": "AAE="}, "z": {"NULL": True}},
    {"user_id": {"S": "y"}, "m": {"M": {"a": {"L": [{"N": "-0"}, {"BOOL": False}]}}}},
]


@pytest.mark.parametrize("layout", ["scan", "export", "export-gzip"])
def test_files_store_what_seeding_the_same_items_stores(tmp_path: Path, layout: str) -> None:
    if layout == "scan":
        text = json.dumps({"Items": UNUSUAL_ITEMS, "Count": 3}, indent=2)
    else:
        text = "\n".join(json.dumps({"Item": item}) for item in UNUSUAL_ITEMS) + "\n"
    path = tmp_path / "seed.json"
    path.write_bytes(gzip.compress(text.encode()) if layout == "export-gzip" else text.encode())
    loaded, seeded = DynaFake(), DynaFake()
    loaded.table("users", "user_id")
    loaded.load(path, table="users")
    seeded.table("users", "user_id").put_items(
        json.loads(json.dumps(UNUSUAL_ITEMS).replace("\\\\u", "\\u")), format="dynamodb"
    )
    stored = loaded._tables.view["users"].items
    assert {type(v).__name__ for v in stored.values()} == {"LazyItem"}  # the fast path took them
    assert not any(hasattr(v, "missing") for v in stored.values())  # only json/wire are lazy
    assert stored.keys() == seeded._tables.view["users"].items.keys()
    assert {k: (v.json, v.wire, v.size) for k, v in stored.items()} == {
        k: (v.json, v.wire, v.size) for k, v in seeded._tables.view["users"].items.items()
    }


KEYED_ITEMS = [
    ((("id", "N"),), [{"id": {"N": "01.50"}, "x": {"S": "a"}}, {"id": {"N": "-2E+2"}}]),
    ((("blob", "B"),), [{"blob": {"B": "AAE="}}, {"blob": {"B": "/w=="}, "n": {"N": "3"}}]),
    (
        (("pk", "S"), ("sk", "N")),
        [{"pk": {"S": "a"}, "sk": {"N": "1.0"}}, {"sk": {"N": "2"}, "pk": {"S": "a"}}],
    ),
    ((("user-id", "S"), ("sort key #", "S")), [{"user-id": {"S": "a"}, "sort key #": {"S": "b"}}]),
    ((("k0", "S"),), [{"k0": {"S": "a"}, "k1": {"S": "b"}}]),
]


def test_export_with_blank_lines_and_a_single_item_export(tmp_path: Path) -> None:
    """Blank lines and single-item exports the fast path does not split take the standard
    library's path, with the same result."""
    path = tmp_path / "export.json"
    path.write_text(
        '\n{"Item": {"user_id": {"S": "a"}}}\n\n  \n{"Item": {"user_id": {"S": "b"}}}\n'
    )
    fake = DynaFake(tables={"users": {"partition_key": "user_id"}})
    fake.load(path, table="users")
    assert sorted(i["user_id"]["S"] for i in items(fake, "users")) == ["a", "b"]
    path.write_text('{"Item": {"user_id": {"S": "caf\\udce9"}}}')  # msgspec refuses lone surrogates
    assert error(path, "users") == (
        f"seed file {str(path)!r}: table 'users', item 0, attribute 'user_id': a string holds "
        "the lone surrogate '\\udce9', which UTF-8 cannot encode and DynamoDB cannot store; "
        "fix the text (bytes decoded with errors='surrogateescape' leave these)"
    )


@pytest.mark.parametrize(("schema", "rows"), KEYED_ITEMS)
def test_every_key_schema_loads_through_the_fast_path(
    tmp_path: Path, schema: tuple[tuple[str, str], ...], rows: list[dict[str, Any]]
) -> None:
    path = tmp_path / "scan.json"
    path.write_text(json.dumps({"Items": rows}))
    loaded, seeded = DynaFake(), DynaFake()
    loaded.table("t_1", *schema)
    loaded.load(path, table="t_1")
    seeded.table("t_1", *schema, items=rows, format="dynamodb")
    stored = loaded._tables.view["t_1"].items
    assert {type(v).__name__ for v in stored.values()} == {"LazyItem"}
    assert {k: v.json for k, v in stored.items()} == {
        k: v.json for k, v in seeded._tables.view["t_1"].items.items()
    }


def test_keys_equal_once_canonical_are_duplicates(tmp_path: Path) -> None:
    path = tmp_path / "scan.json"
    path.write_text(json.dumps({"Items": [{"id": {"N": "1.5"}}, {"id": {"N": "1.50"}}]}))
    fake = DynaFake()
    fake.table("numbers", ("id", "N"))
    with pytest.raises(DynaFakeError) as raised:
        fake.load(path, table="numbers")
    assert str(raised.value) == (
        f"seed file {str(path)!r}: table 'numbers', item 1: duplicate primary key "
        "{'id': {'N': '1.5'}}; item 0 has the same key and DynamoDB keeps one item per key"
    )


@pytest.mark.parametrize(
    ("items", "message"),
    [
        (
            [{"user_id": {"S": "a"}}, {"user_id": {"S": "a"}, "n": {"N": "1"}}],
            "table 'users', item 1: duplicate primary key {'user_id': {'S': 'a'}}; item 0 has "
            "the same key and DynamoDB keeps one item per key",
        ),
        (
            [{"user_id": {"S": "a"}}, {"name": {"S": "b"}}],
            "table 'users', item 1: key attribute 'user_id' is missing; every item needs "
            "'user_id' (S)",
        ),
        (
            [{"user_id": {"N": "1"}}],
            "table 'users', item 0, attribute 'user_id': the key is declared S but the item has "
            "N '1'; change the value or the key type",
        ),
        (
            [{"user_id": {"S": ""}}],
            "table 'users', item 0, attribute 'user_id': a key attribute cannot be an empty "
            "string; DynamoDB refuses it",
        ),
    ],
)
def test_key_errors_in_files_fail_the_load(
    tmp_path: Path, items: list[dict[str, Any]], message: str
) -> None:
    path = tmp_path / "scan.json"
    path.write_text(json.dumps({"Items": items}))
    assert error(path, "users") == f"seed file {str(path)!r}: {message}"


def test_item_size_is_checked_at_load(tmp_path: Path) -> None:
    # Binary is a third longer as base64: 350,009 bytes fit though the text is 466,707 long.
    fits = {"user_id": {"S": "a"}, "b": {"B": base64.b64encode(b"x" * 350_000).decode()}}
    too_big = {"user_id": {"S": "b"}, "s": {"S": "x" * 409_600}}
    path = tmp_path / "scan.json"
    path.write_text(json.dumps({"Items": [fits]}))
    fake = DynaFake()
    fake.table("users", "user_id")
    fake.load(path, table="users")
    assert fake._tables.view["users"].items[("a",)].size == 350_009
    path.write_text(json.dumps({"Items": [fits, too_big]}))
    assert error(path, "users") == (
        f"seed file {str(path)!r}: table 'users', item 1: the item is 409609 bytes by "
        "DynamoDB's rules, over the 409600-byte (400 KB) limit; make it smaller"
    )
    big_and_bad = {**fits, "user_id": {"S": "c"}, "n": {"N": "x"}}
    path.write_text(json.dumps({"Items": [fits, big_and_bad]}))
    assert error(path, "users") == (
        f"seed file {str(path)!r}: table 'users', item 1, attribute 'n': {{'N': 'x'}} is not "
        "DynamoDB JSON (bad number: not-a-number); give one type and its value, e.g. "
        "{'S': 'text'} or {'N': '42'}, or seed plain values with format='python'"
    )


def test_bad_export_lines(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text('{"Item": {"user_id": {"S": "a"}}}\n{"Row": 1}\n')
    assert error(path, "users") == (
        f"seed file {str(path)!r}, line 2: an S3 export line is {{'Item': {{...}}}} in "
        "DynamoDB JSON"
    )
    path.write_text('{"Item": {"user_id": {"S": "a"}}}\n{"Item": \n')
    assert error(path, "users") == (
        f"seed file {str(path)!r}, line 2: not valid JSON (Expecting value)"
    )


def test_yaml_needs_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "yaml", None)
    path = DATA / "catalog.yaml"
    assert error(path) == (
        f"seed file {str(path)!r} is YAML, which needs PyYAML: pip install 'pytest-dynafake[yaml]'"
    )


def test_a_list_of_tables_needs_table_names(tmp_path: Path) -> None:
    path = tmp_path / "tables.json"
    path.write_text('{"tables": [{"KeySchema": []}]}')
    assert error(path) == (
        f"seed file {str(path)!r}: a list of tables holds create_table arguments with "
        "TableName, KeySchema and AttributeDefinitions; got {'KeySchema': []}"
    )


def export_folder(tmp_path: Path, *files: list[dict[str, Any]]) -> Path:
    """A DynamoDB S3 export as it lands in S3: manifests, then data/<hash>.json.gz files."""
    folder = tmp_path / "AWSDynamoDB" / "01700000000000-abcdef12"
    (folder / "data").mkdir(parents=True)
    (folder / "manifest-summary.json").write_text(json.dumps({"version": "2020-06-30"}))
    (folder / "manifest-files.json").write_text("")
    for number, rows in enumerate(files):
        lines = "".join(json.dumps({"Item": row}) + "\n" for row in rows)
        (folder / "data" / f"part{number}.json.gz").write_bytes(gzip.compress(lines.encode()))
    return folder


def user_row(user_id: str) -> dict[str, Any]:
    return {"user_id": {"S": user_id}, "n": {"N": "1.50"}}


def test_an_s3_export_folder_loads_all_its_data_files(tmp_path: Path, client: Any) -> None:
    folder = export_folder(tmp_path, [user_row("a"), user_row("b")], [user_row("c")])
    for given in (folder, folder / "data"):  # the export's folder, or its data folder
        fake = DynaFake(tables={"users": {"partition_key": "user_id"}})
        fake.load(given, table="users")
        assert sorted(i["user_id"]["S"] for i in items(fake, "users")) == ["a", "b", "c"]
    with fake:
        answer = client.get_item(TableName="users", Key={"user_id": {"S": "c"}})
    assert answer["Item"] == {"user_id": {"S": "c"}, "n": {"N": "1.5"}}


def test_an_s3_export_folder_loads_whole_or_not_at_all(tmp_path: Path) -> None:
    folder = export_folder(tmp_path, [user_row("a")], [user_row("b"), user_row("a")])
    fake = DynaFake(tables={"users": {"partition_key": "user_id"}})
    with pytest.raises(DynaFakeError) as raised:
        fake.load(folder, table="users")
    assert str(raised.value) == (
        f"seed folder {str(folder)!r}: data files 'part0.json.gz' and 'part1.json.gz' both "
        "hold the item with key {'user_id': 'a'}; an export holds one item per key"
    )
    bad = folder / "data" / "part1.json.gz"
    bad.write_bytes(b'{"Item": {"user_id": {"N": "1"}}}\n')
    with pytest.raises(DynaFakeError) as raised:
        fake.load(folder, table="users")
    assert str(raised.value) == (
        f"seed file {str(bad)!r}: table 'users', item 0, attribute 'user_id': the key is "
        "declared S but the item has N '1'; change the value or the key type"
    )
    bad.write_text('{"Items": []}')
    with pytest.raises(DynaFakeError) as raised:
        fake.load(folder, table="users")
    assert str(raised.value) == (
        f"seed file {str(bad)!r} is in S3 export folder {str(folder)!r} but is not an S3 "
        "export data file (one {'Item': {...}} a line)"
    )
    assert len(fake.tables["users"]) == 0


def test_export_folder_errors(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    (empty / "data").mkdir(parents=True)
    assert error(empty, "users") == (
        f"seed folder {str(empty)!r} holds no S3 export data files: give the export's folder "
        "(the one with manifest-summary.json and data/*.json.gz) or its data folder"
    )
    folder = export_folder(tmp_path, [user_row("a")])
    assert error(folder) == (
        f"seed folder {str(folder)!r}: it is an S3 export folder, which does not say which "
        "table it fills: declare the table, then load(path, table='name')"
    )


PLAIN_ITEMS = [
    {"id": 1, "name": "Ada", "age": 36, "admin": True, "boss": None, "tags": ["a", 2, [True]]},
    {"id": -20, "m": {"nested": {"deep": [1, {"x": "y"}]}}, "big": 10**30, "huge": 10**60},
    {"id": 3, "text": "caf\u00e9 \U0001f600", "empty": "", "list": [], "map": {}},
]


@pytest.mark.parametrize("shape", ["table-spec", "create-table"])
def test_json_table_documents_store_what_python_seeds_store(tmp_path: Path, shape: str) -> None:
    if shape == "table-spec":
        tables: Any = {"t_1": {"partition_key": ["id", "N"], "items": PLAIN_ITEMS}}
    else:
        tables = [
            {
                "TableName": "t_1",
                "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],
                "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "N"}],
                "items": PLAIN_ITEMS,
            }
        ]
    path = tmp_path / "doc.json"
    path.write_text(json.dumps({"tables": tables}, indent=1))
    loaded = DynaFake(files=[path])
    seeded = DynaFake()
    seeded.table("t_1", ("id", "N"), items=PLAIN_ITEMS)
    stored = loaded._tables.view["t_1"].items
    assert {type(v).__name__ for v in stored.values()} == {"LazyItem"}
    assert {k: (v.json, v.wire, v.size) for k, v in stored.items()} == {
        k: (v.json, v.wire, v.size) for k, v in seeded._tables.view["t_1"].items.items()
    }


def test_plain_items_can_outgrow_their_json_text(tmp_path: Path) -> None:
    """[1,1,...] is two characters an element but three bytes by DynamoDB's rules: a plain
    item whose text is under 400 KB can still be over the limit, and is refused at load."""
    path = tmp_path / "doc.json"
    rows = [{"id": 1, "l": [1] * 70_000}, {"id": 2, "l": [1] * 140_000}]
    text = json.dumps({"tables": {"t_1": {"partition_key": ["id", "N"], "items": rows}}})
    path.write_text(text.replace(", ", ","))
    assert len(json.dumps(rows[1]).replace(", ", ",")) < 409_600
    with pytest.raises(DynaFakeError) as raised:
        DynaFake(files=[path])
    assert str(raised.value) == (
        f"seed file {str(path)!r}: table 't_1', item 1: the item is 420008 bytes by DynamoDB's "
        "rules, over the 409600-byte (400 KB) limit; make it smaller"
    )
    rows.pop()
    path.write_text(json.dumps({"tables": {"t_1": {"partition_key": ["id", "N"], "items": rows}}}))
    assert DynaFake(files=[path])._tables.view["t_1"].items[("1",)].size == 210_008


def test_a_binary_key_cannot_be_a_plain_json_value(tmp_path: Path) -> None:
    path = tmp_path / "doc.json"
    path.write_text(
        '{"tables": {"t_1": {"partition_key": ["blob", "B"], "items": [{"blob": "x"}]}}}'
    )
    with pytest.raises(DynaFakeError) as raised:
        DynaFake(files=[path])
    assert str(raised.value) == (
        f"seed file {str(path)!r}: table 't_1', item 0, attribute 'blob': the key is declared B "
        "but the item has S 'x'; change the value or the key type"
    )


def test_an_empty_scan_output_loads_nothing(tmp_path: Path) -> None:
    path = tmp_path / "scan.json"
    path.write_text('{"Items": [], "Count": 0, "ScannedCount": 0}')
    fake = DynaFake(tables={"users": {"partition_key": "user_id"}})
    fake.load(path, table="users")
    assert len(fake.tables["users"]) == 0


def test_describe_table_reads_no_unread_item(
    tmp_path: Path, dynafake: DynaFake, client: Any
) -> None:
    """DescribeTable of a lazily loaded file parses nothing: a bad attribute in an item no
    request read does not fail it; TableSizeBytes counts the items read exactly and the
    others by the length of their JSON text in the file."""
    path = tmp_path / "scan.json"
    path.write_text(BAD_NUMBER)
    dynafake.table("users", "user_id")
    dynafake.load(path, table="users")
    assert client.get_item(TableName="users", Key={"user_id": {"S": "a"}})["Item"]
    table = client.describe_table(TableName="users")["Table"]
    unread = len('{"user_id": {"S": "b"}, "n": {"N": "x"}}')
    assert (table["ItemCount"], table["TableSizeBytes"]) == (2, len("user_id") + 1 + unread)
    stored = dynafake._tables.view["users"].items[("b",)]
    with pytest.raises(AttributeError):
        object.__getattribute__(stored, "json")  # never read: still the text in the file


FLOAT_FIX = (
    "float 1.5 is not supported: DynamoDB numbers are exact, and a JSON or YAML file cannot "
    'hold a Decimal; write the number as DynamoDB JSON, {"N": "1.5"}, with "format": '
    '"dynamodb" on the table (its items are then all DynamoDB JSON), or as an integer'
)


def test_a_float_in_a_yaml_document_suggests_dynamodb_json(tmp_path: Path) -> None:
    path = tmp_path / "seed.yaml"
    path.write_text(
        "tables:\n  users:\n    partition_key: user_id\n"
        "    items:\n      - {user_id: u1}\n      - {user_id: u2, score: 1.5}\n"
    )
    with pytest.raises(DynaFakeError) as raised:
        DynaFake(files=[path])
    assert str(raised.value) == (
        f"seed file {str(path)!r}: table 'users', item 1, attribute 'score': {FLOAT_FIX}"
    )


def test_a_float_in_a_json_document_suggests_dynamodb_json_on_first_read(
    tmp_path: Path, dynafake: DynaFake, client: Any
) -> None:
    path = tmp_path / "seed.json"
    path.write_text(
        '{"tables": {"users": {"partition_key": "user_id",'
        ' "items": [{"user_id": "u1", "score": {"nested": [1.5]}}]}}}'
    )
    dynafake.load(path)
    with pytest.raises(DynaFakeError) as raised:
        client.get_item(TableName="users", Key={"user_id": {"S": "u1"}})
    assert str(raised.value) == (
        f"seed file {str(path)!r}: table 'users', item 0, attribute 'score': {FLOAT_FIX}"
        + LAZY_HINT
    )
    with pytest.raises(DynaFakeError) as raised:
        DynaFake().load(path, check="all")
    assert str(raised.value) == (
        f"seed file {str(path)!r}: table 'users', item 0, attribute 'score': {FLOAT_FIX}"
    )
