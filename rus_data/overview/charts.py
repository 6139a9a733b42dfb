"""The county × objective matrix of assessment status and trend."""

from __future__ import annotations

import json

import altair as alt
import pandas as pd

from rus_data.charts.status_cells import cell_symbols, status_cells, status_columns
from rus_data.overview.short_names import short_name

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
    frame = matrix.assign(**status_columns(matrix, language))
    nation = "Sweden" if language == "en" else "Sverige"
    frame["region"] = frame["region"].where(frame["region_code"] != "00", nation)
    frame["row_label"] = [
        f"{letter} {name}" if isinstance(letter, str) else name
        for letter, name in zip(frame["letter"], frame["region"], strict=True)
    ]
    frame["column_label"] = [short_name(int(i), language) for i in frame["objective_id"]]
    return frame


def status_matrix_chart(
    matrix: pd.DataFrame,
    year: int,
    language: str,
    source_line: str,
    chosen_code: str | None = None,
) -> alt.LayerChart:
    """Heatmap of status (colour + symbol) with the trend arrow printed in every cell; the
    columns are headed by number and short name, and the row of ``chosen_code`` (a county,
    or Sweden) is framed in black with its name in bold."""
    labels = _LABELS[language]
    frame = matrix_frame(matrix, language)
    row_order = list(dict.fromkeys(frame["row_label"]))
    ids = sorted(int(i) for i in frame["objective_id"].unique())
    column_order = [short_name(i, language) for i in ids]
    chosen = frame.loc[frame["region_code"] == (chosen_code or ""), "row_label"]
    chosen_label = chosen.iloc[0] if len(chosen) else None
    is_chosen = f"datum.row_label === {json.dumps(chosen_label, ensure_ascii=False)}"
    base = alt.Chart(frame).encode(
        x=alt.X(
            "column_label:N",
            sort=column_order,
            title=labels["objective"],
            axis=alt.Axis(orient="top", labelAngle=-90, labelLimit=140, labelOverlap=False),
        ),
        y=alt.Y(
            "row_label:N",
            sort=row_order,
            title=None,
            axis=alt.Axis(
                labelLimit=220,
                labelFontWeight={
                    "condition": {
                        "test": f"datum.value === {json.dumps(chosen_label, ensure_ascii=False)}",
                        "value": "bold",
                    },
                    "value": "normal",
                },
            ),
        ),
        tooltip=[
            alt.Tooltip("region:N", title=labels["region"]),
            alt.Tooltip("objective:N", title=labels["objective"]),
            alt.Tooltip("status_label:N", title=labels["status"]),
            alt.Tooltip("trend_label:N", title=labels["trend"]),
        ],
    )
    cells = status_cells(base, labels["status"], language)
    layers = [cells, cell_symbols(base, 12)]
    if chosen_label is not None:
        # an outline on every cell, seen only on the chosen row (the presentation's spec
        # allow-list has no filter transforms)
        frame_mark = base.mark_rect(fill=None, stroke="black", strokeWidth=2)
        layers.append(
            frame_mark.encode(
                strokeOpacity={
                    "condition": {"test": is_chosen, "value": 1},
                    "value": 0,
                }
            )
        )
    return alt.layer(*layers).properties(
        title=alt.Title(labels["title"].format(year=year), subtitle=source_line, anchor="start"),
        width=alt.Step(40),
        height=alt.Step(24),
    )
