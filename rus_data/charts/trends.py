"""Charts of the trends page: indicator series with the county spread and target, the verdict
summary, assessment-history heatmaps and small multiples of all counties.

Every builder takes frames that are already aggregated (one row per region and year, or per
year for the spread), so no chart comes near Altair's 5 000-row limit.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from rus_data.status_style import MISSING, NOT_ASSESSED, STATUS_STYLES, status_style, trend_style
from rus_data.trends import VERDICT_ORDER, VERDICT_STYLES, ResolvedTarget

# Okabe–Ito: the chosen area in blue, Sweden in black, added areas in the remaining hues.
SERIES_COLOURS = ("#0072B2", "#000000", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9")
BAND_COLOUR = "#BFBFBF"
TARGET_COLOUR = "#333333"

_LABELS = {
    "sv": {
        "year": "År",
        "area": "Område",
        "value": "Värde",
        "index": "Index (första året = 100)",
        "band_minmax": "Länens spridning (min–max)",
        "band_iqr": "Länens spridning (kvartilavstånd)",
        "low": "Lägst",
        "high": "Högst",
        "median": "Median för länen",
        "counties": "Antal län",
        "target": "Mål",
        "path": "Rak väg mot målet",
        "pace": "Nuvarande takt",
        "line": "Linje",
        "indicators": "Antal indikatorer",
        "verdict": "Bedömning",
        "objective": "Miljömål",
        "county": "Län",
        "status": "Status",
        "trend": "Trend",
        "changed": "Ändrad sedan året innan",
        "before": "Året innan",
        "yes": "ja",
        "no": "nej",
        "changes": "Ändrade",
        "sweden": "Sverige",
    },
    "en": {
        "year": "Year",
        "area": "Area",
        "value": "Value",
        "index": "Index (first year = 100)",
        "band_minmax": "Spread of counties (min–max)",
        "band_iqr": "Spread of counties (interquartile range)",
        "low": "Lowest",
        "high": "Highest",
        "median": "County median",
        "counties": "Counties",
        "target": "Target",
        "path": "Straight path to target",
        "pace": "Current pace",
        "line": "Line",
        "indicators": "Indicators",
        "verdict": "Verdict",
        "objective": "Objective",
        "county": "County",
        "status": "Status",
        "trend": "Trend",
        "changed": "Changed since the year before",
        "before": "Year before",
        "yes": "yes",
        "no": "no",
        "changes": "Changed",
        "sweden": "Sweden",
    },
}


# Fill the page's width but keep the plot's own height: titles and legends add to it.
_FIT_WIDTH = alt.AutoSizeParams(type="fit-x", contains="padding")


def _labels(language: str) -> dict[str, str]:
    return _LABELS["en" if language == "en" else "sv"]


def _title(text: str, subtitle: list[str]) -> alt.Title:
    return alt.Title(text, subtitle=subtitle, anchor="start", subtitleColor="#444444")


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
) -> alt.LayerChart:
    """Lines of the chosen areas over the county spread band, with target and path if given.

    ``series``: ``region, year, value, index_value`` (the areas in legend order);
    ``spread``: one row per year with ``value_*``/``index_*`` columns (may be empty);
    ``band``: ``minmax`` or ``iqr``. The target is drawn only with absolute values.
    ``colour_order`` names every area that could be drawn, so an area keeps its colour (the
    chosen one blue, Sweden black) even when an area before it has no values.
    """
    labels = _labels(language)
    column = "index_value" if index_mode else "value"
    prefix = "index" if index_mode else "value"
    low, high = ("min", "max") if band == "minmax" else ("q1", "q3")
    number = ".1f" if index_mode else f",.{max(decimals, 0)}f"
    y_title = labels["index"] if index_mode else unit
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
        title=_title(title, subtitle), width="container", height=280
    )


def verdict_summary_chart(
    counts: pd.DataFrame, *, title: str, subtitle: list[str], language: str
) -> alt.LayerChart:
    """One stacked bar: how many indicators go the right way, the wrong way, neither, too few."""
    labels = _labels(language)
    domain = [VERDICT_STYLES[v].label(language) for v in VERDICT_ORDER]
    colours = [VERDICT_STYLES[v].colour for v in VERDICT_ORDER]
    frame = counts[counts["count"] > 0].copy()
    frame["text"] = frame["count"].astype(str)
    frame["text_colour"] = ["white" if v in ("right", "wrong") else "black" for v in frame.verdict]
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
            scale=alt.Scale(domain=domain, range=colours),
            legend=alt.Legend(orient="bottom", direction="horizontal"),
        )
    )
    text = base.mark_text(fontSize=14, fontWeight="bold").encode(
        x=alt.X("count:Q", stack="zero", bandPosition=0.5),
        text="text:N",
        color=alt.Color("text_colour:N", scale=None),
    )
    return (bars + text).properties(
        title=_title(title, subtitle), width="container", height=60, autosize=_FIT_WIDTH
    )


def history_frame(history: pd.DataFrame, row_labels: list[str], language: str) -> pd.DataFrame:
    """Display columns for an assessment history marked by ``rus_data.trends.mark_changes``."""
    labels = _labels(language)
    frame = history.copy()
    frame["row_label"] = row_labels
    styles = [status_style(s, a) for s, a in zip(frame["status"], frame["assessed"], strict=True)]
    trends = [trend_style(t) for t in frame["trend"]]
    frame["status_label"] = [s.label(language) for s in styles]
    frame["trend_label"] = [t.label(language) if t else "" for t in trends]
    frame["cell"] = [
        s.symbol + (t.symbol if t else "") for s, t in zip(styles, trends, strict=True)
    ]
    frame["text_colour"] = ["white" if s.code in ("JA", "NEJ") else "black" for s in styles]
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
    ``rus_data.trends.changes_per_year`` and is printed as a row of counts above the grid.
    """
    labels = _labels(language)
    ordered = [*STATUS_STYLES.values(), NOT_ASSESSED, MISSING]
    domain = [s.label(language) for s in ordered]
    colours = [s.colour for s in ordered]
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
    cells = base.mark_rect(stroke="#BBBBBB", strokeWidth=0.5).encode(
        color=alt.Color(
            "status_label:N",
            title=labels["status"],
            scale=alt.Scale(domain=domain, range=colours),
            legend=alt.Legend(orient="bottom", columns=3),
        )
    )
    changed = (
        alt.Chart(frame[frame["status_changed"]])
        .mark_rect(fill=None, stroke="#000000", strokeWidth=2.5)
        .encode(x=x, y=alt.Y("row_label:N", sort=row_order))
    )
    text = base.mark_text(fontSize=11).encode(
        text="cell:N", color=alt.Color("text_colour:N", scale=None)
    )
    grid = (cells + changed + text).properties(width=alt.Step(46), height=alt.Step(22))
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
    return alt.vconcat(header, grid, spacing=2).properties(title=_title(title, subtitle))


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
    labels = _labels(language)
    column = "index_value" if index_mode else "value"
    national = "national_index" if index_mode else "national_value"
    number = ".1f" if index_mode else f",.{max(decimals, 0)}f"
    y_title = labels["index"] if index_mode else unit
    data = pd.DataFrame(
        {
            "panel": frame["panel"],
            "year": frame["year"],
            "y": frame[column],
            "national": frame[national],
            "verdict_label": frame["verdict_label"],
        }
    )
    domain = [VERDICT_STYLES[v].label(language) for v in VERDICT_ORDER]
    colours = [VERDICT_STYLES[v].colour for v in VERDICT_ORDER]
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
                scale=alt.Scale(domain=domain, range=colours),
                legend=alt.Legend(orient="bottom", direction="horizontal"),
            ),
            tooltip=[
                alt.Tooltip("panel:N", title=labels["county"]),
                alt.Tooltip("year:Q", title=labels["year"], format="d"),
                alt.Tooltip("y:Q", title=y_title, format=number),
                alt.Tooltip("national:Q", title=labels["sweden"], format=number),
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
        .properties(title=_title(title, subtitle))
    )
    if not shared_y:
        chart = chart.resolve_scale(y="independent")
    return chart
