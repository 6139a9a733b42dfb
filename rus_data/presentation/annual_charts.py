"""Charts of the yearly follow-up deck: status per objective, changes since last year and the
indicators' direction per objective.

Each builder takes a small frame (one row per objective, or per objective and year) and
returns an Altair chart with a fixed size, so the spec renders the same on a slide as on screen.
Status cells use the project's status styles (colour, symbol and words); the verdict bars the
Okabe–Ito verdict colours of the trends page.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from rus_data.charts.status_cells import status_scale
from rus_data.presentation.pptx_layout import chart_size_points
from rus_data.trends.chart_style import verdict_scale
from rus_data.trends.verdict_charts import verdict_bar_frame

_LABELS = {
    "sv": {
        "objective": "Miljömål",
        "status": "Status",
        "trend": "Trend",
        "column": "Kolumn",
        "change": "Förändring",
        "indicators": "Antal indikatorer",
        "verdict": "Indikatorernas riktning",
    },
    "en": {
        "objective": "Objective",
        "status": "Status",
        "trend": "Trend",
        "column": "Column",
        "change": "Change",
        "indicators": "Number of indicators",
        "verdict": "Direction of the indicators",
    },
}
_ROW_LABEL_LIMIT = 340  # longer objective names end in an ellipsis
# DejaVu Sans has every status and trend symbol (✓ ◐ ✗ ↗ ↘), so no glyph falls back to a
# serif face; plain sans-serif where it is missing.
DECK_FONT = "DejaVu Sans, sans-serif"
# Charts are drawn at the size of a default 16:9 slide's chart area in points, so one pixel
# is one point there and no text is smaller than MIN_FONT points.
CHART_WIDTH, CHART_HEIGHT = chart_size_points()
MIN_FONT = 13
_FIT = alt.AutoSizeParams(type="fit", contains="padding")


def _row_axis(rows: list[str], line: bool = False) -> alt.Y:
    """The rows' labels down the left, in the order ``rows``, without ticks (and without the
    axis line unless ``line``)."""
    lines = {} if line else {"domain": False}
    return alt.Y(
        "row_label:N",
        sort=rows,
        title=None,
        axis=alt.Axis(labelLimit=_ROW_LABEL_LIMIT, labelFontSize=MIN_FONT, ticks=False, **lines),
    )


def _labels(language: str) -> dict[str, str]:
    return _LABELS["en" if language == "en" else "sv"]


def _title(text: str, subtitle: list[str]) -> alt.Title:
    return alt.Title(
        text,
        subtitle=subtitle,
        anchor="start",
        fontSize=MIN_FONT + 2,
        subtitleFontSize=MIN_FONT,
        subtitleColor="#444444",
        offset=8,
    )


def _legend(**options: object) -> alt.Legend:
    """The deck's legend below a chart: a row of outlined squares (``options`` add to it)."""
    return alt.Legend(
        orient="bottom",
        direction="horizontal",
        symbolType="square",
        symbolStrokeColor="#777777",
        symbolStrokeWidth=0.5,
        labelLimit=260,
        titleLimit=500,
        labelFontSize=MIN_FONT,
        titleFontSize=MIN_FONT,
        symbolSize=160,
        **options,
    )


def _row_step(rows: int) -> int:
    """Pixels per row so that ``rows`` rows, the year header, the subtitle and the legend
    fill the chart height (at most 26, at least the text's height)."""
    return max(MIN_FONT + 3, min(26, (CHART_HEIGHT - 105) // max(rows, 1)))


def _status_cells(frame: pd.DataFrame, x: alt.X, y: alt.Y, language: str) -> alt.Chart:
    """Grid cells coloured by ``status_label`` with the status legend."""
    return (
        alt.Chart(frame)
        .mark_rect(stroke="#BBBBBB", strokeWidth=0.5)
        .encode(
            x=x,
            y=y,
            color=alt.Color(
                "status_label:N",
                title=_labels(language)["status"],
                scale=status_scale(language),
                legend=_legend(columns=3),
            ),
        )
    )


def status_overview_chart(
    frame: pd.DataFrame, *, title: str, subtitle: list[str], language: str
) -> alt.LayerChart:
    """Objectives as rows; a status cell (colour, symbol, words) and the trend (arrow, words).

    ``frame`` has one row per objective with ``row_label, status_label, status_text,
    text_colour, trend_text, trend_colour`` (see ``annual_frames.overview_frame``).
    """
    labels = _labels(language)
    rows = list(dict.fromkeys(frame["row_label"]))
    y = _row_axis(rows)
    status_x = alt.X(
        "column:N",
        title=None,
        axis=alt.Axis(orient="top", labelAngle=0, labelFontSize=MIN_FONT, labelFontWeight="bold"),
        scale=alt.Scale(domain=[labels["status"], labels["trend"]]),
    )
    status = frame.assign(column=labels["status"])
    trend = frame.assign(column=labels["trend"])
    cells = _status_cells(status, status_x, y, language)
    status_text = (
        alt.Chart(status)
        .mark_text(align="left", dx=-88, fontSize=MIN_FONT)
        .encode(
            x=status_x,
            y=y,
            text="status_text:N",
            color=alt.Color("text_colour:N", scale=None),
        )
    )
    trend_cells = (
        alt.Chart(trend)
        .mark_rect(fill="white", stroke="#BBBBBB", strokeWidth=0.5)
        .encode(x=status_x, y=y)
    )
    trend_text = (
        alt.Chart(trend)
        .mark_text(align="left", dx=-88, fontSize=MIN_FONT, fontWeight="bold")
        .encode(
            x=status_x,
            y=y,
            text="trend_text:N",
            color=alt.Color("trend_colour:N", scale=None),
        )
    )
    return (
        alt.layer(cells, status_text, trend_cells, trend_text)
        .properties(
            title=_title(title, subtitle), width=CHART_WIDTH, height=CHART_HEIGHT, autosize=_FIT
        )
        .configure(font=DECK_FONT)
        .configure_view(stroke=None)
    )


def status_change_chart(
    frame: pd.DataFrame, *, title: str, subtitle: list[str], language: str
) -> alt.HConcatChart:
    """Objectives × the two years (or one, when the year before has no assessments).

    Each cell shows status (colour, symbol) and trend arrow; a changed status is outlined in
    black, and a column beside says in words whether the status got better or worse and how
    the trend moved. ``frame`` has ``row_label, year, year_label, status_label, cell,
    text_colour, status_changed, change_text, change_colour`` (one row per objective and
    year; the change column is read from the latest year's rows).
    """
    labels = _labels(language)
    rows = list(dict.fromkeys(frame["row_label"]))
    years = sorted(frame["year_label"].unique())
    header = alt.Axis(
        orient="top", labelAngle=0, labelFontSize=MIN_FONT, labelFontWeight="bold", ticks=False
    )
    x = alt.X("year_label:N", sort=years, title=None, axis=header)
    y = _row_axis(rows)
    cells = _status_cells(frame, x, y, language)
    outline = (
        alt.Chart(frame[frame["status_changed"]])
        .mark_rect(fill=None, stroke="#000000", strokeWidth=3)
        .encode(x=x, y=y)
    )
    cell_text = (
        alt.Chart(frame)
        .mark_text(fontSize=MIN_FONT + 1)
        .encode(x=x, y=y, text="cell:N", color=alt.Color("text_colour:N", scale=None))
    )
    step = _row_step(len(rows))
    grid = alt.layer(cells, outline, cell_text).properties(
        width=alt.Step(90), height=alt.Step(step)
    )
    latest = frame[frame["year_label"] == years[-1]].assign(column=labels["change"])
    words = (
        alt.Chart(latest)
        .mark_text(align="left", dx=4, fontSize=MIN_FONT, fontWeight="bold")
        .encode(
            x=alt.X(
                "column:N",
                title=None,
                axis=None,
                bandPosition=0,
                scale=alt.Scale(type="band", paddingInner=0, paddingOuter=0),
            ),
            y=alt.Y("row_label:N", sort=rows, axis=None),
            text="change_text:N",
            color=alt.Color("change_colour:N", scale=None),
        )
        .properties(
            width=380,
            height=alt.Step(step),
            title=alt.Title(labels["change"], anchor="start", fontSize=MIN_FONT, offset=3, dx=4),
        )
    )
    if len(years) == 1:  # no year before: nothing changed, no words column
        return (
            grid.properties(title=_title(title, subtitle))
            .configure(font=DECK_FONT)
            .configure_view(stroke=None)
        )
    return (
        alt.hconcat(grid, words, spacing=10)
        .properties(title=_title(title, subtitle), bounds="flush")
        .configure(font=DECK_FONT)
        .configure_view(stroke=None)
    )


def verdicts_per_objective_chart(
    counts: pd.DataFrame, *, title: str, subtitle: list[str], language: str
) -> alt.LayerChart:
    """Objectives as rows, one stacked bar each: indicators moving the right way, the wrong
    way, with no clear change and with too few values.

    ``counts`` has ``row_label, verdict, label, count, order`` (one row per objective and
    verdict, zeros allowed).
    """
    labels = _labels(language)
    rows = list(dict.fromkeys(counts["row_label"]))
    frame = verdict_bar_frame(counts)
    y = _row_axis(rows, line=True)
    x = alt.X(
        "count:Q",
        stack="zero",
        title=labels["indicators"],
        axis=alt.Axis(tickMinStep=1, format="d"),
    )
    base = alt.Chart(frame).encode(
        y=y,
        order=alt.Order("order:Q"),
        tooltip=[
            alt.Tooltip("row_label:N", title=labels["objective"]),
            alt.Tooltip("label:N", title=labels["verdict"]),
            alt.Tooltip("count:Q", title=labels["indicators"]),
        ],
    )
    bars = base.mark_bar(stroke="white", strokeWidth=1).encode(
        x=x,
        color=alt.Color(
            "label:N",
            title=labels["verdict"],
            scale=verdict_scale(language),
            legend=_legend(columns=2),
        ),
    )
    text = base.mark_text(fontSize=MIN_FONT, fontWeight="bold").encode(
        x=alt.X("count:Q", stack="zero", bandPosition=0.5),
        text="text:N",
        color=alt.Color("text_colour:N", scale=None),
    )
    return (
        (bars + text)
        .properties(
            title=_title(title, subtitle), width=CHART_WIDTH, height=CHART_HEIGHT, autosize=_FIT
        )
        .configure(font=DECK_FONT)
        .configure_view(stroke=None)
    )
