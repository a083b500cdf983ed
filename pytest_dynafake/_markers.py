"""The plugin's markers: each takes exactly the arguments of the ``DynaFake`` method (or
constructor) it stands for, and ``pytest --markers`` shows that signature."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from ._fake import DynaFake
from ._ops import accepting

# Fault markers: @pytest.mark.dynafake_<method>(...) takes exactly DynaFake.<method>'s arguments.
FAULT_MARKERS = {
    f"dynafake_{name}": name
    for name in (
        "throttle",
        "unprocessed",
        "conflict",
        "fail",
        "script",
        "short_page",
        "empty_page",
        "condition_fails",
    )
}
MARKERS = {"dynafake": DynaFake, **{m: getattr(DynaFake, n) for m, n in FAULT_MARKERS.items()}}
# ``{unprocessed}`` and the like: the operations that accept that fault kind (the registry's).
DESCRIPTIONS = {
    "dynafake": "activate the dynafake fixture for this test, class or module; tables declares "
    "tables: {{'users': {{'partition_key': ('user_id', 'S'), 'items': [...]}}}}, files loads "
    "seed files (paths relative to the test file). See docs/tables.md",
    "dynafake_throttle": "throttle matching calls (dynafake.throttle). See docs/faults.md",
    "dynafake_unprocessed": "return matching {unprocessed} requests unprocessed "
    "(dynafake.unprocessed). See docs/faults.md",
    "dynafake_conflict": "cancel matching {conflict} with CancellationReasons "
    "(dynafake.conflict). See docs/faults.md",
    "dynafake_fail": "fail matching calls with a server or network error (dynafake.fail). "
    "See docs/faults.md",
    "dynafake_script": "answer matching calls with a sequence of outcomes (dynafake.script). "
    "See docs/faults.md",
    "dynafake_short_page": "end matching {short_page} pages early with a LastEvaluatedKey "
    "(dynafake.short_page). See docs/faults.md",
    "dynafake_empty_page": "answer matching {empty_page} pages with no items and a "
    "LastEvaluatedKey (dynafake.empty_page). See docs/faults.md",
    "dynafake_condition_fails": "fail the condition of matching {condition_fails} calls, "
    "leaving the item unchanged (dynafake.condition_fails). See docs/faults.md",
}


def description(marker: str) -> str:
    """The marker's help for ``pytest --markers``."""
    kinds = {kind: accepting(kind) for kind in FAULT_MARKERS.values()}
    return DESCRIPTIONS[marker].format(**kinds)


def signature(target: Callable[..., Any]) -> inspect.Signature:
    """The marker's signature: the method's, without ``self`` and annotations."""
    signature = inspect.signature(target)
    parameters = [
        p.replace(annotation=p.empty) for p in signature.parameters.values() if p.name != "self"
    ]
    return signature.replace(parameters=parameters, return_annotation=signature.empty)
