"""Miljömålsdashboarden: the entrypoint. A router and a frame, nothing more."""

import streamlit as st

from ui.database import ensure_database_ready
from ui.i18n import t
from ui.pages import navigation
from ui.state import current_language, frame_running, sidebar

st.set_page_config(page_title="Miljömålsdashboarden", page_icon="assets/icon.svg", layout="wide")
language = current_language()
ensure_database_ready(language)
page = navigation(language)
with st.sidebar:
    st.markdown(f"**{t('app_title', language)}**  \n{t('app_subtitle', language)}")
sidebar()
with frame_running():
    page.run()
