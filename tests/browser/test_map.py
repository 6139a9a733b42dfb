"""Real-browser test of the map page: the municipal map of all Sweden in headless Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.browser.harness import wait_idle


@pytest.mark.viewport(width=1400, height=2000)
def test_municipal_map_in_chromium(app_url: str, page: Page, artifacts_dir: Path) -> None:
    outside: list[str] = []
    page.on(
        "request",
        lambda request: (
            outside.append(request.url) if not request.url.startswith(app_url) else None
        ),
    )
    page.goto(app_url)
    wait_idle(page)
    page.get_by_role("link", name="Karta").click()
    page.wait_for_selector("h1:has-text('Karta')")
    wait_idle(page)
    canvas = page.locator("[data-testid='stDeckGlJsonChart'] canvas").first
    canvas.wait_for(state="visible", timeout=30_000)
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.get_by_text("TypeError").count() == 0
    assert page.get_by_text("Exempeldata – inte officiell statistik").count() >= 1
    page.locator("[data-testid='stVegaLiteChart']").first.wait_for(timeout=30_000)
    assert page.locator("[data-testid='stVegaLiteChart']").count() == 1
    # highlight Stockholm from the selectbox: the choice goes into the URL
    page.locator(".st-key-map_sel input").click()
    page.keyboard.type("Stockholm")
    page.keyboard.press("Enter")
    wait_idle(page)
    page.wait_for_url("**map_sel=0180**")
    canvas = page.locator("[data-testid='stDeckGlJsonChart'] canvas").first
    canvas.wait_for(state="visible", timeout=30_000)
    box = canvas.bounding_box()
    assert box and box["height"] > 500
    # hover southern Sweden: the tooltip names a municipality with its rank
    page.mouse.move(box["x"] + box["width"] * 0.42, box["y"] + box["height"] * 0.85)
    tooltip = page.locator(".deck-tooltip")
    tooltip.wait_for(state="visible", timeout=10_000)
    assert "Rang" in tooltip.inner_text()
    page.wait_for_timeout(500)  # let deck.gl finish drawing before the picture
    shot = artifacts_dir / "map_municipal.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 50_000
    assert outside == [], "the map must not fetch anything from the internet"
    # selecting a table row highlights that region instead (row 3 is Österåker, 0117)
    grid = page.locator("[data-testid='stDataFrame']").first
    grid.scroll_into_view_if_needed()
    frame = grid.bounding_box()
    assert frame
    page.mouse.click(frame["x"] + 12, frame["y"] + 36 + 18 + 36 * 2)
    wait_idle(page)
    page.wait_for_url("**map_sel=0117**")
