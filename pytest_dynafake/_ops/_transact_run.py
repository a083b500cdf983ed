"""Running a validated TransactWriteItems: every condition checked and every update computed
against the stored items first, then every write applied, or nothing; the response and the
cancellation the service gives."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from .. import _messages_batch as m
from .. import _validation as v
from .._capacity import transact_units
from .._store import MAX_ITEM_SIZE, LookupKey, StoredItem, Table, item_json
from .._wire import Item, dumps
from . import _batch_items as items
from ._common import RequestContext, Target, resolve
from ._transact_tokens import Answer, Tokens
from .directives import Cancel, Directive

if TYPE_CHECKING:
    from .._expr.update_apply import Update
    from .._expr.writes import Condition

MEMBERS = ("ConditionCheck", "Put", "Delete", "Update")
WRITE_UNIT = 1024
# UpdateItem's words for an update that makes the item too large (dynalite's live
# updateItem.js); a transaction cancels with it as the action's ValidationError.
UPDATED_ITEM_TOO_LARGE = "Item size to update has exceeded the maximum allowed size"


class Action(NamedTuple):
    """One validated action of the transaction."""

    kind: str
    name: str
    """The table as the request names it (name or ARN)."""
    table: Table
    key: LookupKey
    wire: Item
    """A Put's item, or the key of any other action (wire form)."""
    stored: StoredItem | None
    """A Put's item as stored."""
    condition: Condition | None
    update: Update | None
    all_old: bool
    """``ReturnValuesOnConditionCheckFailure=ALL_OLD``."""


Token = tuple[Tokens, str, str]  # the fake's tokens, the token, the request's fingerprint


class TransactWrite:
    __slots__ = ("_context", "actions", "metrics", "mode", "token")

    def __init__(
        self,
        context: RequestContext,
        mode: str,
        metrics: bool,
        actions: list[Action],
        token: Token | None,
    ) -> None:
        self._context = context
        self.mode = mode
        self.metrics = metrics
        self.actions = actions
        self.token = token

    @property
    def targets(self) -> Sequence[Target]:
        return [Target(action.name, action.table, action.key) for action in self.actions]

    def run(self, directive: Directive | None = None) -> str:
        writer = self._context.writer
        with writer.lock:
            if self.token is not None:
                tokens, token, fingerprint = self.token
                replayed = tokens.replay(token, fingerprint)
                if replayed is not None:
                    return self._render(replayed)
            tables = [self._table(action) for action in self.actions]
            olds = [
                table.get(action.key) for table, action in zip(tables, self.actions, strict=True)
            ]
            if isinstance(directive, Cancel):
                found = {
                    p: old.wire
                    for p in directive.conditions_failed
                    if self.actions[p].all_old and (old := olds[p]) is not None
                }
                raise directive.error(len(self.actions), found)
            news = self._outcomes(olds)
            changes: dict[str, tuple[Table, list[tuple[LookupKey, StoredItem | None]]]] = {}
            units: dict[str, list[float]] = {}
            for action, table, old, new in zip(self.actions, tables, olds, news, strict=True):
                read, write = _units(action.kind, old, new)
                spent = units.setdefault(action.name, [0.0, 0.0])
                spent[0] += read
                spent[1] += write
                if action.kind != "ConditionCheck":
                    changes.setdefault(action.name, (table, []))[1].append((action.key, new))
            collections: dict[str, list[dict[str, Any]]] = {}
            for name, (table, writes) in changes.items():
                table.apply(writes)
                if self.metrics:
                    found_metrics = items.collection_metrics(table, writes)
                    if found_metrics:
                        collections[name] = found_metrics
            answer = Answer(
                tuple((name, tuple(spent)) for name, spent in units.items()),
                dumps(collections) if collections else None,
            )
            if self.token is not None:
                tokens, token, fingerprint = self.token
                tokens.remember(token, fingerprint, answer)
        return self._render(answer)

    def _table(self, action: Action) -> Table:
        """The table to read and write now: a write's is the layer's own (copied on first
        write), a check's the one the fake serves."""
        if action.kind == "ConditionCheck":
            return resolve(self._context, action.name)
        return self._context.writer.writable(action.name)

    def _outcomes(self, olds: Sequence[StoredItem | None]) -> list[StoredItem | None]:
        """What each action leaves at its key; raises the cancellation if a condition fails
        or an update cannot apply (every action is checked: the service reports them all)."""
        reasons: dict[int, dict[str, Any]] = {}
        news: list[StoredItem | None] = []
        for position, (action, old) in enumerate(zip(self.actions, olds, strict=True)):
            new = old if action.kind == "ConditionCheck" else None
            needed = action.update is not None or action.condition is not None
            current = old.wire if old is not None and needed else None
            if action.condition is not None and not action.condition.matches(current):
                reason: dict[str, Any] = {
                    "Code": m.CONDITIONAL_CHECK_FAILED_REASON,
                    "Message": m.CONDITION_FAILED,
                }
                if action.all_old and old is not None:
                    reason["Item"] = old.wire
                reasons[position] = reason
            elif action.kind == "Put":
                new = action.stored
            elif action.kind == "Update":
                assert action.update is not None
                try:
                    updated = action.update.apply(current, action.wire)
                    new = StoredItem(item_json(updated))
                    if new.may_exceed(MAX_ITEM_SIZE):
                        raise v.invalid(UPDATED_ITEM_TOO_LARGE)
                except v.AwsError as error:
                    reasons[position] = {
                        "Code": v.TRANSACT_VALIDATION_REASON,
                        "Message": error.message,
                    }
            news.append(new)
        if reasons:
            raise _cancellation(len(self.actions), reasons)
        return news

    def _render(self, answer: Answer) -> str:
        parts = []
        if self.mode != "NONE":
            capacity = [
                _consumed(self.mode, name, read, write) for name, (read, write) in answer.units
            ]
            parts.append('"ConsumedCapacity":' + dumps(capacity))
        if answer.metrics is not None:
            parts.append('"ItemCollectionMetrics":' + answer.metrics)
        return "{" + ",".join(parts) + "}"


def cancelled(count: int, messages: Mapping[int, str]) -> v.AwsError:
    """TransactionCanceledException: a ``ValidationError`` with its message at each position
    given, ``None`` for the others."""
    return _cancellation(
        count,
        {
            p: {"Code": v.TRANSACT_VALIDATION_REASON, "Message": text}
            for p, text in messages.items()
        },
    )


def _cancellation(count: int, reasons: Mapping[int, dict[str, Any]]) -> v.AwsError:
    aligned = [reasons.get(p, {"Code": v.TRANSACT_NO_REASON}) for p in range(count)]
    codes = ", ".join(reason["Code"] for reason in aligned)
    return v.AwsError(
        v.TRANSACTION_CANCELED,
        v.TRANSACT_CANCELED.format(codes=codes),
        fields={"CancellationReasons": aligned},
    )


def _units(kind: str, old: StoredItem | None, new: StoredItem | None) -> tuple[float, float]:
    """(read, write) units of one action: twice a strongly consistent read for a check,
    twice the 1 KB write units of the larger of the item before and after for a write."""
    if kind == "ConditionCheck":
        return transact_units(old.size if old is not None else 0), 0.0
    size = max(old.size if old is not None else 0, new.size if new is not None else 0)
    return 0.0, 2.0 * max(1, -(-size // WRITE_UNIT))


def _consumed(mode: str, name: str, read: float, write: float) -> dict[str, Any]:
    units: dict[str, float] = {}
    if read:
        units["ReadCapacityUnits"] = read
    if write:
        units["WriteCapacityUnits"] = write
    units["CapacityUnits"] = read + write
    entry: dict[str, Any] = {"TableName": name, **units}
    if mode == "INDEXES":
        entry["Table"] = dict(units)
    return entry
