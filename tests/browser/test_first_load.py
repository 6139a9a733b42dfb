"""A fresh server's very first page load, while the app builds its database: the sidebar never
shows the page files' raw names ("app", "admin", "conflicts" …), only the pages' own names."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page

from tests.browser.harness import wait_idle

RAW_NAMES = {"app", "admin", "conflicts", "map", "overview", "peers", "presentation", "trends"}
# The sidebar's page links as a reader sees them: icons (Material ligatures) left out.
LINK_TEXTS = """() => Array.from(document.querySelectorAll(
    "[data-testid='stSidebarNav'] a, [data-testid='stSidebarNavLink']"))
  .map((link) => {
    const icon = link.querySelector("[data-testid='stIconMaterial']");
    const text = link.innerText;
    return (icon ? text.replace(icon.textContent, "") : text).trim();
  })"""


def test_the_sidebar_never_shows_file_names_while_the_database_builds(
    tmp_path: Path, fresh_server: Callable[..., str], page: Page
) -> None:
    database = tmp_path / "rus.duckdb"  # missing: the first load builds the demo database
    base = fresh_server(database, untouched=True)
    page.goto(f"{base}/map", wait_until="commit")
    seen: set[str] = set()
    for _ in range(120):  # every 100 ms for up to 12 s, from the first byte on
        seen.update(page.evaluate(LINK_TEXTS))
        if "Karta" in seen and page.locator("h1:has-text('Karta')").count():
            break
        page.wait_for_timeout(100)
    wait_idle(page)
    seen.update(page.evaluate(LINK_TEXTS))
    assert "Karta" in seen and "Översikt" in seen, seen
    assert not seen & RAW_NAMES, seen
    assert database.exists()  # the load did build it
