"""The frame around every page: page config, texts, navigation, database check, the sidebar
and, after the page, the URL and the "Kopiera länk" control."""

from __future__ import annotations

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from rus_data.text import t
from rus_data.text.plain import as_markdown_text
from ui import url_state
from ui.basket import remember_page
from ui.database import ensure_database_ready
from ui.i18n import register_ui_texts
from ui.navigation import navigation
from ui.not_found import say_page_not_found
from ui.page_end import PageEnded
from ui.popular import count_view
from ui.relabel import relabel_on_language_change
from ui.share import share_link_control
from ui.state import current_language, sidebar
from ui.streamlit_texts import install as install_streamlit_texts
from ui.style import apply_style


def run_app() -> None:
    """Draw the frame, run the page the navigation chose, then finish the frame."""
    st.set_page_config(
        page_title="Miljömålsdashboarden", page_icon="assets/icon.svg", layout="wide"
    )
    register_ui_texts()
    url_state.start_run()
    language = current_language()
    relabel_on_language_change(language)
    apply_style()
    install_streamlit_texts(language)
    page = navigation(language)
    ensure_database_ready(language)
    remember_page(page.url_path)
    with st.sidebar:
        st.markdown(f"**{t('app_title', language)}**  \n{t('app_subtitle', language)}")
    sidebar(language)
    say_page_not_found(language)
    link_notice = st.empty()
    try:
        page.run()
    except PageEnded:  # an empty state: the page has said what there is to say
        pass
    finally:
        url_state.publish()
        share_link_control(language)
        say_what_the_link_got_wrong(link_notice, language)
    count_view(page.url_path)  # a run that ended well: its view is one to warm


def say_what_the_link_got_wrong(place: DeltaGenerator, language: str) -> None:
    """Above the page: which parameters of the address were not understood (once)."""
    rejected = url_state.rejected()
    if rejected:
        parts = ", ".join(f"{key}={value}" for key, value in sorted(rejected.items()))
        place.warning(
            t("link_partly_invalid", language, parts=as_markdown_text(parts, 300)),
            icon=":material/link_off:",
        )
