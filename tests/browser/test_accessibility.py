"""Keyboard and screen readers in Chromium: axe-core finds no serious or critical violation on
any page in either language; icon ligatures are not part of accessible names; the skip link
leads to the main content; a chart costs two Tab stops (its box, which scrolls on a phone,
and its download menu)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.browser.harness import wait_idle
from ui.navigation import PAGES

AXE = Path(__file__).resolve().parent / "axe" / "node_modules" / "axe-core" / "axe.min.js"
RUN_AXE = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} – ` +
                v.nodes.slice(0, 3).map((n) => n.failureSummary.slice(0, 160)).join(" | "));
}"""
# The accessible names of every link and button: what a screen reader says for them.
NAMES = """() => Array.from(document.querySelectorAll("a[href], button")).map((e) => {
  const copy = e.cloneNode(true);
  copy.querySelectorAll("[aria-hidden='true']").forEach((hidden) => hidden.remove());
  return (e.getAttribute("aria-label") || copy.textContent || "").trim();
})"""
TABBABLE = """() => Array.from(document.querySelectorAll(
  "a[href], button, input, select, textarea, summary, [tabindex]"))
  .filter((e) => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length)"""
LIGATURES = ("add_to_queue", "dashboard", "trending_up", "expand_more", "download", "link")


def _require_axe() -> None:
    """axe-core comes from the npm registry (`npm ci` in tests/browser/axe): without it the
    check is skipped, as the browser tests are without Chromium, except in CI."""
    if not AXE.exists():
        message = f"axe-core saknas ({AXE}); kör `npm ci` i tests/browser/axe"
        if os.environ.get("RUS_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_axe_finds_no_serious_violation_on_any_page(
    app_url: str, page: Page, language: str
) -> None:
    _require_axe()
    found = []
    for spec in PAGES:
        page.goto(f"{app_url}/{spec.url_path}?lang={language}&region=14")
        wait_idle(page)
        page.wait_for_timeout(500)
        page.add_script_tag(path=str(AXE))
        found += [f"{spec.name}: {v}" for v in page.evaluate(RUN_AXE)]
    assert found == [], "\n".join(found)


def test_names_without_ligatures_and_a_skip_link(app_url: str, page: Page) -> None:
    page.goto(f"{app_url}/?region=14")
    wait_idle(page)
    names = page.evaluate(NAMES)
    leaks = [n for n in names if any(n.split()[:1] == [word] for word in LIGATURES)]
    assert leaks == [], leaks
    assert "Översikt" in names and "Ladda ner" in names
    skip = page.get_by_role("link", name="Hoppa till huvudinnehållet")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Hoppa till huvudinnehållet"
    skip.press("Enter")
    assert page.evaluate("document.activeElement.tagName") == "MAIN"


def test_a_chart_costs_two_tab_stops(app_url: str, page: Page) -> None:
    page.goto(f"{app_url}/trends?region=14")
    wait_idle(page)
    page.wait_for_function(
        "document.querySelectorAll(\"[data-testid='stVegaLiteChart']\").length >= 3"
    )
    page.wait_for_timeout(500)
    per_chart = page.evaluate(
        f"""() => {{
      const tabbable = ({TABBABLE})();
      return Array.from(document.querySelectorAll("[data-testid='stElementContainer']"))
        .filter((box) => box.querySelector("[data-testid='stVegaLiteChart']"))
        .map((box) => tabbable.filter((e) => box.contains(e)).length);
    }}"""
    )
    # the chart's box (it scrolls on a phone) and nothing inside it
    assert len(per_chart) >= 3 and max(per_chart) == 1, per_chart
    menus = page.get_by_role("button", name="Ladda ner", exact=True).count()
    assert menus >= 3  # one menu under each chart: its second Tab stop


def test_an_indicator_card_costs_four_tab_stops(app_url: str, page: Page) -> None:
    """Om indikatorn, the chart, Metod and the download menu: the next card is the fifth Tab
    stop (the statistics are a plain table and headings carry no anchor link)."""
    page.goto(f"{app_url}/trends?region=14")
    wait_idle(page)
    cards = page.locator("[class*='st-key-trend_card_']")
    assert cards.count() >= 2
    cards.nth(0).locator("summary").first.focus()
    card_of_focus = """() => (document.activeElement.closest("[class*='st-key-trend_card_']")
      || {className: ""}).className.match(/st-key-trend_card_\\S+/)?.[0] ?? null"""
    first = page.evaluate(card_of_focus)
    stops = []
    for _ in range(6):
        page.keyboard.press("Tab")
        stops.append(page.evaluate(card_of_focus))
        if stops[-1] != first:
            break
    assert first and stops[-1] not in (None, first), stops
    assert len(stops) <= 4, stops  # three more in the card, then the next card
