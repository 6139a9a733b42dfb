"""The trends page in headless Chromium: it draws, and its downloads deliver real files."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.browser.harness import open_download_menu, open_view, wait_idle


@pytest.mark.viewport(width=1400, height=2400)
def test_trends_page_draws_and_downloads(app_url: str, page: Page, artifacts_dir: Path) -> None:
    open_view(page, f"{app_url}/trends?region=14&tr_obj=2", "Trender per miljömål")
    assert page.get_by_text("Exempeldata – inte officiell statistik").count() >= 1
    page.wait_for_selector(
        "[data-testid='stVegaLiteChart'] svg, [data-testid='stVegaLiteChart'] canvas"
    )
    page.wait_for_function(
        "document.querySelectorAll(\"[data-testid='stVegaLiteChart']\").length >= 8"
    )
    page.screenshot(path=str(artifacts_dir / "trends.png"))
    open_download_menu(page)
    button = page.locator("[data-testid='stPopoverBody'] [data-testid='stDownloadButton'] button")
    button = button.first
    with page.expect_download() as download:
        button.click()
    saved = artifacts_dir / "trends_summary.png"
    download.value.save_as(str(saved))
    assert saved.read_bytes().startswith(b"\x89PNG")
    assert saved.stat().st_size > 5_000
    page.keyboard.press("Escape")
    # The first click on the page must keep the choices the URL made (on a fresh server's
    # first request too: see test_deep_link.py).
    page.get_by_text("Index", exact=True).first.click()
    wait_idle(page)
    assert "tr_mode=idx" in page.url and "tr_obj=2" in page.url and "region=14" in page.url
    objective = page.locator("[data-testid='stSelectbox'] input").nth(1).input_value()
    assert objective == "2. Frisk luft"
    assert page.get_by_role("button", name="Kopiera länk").count() == 1
