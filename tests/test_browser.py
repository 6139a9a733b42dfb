"""Real-browser test: the start page in headless Chromium, served by ``streamlit run``."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser import chromium_page, require_chromium, served_app, wait_idle

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def app_url(demo_db_path: Path):
    require_chromium()
    with served_app(demo_db_path) as url:
        yield url


def test_start_page_in_chromium(app_url: str, artifacts_dir: Path) -> None:
    with chromium_page() as page:
        page.goto(f"{app_url}/?region=14")
        wait_idle(page)
        page.wait_for_selector("h1:has-text('Översikt')")
        assert page.locator("[data-testid='stException']").count() == 0
        assert page.locator("[data-testid='stAlertContentError']").count() == 0
        assert page.get_by_text("Exempeldata – inte officiell statistik").count() >= 1
        page.wait_for_selector("[data-testid='stVegaLiteChart']")  # may arrive after the title
        assert page.locator("[data-testid='stVegaLiteChart']").count() == 1
        shot = artifacts_dir / "overview.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 20_000


def test_language_switch_in_chromium(app_url: str, artifacts_dir: Path) -> None:
    with chromium_page() as page:
        page.goto(app_url)
        wait_idle(page)
        page.get_by_text("English").click()
        page.wait_for_selector("h1:has-text('Overview')")
        wait_idle(page)
        assert "lang=en" in page.url
        page.screenshot(path=str(artifacts_dir / "overview_en.png"), full_page=True)
