"""pytest-dynafake: DynamoDB reads faked at botocore's dispatch, for fast, exact tests."""

from __future__ import annotations

from ._calls import Call
from ._errors import DynaFakeError, DynaFakeWarning
from ._fake import DynaFake
from ._fake_table import FakeTable
from ._faults import Fault

__version__ = "0.1.0"
__all__ = [
    "Call",
    "DynaFake",
    "DynaFakeError",
    "DynaFakeWarning",
    "FakeTable",
    "Fault",
    "__version__",
]
