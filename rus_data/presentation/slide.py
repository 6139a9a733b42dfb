"""What a slide is made of: one chart with its title, source line, notes and the link to its view.

The basket on the presentation page, the PowerPoint deck, the HTML report and the ready-made
yearly deck all speak in :class:`Slide`. A slide carries a finished, static Vega-Lite spec with
its data inline (JSON text), so it renders the same way wherever it goes, long after the page
that made it has moved on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class Slide:
    """One chart on its way to a deck or a report."""

    title: str
    spec_json: str  # a static Vega-Lite spec with inline data (see rus_data.charts.export)
    source_line: str  # "Källa: …" in the deck's language
    shows_demo: bool  # the chart shows synthetic demo data
    notes: str = ""  # the speaker's comment
    page: str = ""  # the URL path of the page that made it, e.g. "trends"
    query: dict[str, str] = field(default_factory=dict)  # the query parameters of the view
    kind: str = "chart"  # "chart" or "map"
    message: str = ""  # the one-line key message shown on the slide under its title

    def with_changes(self, **changes: Any) -> Slide:
        """A copy with some fields changed."""
        return replace(self, **changes)


@dataclass(frozen=True)
class DeckInfo:
    """The title slide of a deck or the head of a report."""

    title: str
    area: str  # "Sverige" or a county's name
    date: dt.date
    language: str = "sv"
    key_messages: tuple[str, ...] = ()  # a summary slide after the title slide, when given


def chart_title(spec: dict[str, Any]) -> str:
    """The title text of a Vega-Lite spec ("" if it has none); a multi-line title joined."""
    title = spec.get("title", "")
    if isinstance(title, dict):
        title = title.get("text", "")
    if isinstance(title, list):
        title = " ".join(str(line) for line in title)
    return str(title).strip()
