"""Real-browser screenshots of the conflicts page: the matrix and the network."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser import chromium_page, require_chromium, served_app, wait_idle

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def app_url(demo_db_path: Path, tmp_path_factory: pytest.TempPathFactory):
    require_chromium()
    import os

    previous = os.environ.get("RUS_WORKSHOP_DB")
    os.environ["RUS_WORKSHOP_DB"] = str(tmp_path_factory.mktemp("ws") / "workshop.duckdb")
    try:
        with served_app(demo_db_path) as url:
            yield url
    finally:
        if previous is None:
            os.environ.pop("RUS_WORKSHOP_DB", None)
        else:
            os.environ["RUS_WORKSHOP_DB"] = previous


VIEWS = (
    ("", "conflicts_matrix", "Målkonflikter och synergier"),
    ("?cf_matrix=targets", "conflicts_matrix_targets", "Målkonflikter och synergier"),
    ("?cf_mode=network", "conflicts_network", "Målkonflikter och synergier"),
    ("?cf_mode=network&lang=en", "conflicts_network_en", "Goal conflicts and synergies"),
)


def test_matrix_and_network_in_chromium(app_url: str, artifacts_dir: Path) -> None:
    with chromium_page(width=1400, height=2400) as page:
        # Streamlit learns the page paths from st.navigation in the first session; a cold
        # deep link shows a "Page not found" dialog once, so load the start page first.
        page.goto(app_url)
        wait_idle(page)
        for query, name, title in VIEWS:
            page.goto(f"{app_url}/malkonflikter{query}")
            wait_idle(page)
            page.wait_for_selector(f"h1:has-text('{title}')")
            page.wait_for_selector(
                "[data-testid='stVegaLiteChart'] canvas, [data-testid='stVegaLiteChart'] svg"
            )
            wait_idle(page)
            assert page.locator("[data-testid='stException']").count() == 0
            assert page.locator("[data-testid='stAlertContentError']").count() == 0
            assert page.locator("[data-testid='stVegaLiteChart']").count() == 1
            shot = artifacts_dir / f"{name}.png"
            page.screenshot(path=str(shot))
            assert shot.stat().st_size > 30_000, name
