"""The docs list what the code does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pytest_dynafake import (
    _messages_batch,
    _messages_faults,
    _messages_values,
    _messages_write,
    _validation,
)
from pytest_dynafake._expr import messages as _expr_messages
from pytest_dynafake._expr import messages_update as _expr_messages_update
from tests._examples import python_blocks, run_example, stray_fragment_marks

DOCS = Path(__file__).parent.parent / "docs"


def test_every_message_is_in_the_error_catalogue() -> None:
    catalogue = (DOCS / "errors.md").read_text()
    constants = {
        name: value
        for module in (
            _validation,
            _expr_messages,
            _expr_messages_update,
            _messages_faults,
            _messages_batch,
            _messages_write,
            _messages_values,
        )
        for name, value in vars(module).items()
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
    from tests._expr_cases import LIVE_DIFFERENCES
    from tests.conformance.cases import KNOWN_DIFFERENCES
    from tests.conformance.differences_range import RANGE_DIFFERENCES

    page = (DOCS / "differences.md").read_text()
    cases = [*KNOWN_DIFFERENCES, *LIVE_DIFFERENCES, *RANGE_DIFFERENCES]
    assert sorted(case for case in cases if f"| `{case}` |" not in page) == []


def test_the_markers_page_matches_the_registered_markers(pytester: Any) -> None:
    result = pytester.runpytest("--markers")
    registered = [
        line.partition("): ")[0] + ")"
        for line in result.outlines
        if line.startswith("@pytest.mark.dynafake")
    ]
    page = (DOCS / "markers.md").read_text()
    documented = [
        block.strip() for block in page.split("```text")[1:] for block in [block.split("```")[0]]
    ]
    assert documented == registered
    assert len(registered) == 9


@pytest.mark.parametrize("block", python_blocks(*sorted(DOCS.glob("*.md"))))
def test_docs_examples_run(pytester: pytest.Pytester, block: tuple[str, bool]) -> None:
    """Every Python block in the docs passes as a test module, unless marked as a fragment."""
    run_example(pytester, block)


def test_docs_fragment_marks_stand_before_a_block() -> None:
    assert {page.name: stray_fragment_marks(page) for page in DOCS.glob("*.md")} == {
        page.name: 0 for page in DOCS.glob("*.md")
    }


def test_the_menu_shows_each_page_by_its_heading() -> None:
    """Bare nav entries: mkdocs titles each page by its first heading, so they cannot differ."""
    import yaml

    loader: Any = type("Loader", (yaml.SafeLoader,), {})
    loader.add_multi_constructor("!", lambda loader, suffix, node: None)  # mkdocs's !ENV
    nav = yaml.load((DOCS.parent / "mkdocs.yml").read_text(), Loader=loader)["nav"]
    assert [entry for entry in nav if not isinstance(entry, str)] == []
    assert sorted(nav) == sorted(page.name for page in DOCS.glob("*.md"))


def test_every_range_read_message_is_in_the_error_catalogue() -> None:
    from pytest_dynafake import _messages_range

    catalogue = (DOCS / "errors.md").read_text()
    constants = {
        name: value
        for name, value in vars(_messages_range).items()
        if name.isupper() and isinstance(value, str)
    }
    missing = sorted(
        name
        for name, value in constants.items()
        if f"`{name}`" not in catalogue or (" " in value and f"`{value}`" not in catalogue)
    )
    assert missing == []


def test_every_table_admin_message_is_in_the_error_catalogue() -> None:
    from pytest_dynafake import _messages_admin

    catalogue = (DOCS / "errors.md").read_text()
    constants = {
        name: value
        for name, value in vars(_messages_admin).items()
        if name.isupper() and isinstance(value, str)
    }
    missing = sorted(
        name
        for name, value in constants.items()
        if f"`{name}`" not in catalogue
        or (" " in value.strip() and f"`{value.strip()}`" not in catalogue)
    )
    assert missing == []
