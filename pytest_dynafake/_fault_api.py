"""The fault methods of [`DynaFake`][pytest_dynafake.DynaFake]; each has a marker of the same
arguments (``@pytest.mark.dynafake_throttle(...)`` and so on).

Every method takes the same targeting and schedule arguments, documented once in
``docs/faults.md``: ``table``, ``key``/``keys`` (plain Python values), ``attempt`` (botocore's
attempt number), ``times`` (``None``: every matching call), ``after`` (skip that many matching
calls), ``probability`` with ``seed``, ``during`` (a window of simulated seconds since the fake
started) and ``is_optional`` (no teardown failure if it never fires). Those that apply to
paginated reads (Query, Scan) also take ``index`` (an ``IndexName``) and ``page`` (the n-th
request of one pagination); ``throttle`` on a write takes ``index`` too (the global secondary
index whose back-pressure throttles it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ._errors import DynaFakeError
from ._fault_args import check_arguments
from ._faults import Fault, Kind

if TYPE_CHECKING:
    from ._shared import Shared
    from ._tables import TableSet

Key = Mapping[str, Any]
# A script answers by its outcomes: it has no schedule beyond them.
SCRIPT_DEFAULTS = {"times": None, "probability": None, "seed": None, "during": None}
# Page faults end pages, which are not items: they have no key to target.
PAGE_DEFAULTS: dict[str, Any] = {"key": None, "keys": None}


class FaultMethods:
    """Declares faults on a fake. Mixed into [`DynaFake`][pytest_dynafake.DynaFake]."""

    _faults: list[Fault]
    _tables: TableSet
    _shared: Shared | None

    def throttle(
        self,
        operation: str,
        *,
        error: str = "ProvisionedThroughputExceededException",
        table: str | None = None,
        index: str | None = None,
        key: Key | None = None,
        keys: Sequence[Key] | None = None,
        page: int | None = None,
        attempt: int | None = None,
        times: int | None = 1,
        after: int = 0,
        probability: float | None = None,
        seed: int | None = None,
        during: tuple[float, float] | None = None,
        is_optional: bool = False,
    ) -> Fault:
        """Throttle matching calls with ``error``: ProvisionedThroughputExceededException,
        ThrottlingException or RequestLimitExceeded, with ``ThrottlingReasons`` (an
        index's, for a Query or Scan of a global secondary index; the write side for a
        write, ``index=`` naming the global secondary index whose back-pressure throttles
        it). A BatchGetItem (BatchWriteItem) whose matching keys are only some of its keys
        succeeds and returns them in UnprocessedKeys (UnprocessedItems), as DynamoDB does;
        the table is left unchanged by a throttled write."""
        return self._add_fault("throttle", locals())

    def unprocessed(
        self,
        operation: str = "BatchGetItem",
        *,
        last: int | None = None,
        share: float | None = None,
        table: str | None = None,
        key: Key | None = None,
        keys: Sequence[Key] | None = None,
        attempt: int | None = None,
        times: int | None = 1,
        after: int = 0,
        probability: float | None = None,
        seed: int | None = None,
        during: tuple[float, float] | None = None,
        is_optional: bool = False,
    ) -> Fault:
        """Return matching BatchGetItem keys in UnprocessedKeys instead of reading them (or
        matching BatchWriteItem requests in UnprocessedItems instead of writing them, with
        ``operation="BatchWriteItem"``): all of them, the ``last`` n, or a ``share`` (0 to 1)
        picked by a seeded random; ``times=n`` for n rounds of a retry loop."""
        return self._add_fault("unprocessed", locals())

    def conflict(
        self,
        operation: str = "TransactGetItems",
        *,
        code: str = "TransactionConflict",
        table: str | None = None,
        key: Key | None = None,
        keys: Sequence[Key] | None = None,
        attempt: int | None = None,
        times: int | None = 1,
        after: int = 0,
        probability: float | None = None,
        seed: int | None = None,
        during: tuple[float, float] | None = None,
        is_optional: bool = False,
    ) -> Fault:
        """Cancel matching transactions (TransactGetItems, or TransactWriteItems) with
        TransactionCanceledException: the matching actions get ``code``
        (TransactionConflict, ThrottlingError, ProvisionedThroughputExceeded or
        ValidationError; ConditionalCheckFailed on TransactWriteItems, with the stored item
        when the action asked ``ReturnValuesOnConditionCheckFailure=ALL_OLD``) and
        DynamoDB's message for it, the others ``None``. A cancelled transaction writes
        nothing."""
        return self._add_fault("conflict", locals())

    def fail(
        self,
        operation: str,
        *,
        error: str = "InternalServerError",
        table: str | None = None,
        index: str | None = None,
        key: Key | None = None,
        keys: Sequence[Key] | None = None,
        page: int | None = None,
        attempt: int | None = None,
        times: int | None = 1,
        after: int = 0,
        probability: float | None = None,
        seed: int | None = None,
        during: tuple[float, float] | None = None,
        is_optional: bool = False,
    ) -> Fault:
        """Fail matching calls as the service or the network fails: InternalServerError
        (500), ServiceUnavailable (503), or ReadTimeout, ConnectTimeout and ConnectionError
        raised where botocore's transport raises them."""
        return self._add_fault("fail", locals())

    def script(
        self,
        operation: str,
        outcomes: Sequence[str],
        *,
        table: str | None = None,
        index: str | None = None,
        key: Key | None = None,
        keys: Sequence[Key] | None = None,
        page: int | None = None,
        attempt: int | None = None,
        after: int = 0,
        is_optional: bool = False,
    ) -> Fault:
        """Answer matching calls with ``outcomes`` in turn, one per call, then let calls
        through: ``"ok"``, ``"throttle"`` (or an error name: ``"ThrottlingException"``,
        ``"InternalServerError"``, ``"ReadTimeout"``...), ``"unprocessed"``, ``"conflict"``,
        ``"condition_fails"`` (writes)."""
        return self._add_fault("script", locals())

    def condition_fails(
        self,
        operation: str,
        *,
        table: str | None = None,
        key: Key | None = None,
        keys: Sequence[Key] | None = None,
        attempt: int | None = None,
        times: int | None = 1,
        after: int = 0,
        probability: float | None = None,
        seed: int | None = None,
        during: tuple[float, float] | None = None,
        is_optional: bool = False,
    ) -> Fault:
        """Fail the condition of matching writes, as a concurrent writer that got there first
        would: PutItem, UpdateItem and DeleteItem answer ConditionalCheckFailedException (with
        the stored item as ``Item`` when the request asked
        ``ReturnValuesOnConditionCheckFailure=ALL_OLD``), whatever their condition says;
        TransactWriteItems is cancelled with ``ConditionalCheckFailed`` on the matching
        actions. The table is left unchanged. botocore does not retry it: the code under test
        must (re-read, then write again)."""
        return self._add_fault("condition_fails", locals())

    def short_page(
        self,
        operation: str,
        *,
        items: int = 1,
        table: str | None = None,
        index: str | None = None,
        page: int | None = None,
        attempt: int | None = None,
        times: int | None = 1,
        after: int = 0,
        probability: float | None = None,
        seed: int | None = None,
        during: tuple[float, float] | None = None,
        is_optional: bool = False,
    ) -> Fault:
        """End matching Query or Scan pages after ``items`` items evaluated, with a
        ``LastEvaluatedKey``, as DynamoDB's 1 MB limit does: the client that follows it reads
        the rest on its next pages."""
        return self._add_fault("short_page", {**PAGE_DEFAULTS, **locals()})

    def empty_page(
        self,
        operation: str,
        *,
        table: str | None = None,
        index: str | None = None,
        page: int | None = None,
        attempt: int | None = None,
        times: int | None = 1,
        after: int = 0,
        probability: float | None = None,
        seed: int | None = None,
        during: tuple[float, float] | None = None,
        is_optional: bool = False,
    ) -> Fault:
        """Answer matching Query or Scan pages with no items and a ``LastEvaluatedKey``, as
        DynamoDB does when a filter drops every item a page read: the page ends on the items
        its filter drops before the first one it would return, and its cursor points before
        that one, so no item is lost or read twice. A page that starts with an item it returns
        cannot be emptied: without ``page=`` the fault waits for a page that can."""
        return self._add_fault("empty_page", {**PAGE_DEFAULTS, **locals()})

    def _add_fault(self, kind: Kind, arguments: dict[str, Any]) -> Fault:
        where = f"{kind}()"
        arguments = {**SCRIPT_DEFAULTS, **arguments} if kind == "script" else arguments
        check_arguments(where, kind, arguments)
        if self._shared is not None:
            raise DynaFakeError(self._shared.fault_refused(kind))
        key, keys = arguments["key"], arguments["keys"]
        fault = Fault(
            kind,
            arguments["operation"],
            table=arguments["table"],
            keys=[key] if key is not None else keys,
            attempt=arguments["attempt"],
            times=arguments["times"],
            after=arguments["after"],
            probability=arguments["probability"],
            seed=arguments["seed"],
            during=None if arguments["during"] is None else tuple(arguments["during"]),
            is_optional=arguments["is_optional"],
            options={
                n: tuple(arguments[n]) if n == "outcomes" else arguments[n]
                for n in ("error", "code", "last", "share", "outcomes", "items")
                if n in arguments
            },
            index=arguments.get("index"),
            page=arguments.get("page"),
        )
        fault._check_keys(self._tables.view)
        fault._check_index(self._tables.view)
        self._faults.append(fault)
        return fault
