"""The presentation page's cached data: the yearly deck (see :mod:`ui.cache`), slide pictures
and the check of a user's template."""

import datetime as dt

import streamlit as st

from rus_data.charts.render_worker import ChartRenderError
from rus_data.presentation import annual, pptx_deck
from rus_data.presentation.rendering import renderable_spec
from rus_data.presentation.slide import DeckInfo
from ui import cached as shared
from ui.cache import cached

annual_follow_up = cached(max_entries=16)(annual.annual_follow_up)


def slide_picture(spec_json: str, source_line: str, scale: float) -> bytes | ChartRenderError:
    """A slide's chart as PNG at ``scale``, as the deck shows it (previews and presentation
    mode); cached with every other rendered chart, by its spec. A chart that cannot be drawn
    gives its error, for the page to show instead."""
    try:
        return shared.chart_png(renderable_spec(spec_json, source_line), scale)
    except ChartRenderError as error:
        return error


@st.cache_data(max_entries=4, show_spinner=False)
def template_problem(template: bytes, language: str) -> str | None:
    """Why a user's .pptx template cannot be used (tried once on a title-only deck), or None.

    Cached by the file's bytes, so the page does not reopen the template on every rerun.
    """
    try:
        pptx_deck.build_deck([], DeckInfo("–", "–", dt.date.today(), language), template)
    except pptx_deck.DeckTemplateError as error:
        return error.message(language)
    return None
