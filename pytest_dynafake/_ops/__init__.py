"""One module per served DynamoDB operation: parse → validate → execute → shape.

Each handler takes the decoded request body and the tables, validates the request and returns a
:class:`Plan` (or raises :class:`~pytest_dynafake._validation.AwsError`); running the plan
(with a fault's :mod:`directive <pytest_dynafake._ops.directives>`, if any) gives the response
body as JSON text. ``registry`` lists the operations and what the package knows of each.
"""

from __future__ import annotations

from ._common import Handler, Plan, RequestContext, Target, Writer
from .directives import Cancel, ConditionFails, Directive, EndPage, Held, HeldItems, Paged
from .registry import REGISTRY, Operation, accepting, not_served, paged, register, served

__all__ = [
    "REGISTRY",
    "Cancel",
    "ConditionFails",
    "Directive",
    "EndPage",
    "Handler",
    "Held",
    "HeldItems",
    "Operation",
    "Paged",
    "Plan",
    "RequestContext",
    "Target",
    "Writer",
    "accepting",
    "not_served",
    "paged",
    "register",
    "served",
]
