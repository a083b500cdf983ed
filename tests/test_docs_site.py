"""The documentation site as a reader's browser shows it: built with mkdocs, loaded in headless
Chromium. Marked ``docs_site``; skipped when mkdocs or Chromium is missing, unless
DYNAFAKE_REQUIRE_DOCS_SITE=1 (CI sets it) makes that a failure."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.docs_site

ROOT = Path(__file__).parent.parent
# Chromium loads the pages whose rendering depends on more than Markdown; the checks of
# plain HTML read every built page.
PAGES = ("index", "api", "how-it-works")
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built with ``mkdocs build --strict`` into a temporary folder."""
    missing = [
        name for name in ("mkdocs", "mkdocstrings_handlers") if not importlib.util.find_spec(name)
    ]
    if not any(shutil.which(name) for name in BROWSERS):
        missing.append("chromium")
    if missing:
        reason = f"needs {', '.join(missing)}: pip install -e '.[docs]', apt-get install chromium"
        if os.environ.get("DYNAFAKE_REQUIRE_DOCS_SITE") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    out = tmp_path_factory.mktemp("site")
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(out)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=True,
        capture_output=True,
    )
    return out


@pytest.fixture(scope="module")
def dom(site: Path) -> dict[str, str]:
    """Each key page's DOM once Chromium has loaded it, scripts run, from file:// (offline)."""
    browser = next(path for name in BROWSERS if (path := shutil.which(name)))
    with tempfile.TemporaryDirectory() as profile:
        running = {
            page: subprocess.Popen(
                [
                    browser,
                    *CHROMIUM_FLAGS,
                    f"--user-data-dir={profile}/{page}",
                    "--dump-dom",
                    (site / page / "index.html").as_uri()
                    if page != "index"
                    else (site / "index.html").as_uri(),
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            for page in PAGES
        }
        return {page: process.communicate(timeout=120)[0] for page, process in running.items()}


def test_docs_site_renders_no_rest_roles(site: Path, dom: dict[str, str]) -> None:
    """Docstrings use Markdown cross-references; a reST role would show as raw text."""
    built = {str(path.relative_to(site)): path.read_text() for path in site.rglob("*.html")}
    roles = re.compile(r":(?:meth|class|func|attr|mod|data|exc|obj):(?:`|<code)")
    assert sorted(name for name, html in built.items() if roles.search(html)) == []
    assert sorted(page for page, html in dom.items() if roles.search(html)) == []


def test_docs_site_loads_nothing_from_other_hosts(dom: dict[str, str]) -> None:
    """No CDN: no external script, stylesheet or font, and no diagram drawn by a JS library."""
    external = re.compile(r"<(?:script|link|img)\b[^>]*\b(?:src|href)=\"(?:https?:)?//", re.I)
    assert {page: external.findall(html) for page, html in dom.items()} == {
        page: [] for page in dom
    }
    assert [page for page, html in dom.items() if "mermaid" in html] == []
    assert 'src="../images/pipeline.svg"' in dom["how-it-works"]


def test_docs_site_api_reference_lists_the_public_api(dom: dict[str, str]) -> None:
    ids = set(re.findall(r'id="pytest_dynafake\.([\w.]+)"', dom["api"]))
    public = {
        *(f"DynaFake.{n}" for n in ("throttle", "unprocessed", "conflict", "fail", "script")),
        *(f"DynaFake.{n}" for n in ("clock", "table", "load", "calls", "sleeps", "start")),
        *(f"Fault.{n}" for n in ("call_count", "matched", "triggered", "answers")),
        "FakeTable.put_items",
        "Call.outcome",
    }
    assert sorted(public - ids) == []
    internal = {i for i in ids if i.rpartition(".")[2] in ("fire", "answer", "__init__")}
    assert sorted(internal | {i for i in ids if re.search(r"\._", i)}) == []
    assert "Private" not in dom["api"]


def test_docs_site_menu_matches_page_headings(site: Path) -> None:
    """The menu entry of each page reads as the page's own heading."""
    titles = {}
    for path in sorted(site.glob("**/index.html")):
        page, html = str(path.parent.relative_to(site)), path.read_text()
        heading = re.search(r"<h1[^>]*>(.*?)(?:<a class=\"headerlink\".*?)?</h1>", html, re.S)
        active = re.search(r'md-nav__link--active"[^>]*>\s*<span[^>]*>(.*?)</span>', html, re.S)
        assert heading is not None, page
        assert active is not None, page
        titles[page] = (_text(heading[1]), _text(active[1]))
    assert [page for page, (heading, menu) in titles.items() if heading != menu] == []


def test_docs_site_fragments_render_as_code(site: Path) -> None:
    """A ``<!-- fragment -->`` mark before a block hides itself and leaves the block as code."""
    html = (site / "migration" / "index.html").read_text()
    # moto's module, two fragments, a module fixture
    assert html.count('<div class="highlight">') == 4
    assert "fragment" not in _text(html)


def _text(html: str) -> str:
    without_comments = re.sub(r"<!--.*?-->", "", html, flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", without_comments).split())
