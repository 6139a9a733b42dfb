""" "Om indikatorn": an indicator's facts in a closed expander, every value shown as text."""

from __future__ import annotations

import streamlit as st

from rus_data.text import t
from rus_data.text.plain import as_markdown_text


def indicator_facts_box(lines: list[tuple[str, str]], language: str) -> None:
    """The labelled lines of :func:`rus_data.trends.facts.fact_lines` under "Om indikatorn"
    (free text from files and APIs escaped, never read as Markdown)."""
    with st.expander(t("facts_heading", language), icon=":material/info:"):
        st.markdown(
            "  \n".join(f"**{label}:** {as_markdown_text(text, 1000)}" for label, text in lines)
        )
