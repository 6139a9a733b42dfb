"""Phone width (390 px) in Chromium for Översikt, Karta, Trender and Jämför kommuner: the page
never runs off the side (a chart wider than the screen, the overview matrix, scrolls inside its
own box, all of it reachable), downloads are one menu per chart, and Översikt's first screen
answers before any control."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.browser.harness import wait_idle
from tests.browser.test_accessibility import AXE, RUN_AXE, _require_axe

PHONE = {"width": 390, "height": 844}
VIEWS = {"overview": "/?region=14", "map": "/map", "trends": "/trends?region=14", "peers": "/peers"}
WIDTHS = """() => {
  const main = document.querySelector("[data-testid='stMain']");
  const charts = Array.from(document.querySelectorAll("[data-testid='stElementContainer']"))
    .filter((box) => box.querySelector("[data-testid='stVegaLiteChart']"));
  return {
    page: main.scrollWidth,
    charts: charts.map((box) => ({
      shown: box.clientWidth, drawn: box.scrollWidth, overflow: getComputedStyle(box).overflowX,
      right: box.getBoundingClientRect().right,
    })),
  };
}"""


@pytest.mark.parametrize("view", list(VIEWS))
def test_nothing_runs_off_a_phone(app_url: str, page: Page, artifacts_dir: Path, view: str) -> None:
    page.set_viewport_size(PHONE)
    page.goto(f"{app_url}{VIEWS[view]}")
    wait_idle(page)
    page.wait_for_timeout(800)
    widths = page.evaluate(WIDTHS)
    assert widths["page"] <= PHONE["width"], widths
    for chart in widths["charts"]:
        assert chart["right"] <= PHONE["width"], chart  # the box stays on the screen
        if chart["drawn"] > chart["shown"] + 1:  # wider than the screen: it scrolls
            assert chart["overflow"] == "auto", chart
    # every file sits in a closed "Ladda ner" menu: no download button stands on the page
    assert page.locator("[data-testid='stDownloadButton']:visible").count() == 0
    page.screenshot(path=str(artifacts_dir / f"phone_{view}.png"))


def test_the_overview_answers_first_and_its_matrix_scrolls(app_url: str, page: Page) -> None:
    page.set_viewport_size(PHONE)
    page.goto(f"{app_url}/?region=14")
    wait_idle(page)
    first_metric = page.locator("[data-testid='stMetric']").first.bounding_box()
    assert first_metric and first_metric["y"] + first_metric["height"] < PHONE["height"]
    matrix = page.locator("[data-testid='stElementContainer']:has([data-testid='stVegaLiteChart'])")
    matrix = matrix.first
    matrix.scroll_into_view_if_needed()
    reach = matrix.evaluate("(box) => { box.scrollLeft = box.scrollWidth; return box.scrollLeft; }")
    assert reach > 0  # objective 16 is a swipe away, not cut
    menus = page.get_by_role("button", name="Ladda ner", exact=True)
    assert menus.count() == 1  # one chart, one compact menu
    box = menus.first.bounding_box()
    assert box and box["width"] < 200


ANSWER_FIRST = """() => {
  const answer = document.querySelector(".st-key-page_answer");
  const control = document.querySelector(
    "[data-testid='stMain'] [data-testid='stSelectbox'], "
    + "[data-testid='stMain'] [data-testid='stButtonGroup']");
  const box = answer.getBoundingClientRect();
  return {top: box.top, bottom: box.bottom, height: box.height, text: answer.innerText,
          control: control.getBoundingClientRect().top};
}"""


@pytest.mark.parametrize(
    ("view", "words"),
    [
        ("/map", ["Bäst:", "Sämst:", "Sverige:"]),
        ("/map?map_mode=assessment&map_obj=2", ["Frisk luft", "län"]),
        ("/trends?region=14", ["Begränsad klimatpåverkan", "Västra Götalands län"]),
        ("/peers", ["Stockholm jämfört med", "av 8 indikatorer"]),
    ],
)
def test_the_first_screen_answers_before_the_controls(
    app_url: str, page: Page, view: str, words: list[str]
) -> None:
    page.set_viewport_size(PHONE)
    page.goto(f"{app_url}{view}")
    wait_idle(page)
    answer = page.evaluate(ANSWER_FIRST)
    assert answer["height"] > 40, answer  # filled, not an empty place
    assert answer["bottom"] < answer["control"], answer  # above the first control
    assert answer["top"] + 60 < PHONE["height"], answer  # and it starts on the first screen
    for word in words:
        assert word in answer["text"], (word, answer["text"])


def test_axe_at_phone_width_on_the_overview(app_url: str, page: Page) -> None:
    _require_axe()
    page.set_viewport_size(PHONE)
    page.goto(f"{app_url}/?region=14")
    wait_idle(page)
    page.wait_for_timeout(500)
    page.add_script_tag(path=str(AXE))
    assert page.evaluate(RUN_AXE) == []  # the scrolling matrix can be reached by keyboard
