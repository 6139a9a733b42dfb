"""The shared view state (language, area, year): the sidebar's controls, bound to the URL."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from rus_data.text import LANGUAGE_NAMES, LANGUAGES, t
from ui import cached, url_state
from ui.url_widgets import url_select_slider, url_selectbox

NATION = "00"
_VIEW = "_view_state"


@dataclass(frozen=True)
class ViewState:
    """What every page is looking at."""

    language: str
    region_code: str
    region_name: str
    year: int


def current_language() -> str:
    """The chosen language (``lang`` in the URL), declared before anything is drawn."""
    return url_state.choose("lang", LANGUAGES, "sv")


def _area_names(language: str) -> dict[str, str]:
    """Sweden and the counties by code, in the sidebar's order."""
    frame = cached.regions()
    areas = frame[frame["level"].isin(["riket", "lan"])]
    names = dict(zip(areas["code"], areas["name"], strict=True))
    names[NATION] = t("sweden", language)
    return names


def sidebar(language: str) -> ViewState:
    """Draw the shared sidebar controls and return the view state."""
    years = cached.assessment_years()
    names = _area_names(language)
    # "lang" is declared by current_language() before the navigation; here it is only drawn.
    st.sidebar.radio(
        t("language", language),
        LANGUAGES,
        key="lang",
        format_func=LANGUAGE_NAMES.get,
        horizontal=True,
    )
    # Drawn on every run, the sidebar's widgets need no session persistence.
    region_code = url_selectbox(
        "region",
        t("region", language),
        list(names),
        NATION,
        place=st.sidebar,
        format_func=names.get,
        persist_state=None,
    )
    year = 0  # no assessments yet: no year to choose
    if years:
        year = url_select_slider(
            "year", t("year", language), years, years[-1], place=st.sidebar, persist_state=None
        )
    view = ViewState(
        language=language,
        region_code=region_code,
        region_name=names[region_code],
        year=int(year),
    )
    st.session_state[_VIEW] = view
    return view


def view_state() -> ViewState:
    """The view state that the frame's sidebar set for this run."""
    return st.session_state[_VIEW]
