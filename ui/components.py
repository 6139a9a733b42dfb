"""Small pieces shown on many pages: the demo notice, source lines, status cards."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from rus_data.text import sources as source_text
from rus_data.text import t
from rus_data.text.plain import as_markdown_text
from rus_data.text.status import status_style, trend_style


def demo_notice(language: str, shows_demo: bool) -> None:
    """Say plainly that the data are synthetic, whenever the view shows demo data."""
    if shows_demo:
        st.warning(t("demo_banner", language), icon=":material/science:")


def source_line(sources: pd.DataFrame, language: str) -> str:
    """A "Källa: …" line naming every source and when it was fetched or made."""
    return source_text.source_line(sources, language)


def source_caption(sources: pd.DataFrame, language: str) -> None:
    """The "Källa: …" line as a caption, the sources' names shown as text (not Markdown)."""
    st.caption(source_text.source_line(sources, language, markdown=True))


def status_card(row: pd.Series, language: str, trends_query: dict[str, str] | None = None) -> None:
    """One objective's status, trend and last year's status, in a bordered box; with
    ``trends_query``, the objective's name leads to its trends (the page Trender)."""
    style = status_style(row["status"], bool(row["assessed"]))
    trend = trend_style(row["trend"])
    with st.container(border=True):
        name = f"{row['objective_id']}. {as_markdown_text(row['objective'])}"
        if trends_query is None:
            st.markdown(f"**{name}**")
        else:
            st.page_link(
                "pages/trends/page.py",
                label=f"**{name}**",
                query_params=trends_query,
                help=t("card_open_trends", language),
            )
        if not row["assessed"]:
            national = row["scope"] == "national_only"
            key = "not_assessed_regionally" if national else "not_assessed_here"
            st.markdown(f":gray[{style.symbol} {t(key, language)}]")
            return
        if pd.isna(row["status"]):
            st.markdown(f":gray[? {t('no_assessment', language)}]")
            return
        badge = (
            f'<span style="background:{style.colour};color:'
            f"{'white' if style.code != 'NÄRA' else 'black'};padding:1px 8px;"
            f'border-radius:10px">{style.symbol} {style.label(language)}</span>'
        )
        trend_text = f"{trend.symbol} {trend.label(language)}" if trend else ""
        st.markdown(
            f"{badge} &nbsp; {t('trend', language)}: **{trend_text}**",
            unsafe_allow_html=True,
        )
        previous = row.get("previous_status")
        if isinstance(previous, str) and previous != row["status"]:
            before = status_style(previous).label(language)
            st.caption(t("previous", language, label=before))
