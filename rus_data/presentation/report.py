"""The printable report: one self-contained HTML page with every chart of a deck, as SVG.

No scripts, no external requests: the style sheet is inline and each chart is vl-convert's SVG
embedded as it is. Printed (A4), each chart starts on a new page and scales to the page width.
Every text that a user wrote (titles, notes, area) is escaped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from rus_data.charts.export import chart_svg
from rus_data.charts.render_worker import ChartRenderError
from rus_data.presentation.rendering import render_all, renderable_spec
from rus_data.presentation.slide import DeckInfo, Slide
from rus_data.presentation.texts import demo_notice, source_text
from rus_data.text.formats import format_date

_TEXTS = {
    "sv": {
        "contents": "Innehåll",
        "sources": "Källor",
        "notes": "Kommentar",
        "summary": "Det viktigaste",
    },
    "en": {
        "contents": "Contents",
        "sources": "Sources",
        "notes": "Comment",
        "summary": "Key messages",
    },
}

_STYLE = """
:root { color-scheme: light; }
body { font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; color: #1f1f1f;
  background: #fff; margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem; line-height: 1.45; }
header { border-bottom: 4px solid #0072b2; padding-bottom: 1rem; margin-bottom: 1.5rem; }
h1 { font-size: 1.9rem; margin: 0 0 .4rem; }
h2 { font-size: 1.35rem; margin: 0 0 .75rem; }
.meta { color: #595959; margin: 0; font-size: 1.05rem; }
.demo { font-weight: bold; margin: .75rem 0 0; }
nav ul { list-style: none; padding-left: 0; }
nav li { margin: .2rem 0; }
section.summary li { margin: .4rem 0; font-size: 1.1rem; }
nav a { color: #005a8c; }
section.chart { margin: 2.5rem 0; }
figure { margin: 0; }
figure svg { display: block; max-width: 100%; height: auto; }
.missing { border: 1px solid #d55e00; padding: 1rem; }
figcaption, .source { color: #595959; font-size: .9rem; margin-top: .4rem; }
.notes { margin: .75rem 0 0; white-space: pre-line; }
section.sources ul { padding-left: 1.25rem; }
@page { size: A4; margin: 16mm 15mm 18mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  nav a { color: inherit; text-decoration: none; }
  section.chart { break-before: page; break-inside: avoid; margin: 0; }
  section.sources { break-before: page; }
  figure svg { width: 100%; max-height: 205mm; }
}
"""

_XML_PROLOGUE = re.compile(r"^\s*(<\?xml[^>]*\?>\s*)?(<!DOCTYPE[^>]*>\s*)?", re.IGNORECASE)


def _texts(language: str) -> dict[str, str]:
    return _TEXTS["en" if language == "en" else "sv"]


def section_id(position: int) -> str:
    """The anchor of the chart section at ``position`` (1-based)."""
    return f"chart-{position}"


def build_report_html(slides: Sequence[Slide], info: DeckInfo) -> str:
    """One self-contained, printable HTML page with a contents list, the charts and the sources."""
    language = "en" if info.language == "en" else "sv"
    texts = _texts(language)
    shows_demo = any(s.shows_demo for s in slides)
    notice = demo_notice(language)
    heading = f"{info.title} – {info.area}" if info.area else info.title
    meta = " · ".join(part for part in (info.area, format_date(info.date, language)) if part)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{language}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(heading)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{escape(info.title)}</h1>",
        f'<p class="meta">{escape(meta)}</p>',
    ]
    if shows_demo:
        parts.append(f'<p class="demo">{escape(notice)}</p>')
    parts.append("</header>")
    if slides:
        parts.append(f'<nav aria-labelledby="contents"><h2 id="contents">{texts["contents"]}</h2>')
        # a plain list: the slides' own titles carry their numbers ("2. Frisk luft"), the
        # contents and headings add none ("4. 2. Frisk luft" was read as a bug)
        parts.append("<ul>")
        parts.extend(
            f'<li><a href="#{section_id(n)}">{escape(s.title)}</a></li>'
            for n, s in enumerate(slides, start=1)
        )
        parts.append("</ul></nav>")
    parts.append("<main>")
    if info.key_messages:
        items = "".join(f"<li>{escape(line)}</li>" for line in info.key_messages)
        parts.append(
            f'<section class="summary" id="summary"><h2>{texts["summary"]}</h2>'
            f"<ul>{items}</ul></section>"
        )
    specs = [renderable_spec(s.spec_json, s.source_line) for s in slides]
    svgs = render_all(chart_svg, specs)
    parts.extend(
        _chart_section(n, s, svgs[spec], language)
        for n, (s, spec) in enumerate(zip(slides, specs, strict=True), start=1)
    )
    parts.append(_sources_section(slides, language))
    parts.append("</main>")
    parts.append("</body>")
    parts.append("</html>")
    return "\n".join(parts) + "\n"


def _chart_section(
    position: int, slide: Slide, svg_bytes: bytes | ChartRenderError, language: str
) -> str:
    texts = _texts(language)
    anchor = section_id(position)
    if isinstance(svg_bytes, ChartRenderError):  # the report says so instead of failing
        svg = f'<p class="missing">{escape(svg_bytes.message(language))}</p>'
    else:
        svg = _inline_svg(svg_bytes)
    notes = (
        f'<p class="notes"><strong>{texts["notes"]}:</strong> {escape(slide.notes.strip())}</p>'
        if slide.notes.strip()
        else ""
    )
    return (
        f'<section class="chart" id="{anchor}" aria-labelledby="{anchor}-title">'
        f'<h2 id="{anchor}-title">{escape(slide.title)}</h2>'
        f"{_message(slide)}<figure>{svg}"
        f"<figcaption>{escape(source_text(slide, language))}</figcaption></figure>"
        f"{notes}</section>"
    )


def _message(slide: Slide) -> str:
    """The slide's key message as the section's first paragraph (nothing when it has none)."""
    message = slide.message.strip()
    return f'<p class="message"><strong>{escape(message)}</strong></p>' if message else ""


def _sources_section(slides: Sequence[Slide], language: str) -> str:
    texts = _texts(language)
    lines = list(dict.fromkeys(s.source_line.strip() for s in slides if s.source_line.strip()))
    listed = "".join(f"<li>{escape(line)}</li>" for line in lines)
    items = f"<ul>{listed}</ul>" if lines else ""
    demo = (
        f'<p class="demo">{escape(demo_notice(language))}</p>'
        if any(s.shows_demo for s in slides)
        else ""
    )
    return (
        f'<section class="sources" id="sources"><h2>{texts["sources"]}</h2>{items}{demo}</section>'
    )


def _inline_svg(svg: bytes) -> str:
    """vl-convert's SVG without an XML declaration or doctype, ready to sit inside HTML."""
    return _XML_PROLOGUE.sub("", svg.decode("utf-8"), count=1)
