"""Navigation that leads on, in Chromium: a click on a matrix cell or a card opens the
objective's trends for that area, an address that is no page leads home in the user's
language, and "Kopiera länk" is there on every page, empty states included."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page

from tests.browser.harness import wait_idle
from ui.navigation import PAGES


def test_a_matrix_cell_opens_its_countys_trends(app_url: str, page: Page) -> None:
    page.goto(f"{app_url}/?region=14")
    wait_idle(page)
    chart = page.locator("[data-testid='stVegaLiteChart']").first
    chart.scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    box = chart.bounding_box()
    assert box
    page.mouse.click(box["x"] + box["width"] * 0.6, box["y"] + box["height"] * 0.6)
    wait_idle(page)
    page.wait_for_selector("h1:has-text('Trender per miljömål')")
    assert "tr_obj=" in page.url and "region=" in page.url
    assert "region=14" not in page.url  # the clicked county, not the one chosen before


def test_a_card_opens_the_objectives_trends(app_url: str, page: Page) -> None:
    page.goto(f"{app_url}/?region=14&lang=en")
    wait_idle(page)
    page.get_by_role("link", name="12. Sustainable forests").click()
    wait_idle(page)
    page.wait_for_selector("h1:has-text('Trends')")
    assert "tr_obj=12" in page.url and "region=14" in page.url and "lang=en" in page.url
    objective = page.locator(".st-key-tr_obj input").input_value()
    assert objective == "12. Sustainable forests"


def test_no_such_page_leads_home_in_the_users_language(
    app_url: str, page: Page, artifacts_dir: Path
) -> None:
    page.goto(f"{app_url}/map/extra?lang=en")
    wait_idle(page)
    page.wait_for_selector("h1:has-text('Overview')")
    assert page.get_by_text("There is no page /map/extra.").count() == 1
    assert "missing_page" not in page.url
    page.screenshot(path=str(artifacts_dir / "page_not_found_en.png"))
    page.goto(f"{app_url}/nosuch")
    wait_idle(page)
    assert page.get_by_text("Sidan /nosuch finns inte.").count() == 1


def test_copy_link_on_every_page_and_empty_state(app_url: str, page: Page) -> None:
    views = [f"/{spec.url_path}" for spec in PAGES] + ["/peers?peer_mode=custom"]
    missing = []
    for view in views:
        page.goto(f"{app_url}{view}")
        wait_idle(page)
        if page.get_by_role("button", name="Kopiera länk").count() != 1:
            missing.append(view)
    assert missing == []
    page.get_by_role("button", name="Kopiera länk").click()
    link = page.locator("[data-testid='stPopoverBody'] code").inner_text()
    assert "peer_mode=custom" in link
