"""pytest wiring: the ``dynafake`` fixture, its marker and its ini option. Behaviour lives in
:class:`~pytest_dynafake.DynaFake`."""

from __future__ import annotations

import inspect
import os
from collections.abc import Iterator
from typing import Any

import pytest

from ._fake import DynaFake

CREDENTIALS_INI = "dynafake_fake_credentials"
FAKE_CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "dynafake-access-key",
    "AWS_SECRET_ACCESS_KEY": "dynafake-secret-key",
    "AWS_EC2_METADATA_DISABLED": "true",
}
# Variables that would make botocore look for other credentials while a fake is active.
CREDENTIAL_SOURCES = ("AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN", "AWS_PROFILE")
DEFAULT_REGION = "us-east-1"
MARKER = (
    "dynafake(*, tables=None): activate the dynafake fixture for this test, class or module, "
    "seeding tables declaratively: tables={'users': {'partition_key': ('user_id', 'S'), "
    "'items': [...]}}. See docs/tables.md"
)
# What pytest_configure put in os.environ, kept per session (pytester runs nest sessions).
SESSION_ENV = pytest.StashKey[dict[str, str]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        CREDENTIALS_INI,
        "Give botocore static fake credentials and a region, and disable the EC2 "
        "instance-metadata lookup, so clients built without credentials work with the fake "
        "(default: true). At session start only unset variables are filled.",
        type="bool",
        default=True,
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", MARKER)
    added: dict[str, str] = {}
    if config.getini(CREDENTIALS_INI) and not {"AWS_ACCESS_KEY_ID", "AWS_PROFILE"} & set(
        os.environ
    ):
        # Clients created at import time resolve credentials when they are built.
        added.update(FAKE_CREDENTIALS)
        if "AWS_DEFAULT_REGION" not in os.environ and "AWS_REGION" not in os.environ:
            added["AWS_DEFAULT_REGION"] = DEFAULT_REGION
        os.environ.update(added)
    config.stash[SESSION_ENV] = added


def pytest_unconfigure(config: pytest.Config) -> None:
    for name, value in config.stash.get(SESSION_ENV, {}).items():
        if os.environ.get(name) == value:
            del os.environ[name]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    signature = inspect.signature(DynaFake)
    for item in items:
        for marker in item.iter_markers("dynafake"):
            try:
                signature.bind(*marker.args, **marker.kwargs)
            except TypeError as exc:
                accepted = ", ".join(signature.parameters)
                raise pytest.UsageError(
                    f"{item.nodeid}: @pytest.mark.dynafake {exc}; it takes the keyword "
                    f"arguments of DynaFake(): {accepted}"
                ) from None
        if item.get_closest_marker("dynafake") is not None:
            fixturenames: list[str] = getattr(item, "fixturenames", [])
            if "dynafake" not in fixturenames:
                fixturenames.insert(0, "dynafake")


@pytest.fixture
def dynafake(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[DynaFake]:
    """An active :class:`~pytest_dynafake.DynaFake`: every botocore DynamoDB client is served
    from it until the test ends."""
    __tracebackhide__ = True
    options: dict[str, Any] = {}
    for marker in request.node.iter_markers("dynafake"):
        options = marker.kwargs | options
    if request.config.getini(CREDENTIALS_INI):
        for name, value in FAKE_CREDENTIALS.items():
            monkeypatch.setenv(name, value)
        for name in CREDENTIAL_SOURCES:
            monkeypatch.delenv(name, raising=False)
        if "AWS_DEFAULT_REGION" not in os.environ and "AWS_REGION" not in os.environ:
            monkeypatch.setenv("AWS_DEFAULT_REGION", DEFAULT_REGION)
    with DynaFake(**options) as fake:
        yield fake
