"""Random write requests for the write fuzzer (test_fuzz_write.py), against one generated table
(``_generate_range.range_table``: S, N or B keys, with or without a sort key, GSIs and LSIs
with sparse members).

Every request draws from the five write operations: PutItem, UpdateItem (SET with ``+``/``-``,
``if_not_exists``, ``list_append``; REMOVE incl. list elements; ADD numbers and sets; DELETE
from sets; nested paths), DeleteItem, BatchWriteItem and TransactWriteItems (Put, Update,
Delete, ConditionCheck), with condition expressions that pass and fail (values drawn from the
items so that comparisons often hold), legacy ``Expected``, every ReturnValues,
ReturnValuesOnConditionCheckFailure, ReturnConsumedCapacity and ReturnItemCollectionMetrics.
At most one deliberate mistake per request (a bad key or value, a key attribute updated, an
index key of the wrong type, an unused or undefined placeholder, overlapping paths, a
ReturnValues the operation refuses), as in ``_generate.py``. Enum values outside their sets
are left to the hand-written cases: DynamoDB Local accepts and writes them, the service does
not, and the two tables would part ways.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from ._generate import ATTRIBUTE_NAMES, Source, bad_key, respell, value
from ._generate_range import INDEX_ATTRIBUTES, RangeTable, key_scalar
from ._requests_range import RangeRequests

Request = dict[str, Any]
RETURN_VALUES = ("NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW")
OPERATIONS = ("PutItem",) * 3 + ("UpdateItem",) * 4 + ("DeleteItem",) * 2 + (
    "BatchWriteItem", "TransactWriteItems", "TransactWriteItems")  # fmt: skip
LEGACY_OPERATORS = ("EQ", "NE", "LT", "LE", "GT", "GE", "NOT_NULL", "NULL", "CONTAINS",
                    "NOT_CONTAINS", "BEGINS_WITH")  # fmt: skip


def used(request: Request, placeholders: dict[str, Any]) -> dict[str, Any]:
    """The placeholders the request's expressions name (generating a path may draw one and
    then not use it)."""
    text = " ".join(v for k, v in request.items() if k.endswith("Expression"))
    return {k: v for k, v in placeholders.items()
            if re.search(re.escape(k) + "(?![A-Za-z0-9_])", text)}  # fmt: skip


class WriteRequests(RangeRequests):
    """One write request against ``table``, at most one deliberate mistake."""

    def __init__(self, src: Source, table: RangeTable) -> None:
        super().__init__(src, [table])
        self.t = table
        self.offered = table.attributes()

    # -- keys, items, values ----------------------------------------------------------------
    def write_key(self) -> Request:
        """An existing item's key (60%, a number sometimes respelt) or a new one."""
        src, t = self.src, self.t
        if self.bad(4):
            return bad_key(src, t)
        if t.items and src.chance(60):
            return {n: respell(src, v) for n, v in t.key_of(src.choice(t.items)).items()}
        return {name: {kind: key_scalar(src, kind)} for name, kind in t.keys}

    def index_value(self, attribute: str) -> dict[str, Any]:
        kind = self.t.types[attribute]
        if self.bad(3):  # an index key of another type, or an empty string or binary
            return self.src.choice(({"L": []}, {"S": ""} if kind != "N" else {"S": "1"},
                                    {"N": "1"} if kind != "N" else {"B": b"\x01"}))  # fmt: skip
        return {kind: self.src.choice(self.t.pools[attribute])}

    def item(self) -> Request:
        src = self.src
        made = self.write_key()
        for name in sorted({src.choice(ATTRIBUTE_NAMES) for _ in range(src.integer(0, 4))}):
            if name not in made:
                made[name] = value(src)
        for attribute in INDEX_ATTRIBUTES:
            if attribute in self.t.types and attribute not in made and src.chance(50):
                made[attribute] = self.index_value(attribute)
        if self.bad(2):
            made["x" if src.chance(50) else ""] = src.choice(
                ({"SS": []}, {"N": "1e999"}, {"SS": ["a", "a"]})
            )
        return made

    def remember(self, item: Request) -> None:
        """Items put (with a key of the table's types) become keys later requests aim at."""
        for name, kind in self.t.keys:
            held = item.get(name)
            if not isinstance(held, dict) or set(held) != {kind} or held[kind] in ("", b""):
                return
            if kind == "N":
                try:
                    Decimal(held[kind])
                except (ArithmeticError, ValueError, TypeError):
                    return
        self.t.items.append(item)

    # -- expressions ------------------------------------------------------------------------
    def update_path(self, used: set[str]) -> str:
        """A top-level attribute (index attributes included, a key attribute as a mistake),
        sometimes with a nested part; never one ``used`` already (overlap as a mistake)."""
        src, t = self.src, self.t
        pool = list(ATTRIBUTE_NAMES) + [a for a in INDEX_ATTRIBUTES if a in t.types]
        if self.bad(3):
            pool = [name for name, _ in t.keys]
        free = [a for a in pool if a not in used] or pool
        attribute = src.choice(free) if not (used and self.bad(3)) else src.choice(sorted(used))
        used.add(attribute)
        path = self.name(attribute)
        if src.chance(20):
            nested = src.chance(50)
            path += "." + self.name(src.choice(("a", "b2"))) if nested else f"[{src.integer(0, 3)}]"
        return path

    def set_action(self, used: set[str]) -> str:
        src = self.src
        path = self.update_path(used)
        kind = src.integer(0, 9)

        def number() -> str:
            return self.val({"N": str(src.integer(-5, 5))} if not self.bad(3) else value(src))

        if kind <= 3:
            attribute = self.names.get(path, path)
            wanted = attribute in self.t.pools
            new = self.index_value(attribute) if wanted else value(src)
            return f"{path} = {self.val(new)}"
        if kind <= 5:
            other = path if src.chance(70) else self.update_path(set(used))
            return f"{path} = {other} {src.choice('+-')} {number()}"
        if kind <= 7:
            inner = f"if_not_exists({path}, {self.val(value(src))})"
            return f"{path} = {inner}" if src.chance(60) else f"{path} = {inner} + {number()}"
        listed = self.val({"L": [value(src) for _ in range(src.integer(0, 2))]})
        base = path if src.chance(60) else f"if_not_exists({path}, {self.val({'L': []})})"
        pair = (base, listed) if src.chance(50) else (listed, base)
        return f"{path} = list_append({pair[0]}, {pair[1]})"

    def set_value(self) -> dict[str, Any]:
        src = self.src
        kind = src.choice(("SS", "NS", "BS"))
        members = {key_scalar(src, kind[0]) for _ in range(src.integer(1, 3))}
        if kind == "NS":
            return {"NS": sorted({str(m) for m in members})}
        return {kind: list(members)}

    def add_value(self) -> dict[str, Any]:
        number = {"N": str(self.src.integer(-3, 3))}
        return number if self.src.chance(50) else self.set_value()

    def update_expression(self) -> str:
        src, used = self.src, set[str]()
        clauses = src.sample(("SET", "REMOVE", "ADD", "DELETE"), src.integer(1, 3))
        written = []
        for clause in clauses:
            count = src.integer(1, 2)
            if clause == "SET":
                actions = [self.set_action(used) for _ in range(count)]
            elif clause == "REMOVE":
                actions = [self.update_path(used) for _ in range(count)]
            elif clause == "ADD":
                actions = [f"{self.update_path(used)} {self.val(self.add_value())}"
                           for _ in range(count)]  # fmt: skip
            else:
                actions = [f"{self.update_path(used)} {self.val(self.set_value())}"
                           for _ in range(count)]  # fmt: skip
            written.append(f"{clause} {', '.join(actions)}")
        if self.bad(2):
            written.append(written[0])  # a clause twice
        return " ".join(written)

    def filter_path(self, t: RangeTable, keys: set[str]) -> str:
        """As the read generator's, without leaving an unused #name behind."""
        src = self.src
        offered = self.offered if not self.bad(5) else t.attributes()
        choices = [a for a in offered if a not in keys or self.bad(3)] or ["absent"]
        attribute = src.choice(choices)
        path = self.name(attribute)
        if src.chance(20) and (attribute not in t.types or self.bad(10)):
            nested = src.chance(50)
            path += "." + self.name(src.choice(("a", "b2"))) if nested else f"[{src.integer(0, 2)}]"
        return path

    def write_condition(self) -> str:
        src = self.src
        keys = {name for name, _ in self.t.keys}
        if src.chance(30):
            key = self.name(self.t.keys[0][0])
            return f"{src.choice(('attribute_exists', 'attribute_not_exists'))}({key})"
        return self.condition(self.t, keys)

    def legacy_expected(self) -> Request:
        src = self.src
        attribute = src.choice(self.t.attributes())
        if src.chance(30):
            return {attribute: {"Exists": False}}
        held = [item[attribute] for item in self.t.items if attribute in item]
        operand = src.choice(held) if held and src.chance(60) else value(src)
        operator = src.choice(LEGACY_OPERATORS)
        values = [] if operator in ("NULL", "NOT_NULL") else [operand]
        if operator in ("CONTAINS", "NOT_CONTAINS", "BEGINS_WITH") and "S" not in operand:
            values = [{"S": src.text(0, 2)}]
        return {attribute: {"ComparisonOperator": operator, "AttributeValueList": values}}

    def conditioned(self, request: Request, *, legacy: bool = True) -> Request:
        src = self.src
        if src.chance(45):
            request["ConditionExpression"] = self.write_condition()
        elif legacy and src.chance(10):
            request["Expected"] = self.legacy_expected()
        return request

    def finish(self, request: Request) -> Request:
        """Placeholders (an unused one as a mistake), the values a request may ask back."""
        self.names, self.values = used(request, self.names), used(request, self.values)
        return self.placeholders(request)

    def returns(self, allowed: tuple[str, ...]) -> Request:
        src, extra = self.src, Request()
        if src.chance(60):
            kinds = RETURN_VALUES if self.bad(4) else allowed
            extra["ReturnValues"] = src.choice(kinds)
        if src.chance(30):
            extra["ReturnValuesOnConditionCheckFailure"] = src.choice(("ALL_OLD", "NONE"))
        return extra

    def metrics(self) -> Request:
        src, extra = self.src, Request()
        if src.chance(40):
            extra["ReturnConsumedCapacity"] = src.choice(("TOTAL", "INDEXES", "NONE"))
        if src.chance(20):
            extra["ReturnItemCollectionMetrics"] = src.choice(("SIZE", "NONE"))
        return extra

    # -- operations ---------------------------------------------------------------------------
    def put_item(self) -> Request:
        item = self.item()
        request = {"TableName": self.t.name, "Item": item}
        request = self.conditioned(request)
        return self.finish({**request, **self.returns(("NONE", "ALL_OLD")), **self.metrics()})

    def update_item(self) -> Request:
        request: Request = {"TableName": self.t.name, "Key": self.write_key()}
        if self.src.chance(92):
            request["UpdateExpression"] = self.update_expression()
        request = self.conditioned(request, legacy="UpdateExpression" not in request)
        return self.finish({**request, **self.returns(RETURN_VALUES), **self.metrics()})

    def delete_item(self) -> Request:
        request = self.conditioned({"TableName": self.t.name, "Key": self.write_key()})
        return self.finish({**request, **self.returns(("NONE", "ALL_OLD")), **self.metrics()})

    def batch_write_item(self) -> Request:
        src, requests = self.src, list[Request]()
        seen: set[str] = set()
        for _ in range(src.integer(1, 6)):
            if src.chance(65):
                made: Request = {"PutRequest": {"Item": self.item()}}
                key = {n: made["PutRequest"]["Item"].get(n) for n, _ in self.t.keys}
            else:
                key = self.write_key()
                made = {"DeleteRequest": {"Key": key}}
            if repr(key) in seen and not self.bad(30):
                continue  # the same key twice is a mistake of its own
            seen.add(repr(key))
            requests.append(made)
        return {"RequestItems": {self.t.name: requests}, **self.metrics()}

    def action(self) -> Request:
        src, kind = self.src, self.src.choice(("Put", "Update", "Delete", "ConditionCheck"))
        body: Request = {"TableName": self.t.name}
        if kind == "Put":
            body["Item"] = self.item()
        else:
            body["Key"] = self.write_key()
        if kind == "Update":
            body["UpdateExpression"] = self.update_expression()
        if kind == "ConditionCheck" or src.chance(40):
            body["ConditionExpression"] = self.write_condition()
        if src.chance(30):
            body["ReturnValuesOnConditionCheckFailure"] = src.choice(("ALL_OLD", "NONE"))
        return {kind: body}

    def transact_write_items(self) -> Request:
        src, actions, seen = self.src, list[Request](), set[str]()
        for _ in range(src.integer(1, 4)):
            before = (dict(self.names), dict(self.values))
            made = self.action()
            body = next(iter(made.values()))
            key = body["Key"] if "Key" in body else {n: body["Item"].get(n) for n, _ in self.t.keys}
            if repr(key) in seen and not self.bad(30):
                self.names, self.values = before
                continue
            seen.add(repr(key))
            # each action carries the placeholders it uses (the request's so far, trimmed)
            names = used(body, {k: v for k, v in self.names.items() if k not in before[0]})
            values = used(body, {k: v for k, v in self.values.items() if k not in before[1]})
            if names:
                body["ExpressionAttributeNames"] = names
            if values:
                body["ExpressionAttributeValues"] = values
            actions.append(made)
        request: Request = {"TransactItems": actions, **self.metrics()}
        if src.chance(15):
            # per table: DynamoDB Local remembers tokens across tables, each case's fake anew
            request["ClientRequestToken"] = f"{self.t.name}-{src.integer(0, 3)}"
        return request

    def any(self) -> tuple[str, Request]:
        op = self.src.choice(OPERATIONS)
        build = {"PutItem": self.put_item, "UpdateItem": self.update_item,
                 "DeleteItem": self.delete_item, "BatchWriteItem": self.batch_write_item,
                 "TransactWriteItems": self.transact_write_items}  # fmt: skip
        request = build[op]()
        if op == "PutItem" and "Error" not in request:
            self.remember(request["Item"])
        return op, request
