"""The indicator series chart of the trends page: the chosen areas' lines over the county
spread band, with the target and the path towards it.

It takes frames that are already aggregated (one row per region and year, or per year for the
spread), so it never comes near Altair's 5 000-row limit.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from rus_data.trends.analysis import ResolvedTarget
from rus_data.trends.chart_style import (
    BAND_COLOUR,
    SERIES_COLOURS,
    TARGET_COLOUR,
    chart_labels,
    chart_title,
    value_axis,
)


def indicator_series_chart(
    series: pd.DataFrame,
    spread: pd.DataFrame,
    *,
    title: str,
    subtitle: list[str],
    unit: str,
    decimals: int,
    language: str,
    index_mode: bool,
    band: str,
    target: ResolvedTarget | None = None,
    path: pd.DataFrame | None = None,
    colour_order: list[str] | None = None,
    fit: pd.DataFrame | None = None,
    fit_label: str = "",
) -> alt.LayerChart:
    """Lines of the chosen areas over the county spread band, with target and path if given.

    ``series``: ``region, year, value, index_value`` (the areas in legend order);
    ``spread``: one row per year with ``value_*``/``index_*`` columns (may be empty);
    ``band``: ``minmax`` or ``iqr``. The target is drawn only with absolute values.
    ``colour_order`` names every area that could be drawn, so an area keeps its colour (the
    chosen one blue, Sweden black) even when an area before it has no values. ``fit``
    (``region, year, y``): the fitted trend line, drawn dashed in its area's colour and
    named ``fit_label`` in its tooltip.
    """
    labels = chart_labels(language)
    axis = value_axis(index_mode, unit, decimals, language)
    column, number, y_title = axis.column, axis.number, axis.title
    prefix = "index" if index_mode else "value"
    low, high = ("min", "max") if band == "minmax" else ("q1", "q3")
    areas = list(dict.fromkeys(series["region"]))
    order = list(colour_order or areas)
    positions = [order.index(a) if a in order else len(order) + i for i, a in enumerate(areas)]
    colours = [SERIES_COLOURS[p % len(SERIES_COLOURS)] for p in positions]
    last_year = int(series["year"].max()) if len(series) else 0
    first_year = int(series["year"].min()) if len(series) else 0
    if target is not None and not index_mode:
        last_year = max(last_year, target.target_year)
    x = alt.X(
        "year:Q",
        title=labels["year"],
        scale=alt.Scale(domain=[first_year, last_year], nice=False),
        axis=alt.Axis(format="d", tickMinStep=1),
    )
    layers: list[alt.Chart] = []
    if len(spread):
        band_frame = pd.DataFrame(
            {
                "year": spread["year"],
                "low": spread[f"{prefix}_{low}"],
                "high": spread[f"{prefix}_{high}"],
                "median": spread[f"{prefix}_median"],
                "counties": spread["counties"],
                "band": labels[f"band_{band}"],
            }
        )
        layers.append(
            alt.Chart(band_frame)
            .mark_area(opacity=0.45, color=BAND_COLOUR)
            .encode(
                x=x,
                y=alt.Y("low:Q", title=y_title, scale=alt.Scale(zero=False)),
                y2="high:Q",
                tooltip=[
                    alt.Tooltip("band:N", title=labels["line"]),
                    alt.Tooltip("year:Q", title=labels["year"], format="d"),
                    alt.Tooltip("low:Q", title=labels["low"], format=number),
                    alt.Tooltip("median:Q", title=labels["median"], format=number),
                    alt.Tooltip("high:Q", title=labels["high"], format=number),
                    alt.Tooltip("counties:Q", title=labels["counties"]),
                ],
            )
        )
    lines = pd.DataFrame(
        {"region": series["region"], "year": series["year"], "y": series[column]}
    ).dropna(subset=["y"])
    line_base = alt.Chart(lines).encode(
        x=x,
        y=alt.Y("y:Q", title=y_title, scale=alt.Scale(zero=False)),
        color=alt.Color(
            "region:N",
            title=labels["area"],
            scale=alt.Scale(domain=areas, range=colours),
            legend=alt.Legend(orient="bottom", direction="horizontal", labelLimit=260),
        ),
        tooltip=[
            alt.Tooltip("region:N", title=labels["area"]),
            alt.Tooltip("year:Q", title=labels["year"], format="d"),
            alt.Tooltip("y:Q", title=y_title, format=number),
        ],
    )
    layers.append(line_base.mark_line(strokeWidth=2.2))
    layers.append(
        line_base.mark_point(filled=True, size=28).encode(
            color=alt.Color("region:N", scale=alt.Scale(domain=areas, range=colours), legend=None)
        )
    )
    if fit is not None and len(fit):
        fit_colour = (
            colours[areas.index(fit["region"].iloc[0])]
            if fit["region"].iloc[0] in areas
            else "#000"
        )
        layers.append(
            alt.Chart(fit.assign(label=fit_label))
            .mark_line(strokeWidth=1.8, strokeDash=[6, 3], opacity=0.9, color=fit_colour)
            .encode(
                x=x,
                y=alt.Y("y:Q", title=y_title, scale=alt.Scale(zero=False)),
                tooltip=[
                    alt.Tooltip("label:N", title=labels["line"]),
                    alt.Tooltip("region:N", title=labels["area"]),
                    alt.Tooltip("year:Q", title=labels["year"], format="d"),
                    alt.Tooltip("y:Q", title=y_title, format=number),
                ],
            )
        )
    if target is not None and not index_mode:
        if path is not None and len(path):
            path_frame = path.assign(
                label=path["line"].map({"path": labels["path"], "pace": labels["pace"]})
            )
            layers.append(
                alt.Chart(path_frame)
                .mark_line(strokeWidth=1.6, color=TARGET_COLOUR)
                .encode(
                    x=x,
                    y="value:Q",
                    detail="line:N",
                    strokeDash=alt.StrokeDash(
                        "label:N",
                        title=labels["line"],
                        scale=alt.Scale(
                            domain=[labels["path"], labels["pace"]], range=[[6, 4], [1, 3]]
                        ),
                        legend=alt.Legend(orient="bottom"),
                    ),
                    tooltip=[
                        alt.Tooltip("label:N", title=labels["line"]),
                        alt.Tooltip("year:Q", title=labels["year"], format="d"),
                        alt.Tooltip("value:Q", title=unit, format=number),
                    ],
                )
            )
        target_frame = pd.DataFrame(
            {
                "year": [target.target_year],
                "value": [target.target_value],
                "label": [f"{labels['target']} {target.target_year}"],
                "text": [target.label],
            }
        )
        target_base = alt.Chart(target_frame).encode(
            x=x,
            y="value:Q",
            tooltip=[
                alt.Tooltip("text:N", title=labels["target"]),
                alt.Tooltip("value:Q", title=unit, format=number),
            ],
        )
        layers.append(target_base.mark_point(shape="diamond", size=120, filled=True, color="#000"))
        layers.append(
            target_base.mark_text(align="right", dx=-8, dy=-10, fontSize=11).encode(text="label:N")
        )
    return alt.layer(*layers).properties(
        title=chart_title(title, subtitle), width="container", height=280
    )
