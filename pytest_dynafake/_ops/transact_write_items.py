"""TransactWriteItems: Put, Update, Delete and ConditionCheck over several tables, all or
nothing, with ``ClientRequestToken`` idempotency.

The handler validates every action in DynamoDB's order; ``run`` holds the fake's write lock
while it checks every condition (and computes every update) against the stored items, then
writes all of it, table by table, or nothing (see :mod:`._transact_run`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from .. import _messages_batch as m
from .. import _messages_write as w
from .. import _validation as v
from .._expr import messages_update as mu
from .._expr.request import Expressions, parse_request
from .._shape import STR, VALUE, Shape
from .._store import StoredItem, Table
from .._wire import Item, item_size
from . import _batch_items as items
from . import _write
from ._common import RequestContext, canonical_key, name_errors, resolve
from ._single import check_condition_keys
from ._transact_run import MEMBERS, Action, TransactWrite, cancelled
from ._transact_tokens import tokens_of

MAX_ACTIONS = 100
PAYLOAD_LIMIT = 4 * 1024 * 1024
_COMMON: dict[str, Shape] = {
    "TableName": STR,
    "ConditionExpression": STR,
    "ExpressionAttributeNames": {"*": STR},
    "ExpressionAttributeValues": {"*": VALUE},
    "ReturnValuesOnConditionCheckFailure": STR,
}
SHAPE: dict[str, Shape] = {
    "TransactItems": [
        {
            "ConditionCheck": {**_COMMON, "Key": VALUE},
            "Put": {**_COMMON, "Item": VALUE},
            "Delete": {**_COMMON, "Key": VALUE},
            "Update": {**_COMMON, "Key": VALUE, "UpdateExpression": STR},
        }
    ],
    "ReturnConsumedCapacity": STR,
    "ReturnItemCollectionMetrics": STR,
    "ClientRequestToken": STR,
}
_FIELDS = {"ConditionCheck": "conditionCheck", "Put": "put", "Delete": "delete", "Update": "update"}


def transact_write_items(body: Mapping[str, Any], context: RequestContext) -> TransactWrite:
    mode, metrics = _check_members(body)
    entries = cast("list[Mapping[str, Any] | None]", body["TransactItems"])
    kinds = [_kind_of(entry) for entry in entries]
    requests = [entry[kind] for entry, kind in zip(entries, kinds, strict=True) if entry]
    # Each action's expressions, then its item's or key's values, in request order, before
    # any table is read (live, paritysuite tier3 validation-ordering/transactions.test.ts;
    # within an action, the expressions first: DynamoDB Local, no capture).
    wires: list[tuple[Item, StoredItem | None]] = []
    parsed: list[Expressions] = []
    for kind, request in zip(kinds, requests, strict=True):
        parsed.append(_expressions(kind, request))
        wires.append(items.convert_action(kind, request))
    tables = [resolve(context, request["TableName"]) for request in requests]
    actions, problems = _keys(kinds, requests, tables, wires, parsed)
    token = body.get("ClientRequestToken")
    remembered = None
    if token is not None:
        # A token used by another request is refused before the request's other refusals
        # (DynamoDB Local: before its keys, before two actions on one item). A request that
        # would be refused was never answered, so only a mismatch can come of it here.
        remembered = (tokens_of(context.writer), token, _fingerprint(body))
        remembered[0].replay(token, remembered[2])
    for kind, table, expressions in zip(kinds, tables, parsed, strict=True):
        # A nested path into a key attribute in a Put's, Delete's or Update's condition, as
        # a single write's; a ConditionCheck's condition is evaluated (DynamoDB Local 3.3.1).
        if kind != "ConditionCheck":
            check_condition_keys(expressions.condition, table)
    _check_same_item(actions, requests, tables)
    for position, problem in enumerate(problems):
        if problem is not None:
            # Only the first invalid action gets a reason; the others say None (Scylla
            # Alternator's AWS-run test_transact_write_cancellation_reasons_validationerror).
            raise cancelled(len(actions), {position: problem})
    _check_payload(actions)
    return TransactWrite(
        context,
        mode,
        metrics,
        cast("list[Action]", actions),
        remembered,
    )


_ENVELOPE = mu.ENVELOPE.partition("{")[0]


def _expressions(kind: str, request: Mapping[str, Any]) -> Expressions:
    """An action's expressions. Their errors are bare in a transaction (live, paritysuite
    tier3 validation-ordering/transactions.test.ts, us-east-1 and eu-west-2, 2026-10-09:
    ``Invalid ConditionExpression: Syntax error; ...``, ``Value provided in
    ExpressionAttributeValues unused in expressions: keys: {:v}``), where PutItem, UpdateItem
    and DeleteItem now answer them inside "1 validation error detected: "."""
    try:
        return parse_request(request, condition=True, update=kind == "Update")
    except v.AwsError as error:
        if error.message.startswith(_ENVELOPE):
            raise v.invalid(error.message[len(_ENVELOPE) :]) from None
        raise


def request_tables(body: Mapping[str, Any]) -> tuple[str, ...]:
    names = (request.get("TableName") for _, request in _actions(body))
    return tuple(dict.fromkeys(n for n in names if isinstance(n, str)))


def request_keys(body: Mapping[str, Any]) -> list[tuple[Any, Any]]:
    """``(table, key)`` per action: an update's, delete's or check's ``Key``, a put's whole
    ``Item`` (the body alone does not say which of its attributes are the key)."""
    return [
        (request.get("TableName"), request.get("Item" if kind == "Put" else "Key"))
        for kind, request in _actions(body)
    ]


def _actions(body: Mapping[str, Any]) -> list[tuple[str, Mapping[str, Any]]]:
    entries = body.get("TransactItems")
    found: list[tuple[str, Mapping[str, Any]]] = []
    for entry in entries if isinstance(entries, list) else ():
        for kind in MEMBERS:
            request = entry.get(kind) if isinstance(entry, Mapping) else None
            if isinstance(request, Mapping):
                found.append((kind, request))
                break
    return found


def _check_members(body: Mapping[str, Any]) -> tuple[str, bool]:
    # A token of the wrong length is reported alone, first (newest wording, eu-west-2); the
    # other member constraints together, enums first (live, paritysuite tier3).
    token = body.get("ClientRequestToken")
    if token is not None and not 1 <= len(token) <= 36:
        constraint = m.TOKEN_TOO_LONG if token else m.TOKEN_TOO_SHORT
        raise v.constraint_errors(
            [v.CONSTRAINT_NO_ECHO.format(field=m.TOKEN_FIELD, constraint=constraint)]
        )
    errors: list[str] = []
    mode = v.check_return_consumed_capacity(body, errors)
    metrics = items.check_return_item_collection_metrics(body, errors)
    entries = body.get("TransactItems")
    if not isinstance(entries, list) or not 1 <= len(entries) <= MAX_ACTIONS:
        errors.append(
            v.CONSTRAINT_NO_ECHO.format(
                field=v.TRANSACT_ITEMS_FIELD,
                constraint=v.LIST_MAX_100 if entries else v.LIST_MIN_ONE,
            )
        )
    else:
        for position, entry in enumerate(entries, start=1):
            for kind in MEMBERS:
                request = entry.get(kind) if isinstance(entry, Mapping) else None
                if isinstance(request, Mapping):
                    errors.extend(_member_errors(position, kind, request))
    if errors:
        raise v.constraint_errors(errors)
    return mode, metrics


def _member_errors(position: int, kind: str, request: Mapping[str, Any]) -> list[str]:
    def field(member: str) -> str:
        return m.TRANSACT_WRITE_FIELD.format(position=position, action=_FIELDS[kind], member=member)

    errors = name_errors(request.get("TableName"), field("tableName"))
    required = {
        "Put": ("Item",),
        "Update": ("Key", "UpdateExpression"),
        "Delete": ("Key",),
        "ConditionCheck": ("Key", "ConditionExpression"),
    }[kind]
    for member in required:
        if request.get(member) is None:
            errors.append(
                v.CONSTRAINT.format(
                    value="null",
                    field=field(member[0].lower() + member[1:]),
                    constraint=v.MEMBER_NOT_NULL,
                )
            )
    returned = request.get("ReturnValuesOnConditionCheckFailure")
    if returned is not None and returned not in _write.ON_FAILURE:
        errors.append(
            v.CONSTRAINT.format(
                value=f"'{returned}'",
                field=field("returnValuesOnConditionCheckFailure"),
                constraint=w.ENUM_RETURN_VALUES_ON_CONDITION_CHECK_FAILURE,
            )
        )
    return errors


def _kind_of(entry: Mapping[str, Any] | None) -> str:
    # A null entry names no action either (DynamoDB Local fails with a 500 on it).
    kinds = [kind for kind in MEMBERS if entry is not None and entry.get(kind) is not None]
    if not kinds:
        raise v.invalid(m.TRANSACT_WRITE_NO_ACTION)
    if len(kinds) > 1:
        raise v.invalid(m.TRANSACT_WRITE_SEVERAL_ACTIONS)
    return kinds[0]


def _keys(
    kinds: Sequence[str],
    requests: Sequence[Mapping[str, Any]],
    tables: Sequence[Table],
    wires: Sequence[tuple[Item, StoredItem | None]],
    parsed: Sequence[Expressions],
) -> tuple[list[Action | None], list[str | None]]:
    """Each action's key, or the message its cancellation reason gives (a key the schema
    refuses; an update of a key attribute is refused later, when it is applied). An empty or
    too long key value is refused for the whole request, whichever action holds it (live,
    paritysuite tier3)."""
    actions: list[Action | None] = []
    problems: list[str | None] = []
    for kind, request, table, (wire, stored), expressions in zip(
        kinds, requests, tables, wires, parsed, strict=True
    ):
        try:
            key = (
                _write.stored_key(table, wire) if kind == "Put" else items.key_of(table, wire, None)
            )
        except v.AwsError as error:
            if not items.cancels(error.message):
                raise
            actions.append(None)
            problems.append(error.message)
            continue
        actions.append(
            Action(
                kind,
                request["TableName"],
                table,
                key,
                wire,
                stored,
                expressions.condition,
                expressions.update,
                request.get("ReturnValuesOnConditionCheckFailure") == "ALL_OLD",
            )
        )
        problems.append(None)
    return actions, problems


def _check_same_item(
    actions: Sequence[Action | None], requests: Sequence[Mapping[str, Any]], tables: Sequence[Table]
) -> None:
    seen: set[tuple[str, object]] = set()
    for action, request, table in zip(actions, requests, tables, strict=True):
        # By value: keys 1.5 and 1.50 name one item.
        if action is not None:
            target: tuple[str, object] = (table.name, action.key)
        else:
            given = (
                request["Key"]
                if "Key" in request
                else {name: request["Item"].get(name) for name in table.key_names}
            )
            target = (table.name, canonical_key(given))
        if target in seen:
            raise v.invalid(v.TRANSACT_SAME_ITEM)
        seen.add(target)


def _check_payload(actions: Sequence[Action | None]) -> None:
    """The 4 MB aggregate: a put's item, the key of any other action, summed in order
    (DynamoDB Local: the running size at the first action past the limit; Scylla
    Alternator's AWS-run tests: deleting 5 MB of items with a small request is allowed)."""
    total = 0
    for action in actions:
        assert action is not None
        total += action.stored.size if action.stored is not None else item_size(action.wire)
        if total > PAYLOAD_LIMIT:
            raise v.invalid(m.TRANSACT_PAYLOAD_TOO_LARGE.format(size=total))


def _fingerprint(body: Mapping[str, Any]) -> str:
    """The request as the token remembers it: its members whatever their order (the
    service ignores the order, localstack issue 6529), the token and
    ReturnConsumedCapacity aside (a replay may ask for capacity differently)."""
    import json

    kept = {
        k: v for k, v in body.items() if k not in ("ClientRequestToken", "ReturnConsumedCapacity")
    }
    return json.dumps(kept, sort_keys=True, separators=(",", ":"))
