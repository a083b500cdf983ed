"""pytest wiring: the ``dynafake`` fixture, its markers, ini options and reports. Behaviour
lives in :class:`~pytest_dynafake.DynaFake`."""

from __future__ import annotations

import inspect
import os
import weakref
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any, cast

import pytest

from ._fake import DynaFake, stop_leftovers
from ._intercept import DISPATCH
from ._report import report_lines

CREDENTIALS_INI = "dynafake_fake_credentials"
FAULTS_INI = "dynafake_assert_all_faults_fired"
FILES_INI = "dynafake_files"
FAKE_CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "dynafake-access-key",
    "AWS_SECRET_ACCESS_KEY": "dynafake-secret-key",
    "AWS_EC2_METADATA_DISABLED": "true",
}
# Variables that would make botocore look for other credentials while a fake is active.
CREDENTIAL_SOURCES = ("AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN", "AWS_PROFILE")
DEFAULT_REGION = "us-east-1"
# Fault markers: @pytest.mark.dynafake_<method>(...) takes exactly DynaFake.<method>'s arguments.
FAULT_MARKERS = {
    f"dynafake_{name}": name for name in ("throttle", "unprocessed", "conflict", "fail", "script")
}
MARKERS = {"dynafake": DynaFake, **{m: getattr(DynaFake, n) for m, n in FAULT_MARKERS.items()}}
DESCRIPTIONS = {
    "dynafake": "activate the dynafake fixture for this test, class or module; tables declares "
    "tables: {'users': {'partition_key': ('user_id', 'S'), 'items': [...]}}, files loads seed "
    "files (paths relative to the test file). See docs/tables.md",
    "dynafake_throttle": "throttle matching calls (dynafake.throttle). See docs/faults.md",
    "dynafake_unprocessed": "return matching BatchGetItem keys in UnprocessedKeys "
    "(dynafake.unprocessed). See docs/faults.md",
    "dynafake_conflict": "cancel matching TransactGetItems with CancellationReasons "
    "(dynafake.conflict). See docs/faults.md",
    "dynafake_fail": "fail matching calls with a server or network error (dynafake.fail). "
    "See docs/faults.md",
    "dynafake_script": "answer matching calls with a sequence of outcomes (dynafake.script). "
    "See docs/faults.md",
}
# What pytest_configure put in os.environ, kept per session (pytester runs nest sessions).
SESSION_ENV = pytest.StashKey[dict[str, str]]()
FAILED = pytest.StashKey[bool]()
EXERCISED = pytest.StashKey[set[tuple[str, str]]]()
FAKE = pytest.StashKey[DynaFake]()
# Fakes active before a test's setup, and those started by module/class/session fixtures: the
# only ones that may stay active after the test's teardown.
ACTIVE_BEFORE = pytest.StashKey[list[DynaFake]]()
SHARED = pytest.StashKey["weakref.WeakSet[DynaFake]"]()


def _signature(target: Callable[..., Any]) -> inspect.Signature:
    """The marker's signature: the method's, without ``self`` and annotations."""
    signature = inspect.signature(target)
    parameters = [
        p.replace(annotation=p.empty) for p in signature.parameters.values() if p.name != "self"
    ]
    return signature.replace(parameters=parameters, return_annotation=signature.empty)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.getgroup("dynafake").addoption(
        "--dynafake-report",
        action="store_true",
        help="At the end of the run, list which operation x fault kind pairs the suite "
        "exercised and which it never did.",
    )
    parser.addini(
        CREDENTIALS_INI,
        "Give botocore static fake credentials and a region, and disable the EC2 "
        "instance-metadata lookup, so clients built without credentials work with the fake "
        "(default: true). At session start only unset variables are filled.",
        type="bool",
        default=True,
    )
    parser.addini(
        FILES_INI,
        "Seed files (paths relative to the ini file) loaded once per session into the "
        "tables every dynafake fixture serves; `path::table` for scan output and S3 exports.",
        type="linelist",
        default=[],
    )
    parser.addini(
        FAULTS_INI,
        "Fail a test whose declared faults did not all fire (default: true).",
        type="bool",
        default=True,
    )


def pytest_configure(config: pytest.Config) -> None:
    for name, target in MARKERS.items():
        config.addinivalue_line("markers", f"{name}{_signature(target)}: {DESCRIPTIONS[name]}")
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
    signatures = {name: _signature(target) for name, target in MARKERS.items()}
    for item in items:
        marked = False
        for name, signature in signatures.items():
            for marker in item.iter_markers(name):
                marked = True
                try:
                    signature.bind(*marker.args, **marker.kwargs)
                except TypeError as exc:
                    owner = (
                        "DynaFake()" if name == "dynafake" else f"dynafake.{FAULT_MARKERS[name]}"
                    )
                    raise pytest.UsageError(
                        f"{item.nodeid}: @pytest.mark.{name} {exc}; it takes the arguments of "
                        f"{owner}: {', '.join(signature.parameters)}"
                    ) from None
        fixturenames: list[str] = getattr(item, "fixturenames", [])
        if marked and "dynafake" not in fixturenames:
            fixturenames.insert(0, "dynafake")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    if report.failed:
        item.stash[FAILED] = True
        fake = item.stash.get(FAKE, None)
        seeded = [f for f in fake.faults if f.probability is not None] if fake else []
        if seeded and report.when == "call":
            lines = [f"{fault.describe()}: seed={fault.seed}" for fault in seeded]
            report.sections.append(
                ("dynafake: random faults (replay with seed=...)", "\n".join(lines))
            )
    return report


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> Generator[None, None, None]:
    __tracebackhide__ = True
    item.stash[ACTIVE_BEFORE] = list(DISPATCH.stack)
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_fixture_setup(
    fixturedef: pytest.FixtureDef[Any], request: pytest.FixtureRequest
) -> Generator[None, object, object]:
    __tracebackhide__ = True
    if fixturedef.scope == "function":
        return (yield)
    before = list(DISPATCH.stack)
    try:
        return (yield)
    finally:
        shared = request.config.stash.setdefault(SHARED, weakref.WeakSet())
        shared.update(fake for fake in DISPATCH.stack if fake not in before)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Generator[None, None, None]:
    """A fake the test (or a function-scoped fixture) started and left active is stopped, and
    the test fails at teardown: later tests would otherwise read its tables."""
    __tracebackhide__ = True
    try:
        result = yield
    finally:
        keep = [*item.stash.get(ACTIVE_BEFORE, []), *item.config.stash.get(SHARED, ())]
        left = stop_leftovers(keep)
    if left is not None:
        pytest.fail(left, pytrace=False)
    return result


@pytest.fixture
def dynafake(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[DynaFake]:
    """An active :class:`~pytest_dynafake.DynaFake`: every botocore DynamoDB client is served
    from it until the test ends. Fault markers on the test declare its faults."""
    __tracebackhide__ = True
    options: dict[str, Any] = {"assert_all_faults_fired": request.config.getini(FAULTS_INI)}
    closest: dict[str, Any] = {}
    for marker in request.node.iter_markers("dynafake"):
        closest = marker.kwargs | closest
    options.update(closest)
    if "files" in options:
        options["files"] = [_relative(request, entry) for entry in options["files"]]
    if request.config.getini(CREDENTIALS_INI):
        for name, value in FAKE_CREDENTIALS.items():
            monkeypatch.setenv(name, value)
        for name in CREDENTIAL_SOURCES:
            monkeypatch.delenv(name, raising=False)
        if "AWS_DEFAULT_REGION" not in os.environ and "AWS_REGION" not in os.environ:
            monkeypatch.setenv("AWS_DEFAULT_REGION", DEFAULT_REGION)
    base = _base(request)
    fake = DynaFake(**options) if base is None else base.layer(**options)
    # Outermost markers first (module, class, then the test), in the order written.
    for marker in reversed(list(request.node.iter_markers())):
        method = FAULT_MARKERS.get(marker.name)
        if method is not None:
            getattr(fake, method)(*marker.args, **marker.kwargs)
    request.node.stash[FAKE] = fake
    fake.start()
    try:
        yield fake
    finally:
        fake.stop()
        exercised = request.config.stash.setdefault(EXERCISED, set())
        exercised.update((f.operation, kind) for f in fake.faults for kind in f.fired_kinds)
    # A failing test is never buried under the fault check.
    if fake.assert_all_faults_fired and not request.node.stash.get(FAILED, False):
        fake.check_faults()


@pytest.fixture(scope="session")
def dynafake_session(pytestconfig: pytest.Config) -> DynaFake:
    """An inactive fake for the whole session: tables declared or loaded here are served to
    every test that uses ``dynafake`` and requests this fixture (directly or through another
    fixture), each test seeing a pristine copy. The ini option dynafake_files loads here."""
    fake = DynaFake()
    root = pytestconfig.inipath.parent if pytestconfig.inipath else pytestconfig.rootpath
    for line in pytestconfig.getini(FILES_INI):
        path, _, table = line.partition("::")
        fake.load(root / path.strip(), table=table.strip() or None)
    return fake


@pytest.fixture(scope="module")
def dynafake_module(dynafake_session: DynaFake) -> DynaFake:
    """An inactive fake for one module, on top of the session's: tables declared here are
    served to the module's tests that use ``dynafake`` and request this fixture."""
    return dynafake_session.layer(assert_all_faults_fired=False)


def _base(request: pytest.FixtureRequest) -> DynaFake | None:
    """The shared fake a test's fake is layered on, if the test asked for one."""
    names = request.fixturenames
    if "dynafake_module" in names:
        return cast(DynaFake, request.getfixturevalue("dynafake_module"))
    if "dynafake_session" in names or request.config.getini(FILES_INI):
        return cast(DynaFake, request.getfixturevalue("dynafake_session"))
    return None


def _relative(request: pytest.FixtureRequest, entry: Any) -> Any:
    """A marker's seed file, relative to the test file."""
    path, table = entry if isinstance(entry, tuple) else (entry, None)
    resolved = Path(request.node.path).parent / path
    return resolved if table is None else (resolved, table)


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    if config.getoption("dynafake_report"):
        exercised = config.stash.get(EXERCISED, set())
        terminalreporter.write_sep("=", "dynafake fault report")
        for line in report_lines(exercised):
            terminalreporter.write_line(line)
