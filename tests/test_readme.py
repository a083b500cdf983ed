"""The README's examples run as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._examples import python_blocks, run_example, stray_fragment_marks

README = Path(__file__).parent.parent / "README.md"


@pytest.mark.parametrize("block", python_blocks(README))
def test_readme_examples_pass(pytester: pytest.Pytester, block: tuple[str, bool]) -> None:
    """Every Python block in the README passes as a test module, unless marked as a fragment."""
    run_example(pytester, block)


def test_readme_runs_four_examples() -> None:
    kinds = [fragment for param in python_blocks(README) for _, fragment in param.values]
    assert kinds == [False, False, False, False, True]
    assert stray_fragment_marks(README) == 0
