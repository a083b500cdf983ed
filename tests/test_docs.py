"""The docs list what the code does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

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
    assert len(registered) == 6


def python_blocks() -> list[Any]:
    import re

    blocks = []
    for page in sorted(DOCS.glob("*.md")):
        for number, block in enumerate(re.findall(r"```python\n(.*?)```", page.read_text(), re.S)):
            blocks.append(pytest.param(block, id=f"{page.stem}-{number}"))
    return blocks


@pytest.mark.parametrize("block", python_blocks())
def test_docs_examples_run(pytester: Any, block: str) -> None:
    """Complete examples (they start with an import) run as tests; fragments must compile."""
    compile(block, "<docs>", "exec")
    if block.startswith(("import", "from")) and "def test_" in block:
        for module in ("aioboto3", "aiobotocore", "pynamodb"):
            if f"import {module}" in block or f"from {module}" in block:
                pytest.importorskip(module)
        pytester.makepyfile(block)
        result = pytester.runpytest("-p", "no:randomly")
        assert result.ret == 0, result.stdout.str()
