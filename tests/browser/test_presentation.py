"""In headless Chromium: a coordinator adds two views to the basket and downloads the deck."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page
from pptx import Presentation

from tests.browser.harness import open_download_menu, wait_idle

ADD = "Lägg till i presentation"


@pytest.mark.viewport(width=1400, height=2000)
def test_two_views_into_a_downloaded_deck(app_url: str, page: Page, artifacts_dir: Path) -> None:
    page.goto(f"{app_url}/?region=14")
    wait_idle(page)
    open_download_menu(page)
    page.get_by_role("button", name=ADD).first.click()
    wait_idle(page)
    page.keyboard.press("Escape")
    page.get_by_test_id("stSidebarNav").get_by_role("link", name="Trender").click()
    wait_idle(page)
    open_download_menu(page)
    page.get_by_role("button", name=ADD).first.click()
    wait_idle(page)
    page.keyboard.press("Escape")
    wait_idle(page)
    page.get_by_role("button", name="Kopiera länk").click()
    link = page.locator("[data-testid='stPopoverBody'] code").inner_text()
    assert link.startswith(f"{app_url}/trends?") and "region=14" in link
    page.keyboard.press("Escape")
    page.get_by_test_id("stSidebarNav").get_by_role("link", name="Presentation").click()
    wait_idle(page)
    page.wait_for_selector("text=2 bilder")
    assert page.locator("[data-testid='stException']").count() == 0
    page.screenshot(path=str(artifacts_dir / "presentation_basket.png"), full_page=True)
    with page.expect_download(timeout=120_000) as download:
        page.get_by_role("button", name="PowerPoint (.pptx)").click()
    saved = artifacts_dir / "presentation_from_browser.pptx"
    download.value.save_as(str(saved))
    deck = Presentation(str(saved))
    titles = [slide.shapes.title.text for slide in deck.slides]
    assert len(titles) == 3
    assert titles[1].startswith("Bedömning per län och miljömål")
    assert "Västra Götalands län" in titles[2] or "Begränsad klimatpåverkan" in titles[2]
    pictures = [s for s in deck.slides[1].shapes if s.shape_type == 13]
    assert pictures and pictures[0].image.blob.startswith(b"\x89PNG")
