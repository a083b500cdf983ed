"""The migration page's moto module runs on moto, and on the fake with only its fixture
changed, as the page says."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

PAGE = Path(__file__).parent.parent / "docs" / "migration.md"
_BLOCK = re.compile(r"```python\n(.*?)^```", re.S | re.M)
MOTO_FIXTURE = """@pytest.fixture
def dynamodb():
    with mock_aws():
        yield boto3.client("dynamodb", region_name="us-east-1")
"""


# moto is never imported here, only run in a subprocess: pytester drops the modules a test
# imported when it ends (PyYAML among moto's), and a later re-import of PyYAML cannot re-create
# its C extension, which breaks every YAML seed file of the tests that follow.


def needs_moto() -> None:
    if importlib.util.find_spec("moto") is None:
        pytest.skip("moto is not installed")


def moto_section() -> tuple[str, str]:
    """The section's complete module and the fixture that replaces moto's."""
    section = PAGE.read_text().split("## From moto\n")[1].split("\n## ")[0]
    module, fixture = _BLOCK.findall(section)[:2]
    return module, fixture


def test_the_moto_module_passes_on_moto(pytester: pytest.Pytester) -> None:
    needs_moto()
    module, _ = moto_section()
    assert MOTO_FIXTURE in module
    pytester.makepyfile(module)
    result = pytester.runpytest_subprocess("-p", "no:randomly", "-p", "no:dynafake")
    result.assert_outcomes(passed=2)


def test_the_moto_module_passes_on_the_fake_with_its_fixture_changed(
    pytester: pytest.Pytester,
) -> None:
    module, fixture = moto_section()
    changed = module.replace(MOTO_FIXTURE, fixture).replace("from moto import mock_aws\n", "")
    assert "mock_aws" not in changed
    assert [line for line in changed.splitlines() if line not in module.splitlines()] == [
        "def dynamodb(dynafake):",
        '    return boto3.client("dynamodb", region_name="us-east-1")',
    ]
    pytester.makepyfile(changed)
    result = pytester.runpytest("-p", "no:randomly")
    result.assert_outcomes(passed=2)


EXAMPLES = Path(__file__).parent.parent / "examples"
FAKE_FIXTURE = """@pytest.fixture
def dynamodb(dynafake: DynaFake) -> Any:
    return boto3.client("dynamodb", region_name="us-east-1")
"""
MOTO_FIXTURE_TYPED = """@pytest.fixture
def dynamodb() -> Any:
    with mock_aws():
        yield boto3.client("dynamodb", region_name="us-east-1")
"""


def test_the_example_moto_module_passes_on_moto(pytester: pytest.Pytester) -> None:
    """examples/test_moto_style.py with moto's fixture back in place passes on moto: it is a
    moto test module, changed only in its fixture."""
    needs_moto()
    source = (EXAMPLES / "test_moto_style.py").read_text()
    assert FAKE_FIXTURE in source
    moto_source = source.replace(FAKE_FIXTURE, MOTO_FIXTURE_TYPED).replace(
        "import pytest\n", "import pytest\nfrom moto import mock_aws\n", 1
    )
    package = pytester.mkpydir("accounts_app")
    (package / "shop").mkdir()
    for name in ("__init__.py", "accounts.py", "repository.py"):
        (package / "shop" / name).write_text((EXAMPLES / "shop" / name).read_text())
    (package / "test_moto_style.py").write_text(moto_source)
    result = pytester.runpytest_subprocess("-p", "no:randomly", "-p", "no:dynafake")
    result.assert_outcomes(passed=source.count("\ndef test_"))
