"""Widgets of the map page: the year slider with its play button, and the highlight choice.

They are drawn into the places the page gives them; their state is kept by
:mod:`pages.map.state` (URL seeding, validation, the play control).
"""

from __future__ import annotations

import logging
import time

import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from pages.map.state import (
    follow_sidebar_year,
    is_playing,
    next_year_or_stop,
    start_playing,
    stop_playing,
)
from rus_data.map.view import join_to_geometry
from rus_data.text import t
from ui import url_state
from ui.page_end import end_page
from ui.state import ViewState
from ui.url_widgets import url_selectbox

PLAY_DELAY_SECONDS = 1.0
_LOG = logging.getLogger(__name__)


def join_or_apologise(frame: pd.DataFrame, codes: tuple[str, ...], language: str) -> pd.DataFrame:
    """Join values to the boundaries; if regions and boundaries disagree, log it, say sorry
    and stop the page (a data problem no user can fix from here)."""
    try:
        return join_to_geometry(frame, codes)
    except ValueError:
        _LOG.exception("Kartans regioner och gränser stämmer inte överens")
        st.error(t("error_generic", language))
        end_page()


def year_controls(
    view: ViewState, years: list[int], slider_place: DeltaGenerator, button_place: DeltaGenerator
) -> int:
    """The map's year slider (default: the sidebar year if offered) and the play button."""
    lang = view.language
    default = view.year if view.year in years else years[-1]
    url_state.choose("map_year", years, default)
    follow_sidebar_year(view.year, years)
    if len(years) > 1:
        slider_place.select_slider(
            t("map_year", lang), options=years, key="map_year", persist_state="session"
        )
    else:
        slider_place.markdown(f"**{t('map_year', lang)}: {years[0]}**")
    if is_playing() and st.session_state["map_year"] == years[-1]:
        stop_playing()  # the last year is shown: the play control stops here
    if is_playing():
        button_place.button(
            "⏹", key="map_stop", on_click=stop_playing, help=t("map_play_help", lang)
        )
    else:
        button_place.button(
            "▶ " + t("map_play", lang),
            key="map_play",
            on_click=start_playing,
            args=(years,),
            help=t("map_play_help", lang),
            disabled=len(years) < 2,
        )
    return int(st.session_state["map_year"])


def highlight_choice(
    view: ViewState, codes: list[str], names: dict[str, str], place: DeltaGenerator
) -> str | None:
    """The 'highlight area' selectbox; the sidebar county is used when nothing is chosen."""
    chosen = (
        url_selectbox(
            "map_sel",
            t("map_selected", view.language),
            ["", *codes],
            "",
            place=place,
            format_func=lambda c: names.get(c, t("map_selected_none", view.language)),
        )
        or None
    )
    county = view.region_code if view.region_code in codes else None
    return chosen or county


def play_step(years: list[int], year: int) -> None:
    """While playing: show this year for a moment, then go on to the next (or stop)."""
    if is_playing() and next_year_or_stop(years, year):
        time.sleep(PLAY_DELAY_SECONDS)
        st.rerun()
