"""The README's examples run as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

README = Path(__file__).parent.parent / "README.md"


def test_readme_examples_pass(pytester: pytest.Pytester) -> None:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), re.DOTALL)
    runnable = [block for block in blocks if block.startswith("import")]
    assert len(runnable) == 2
    for number, block in enumerate(runnable):
        pytester.makepyfile(**{f"test_readme_{number}": block})
    pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=2)
