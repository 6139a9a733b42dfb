"""The start page in headless Chromium: it draws, and the language switch goes into the URL."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page

from tests.browser.harness import open_view, wait_idle


def test_start_page_in_chromium(app_url: str, page: Page, artifacts_dir: Path) -> None:
    open_view(page, f"{app_url}/?region=14", "Översikt")
    assert page.locator("[data-testid='stAlertContentError']").count() == 0
    assert page.get_by_text("Exempeldata – inte officiell statistik").count() >= 1
    page.wait_for_selector(
        "[data-testid='stVegaLiteChart'] canvas, [data-testid='stVegaLiteChart'] svg"
    )
    assert page.locator("[data-testid='stVegaLiteChart']").count() == 1
    shot = artifacts_dir / "overview.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 20_000


def test_language_switch_in_chromium(app_url: str, page: Page, artifacts_dir: Path) -> None:
    page.goto(app_url)
    wait_idle(page)
    page.get_by_text("English").click()
    page.wait_for_selector("h1:has-text('Overview')")
    wait_idle(page)
    assert "lang=en" in page.url
    page.screenshot(path=str(artifacts_dir / "overview_en.png"), full_page=True)
