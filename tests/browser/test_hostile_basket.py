"""In headless Chromium against a server of its own: an anonymous user uploads the issue's
hostile basket (three million generated rows, an internal address) on the Presentation page;
the page refuses it in Swedish and the server keeps answering."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page

from rus_data.presentation.basket import basket_json
from rus_data.presentation.slide import Slide
from tests.browser.harness import open_download_menu, wait_idle

SEQUENCE = json.dumps(
    {
        "data": {"sequence": {"start": 0, "stop": 3_000_000, "as": "a"}},
        "mark": "point",
        "encoding": {"x": {"field": "a", "type": "quantitative"}},
    }
)
INTERNAL = json.dumps({"data": {"url": "http://127.0.0.1:9/intern"}, "mark": "text"})


def _healthy(base: str) -> bool:
    with urllib.request.urlopen(f"{base}/_stcore/health", timeout=10) as answer:
        return answer.status == 200


def test_a_hostile_basket_upload_leaves_the_server_running(
    fresh_server: Callable[..., str], demo_db_path: Path, page: Page, artifacts_dir: Path
) -> None:
    base = fresh_server(demo_db_path)
    page.goto(f"{base}/?region=14")
    wait_idle(page)
    open_download_menu(page)
    page.get_by_role("button", name="Lägg till i presentation").first.click()
    wait_idle(page)
    page.keyboard.press("Escape")
    page.get_by_test_id("stSidebarNav").get_by_role("link", name="Presentation").click()
    wait_idle(page)
    slides = [
        Slide(title="Ond", spec_json=SEQUENCE, source_line="", shows_demo=False),
        Slide(title="Intern", spec_json=INTERNAL, source_line="", shows_demo=False),
    ]
    uploader = page.get_by_test_id("stFileUploader").filter(has_text="Öppna en sparad korg")
    uploader.locator("input[type='file']").set_input_files(
        files=[{"name": "ond.json", "mimeType": "application/json", "buffer": basket_json(slides)}]
    )
    wait_idle(page)
    alert = page.get_by_test_id("stAlert").filter(has_text="kunde inte läsas som en sparad korg")
    alert.wait_for(timeout=60_000)
    assert "Bild 1, fältet ”spec_json” på ”data.sequence”" in alert.inner_text()
    assert page.locator("[data-testid='stException']").count() == 0
    page.screenshot(path=str(artifacts_dir / "presentation_hostile_basket.png"), full_page=True)
    assert _healthy(base)
    # The server still serves a new session.
    page.goto(f"{base}/presentation")
    wait_idle(page)
    assert page.get_by_role("heading", name="Presentation").count() >= 1
    assert _healthy(base)
