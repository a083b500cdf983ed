"""Random tables with secondary indexes, and Query and Scan requests, for the range fuzzer.

Tables: S, N or B keys whose sort-key values come from pools in a tricky order (negatives,
exponents such as ``1e2`` against ``99``, ``0``/``-0``, 38 digits, the range's edges; strings
across Unicode, U+E000-U+FFFF against supplementary characters; bytes above 0x7f and prefixes),
a few partitions so that each holds many items, GSIs (one or two HASH attributes, up to two
RANGE attributes, KEYS_ONLY/INCLUDE/ALL) and LSIs, sparse (an item often lacks an index key)
with index key values from small pools (so index keys repeat). Requests (in
``_requests_range.py``) carry at most one deliberate mistake, as in ``_generate.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ._generate import ATTRIBUTE_NAMES, Source, Table, identity, number, value

MAX = "9.9999999999999999999999999999999999999E+125"
NUMBERS = ("0", "-0", "1", "-1", "1e2", "99", "100", "-1E+2", "-99", "0.5", "-0.5", "1.5", "2",
           "10", "1000", "0.001", "-0.001", "12345678901234567890123456789012345678",
           "-12345678901234567890123456789012345678", "1E-130", "-1E-130", MAX, "-" + MAX,
           "1E+125", "3.14159", "-3.14159", "99.99999999999999999999999999999999999")  # fmt: skip
STRINGS = ("a", "A", "ab", "a b", "aa", "b", "é", "e\u0301", "\u00ff", "\u0100", "\u0800",
           "\ud7ff", "\ue000", "\uf8ff", "\uffff", "\U00010000", "\U0001f600", "\U0010fffd", "z",
           "0", "-1", "10", "9", "中文", "a\U0001f600", "a\ue000", "~", " ", "a\t")  # fmt: skip
BINARIES = (b"\x00", b"\x00\x00", b"\x01", b"\x7f", b"\x80", b"\x80\x00", b"\xfe", b"\xff",
            b"\xff\x00", b"\xff\xff", b"a", b"ab", b"\x7f\xff", b"\x80\x7f")  # fmt: skip
INDEX_ATTRIBUTES = ("ga", "gb", "gc", "gd")  # the attributes index keys are made of
PROJECTIONS = ("KEYS_ONLY", "INCLUDE", "ALL")


def key_scalar(src: Source, kind: str) -> Any:
    """A key value of ``kind``: mostly from the tricky pools, sometimes any valid value."""
    if kind == "N":
        return src.choice(NUMBERS) if src.chance(70) else number(src)
    if kind == "S":
        return src.choice(STRINGS) if src.chance(70) else src.text(1, 6)
    return src.choice(BINARIES) if src.chance(70) else src.binary(1, 4)


@dataclass
class IndexDef:
    name: str
    kind: str  # "GSI" or "LSI"
    hash: list[str]  # partition attributes (one, or up to two for a multi-attribute GSI key)
    range: list[str]  # sort attributes (zero to two)
    projection: str
    include: list[str] = field(default_factory=list)

    def declaration(self) -> dict[str, Any]:
        keys = [{"AttributeName": a, "KeyType": "HASH"} for a in self.hash]
        keys += [{"AttributeName": a, "KeyType": "RANGE"} for a in self.range]
        projection: dict[str, Any] = {"ProjectionType": self.projection}
        if self.projection == "INCLUDE":
            projection["NonKeyAttributes"] = self.include
        return {"IndexName": self.name, "KeySchema": keys, "Projection": projection}

    def key_attributes(self) -> list[str]:
        return self.hash + self.range


@dataclass
class RangeTable(Table):
    """A generated table with its attribute types and secondary indexes."""

    types: dict[str, str] = field(default_factory=dict)  # key and index attribute -> S/N/B
    indexes: list[IndexDef] = field(default_factory=list)
    pools: dict[str, list[Any]] = field(default_factory=dict)  # index attribute -> values

    def create_arguments(self) -> dict[str, Any]:
        kinds = ("HASH", "RANGE")[: len(self.keys)]
        used = {a for i in self.indexes for a in i.key_attributes()} | {n for n, _ in self.keys}
        arguments: dict[str, Any] = {
            "TableName": self.name,
            "BillingMode": "PAY_PER_REQUEST",
            "KeySchema": [
                {"AttributeName": n, "KeyType": k}
                for (n, _), k in zip(self.keys, kinds, strict=True)
            ],
            "AttributeDefinitions": [
                {"AttributeName": a, "AttributeType": self.types[a]} for a in sorted(used)
            ],
        }
        for kind, field_name in (("GSI", "GlobalSecondaryIndexes"),
                                 ("LSI", "LocalSecondaryIndexes")):  # fmt: skip
            declared = [i.declaration() for i in self.indexes if i.kind == kind]
            if declared:
                arguments[field_name] = declared
        return arguments

    def index(self, name: str) -> IndexDef | None:
        return next((i for i in self.indexes if i.name == name), None)

    def sort_values(self, attribute: str) -> list[Any]:
        """The values items hold for ``attribute`` (raw, typed by ``types``)."""
        kind = self.types[attribute]
        return [item[attribute][kind] for item in self.items if attribute in item]


def _indexes(src: Source, keys: list[tuple[str, str]], types: dict[str, str]) -> list[IndexDef]:
    made: list[IndexDef] = []
    for i in range(src.integer(0, 3)):
        pool = list(INDEX_ATTRIBUTES) + [n for n, _ in keys]
        hashes = [src.choice(pool)]
        if src.chance(15):  # a multi-attribute key (Nov 2025): two HASH attributes
            hashes.append(src.choice([a for a in INDEX_ATTRIBUTES if a not in hashes]))
        ranges = [a for a in src.sample(pool, 2) if a not in hashes][: src.integer(0, 2)]
        if len(ranges) > 1 and len(hashes) == 1 and not src.chance(30):
            ranges = ranges[:1]
        include = sorted({src.choice(ATTRIBUTE_NAMES) for _ in range(src.integer(1, 2))})
        made.append(IndexDef(f"gsi{i}", "GSI", hashes, ranges, src.choice(PROJECTIONS), include))
    if len(keys) == 2:
        for i in range(src.integer(0, 2)):
            sort = src.choice(INDEX_ATTRIBUTES)
            include = [src.choice(ATTRIBUTE_NAMES)]
            made.append(
                IndexDef(f"lsi{i}", "LSI", [keys[0][0]], [sort], src.choice(PROJECTIONS), include)
            )
    # an INCLUDE list must not name a key attribute of the table or the index
    key_names = {n for n, _ in keys}
    for index in made:
        taken = key_names | set(index.key_attributes()) | set(INDEX_ATTRIBUTES)
        index.include = [a for a in index.include if a not in taken] or ["a"]
    return made


def range_table(src: Source, name: str, count: int, *, heavy: bool = False) -> RangeTable:
    """A table of up to ``count`` items in 1-4 partitions, with indexes. ``heavy``: items of
    about 60 KB, so that a partition spans several 1 MB pages."""
    first = src.choice(("pk", "p", "Schlüssel", "date"))
    keys = [(first, src.choice("SNB"))]
    if src.chance(75):
        keys.append((src.choice(("sk", "s", "k2")), src.choice("SNB")))
    types = dict(keys)
    for attribute in INDEX_ATTRIBUTES:
        types[attribute] = src.choice("SNB")
    made = RangeTable(name, keys, types=types)
    made.indexes = _indexes(src, keys, types)
    made.pools = {a: [key_scalar(src, types[a]) for _ in range(src.integer(1, 4))]
                  for a in INDEX_ATTRIBUTES}  # fmt: skip
    partitions = [key_scalar(src, keys[0][1]) for _ in range(src.integer(1, 4))]
    seen: set[str] = set()
    for _ in range(count):
        names = sorted({src.choice(ATTRIBUTE_NAMES) for _ in range(src.integer(0, 4))})
        item = {n: value(src) for n in names if n not in types}
        item[first] = {keys[0][1]: src.choice(partitions)}
        if len(keys) == 2:
            item[keys[1][0]] = {keys[1][1]: key_scalar(src, keys[1][1])}
        for attribute in INDEX_ATTRIBUTES:  # sparse: often absent
            if src.chance(65):
                item[attribute] = {types[attribute]: src.choice(made.pools[attribute])}
        if heavy:
            item["payload"] = {"S": "x" * src.integer(50_000, 70_000)}
        if identity(made.key_of(item)) not in seen:
            seen.add(identity(made.key_of(item)))
            made.items.append(item)
    return made


def range_world_tables() -> list[RangeTable]:
    """Six fixed tables (seeds 4242-4247, the same on every run), one of them heavy."""
    tables = [range_table(Source(4242 + i), f"fr_{i}", 40) for i in range(5)]
    tables.append(range_table(Source(4247), "fr_heavy", 40, heavy=True))
    return tables


def create_on_local(local: Any, t: RangeTable) -> None:
    local.create_table(**t.create_arguments())
    for item in t.items:
        local.put_item(TableName=t.name, Item=item)


def declare_on_fake(fake: Any, t: RangeTable) -> None:
    fake.create_table(**t.create_arguments()).put_items(t.items, format="dynamodb")
