"""The assessment-history heatmap of the trends page: rows × years of status and trend, the
changed statuses outlined and a row of change counts above."""

from __future__ import annotations

import altair as alt
import pandas as pd

from rus_data.charts.status_cells import cell_symbols, status_cells, status_columns
from rus_data.text.status import status_style, trend_style
from rus_data.trends.chart_style import chart_labels, chart_title


def history_frame(history: pd.DataFrame, row_labels: list[str], language: str) -> pd.DataFrame:
    """Display columns for an assessment history marked by
    :func:`rus_data.trends.analysis.mark_changes`."""
    labels = chart_labels(language)
    frame = history.copy()
    frame["row_label"] = row_labels
    frame = frame.assign(**status_columns(frame, language))
    frame["before_label"] = [
        status_style(p).label(language) + (f" {trend_style(q).symbol}" if trend_style(q) else "")
        if isinstance(p, str)
        else ""
        for p, q in zip(frame["previous_status"], frame["previous_trend"], strict=True)
    ]
    frame["changed_label"] = [labels["yes"] if c else labels["no"] for c in frame.status_changed]
    frame["year_label"] = frame["year"].astype(str)
    return frame


def assessment_heatmap(
    frame: pd.DataFrame,
    changes: pd.DataFrame,
    *,
    title: str,
    subtitle: list[str],
    row_title: str,
    language: str,
) -> alt.VConcatChart:
    """Rows × years of status (colour, symbol) and trend arrow; changed statuses outlined.

    ``frame`` comes from :func:`history_frame`; ``changes`` from
    ``rus_data.trends.analysis.changes_per_year`` and is printed as a row of counts above the grid.
    """
    labels = chart_labels(language)
    row_order = list(dict.fromkeys(frame["row_label"]))
    year_order = [str(y) for y in sorted(frame["year"].unique())]
    x = alt.X("year_label:N", sort=year_order, title=None, axis=alt.Axis(labelAngle=0))
    base = alt.Chart(frame).encode(
        x=x,
        y=alt.Y("row_label:N", sort=row_order, title=None, axis=alt.Axis(labelLimit=260)),
        tooltip=[
            alt.Tooltip("row_label:N", title=row_title),
            alt.Tooltip("year:Q", title=labels["year"], format="d"),
            alt.Tooltip("status_label:N", title=labels["status"]),
            alt.Tooltip("trend_label:N", title=labels["trend"]),
            alt.Tooltip("before_label:N", title=labels["before"]),
            alt.Tooltip("changed_label:N", title=labels["changed"]),
        ],
    )
    changed = (
        alt.Chart(frame[frame["status_changed"]])
        .mark_rect(fill=None, stroke="#000000", strokeWidth=2.5)
        .encode(x=x, y=alt.Y("row_label:N", sort=row_order))
    )
    grid = (
        status_cells(base, labels["status"], language) + changed + cell_symbols(base, 11)
    ).properties(width=alt.Step(46), height=alt.Step(22))
    counts = changes.assign(
        year_label=changes["year"].astype(str),
        text=changes["status_changed"].astype(str),
        row=labels["changes"],
    )
    header = (
        alt.Chart(counts)
        .mark_text(fontSize=11, fontWeight="bold")
        .encode(
            x=alt.X("year_label:N", sort=year_order, title=None, axis=None),
            y=alt.Y("row:N", title=None, axis=alt.Axis(labelLimit=260, domain=False, ticks=False)),
            text="text:N",
            tooltip=[
                alt.Tooltip("year:Q", title=labels["year"], format="d"),
                alt.Tooltip("status_changed:Q", title=labels["changes"]),
            ],
        )
        .properties(width=alt.Step(46), height=alt.Step(22))
    )
    return alt.vconcat(header, grid, spacing=2).properties(title=chart_title(title, subtitle))
