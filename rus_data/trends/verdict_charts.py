"""Charts of the indicators' verdicts: the summary bar (how many go the right way, the wrong
way, neither, too few) and the small multiples of one indicator in every county."""

from __future__ import annotations

import altair as alt
import pandas as pd

from rus_data.trends.chart_style import (
    FIT_WIDTH,
    chart_labels,
    chart_title,
    value_axis,
    verdict_scale,
)


def verdict_bar_frame(counts: pd.DataFrame) -> pd.DataFrame:
    """The non-zero rows of verdict counts with the bar's text and its colour on the bar."""
    frame = counts[counts["count"] > 0].copy()
    frame["text"] = frame["count"].astype(str)
    frame["text_colour"] = ["white" if v in ("right", "wrong") else "black" for v in frame.verdict]
    return frame


def verdict_summary_chart(
    counts: pd.DataFrame, *, title: str, subtitle: list[str], language: str
) -> alt.LayerChart:
    """One stacked bar: how many indicators go the right way, the wrong way, neither, too few."""
    labels = chart_labels(language)
    frame = verdict_bar_frame(counts)
    base = alt.Chart(frame).encode(
        x=alt.X("count:Q", stack="zero", title=labels["indicators"], axis=alt.Axis(tickMinStep=1)),
        order=alt.Order("order:Q"),
        tooltip=[
            alt.Tooltip("label:N", title=labels["verdict"]),
            alt.Tooltip("count:Q", title=labels["indicators"]),
        ],
    )
    bars = base.mark_bar(height=34).encode(
        color=alt.Color(
            "label:N",
            title=labels["verdict"],
            scale=verdict_scale(language),
            legend=alt.Legend(orient="bottom", direction="horizontal"),
        )
    )
    text = base.mark_text(fontSize=14, fontWeight="bold").encode(
        x=alt.X("count:Q", stack="zero", bandPosition=0.5),
        text="text:N",
        color=alt.Color("text_colour:N", scale=None),
    )
    return (bars + text).properties(
        title=chart_title(title, subtitle), width="container", height=60, autosize=FIT_WIDTH
    )


def small_multiples_chart(
    frame: pd.DataFrame,
    *,
    title: str,
    subtitle: list[str],
    unit: str,
    decimals: int,
    language: str,
    index_mode: bool,
    shared_y: bool,
    show_national: bool,
) -> alt.FacetChart:
    """The indicator in every county, one small panel each, line coloured by its verdict.

    ``frame``: ``panel, year, value, index_value, national_value, national_index, verdict_label``
    (one row per county and year; panels in the order they should appear).
    """
    labels = chart_labels(language)
    axis = value_axis(index_mode, unit, decimals, language)
    national = "national_index" if index_mode else "national_value"
    data = pd.DataFrame(
        {
            "panel": frame["panel"],
            "year": frame["year"],
            "y": frame[axis.column],
            "national": frame[national],
            "verdict_label": frame["verdict_label"],
        }
    )
    x = alt.X("year:Q", title=None, axis=alt.Axis(format="d", tickCount=3, labelFontSize=9))
    y_scale = alt.Scale(zero=False)
    county_line = (
        alt.Chart()
        .mark_line(strokeWidth=2)
        .encode(
            x=x,
            y=alt.Y("y:Q", title=None, scale=y_scale, axis=alt.Axis(labelFontSize=9)),
            color=alt.Color(
                "verdict_label:N",
                title=labels["verdict"],
                scale=verdict_scale(language),
                legend=alt.Legend(orient="bottom", direction="horizontal"),
            ),
            tooltip=[
                alt.Tooltip("panel:N", title=labels["county"]),
                alt.Tooltip("year:Q", title=labels["year"], format="d"),
                alt.Tooltip("y:Q", title=axis.title, format=axis.number),
                alt.Tooltip("national:Q", title=labels["sweden"], format=axis.number),
                alt.Tooltip("verdict_label:N", title=labels["verdict"]),
            ],
        )
    )
    layers = [county_line]
    if show_national:
        layers.insert(
            0,
            alt.Chart()
            .mark_line(strokeWidth=1.2, strokeDash=[4, 3], color="#555555")
            .encode(x=x, y=alt.Y("national:Q", scale=y_scale)),
        )
    panel_order = list(dict.fromkeys(data["panel"]))
    chart = (
        alt.layer(*layers, data=data)
        .properties(width=96, height=80)
        .facet(
            facet=alt.Facet(
                "panel:N",
                sort=panel_order,
                title=None,
                header=alt.Header(labelFontSize=10, labelFont="sans-serif"),
            ),
            columns=7,
        )
        .properties(title=chart_title(title, subtitle))
    )
    if not shared_y:
        chart = chart.resolve_scale(y="independent")
    return chart
