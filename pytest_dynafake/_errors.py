"""The plugin's own exception and warning: mistakes in how it is used, and surprises."""

from __future__ import annotations

__all__ = ["DynaFakeError", "DynaFakeWarning"]


class DynaFakeError(Exception):
    """Raised when pytest-dynafake is used wrongly: a malformed seed, an unserved operation,
    an unknown option. Its message names the bad value and says how to fix it.

    Errors that DynamoDB itself would return are never raised as this class: they reach the
    code under test as botocore's modeled ``ClientError`` subclasses.
    """


# Shown in tracebacks by its public name.
DynaFakeError.__module__ = "pytest_dynafake"


class DynaFakeWarning(UserWarning):
    """Something works, but perhaps not as the test expects."""


DynaFakeWarning.__module__ = "pytest_dynafake"
