"""The trends page's assessment history: the chosen area's objectives over the years, and the
chosen objective in every area, with the changes of each year."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from pages.trends import data
from pages.trends.context import TrendsView
from rus_data.text import t
from rus_data.text.plain import as_markdown_text
from ui.chart_downloads import chart_downloads


def _history_section(view: TrendsView, which: str, key: str) -> None:
    """Metrics of changes in the chosen year, the heatmap and its downloads (computed once
    per view, see :mod:`pages.trends.history_model`)."""
    language, year = view.language, view.year
    model = data.history_model(view, which)
    if model.national_only:
        st.caption(t("trends_national_only_objective", language))
    changes = model.changes
    this_year = changes[changes["year"] == year]
    metrics = st.columns(4)
    if len(this_year):
        counts = this_year.iloc[0]
        metrics[0].metric(t("trends_assessments", language, year=year), int(counts.assessments))
        metrics[1].metric(
            t("trends_changed_status", language, year=year), int(counts.status_changed)
        )
        metrics[2].metric(t("trends_changed_trend", language, year=year), int(counts.trend_changed))
    total = int(changes.loc[changes["year"] > changes["year"].min(), "assessments"].sum())
    st.caption(
        t(
            "trends_changed_total",
            language,
            changed=int(changes.status_changed.sum()),
            total=total,
            first=int(changes.year.min()) + 1,
            last=int(changes.year.max()),
        )
    )
    st.vega_lite_chart(model.chart, width="content")
    chart_downloads(
        model.chart,
        model.export,
        f"bedomningar_{key}",
        f"tr_dl_hist_{key}",
        language,
        source_line=model.source_line,
        shows_demo=model.shows_demo,
    )


def history_sections(view: TrendsView, region_history: pd.DataFrame) -> None:
    """Both assessment histories in tabs: the area's objectives, the objective's areas."""
    language = view.language
    st.subheader(t("trends_history_heading", language))
    st.caption(t("trends_history_help", language))
    if region_history["year"].empty:
        st.info(t("trends_no_assessments", language))
        return
    tabs = st.tabs(
        [
            t("trends_history_region_tab", language, region=as_markdown_text(view.region_name)),
            t("trends_history_objective_tab", language),
        ]
    )
    with tabs[0]:
        _history_section(view, "region", f"omrade_{view.region}")
    with tabs[1]:
        if view.objective_id == 0:
            st.info(t("trends_generational_no_assessment", language))
            return
        _history_section(view, "objective", f"mal_{view.objective_id}")
