"""Seed files: table documents in JSON or YAML, `aws dynamodb scan` output, and DynamoDB's S3
export (JSON lines, optionally gzipped).

A *table document* holds tables in the shape ``DynaFake(tables=...)`` takes::

    {"tables": {"users": {"partition_key": ["user_id", "S"], "items": [...]}}}

or a list of boto3 ``create_table`` arguments with their items. Items are plain values unless
the table says ``"format": "dynamodb"``. Scan output and S3 exports are DynamoDB JSON and go
into a table that is already declared (``table=``); their items are split out without being
built (see ``_bulk.py``) when the file is well-formed, and read with the standard library,
whose errors give a line and column, when it is not.
"""

from __future__ import annotations

import gzip
import json
import os
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

import msgspec

from ._bulk import RawItems
from ._errors import DynaFakeError

FileFormat = Literal["tables", "scan", "export"]
Loaded = tuple[FileFormat, Any]


def read(path: Path) -> Loaded:
    """The file's kind and content; ``DynaFakeError`` naming the file if it cannot be used."""
    if not path.is_file():
        raise DynaFakeError(f"seed file {str(path)!r} does not exist")
    name = path.name.lower()
    try:
        if name.endswith((".yaml", ".yml")):
            return _document(path, _yaml(path))
        data = _bytes(path)
        split = _split(path, data)
        if split is not None:
            return split
        text = data.decode()
    except (OSError, EOFError, UnicodeDecodeError, zlib.error) as error:
        raise DynaFakeError(f"seed file {str(path)!r} cannot be read: {error}") from None
    try:
        return _document(path, json.loads(text))
    except json.JSONDecodeError as error:
        if "\n" in text.strip() and error.msg == "Extra data":
            return "export", list(_export(path, text))
        raise DynaFakeError(
            f"seed file {str(path)!r} is not valid JSON: {error.msg} at line {error.lineno}, "
            f"column {error.colno}"
        ) from None
    except (ValueError, RecursionError) as error:  # e.g. an integer too long to convert
        raise DynaFakeError(f"seed file {str(path)!r} cannot be read as JSON: {error}") from None


def export_files(folder: Path) -> list[Path]:
    """The data files of a DynamoDB S3 export: ``data/*.json.gz`` under the export's folder
    (the one with ``manifest-summary.json``), or the files of its ``data`` folder."""
    data = folder / "data" if (folder / "data").is_dir() else folder
    files = sorted(
        path
        for path in data.iterdir()
        if path.is_file()
        and path.name.lower().endswith((".json.gz", ".json"))
        and not path.name.startswith("manifest-")
    )
    if not files:
        raise DynaFakeError(
            f"seed folder {str(folder)!r} holds no S3 export data files: give the export's "
            "folder (the one with manifest-summary.json and data/*.json.gz) or its data folder"
        )
    return files


def _bytes(path: Path) -> bytes:
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":  # gzip, as DynamoDB's S3 export writes it
        data = gzip.decompress(data)
    return data


class _Probe(msgspec.Struct):
    Items: list[msgspec.Raw] | None = None
    Item: msgspec.Raw = msgspec.Raw()
    tables: msgspec.Raw = msgspec.Raw()


class _ExportLine(msgspec.Struct):
    Item: msgspec.Raw


_probe = msgspec.json.Decoder(_Probe)
_export_lines = msgspec.json.Decoder(_ExportLine)
_tables = msgspec.json.Decoder(dict[str, dict[str, msgspec.Raw]] | list[dict[str, msgspec.Raw]])
_items = msgspec.json.Decoder(list[msgspec.Raw])
_decode = msgspec.json.Decoder().decode


def _split(path: Path, data: bytes) -> Loaded | None:
    """A table document, scan output or an S3 export, with the items split out but not
    built; None for anything else, which the standard library reads (and explains)."""
    try:
        probe = _probe.decode(data)
    except (msgspec.ValidationError, RecursionError):  # msgspec stops at Python's limit
        return None
    except msgspec.DecodeError:
        if b"\n" not in data.strip():
            return None
        try:
            lines = _export_lines.decode_lines(data)
        except (msgspec.MsgspecError, RecursionError):
            return None
        # One record a line, as the standard library reads it (blank lines take that path).
        if len(lines) != data.count(b"\n") + (not data.endswith(b"\n")):
            return None
        return "export", RawItems(line.Item for line in lines)
    if probe.tables:
        try:
            tables = _tables.decode(probe.tables)
            specs: Any = (
                [_spec(t) for t in tables]
                if isinstance(tables, list)
                else {name: _spec(t) for name, t in tables.items()}
            )
        except (msgspec.MsgspecError, RecursionError):
            return None
        return _document(path, {"tables": specs})
    if probe.Items is not None:
        return "scan", RawItems(probe.Items)
    if probe.Item:
        return "export", RawItems([probe.Item])  # an export of one item
    return None


def _spec(fields: dict[str, msgspec.Raw]) -> dict[str, Any]:
    """A table spec with its items left as JSON text (when they are a list)."""
    spec = {key: _decode(value) for key, value in fields.items() if key != "items"}
    if "items" in fields:
        try:
            spec["items"] = RawItems(_items.decode(fields["items"]))
        except msgspec.ValidationError:
            spec["items"] = _decode(fields["items"])  # not a list: declare() says so
    return spec


def _yaml(path: Path) -> Any:
    try:
        import yaml
    except ImportError:
        raise DynaFakeError(
            f"seed file {str(path)!r} is YAML, which needs PyYAML: "
            "pip install 'pytest-dynafake[yaml]'"
        ) from None
    # libyaml's loader, when PyYAML was built with it, reads about four times faster.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(path.read_text(), Loader=loader)  # a safe loader, either way
    except yaml.YAMLError as error:
        raise DynaFakeError(f"seed file {str(path)!r} is not valid YAML: {error}") from None


def _document(path: Path, content: Any) -> Loaded:
    if isinstance(content, Mapping) and "tables" in content:
        tables = content["tables"]
        if isinstance(tables, list):
            return "tables", {_table_name(path, spec): _without_name(spec) for spec in tables}
        if isinstance(tables, Mapping):
            return "tables", tables
    if isinstance(content, Mapping) and isinstance(content.get("Items"), list):
        return "scan", content["Items"]
    if isinstance(content, Mapping) and "Item" in content:
        return "export", [content["Item"]]  # an export of one item
    raise DynaFakeError(
        f"seed file {str(path)!r} holds neither a table document "
        "({'tables': {...}} or {'tables': [create_table arguments...]}), nor `aws dynamodb "
        "scan` output ({'Items': [...]}), nor an S3 export (one {'Item': {...}} a line)"
    )


def _table_name(path: Path, spec: Any) -> str:
    if not isinstance(spec, Mapping) or not isinstance(spec.get("TableName"), str):
        raise DynaFakeError(
            f"seed file {str(path)!r}: a list of tables holds create_table arguments with "
            f"TableName, KeySchema and AttributeDefinitions; got {spec!r}"
        )
    name: str = spec["TableName"]
    return name


def _without_name(spec: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in spec.items() if key != "TableName"}


def _export(path: Path, text: str) -> Iterator[Any]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise DynaFakeError(
                f"seed file {str(path)!r}, line {number}: not valid JSON ({error.msg})"
            ) from None
        except (ValueError, RecursionError) as error:
            raise DynaFakeError(f"seed file {str(path)!r}, line {number}: {error}") from None
        if not isinstance(record, Mapping) or "Item" not in record:
            raise DynaFakeError(
                f"seed file {str(path)!r}, line {number}: an S3 export line is "
                "{'Item': {...}} in DynamoDB JSON"
            )
        yield record["Item"]


def file_entry(entry: object) -> tuple[str | os.PathLike[str], str | None]:
    """One entry of ``DynaFake(files=...)``: a path, or a ``(path, table)`` pair."""
    if isinstance(entry, str | os.PathLike):
        return entry, None
    if (
        isinstance(entry, tuple | list)
        and len(entry) == 2
        and isinstance(entry[0], str | os.PathLike)
        and isinstance(entry[1], str)
    ):
        return entry[0], entry[1]
    raise DynaFakeError(
        f"files= entry {entry!r} is not a path or a (path, table) pair; a pair names the "
        "declared table that scan output or an S3 export fills"
    )
