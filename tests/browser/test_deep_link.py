"""A deep link as a fresh server's very first request, then a click: the link's choices hold.

Streamlit serves a new process's first script run in its legacy ``pages/`` mode, which knows
none of our page folders; ``ui.server`` ends that mode at start-up. This test asks a server of
its own, which has answered no HTTP request yet (not even ``/_stcore/health``), for a page with
choices in its URL, then clicks a widget the link did not set, and checks that every choice of
the link is still in the URL and in the widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Page

from tests.browser.harness import wait_idle

PAGE = "trends"
LINK = {"tr_obj": "2", "region": "14", "year": "2022", "lang": "en"}
SHOWN = {  # what the link's choices look like in the widgets
    "tr_obj": "2. Clean air",
    "region": "Västra Götalands län",
    "year": "2022",
    "lang": "English",
}


def _query(page: Page) -> dict[str, str]:
    """The page's URL parameters, one value each."""
    return {key: values[-1] for key, values in parse_qs(urlsplit(page.url).query).items()}


def _mode(page: Page) -> str:
    """The chosen segment of the page's mode control ("Absolute values" or "Index")."""
    return page.locator(".st-key-tr_mode [role=radio][aria-checked=true]").inner_text().strip()


def _assert_link_holds(page: Page) -> None:
    """The page is the linked one, inside the frame, with every choice of the link."""
    assert urlsplit(page.url).path == f"/{PAGE}"
    assert _query(page).items() >= LINK.items(), page.url
    assert page.get_by_text("Page not found").count() == 0
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.locator("h1").first.inner_text() == "Trends per objective"
    sidebar = page.locator("[data-testid='stSidebar']")
    assert sidebar.get_by_text("Language", exact=True).count() == 1
    assert sidebar.get_by_role("radio", name=SHOWN["lang"]).is_checked()
    assert sidebar.locator(".st-key-region input").input_value() == SHOWN["region"]
    year = sidebar.locator(".st-key-year input[type=range]")
    assert year.get_attribute("aria-valuetext") == SHOWN["year"]
    assert page.locator(".st-key-tr_obj input").input_value() == SHOWN["tr_obj"]


@pytest.mark.viewport(width=1400, height=900)
def test_deep_link_on_a_fresh_server(
    demo_db_path: Path,
    fresh_server: Callable[..., str],
    page: Page,
    artifacts_dir: Path,
) -> None:
    base = fresh_server(demo_db_path, untouched=True)
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    link = f"{base}/{PAGE}?" + "&".join(f"{key}={value}" for key, value in LINK.items())
    page.goto(link)
    assert requests[0] == link  # the server's first HTTP request is the deep link itself
    wait_idle(page)
    page.wait_for_selector("h1:has-text('Trends per objective')")
    wait_idle(page)
    page.screenshot(path=str(artifacts_dir / "deep_link.png"))
    _assert_link_holds(page)
    assert "tr_mode" not in _query(page) and _mode(page) == "Absolute values"

    # A widget the link did not set: the trends page's mode, "Absolute values" → "Index".
    page.locator(".st-key-tr_mode").get_by_text("Index", exact=True).click()
    wait_idle(page)
    page.wait_for_url("**tr_mode=idx**")
    wait_idle(page)
    _assert_link_holds(page)
    assert _query(page)["tr_mode"] == "idx" and _mode(page) == "Index"
    page.screenshot(path=str(artifacts_dir / "deep_link_after_click.png"))
