"""The "Källa: …" line under a chart: every source by name with the date it was fetched.

Used by the app (``ui.components.source_line``) and by the ready-made decks, so a chart says
where its numbers come from in the same words wherever it is shown.
"""

from __future__ import annotations

import pandas as pd

from rus_data.demo import DEMO_SOURCE_NAME
from rus_data.text.catalogue import t
from rus_data.text.formats import empty_text, format_date
from rus_data.text.plain import as_markdown_text


def source_name(name: str, is_demo: bool, language: str) -> str:
    """A source's name; the demo source's name in ``language``."""
    return t("demo_source_name", language) if is_demo and name == DEMO_SOURCE_NAME else name


def source_line(sources: pd.DataFrame, language: str, *, markdown: bool = False) -> str:
    """A "Källa: …" line naming every source (``name, is_demo, fetched_at``) and its date.

    With ``markdown`` the names (free text from files and APIs) are escaped, for a caption.
    """
    if sources.empty:
        return t("source_line", language, sources=empty_text())
    shown = as_markdown_text if markdown else str
    parts = [
        f"{shown(source_name(row.name, bool(getattr(row, 'is_demo', False)), language))} "
        f"({format_date(row.fetched_at, language, 'iso')})"
        for row in sources.itertuples()
    ]
    return t("source_line", language, sources="; ".join(parts))
