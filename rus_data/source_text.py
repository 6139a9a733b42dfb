"""The "Källa: …" line under a chart: every source by name with the date it was fetched.

Used by the app (``ui.components.source_line``) and by the ready-made decks, so a chart says
where its numbers come from in the same words wherever it is shown.
"""

from __future__ import annotations

import pandas as pd

from rus_data.demo import DEMO_SOURCE_NAME

SOURCE_TEXTS: dict[str, dict[str, str]] = {
    "source_line": {"sv": "Källa: {sources}", "en": "Source: {sources}"},
    "demo_source_name": {
        "sv": "Exempeldata – inte officiell statistik",
        "en": "Example data – not official statistics",
    },
}


def _text(key: str, language: str) -> str:
    entry = SOURCE_TEXTS[key]
    return entry.get(language) or entry["sv"]


def source_name(name: str, is_demo: bool, language: str) -> str:
    """A source's name; the demo source's name in ``language``."""
    return _text("demo_source_name", language) if is_demo and name == DEMO_SOURCE_NAME else name


def source_line(sources: pd.DataFrame, language: str) -> str:
    """A "Källa: …" line naming every source (``name, is_demo, fetched_at``) and its date."""
    if sources.empty:
        return _text("source_line", language).format(sources="–")
    parts = [
        f"{source_name(row.name, bool(getattr(row, 'is_demo', False)), language)} "
        f"({pd.Timestamp(row.fetched_at):%Y-%m-%d})"
        for row in sources.itertuples()
    ]
    return _text("source_line", language).format(sources="; ".join(parts))
