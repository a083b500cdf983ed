"""The package's declared dependencies are the ones it needs."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


def runtime_dependencies() -> list[str]:
    """The import names of ``[project] dependencies`` in pyproject.toml."""
    text = (ROOT / "pyproject.toml").read_text()
    block = re.search(r"^dependencies = \[(.*?)^\]", text, re.S | re.M)
    assert block is not None
    names = re.findall(r'^\s*"([A-Za-z0-9_.-]+)', block[1], re.M)
    return [name.lower().replace("-", "_") for name in names]


def unconditional_imports() -> set[str]:
    """Top-level packages imported at module level (not in try, if or functions) by the plugin."""
    imported: set[str] = set()
    for path in (ROOT / "pytest_dynafake").rglob("*.py"):
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.Import):
                imported.update(alias.name.partition(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.partition(".")[0])
    return imported


def test_every_runtime_dependency_is_imported() -> None:
    """A hard dependency is one the plugin cannot import without; optional ones are extras."""
    dependencies = runtime_dependencies()
    assert dependencies == ["pytest", "botocore", "msgspec"]
    assert sorted(set(dependencies) - unconditional_imports()) == []


def test_the_plugin_works_without_freezegun(pytester: pytest.Pytester) -> None:
    """freezegun is adapted to when the user's tests have it, never required."""
    pytester.makeconftest(
        """
        import sys
        sys.modules["freezegun"] = None       # import freezegun -> ImportError
        sys.modules["freezegun.api"] = None
        """
    )
    pytester.makepyfile(
        """
        import boto3
        from botocore.config import Config

        def test_backoff_is_simulated(dynafake):
            dynafake.table("users", "user_id", items=[{"user_id": "u1"}])
            dynafake.throttle("GetItem", times=2)
            client = boto3.client("dynamodb", config=Config(retries={"mode": "legacy"}))
            client.get_item(TableName="users", Key={"user_id": {"S": "u1"}})
            assert dynafake.sleeps == [0.05, 0.1]
        """
    )
    pytester.runpytest_subprocess("-p", "no:randomly").assert_outcomes(passed=1)
