"""The Python examples of a Markdown page, for the tests that run them.

A block is a complete test module that must pass as written, unless the line just before its
fence says it is a fragment: ``<!-- fragment -->`` (or ``<!-- fragment: why -->``), which
Markdown renders as nothing. Fragments are only compiled.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

FRAGMENT = re.compile(r"<!-- fragment(?:: [^\n]*)? -->")
_BLOCK = re.compile(r"^(<!-- fragment(?:: [^\n]*)? -->\n)?```python\n(.*?)^```", re.S | re.M)
_TEST = re.compile(r"^def test_", re.M)
# Blocks importing these run only where they are installed (the async stack has its own
# environment in CI, see .ci/run).
_OPTIONAL = ("aioboto3", "aiobotocore", "moto", "pynamodb")


def python_blocks(*pages: Path) -> list[Any]:
    """One ``pytest.param((source, is_fragment))`` per Python block, with a ``page-n`` id."""
    params = []
    for page in pages:
        for number, match in enumerate(_BLOCK.finditer(page.read_text())):
            fragment = match.group(1) is not None
            params.append(
                pytest.param((match.group(2), fragment), id=f"{page.stem.lower()}-{number}")
            )
    return params


def stray_fragment_marks(page: Path) -> int:
    """Fragment marks that do not stand right before a Python block (so mark nothing)."""
    text = page.read_text()
    return len(FRAGMENT.findall(text)) - sum(1 for match in _BLOCK.finditer(text) if match.group(1))


def run_example(pytester: pytest.Pytester, block: tuple[str, bool]) -> None:
    """Compile a block; run a complete one as a test module: every test in it must pass."""
    source, fragment = block
    compile(source, "<example>", "exec")
    if fragment:
        return
    tests = len(_TEST.findall(source))
    assert tests, (
        "a complete example defines at least one test; "
        "mark a partial one with <!-- fragment --> on the line before its fence"
    )
    for module in _OPTIONAL:
        if re.search(rf"^(?:import|from) {module}\b", source, re.M):
            pytest.importorskip(module)
    pytester.makepyfile(source)
    # No example uses hypothesis, whose plugin imports it in its terminal summary (seconds).
    result = pytester.runpytest("-p", "no:randomly", "-p", "no:hypothesispytest")
    result.assert_outcomes(passed=tests)
