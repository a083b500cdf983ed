"""One entry point for the expressions of a request: :func:`parse_request`.

``parse_request(body, *, key_condition, filter, projection, filter_member="QueryFilter",
start_key_check=None) -> Expressions`` validates, in DynamoDB's order (dynalite's
live-checked validations), every expression and legacy condition parameter of a Query
(``key_condition=True``), a Scan (``filter_member="ScanFilter"``) and later the writes:

1. expression and non-expression parameters mixed; ExpressionAttributeNames or
   ExpressionAttributeValues without an expression that can use them;
2. the legacy filter's conditions; AttributesToGet duplicates; then ``start_key_check()``
   (the operation's ExclusiveStartKey checks, which DynamoDB makes here);
3. (Query) KeyConditions or KeyConditionExpression required;
4. ExpressionAttributeNames (empty, bad keys, empty values), ExpressionAttributeValues (empty,
   bad keys, bad values); an empty expression (KeyCondition, Filter, Projection); then each
   expression in turn (Filter, Projection, KeyCondition: DynamoDB Local's order): size,
   syntax, then its checks (see :func:`~.checks.check`); unused names, then unused values,
   across ALL expressions of the request;
5. the key condition's own rules (operators, one condition per key...), then KeyConditions'.

The result holds ``key_condition`` (a :class:`~.key_conditions.KeyCondition` from either
form; bind it with :func:`~.key_conditions.bind` once the table or index is known),
``filter`` (a :class:`Filter`: ``matches(item)``) and ``projection`` (a
:class:`~.projection.Projection` from ProjectionExpression or AttributesToGet), each
``None`` when absent; once the table is known, :meth:`Expressions.check_keys` makes the
checks on key attributes named in the expressions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import msgspec

from .. import _validation as v
from .._wire import AttributeValue, Item
from . import conditions as c
from . import legacy
from . import messages as m
from .checks import check
from .evaluate import compile_condition
from .key_conditions import KeyCondition, from_tree
from .paths import Path, resolve
from .projection import Projection, bind, check_names, legacy_projection, parse_raw
from .values import checked_values as _values

if TYPE_CHECKING:
    from .update_apply import Update
    from .writes import Condition


class Filter:
    """A FilterExpression, QueryFilter or ScanFilter: ``matches(item)``; ``paths`` are the
    document paths it names, in order; ``legacy`` tells the two families apart (their
    messages differ)."""

    __slots__ = ("legacy", "matches", "paths")

    def __init__(
        self, matches: Callable[[Item], bool], paths: tuple[Path, ...], legacy: bool
    ) -> None:
        self.matches = matches
        self.paths = paths
        self.legacy = legacy


@dataclass(frozen=True)
class Expressions:
    """What :func:`parse_request` gives; see the module docstring. ``condition`` (a
    :class:`~.writes.Condition`: ``matches(item | None)``) and ``update`` (an
    :class:`~.update_apply.Update`: ``check_keys``, ``apply``, ``returned``) for writes."""

    key_condition: KeyCondition | None
    filter: Filter | None
    projection: Projection | None
    condition: Condition | None = None
    update: Update | None = None

    def check_keys(
        self,
        table_keys: Sequence[str],
        index_keys: Sequence[str] = (),
        queried_keys: Sequence[str] | None = None,
    ) -> None:
        """The checks that need the table (call before :func:`~.key_conditions.bind`).

        ``table_keys``: the table's key attribute names; ``index_keys``: the key attribute
        names of all its indexes (LSI and GSI); ``queried_keys`` (Query only): the key
        attributes of the table or index read, which a filter may not name at all (live
        checks this first). Then, for the filter and then the projection: a nested path into
        a table key ("Key: x"), then into an index key ("IndexKey: x")."""
        if queried_keys is not None and self.filter is not None:
            for path in self.filter.paths:
                if path[0] in queried_keys:
                    template = (
                        m.QUERY_FILTER_KEY_ATTRIBUTE
                        if self.filter.legacy
                        else m.FILTER_KEY_ATTRIBUTE
                    )
                    raise v.invalid(template.format(name=path[0]))
        groups = (
            self.filter.paths if self.filter else (),
            self.projection.paths if self.projection else (),
        )
        for paths in groups:
            nested = [str(path[0]) for path in paths if len(path) > 1]
            for name in nested:
                if name in table_keys:
                    raise v.invalid(v.PROJECTION_KEY_PATH.format(name=name))
            for name in nested:
                if name in index_keys:
                    raise v.invalid(m.INDEX_KEY_SCALAR_ONLY.format(name=name))


_EXPRESSIONS = ("ProjectionExpression", "FilterExpression", "KeyConditionExpression")
_ENCODE = msgspec.json.Encoder().encode


def parse_request(
    body: Mapping[str, Any],
    *,
    key_condition: bool = False,
    filter: bool = False,
    projection: bool = False,
    condition: bool = False,
    update: bool = False,
    filter_member: str = "QueryFilter",
    start_key_check: Callable[[], None] | None = None,
    item_check: Callable[[], None] | None = None,
    enveloped: bool = False,
) -> Expressions:
    """Validate and parse the expressions of ``body`` (see the module docstring).

    A write asks for ``condition=True`` (PutItem, DeleteItem, UpdateItem, a transaction's
    ConditionCheck/Put/Delete/Update: ConditionExpression or Expected + ConditionalOperator)
    and ``update=True`` (UpdateItem, a transaction's Update: UpdateExpression), and nothing
    else: see :mod:`.writes` for their order. ``item_check`` (writes): the operation's checks
    of its Key/Item values, called where DynamoDB makes them (after the mixing errors,
    before Expected's). ``enveloped`` (writes): the expression and legacy-condition errors
    inside "1 validation error detected: " (the newest live form of PutItem, UpdateItem and
    DeleteItem; no capture for a transaction's actions). ``Expressions.condition`` /
    ``Expressions.update`` are ``None`` when the request has none."""
    if condition or update:
        from .writes import parse_write

        found_condition, found_update = parse_write(
            body, condition=condition, update=update, item_check=item_check, enveloped=enveloped
        )
        return Expressions(None, None, None, found_condition, found_update)
    expression_members = [
        name
        for name, wanted in zip(_EXPRESSIONS, (projection, filter, key_condition), strict=True)
        if wanted
    ]
    legacy_members = [
        name
        for name, wanted in (
            ("AttributesToGet", projection),
            (filter_member, filter),
            ("ConditionalOperator", filter),
            ("KeyConditions", key_condition),
        )
        if wanted
    ]
    _check_mixing(body, expression_members, legacy_members)
    legacy_filter = body.get(filter_member) if filter else None
    filter_terms = legacy.conditions(legacy_filter) if legacy_filter is not None else None
    if filter and body.get("ConditionalOperator") is not None:
        if not filter_terms:
            raise v.invalid(m.CONDITIONAL_WITHOUT_FILTER)
        if len(filter_terms) < 2:
            raise v.invalid(m.CONDITIONAL_ONE_ELEMENT)
    attributes = body.get("AttributesToGet") if projection else None
    legacy_proj = legacy_projection(tuple(attributes)) if attributes is not None else None
    if start_key_check is not None:
        start_key_check()
    key_text = body.get("KeyConditionExpression") if key_condition else None
    if key_condition and key_text is None and body.get("KeyConditions") is None:
        raise v.invalid(m.KEY_CONDITION_REQUIRED)
    filter_text = body.get("FilterExpression") if filter else None
    projection_text = body.get("ProjectionExpression") if projection else None
    parsed = _expressions(
        key_text,
        filter_text,
        projection_text,
        body.get("ExpressionAttributeNames"),
        body.get("ExpressionAttributeValues"),
    )
    key = parsed.key_condition
    if key is None and key_condition and body.get("KeyConditions") is not None:
        key = legacy.key_condition(body["KeyConditions"])
    result_filter = parsed.filter
    if result_filter is None and filter_terms:
        operator = body.get("ConditionalOperator") or "AND"
        paths = tuple((term.name,) for term in filter_terms)
        result_filter = Filter(legacy.filter_matcher(filter_terms, operator), paths, legacy=True)
    return Expressions(key, result_filter, parsed.projection or legacy_proj)


# Parsed expressions by request text: a paging loop or a benchmark parses once.
_CACHE: dict[tuple[Any, ...], Expressions] = {}
_CACHE_SIZE = 512


def _expressions(
    key_text: str | None,
    filter_text: str | None,
    projection_text: str | None,
    names_raw: object,
    values_raw: object,
) -> Expressions:
    try:
        names_key = tuple(names_raw.items()) if isinstance(names_raw, Mapping) else names_raw
        values_key = _ENCODE(values_raw)
        cache_key = (key_text, filter_text, projection_text, names_key, values_key)
        hit = _CACHE.get(cache_key)
    except TypeError:  # not JSON-like (a raw client's odd input): no caching
        return _parse_expressions(key_text, filter_text, projection_text, names_raw, values_raw)
    if hit is None:
        hit = _parse_expressions(key_text, filter_text, projection_text, names_raw, values_raw)
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE), ()), None)  # other threads may evict too
        _CACHE[cache_key] = hit
    return hit


def _parse_expressions(
    key_text: str | None,
    filter_text: str | None,
    projection_text: str | None,
    names_raw: object,
    values_raw: object,
) -> Expressions:
    check_names(names_raw, True)
    names: Mapping[str, str] = names_raw or {}  # type: ignore[assignment]
    values = _values(values_raw)
    used_names: set[str] = set()
    used_values: set[str] = set()
    # An empty expression is refused first, KeyCondition before Filter (dynalite's live test;
    # DynamoDB Local names the FilterExpression); then each expression in DynamoDB Local's
    # order: Filter, Projection, KeyCondition.
    # Alone, an empty KeyCondition comes in its own turn, after the filter's checks (DynamoDB
    # Local 3.3.1, q-empty-key-condition-then-filter).
    other_empty = "" in (filter_text, projection_text)
    for text, prefix in (
        (key_text if other_empty else None, m.KEY_CONDITION_PREFIX),
        (filter_text, m.FILTER_PREFIX),
        (projection_text, v.PROJECTION_PREFIX),
    ):
        if text == "":
            raise v.invalid(prefix + m.EMPTY_DETAIL)
    shown: Mapping[str, AttributeValue] = values_raw or {}  # type: ignore[assignment]
    filter_parsed = _condition(
        filter_text, m.FILTER_PREFIX, names, values, used_names, used_values, shown
    )
    parsed_projection = None
    if projection_text is not None:
        parsed_projection = bind(parse_raw(projection_text), names, used_names)
    if key_text == "":
        raise v.invalid(m.KEY_CONDITION_PREFIX + m.EMPTY_DETAIL)
    key_parsed = _condition(
        key_text, m.KEY_CONDITION_PREFIX, names, values, used_names, used_values, shown
    )
    unused = sorted(set(names) - used_names)
    if unused:
        raise v.invalid(v.NAMES_UNUSED.format(names=", ".join(unused)))
    unused = sorted(set(values) - used_values)
    if unused:
        raise v.invalid(m.VALUES_UNUSED.format(names=", ".join(unused)))
    key = from_tree(key_parsed.tree, names, values) if key_parsed is not None else None
    result_filter: Filter | None = None
    if filter_parsed is not None:
        tree = filter_parsed.tree
        paths = tuple(resolve(n.args, names) for n in c.walk(tree) if n.kind == "path")
        result_filter = Filter(compile_condition(tree, names, values), paths, legacy=False)
    return Expressions(key, result_filter, parsed_projection)


def _check_mixing(body: Mapping[str, Any], expressions: list[str], legacies: list[str]) -> None:
    used = [name for name in expressions if body.get(name) is not None]
    if used:
        if body.get("KeyConditions") is not None and body.get("KeyConditionExpression") is None:
            legacies = [name for name in legacies if name != "KeyConditions"]
        mixed = [name for name in legacies if body.get(name) is not None]
        if mixed:
            raise v.invalid(
                m.MIXED_PARAMETERS.format(legacy=", ".join(mixed), expressions=", ".join(used))
            )
    if body.get("ExpressionAttributeNames") is not None and not used:
        raise v.invalid(v.NAMES_WITHOUT_EXPRESSION)
    value_members = [name for name in expressions if name != "ProjectionExpression"]
    if (
        value_members
        and body.get("ExpressionAttributeValues") is not None
        and all(body.get(name) is None for name in value_members)
    ):
        verb = "are" if len(value_members) > 1 else "is"
        listed = " and ".join(value_members)
        raise v.invalid(m.VALUES_WITHOUT_EXPRESSION.format(expressions=f"{listed} {verb}"))


def _condition(
    text: str | None,
    prefix: str,
    names: Mapping[str, str],
    values: Mapping[str, AttributeValue],
    used_names: set[str],
    used_values: set[str],
    shown: Mapping[str, AttributeValue],
) -> c.Parsed | None:
    if text is None:
        return None
    parsed = c.parse(text, prefix)
    check(parsed, prefix, names, values, used_names, used_values, shown)
    return parsed
