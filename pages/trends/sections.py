"""Sections of the trends page: one indicator's chart, target and statistics; the chosen
indicator in every county (small multiples)."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
import streamlit as st

from pages.trends import data
from pages.trends.context import TrendsView
from rus_data.text import t
from rus_data.trends.analysis import NATION
from rus_data.trends.charts import small_multiples_chart
from ui.chart_downloads import chart_downloads
from ui.charts import chart_spec
from ui.indicator_facts import indicator_facts_box
from ui.url_widgets import url_options, url_segmented, url_selectbox

SERIES_CHART_HEIGHT = 470  # the element: title, plot (280 px) and legends
# An objective with more indicators shows them this many at a time: a rerun then sends at
# most this many indicator cards. Ten sent 317 kB per trends rerun on average under 30
# sessions at national scale (bench/load_sessions.py), over the 300 kB budget; eight keep it.
INDICATORS_PER_PART = 8


def indicator_part(count: int, language: str) -> range:
    """The positions of the indicators to show: all of them when there are at most
    :data:`INDICATORS_PER_PART`, else the part chosen (URL parameter ``tr_part``)."""
    size = INDICATORS_PER_PART
    if count <= size:
        return range(count)
    part = url_segmented(
        "tr_part",
        t("trends_part", language, count=count, size=size),
        list(range(math.ceil(count / size))),
        0,
        required=True,
        format_func=lambda p: f"{p * size + 1}–{min((p + 1) * size, count)}",
    )
    return range(part * size, min((part + 1) * size, count))


def indicator_section(view: TrendsView, indicator: Any, verdict_row: pd.Series) -> None:
    """One indicator: its verdict, "Om indikatorn", chart with the county spread, fitted line
    and target, plain statistics and the method behind them (computed once per view and
    database version, see :mod:`pages.trends.indicator_model`)."""
    language = view.language
    model = data.indicator_model(view, indicator.indicator_id, verdict_row)
    with st.container(border=True, key=f"trend_card_{indicator.indicator_id}"):
        st.markdown(model.heading)
        if model.facts:
            indicator_facts_box(model.facts, language)
        if model.no_values:
            st.info(model.no_values)
            return
        for caption in model.captions:
            st.caption(caption)
        st.vega_lite_chart(model.chart, width="stretch", height=SERIES_CHART_HEIGHT)
        if model.target_message:
            st.markdown(f":material/flag: {model.target_message}")
            st.caption(model.target_notes)
        # A plain table (no toolbar, no grid to tab through): two rows cost no Tab stop.
        st.table(model.statistics, hide_index=True, border="horizontal")
        with st.expander(t("trends_method", language), icon=":material/functions:"):
            st.dataframe(model.method, hide_index=True, width="stretch")
            for caption in model.method_captions:
                st.caption(caption)
        chart_downloads(
            model.chart,
            model.download_data.to_pandas(),
            f"trend_{indicator.indicator_id}_{view.region}",
            f"tr_dl_{indicator.indicator_id}",
            language,
            source_line=model.source_line,
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
    y_mode = url_options(
        "tr_y",
        t("trends_multiples_y", language),
        ["shared", "free"],
        "shared",
        language,
        text_key="trends_multiples_",
        place=row[1],
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
