"""Tables for the Query and Scan cases, declared as boto3 ``create_table`` arguments plus items,
so that DynamoDB Local and the fake are built from the same data.

- ``events``: number sort keys in a tricky order (negatives, exponents: ``1E+2`` after ``99``,
  ``-0`` and ``0``, 38 digits, the range's edges); GSIs ALL / KEYS_ONLY / INCLUDE, one without a
  sort key (duplicate index keys), one with a multi-attribute key (2 HASH + 2 RANGE), sparse
  (items without the index key are not in it); LSIs KEYS_ONLY and INCLUDE.
- ``texts``: string sort keys across Unicode (U+E000-U+FFFF and above U+FFFF: UTF-8 order,
  not UTF-16), a GSI with duplicate string keys.
- ``blobs``: binary sort keys with bytes above 0x7f (unsigned order), a binary GSI key.
- ``accounts``: a hash-only table with a GSI whose sort key is a number.
- ``pages``: 30 items of ~100 KB in one partition (and a GSI over them), for 1 MB pages.
"""

from __future__ import annotations

from typing import Any

PAGE_COUNT = 30
PAGE_PAYLOAD = 100_000


def s(value: str) -> dict[str, str]:
    return {"S": value}


def n(value: str) -> dict[str, str]:
    return {"N": value}


def b(value: bytes) -> dict[str, bytes]:
    return {"B": value}


def _key(hash_: str, range_: str | None = None) -> list[dict[str, str]]:
    schema = [{"AttributeName": hash_, "KeyType": "HASH"}]
    return schema + ([{"AttributeName": range_, "KeyType": "RANGE"}] if range_ else [])


def _index(name: str, keys: list[dict[str, str]], kind: str, *extra: str) -> dict[str, Any]:
    projection: dict[str, Any] = {"ProjectionType": kind}
    if extra:
        projection["NonKeyAttributes"] = list(extra)
    return {"IndexName": name, "KeySchema": keys, "Projection": projection}


def _definitions(*pairs: tuple[str, str]) -> list[dict[str, str]]:
    return [{"AttributeName": a, "AttributeType": t} for a, t in pairs]


# Sort keys of "events" partition "p1", in the order DynamoDB keeps them.
EVENT_NUMBERS = ("-9.9999999999999999999999999999999999999E+125", "-1E+2", "-99", "-1.5",
                 "-1E-130", "0", "1E-130", "0.5", "1.5", "99", "1e2", "100.5",
                 "12345678901234567890123456789012345678",
                 "9.9999999999999999999999999999999999999E+125")  # fmt: skip
KINDS = ("click", "view", "click", None, "view", "click", "buy", "click", "view", None, "click",
         "buy", "click", "view")  # fmt: skip


def _events() -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for i, (number, kind) in enumerate(zip(EVENT_NUMBERS, KINDS, strict=True)):
        item: dict[str, Any] = {"pk": s("p1"), "sk": n(number), "title": s(f"t{i % 5}")}
        if kind is not None:
            item["kind"] = s(kind)
        if i % 3 != 2:  # sparse: every third item has no rank
            item["rank"] = n(str((i * 7) % 5 - 2))
        if i % 2 == 0:
            item["owner"] = s("ann" if i % 4 == 0 else "bob")
        if i % 4 != 3:
            item["lane"] = n(str(i % 2))
            item["tag"] = b(bytes([0x80 + i % 3]))
        item["tags"] = {"SS": ["a", "b"] if i % 2 else ["c"]}
        item["info"] = {"M": {"seq": n(str(i)), "list": {"L": [s("x"), n(str(-i))]}}}
        item["note"] = s("é" * (i % 4) + "x")
        if i % 5 == 0:
            item["flag"] = {"BOOL": i % 10 == 0}
            item["nothing"] = {"NULL": True}
        items.append(item)
    # other partitions: -0 and 0 are the same key, so -0 goes to a partition of its own
    items += [
        {"pk": s("p2"), "sk": n("-0"), "kind": s("click"), "rank": n("0"), "title": s("t0")},
        {"pk": s("p2"), "sk": n("7"), "kind": s("view"), "rank": n("-1"), "owner": s("ann")},
        {
            "pk": s("p3"),
            "sk": n("1"),
            "kind": s("click"),
            "rank": n("1"),
            "title": s("t1"),
            "lane": n("1"),
            "tag": b(b"\x81"),
            "num_as_text": s("1"),
            "mixed": n("5"),
        },
        {
            "pk": s("p3"),
            "sk": n("2"),
            "kind": s("click"),
            "rank": n("1"),
            "title": s("t1"),
            "lane": n("1"),
            "tag": b(b"\x81"),
            "mixed": s("5"),
        },
        {
            "pk": s("p3"),
            "sk": n("3"),
            "kind": s("click"),
            "rank": n("1"),
            "title": s("t1"),
            "lane": n("1"),
            "tag": b(b"\x81"),
            "mixed": b(b"5"),
        },
    ]
    return items


EVENTS: dict[str, Any] = {
    "KeySchema": _key("pk", "sk"),
    "AttributeDefinitions": _definitions(
        ("pk", "S"),
        ("sk", "N"),
        ("kind", "S"),
        ("rank", "N"),
        ("owner", "S"),
        ("title", "S"),
        ("lane", "N"),
        ("tag", "B"),
    ),
    "GlobalSecondaryIndexes": [
        _index("by_kind", _key("kind", "rank"), "ALL"),
        _index("kind_only", _key("kind"), "KEYS_ONLY"),
        _index("by_owner", _key("owner", "title"), "INCLUDE", "rank", "tags"),
        _index("by_pk_kind", _key("kind", "pk"), "KEYS_ONLY"),
        _index(
            "multi",
            [
                {"AttributeName": a, "KeyType": k}
                for a, k in (
                    ("kind", "HASH"),
                    ("lane", "HASH"),
                    ("title", "RANGE"),
                    ("tag", "RANGE"),
                )
            ],
            "ALL",
        ),
    ],
    "LocalSecondaryIndexes": [
        _index("by_rank", _key("pk", "rank"), "KEYS_ONLY"),
        _index("by_title", _key("pk", "title"), "INCLUDE", "note"),
    ],
    "items": _events(),
}

# In code point order (= UTF-8 byte order); UTF-16 would put the last two before U+E000.
TEXT_KEYS = ("A", "B", "a", "a b", "ab", "b", "é", "\u00ff", "\u0800", "\ud7ff", "\ue000",
             "\uffff", "\U00010000", "\U0001f600")  # fmt: skip
TEXTS: dict[str, Any] = {
    "KeySchema": _key("pk", "sk"),
    "AttributeDefinitions": _definitions(("pk", "S"), ("sk", "S"), ("label", "S")),
    "GlobalSecondaryIndexes": [
        _index("by_label", _key("label", "sk"), "KEYS_ONLY"),
        # A multi-attribute RANGE key holding the whole table key: one entry per key.
        _index("by_pk_label", [{"AttributeName": a, "KeyType": k} for a, k in (
            ("pk", "HASH"), ("label", "RANGE"), ("sk", "RANGE"))], "KEYS_ONLY"),
    ],
    "items": [{"pk": s("t"), "sk": s(k), "label": s("same" if i % 3 else "other"), "i": n(str(i))}
              for i, k in enumerate(TEXT_KEYS)]
    + [{"pk": s("\U0001f600"), "sk": s("\u00e9t\u00e9"), "label": s("same")}],
}  # fmt: skip

BLOB_KEYS = (b"\x00", b"\x00\x00", b"\x01", b"a", b"\x7f", b"\x80", b"\x80\x00", b"\xfe", b"\xff",
             b"\xff\x00", b"\xff\xff")  # fmt: skip
BLOBS: dict[str, Any] = {
    "KeySchema": _key("pk", "sk"),
    "AttributeDefinitions": _definitions(("pk", "S"), ("sk", "B"), ("tier", "B")),
    "GlobalSecondaryIndexes": [_index("by_tier", _key("tier", "sk"), "ALL")],
    "items": [{"pk": s("b"), "sk": b(k), "tier": b(b"\xf0" if i % 2 else b"\x10"),
               "size": n(str(len(k)))} for i, k in enumerate(BLOB_KEYS)],
}  # fmt: skip

ACCOUNTS: dict[str, Any] = {
    "KeySchema": _key("id"),
    "AttributeDefinitions": _definitions(("id", "N"), ("team", "S"), ("lvl", "N")),
    "GlobalSecondaryIndexes": [_index("by_team", _key("team", "lvl"), "INCLUDE", "email")],
    "items": [{"id": n(str(i)), "team": s("red" if i % 2 else "blue"), "lvl": n(level),
               "email": s(f"u{i}@x"), "age": n(str(20 + i))}
              for i, level in enumerate(("10", "-3", "1e1", "2.5", "-0.5", "10", "0", "7"))]
    + [{"id": n("100"), "email": s("no-team@x")}],
}  # fmt: skip

PAGES: dict[str, Any] = {
    "KeySchema": _key("pk", "sk"),
    "AttributeDefinitions": _definitions(("pk", "S"), ("sk", "N"), ("group", "S")),
    "GlobalSecondaryIndexes": [
        _index("by_group", _key("group", "sk"), "ALL"),
        _index("by_group_keys", _key("group", "sk"), "KEYS_ONLY"),
    ],
    "items": [{"pk": s("big"), "sk": n(str(i)), "group": s("g"), "data": s("x" * PAGE_PAYLOAD)}
              for i in range(PAGE_COUNT)],
}  # fmt: skip

RANGE_TABLES: dict[str, dict[str, Any]] = {
    "events": EVENTS,
    "texts": TEXTS,
    "blobs": BLOBS,
    "accounts": ACCOUNTS,
    "pages": PAGES,
}


def create_arguments(name: str) -> dict[str, Any]:
    """boto3 create_table arguments of a range table (without its items)."""
    spec = {k: v for k, v in RANGE_TABLES[name].items() if k != "items"}
    return {"TableName": name, "BillingMode": "PAY_PER_REQUEST", **spec}
