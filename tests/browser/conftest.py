"""The browser tests' fixtures: one ``streamlit run`` server and one Chromium for the session.

``app_url`` serves the session's demo database (read-only) with a workshop file of its own, and
``page`` is a fresh Chromium page (in a fresh context) per test, from one browser per session.
A test that needs a server to itself (a fresh process's first request, a database it may
write to) asks ``fresh_server`` for one; it stops when the test ends.

Everything collected under this folder gets the ``browser`` marker, so ``-m "not browser"``
leaves it out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.browser.harness import CHROMIUM, CHROMIUM_ARGS, require_chromium, served_app

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

HERE = Path(__file__).resolve().parent
DEFAULT_VIEWPORT = {"width": 1400, "height": 1800}


@pytest.hookimpl(tryfirst=True)  # before pytest's own hook deselects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test in this folder ``browser``."""
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def app_url(demo_db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of the session's server, on the session's demo database.

    The workshop store (``RUS_WORKSHOP_DB``) is a file of this server's own, so sessions that a
    test creates there touch neither the demo database nor the AppTest runs' workshop files.
    """
    require_chromium()
    workshop = tmp_path_factory.mktemp("workshop") / "workshop.duckdb"
    with served_app(demo_db_path, {"RUS_WORKSHOP_DB": str(workshop)}) as url:
        yield url


@pytest.fixture()
def fresh_server() -> Iterator[Callable[..., str]]:
    """Start servers of this test's own: ``fresh_server(database, env, untouched=False)``
    returns the base URL of a new ``streamlit run`` process (see ``harness.served_app``).
    Every server it started stops when the test ends."""
    require_chromium()
    with ExitStack() as servers:

        def start(
            database: Path, env: Mapping[str, str] | None = None, *, untouched: bool = False
        ) -> str:
            return servers.enter_context(served_app(database, env, untouched=untouched))

        yield start


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One headless Debian Chromium for the whole session."""
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture()
def page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    """A new page in a new browser context (no cookies, storage or cache from other tests).

    Its size is 1400×1800 unless the test says otherwise with
    ``@pytest.mark.viewport(width=..., height=...)``.
    """
    marker = request.node.get_closest_marker("viewport")
    viewport = DEFAULT_VIEWPORT | (marker.kwargs if marker else {})
    context = browser.new_context(viewport=viewport, accept_downloads=True)
    try:
        yield context.new_page()
    finally:
        context.close()
