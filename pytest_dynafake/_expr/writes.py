"""The expressions of a write: ConditionExpression or the legacy ``Expected`` (+
``ConditionalOperator``), and UpdateExpression or the legacy ``AttributeUpdates``.

:func:`~.request.parse_request` calls :func:`parse_write` when asked for ``condition`` or
``update``; DynamoDB's order (live: dynalite's live-checked tests; DynamoDB Local for the
rest, see tests/_expr_write_cases.py):

0. the member constraints of the legacy parameters (:func:`member_errors`: an operation
   joins them with its own; raised here alone, "1 validation error detected: ...", if not);
1. expression and non-expression parameters mixed (``{AttributeUpdates, Expected,
   ConditionalOperator}`` against ``{UpdateExpression, ConditionExpression}``), names or
   values without an expression that can use them;
2. ``item_check()``, the caller's checks of the Key or Item values (live makes them here);
   then ``AttributeUpdates`` (:mod:`.attribute_updates`);
3. ``Expected``'s own conditions (DynamoDB Local checks their shape before 1: a known
   difference), then ``ConditionalOperator`` without ``Expected``, or with fewer than two
   of its conditions;
4. ExpressionAttributeNames, ExpressionAttributeValues, then UpdateExpression (empty, size,
   syntax, checks), then ConditionExpression (the same), then names unused, then values
   unused, across every expression of the request.

With ``enveloped`` (PutItem, UpdateItem, DeleteItem) every error of steps 1, 3 and 4 is
answered inside the "1 validation error detected: " envelope (the newest live form,
:data:`~.messages_update.ENVELOPE`; a transaction's actions keep the bare sentence); the
caller's (2) as it raises them. The checks that need the table (``check_keys``) and the
errors met applying an update are bare. :class:`Condition` is what ``expressions.condition``
holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

import msgspec

from .. import _validation as v
from .._messages_range import ENUM_COMPARISON_OPERATOR
from .._wire import AttributeValue, Item
from .._wire_types import SerializationError
from . import conditions as c
from . import legacy
from . import messages as m
from . import messages_update as mu
from .attribute_updates import from_request
from .checks import check
from .evaluate import compile_condition
from .key_conditions import Term
from .paths import Path, resolve
from .projection import check_name_values, check_names
from .update import parse as parse_update
from .update_apply import Update
from .update_checks import check as check_update
from .update_checks import check_nested_keys
from .values import as_in_an_item, values_of

_EMPTY: Item = {}


class Condition:
    """A ConditionExpression or an ``Expected`` map: ``matches(item)`` for the stored item, or
    ``None`` when there is none (then only conditions true of a missing attribute hold:
    ``attribute_not_exists(pk)``, ``Exists: false``, ``<>``, ``NULL``). ``paths``: the
    document paths it names; ``legacy``: from ``Expected``."""

    __slots__ = ("_test", "legacy", "paths")

    def __init__(self, test: Callable[[Item], bool], paths: tuple[Path, ...], legacy: bool) -> None:
        self._test = test
        self.paths = paths
        self.legacy = legacy

    def check_keys(self, key_names: Iterable[str], index_keys: Iterable[str] = ()) -> None:
        """The checks that need the table (call before the update's): a nested path into a
        table key ("...: Key: pk"), then into an index key ("...: IndexKey: g")."""
        check_nested_keys(self.paths, key_names, index_keys)

    def matches(self, item: Item | None) -> bool:
        """Whether the condition holds for ``item`` (``None``: no item stored)."""
        return self._test(_EMPTY if item is None else item)


_EXPRESSIONS = ("UpdateExpression", "ConditionExpression")
_LEGACY = ("AttributeUpdates", "Expected", "ConditionalOperator")
_ENCODE = msgspec.json.Encoder().encode
# Parsed write expressions by the request members they come from: a loop parses once.
_CACHE: dict[bytes, tuple[Condition | None, Update | None]] = {}
_CACHE_SIZE = 512


def parse_write(
    body: Mapping[str, Any],
    *,
    condition: bool,
    update: bool,
    item_check: Callable[[], None] | None = None,
    enveloped: bool = False,
) -> tuple[Condition | None, Update | None]:
    """The condition and the update of a write request, validated (module docstring)."""
    try:
        return _parse_cached(body, condition, update, item_check)
    except _Covered as error:
        message = error.message
        if enveloped:
            if message.startswith(mu.VALUES_WITHOUT_EXPRESSION_WRITE):  # no tail since
                message = mu.VALUES_WITHOUT_EXPRESSION_WRITE
            message = mu.ENVELOPE.format(message=as_in_an_item(message))
        raise v.invalid(message) from None


class _Covered(v.AwsError):
    """An error of the checks the envelope covers (:func:`parse_write` words it)."""


def _parse_cached(
    body: Mapping[str, Any],
    condition: bool,
    update: bool,
    item_check: Callable[[], None] | None,
) -> tuple[Condition | None, Update | None]:
    members = (
        body.get("ConditionExpression") if condition else None,
        body.get("Expected") if condition else None,
        body.get("ConditionalOperator") if condition else None,
        body.get("UpdateExpression") if update else None,
        body.get("AttributeUpdates") if update else None,
        body.get("ExpressionAttributeNames"),
        body.get("ExpressionAttributeValues"),
        condition,
        update,
    )
    if item_check is not None:  # the item's checks come between: nothing cached
        return _parse(body, condition, update, item_check)
    try:
        cache_key = _ENCODE(members)
    except (TypeError, msgspec.EncodeError):  # not JSON-like: a raw client's odd input
        return _parse(body, condition, update, None)
    hit = _CACHE.get(cache_key)
    if hit is None:
        hit = _parse(body, condition, update, None)
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE), b""), None)  # other threads may evict too
        _CACHE[cache_key] = hit
    return hit


def _parse(
    body: Mapping[str, Any],
    condition: bool,
    update: bool,
    item_check: Callable[[], None] | None,
) -> tuple[Condition | None, Update | None]:
    expression_members = [
        name for name, wanted in zip(_EXPRESSIONS, (update, condition), strict=True) if wanted
    ]
    legacy_members = [
        name for name, wanted in zip(_LEGACY, (update, condition, condition), strict=True) if wanted
    ]
    members = member_errors(body, condition=condition, update=update)
    if members:
        raise v.constraint_errors([message for _, message in members])
    try:
        _check_mixing(body, expression_members, legacy_members)
    except SerializationError:
        raise
    except v.AwsError as error:
        raise _enveloped(error) from None
    if item_check is not None:
        item_check()
    try:
        return _checked(body, condition, update)
    except SerializationError:
        raise
    except v.AwsError as error:
        raise _enveloped(error) from None


def _checked(
    body: Mapping[str, Any], condition: bool, update: bool
) -> tuple[Condition | None, Update | None]:
    attribute_updates = body.get("AttributeUpdates") if update else None
    legacy_update = from_request(attribute_updates) if attribute_updates is not None else None
    expected = body.get("Expected") if condition else None
    terms = expected_terms(expected) if expected else None
    operator = body.get("ConditionalOperator") if condition else None
    if operator is not None:
        if not terms:
            raise v.invalid(m.CONDITIONAL_WITHOUT_FILTER)
        if len(terms) < 2:
            raise v.invalid(m.CONDITIONAL_ONE_ELEMENT)
    update_text = body.get("UpdateExpression") if update else None
    condition_text = body.get("ConditionExpression") if condition else None
    names_raw = body.get("ExpressionAttributeNames")
    check_names(names_raw, True, values=False)
    names: Mapping[str, str] = names_raw or {}
    values = values_of(body.get("ExpressionAttributeValues"))
    check_name_values(names)
    shown: Mapping[str, AttributeValue] = body.get("ExpressionAttributeValues") or {}
    used_names: set[str] = set()
    used_values: set[str] = set()
    result_update = None
    if update_text is not None:
        actions = check_update(parse_update(update_text), names, values, used_names, used_values)
        result_update = Update(actions, values, names)
    result_condition = None
    if condition_text is not None:
        parsed = c.parse(condition_text, m.CONDITION_PREFIX)
        check(parsed, m.CONDITION_PREFIX, names, values, used_names, used_values, shown)
        tree = parsed.tree
        paths = tuple(resolve(n.args, names) for n in c.walk(tree) if n.kind == "path")
        result_condition = Condition(compile_condition(tree, names, values), paths, False)
    unused = sorted(set(names) - used_names)
    if unused:
        raise v.invalid(v.NAMES_UNUSED.format(names=", ".join(unused)))
    unused = sorted(set(values) - used_values)
    if unused:
        raise v.invalid(m.VALUES_UNUSED.format(names=", ".join(unused)))
    if result_update is None and legacy_update is not None and legacy_update.actions:
        result_update = legacy_update
    if result_condition is None and terms:
        test = legacy.filter_matcher(terms, operator or "AND")
        result_condition = Condition(test, tuple((term.name,) for term in terms), True)
    return result_condition, result_update


def member_errors(
    body: Mapping[str, Any], *, condition: bool, update: bool
) -> list[tuple[str, str]]:
    """The member constraints of the write's legacy parameters, as ``(member, message)`` in
    request order: AttributeUpdates' actions, Expected's comparison operators, the
    ConditionalOperator. The operation joins them with its own members' into one
    "N validation errors detected: a; b" (:func:`~pytest_dynafake._validation.
    constraint_errors`), in the service's member order; :func:`parse_write` raises them
    alone if the operation did not."""
    found: list[tuple[str, str]] = []
    updates = body.get("AttributeUpdates") if update else None
    if isinstance(updates, Mapping):
        for name, change in updates.items():
            action = change.get("Action") if isinstance(change, Mapping) else None
            if action is not None and action not in ("ADD", "PUT", "DELETE"):
                field = f"attributeUpdates.{name}.member.action"
                found.append(("AttributeUpdates", _echo(action, field, mu.ENUM_ATTRIBUTE_ACTION)))
    expected = body.get("Expected") if condition else None
    if isinstance(expected, Mapping):
        for name, term in expected.items():
            operator = term.get("ComparisonOperator") if isinstance(term, Mapping) else None
            if operator is not None and operator not in legacy.OPERATORS:
                field = f"expected.{name}.member.comparisonOperator"
                found.append(("Expected", _echo(operator, field, ENUM_COMPARISON_OPERATOR)))
    operator = body.get("ConditionalOperator") if condition else None
    if operator is not None and operator not in ("AND", "OR"):
        message = _echo(operator, "conditionalOperator", mu.ENUM_CONDITIONAL_OPERATOR)
        found.append(("ConditionalOperator", message))
    return found


def _echo(value: object, field: str, constraint: str) -> str:
    return v.CONSTRAINT.format(value=f"'{value}'", field=field, constraint=constraint)


def _enveloped(error: v.AwsError) -> v.AwsError:
    return _Covered(error.code, error.message)


def check_expected_first(body: Mapping[str, Any], *, update: bool) -> None:
    """UpdateItem and DeleteItem check Expected's own terms before anything else about the
    expression members (mixing, names or values without an expression): DynamoDB Local
    3.3.1; PutItem checks the mixing first. Errors in the single-item envelope."""
    expected = body.get("Expected")
    if not isinstance(expected, Mapping) or not expected:
        return
    if member_errors(body, condition=True, update=update):
        return  # the constraint errors come first, together (parse_write)
    try:
        expected_terms(expected)
    except SerializationError:
        raise
    except v.AwsError as error:
        raise v.invalid(mu.ENVELOPE.format(message=error.message)) from None


def _check_mixing(body: Mapping[str, Any], expressions: list[str], legacies: list[str]) -> None:
    used = [name for name in expressions if body.get(name) is not None]
    if used:
        # Present even when empty (live: dynalite's "expression and non-expression" test,
        # with AttributeUpdates {}; DynamoDB Local ignores an empty map).
        mixed = [name for name in legacies if body.get(name) is not None]
        if mixed:
            raise v.invalid(
                m.MIXED_PARAMETERS.format(legacy=", ".join(mixed), expressions=", ".join(used))
            )
    if body.get("ExpressionAttributeNames") is not None and not used:
        raise v.invalid(v.NAMES_WITHOUT_EXPRESSION)
    if body.get("ExpressionAttributeValues") is not None and not used:
        verb = "are" if len(expressions) > 1 else "is"
        listed = " and ".join(expressions)
        raise v.invalid(m.VALUES_WITHOUT_EXPRESSION.format(expressions=f"{listed} {verb}"))


def expected_terms(expected: Mapping[str, Any]) -> tuple[Term, ...]:
    """Validate an ``Expected`` map (DynamoDB Local's checks and order, which dynalite's
    live-checked tests share); its conditions as legacy terms, in request order."""
    terms: list[Term] = []
    for name, condition in expected.items():
        if condition is None:
            raise v.invalid(mu.EXPECTED_NULL.format(name=name))
        has_list = condition.get("AttributeValueList") is not None
        value = condition.get("Value")
        exists = condition.get("Exists")
        operator = condition.get("ComparisonOperator")
        if has_list and value is not None:
            raise v.invalid(mu.EXPECTED_VALUE_AND_LIST.format(name=name))
        if operator is not None:
            if exists is not None:
                raise v.invalid(mu.EXPECTED_EXISTS_AND_OPERATOR.format(name=name))
            if operator not in ("NULL", "NOT_NULL") and not has_list and value is None:
                raise v.invalid(
                    mu.EXPECTED_OPERATOR_NEEDS_VALUE.format(operator=operator, name=name)
                )
            listed = condition["AttributeValueList"] if has_list else [value]
            if value is None and not has_list:
                listed = []
            (term,) = legacy.conditions(
                {name: {"ComparisonOperator": operator, "AttributeValueList": listed}}
            )
            terms.append(term)
            continue
        if has_list:
            raise v.invalid(mu.EXPECTED_LIST_WITHOUT_OPERATOR.format(name=name))
        if exists is None or exists:
            if value is None:
                shown = "null" if exists is None else "true"
                raise v.invalid(mu.EXPECTED_VALUE_REQUIRED.format(exists=shown, name=name))
            (term,) = legacy.conditions(
                {name: {"ComparisonOperator": "EQ", "AttributeValueList": [value]}}
            )
            terms.append(term)
        else:
            if value is not None:
                raise v.invalid(mu.EXPECTED_VALUE_WITH_NOT_EXISTS.format(name=name))
            terms.append(Term(name, "NULL", ()))
    return tuple(terms)
