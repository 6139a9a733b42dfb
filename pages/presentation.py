"""Presentation: the basket of charts from every page, the ready-made yearly deck, the
PowerPoint and report downloads, and presentation mode."""

import streamlit as st

from ui import cached
from ui.basket import basket
from ui.components import demo_notice
from ui.i18n import t
from ui.presentation_parts import (
    annual_section,
    basket_section,
    export_section,
    presentation_mode,
    seed_presentation_state,
    write_presentation_url,
)
from ui.state import view_state

view = view_state()
language = view.language
seed_presentation_state()
slides = [item.slide for item in basket()]
presenting = bool(st.session_state["pres_mode"]) and bool(slides)
write_presentation_url(presenting)
if presenting:
    presentation_mode(slides, language)
    st.stop()

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
