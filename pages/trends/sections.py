"""Sections of the trends page: one indicator's chart, target and statistics; the chosen
indicator in every county (small multiples)."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from pages.trends import data
from pages.trends.context import TrendsView
from rus_data.text import t
from rus_data.text.formats import format_number
from rus_data.text.plain import as_markdown_text
from rus_data.trends.analysis import (
    NATION,
    comparable_codes,
    display_statistics,
    ordered_series,
    pace_towards,
    resolve_target,
    series_statistics,
    shows_spread,
    target_path,
)
from rus_data.trends.charts import indicator_series_chart, small_multiples_chart
from ui.chart_downloads import chart_downloads
from ui.charts import chart_spec
from ui.url_widgets import url_segmented, url_selectbox

SERIES_CHART_HEIGHT = 470  # the element: title, plot (280 px) and legends
STATS_COLUMNS = {
    "area": "trends_col_area",
    "verdict": "trends_col_verdict",
    "n": "trends_col_n",
    "period": "trends_col_period",
    "slope_per_year": "trends_col_slope_year",
    "slope_per_decade": "trends_col_slope_decade",
    "p_value": "trends_col_p",
    "base_year": "trends_col_base",
    "change": "trends_col_change",
    "change_percent": "trends_col_change_pct",
}


def target_message(
    view: TrendsView, own: pd.DataFrame, indicator: Any, code: str
) -> tuple[str, Any]:
    """The target sentence (Markdown, its names escaped) for the primary area, and the
    resolved target and pace (or None)."""
    language = view.language
    primary = own[own["region_code"] == code]
    target = resolve_target(view.targets, indicator.indicator_id, code, primary)
    if target is None:
        return "", None
    pace = pace_towards(primary, target, indicator.better)
    decimals = int(indicator.decimals)
    values = {
        "label": as_markdown_text(target.label),
        "region": as_markdown_text(view.name_of(code)),
        "target": format_number(target.target_value, decimals, language),
        "unit": as_markdown_text(indicator.unit),
        "year": target.target_year,
    }
    if pace is None or pace.reaches is None:
        return t("trends_target_unknown", language, **values), (target, pace)
    values |= {
        "slope": format_number(pace.slope_per_year, decimals + 1, language),
        "projected": format_number(pace.projected_value, decimals, language),
        "needed": format_number(pace.needed_slope, decimals + 1, language),
        "latest_year": pace.latest_year,
    }
    key = "trends_target_reaches" if pace.reaches else "trends_target_misses"
    return t(key, language, **values), (target, pace)


def _band_note(view: TrendsView, own_spread: pd.DataFrame, aggregation: str, code: str) -> str:
    language = view.language
    if own_spread.empty:
        return t("trends_band_none", language)
    if not shows_spread(aggregation, view.index_mode, code):
        return t("trends_band_total", language)
    band = t(f"trends_band_{view.band}", language).lower()
    return t("trends_band_note", language, band=band)


def indicator_section(view: TrendsView, indicator: Any, verdict_row: pd.Series) -> None:
    """One indicator: its verdict, chart with the county spread and target, and statistics."""
    language = view.language
    own = view.series[view.series["indicator_id"] == indicator.indicator_id]
    code = verdict_row["region_code"]
    with st.container(border=True):
        st.markdown(
            f"#### {as_markdown_text(indicator.name)}  \n"
            + t(
                "trends_verdict_for",
                language,
                region=as_markdown_text(view.name_of(code)),
                verdict=f"**{verdict_row['verdict_text']}**",
            )
        )
        if own["value"].notna().sum() == 0:
            st.info(t("trends_no_values", language, year=view.year))
            return
        if code != view.region:
            st.caption(t("trends_national_only", language))
        shown = comparable_codes(view.area_codes, code, indicator.aggregation, view.index_mode)
        if NATION not in shown and NATION in view.area_codes:
            st.caption(t("trends_sweden_hidden", language))
        lines = ordered_series(own, shown, t("sweden", language))
        own_spread = view.spread[view.spread["indicator_id"] == indicator.indicator_id]
        band_note = _band_note(view, own_spread, indicator.aggregation, code)
        if not shows_spread(indicator.aggregation, view.index_mode, code):
            own_spread = own_spread.iloc[0:0]
        message, resolved = target_message(view, own, indicator, code)
        target, pace = resolved if resolved else (None, None)
        path = None
        if target is not None:
            primary = own[own["region_code"] == code]
            path = target_path(primary, target, view.base_year or 0, pace)
        first, last = int(own["year"].min()), int(own["year"].max())
        chart = chart_spec(
            indicator_series_chart,
            lines,
            own_spread,
            title=t("trends_chart_title", language, name=indicator.name, first=first, last=last),
            subtitle=[
                view.unit_line(indicator.unit) + " · " + band_note,
                view.sources_of(indicator.indicator_id),
            ],
            unit=indicator.unit,
            decimals=int(indicator.decimals),
            language=language,
            index_mode=view.index_mode,
            band=view.band,
            target=target,
            path=path,
            colour_order=[view.name_of(c) for c in [view.region, NATION, *view.compare]],
        )
        st.vega_lite_chart(chart, width="stretch", height=SERIES_CHART_HEIGHT)
        if message:
            st.markdown(f":material/flag: {message}")
            notes = [t("trends_target_demo", language)] if target.is_demo else []
            if view.index_mode:
                notes.append(t("trends_target_index", language))
            st.caption(" ".join(notes))
        base = view.base_year or first
        areas = {c: view.name_of(c) for c in shown}
        stats = series_statistics(lines, indicator.better, base, language, areas=areas)
        table = display_statistics(stats, int(indicator.decimals), language)
        st.dataframe(
            table.rename(columns={k: t(v, language) for k, v in STATS_COLUMNS.items()}),
            hide_index=True,
            width="stretch",
        )
        unit = as_markdown_text(indicator.unit)
        st.caption(t("trends_stats_caption", language, unit=unit, base=base))
        chart_downloads(
            chart,
            lines.merge(stats[["region_code", "verdict"]], on="region_code", how="left"),
            f"trend_{indicator.indicator_id}_{view.region}",
            f"tr_dl_{indicator.indicator_id}",
            language,
            source_line=view.sources_of(indicator.indicator_id),
            shows_demo=view.shows_demo,
        )


def small_multiples_section(view: TrendsView) -> None:
    """The chosen indicator of the objective in every county, one small panel each."""
    language = view.language
    indicators = view.indicators
    st.subheader(t("trends_multiples_heading", language))
    indicator_ids = list(indicators["indicator_id"])
    indicator_names = dict(zip(indicators["indicator_id"], indicators["name"], strict=True))
    row = st.columns([4, 2])
    chosen_id = url_selectbox(
        "tr_ind",
        t("trends_multiples_indicator", language),
        indicator_ids,
        indicator_ids[0],
        place=row[0],
        format_func=indicator_names.get,
    )
    y_mode = url_segmented(
        "tr_y",
        t("trends_multiples_y", language),
        ["shared", "free"],
        "shared",
        place=row[1],
        required=True,
        format_func=lambda y: t(f"trends_multiples_{y}", language),
    )
    chosen = indicators[indicators["indicator_id"] == chosen_id].iloc[0]
    counties = data.county_series(view.objective_id, chosen_id, view.year)
    if counties.empty:
        st.info(t("trends_multiples_none", language))
        return
    panels = data.small_multiples(
        view.objective_id, chosen_id, view.year, chosen["better"], view.region, language
    )
    show_national = view.index_mode or chosen["aggregation"] != "sum"
    note_key = "trends_multiples_note" if show_national else "trends_multiples_note_sum"
    multiples = chart_spec(
        small_multiples_chart,
        panels,
        title=t(
            "trends_multiples_title",
            language,
            name=chosen["name"],
            first=int(counties["year"].min()),
            last=int(counties["year"].max()),
        ),
        subtitle=[
            view.unit_line(chosen["unit"]) + " · " + t(note_key, language),
            view.sources_of(chosen_id),
        ],
        unit=chosen["unit"],
        decimals=int(chosen["decimals"]),
        language=language,
        index_mode=view.index_mode,
        shared_y=y_mode != "free",
        show_national=show_national,
    )
    st.vega_lite_chart(multiples, width="content")
    chart_downloads(
        multiples,
        panels.drop(columns=["panel"]),
        f"trend_{chosen_id}_alla_lan",
        "tr_dl_multiples",
        language,
        source_line=view.sources_of(chosen_id),
        shows_demo=view.shows_demo,
    )
