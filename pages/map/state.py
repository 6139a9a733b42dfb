"""Session state of the map page beyond its URL-bound choices: the sidebar year it follows,
the play control stepping through the years, and the row chosen in the table."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st


def follow_sidebar_year(sidebar_year: int, years: Sequence[int]) -> None:
    """When the sidebar's year changes, the map moves to it too (if the map offers it)."""
    previous = st.session_state.get("_map_sidebar_year")
    st.session_state["_map_sidebar_year"] = sidebar_year
    if previous is not None and previous != sidebar_year and sidebar_year in years:
        st.session_state["map_year"] = sidebar_year


def take_pending_year() -> None:
    """Apply the year the play control chose in the previous run (before the slider exists)."""
    pending = st.session_state.pop("_map_next_year", None)
    if pending is not None:
        st.session_state["map_year"] = pending


def start_playing(years: Sequence[int]) -> None:
    """Button callback: play from the current year, or from the first if at the last."""
    if years and st.session_state.get("map_year") == years[-1]:
        st.session_state["map_year"] = years[0]
    st.session_state["_map_playing"] = True


def stop_playing() -> None:
    """Button callback: stop the play control."""
    st.session_state["_map_playing"] = False


def is_playing() -> bool:
    """Whether the play control is stepping through the years."""
    return bool(st.session_state.get("_map_playing"))


def next_year_or_stop(years: Sequence[int], year: int) -> bool:
    """Schedule the next year and return True, or stop at the last year and return False."""
    later = [y for y in years if y > year]
    if not later:
        st.session_state["_map_playing"] = False
        return False
    st.session_state["_map_next_year"] = later[0]
    return True


def select_from_table(codes_key: str, table_key: str) -> None:
    """Dataframe callback: the selected row's region becomes the highlighted region."""
    event = st.session_state.get(table_key)
    selection = event.get("selection", {}) if hasattr(event, "get") else {}
    rows = list(selection.get("rows", []) if hasattr(selection, "get") else [])
    codes = st.session_state.get(codes_key, [])
    if rows and rows[0] < len(codes):
        st.session_state["map_sel"] = codes[rows[0]]
