"""The trends page's assessment history: the chosen area's objectives over the years, and the
chosen objective in every area, with the changes of each year."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from pages.trends import data
from pages.trends.context import TrendsView
from rus_data.text import t
from rus_data.text.plain import as_markdown_text
from rus_data.trends.analysis import NATION
from rus_data.trends.charts import assessment_heatmap, history_frame
from ui import cached
from ui.chart_downloads import chart_downloads
from ui.charts import chart_spec
from ui.components import source_line

EXPORT_COLUMNS = [
    "year",
    "assessed",
    "status",
    "trend",
    "previous_status",
    "previous_trend",
    "status_changed",
    "trend_changed",
]


def _span_title(text_key: str, language: str, years: list[int], **values: object) -> str:
    """A heatmap's title over the assessed years, from the first to the last."""
    return t(text_key, language, first=years[0], last=years[-1], **values)


def _history_section(
    view: TrendsView,
    history: pd.DataFrame,
    changes: pd.DataFrame,
    row_labels: list[str],
    title: str,
    key: str,
    row_title: str,
) -> None:
    """Metrics of changes in the chosen year, the heatmap and its downloads."""
    language, year = view.language, view.year
    sources = cached.assessment_sources(year)
    line = source_line(sources, language)
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
    frame = history_frame(history, row_labels, language)
    chart = chart_spec(
        assessment_heatmap,
        frame,
        changes,
        title=title,
        subtitle=[t("trends_history_subtitle", language), line],
        row_title=row_title,
        language=language,
    )
    st.vega_lite_chart(chart, width="content")
    chart_downloads(
        chart,
        frame[["row_label", *EXPORT_COLUMNS]],
        f"bedomningar_{key}",
        f"tr_dl_hist_{key}",
        language,
        source_line=line,
        shows_demo=bool(sources["is_demo"].any()),
    )


def history_sections(view: TrendsView, region_history: pd.DataFrame) -> None:
    """Both assessment histories in tabs: the area's objectives, the objective's areas."""
    language = view.language
    st.subheader(t("trends_history_heading", language))
    st.caption(t("trends_history_help", language))
    years = sorted(region_history["year"].unique())
    if not years:
        st.info(t("trends_no_assessments", language))
        return
    region_changes = data.region_history_changes(view.region, view.year, language)[1]
    tabs = st.tabs(
        [
            t("trends_history_region_tab", language, region=as_markdown_text(view.region_name)),
            t("trends_history_objective_tab", language),
        ]
    )
    with tabs[0]:
        labels = [
            f"{i}. {name}"
            for i, name in zip(region_history.objective_id, region_history.objective, strict=True)
        ]
        _history_section(
            view,
            region_history,
            region_changes,
            labels,
            _span_title("trends_history_region_title", language, years, region=view.region_name),
            f"omrade_{view.region}",
            t("trends_objective", language),
        )
    with tabs[1]:
        if view.objective_id == 0:
            st.info(t("trends_generational_no_assessment", language))
            return
        history, changes = data.objective_history_changes(view.objective_id, view.year)
        if not history.loc[history.region_code != NATION, "assessed"].any():
            st.caption(t("trends_national_only_objective", language))
        labels = [
            t("sweden", language) if c == NATION else f"{letter} {name}"
            for c, letter, name in zip(
                history.region_code, history.letter, history.region, strict=True
            )
        ]
        title = _span_title(
            "trends_history_objective_title", language, years, objective=view.objective_name
        )
        _history_section(
            view, history, changes, labels, title, f"mal_{view.objective_id}", t("region", language)
        )
