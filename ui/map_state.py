"""URL-backed widget state of the map page: seed from the URL, validate, write back.

Only values that differ from their default go into the URL; every value read from it is
checked against the options the page offers before it reaches a widget or a query.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

MAP_URL_KEYS = (
    "map_mode",
    "map_ind",
    "map_level",
    "map_show",
    "map_base",
    "map_cls",
    "map_obj",
    "map_year",
    "map_sel",
)
_DEFAULTS = "_map_defaults"
_REMEMBERED = "_map_remembered"


def settle(key: str, options: Sequence[object], default: object) -> object:
    """Make ``st.session_state[key]`` one of ``options`` before its widget is drawn.

    On the first run the value comes from the URL when it is a valid option; later, a value
    that is no longer offered (say, a year the new indicator lacks) falls back to
    ``default``. Returns the settled value.
    """
    by_text = {str(option): option for option in options}
    remembered = st.session_state.setdefault(_REMEMBERED, {})
    if key not in st.session_state:
        # Streamlit forgets a widget's value in runs that do not draw it (say, the indicator
        # while the assessment map is shown); the last value is kept here instead.
        wanted = remembered.get(key, st.query_params.get(key))
        st.session_state[key] = by_text.get(str(wanted), default) if wanted else default
    elif st.session_state[key] not in options:
        st.session_state[key] = default
    st.session_state.setdefault(_DEFAULTS, {})[key] = default
    remembered[key] = st.session_state[key]
    return st.session_state[key]


def write_url(active_keys: Sequence[str]) -> None:
    """Put the non-default values of ``active_keys`` in the URL; drop every other map key."""
    defaults = st.session_state.get(_DEFAULTS, {})
    for key in MAP_URL_KEYS:
        value = st.session_state.get(key)
        keep = key in active_keys and value is not None and value != defaults.get(key)
        text = str(value) if keep else ""
        if keep and text:
            if st.query_params.get(key) != text:
                st.query_params[key] = text
        elif key in st.query_params:
            del st.query_params[key]


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
