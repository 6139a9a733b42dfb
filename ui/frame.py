"""The frame around every page: page config, database check, navigation and the sidebar."""

from __future__ import annotations

import streamlit as st
from streamlit.navigation.page import StreamlitPage

from ui.basket import remember_page
from ui.database import ensure_database_ready
from ui.i18n import t
from ui.pages import navigation
from ui.share import share_link_control
from ui.state import current_language, sidebar


def draw_frame() -> StreamlitPage:
    """Draw the frame and return the page that the navigation chose for this run."""
    st.set_page_config(
        page_title="Miljömålsdashboarden", page_icon="assets/icon.svg", layout="wide"
    )
    language = current_language()
    ensure_database_ready(language)
    page = navigation(language)
    remember_page(page.url_path)
    with st.sidebar:
        st.markdown(f"**{t('app_title', language)}**  \n{t('app_subtitle', language)}")
    sidebar()
    return page


def finish_frame() -> None:
    """What the frame draws after the page: the "Kopiera länk" control with the page's state."""
    share_link_control(current_language())
