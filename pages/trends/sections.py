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
from rus_data.text.units import change_unit
from rus_data.trends.analysis import (
    NATION,
    comparable_codes,
    ordered_series,
    pace_towards,
    resolve_target,
    series_statistics,
    shows_spread,
    target_path,
)
from rus_data.trends.charts import indicator_series_chart, small_multiples_chart
from rus_data.trends.facts import fact_lines
from rus_data.trends.fit import fitted_line
from rus_data.trends.tables import display_statistics, method_statistics
from rus_data.trends.wording import rule_text
from ui.chart_downloads import chart_downloads
from ui.charts import chart_spec
from ui.indicator_facts import indicator_facts_box
from ui.url_widgets import url_segmented, url_selectbox

SERIES_CHART_HEIGHT = 470  # the element: title, plot (280 px) and legends
METHOD_COLUMNS = {
    "area": "trends_col_area",
    "n": "trends_col_n",
    "period": "trends_col_period",
    "slope_per_year": "trends_col_slope_year",
    "slope_per_decade": "trends_col_slope_decade",
    "p_value": "trends_col_p",
    "relative_change": "trends_col_relative",
    "base_year": "trends_col_base",
}


def _plain_columns(language: str, base: int, unit: str) -> dict[str, str]:
    """The plain table's headers in the page's language (the change in the change's unit)."""
    return {
        "area": t("trends_col_area", language),
        "verdict": t("trends_col_verdict", language),
        "development": t("trends_col_development", language),
        "change": t(
            "trends_col_change_since", language, base=base, unit=change_unit(unit, language)
        ),
        "change_percent": t("trends_col_change_pct_since", language, base=base),
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


def _band_note(
    view: TrendsView, own_spread: pd.DataFrame, aggregation: str, code: str, unit: str
) -> str:
    language = view.language
    if own_spread.empty:
        return t("trends_band_none", language)
    if not shows_spread(aggregation, view.index_mode, code):
        return t("trends_band_total", language, unit=unit)
    band = t(f"trends_band_{view.band}", language).lower()
    return t("trends_band_note", language, band=band)


def indicator_section(view: TrendsView, indicator: Any, verdict_row: pd.Series) -> None:
    """One indicator: its verdict, chart with the county spread and target, and statistics."""
    language = view.language
    own = view.series[view.series["indicator_id"] == indicator.indicator_id]
    code = verdict_row["region_code"]
    with st.container(border=True, key=f"trend_card_{indicator.indicator_id}"):
        st.markdown(
            f"#### {as_markdown_text(indicator.name)}  \n"
            + t(
                "trends_verdict_for",
                language,
                region=as_markdown_text(view.name_of(code))
                + (f" ({t('gender_T', language).lower()})" if view.gender != "T" else ""),
                verdict=f"**{verdict_row['verdict_text']}**",
            )
            + f" – {as_markdown_text(verdict_row['sentence'], 400)}"
        )
        facts = view.facts[view.facts["indicator_id"] == indicator.indicator_id]
        if len(facts):
            own_sources = view.value_sources[
                view.value_sources["indicator_id"] == indicator.indicator_id
            ]
            indicator_facts_box(fact_lines(facts.iloc[0], own_sources, language), language)
        if own["value"].notna().sum() == 0:
            key = "gender_not_split" if view.gender != "T" else "trends_no_values"
            st.info(t(key, language, year=view.year))
            return
        if code != view.region:
            st.caption(t("trends_national_only", language))
        shown = comparable_codes(view.area_codes, code, indicator.aggregation, view.index_mode)
        if NATION not in shown and NATION in view.area_codes:
            st.caption(t("trends_sweden_hidden", language))
        lines = ordered_series(own, shown, t("sweden", language))
        own_spread = view.spread[view.spread["indicator_id"] == indicator.indicator_id]
        band_note = _band_note(view, own_spread, indicator.aggregation, code, indicator.unit)
        if not shows_spread(indicator.aggregation, view.index_mode, code):
            own_spread = own_spread.iloc[0:0]
        with_band = len(own_spread) > 0
        drawn_sources = view.sources_of(indicator.indicator_id, shown, band=with_band)
        column = "index_value" if view.index_mode else "value"
        fit = fitted_line(lines, code, column, indicator.better)
        fit_note = t("trends_fit_line", language, region=view.name_of(code)) if len(fit) else ""
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
            title=t(
                "trends_chart_title",
                language,
                name=view.titled(indicator.name),
                first=first,
                last=last,
            ),
            subtitle=[
                view.unit_line(indicator.unit) + " · " + band_note,
                *([fit_note] if fit_note else []),
                drawn_sources,
            ],
            unit=indicator.unit,
            decimals=int(indicator.decimals),
            language=language,
            index_mode=view.index_mode,
            band=view.band,
            target=target,
            path=path,
            colour_order=[view.name_of(c) for c in [view.region, NATION, *view.compare]],
            fit=fit,
            fit_label=t("trends_fit_label", language),
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
        decimals = int(indicator.decimals)
        stats = series_statistics(
            lines,
            indicator.better,
            base,
            language,
            areas=areas,
            unit=indicator.unit,
            decimals=decimals,
        )
        table = display_statistics(stats, decimals, language, indicator.unit)
        st.dataframe(
            table.rename(columns=_plain_columns(language, base, indicator.unit)),
            hide_index=True,
            width="stretch",
        )
        with st.expander(t("trends_method", language), icon=":material/functions:"):
            st.dataframe(
                method_statistics(stats, decimals, language).rename(
                    columns={k: t(v, language) for k, v in METHOD_COLUMNS.items()}
                ),
                hide_index=True,
                width="stretch",
            )
            unit = as_markdown_text(change_unit(indicator.unit, language))
            st.caption(t("trends_stats_caption", language, unit=unit, base=base))
            st.caption(rule_text(language))
        chart_downloads(
            chart,
            lines.merge(stats[["region_code", "verdict"]], on="region_code", how="left"),
            f"trend_{indicator.indicator_id}_{view.region}",
            f"tr_dl_{indicator.indicator_id}",
            language,
            source_line=drawn_sources,
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
    counties = data.county_series(
        view.objective_id, chosen_id, view.year, view.base_year, view.gender
    )
    if counties.empty:
        st.info(t("trends_multiples_none", language))
        return
    panels = data.small_multiples(
        view.objective_id,
        chosen_id,
        view.year,
        chosen["better"],
        view.region,
        language,
        view.base_year,
        view.gender,
    )
    show_national = view.index_mode or chosen["aggregation"] != "sum"
    multiples_sources = view.sources_of(chosen_id, [NATION] if show_national else [], band=True)
    note_key = "trends_multiples_note" if show_national else "trends_multiples_note_sum"
    multiples = chart_spec(
        small_multiples_chart,
        panels,
        title=t(
            "trends_multiples_title",
            language,
            name=view.titled(chosen["name"]),
            first=int(counties["year"].min()),
            last=int(counties["year"].max()),
        ),
        subtitle=[
            view.unit_line(chosen["unit"]) + " · " + t(note_key, language),
            multiples_sources,
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
        source_line=multiples_sources,
        shows_demo=view.shows_demo,
    )
