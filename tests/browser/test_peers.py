"""Real-browser test of "Jämför kommuner": similar-municipalities mode and English profile."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.browser.harness import open_view, wait_idle


@pytest.mark.viewport(width=1400, height=2400)
def test_peers_page_in_chromium(app_url: str, page: Page, artifacts_dir: Path) -> None:
    page.goto(f"{app_url}/peers?peer_kommun=1480&peer_mode=similar")
    wait_idle(page)
    page.wait_for_selector("h1:has-text('Jämför kommuner')")
    page.wait_for_selector(
        "[data-testid='stVegaLiteChart'] canvas, [data-testid='stVegaLiteChart'] svg"
    )
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.get_by_text("Exempeldata – inte officiell statistik").count() >= 1
    assert page.locator("[data-testid='stVegaLiteChart']").count() == 3  # and "Varför"
    assert page.get_by_text("Göteborg jämfört med gruppen").count() == 1
    assert page.get_by_text("Jämförelsegrupp: Göteborg och 20 andra kommuner").count() == 1
    assert page.locator("[data-testid='stDownloadButton']").count() == 0  # all in a menu
    page.get_by_role("button", name="Ladda ner", exact=True).last.click()  # the ranking's
    page.wait_for_selector("[data-testid='stDownloadButton']")
    assert page.locator("[data-testid='stDownloadButton']").count() == 2  # CSV and Excel
    page.keyboard.press("Escape")
    shot = artifacts_dir / "peers_similar.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 50_000


@pytest.mark.viewport(width=1400, height=2400)
def test_peers_page_in_english(app_url: str, page: Page, artifacts_dir: Path) -> None:
    open_view(page, f"{app_url}/peers?lang=en&peer_kommun=2584", "Compare municipalities")
    assert page.get_by_text("The municipalities of Norrbottens län (14).").count() == 1
    page.get_by_text("Similar municipalities").click()
    wait_idle(page)
    page.wait_for_selector("text=Comparison group: Kiruna and 20 other municipalities")
    assert "peer_mode=similar" in page.url
    page.screenshot(path=str(artifacts_dir / "peers_en.png"))
