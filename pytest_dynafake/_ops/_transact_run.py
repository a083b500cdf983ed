"""Running a validated TransactWriteItems: every condition checked and every update computed
against the stored items first, then every write applied, or nothing; the response and the
cancellation the service gives."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from .. import _messages_write as w
from .. import _validation as v
from .._capacity import consumed_write, transact_units, write_units
from .._fault_answers import CONDITION_FAILED
from .._store import LookupKey, StoredItem, Table
from .._wire import Item, dumps
from . import _batch_items as items
from . import _write
from ._common import RequestContext, Target, resolve
from ._single import index_key_names
from ._transact_tokens import Answer, Tokens
from .directives import Cancel, Directive

if TYPE_CHECKING:
    from .._expr.update_apply import Update
    from .._expr.writes import Condition

MEMBERS = ("ConditionCheck", "Put", "Delete", "Update")


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
        if self.token is not None:
            tokens, token, fingerprint = self.token
            replayed = tokens.replay(token, fingerprint)
            if replayed is not None:
                return self._render(replayed)
        tables = [self._table(action) for action in self.actions]
        olds = [table.get(action.key) for table, action in zip(tables, self.actions, strict=True)]
        if isinstance(directive, Cancel):
            found = {
                p: old.wire
                for p in directive.conditions_failed
                if self.actions[p].all_old and (old := olds[p]) is not None
            }
            raise directive.error(len(self.actions), found)
        news = self._outcomes(olds)
        changes: dict[str, tuple[Table, list[tuple[LookupKey, StoredItem | None]]]] = {}
        units: dict[str, _Units] = {}
        for action, table, old, new in zip(self.actions, tables, olds, news, strict=True):
            units.setdefault(action.name, _Units()).add(action.kind, table, old, new)
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
            tuple(units.items()),
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
        """What each action leaves at its key, or the cancellation. Every condition first:
        each that fails is reported (Scylla Alternator's AWS-run
        test_transact_write_cancellation_reasons_conditionalcheckfailed), and an action whose
        condition fails is not applied (DynamoDB Local). Then every update: one that cannot
        apply to the stored item (an operand of the wrong type, an item over 400 KB) cancels
        with a ``ValidationError``, the first such action only, as for a refused key."""
        currents = [
            old.wire
            if old is not None and (a.update is not None or a.condition is not None)
            else None
            for a, old in zip(self.actions, olds, strict=True)
        ]
        for position, (action, current) in enumerate(zip(self.actions, currents, strict=True)):
            # An Update of a key attribute (or a path into a key) whose own condition holds
            # cancels alone, before any other condition; one whose condition fails reports
            # that failure (DynamoDB Local; UpdateItem checks the condition first too).
            if action.update is not None:
                try:
                    action.update.check_keys(action.table.key_names, index_key_names(action.table))
                except v.AwsError as error:
                    if action.condition is None or action.condition.matches(current):
                        raise cancelled(len(self.actions), {position: error.message}) from None
        reasons: dict[int, dict[str, Any]] = {}
        for position, (action, old, current) in enumerate(
            zip(self.actions, olds, currents, strict=True)
        ):
            if action.condition is not None and not action.condition.matches(current):
                reason: dict[str, Any] = {"Code": CONDITION_FAILED, "Message": w.CONDITIONAL_FAILED}
                if action.all_old and old is not None:
                    reason["Item"] = old.wire
                reasons[position] = reason
        if reasons:
            raise _cancellation(len(self.actions), reasons)
        news: list[StoredItem | None] = []
        for position, (action, old, current) in enumerate(
            zip(self.actions, olds, currents, strict=True)
        ):
            if action.kind == "Put":
                news.append(action.stored)
            elif action.kind == "Update":
                assert action.update is not None
                try:
                    updated = action.update.apply(current, action.wire)
                    new = _write.stored_item(updated)
                    _write.check_updated(new)
                    _write.stored_key(action.table, updated, update=True)
                except v.AwsError as error:
                    raise cancelled(len(self.actions), {position: error.message}) from None
                news.append(new)
            else:
                news.append(old if action.kind == "ConditionCheck" else None)
        return news

    def _render(self, answer: Answer) -> str:
        parts = []
        if self.mode != "NONE":
            capacity = [spent.consumed(self.mode, name) for name, spent in answer.units]
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


class _Units:
    """One table's capacity in a transaction: twice a strongly consistent read for each
    check, twice the 1 KB write units of each write and its index writes
    (:func:`_write.index_writes`)."""

    __slots__ = ("indexes", "read", "write")

    def __init__(self) -> None:
        self.read = 0.0
        self.write = 0.0
        self.indexes: dict[str, dict[str, float]] = {}

    def add(self, kind: str, table: Table, old: StoredItem | None, new: StoredItem | None) -> None:
        if kind == "ConditionCheck":
            self.read += transact_units(old.size if old is not None else 0)
            return
        size = max(old.size if old is not None else 0, new.size if new is not None else 0)
        self.write += write_units(size, transactional=True)
        for group, written in _write.index_writes(table, old, new, transactional=True).items():
            into = self.indexes.setdefault(group, {})
            for index, spent in written.items():
                into[index] = into.get(index, 0.0) + spent

    def consumed(self, mode: str, name: str) -> dict[str, Any]:
        """The table's ``ConsumedCapacity`` entry: ``WriteCapacityUnits`` as single's writes
        report them in a transaction, ``ReadCapacityUnits`` for the checks, as TransactGetItems
        reports its reads."""
        if not self.read:
            return consumed_write(mode, name, self.write, self.indexes, transactional=True)
        entry = consumed_write(mode, name, self.write, self.indexes, transactional=True)
        written = entry["CapacityUnits"]
        entry = {"TableName": name, "ReadCapacityUnits": self.read}
        if written:
            entry["WriteCapacityUnits"] = written
        entry["CapacityUnits"] = self.read + written
        if mode == "INDEXES":
            table = {"ReadCapacityUnits": self.read}
            if self.write:
                table["WriteCapacityUnits"] = self.write
            table["CapacityUnits"] = self.read + self.write
            entry["Table"] = table
            for group, found in self.indexes.items():
                entry[group] = {
                    index: {"WriteCapacityUnits": u, "CapacityUnits": u}
                    for index, u in found.items()
                }
        return entry
