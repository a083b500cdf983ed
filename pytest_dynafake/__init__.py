"""pytest-dynafake: DynamoDB reads faked at botocore's dispatch, for fast, exact tests."""

from __future__ import annotations

from ._conflicts import DynaFakeWarning
from ._errors import DynaFakeError
from ._fake import DynaFake
from ._tables import FakeTable

__version__ = "0.1.0"
__all__ = ["DynaFake", "DynaFakeError", "DynaFakeWarning", "FakeTable", "__version__"]
