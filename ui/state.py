"""The shared view state (language, area, year): sidebar controls that live in the URL.

Only values that differ from the defaults are written to the URL, and every value read from
the URL is checked against what the database offers before it is used.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from ui import cached
from ui.i18n import LANGUAGE_NAMES, LANGUAGES, t

NATION = "00"
_frame = threading.local()  # .active is True while the frame's page runs in this thread
_STATE_KEYS = ("lang", "region", "year")


@dataclass(frozen=True)
class ViewState:
    """What every page is looking at."""

    language: str
    region_code: str
    region_name: str
    year: int


def _defaults(years: list[int]) -> dict[str, str]:
    return {"lang": "sv", "region": NATION, "year": str(years[-1]) if years else ""}


def _allowed_regions() -> list[str]:
    frame = cached.regions()
    return list(frame.loc[frame["level"].isin(["riket", "lan"]), "code"])


def current_language() -> str:
    """The chosen language, read from the session or, on first load, from the URL."""
    if "lang" not in st.session_state:
        wanted = st.query_params.get("lang", "sv")
        st.session_state["lang"] = wanted if wanted in LANGUAGES else "sv"
    return st.session_state["lang"]


def _initialise(years: list[int]) -> None:
    """Seed the widget state from the URL the first time a session runs."""
    defaults = _defaults(years)
    if "region" not in st.session_state:
        wanted = st.query_params.get("region", defaults["region"])
        st.session_state["region"] = wanted if wanted in _allowed_regions() else NATION
    if "year" not in st.session_state and years:
        wanted = st.query_params.get("year", defaults["year"])
        st.session_state["year"] = int(wanted) if wanted in {str(y) for y in years} else years[-1]


def _write_url(years: list[int]) -> None:
    """Put the non-default state into the URL and drop the keys that are at their default."""
    defaults = _defaults(years)
    for key in _STATE_KEYS:
        value = str(st.session_state.get(key, ""))
        if value and value != defaults[key]:
            if st.query_params.get(key) != value:
                st.query_params[key] = value
        elif key in st.query_params:
            del st.query_params[key]


def sidebar() -> ViewState:
    """Draw the shared sidebar controls and return the view state."""
    language = current_language()
    years = cached.assessment_years()
    _initialise(years)
    region_frame = cached.regions()
    names = dict(zip(region_frame["code"], region_frame["name"], strict=True))
    names[NATION] = t("sweden", language)
    with st.sidebar:
        st.radio(
            t("language", language),
            LANGUAGES,
            key="lang",
            format_func=LANGUAGE_NAMES.get,
            horizontal=True,
        )
        st.selectbox(t("region", language), _allowed_regions(), key="region", format_func=names.get)
        if years:
            st.select_slider(t("year", language), options=years, key="year")
    _write_url(years)
    region_code = st.session_state["region"]
    view = ViewState(
        language=language,
        region_code=region_code,
        region_name=names[region_code],
        year=int(st.session_state.get("year") or 0),
    )
    st.session_state["_view_state"] = view
    return view


@contextmanager
def frame_running() -> Iterator[None]:
    """Mark that the frame (app.py) is running the current page, for ``view_state``."""
    _frame.active = True
    try:
        yield
    finally:
        _frame.active = False


def _is_fragment_rerun() -> bool:
    ctx = get_script_run_ctx()
    return bool(ctx and ctx.fragment_ids_this_run)


def view_state() -> ViewState:
    """The view state that the frame's sidebar set for this run.

    Streamlit runs the first request of a fresh process in its legacy ``pages/`` mode, where a
    URL naming a page runs that page's file without the frame (AppTest does so on every run).
    A page that finds the frame inactive draws it (registering the navigation ends the legacy
    mode) and runs again at once as the app, with the same URL: widgets get different
    identities in the legacy mode, so without that second run the first click on the page
    would reset its choices.
    """
    if not (getattr(_frame, "active", False) or _is_fragment_rerun()):
        from ui.frame import draw_frame

        page = draw_frame()
        # Widget identities in the legacy mode differ from those of a served app, so the first
        # click would reset the page's choices: run the same page and URL again as the app.
        st.switch_page(page, query_params=dict(st.query_params.to_dict()))
    return st.session_state["_view_state"]
