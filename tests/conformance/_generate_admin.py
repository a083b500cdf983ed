"""CreateTable requests for the admin fuzzer (test_fuzz_admin.py): a valid request built from a
seed (S/N/B keys, with or without a sort key, GSIs and LSIs of every projection, billing modes,
streams, tags, deletion protection, table class), then none, one or two of the mistakes users
make (``MISTAKES``), and the follow-ups sent to a table both sides created."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from ._generate import Source

Request = dict[str, Any]
NAMES = ("pk", "sk", "g", "h", "l", "m", "x", "y")
TYPES = ("S", "N", "B")
PROJECTED = ("a", "b", "c", "d", "e")


def key(*elements: tuple[str, str]) -> list[dict[str, str]]:
    return [{"AttributeName": n, "KeyType": t} for n, t in elements]


def throughput(src: Source) -> dict[str, int]:
    return {"ReadCapacityUnits": src.integer(1, 10), "WriteCapacityUnits": src.integer(1, 10)}


def projection(src: Source) -> dict[str, Any]:
    kind = src.choice(("ALL", "KEYS_ONLY", "INCLUDE"))
    if kind != "INCLUDE":
        return {"ProjectionType": kind}
    return {"ProjectionType": kind, "NonKeyAttributes": src.sample(PROJECTED, src.integer(1, 3))}


def valid_create(src: Source, name: str) -> Request:
    """A CreateTable request DynamoDB accepts."""
    names = list(NAMES)
    src.shuffle(names)
    types = {n: src.choice(TYPES) for n in names}
    hash_key, range_key = names[0], names[1] if src.chance(60) else None
    schema = key((hash_key, "HASH"), *([(range_key, "RANGE")] if range_key else []))
    billing = src.choice(("PAY_PER_REQUEST", "PROVISIONED", None))
    request: Request = {"TableName": name, "KeySchema": schema}
    if billing is not None:
        request["BillingMode"] = billing
    if billing != "PAY_PER_REQUEST":
        request["ProvisionedThroughput"] = throughput(src)
    used = [hash_key, *([range_key] if range_key else [])]
    others = names[2:]
    gsis = []
    for i in range(src.choice((0, 0, 1, 2, 3))):
        g_hash = src.choice(others + used)
        g_range = src.choice([n for n in others + used if n != g_hash]) if src.chance(50) else None
        index: Request = {
            "IndexName": f"gsi_{i}",
            "KeySchema": key((g_hash, "HASH"), *([(g_range, "RANGE")] if g_range else [])),
            "Projection": projection(src),
        }
        if billing != "PAY_PER_REQUEST":
            index["ProvisionedThroughput"] = throughput(src)
        gsis.append(index)
        used += [g_hash, *([g_range] if g_range else [])]
    lsis = []
    if range_key is not None:
        for i in range(src.choice((0, 0, 1, 2))):
            l_range = src.choice([n for n in others if n != hash_key])
            lsis.append({
                "IndexName": f"lsi_{i}",
                "KeySchema": key((hash_key, "HASH"), (l_range, "RANGE")),
                "Projection": projection(src),
            })  # fmt: skip
            used.append(l_range)
    if gsis:
        request["GlobalSecondaryIndexes"] = gsis
    if lsis:
        request["LocalSecondaryIndexes"] = lsis
    request["AttributeDefinitions"] = [
        {"AttributeName": n, "AttributeType": types[n]} for n in dict.fromkeys(used)
    ]
    if src.chance(20):
        view = src.choice(("NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY"))
        enabled = src.chance(70)
        request["StreamSpecification"] = (
            {"StreamEnabled": True, "StreamViewType": view} if enabled else {"StreamEnabled": False}
        )
    if src.chance(15):
        request["Tags"] = [{"Key": f"k{i}", "Value": f"v{i}"} for i in range(src.integer(1, 3))]
    if src.chance(15):
        request["DeletionProtectionEnabled"] = src.chance(50)
    if src.chance(15):
        request["TableClass"] = src.choice(("STANDARD", "STANDARD_INFREQUENT_ACCESS"))
    return request


# -- the mistakes ------------------------------------------------------------------------------
def _indexes(r: Request) -> list[Request]:
    return [*r.get("GlobalSecondaryIndexes", []), *r.get("LocalSecondaryIndexes", [])]


def _key_schema(src: Source, r: Request) -> None:
    schema = r["KeySchema"]
    first = schema[0]["AttributeName"]
    kind = src.integer(0, 7)
    if kind == 0:
        r["KeySchema"] = [e for e in schema if e["KeyType"] != "HASH"]  # no HASH (maybe empty)
    elif kind == 1:
        r["KeySchema"] = key((first, "HASH"), (first, "RANGE"))  # one attribute twice
    elif kind == 2:
        r["KeySchema"] = [*schema, *key(("x", "RANGE"))]  # three elements / two RANGE
    elif kind == 3:
        r["KeySchema"] = list(reversed(key(*[(e["AttributeName"], e["KeyType"]) for e in schema])))
    elif kind == 4:
        r["KeySchema"] = key((first, "HASH"), ("y", "HASH"))  # two HASH
    elif kind == 5:
        schema[-1]["KeyType"] = src.choice(("hash", "PARTITION", ""))
    elif kind == 6:
        del schema[0]["AttributeName"]
    else:
        r.pop("KeySchema") if src.chance(50) else r.update(KeySchema=[])


def _definitions(src: Source, r: Request) -> None:
    definitions = r["AttributeDefinitions"]
    kind = src.integer(0, 5)
    if kind == 0 and definitions:
        definitions.pop(src.integer(0, len(definitions) - 1))  # a used one missing
    elif kind == 1:
        definitions.append({"AttributeName": "unused", "AttributeType": "S"})
    elif kind == 2:
        src.choice(definitions)["AttributeType"] = src.choice(("X", "SS", "s", "BOOL", ""))
    elif kind == 3:
        d = src.choice(definitions)
        definitions.append({**d, "AttributeType": src.choice(TYPES)})  # defined twice
    elif kind == 4:
        r.pop("AttributeDefinitions") if src.chance(50) else r.update(AttributeDefinitions=[])
    else:
        del src.choice(definitions)["AttributeType"]


def _names(src: Source, r: Request) -> None:
    base = r["TableName"]
    kind = src.integer(0, 5)
    if kind == 0:
        r["TableName"] = (base + "x" * 255)[: src.choice((255, 256, 300))]
    elif kind == 1:
        r["TableName"] = src.choice(("ab", "a", "", _three(base)))
    elif kind == 2:
        r["TableName"] = base + src.choice((" ", "$", "/", "é", ":", "#"))
    elif kind == 3 and _indexes(r):
        index = src.choice(_indexes(r))
        index["IndexName"] = src.choice(("ab", "x" * 255, "x" * 256, "a b", "i$", ""))
    elif kind == 4 and len(_indexes(r)) > 1:
        a, b = src.sample(_indexes(r), 2)
        b["IndexName"] = a["IndexName"]  # duplicate index name (GSI and LSI, or two of a kind)
    else:
        r["TableName"] = base.upper() + "-._"  # every allowed character


def _three(base: str) -> str:
    """A table name of 3 characters, the table's own (DynamoDB Local remembers a deleted
    table's stream under its name)."""
    n = int(base.rpartition("_")[2] or 0)
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    return "".join(digits[n // 36**i % 36] for i in (2, 1, 0))


def _billing(src: Source, r: Request) -> None:
    kind = src.integer(0, 6)
    units = src.choice((0, -1, 1, 40_000, 40_001, 10**12, 10**12 + 1, None))
    if kind == 0:
        r["BillingMode"] = "PAY_PER_REQUEST"
        r["ProvisionedThroughput"] = {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}
    elif kind == 1:
        r.pop("ProvisionedThroughput", None)
        r["BillingMode"] = src.choice(("PROVISIONED", None))
        if r["BillingMode"] is None:
            del r["BillingMode"]
    elif kind == 2:
        r["BillingMode"] = src.choice(("ON_DEMAND", "provisioned", ""))
    elif kind == 3:
        r.pop("BillingMode", None)
        r["ProvisionedThroughput"] = {"ReadCapacityUnits": units, "WriteCapacityUnits": 5}
        if src.chance(50):
            r["ProvisionedThroughput"] = {"WriteCapacityUnits": units, "ReadCapacityUnits": 5}
    elif kind == 4 and r.get("GlobalSecondaryIndexes"):
        index = src.choice(r["GlobalSecondaryIndexes"])
        if "ProvisionedThroughput" in index:
            bad = {"ReadCapacityUnits": units, "WriteCapacityUnits": 1}
            index["ProvisionedThroughput"] = src.choice((None, bad))
        else:
            index["ProvisionedThroughput"] = {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}
    elif kind == 5:
        r["ProvisionedThroughput"] = {}
        r.pop("BillingMode", None)
    else:
        r["BillingMode"] = "PAY_PER_REQUEST"
        r.pop("ProvisionedThroughput", None)
        for index in r.get("GlobalSecondaryIndexes", []):
            index.pop("ProvisionedThroughput", None)


def _projections(src: Source, r: Request) -> None:
    indexes = _indexes(r)
    if not indexes:
        return
    index = src.choice(indexes)
    kind = src.integer(0, 7)
    if kind == 0:
        index["Projection"] = {"ProjectionType": "INCLUDE"}
    elif kind == 1:
        index["Projection"] = {"ProjectionType": src.choice(("ALL", "KEYS_ONLY")),
                               "NonKeyAttributes": ["a"]}  # fmt: skip
    elif kind == 2:
        count = src.choice((50, 100, 101))
        for i, each in enumerate(indexes):
            attributes = [f"n{j}" for j in range(count // len(indexes) + (i == 0))]
            each["Projection"] = {"ProjectionType": "INCLUDE", "NonKeyAttributes": attributes}
    elif kind == 3:
        index["Projection"] = {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["a", "a"]}
    elif kind == 4:
        first = r["KeySchema"][0]["AttributeName"] if r.get("KeySchema") else "pk"
        index["Projection"] = {"ProjectionType": "INCLUDE", "NonKeyAttributes": [first]}
    elif kind == 5:
        index.pop("Projection")
    elif kind == 6:
        index["Projection"] = src.choice(({}, {"ProjectionType": "NONE"}))
    else:
        index["Projection"] = {"ProjectionType": "INCLUDE", "NonKeyAttributes": []}


def _indexes_wrong(src: Source, r: Request) -> None:
    kind = src.integer(0, 6)
    lsis, gsis = r.get("LocalSecondaryIndexes"), r.get("GlobalSecondaryIndexes")
    if kind == 0 and lsis:
        src.choice(lsis)["KeySchema"][0]["AttributeName"] = "h"  # another hash key
    elif kind == 1 and lsis:
        index = src.choice(lsis)
        index["KeySchema"] = index["KeySchema"][:1]  # no range key
    elif kind == 2:
        r[src.choice(("LocalSecondaryIndexes", "GlobalSecondaryIndexes"))] = []
    elif kind == 3 and (lsis or gsis):
        field = "LocalSecondaryIndexes" if lsis else "GlobalSecondaryIndexes"
        template = r[field][0]
        count = src.choice((5, 6) if lsis else (20, 21))
        r[field] = [{**copy.deepcopy(template), "IndexName": f"i{i}"} for i in range(count)]
    elif kind == 4 and gsis:
        index = src.choice(gsis)
        index["KeySchema"] = copy.deepcopy(r.get("KeySchema") or [])  # as the table's
    elif kind == 5:
        schema = r.get("KeySchema") or key(("pk", "HASH"))
        r["LocalSecondaryIndexes"] = [{"IndexName": "l0", "Projection": {"ProjectionType": "ALL"},
                                       "KeySchema": [schema[0], *key(("z", "RANGE"))]}]  # fmt: skip
    elif gsis:
        del src.choice(gsis)["KeySchema"]


def _extras(src: Source, r: Request) -> None:
    kind = src.integer(0, 6)
    if kind == 0:
        r["StreamSpecification"] = {"StreamEnabled": True}
    elif kind == 1:
        r["StreamSpecification"] = {"StreamEnabled": False, "StreamViewType": "KEYS_ONLY"}
    elif kind == 2:
        r["StreamSpecification"] = {"StreamEnabled": True, "StreamViewType": "ALL"}
    elif kind == 3:
        r["Tags"] = src.choice(([], [{"Key": "", "Value": "v"}], [{"Key": "k"}],
                                [{"Key": "k", "Value": "1"}, {"Key": "k", "Value": "2"}],
                                [{"Key": f"k{i}", "Value": ""} for i in range(51)]))  # fmt: skip
    elif kind == 4:
        r["TableClass"] = src.choice(("STANDARD_IA", "standard", ""))
    elif kind == 5:
        r["StreamSpecification"] = {"StreamViewType": "NEW_IMAGE"}
    else:
        r["DeletionProtectionEnabled"] = True


MISTAKES: dict[str, Callable[[Source, Request], None]] = {
    "key schema": _key_schema,
    "attribute definitions": _definitions,
    "names": _names,
    "billing": _billing,
    "projections": _projections,
    "indexes": _indexes_wrong,
    "extras": _extras,
}


def create_request(src: Source, name: str) -> tuple[Request, list[str]]:
    """A CreateTable request and the mistakes made in it (none: 40 %)."""
    request = valid_create(src, name)
    made = [] if src.chance(40) else src.sample(sorted(MISTAKES), src.choice((1, 1, 2)))
    for mistake in made:
        MISTAKES[mistake](src, request)
    return request, made


def follow_ups(src: Source, created: Request) -> list[tuple[str, Request]]:
    """A few calls on a table both sides created: (boto3 method, params without TableName)."""
    steps: list[tuple[str, Request]] = [("describe_table", {})]
    for _ in range(src.integer(1, 3)):
        steps.append(_follow_up(src, created))
    return steps


def _follow_up(src: Source, created: Request) -> tuple[str, Request]:
    kind = src.integer(0, 7)
    provisioned = created.get("BillingMode") != "PAY_PER_REQUEST"
    gsis = created.get("GlobalSecondaryIndexes", [])
    if kind == 0:
        g_type = src.choice(TYPES)
        index: Request = {
            "IndexName": src.choice(("new_g", "gsi_0")),
            "KeySchema": key(("newg", "HASH")),
            "Projection": projection(src),
        }
        if provisioned and src.chance(80):
            index["ProvisionedThroughput"] = throughput(src)
        definitions = [{"AttributeName": "newg", "AttributeType": g_type}]
        if src.chance(20):
            definitions = []
        return ("update_table", {"AttributeDefinitions": definitions,
                                 "GlobalSecondaryIndexUpdates": [{"Create": index}]})  # fmt: skip
    if kind == 1:
        name = gsis[0]["IndexName"] if gsis and src.chance(70) else "nope"
        return ("update_table", {"GlobalSecondaryIndexUpdates": [{"Delete": {"IndexName": name}}]})
    if kind == 2:
        if provisioned:
            return ("update_table", {"BillingMode": "PAY_PER_REQUEST"})
        params: Request = {"BillingMode": "PROVISIONED"}
        if src.chance(70):
            params["ProvisionedThroughput"] = throughput(src)
        return ("update_table", params)
    if kind == 3:
        return ("update_table", {"ProvisionedThroughput": throughput(src)})
    if kind == 4:
        return ("delete_table", {})
    if kind == 5:
        return ("create_table", copy.deepcopy({k: v for k, v in created.items()
                                               if k != "TableName"}))  # fmt: skip
    if kind == 6:
        return ("update_table", {"DeletionProtectionEnabled": src.chance(50)})
    return ("describe_table", {})
