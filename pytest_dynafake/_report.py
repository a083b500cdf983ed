"""The fault report: which failure paths a test suite exercised, and which it never did."""

from __future__ import annotations

from collections.abc import Iterable

# The faults DynamoDB can answer each data read with.
PATHS = {
    "BatchGetItem": ("throttle", "unprocessed", "fail"),
    "TransactGetItems": ("throttle", "conflict", "fail"),
    "GetItem": ("throttle", "fail"),
}


def report_lines(
    exercised: Iterable[tuple[str, str]], workers: int = 0, silent: Iterable[str] = ()
) -> list[str]:
    """The report; ``workers`` is the number of xdist workers whose paths were added up, and
    ``silent`` names those that ended without sending theirs (crashed)."""
    done = set(exercised)
    width = max(map(len, PATHS)) + 2
    lines = []
    for operation, kinds in PATHS.items():
        marks = "  ".join(f"{kind} {'✓' if (operation, kind) in done else '✗'}" for kind in kinds)
        lines.append(f"{operation:<{width}}{marks}")
    missing = sum((op, kind) not in done for op, kinds in PATHS.items() for kind in kinds)
    total = sum(map(len, PATHS.values()))
    where = f" (in {workers} xdist workers)" if workers else ""
    lines.append(f"{total - missing} of {total} failure paths exercised{where}")
    lost = sorted(silent)
    if lost:
        lines.append(
            f"not counted: worker(s) {', '.join(lost)} ended without sending their paths "
            "(crashed?); rerun without -n to count them"
        )
    return lines
