"""The printable HTML report, built from the app's real charts and read back with html.parser."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from rus_data.presentation.report import build_report_html
from rus_data.presentation.slide import DeckInfo, Slide

DEMO_SV = "Exempeldata – inte officiell statistik"
INFO = DeckInfo("Miljömålen i Stockholms län", "Stockholms län", dt.date(2026, 11, 21))
HOSTILE = "<script>alert(1)</script>"


class _Outline(HTMLParser):
    """What the tests look at: ids, contents links, sections, svg and script tags, texts."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.links: list[str] = []
        self.link_texts: list[str] = []
        self.sections: list[str] = []
        self.section_texts: dict[str, list[str]] = {}
        self.svgs = 0
        self.scripts = 0
        self.lang = ""
        self._in_nav_link = False
        self._section = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.append(str(values["id"]))
        if tag == "html":
            self.lang = str(values.get("lang"))
        if tag == "a" and str(values.get("href", "")).startswith("#"):
            self.links.append(str(values["href"])[1:])
            self._in_nav_link = True
        if tag == "section":
            self._section = str(values.get("id"))
            self.sections.append(self._section)
            self.section_texts[self._section] = []
        self.svgs += tag == "svg"
        self.scripts += tag == "script"

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._in_nav_link = False

    def handle_data(self, data: str) -> None:
        if self._in_nav_link:
            self.link_texts.append(data)
        if self._section and data.strip():
            self.section_texts[self._section].append(data.strip())


@pytest.fixture(scope="module")
def report(slides: list[Slide]) -> str:
    return build_report_html(slides, INFO)


def _outline(html: str) -> _Outline:
    outline = _Outline()
    outline.feed(html)
    outline.close()
    return outline


def test_contents_link_to_one_section_per_slide_with_its_chart(
    report: str, slides: list[Slide]
) -> None:
    outline = _outline(report)
    assert outline.lang == "sv"
    assert len(outline.links) == len(slides)
    assert outline.link_texts == [s.title for s in slides]
    assert all(link in outline.ids for link in outline.links)
    assert outline.sections == [*outline.links, "sources"]
    assert outline.svgs == report.count("<svg") == len(slides)
    assert "<?xml" not in report
    for link, slide in zip(outline.links, slides, strict=True):
        texts = outline.section_texts[link]
        assert any(slide.title in text for text in texts)
        assert slide.source_line in " ".join(texts)
        if slide.notes:
            assert slide.notes.strip() in report


def test_sources_come_last_each_once_with_the_demo_notice(report: str, slides: list[Slide]) -> None:
    outline = _outline(report)
    sources = outline.section_texts["sources"]
    assert sources[0] == "Källor"
    listed = sources[1:-1]
    assert listed == list(dict.fromkeys(s.source_line for s in slides))
    assert sources[-1] == DEMO_SV
    twice = [s.with_changes(title=f"{s.title} igen") for s in slides]
    again = _outline(build_report_html([*slides, *twice], INFO)).section_texts["sources"]
    assert again == sources
    head = report[: report.index("<nav")]
    assert DEMO_SV in head and "21 november 2026" in head and "Stockholms län" in head


def test_the_report_without_demo_data_says_nothing_of_it_and_english_works(
    slides: list[Slide],
) -> None:
    official = [s.with_changes(shows_demo=False, source_line="Källa: SCB") for s in slides[1:]]
    html = build_report_html(official, INFO)
    outside_charts = re.sub(r"<svg.*?</svg>", "", html, flags=re.DOTALL)  # subtitles name it
    assert outside_charts.count("<figure>") == 2
    assert DEMO_SV not in outside_charts
    info = DeckInfo("Objectives", "Sweden", dt.date(2027, 3, 5), "en")
    english = build_report_html(slides[:1], info)
    assert _outline(english).lang == "en"
    assert "5 March 2027" in english and "<h2>Sources</h2>" in english
    assert "Example data – not official statistics" in english


def test_user_texts_are_escaped(slides: list[Slide]) -> None:
    hostile = slides[1].with_changes(
        title=HOSTILE, notes='"><img src=x onerror=alert(2)>', source_line="Källa: <b>x</b>"
    )
    info = DeckInfo(HOSTILE, "<i>Län</i>", dt.date(2026, 1, 2))
    html = build_report_html([hostile], info)
    outline = _outline(html)
    assert outline.scripts == 0
    assert "<img" not in html and "<b>x" not in html and "<i>Län" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert outline.link_texts == [HOSTILE]


def test_the_report_is_self_contained(report: str, artifacts_dir: Path) -> None:
    (artifacts_dir / "presentation_report.html").write_text(report, encoding="utf-8")
    for match in re.finditer(r"https?://", report):
        before = report[max(0, match.start() - 20) : match.start()]
        assert re.search(r'xmlns(:\w+)?="$', before), report[match.start() - 60 : match.end() + 60]
    assert not re.search(r"<(script|link|iframe|img)\b", report)
    assert not re.search(r"url\(|@import|\bsrc=", report)
    assert "@page" in report and "size: A4" in report and "break-before: page" in report


def test_an_empty_report_has_a_head_and_an_empty_sources_section() -> None:
    html = build_report_html([], INFO)
    outline = _outline(html)
    assert outline.sections == ["sources"] and outline.svgs == 0
    assert DEMO_SV not in html


def test_headings_and_contents_are_numbered_once(slides: list[Slide]) -> None:
    # A slide titled like the trends page's objectives ("2. Frisk luft …") was shown as
    # "4. 2. Frisk luft …": the contents list and the heading added a number of their own.
    numbered = [slides[0].with_changes(title=f"{n}. Mål {n}: bedömning") for n in (2, 7)]
    html = build_report_html([*slides[:2], *numbered], INFO)
    headings = re.findall(r'<h2 id="chart-\d+-title">(.*?)</h2>', html)
    assert headings == [
        *(s.title for s in slides[:2]),
        "2. Mål 2: bedömning",
        "7. Mål 7: bedömning",
    ]
    assert not any(re.match(r"\d+\. \d+\.", h) for h in headings)
    assert "<ol>" not in html  # the contents list adds no numbers either
    assert '<a href="#chart-3">2. Mål 2: bedömning</a>' in html


def test_key_messages_and_slide_messages_are_in_the_report(slides: list[Slide]) -> None:
    info = DeckInfo("Uppföljning", "Jämtlands län", dt.date(2026, 12, 2), key_messages=("A & B.",))
    html = build_report_html([slides[0].with_changes(message="Två mål <nås>.")], info)
    assert '<section class="summary" id="summary"><h2>Det viktigaste</h2>' in html
    assert "<li>A &amp; B.</li>" in html
    assert "<strong>Två mål &lt;nås&gt;.</strong>" in html
