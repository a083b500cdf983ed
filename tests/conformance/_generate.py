"""Random DynamoDB tables, items and read requests for the differential fuzz test.

Everything is drawn from a ``Source`` seeded with one integer, so a case is reproducible from
its seed (hypothesis supplies the seeds). Items use every attribute type, nested, with unicode
strings, large values and numbers at the edges of DynamoDB's range; a request carries at most
one deliberate mistake (a bad key, projection, limit, table name or ReturnConsumedCapacity),
so that the error both sides should report is unambiguous.
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from typing import Any, TypeVar

from pytest_dynafake import DynaFake
from pytest_dynafake._reserved import RESERVED_WORDS

from .conftest import TABLES

T = TypeVar("T")
ALPHABET = string.ascii_letters + string.digits + " _-.#:é߀中文😀\u0301\t\n"
ATTRIBUTE_NAMES = ("a", "b2", "_u", "name", "data", "status", "size", "Ärger", "x.y", "c d", "🔑")
KEY_NAMES = ("pk", "sk", "date", "Schlüssel", "k")
RESERVED = {word.lower() for word in RESERVED_WORDS}  # to spell paths; not an oracle
IDENTIFIER = re.compile("[A-Za-z][A-Za-z0-9_]*")
MAX = "9.9999999999999999999999999999999999999E+125"  # 38 digits, the largest magnitude
EDGE_NUMBERS = ("0", "-0", "1E-130", "-1E-130", "9" * 38, MAX, "-" + MAX, "1" + "0" * 125,
                "0.5", "1.50", "015", "1" + "0" * 40)  # fmt: skip
BAD_NUMBERS = ("abc", "", "1" * 39, "1E+126", "1E-131", "-1E-131", "NaN", "Infinity", "1e",
               "1..2", "0x10", "1" * 38 + ".1", " 1")  # fmt: skip
BAD_TABLE_NAMES = ("fz_unknown", "fzu.x-1", "ab", "a!", "x" * 256, "", "名前表")
JUNK = ("!", ",", ".", "[", "]", "#", "[-1]", "  ", ")", "[99999999999]", ":v")
NESTED = {"k": {"S": "x"}, "m": {"M": {"a": {"NS": ["1E+2", "2"]}, "l": {"L": [{"N": "1E-5"}]}}}}


class Source(random.Random):
    """The choices of one case."""

    def integer(self, lo: int, hi: int) -> int:
        return self.randint(lo, hi)

    def chance(self, percent: int) -> bool:
        return self.randint(0, 99) < percent

    def text(self, lo: int, hi: int) -> str:
        """Mostly a small alphabet (so values repeat), sometimes any code point but surrogates."""
        chars = [self.choice(ALPHABET) if self.chance(90) else chr(self.randint(0x80, 0xD7FF))
                 for _ in range(self.randint(lo, hi))]  # fmt: skip
        return "".join(chars)

    def binary(self, lo: int, hi: int) -> bytes:
        return self.randbytes(self.randint(lo, hi))


def number(src: Source) -> str:
    """A valid DynamoDB number (38 digits, magnitude 1E-130 to 9.99..E+125), spelt any way."""
    kind = src.integer(0, 9)
    if kind < 4:
        return str(src.integer(-1000, 1000))
    if kind < 6:
        return src.choice(EDGE_NUMBERS)
    mantissa = str(src.integer(1, 10 ** src.integer(1, 38) - 1))
    exponent = src.integer(-130, 125) - (len(mantissa) - 1)
    sign = src.choice(("", "-"))
    if src.chance(50):
        return f"{sign}{mantissa}E{exponent:+d}"
    return sign + format(Decimal(f"{mantissa}E{exponent}"), "f")


def scalar(src: Source, kind: str, *, key: bool = False) -> Any:
    """An S, N or B value: never empty for a key; sometimes large (up to ~36 KB) otherwise."""
    large = not key and src.chance(5)
    if kind == "S":
        text = src.text(1 if key else 0, 12)
        return text * (src.integer(100, 3000) // max(len(text), 1) + 1) if large else text
    if kind == "N":
        return number(src)
    data = src.binary(1 if key else 0, 12)
    return data * src.integer(100, 2000) if large else data


def value(src: Source, depth: int = 0) -> dict[str, Any]:
    """An attribute value of any type, nested up to three levels."""
    kind = src.choice(("S", "N", "B", "SS", "NS", "BS", "NULL", "BOOL") + ("M", "L") * (depth < 3))
    if kind in ("S", "N", "B"):
        return {kind: scalar(src, kind)}
    if kind in ("SS", "NS", "BS"):
        members = [scalar(src, kind[0], key=True) for _ in range(src.integer(1, 4))]
        unique = {Decimal(m) if kind == "NS" else m: m for m in members}  # 1.5 == 1.50
        return {kind: list(unique.values())}
    if kind in ("NULL", "BOOL"):
        return {kind: kind == "NULL" or src.chance(50)}
    if kind == "M":
        names = sorted({src.choice(ATTRIBUTE_NAMES) for _ in range(src.integer(0, 3))})
        return {"M": {n: value(src, depth + 1) for n in names}}
    return {"L": [value(src, depth + 1) for _ in range(src.integer(0, 3))]}


@dataclass
class Table:
    name: str
    keys: list[tuple[str, str]]  # (attribute, type): the partition key, then any sort key
    items: list[dict[str, Any]] = field(default_factory=list)

    def key_of(self, item: dict[str, Any]) -> dict[str, Any]:
        return {name: item[name] for name, _ in self.keys}

    def attributes(self) -> list[str]:
        return sorted({name for item in self.items for name in item} | {"absent"})


def table(src: Source, name: str, count: int) -> Table:
    """A hash-only or composite table (S, N or B keys) with up to ``count`` items, about three
    to a partition."""
    first = src.choice(KEY_NAMES)
    keys = [(first, src.choice("SNB"))]
    if src.chance(50):
        keys.append((src.choice([n for n in KEY_NAMES if n != first]), src.choice("SNB")))
    made = Table(name, keys)
    partitions = [scalar(src, keys[0][1], key=True) for _ in range(max(count // 3, 1))]
    seen: set[str] = set()
    for _ in range(count):
        names = sorted({src.choice(ATTRIBUTE_NAMES) for _ in range(src.integer(0, 5))})
        item = {n: value(src) for n in names} | {first: {keys[0][1]: src.choice(partitions)}}
        if len(keys) == 2:
            item[keys[1][0]] = {keys[1][1]: scalar(src, keys[1][1], key=True)}
        if identity(made.key_of(item)) not in seen:
            seen.add(identity(made.key_of(item)))
            made.items.append(item)
    return made


def identity(key: dict[str, Any]) -> str:
    """Which item a key names (numbers compared by value), or the key itself if malformed."""
    try:
        with localcontext() as exact:
            exact.prec = 200
            parts = [(n, *scalar_of(v)) for n, v in key.items()]
        return repr(sorted(parts))
    except Exception:  # any malformed key is only itself
        return repr(key)


def scalar_of(attribute: dict[str, Any]) -> tuple[str, Any]:
    ((kind, raw),) = attribute.items()
    if kind == "N":
        number_ = Decimal(raw).normalize()  # callers set the precision
        return kind, abs(number_) if number_.is_zero() else number_  # -0 is 0
    return kind, raw


def distinct(count: int, make: Callable[[], T], name: Callable[[T], str]) -> list[T]:
    """Up to ``count`` values naming distinct items (naming one twice is a mistake of its own)."""
    out: dict[str, T] = {}
    for _ in range(count * 3):
        if len(out) == count:
            break
        made = make()
        out.setdefault(name(made), made)
    return list(out.values())


class Requests:
    """Draws one request against ``tables`` with at most one deliberate mistake."""

    def __init__(self, src: Source, tables: Sequence[Table]) -> None:
        self.src, self.tables, self.faults = src, tables, src.choice((0, 1))

    def any(self) -> tuple[str, dict[str, Any]]:
        op = self.src.choice(("BatchGetItem", "TransactGetItems", "GetItem"))
        build = {"BatchGetItem": self.batch_get_item, "TransactGetItems": self.transact_get_items}
        return op, build.get(op, self.get_item)()

    def bad(self, percent: int) -> bool:
        if self.faults > 0 and self.src.chance(percent):
            self.faults -= 1
            return True
        return False

    def key(self, t: Table) -> dict[str, Any]:
        src = self.src
        if self.bad(8):
            return bad_key(src, t)
        if t.items and src.chance(60):
            return {n: respell(src, v) for n, v in t.key_of(src.choice(t.items)).items()}
        return {n: {kind: scalar(src, kind, key=True)} for n, kind in t.keys}

    def table_name(self, t: Table) -> str:
        return self.src.choice(BAD_TABLE_NAMES) if self.bad(4) else t.name

    def projection(self, t: Table, legacy: bool | None = None) -> dict[str, Any]:
        """A ProjectionExpression (and names) or AttributesToGet: only that if ``legacy``,
        never if ``legacy is False`` (a request mixing both styles is a mistake of its own)."""
        src, kind = self.src, self.src.integer(0, 9)
        if kind < 4:
            return {}
        if (kind == 4 and legacy is None) or legacy:
            wanted = sorted({src.choice(t.attributes()) for _ in range(src.integer(1, 3))})
            if self.bad(30):
                wanted.append(src.choice((wanted[0], "")))
            legacy_only: dict[str, Any] = {"AttributesToGet": wanted}
            return legacy_only | ({"ProjectionExpression": "a"} if self.bad(20) else {})
        names: dict[str, str] = {}
        used: set[str] = set()
        paths = [self.path(t, names, used) for _ in range(src.integer(1, 3))]
        if self.bad(25):
            paths.append(src.choice((paths[0], paths[0] + ".x", paths[0] + "[0]")))
        expression = src.choice((",", ", ", " , ")).join(paths)
        if self.bad(25):
            at = src.integer(0, len(expression))
            expression = expression[:at] + src.choice(JUNK) + expression[at:]
        if self.bad(10):
            names["#unused"] = "u"
        if self.bad(5):
            names[src.choice(("bad", "#", "#ok"))] = src.choice(("", "a"))
        if self.bad(5):
            return {"ExpressionAttributeNames": {"#n": "name"}}
        with_names = {"ExpressionAttributeNames": names} if names or self.bad(5) else {}
        return {"ProjectionExpression": expression, **with_names}

    def path(self, t: Table, names: dict[str, str], used: set[str]) -> str:
        """A document path whose first element no other path of the expression starts with."""
        src = self.src
        first = src.choice([a for a in t.attributes() if a not in used] or [f"absent{len(used)}"])
        used.add(first)
        nested = src.integer(0, 2)
        if first in dict(t.keys) and not self.bad(20):
            nested = 0  # a path into a key attribute: see PENDING in test_fuzz.py
        text = ""
        for i, part in enumerate([first] + [src.choice(ATTRIBUTE_NAMES) for _ in range(nested)]):
            reserved = part.lower() in RESERVED
            if (IDENTIFIER.fullmatch(part) and not reserved) or (reserved and self.bad(40)):
                token = part
            elif part == "absent" and self.bad(30):
                token = "#undefined"
            else:
                token = f"#n{len(names)}"
                names[token] = part
            text += token if i == 0 else "." + token
            if src.chance(20) and (nested or i):
                text += f"[{src.integer(0, 3)}]"
        return text

    def capacity(self) -> dict[str, Any]:
        if self.bad(5):
            return {"ReturnConsumedCapacity": self.src.choice(("BOGUS", "total", "", "Indexes"))}
        kind = self.src.choice((None, None, "TOTAL", "INDEXES", "NONE"))
        return {} if kind is None else {"ReturnConsumedCapacity": kind}

    def consistent(self) -> dict[str, Any]:
        return {"ConsistentRead": self.src.chance(50)} if self.src.chance(50) else {}

    def batch_get_item(self) -> dict[str, Any]:
        src, request = self.src, {}
        legacy = src.chance(25)
        for t in [src.choice(self.tables) for _ in range(src.integer(1, 3))]:
            count = src.choice((0, 101, 60)) if self.bad(5) else src.integer(1, 5)
            keys = distinct(count, lambda t=t: self.key(t), identity)  # type: ignore[misc]
            if keys and self.bad(5):
                keys.append(keys[0])
            entry = {"Keys": keys, **self.consistent(), **self.projection(t, legacy)}
            request[self.table_name(t)] = entry
        return {"RequestItems": {} if self.bad(2) else request, **self.capacity()}

    def transact_get_items(self) -> dict[str, Any]:
        def get() -> dict[str, Any]:
            t = self.src.choice(self.tables)
            return {"TableName": t.name, "Key": self.key(t), **self.projection(t, False)}

        count = self.src.choice((0, 101)) if self.bad(5) else self.src.integer(1, 5)
        gets = distinct(count, get, lambda g: g["TableName"] + identity(g["Key"]))
        for g in gets:
            g["TableName"] = self.table_name(
                next(t for t in self.tables if t.name == g["TableName"])
            )
        return {"TransactItems": [{"Get": g} for g in gets], **self.capacity()}

    def get_item(self) -> dict[str, Any]:
        t = self.src.choice(self.tables)
        request = {"TableName": self.table_name(t), "Key": self.key(t), **self.projection(t)}
        return {**request, **self.consistent(), **self.capacity()}


def respell(src: Source, attribute: dict[str, Any]) -> dict[str, Any]:
    """The same key value, a number sometimes spelt differently (1.5 -> 1.5E+0, 1.50)."""
    ((kind, raw),) = attribute.items()
    if kind != "N" or not src.chance(30):
        return attribute
    with localcontext() as exact:
        exact.prec = 200  # normalize() rounds to the context's precision (28 by default)
        number_ = Decimal(raw)
        spellings = (f"{number_:E}", format(number_, "f"), str(number_.normalize()))
    return {"N": src.choice(spellings)}


def bad_key(src: Source, t: Table) -> dict[str, Any]:
    """A key that does not fit the schema, or holds a value DynamoDB refuses."""
    good = {n: {kind: scalar(src, kind, key=True)} for n, kind in t.keys}
    first, kind = t.keys[0]
    numeric = [n for n, k in t.keys if k == "N"] or [first]
    mistakes: list[dict[str, Any]] = [
        {},
        {**good, "extra": {"S": "x"}},
        {first: good[first]} if len(t.keys) == 2 else {},
        {**good, first: {src.choice([k for k in "SNB" if k != kind]): "1"}},
        {**good, first: {kind: "" if kind != "B" else b""}},
        {**good, first: {kind + "S": [scalar(src, kind, key=True)]}},
        {**good, first: {src.choice(("NULL", "BOOL")): True}},
        {**good, first: {}},
        {**good, first: {"S": "1", "N": "1"}},
        {**good, numeric[0]: {"N": src.choice(BAD_NUMBERS)}},
    ]
    return src.choice(mistakes)


class World:
    """The session's tables (generated, then the conformance suite's) and a fake holding them."""

    def __init__(self, tables: list[Table], fake: DynaFake) -> None:
        self.tables, self.fake = tables, fake

    def __repr__(self) -> str:  # hypothesis prints the arguments of a failing case
        return f"World({[t.name for t in self.tables]})"


def world_tables() -> tuple[list[Table], list[Table]]:
    """Six generated tables of 30 items (fixed seeds: the same on every run), one holding the
    nested numbers of test_fuzz_regressions; and the conformance suite's users, orders and
    files ("big", 60 items of 390 KB, is left to the hand-written 16 MiB and 4 MiB cases)."""
    generated = [table(Source(2026 + i), f"fz_{i}", 30) for i in range(6)]
    generated.append(Table("fz_nested", [("k", "S")], [NESTED]))
    shared = [Table(n, t["key"], t["items"]) for n, t in TABLES.items() if n != "big"]
    return generated, shared


def spec(t: Table) -> dict[str, Any]:
    """The DynaFake table declaration of ``t``."""
    keys = dict(zip(("partition_key", "sort_key"), t.keys, strict=False))
    return {**keys, "items": t.items, "format": "dynamodb"}


def create_on_local(local: Any, t: Table) -> None:
    kinds = ("HASH", "RANGE")[: len(t.keys)]
    schema = [{"AttributeName": n, "KeyType": k} for (n, _), k in zip(t.keys, kinds, strict=True)]
    definitions = [{"AttributeName": n, "AttributeType": k} for n, k in t.keys]
    local.create_table(TableName=t.name, BillingMode="PAY_PER_REQUEST", KeySchema=schema,
                       AttributeDefinitions=definitions)  # fmt: skip
    for item in t.items:
        local.put_item(TableName=t.name, Item=item)
