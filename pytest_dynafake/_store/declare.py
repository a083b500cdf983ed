"""Secondary indexes as declared: ``create_table``'s ``GlobalSecondaryIndexes`` and
``LocalSecondaryIndexes``, and the short form of ``dynafake.table(..., indexes=...)``.

Every error is a :class:`~pytest_dynafake.DynaFakeError` naming the table, the index and the
attribute, and saying what to do.

The short form, ``indexes={name: spec}``, where a spec is

- a key: ``"status"`` or ``("status", "S")``: a GSI with that partition key;
- a pair of keys, ``(partition, sort)``: ``("status", ("created_at", "N"))``;
- a mapping: ``{"partition_key": key or [keys], "sort_key": key or [keys], "projection":
  "ALL" | "KEYS_ONLY" | [non-key attribute names] (INCLUDE), "local": True}`` (an LSI takes the
  table's partition key; several keys make a multi-attribute GSI key).

Projections default to ``ALL``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .._errors import DynaFakeError
from .index import GLOBAL, LOCAL, IndexSpec
from .keys import KeyAttribute

KEY_TYPES = ("S", "N", "B")
PROJECTIONS = ("ALL", "KEYS_ONLY", "INCLUDE")
MAX_GSI, MAX_LSI = 20, 5
MAX_KEY_PARTS = 4  # HASH and RANGE attributes each, in a GSI (multi-attribute keys)
MAX_NON_KEY = 100
SHORT_KEYS = frozenset({"partition_key", "sort_key", "projection", "local"})


def index_specs(
    table: str,
    key: tuple[KeyAttribute, ...],
    definitions: Mapping[str, str],
    arguments: Mapping[str, Any],
) -> tuple[IndexSpec, ...]:
    """The indexes of ``create_table`` arguments, checked against the table's key ``key`` and
    its ``AttributeDefinitions`` (``{name: type}``)."""
    specs: list[IndexSpec] = []
    for field, kind, most in (
        ("GlobalSecondaryIndexes", GLOBAL, MAX_GSI),
        ("LocalSecondaryIndexes", LOCAL, MAX_LSI),
    ):
        declared = arguments.get(field)
        if declared is None:
            continue
        if not isinstance(declared, list) or not all(isinstance(i, Mapping) for i in declared):
            raise DynaFakeError(
                f"table {table!r}: {field} {declared!r} must be a list of mappings, each with an "
                "IndexName, KeySchema and Projection, as boto3's create_table takes them"
            )
        if len(declared) > most:
            raise DynaFakeError(
                f"table {table!r}: {len(declared)} {field}; DynamoDB allows at most {most}: "
                "declare fewer"
            )
        for entry in declared:
            spec = _spec(table, kind, entry, key, definitions)
            if any(s.name == spec.name for s in specs):
                raise DynaFakeError(
                    f"table {table!r}, index {spec.name!r}: two indexes have this name; "
                    "give each index (global or local) its own IndexName"
                )
            specs.append(spec)
    # DynamoDB counts NonKeyAttributes summed over the table's indexes, an attribute projected
    # into two indexes twice (CreateTable's Projection reference).
    table_keys = {a.name for a in key}
    projected = sum(
        len(set(s.non_key_attributes) - table_keys - {a.name for a in s.hash_attributes}
            - {a.name for a in s.range_attributes})
        for s in specs
    )  # fmt: skip
    if projected > MAX_NON_KEY:
        counts = ", ".join(
            f"{s.name!r}: {len(s.non_key_attributes)}" for s in specs if s.non_key_attributes
        )
        raise DynaFakeError(
            f"table {table!r}: {projected} NonKeyAttributes over its indexes ({counts}); "
            f"DynamoDB allows at most {MAX_NON_KEY}, summed over all the indexes of a table: "
            "project fewer"
        )
    return tuple(specs)


def _spec(
    table: str,
    kind: str,
    entry: Mapping[str, Any],
    key: tuple[KeyAttribute, ...],
    definitions: Mapping[str, str],
) -> IndexSpec:
    name = entry.get("IndexName")
    if not isinstance(name, str) or not _valid_name(name):
        raise DynaFakeError(
            f"table {table!r}: IndexName {name!r} is not one DynamoDB accepts: use 3 to 255 "
            "characters from a-z, A-Z, 0-9, '_', '-' and '.'"
        )
    where = f"table {table!r}, index {name!r}"
    field = "GlobalSecondaryIndexes" if kind == GLOBAL else "LocalSecondaryIndexes"
    unknown = sorted(set(entry) - _ACCEPTED[kind])
    if unknown:
        raise DynaFakeError(
            f"{where}: {field} entry keys {unknown!r} are not understood; accepted: "
            f"{', '.join(sorted(_ACCEPTED[kind]))}"
        )
    hashes, ranges = _key_schema(where, kind, entry.get("KeySchema"), definitions)
    if kind == LOCAL:
        if len(key) < 2:
            raise DynaFakeError(
                f"{where}: a local secondary index needs a table with a sort key; declare the "
                "table's sort key or make the index global (GlobalSecondaryIndexes)"
            )
        if hashes != key[:1]:
            raise DynaFakeError(
                f"{where}: a local secondary index has the table's partition key, "
                f"{key[0].name!r}, as its HASH key, not {hashes[0].name!r}; use a global "
                "secondary index for another partition key"
            )
        if not ranges:
            raise DynaFakeError(
                f"{where}: a local secondary index needs a RANGE key (its sort key); add one "
                "to its KeySchema"
            )
    projection, non_key = _projection(where, entry.get("Projection"))
    return IndexSpec(name, kind, hashes, ranges, projection, non_key, dict(entry))


_ACCEPTED = {
    GLOBAL: frozenset(
        {
            "IndexName",
            "KeySchema",
            "Projection",
            "ProvisionedThroughput",
            "OnDemandThroughput",
            "WarmThroughput",
        }
    ),
    LOCAL: frozenset({"IndexName", "KeySchema", "Projection"}),
}


def _valid_name(name: object) -> bool:
    return (
        isinstance(name, str)
        and 3 <= len(name) <= 255
        and all(c.isascii() and (c.isalnum() or c in "_.-") for c in name)
    )


def _key_schema(
    where: str, kind: str, schema: object, definitions: Mapping[str, str]
) -> tuple[tuple[KeyAttribute, ...], tuple[KeyAttribute, ...]]:
    most = MAX_KEY_PARTS if kind == GLOBAL else 1
    shape = (
        f"up to {MAX_KEY_PARTS} HASH elements then up to {MAX_KEY_PARTS} RANGE elements"
        if kind == GLOBAL
        else "one HASH element and one RANGE element"
    )
    if not isinstance(schema, list) or not schema:
        raise DynaFakeError(
            f"{where}: KeySchema {schema!r} must be a list of "
            "{'AttributeName': ..., 'KeyType': 'HASH' | 'RANGE'} with " + shape
        )
    roles: dict[str, list[KeyAttribute]] = {"HASH": [], "RANGE": []}
    for element in schema:
        role = element.get("KeyType") if isinstance(element, Mapping) else None
        name = element.get("AttributeName") if isinstance(element, Mapping) else None
        if role not in roles or not isinstance(name, str) or (role == "HASH" and roles["RANGE"]):
            raise DynaFakeError(
                f"{where}: KeySchema {schema!r} must have {shape}, each "
                "{'AttributeName': ..., 'KeyType': 'HASH' | 'RANGE'}"
            )
        kind_of = definitions.get(name)
        if kind_of not in KEY_TYPES:
            raise DynaFakeError(
                f"{where}: key attribute {name!r} needs an AttributeDefinitions entry with "
                "AttributeType 'S', 'N' or 'B'; add {'AttributeName': "
                f"{name!r}, 'AttributeType': 'S'}} (or 'N', 'B')"
            )
        if any(a.name == name for group in roles.values() for a in group):
            raise DynaFakeError(
                f"{where}: attribute {name!r} appears twice in KeySchema; each key attribute "
                "is named once"
            )
        roles[role].append(KeyAttribute(name, kind_of))
    if not roles["HASH"] or len(roles["HASH"]) > most or len(roles["RANGE"]) > most:
        raise DynaFakeError(f"{where}: KeySchema {schema!r} must have {shape}")
    return tuple(roles["HASH"]), tuple(roles["RANGE"])


def _projection(where: str, projection: object) -> tuple[str, tuple[str, ...]]:
    if not isinstance(projection, Mapping):
        raise DynaFakeError(
            f"{where}: Projection {projection!r} must be a mapping such as "
            "{'ProjectionType': 'ALL'}, {'ProjectionType': 'KEYS_ONLY'} or "
            "{'ProjectionType': 'INCLUDE', 'NonKeyAttributes': ['name']}"
        )
    kind = projection.get("ProjectionType")
    non_key = projection.get("NonKeyAttributes")
    if kind not in PROJECTIONS:
        raise DynaFakeError(
            f"{where}: ProjectionType {kind!r} is not one DynamoDB knows; use 'ALL', "
            "'KEYS_ONLY' or 'INCLUDE'"
        )
    if kind != "INCLUDE":
        if non_key is not None:
            raise DynaFakeError(
                f"{where}: NonKeyAttributes are only for ProjectionType 'INCLUDE', not "
                f"{kind!r}; remove them or use 'INCLUDE'"
            )
        return kind, ()
    if (
        not isinstance(non_key, list)
        or not non_key
        or not all(isinstance(n, str) and n for n in non_key)
    ):
        raise DynaFakeError(
            f"{where}: ProjectionType 'INCLUDE' needs NonKeyAttributes, a non-empty list of "
            f"attribute names, not {non_key!r}"
        )
    # A key attribute may be listed too (the service accepts it, and projects it anyway).
    if len(set(non_key)) != len(non_key):
        raise DynaFakeError(f"{where}: NonKeyAttributes {non_key!r} names an attribute twice")
    return "INCLUDE", tuple(non_key)


# -- the short form ---------------------------------------------------------------------------
def from_short_form(
    table: str, key: tuple[KeyAttribute, ...], indexes: object
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, str]]:
    """``(GlobalSecondaryIndexes, LocalSecondaryIndexes, {attribute: type})`` of the short form
    (see the module), for :func:`index_specs`."""
    if not isinstance(indexes, Mapping):
        raise DynaFakeError(
            f"table {table!r}: indexes= is a mapping of index names to specs, such as "
            "{'by_status': ('status', ('created_at', 'N'))}, not " + type(indexes).__name__
        )
    types = {a.name: a.type for a in key}
    gsis: list[dict[str, Any]] = []
    lsis: list[dict[str, Any]] = []
    for name, spec in indexes.items():
        where = f"table {table!r}, index {name!r}"
        options = _options(where, spec)
        local = options.get("local", False)
        if local not in (True, False):
            raise DynaFakeError(f"{where}: 'local' is True or False, not {local!r}")
        if local and "partition_key" in options:
            hashes = _keys(where, "partition_key", options["partition_key"])
        elif local:
            hashes = list(key[:1])
        elif "partition_key" not in options:
            raise DynaFakeError(
                f"{where}: a global index needs a 'partition_key'; give one, or 'local': True "
                "for a local index on the table's partition key"
            )
        else:
            hashes = _keys(where, "partition_key", options["partition_key"])
        ranges = _keys(where, "sort_key", options.get("sort_key", []))
        for attribute in hashes + ranges:
            if types.setdefault(attribute.name, attribute.type) != attribute.type:
                raise DynaFakeError(
                    f"{where}, attribute {attribute.name!r}: declared {attribute.type} here and "
                    f"{types[attribute.name]} elsewhere on the table; an attribute has one type"
                )
        entry: dict[str, Any] = {
            "IndexName": name,
            "KeySchema": [{"AttributeName": a.name, "KeyType": "HASH"} for a in hashes]
            + [{"AttributeName": a.name, "KeyType": "RANGE"} for a in ranges],
            "Projection": _short_projection(where, options.get("projection", "ALL")),
        }
        (lsis if local else gsis).append(entry)
    return gsis, lsis, types


def _options(where: str, spec: object) -> dict[str, Any]:
    if isinstance(spec, Mapping):
        unknown = sorted(set(spec) - SHORT_KEYS)
        if unknown:
            raise DynaFakeError(
                f"{where}: keys {unknown!r} are not understood; give 'partition_key', "
                "'sort_key', 'projection' and 'local'"
            )
        return dict(spec)
    if _is_key(spec):
        return {"partition_key": spec}
    if isinstance(spec, tuple | list) and len(spec) == 2:
        return {"partition_key": spec[0], "sort_key": spec[1]}
    raise DynaFakeError(
        f"{where}: {spec!r} is not an index spec; give its partition key ('status' or "
        "('status', 'S')), a (partition key, sort key) pair, or a mapping with "
        "'partition_key', 'sort_key', 'projection' and 'local'"
    )


def _is_key(spec: object) -> bool:
    return (isinstance(spec, str) and bool(spec)) or (
        isinstance(spec, tuple | list)
        and len(spec) == 2
        and isinstance(spec[0], str)
        and spec[1] in KEY_TYPES
    )


def _keys(where: str, role: str, spec: object) -> list[KeyAttribute]:
    if _is_key(spec):
        specs: Sequence[Any] = [spec]
    elif isinstance(spec, list | tuple):
        specs = spec
    else:
        specs = [spec]
    out = []
    for one in specs:
        if not _is_key(one):
            raise DynaFakeError(
                f"{where}: {role} {one!r} is not a key; give the attribute name, or a "
                "(name, type) pair with type 'S', 'N' or 'B' (a list of them for a "
                "multi-attribute key)"
            )
        out.append(KeyAttribute(one, "S") if isinstance(one, str) else KeyAttribute(*one))
    return out


def _short_projection(where: str, projection: object) -> dict[str, Any]:
    if projection in ("ALL", "KEYS_ONLY"):
        return {"ProjectionType": projection}
    if isinstance(projection, list | tuple) and all(isinstance(n, str) for n in projection):
        return {"ProjectionType": "INCLUDE", "NonKeyAttributes": list(projection)}
    raise DynaFakeError(
        f"{where}: projection {projection!r} is not one; give 'ALL', 'KEYS_ONLY' or a list of "
        "the non-key attributes to include"
    )
