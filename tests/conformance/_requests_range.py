"""Query and Scan requests against generated tables (``_generate_range.py``), each with at
most one deliberate mistake: key conditions of every operator on each key type (and on
multi-attribute GSI keys), filters with every function and cross-type comparisons,
projections, Select, Limit, ScanIndexForward, ConsistentRead, ReturnConsumedCapacity,
parallel scans, and the legacy KeyConditions/QueryFilter/ScanFilter."""

from __future__ import annotations

from decimal import Decimal, localcontext
from typing import Any

from ._generate import RESERVED, Requests, Source, respell, value
from ._generate_range import IndexDef, RangeTable, key_scalar

COMPARATORS = ("=", "<", "<=", ">", ">=")
FILTER_COMPARATORS = ("=", "<>", "<", "<=", ">", ">=")
TYPES = ("S", "N", "B", "SS", "NS", "BS", "M", "L", "NULL", "BOOL", "X")
LEGACY = {"=": "EQ", "<": "LT", "<=": "LE", ">": "GT", ">=": "GE"}
FLIPPED = {"=": "=", "<": ">", "<=": ">=", ">": "<", ">=": "<="}  # ":v < sk" is "sk > :v"


def order(attribute: dict[str, Any]) -> tuple[str, Any]:
    """DynamoDB's order of a key value: numbers by value, strings by UTF-8, bytes unsigned."""
    ((kind, raw),) = attribute.items()
    if kind == "N":
        with localcontext() as exact:
            exact.prec = 200
            return kind, Decimal(raw)
    if kind == "S":
        return kind, raw.encode("utf-8", "surrogatepass")
    return kind, raw if isinstance(raw, bytes) else repr(raw)


class _Visible:
    """What ``Requests.projection`` sees of a table: every key attribute of the table and its
    indexes counts as a key (no path into one), and only what the read can return is offered
    (an index that does not project an attribute refuses a path to it)."""

    def __init__(self, t: RangeTable, attributes: list[str]) -> None:
        self.keys = t.keys + [(a, k) for a, k in t.types.items() if a not in dict(t.keys)]
        self._attributes = attributes

    def attributes(self) -> list[str]:
        return self._attributes


def visible(t: RangeTable, index: IndexDef | None) -> list[str]:
    if index is None or index.projection == "ALL":
        return t.attributes()
    keys = [n for n, _ in t.keys] + index.key_attributes()
    return sorted(set(keys + (index.include if index.projection == "INCLUDE" else [])))


class RangeRequests(Requests):
    """One Query or Scan against one of ``tables``."""

    def __init__(self, src: Source, tables: list[RangeTable]) -> None:
        super().__init__(src, tables)
        self.rtables = tables
        self.names: dict[str, str] = {}
        self.values: dict[str, Any] = {}
        self.offered: list[str] = []

    # -- placeholders ---------------------------------------------------------------------
    def name(self, attribute: str) -> str:
        """The attribute as written in an expression: bare when it may be, else a #name."""
        plain = attribute.isidentifier() and attribute.isascii() and attribute[0].isalpha()
        if plain and attribute.lower() not in RESERVED and self.src.chance(60):
            return attribute
        if plain and attribute.lower() in RESERVED and self.bad(3):
            return attribute  # a reserved word used bare
        token = f"#k{len(self.names)}"
        self.names[token] = attribute
        return token

    def val(self, attribute_value: dict[str, Any]) -> str:
        token = f":v{len(self.values)}"
        self.values[token] = attribute_value
        return token

    # -- key conditions -------------------------------------------------------------------
    def operand(self, t: RangeTable, attribute: str) -> dict[str, Any]:
        kind = t.types[attribute]
        held = t.sort_values(attribute)
        if self.bad(4):  # a value of another type
            return value(self.src)
        raw = self.src.choice(held) if held and self.src.chance(70) else key_scalar(self.src, kind)
        return respell(self.src, {kind: raw})

    def prefix(self, t: RangeTable, attribute: str) -> dict[str, Any]:
        kind = t.types[attribute]
        held = t.sort_values(attribute) or [key_scalar(self.src, kind)]
        raw = self.src.choice(held)
        if kind == "N" or self.bad(3):
            return {kind: raw} if not self.bad(50) else {"S": ""}
        return {kind: raw[: self.src.integer(1, len(raw))]}

    def sort_clause(self, t: RangeTable, attribute: str) -> str:
        src, path = self.src, self.name(attribute)
        kind = src.integer(0, 8)
        if kind <= 4:
            op, operand = COMPARATORS[kind], self.val(self.operand(t, attribute))
            return f"{operand} {FLIPPED[op]} {path}" if src.chance(15) else f"{path} {op} {operand}"
        if kind <= 6:
            low, high = self.operand(t, attribute), self.operand(t, attribute)
            if order(low) > order(high) and not self.bad(20):
                low, high = high, low
            return f"{path} BETWEEN {self.val(low)} AND {self.val(high)}"
        return f"begins_with({path}, {self.val(self.prefix(t, attribute))})"

    def key_condition(self, t: RangeTable, hashes: list[str], ranges: list[str]) -> str:
        """``=`` on every partition attribute, then the sort attributes left to right, the
        last one named with any operator (a mistake: one left out, a range operator on the
        partition, an extra attribute)."""
        src, clauses = self.src, []
        item = src.choice(t.items) if t.items else {}
        for attribute in hashes:
            if self.bad(3):
                continue
            held = item.get(attribute)
            operand = held if held is not None and src.chance(85) else self.operand(t, attribute)
            op = "=" if not self.bad(3) else src.choice(("<", ">=", "<>"))
            clauses.append(f"{self.name(attribute)} {op} {self.val(operand)}")
        named = src.integer(0, len(ranges))
        for i, attribute in enumerate(ranges[:named]):
            last = i == named - 1
            held = item.get(attribute)
            if not last and held is not None:
                clauses.append(f"{self.name(attribute)} = {self.val(held)}")
            else:
                clauses.append(self.sort_clause(t, attribute))
        if self.bad(4):
            other = src.choice([a for a in t.attributes() if a not in hashes + ranges] or ["x"])
            clauses.append(f"{self.name(other)} = {self.val(value(src))}")
        if src.chance(20):
            src.shuffle(clauses)
        joined = " AND ".join(f"({c})" if src.chance(10) else c for c in clauses)
        return joined if not self.bad(3) else joined + src.choice((" AND", " OR x", ")"))

    # -- filters --------------------------------------------------------------------------
    def filter_path(self, t: RangeTable, keys: set[str]) -> str:
        src = self.src
        offered = self.offered if not self.bad(5) else t.attributes()
        choices = [a for a in offered if a not in keys or self.bad(3)] or ["absent"]
        attribute = src.choice(choices)
        path = self.name(attribute)
        if src.chance(20) and (attribute not in t.types or self.bad(10)):
            nested = "." + self.name(src.choice(("a", "b2")))
            path += src.choice((f"[{src.integer(0, 2)}]", nested))
        return path

    def condition(self, t: RangeTable, keys: set[str], depth: int = 0) -> str:
        src = self.src
        kind = src.integer(0, 12 if depth < 2 else 9)
        path = self.filter_path(t, keys)
        if kind <= 3:
            op = src.choice(FILTER_COMPARATORS)
            operand = self.filter_value(t, path, scalar=op not in ("=", "<>"))
            return f"{path} {op} {self.val(operand)}"
        if kind == 4:
            low, high = self.filter_value(t, path, True), self.filter_value(t, path, True)
            return f"{path} BETWEEN {self.val(low)} AND {self.val(high)}"
        if kind == 5:
            count = src.integer(1, 3)
            listed = ", ".join(self.val(self.filter_value(t, path)) for _ in range(count))
            return f"{path} IN ({listed})"
        if kind == 6:
            return f"{src.choice(('attribute_exists', 'attribute_not_exists'))}({path})"
        if kind == 7:
            return f"attribute_type({path}, {self.val({'S': src.choice(TYPES)})})"
        if kind == 8:
            function = src.choice(("begins_with", "contains"))
            operand = self.filter_value(t, path)
            if function == "begins_with" and next(iter(operand)) not in "SB" and not self.bad(10):
                operand = {"S": src.text(0, 2)}
            if function == "contains" and next(iter(operand)) not in "SNB" and not self.bad(10):
                operand = {"N": str(src.integer(0, 9))}
            return f"{function}({path}, {self.val(operand)})"
        if kind == 9:
            size = self.val({"N": str(src.integer(0, 4))})
            return f"size({path}) {src.choice(FILTER_COMPARATORS)} {size}"
        if kind == 10:
            return f"NOT {self.condition(t, keys, depth + 1)}"
        joiner = src.choice((" AND ", " OR "))
        left, right = self.condition(t, keys, depth + 1), self.condition(t, keys, depth + 1)
        return f"({left}{joiner}{right})" if src.chance(50) else f"{left}{joiner}{right}"

    def filter_value(self, t: RangeTable, path: str, scalar: bool = False) -> dict[str, Any]:
        """A value the attribute holds, or any value (another type: a comparison that is
        false); ``scalar``: S, N or B only, as ordering comparisons need."""
        attribute = self.names.get(path, path)
        held = [item[attribute] for item in t.items if attribute in item]
        if scalar:
            held = [v for v in held if next(iter(v)) in ("S", "N", "B")]
        made = self.src.choice(held) if held and self.src.chance(60) else value(self.src)
        if scalar and next(iter(made)) not in ("S", "N", "B") and not self.bad(10):
            kind = self.src.choice("SNB")
            return {kind: key_scalar(self.src, kind)}
        return made

    # -- requests -------------------------------------------------------------------------
    def target(self, t: RangeTable) -> tuple[IndexDef | None, dict[str, Any]]:
        src = self.src
        if self.bad(2):
            return None, {"IndexName": src.choice(("nope", "gsi9", "ab"))}
        if t.indexes and src.chance(55):
            index = src.choice(t.indexes)
            return index, {"IndexName": index.name}
        return None, {}

    def common(self, t: RangeTable, index: IndexDef | None, keys: set[str]) -> dict[str, Any]:
        src, request = self.src, dict[str, Any]()
        self.offered = visible(t, index)
        if src.chance(35):
            request["FilterExpression"] = self.condition(t, keys)
        fetched = index is not None and index.kind == "LSI"  # an LSI fetches from the table
        shown = t.attributes() if fetched or self.bad(5) else self.offered
        request.update(self.projection(_Visible(t, shown), legacy=False))  # type: ignore[arg-type]
        self.names.update(request.pop("ExpressionAttributeNames", {}))
        select = src.choice((None, None, "ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES", "COUNT",
                             "SPECIFIC_ATTRIBUTES"))  # fmt: skip
        if select is not None and (index is not None or select != "ALL_PROJECTED_ATTRIBUTES"):
            projected = "ProjectionExpression" in request
            if projected == (select == "SPECIFIC_ATTRIBUTES") or self.bad(5):
                request["Select"] = select
        if src.chance(40):
            good = not self.bad(3)
            request["Limit"] = src.choice((1, 2, 3, 5, 8)) if good else src.choice((0, -1))
        consistent = self.consistent()
        if index is not None and index.kind == "GSI" and not self.bad(10):
            consistent = {}  # refused on a GSI: a mistake of its own
        return {**request, **consistent, **self.capacity()}

    def placeholders(self, request: dict[str, Any]) -> dict[str, Any]:
        if self.names:
            request["ExpressionAttributeNames"] = dict(self.names)
        if self.values:
            request["ExpressionAttributeValues"] = dict(self.values)
        if self.bad(3):
            request.setdefault("ExpressionAttributeValues", {})[":unused"] = {"S": "u"}
        return request

    def query(self) -> dict[str, Any]:
        t: RangeTable = self.src.choice(self.rtables)
        index, request = self.target(t)
        hashes = index.hash if index else [t.keys[0][0]]
        ranges = index.range if index else [n for n, _ in t.keys[1:]]
        if self.src.chance(8) and not index and t.items:
            return self.legacy_query(t)
        request = {"TableName": self.table_name(t), **request,
                   "KeyConditionExpression": self.key_condition(t, hashes, ranges)}  # fmt: skip
        keys = {n for n, _ in t.keys} | set(hashes + ranges)
        request.update(self.common(t, index, keys))
        if self.src.chance(40):
            request["ScanIndexForward"] = self.src.chance(50)
        return self.placeholders(request)

    def scan(self) -> dict[str, Any]:
        t: RangeTable = self.src.choice(self.rtables)
        if self.src.chance(8):
            legacy = self.legacy_filter(t, "ScanFilter", set())
            return {"TableName": t.name, **legacy, **self.capacity()}
        index, request = self.target(t)
        request = {"TableName": self.table_name(t), **request, **self.common(t, index, set())}
        if self.src.chance(20):
            total = self.src.integer(1, 4)
            request.update(TotalSegments=total, Segment=self.src.integer(0, total - 1))
        return self.placeholders(request)

    def legacy_query(self, t: RangeTable) -> dict[str, Any]:
        src, item = self.src, self.src.choice(t.items)
        hash_name = t.keys[0][0]
        equal = {"AttributeValueList": [item[hash_name]], "ComparisonOperator": "EQ"}
        conditions: dict[str, Any] = {hash_name: equal}
        if len(t.keys) == 2 and src.chance(60):
            sort = t.keys[1][0]
            op = src.choice(("EQ", "LT", "LE", "GT", "GE", "BETWEEN", "BEGINS_WITH"))
            operands = [self.operand(t, sort) for _ in range(2 if op == "BETWEEN" else 1)]
            if op == "BETWEEN" and order(operands[0]) > order(operands[1]):
                operands.reverse()
            if op == "BEGINS_WITH":
                operands = [self.prefix(t, sort)]
            conditions[sort] = {"AttributeValueList": operands, "ComparisonOperator": op}
        request: dict[str, Any] = {"TableName": t.name, "KeyConditions": conditions}
        return {**request, **self.legacy_filter(t, "QueryFilter", {n for n, _ in t.keys})}

    def legacy_filter(self, t: RangeTable, field: str, keys: set[str]) -> dict[str, Any]:
        """QueryFilter/ScanFilter (one to three conditions), ConditionalOperator and
        AttributesToGet, each sometimes."""
        src, request = self.src, dict[str, Any]()
        if src.chance(70):
            conditions: dict[str, Any] = {}
            for _ in range(src.integer(1, 3)):
                attribute = src.choice([a for a in t.attributes() if a not in keys] or ["x"])
                op = src.choice(("EQ", "NE", "LT", "GE", "NULL", "NOT_NULL", "CONTAINS",
                                 "NOT_CONTAINS", "BEGINS_WITH", "IN", "BETWEEN"))  # fmt: skip
                count = {"NULL": 0, "NOT_NULL": 0, "BETWEEN": 2, "IN": src.integer(1, 3)}.get(op, 1)
                scalar = op not in ("EQ", "NE", "IN")
                values_ = [self.filter_value(t, attribute, scalar) for _ in range(count)]
                if op == "BEGINS_WITH" and not self.bad(10):
                    values_ = [{"S": src.text(0, 2)}]
                if op == "BETWEEN" and next(iter(values_[0])) != next(iter(values_[1])):
                    values_[1] = values_[0]
                condition: dict[str, Any] = {"ComparisonOperator": op}
                if values_:
                    condition["AttributeValueList"] = values_
                conditions[attribute] = condition
            request[field] = conditions
            if len(conditions) > 1 and src.chance(50):
                request["ConditionalOperator"] = src.choice(("AND", "OR"))
        if src.chance(30):
            request["AttributesToGet"] = sorted({src.choice(t.attributes()) for _ in range(2)})
        return request

    def any(self) -> tuple[str, dict[str, Any]]:
        op = self.src.choice(("Query", "Query", "Scan"))
        return op, self.query() if op == "Query" else self.scan()
