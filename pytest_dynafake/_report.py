"""What the plugin adds to pytest's reports: the fault report (which failure paths a test
suite exercised, and which it never did) and, for a failing test, the calls its fake answered
and a traceback that starts with the user's frames."""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING

from ._errors import DynaFakeError
from ._ops import REGISTRY
from ._wire import dumps

if TYPE_CHECKING:
    import pytest

    from ._calls import Call
    from ._faults import Fault

# A failing test's report lists at most this many calls, the most recent.
SHOWN_CALLS = 20
# ... and of a write call, the keys it names: this many, each cut at this width.
SHOWN_KEYS = 3
KEY_WIDTH = 80
# Frames of these packages are left out of a DynaFakeError's traceback: the user's call reads
# first, then the error, not 40 lines of botocore.
LIBRARIES = ("botocore", "boto3", "aiobotocore", "aioboto3", "pytest_dynafake")
# Frames that run the test: when they are all that is left, nothing is pruned.
RUNNERS = ("_pytest", "pluggy")


# In the set of exercised (operation, fault kind) pairs: the operation was called at all.
CALLED = ""


def paths() -> dict[str, tuple[str, ...]]:
    """The faults DynamoDB can answer each data read with: the registry's reported
    operations and their fault kinds."""
    return {name: op.faults for name, op in REGISTRY.items() if op.reported}


def report_lines(
    exercised: Iterable[tuple[str, str]], workers: int = 0, silent: Iterable[str] = ()
) -> list[str]:
    """The report; ``workers`` is the number of xdist workers whose paths were added up, and
    ``silent`` names those that ended without sending theirs (crashed)."""
    done = set(exercised)
    called = {operation for operation, _ in done}  # a fault that fired answered a call too
    reported = paths()
    width = max(map(len, reported)) + 2
    lines = []
    for operation, kinds in reported.items():
        marks = "  ".join(f"{kind} {'✓' if (operation, kind) in done else '✗'}" for kind in kinds)
        # An operation no test called: its paths are not gaps of its tests, it has none.
        unused = "" if operation in called else "  (never called)"
        lines.append(f"{operation:<{width}}{marks}{unused}")
    missing = sum((op, kind) not in done for op, kinds in reported.items() for kind in kinds)
    total = sum(map(len, reported.values()))
    where = f" (in {workers} xdist workers)" if workers else ""
    lines.append(f"{total - missing} of {total} failure paths exercised{where}")
    lost = sorted(silent)
    if lost:
        lines.append(
            f"not counted: worker(s) {', '.join(lost)} ended without sending their paths "
            "(crashed?); rerun without -n to count them"
        )
    return lines


def failure_section(calls: Sequence[Call], declared: Iterable[str], dropped: int = 0) -> str:
    """The ``dynafake`` section of a failing test's report: the declared tables, the calls
    answered (the last :data:`SHOWN_CALLS`) and the tables requested but never declared."""
    names = sorted(declared)
    # A PutItem names its whole item: the report shows its key, when the table is declared.
    schemas = (
        {name: tuple(a for a, _ in table.key_schema) for name, table in declared.items()}
        if isinstance(declared, Mapping)
        else {}
    )
    lines = [f"tables declared: {', '.join(names) if names else 'none'}"]
    total = len(calls) + dropped
    if not total:
        lines.append("calls: none")
    else:
        lines.append(f"calls ({total}, oldest first):")
        shown = calls[-SHOWN_CALLS:]
        if total > len(shown):
            why = f" ({dropped} dropped from the log by max_calls)" if dropped else ""
            lines.append(f"  ... {total - len(shown)} earlier calls not shown{why}")
        lines.extend(f"  {_call_line(call, schemas)}" for call in shown)
    requested = dict.fromkeys(_table_name(name) for call in calls for name in call.tables)
    for name in requested:
        if name not in names:
            close = difflib.get_close_matches(name, names, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            lines.append(f"table {name!r} was requested but never declared{hint}")
    return "\n".join(lines)


def why_missed(fault: Fault, calls: Sequence[Call] | None, declared: Iterable[str]) -> str:
    """For a fault that never fired, why, when it is plain: no call of its operation was made
    (a marker's default operation, say), or its ``table=`` names a table neither declared nor
    requested (a typo cannot fail at declaration: the table may be declared later).
    ``calls`` is None when the log lost some (``max_calls``): then nothing is plain."""
    if calls is None:
        return ""
    if not any(call.operation == fault.operation for call in calls):
        if not calls:
            return ": no DynamoDB call was made at all"
        made = Counter(call.operation for call in calls)
        listed = ", ".join(f"{name} x{count}" for name, count in made.items())
        return f": no {fault.operation} call was made (the calls: {listed})"
    return _missed_table(fault.table, calls, declared)


def _missed_table(table: str | None, calls: Sequence[Call], declared: Iterable[str]) -> str:
    if table is None:
        return ""
    name, names = _table_name(table), sorted(declared)
    if name in names or any(_table_name(n) == name for call in calls for n in call.tables):
        return ""
    close = difflib.get_close_matches(name, names, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return f": no table {name!r} was declared or requested{hint}"


def _call_line(call: Call, schemas: Mapping[str, tuple[str, ...]]) -> str:
    tables = f" {', '.join(call.tables)}" if call.tables else ""
    index = call.request.get("IndexName") if call.page is not None or call.start_key else None
    if isinstance(index, str):
        tables += f" index {index}"
    if call.page is not None:
        tables += f" page {call.page}"
    if call.start_key is not None:
        tables += f" from {dumps(call.start_key)}"
    tables += _written_keys(call, schemas)
    attempt = f" attempt {call.attempt}" if call.attempt and call.attempt > 1 else ""
    fault = f" (fault: {call.fault.kind})" if call.fault is not None else ""
    return f"{call.operation}{tables}{attempt}: {call.outcome}{fault}"


def _written_keys(call: Call, schemas: Mapping[str, tuple[str, ...]]) -> str:
    """The keys a write call names (the first :data:`SHOWN_KEYS`, each cut at
    :data:`KEY_WIDTH` characters): which item a failing write concerned."""
    operation = REGISTRY.get(call.operation)
    if operation is None or not operation.writes:
        return ""
    keys = []
    for table, key in call.keys:
        names = schemas.get(_table_name(table)) if isinstance(table, str) else None
        if names and isinstance(key, Mapping) and all(n in key for n in names):
            key = {n: key[n] for n in names}
        keys.append(dumps(key))
    if not keys:
        return ""
    shown = [k if len(k) <= KEY_WIDTH else k[: KEY_WIDTH - 3] + "..." for k in keys[:SHOWN_KEYS]]
    more = f" (+{len(keys) - SHOWN_KEYS} more)" if len(keys) > SHOWN_KEYS else ""
    return f" {', '.join(shown)}{more}"


def _table_name(name: str) -> str:
    return name.rpartition(":table/")[2] if name.startswith("arn:") else name


def prune_library_frames(excinfo: pytest.ExceptionInfo[BaseException]) -> None:
    """A DynaFakeError's traceback without the frames of botocore, boto3, aiobotocore and
    this plugin, so that pytest shows the user's call, then the error."""
    if not excinfo.errisinstance(DynaFakeError):
        return
    frames: list[TracebackType] = []
    raw: TracebackType | None = excinfo.tb
    while raw is not None:
        if _package(raw) not in LIBRARIES:
            frames.append(raw)
        raw = raw.tb_next
    if all(_package(frame) in RUNNERS for frame in frames):
        return  # no frame of the user's (a bad marker, say): the plugin's frames say most

    # A new chain: pytest cuts a traceback at the test function by following tb_next.
    chain: TracebackType | None = None
    for frame in reversed(frames):
        chain = TracebackType(chain, frame.tb_frame, frame.tb_lasti, frame.tb_lineno)
    assert chain is not None
    # pytest's Traceback class, without importing it from the private _pytest package; the
    # exception's own __traceback__ (and excinfo.tb, which --pdb uses) keeps every frame.
    excinfo.traceback = type(excinfo.traceback)(chain)


def _package(frame: TracebackType) -> str:
    return str(frame.tb_frame.f_globals.get("__name__", "")).partition(".")[0]
