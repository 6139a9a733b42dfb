"""Presentation: the basket of charts from every page, the ready-made yearly deck, the
PowerPoint and report downloads, and presentation mode."""

import streamlit as st

from pages.presentation.annual import annual_section
from pages.presentation.basket_editor import basket_section
from pages.presentation.exports import export_section
from pages.presentation.presenting import presentation_mode, presentation_state
from rus_data.text import t
from ui import cached
from ui.basket import basket
from ui.components import demo_notice
from ui.page_end import end_page
from ui.state import view_state

view = view_state()
language = view.language
slides = [item.slide for item in basket()]
presenting, number = presentation_state(len(slides))
if presenting:
    presentation_mode(slides, number, language)
    end_page()

st.title(t("pres_title", language))
st.markdown(t("pres_intro", language))
demo_assessments = bool(cached.assessment_sources(view.year)["is_demo"].any())
demo_notice(language, demo_assessments or any(slide.shows_demo for slide in slides))
with st.container(border=True):
    annual_section(view)
basket_section(language)
if slides:
    st.divider()
    export_section(view)
