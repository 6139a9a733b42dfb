"""One language at a time in Chromium: the page's ``lang``, Streamlit's own texts, widgets
that relabel on a switch, and every page in each language free of the other's words, with
screenshots of every page at 1440 and 390 px wide."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.app.language_words import other_language
from tests.browser.harness import wait_idle
from ui.navigation import PAGES

# The text a person reads (icon ligatures are checked by the keyboard tests), placeholders
# and tooltips.
SHOWN_TEXTS = """() => {
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    // a table's hidden copy for screen readers holds the raw numbers (see the README)
    const hidden = "[data-testid='stDataFrame'] canvas table";
    if (parent.closest(`script, style, noscript, [data-testid='stIconMaterial'], ${hidden}`)) {
      continue;
    }
    out.push(node.data);
  }
  document.querySelectorAll('[placeholder], [title]').forEach((e) => {
    out.push(e.getAttribute('placeholder') || '', e.getAttribute('title') || '');
  });
  return out.filter((text) => text.trim());
}"""
_CUT = re.compile(r"\S+…")
SELECT_VALUES = """() => Array.from(document.querySelectorAll(
  "[data-testid='stSelectbox']")).map((e) => e.querySelector('input').value)"""


def test_the_page_says_its_language_and_streamlit_speaks_it(app_url: str, page: Page) -> None:
    page.goto(f"{app_url}/map?region=14")
    wait_idle(page)
    assert page.evaluate("document.documentElement.lang") == "sv"
    region = page.locator(".st-key-region input")
    assert region.get_attribute("placeholder") == "Välj ett alternativ"
    assert page.get_by_text("Hoppa till huvudinnehållet").count() == 1
    assert page.get_by_text("Skip to main content").count() == 0
    assert page.locator("[aria-label='Fäll ihop sidofältet']").count() == 1
    assert page.evaluate(SELECT_VALUES)[0] == "Västra Götalands län"

    page.get_by_text("English").click()
    page.wait_for_selector("h1:has-text('Map')")
    wait_idle(page)
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.get_by_text("Skip to main content").count() == 1
    # Every select box shows its choice in English: "Inget" became "None", "Värde" "Value".
    shown = page.evaluate(SELECT_VALUES)
    assert "None" in shown and "Inget" not in shown
    assert "Värde" not in shown and "Kvantiler" not in shown
    page.get_by_text("Svenska").click()
    page.wait_for_selector("h1:has-text('Karta')")
    wait_idle(page)
    assert "Inget" in page.evaluate(SELECT_VALUES)
    assert page.get_by_text("Hoppa till huvudinnehållet").count() == 1


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_page_in_one_language_at_both_widths(
    app_url: str,
    page: Page,
    artifacts_dir: Path,
    proper_names: set[str],
    motivations: set[str],
    language: str,
) -> None:
    problems = []
    for width in (1440, 390):
        page.set_viewport_size({"width": width, "height": 900})
        for spec in PAGES:
            path = "" if spec is PAGES[0] else spec.url_path  # the first page lives at "/"
            page.goto(f"{app_url}/{path}?lang={language}&region=14")
            wait_idle(page)
            page.wait_for_timeout(300)
            assert page.locator("[data-testid='stException']").count() == 0, spec.name
            shot = artifacts_dir / f"{spec.name}_{language}_{width}.png"
            page.screenshot(path=str(shot), full_page=True)
            # a name cut short ("Göteb…") is a proper name too; cut texts are the phone
            # tests' business (tests/browser/test_phone.py)
            texts = [_CUT.sub(" ", text) for text in page.evaluate(SHOWN_TEXTS)]
            problems += [
                f"{spec.name}: {p}"
                for p in other_language(texts, language, proper_names, motivations)
            ]
    assert problems == [], "\n".join(problems[:40])
