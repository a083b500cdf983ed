"""The docs list what the code does."""

from __future__ import annotations

from pathlib import Path

from pytest_dynafake import _validation

DOCS = Path(__file__).parent.parent / "docs"


def test_every_message_is_in_the_error_catalogue() -> None:
    catalogue = (DOCS / "errors.md").read_text()
    constants = {
        name: value
        for name, value in vars(_validation).items()
        if name.isupper() and isinstance(value, str)
    }
    messages = {n: v for n, v in constants.items() if " " in v and not n.endswith("_PREFIX")}
    missing = sorted(name for name, value in messages.items() if f"`{value}`" not in catalogue)
    assert missing == []
    unnamed = sorted(name for name in constants if f"`{name}`" not in catalogue)
    assert unnamed == [
        "DYNAMODB",
        "PROJECTION_PREFIX",
        "RESOURCE_NOT_FOUND",
        "SERIALIZATION",
        "TRANSACTION_CANCELED",
        "VALIDATION",
    ]


def test_every_known_difference_is_documented() -> None:
    from tests.conformance.cases import KNOWN_DIFFERENCES

    page = (DOCS / "differences.md").read_text()
    assert sorted(case for case in KNOWN_DIFFERENCES if f"| `{case}` |" not in page) == []
