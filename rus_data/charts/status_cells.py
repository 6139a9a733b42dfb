"""Status cells, shared by the overview matrix, the assessment heatmaps and the yearly deck:
the display columns of a status grid, its colour scale and its cell and symbol layers."""

from __future__ import annotations

import altair as alt
import pandas as pd

from rus_data.text.status import (
    MISSING,
    NOT_ASSESSED,
    STATUS_STYLES,
    cell_text_colour,
    status_style,
    trend_style,
)


def status_scale(language: str) -> alt.Scale:
    """Status labels (the three statuses, not assessed, no data) to their colours."""
    ordered = [*STATUS_STYLES.values(), NOT_ASSESSED, MISSING]
    return alt.Scale(domain=[s.label(language) for s in ordered], range=[s.colour for s in ordered])


def status_columns(frame: pd.DataFrame, language: str) -> dict[str, list[str]]:
    """Display columns of rows with ``status, assessed, trend``: ``status_label``,
    ``trend_label``, ``cell`` (status and trend symbols) and ``text_colour``."""
    styles = [status_style(s, a) for s, a in zip(frame["status"], frame["assessed"], strict=True)]
    trends = [trend_style(t) for t in frame["trend"]]
    return {
        "status_label": [s.label(language) for s in styles],
        "trend_label": [t.label(language) if t else "" for t in trends],
        "cell": [s.symbol + (t.symbol if t else "") for s, t in zip(styles, trends, strict=True)],
        "text_colour": [cell_text_colour(s) for s in styles],
    }


def status_cells(base: alt.Chart, title: str, language: str) -> alt.Chart:
    """Grid cells of ``base`` coloured by ``status_label``, the status legend below."""
    return base.mark_rect(stroke="#BBBBBB", strokeWidth=0.5).encode(
        color=alt.Color(
            "status_label:N",
            title=title,
            scale=status_scale(language),
            legend=alt.Legend(orient="bottom", columns=3),
        )
    )


def cell_symbols(base: alt.Chart, font_size: int) -> alt.Chart:
    """The ``cell`` symbols of ``base``, in ``text_colour``."""
    return base.mark_text(fontSize=font_size).encode(
        text="cell:N", color=alt.Color("text_colour:N", scale=None)
    )
