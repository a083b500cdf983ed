"""The fakes the plugin shares between tests (``dynafake_session``, ``dynafake_module``).

Each test's fake is a copy-on-write layer over them, so a shared fake must not change while
tests run: it is seeded by fixtures of its own scope only, and never given faults (it is never
active itself, so they would never fire nor be checked). A fake built outside pytest, layered
or not, has none of these limits.
"""

from __future__ import annotations

from collections.abc import Callable

from ._errors import DynaFakeError

SCOPES = ("function", "class", "module", "package", "session")


class Shared:
    """How a fake the plugin hands out as shared may change."""

    def __init__(self, fixture: str, scope: str, setting_up: Callable[[], str | None]) -> None:
        """``setting_up`` gives the scope of the fixture being set up, None outside one."""
        self.fixture = fixture
        self.scope = scope
        self._setting_up = setting_up

    def check_change(self, what: str) -> None:
        """Refuse a change (``what``) made anywhere but in a fixture of the fake's scope."""
        current = self._setting_up()
        if current is not None and SCOPES.index(current) >= SCOPES.index(self.scope):
            return
        place = "a test" if current is None else f"a {current}-scoped fixture"
        raise DynaFakeError(
            f"{self.fixture}: cannot {what} from {place}: {self.fixture} is shared by every "
            f"test of the {self.scope}, so the change would leak into the tests that run after "
            f"this one. Seed {self.fixture} in a {self.scope}-scoped fixture of your own "
            "(before tests use it), or seed this test's own tables through the dynafake "
            "fixture (dynafake.tables[name].put_items(...), dynafake.table(...)): they are "
            f"copy-on-write layers over {self.fixture}, dropped when the test ends"
        )

    def fault_refused(self, kind: str) -> str:
        return (
            f"{self.fixture}.{kind}(): a fault declared on a shared fake would never fire nor "
            "be checked: only each test's own fake is active. Declare it on the dynafake "
            f"fixture (dynafake.{kind}(...)) or with @pytest.mark.dynafake_{kind}(...) on the "
            "test, class or module"
        )
