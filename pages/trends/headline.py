"""The trends page's headline: for the objective, the chosen area's own assessment (status,
trend, motivation) and its indicators' directions, with Sweden side by side."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from pages.trends.context import TrendsView
from rus_data.text import t
from rus_data.text.plain import as_markdown_text
from rus_data.text.status import status_style, trend_style
from rus_data.trends.analysis import NATION


def _area_block(view: TrendsView, row: pd.Series) -> None:
    language = view.language
    name = as_markdown_text(view.name_of(row["region_code"]))
    st.markdown(f"##### {name}")
    if pd.isna(row["status"]):
        st.markdown(t("trends_headline_no_assessment", language, region=name, year=view.year))
    else:
        status = status_style(row["status"])
        trend = trend_style(row["trend"])
        st.markdown(
            t(
                "trends_headline_assessment_"
                + ("riket" if row["region_code"] == NATION else "lan"),
                language,
                year=int(row["assessment_year"]),
                status=f"{status.symbol} {status.label(language)}",
                trend=f"{trend.symbol} {trend.label(language)}" if trend else "",
            )
        )
        comment = row["comment"]
        if isinstance(comment, str) and comment.strip():
            label = t("trends_headline_motivation", language)
            st.markdown(f"*{label}:* {as_markdown_text(comment, 1200)}")
        else:
            st.caption(t("trends_headline_no_motivation", language))
    if row["indicators"] == 0:
        st.markdown(t("trends_headline_no_values", language, region=name))
        return
    st.markdown(
        t(
            "trends_headline_counts",
            language,
            right=int(row["right"]),
            wrong=int(row["wrong"]),
            unclear=int(row["unclear"]),
            too_few=int(row["too_few"]),
            total=int(row["indicators"]),
        )
    )


def headline_section(view: TrendsView, headline: pd.DataFrame) -> None:
    """One bordered block: the chosen area beside Sweden (Sweden alone when it is chosen)."""
    language = view.language
    with st.container(border=True, key="trends_headline"):
        st.markdown(
            "#### "
            + t(
                "trends_headline_heading",
                language,
                objective=as_markdown_text(view.objective_name),
                region=as_markdown_text(view.region_name),
            )
            if view.region != NATION
            else f"#### {as_markdown_text(view.objective_name)}: {t('sweden', language)}"
        )
        columns = st.columns(len(headline))
        for place, (_, row) in zip(columns, headline.iterrows(), strict=True):
            with place:
                _area_block(view, row)
