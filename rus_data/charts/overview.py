"""The county × objective matrix of assessment status and trend."""

from __future__ import annotations

import altair as alt
import pandas as pd

from rus_data.status_style import MISSING, NOT_ASSESSED, STATUS_STYLES, status_style, trend_style

_LABELS = {
    "sv": {
        "region": "Län",
        "objective": "Miljömål",
        "status": "Status",
        "trend": "Trend",
        "title": "Bedömning per län och miljömål {year}",
    },
    "en": {
        "region": "County",
        "objective": "Objective",
        "status": "Status",
        "trend": "Trend",
        "title": "Assessment by county and objective, {year}",
    },
}


def matrix_frame(matrix: pd.DataFrame, language: str) -> pd.DataFrame:
    """Add display columns (status label, colour key, cell text) to an assessment matrix."""
    frame = matrix.copy()
    styles = [status_style(s, a) for s, a in zip(frame["status"], frame["assessed"], strict=True)]
    trends = [trend_style(t) for t in frame["trend"]]
    frame["status_label"] = [s.label(language) for s in styles]
    frame["trend_label"] = [t.label(language) if t else "" for t in trends]
    frame["cell"] = [
        s.symbol + (t.symbol if t else "") for s, t in zip(styles, trends, strict=True)
    ]
    nation = "Sweden" if language == "en" else "Sverige"
    frame["region"] = frame["region"].where(frame["region_code"] != "00", nation)
    frame["row_label"] = [
        f"{letter} {name}" if isinstance(letter, str) else name
        for letter, name in zip(frame["letter"], frame["region"], strict=True)
    ]
    frame["column_label"] = frame["objective_id"].astype(str)
    frame["text_colour"] = ["white" if s.code in ("JA", "NEJ") else "black" for s in styles]
    return frame


def status_matrix_chart(
    matrix: pd.DataFrame, year: int, language: str, source_line: str
) -> alt.Chart:
    """Heatmap of status (colour + symbol) with the trend arrow printed in every cell."""
    labels = _LABELS[language]
    frame = matrix_frame(matrix, language)
    ordered_styles = [*STATUS_STYLES.values(), NOT_ASSESSED, MISSING]
    domain = [s.label(language) for s in ordered_styles]
    colours = [s.colour for s in ordered_styles]
    row_order = list(dict.fromkeys(frame["row_label"]))
    column_order = [str(i) for i in sorted(frame["objective_id"].unique())]
    base = alt.Chart(frame).encode(
        x=alt.X(
            "column_label:N",
            sort=column_order,
            title=labels["objective"],
            axis=alt.Axis(orient="top", labelAngle=0),
        ),
        y=alt.Y("row_label:N", sort=row_order, title=None, axis=alt.Axis(labelLimit=220)),
        tooltip=[
            alt.Tooltip("region:N", title=labels["region"]),
            alt.Tooltip("objective:N", title=labels["objective"]),
            alt.Tooltip("status_label:N", title=labels["status"]),
            alt.Tooltip("trend_label:N", title=labels["trend"]),
        ],
    )
    cells = base.mark_rect(stroke="#BBBBBB", strokeWidth=0.5).encode(
        color=alt.Color(
            "status_label:N",
            title=labels["status"],
            scale=alt.Scale(domain=domain, range=colours),
            legend=alt.Legend(orient="bottom", columns=3),
        )
    )
    text = base.mark_text(fontSize=12).encode(
        text="cell:N", color=alt.Color("text_colour:N", scale=None)
    )
    return (cells + text).properties(
        title=alt.Title(labels["title"].format(year=year), subtitle=source_line, anchor="start"),
        width=alt.Step(40),
        height=alt.Step(24),
    )
