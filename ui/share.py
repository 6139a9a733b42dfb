"""The "Kopiera länk" control: the address of the current page with all its choices."""

from __future__ import annotations

from urllib.parse import urlencode

import streamlit as st

from rus_data.text import t
from ui.basket import PAGE_PATH_KEY, current_query, view_link


def page_url() -> str:
    """The full address of the page as it is shown now (relative when the host is unknown)."""
    query = current_query()
    if not st.context.url:
        return view_link(st.session_state.get(PAGE_PATH_KEY, ""), query)
    return st.context.url + (f"?{urlencode(query)}" if query else "")


def share_link_control(language: str) -> None:
    """A sidebar popover with the page's link and a copy button.

    Drawn after the page has run, so the link holds the choices the page made in this run.
    """
    with (
        st.sidebar,
        st.popover(t("pres_share", language), icon=":material/link:", width="stretch"),
    ):
        st.caption(t("pres_share_help", language))
        st.code(page_url(), language=None, wrap_lines=True)
