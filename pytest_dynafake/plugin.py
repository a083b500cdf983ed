"""pytest wiring: the ``dynafake`` fixture, its markers, ini options and reports. Behaviour
lives in [`DynaFake`][pytest_dynafake.DynaFake]."""

from __future__ import annotations

import inspect
import os
import weakref
from collections.abc import Callable, Generator, Iterator, Sequence
from pathlib import Path
from typing import Any, cast

import pytest

from . import _credentials
from ._botocore import DISPATCH
from ._botocore.idle import FIXTURES, IDLE, unfaked_section
from ._errors import DynaFakeError
from ._fake import DynaFake, stop_leftovers
from ._fault_args import check_arguments
from ._faults import Kind
from ._markers import FAULT_MARKERS, MARKERS, description
from ._markers import signature as marker_signature
from ._report import CALLED, failure_section, prune_library_frames, report_lines
from ._shared import Shared

CREDENTIALS_INI = "dynafake_fake_credentials"
FAULTS_INI = "dynafake_assert_all_faults_fired"
FILES_INI = "dynafake_files"
MAX_CALLS_INI = "dynafake_max_calls"
# What pytest_configure put in os.environ, kept per session (pytester runs nest sessions).
SESSION_ENV = pytest.StashKey[_credentials.Changes]()
FAILED = pytest.StashKey[bool]()
# Skipped or xfailed (pytest.skip, importorskip, pytest.xfail, xfail marker): never ran to the end.
SKIPPED = pytest.StashKey[bool]()
EXERCISED = pytest.StashKey[set[tuple[str, str]]]()
# The scopes of the fixtures being set up, innermost last.
SETTING_UP = pytest.StashKey[list[str]]()
# Under pytest-xdist: the workers that sent their exercised paths, and those that did not.
WORKERS = pytest.StashKey[dict[str, bool]]()
WORKER_OUTPUT = "dynafake_exercised"
FAKE = pytest.StashKey[DynaFake]()
# A test without dynafake: its DynamoDB requests that no fake answered, for its report.
UNFAKED = pytest.StashKey[list[str]]()
# Fakes active before a test's setup, and those started by module/class/session fixtures: the
# only ones that may stay active after the test's teardown.
ACTIVE_BEFORE = pytest.StashKey[list[DynaFake]]()
SHARED = pytest.StashKey["weakref.WeakSet[DynaFake]"]()


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
        MAX_CALLS_INI,
        "Keep only the most recent N calls in each fake's call log (dynafake.calls), for "
        "tests that make thousands of calls (default: keep every call).",
        default="",
    )
    parser.addini(
        FAULTS_INI,
        "Fail a test whose declared faults did not all fire (default: true).",
        type="bool",
        default=True,
    )


def pytest_configure(config: pytest.Config) -> None:
    for name, target in MARKERS.items():
        described = f"{name}{marker_signature(target)}: {description(name)}"
        config.addinivalue_line("markers", described)
    # Clients created at import time resolve credentials when they are built.
    filled = _credentials.fill_unset() if config.getini(CREDENTIALS_INI) else {}
    config.stash[SESSION_ENV] = filled
    _max_calls(config)  # a bad value stops the run now, not in every test's setup


def pytest_unconfigure(config: pytest.Config) -> None:
    _credentials.restore(config.stash.get(SESSION_ENV, {}))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    signatures = {name: marker_signature(target) for name, target in MARKERS.items()}
    for item in items:
        marked = False
        for name, signature in signatures.items():
            for marker in item.iter_markers(name):
                marked = True
                try:
                    bound = signature.bind(*marker.args, **marker.kwargs)
                except TypeError as exc:
                    owner = (
                        "DynaFake()" if name == "dynafake" else f"dynafake.{FAULT_MARKERS[name]}"
                    )
                    raise pytest.UsageError(
                        f"{item.nodeid}: @pytest.mark.{name} {exc}; it takes the arguments of "
                        f"{owner}: {', '.join(signature.parameters)}"
                    ) from None
                if name in FAULT_MARKERS:
                    _check_fault_marker(item, name, bound)
        fixturenames: list[str] = getattr(item, "fixturenames", [])
        if marked and "dynafake" not in fixturenames:
            fixturenames.insert(0, "dynafake")


def _check_fault_marker(item: pytest.Item, name: str, bound: inspect.BoundArguments) -> None:
    """A fault marker's values, checked at collection as the method checks its arguments."""
    bound.apply_defaults()
    try:
        check_arguments(f"@pytest.mark.{name}", cast(Kind, FAULT_MARKERS[name]), bound.arguments)
    except DynaFakeError as exc:
        raise pytest.UsageError(f"{item.nodeid}: {exc}") from None


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    if call.excinfo is not None and not item.config.getoption("fulltrace"):
        prune_library_frames(call.excinfo)
    report = yield
    if report.skipped:
        item.stash[SKIPPED] = True
    if report.failed:
        unfaked = item.stash.get(UNFAKED, None)
        if unfaked and not item.stash.get(FAILED, False):
            report.sections.append(("dynafake", unfaked_section(item.nodeid, unfaked)))
        fake = item.stash.get(FAKE, None)
        if fake is not None and not item.stash.get(FAILED, False):  # once, at the first failure
            section = failure_section(fake.calls, fake.tables, fake.dropped_calls)
            report.sections.append(("dynafake", section))
        item.stash[FAILED] = True
        seeded = [f for f in fake.faults if f._probability is not None] if fake else []
        if seeded and report.when == "call":
            lines = [fault.describe() for fault in seeded]
            report.sections.append(
                ("dynafake: random faults (replay with seed=...)", "\n".join(lines))
            )
    return report


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_protocol(item: pytest.Item) -> Generator[None, None, None]:
    """A test that uses a dynafake fixture sends no DynamoDB request out, even while no fake
    is active (its setup, call and teardown): see ``_botocore.idle``."""
    used = tuple(name for name in FIXTURES if name in getattr(item, "fixturenames", ()))
    with IDLE.watch(item.nodeid, used) as unfaked:
        item.stash[UNFAKED] = unfaked
        return (yield)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> Generator[None, None, None]:
    __tracebackhide__ = True
    item.stash[ACTIVE_BEFORE] = list(DISPATCH.stack)
    return (yield)


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
    """An active [`DynaFake`][pytest_dynafake.DynaFake]: every botocore DynamoDB client is served
    from it until the test ends. Fault markers on the test declare its faults."""
    __tracebackhide__ = True
    options: dict[str, Any] = {
        "fake_credentials": request.config.getini(CREDENTIALS_INI),
        "assert_all_faults_fired": request.config.getini(FAULTS_INI),
        "max_calls": _max_calls(request.config),
    }
    closest: dict[str, Any] = {}
    for marker in request.node.iter_markers("dynafake"):
        closest = marker.kwargs | closest
    options.update(closest)
    if "files" in options:
        options["files"] = [_relative(request, entry) for entry in options["files"]]
    if options["fake_credentials"]:
        _undo_at_teardown(monkeypatch, _credentials.to_record())
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
        exercised.update((f.operation, kind) for f in fake.faults for kind in f._fired_kinds)
        exercised.update((call.operation, CALLED) for call in fake.calls)
    # A failing test is never buried under the fault check; a skipped one is not blamed.
    unfinished = request.node.stash.get(FAILED, False) or request.node.stash.get(SKIPPED, False)
    if fake.assert_all_faults_fired and not unfinished:
        fake.check_faults()


@pytest.fixture(scope="session")
def dynafake_session(pytestconfig: pytest.Config) -> DynaFake:
    """An inactive fake for the whole session: tables declared or loaded here are served to
    every test that uses ``dynafake`` and requests this fixture (directly or through another
    fixture), each test seeing a pristine copy. The ini option dynafake_files loads here.
    Seed it from session-scoped fixtures; it takes no faults (declare them on ``dynafake``)."""
    fake = DynaFake()
    root = pytestconfig.inipath.parent if pytestconfig.inipath else pytestconfig.rootpath
    for line in pytestconfig.getini(FILES_INI):
        path, _, table = line.partition("::")
        fake.load(root / path.strip(), table=table.strip() or None)
    return fake._share(Shared("dynafake_session", "session", _setting_up(pytestconfig)))


@pytest.fixture(scope="module")
def dynafake_module(dynafake_session: DynaFake, pytestconfig: pytest.Config) -> DynaFake:
    """An inactive fake for one module, on top of the session's: tables declared here are
    served to the module's tests that use ``dynafake`` and request this fixture. Seed it from
    module-scoped fixtures; it takes no faults."""
    fake = dynafake_session.layer(assert_all_faults_fired=False)
    return fake._share(Shared("dynafake_module", "module", _setting_up(pytestconfig)))


@pytest.hookimpl(wrapper=True)
def pytest_fixture_setup(
    fixturedef: pytest.FixtureDef[Any], request: pytest.FixtureRequest
) -> Generator[None, Any, Any]:
    """Keep the scopes of the fixtures being set up (shared fakes change only in their own),
    and the fakes that broader-scoped fixtures start (they may stay active across tests); the
    idle guard names the fixture that called DynamoDB before any fake was active."""
    __tracebackhide__ = True  # a fixture's own error reads as if this wrapper were not there
    scopes = request.config.stash.setdefault(SETTING_UP, [])
    scopes.append(fixturedef.scope)
    before = None if fixturedef.scope == "function" else list(DISPATCH.stack)
    try:
        with IDLE.fixture(fixturedef.argname, fixturedef.scope):
            return (yield)
    finally:
        scopes.pop()
        if before is not None:
            shared = request.config.stash.setdefault(SHARED, weakref.WeakSet())
            shared.update(fake for fake in DISPATCH.stack if fake not in before)


def _setting_up(config: pytest.Config) -> Callable[[], str | None]:
    scopes = config.stash.setdefault(SETTING_UP, [])
    return lambda: scopes[-1] if scopes else None


def _max_calls(config: pytest.Config) -> int | None:
    value = str(config.getini(MAX_CALLS_INI)).strip()
    if not value:
        return None
    if not value.isdigit():
        raise pytest.UsageError(
            f"{MAX_CALLS_INI} = {value!r} is not a number of calls; give one such as 1000 (the "
            "most recent calls kept), or leave it unset to keep every call"
        )
    return int(value)


def _undo_at_teardown(monkeypatch: pytest.MonkeyPatch, names: Sequence[str]) -> None:
    """Have monkeypatch put back the variables as they are now, changing nothing. The fake
    sets the credentials and gives back what it set; a variable the test changed, it leaves
    alone: monkeypatch's undo, after the test's own monkeypatch.setenv undone, puts it back."""
    for name in names:
        value = os.environ.get(name)
        monkeypatch.setenv(name, "" if value is None else value)
        if value is None:  # delenv of an unset variable records nothing to undo
            monkeypatch.delenv(name)


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


def pytest_sessionfinish(session: pytest.Session) -> None:
    # An xdist worker sends its paths to the controller, which prints the report.
    output = getattr(session.config, "workeroutput", None)
    if output is not None:
        exercised: set[tuple[str, str]] = session.config.stash.get(EXERCISED, set())
        output[WORKER_OUTPUT] = sorted(exercised)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    """pytest-xdist's controller: a worker is done; add up the paths it exercised."""
    sent = getattr(node, "workeroutput", {}).get(WORKER_OUTPUT)
    node.config.stash.setdefault(WORKERS, {})[node.gateway.id] = sent is not None
    node.config.stash.setdefault(EXERCISED, set()).update(tuple(pair) for pair in sent or ())


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    if config.getoption("dynafake_report"):
        exercised = config.stash.get(EXERCISED, set())
        workers = config.stash.get(WORKERS, {})
        silent = [name for name, sent in workers.items() if not sent]
        terminalreporter.write_sep("=", "dynafake fault report")
        for line in report_lines(exercised, len(workers), silent):
            terminalreporter.write_line(line)
