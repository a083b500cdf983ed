"""Lines of the user's code, for messages that say where something was started or activated."""

from __future__ import annotations

import os
import sys
from types import FrameType
from typing import NamedTuple


class Place(NamedTuple):
    """A line of the user's code, kept as is (formatted only for a message)."""

    module: str
    filename: str
    lineno: int


def caller(skip: tuple[str, ...]) -> Place | None:
    """The innermost calling line whose module is not under ``skip``."""
    frame: FrameType | None = sys._getframe(1)
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if not module.startswith(skip):
            return Place(module, frame.f_code.co_filename, frame.f_lineno)
        frame = frame.f_back
    return None  # pragma: no cover - a caller always exists


def where(place: Place | None) -> str:
    """``at <file>:<line>``, the file relative to the working directory when below it."""
    if place is None:  # pragma: no cover - a caller always exists
        return "outside Python code"
    return f"at {_relative(place.filename)}:{place.lineno}"


def _relative(path: str) -> str:
    try:
        relative = os.path.relpath(path)
    except ValueError:  # pragma: no cover - another drive on Windows
        return path
    return path if relative.startswith("..") else relative
