"""Answering one request: decode, validate, let the faults decide, run, log."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from typing import Any, cast

from . import _validation as v
from ._botocore import FakeResponse, attempt_of, decode_body, region_of
from ._calls import Call
from ._clock import SimulatedClock
from ._compose import decide
from ._deep import run_deep
from ._errors import DynaFakeError
from ._faults import Fault, summary
from ._ops import REGISTRY, Directive, Paged, RequestContext, Writer, served
from ._pages import PageBook
from ._shape import check as check_shape
from ._store import Table
from ._wire import utf8

_request_ids = itertools.count(1)


def respond(
    operation: str,
    request: Any,
    tables: Mapping[str, Table],
    writer: Writer,
    faults: Sequence[Fault],
    clock: SimulatedClock,
    calls: list[Call],
    pages: PageBook,
) -> FakeResponse:
    served_operation = REGISTRY.get(operation)
    if served_operation is None:
        raise DynaFakeError(
            f"pytest-dynafake does not serve DynamoDB {operation}; it serves {served()}. "
            "The request was not sent anywhere: no DynamoDB request leaves the machine "
            "while a fake is active."
        )
    attempt = attempt_of(request)
    raw = request.body or b""  # what the call log keeps: 16x smaller than the decoded body
    if not isinstance(raw, bytes):
        raw = raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else bytes(raw)
    body: Any = {}
    page: int | None = None
    fault = None
    credited: tuple[Fault, ...] = ()
    try:
        try:
            body = decode_body(request)
        except (ValueError, RecursionError):
            raise v.AwsError(v.SERIALIZATION, v.SERIALIZATION_MESSAGE) from None
        if not isinstance(body, dict):
            raise v.AwsError(v.SERIALIZATION, v.SERIALIZATION_MESSAGE)
        check_shape(served_operation.shape, body)
        region = region_of(request)
        context = RequestContext(tables, region, writer)
        try:
            plan = served_operation.handler(body, context)
        except RecursionError:
            # A deep expression or value: the handler again, with room to give DynamoDB's error.
            try:
                plan = run_deep(lambda: served_operation.handler(body, context))
            except RecursionError:
                # Attribute values nested even deeper are far past DynamoDB's 32 levels.
                raise v.invalid(v.NESTING_TOO_DEEP) from None
        paged = cast(Paged, plan) if served_operation.paged else None
        if paged is not None:
            page = pages.number(operation, paged)
        directive: Directive | None = None
        decided = (
            decide(faults, operation, attempt, plan, clock.elapsed, region, page)
            if faults
            else None
        )
        if decided is not None:
            credited, answer = decided
            fault = credited[0]
            if isinstance(answer, v.AwsError):
                raise answer
            if isinstance(answer, Directive):
                directive = answer
            else:
                outcome = type(answer).__name__
                calls.append(Call(operation, attempt, raw, outcome, fault, credited, page))
                raise answer
        with writer.lock:  # one request at a time changes or reads the tables
            text = plan.run(directive)
        status = 200
        outcome = answer_text(directive)
        if paged is not None:
            pages.answered(operation, paged, page)
    except v.AwsError as error:
        status, text = error.status, v.error_body(error)
        outcome = f"{error.code} ({error.status})"
    calls.append(Call(operation, attempt, raw, outcome, fault, credited, page))
    return FakeResponse(request.url, status, utf8(text), _request_id())


def answer_text(directive: Directive | None) -> str:
    return "ok" if directive is None else summary(directive)


def _request_id() -> str:
    return f"DYNAFAKE{next(_request_ids):044d}"
