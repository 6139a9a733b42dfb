"""Issue 14 in Chromium: the trends headline for Jämtland and Levande skogar, the change map
of a share indicator and the similar-municipalities explanation, in Swedish and English, at
1440 and 390 px; each saved in tests/artifacts for a person to look at."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.browser.harness import wait_idle


def _charts_drawn(page: Page) -> None:
    page.wait_for_selector(
        "[data-testid='stVegaLiteChart'] canvas, [data-testid='stVegaLiteChart'] svg"
    )
    assert page.locator("[data-testid='stException']").count() == 0


@pytest.mark.viewport(width=1440, height=1400)
@pytest.mark.parametrize("language", ["sv", "en"])
def test_trends_headline_jamtland_forests(
    app_url: str, page: Page, artifacts_dir: Path, language: str
) -> None:
    page.goto(f"{app_url}/trends?region=23&tr_obj=12&lang={language}")
    wait_idle(page)
    _charts_drawn(page)
    headline = page.locator(".st-key-trends_headline")
    heading = {"sv": "Levande skogar: Jämtlands län och Sverige", "en": "Jämtlands län and Sweden"}
    assert heading[language] in headline.inner_text()
    assert ("Motivering" if language == "sv" else "Motivation") in headline.inner_text()
    headline.scroll_into_view_if_needed()
    shot = artifacts_dir / f"issue14_trends_headline_{language}_1440.png"
    page.screenshot(path=str(shot))
    card = page.locator(".st-key-trend_card_old_forest_area")
    card.scroll_into_view_if_needed()
    wait_idle(page)
    card.screenshot(path=str(artifacts_dir / f"issue14_trends_old_forest_{language}_1440.png"))
    assert shot.stat().st_size > 30_000


@pytest.mark.viewport(width=390, height=1600)
def test_trends_headline_on_a_phone(app_url: str, page: Page, artifacts_dir: Path) -> None:
    page.goto(f"{app_url}/trends?region=23&tr_obj=12")
    wait_idle(page)
    _charts_drawn(page)
    headline = page.locator(".st-key-trends_headline")
    headline.scroll_into_view_if_needed()
    box = headline.bounding_box()
    assert box is not None and box["width"] <= 390  # fits the screen, no sideways scrolling
    headline.screenshot(path=str(artifacts_dir / "issue14_trends_headline_sv_390.png"))


@pytest.mark.viewport(width=1440, height=1800)
@pytest.mark.parametrize("language", ["sv", "en"])
def test_change_map_of_a_share(
    app_url: str, page: Page, artifacts_dir: Path, language: str
) -> None:
    page.goto(
        f"{app_url}/map?lang={language}&map_ind=electric_car_share_new_registrations"
        "&map_show=change_abs&map_base=2015"
    )
    wait_idle(page)
    page.wait_for_selector("[data-testid='stDeckGlJsonChart']")
    page.wait_for_timeout(1500)  # deck.gl draws after the script run
    unit = {"sv": "(procentenheter)", "en": "(percentage points)"}[language]
    assert page.get_by_text(unit).count() >= 1
    assert page.get_by_text("(%)").count() == 0
    page.locator("[data-testid='stDeckGlJsonChart']").scroll_into_view_if_needed()
    shot = artifacts_dir / f"issue14_change_map_share_{language}_1440.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 30_000


@pytest.mark.viewport(width=1440, height=2600)
@pytest.mark.parametrize("language", ["sv", "en"])
def test_similar_municipalities_explained(
    app_url: str, page: Page, artifacts_dir: Path, language: str
) -> None:
    page.goto(f"{app_url}/peers?lang={language}&peer_kommun=2380&peer_mode=similar")
    wait_idle(page)
    _charts_drawn(page)
    box = page.locator(".st-key-peers_similar_explained")
    words = {"sv": "liknar Östersund mest i", "en": "is closest to Östersund on"}[language]
    assert words in box.inner_text()
    assert box.locator("[data-testid='stVegaLiteChart']").count() == 1
    page.get_by_text({"sv": "Jämförelsegrupp", "en": "Comparison group"}[language]).first.click()
    wait_idle(page)
    box.scroll_into_view_if_needed()
    shot = artifacts_dir / f"issue14_similar_explained_{language}_1440.png"
    page.screenshot(path=str(shot), full_page=False)
    box.screenshot(path=str(artifacts_dir / f"issue14_similar_box_{language}_1440.png"))
    assert shot.stat().st_size > 30_000


@pytest.mark.viewport(width=390, height=1800)
def test_similar_explained_on_a_phone(app_url: str, page: Page, artifacts_dir: Path) -> None:
    page.goto(f"{app_url}/peers?peer_kommun=2380&peer_mode=similar")
    wait_idle(page)
    _charts_drawn(page)
    box = page.locator(".st-key-peers_similar_explained")
    box.scroll_into_view_if_needed()
    box.screenshot(path=str(artifacts_dir / "issue14_similar_box_sv_390.png"))
