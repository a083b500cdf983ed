"""Seed files: table documents (JSON, YAML), scan output, S3 exports; and their errors."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from pytest_dynafake import DynaFake, DynaFakeError

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


def test_bad_items_name_the_file_table_item_and_attribute(tmp_path: Path) -> None:
    path = tmp_path / "scan.json"
    path.write_text(
        '{"Items": [{"user_id": {"S": "a"}}, {"user_id": {"S": "b"}, "n": {"N": "x"}}]}'
    )
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
