"""Presentation mode of the presentation page: one slide at a time, large, without the
sidebar; ``present=1`` and ``slide=N`` in the URL, so a link opens the same slide."""

from __future__ import annotations

import base64
import html
from collections.abc import Sequence

import streamlit as st

from pages.presentation import data
from rus_data.presentation.slide import Slide
from rus_data.presentation.texts import source_text
from rus_data.text import t
from rus_data.text.plain import escape_markdown
from ui import url_state

PRESENT_SCALE = 2.0
_PRESENT_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stHeader"], [data-testid="stToolbar"] { display: none !important; }
[data-testid="stMainBlockContainer"] { padding-top: 1.2rem; max-width: 100%; }
.rus-slide-title { font-size: 2.6rem; font-weight: 700; line-height: 1.15; margin: 0 0 .6rem; }
.rus-slide-picture { text-align: center; }
.rus-slide-picture img { max-width: 100%; max-height: 72vh; object-fit: contain; }
.rus-slide-source { font-size: 1.15rem; color: #444; margin-top: .4rem; }
</style>
"""


def start_presenting() -> None:
    """Presentation mode from the first slide (the basket's start button)."""
    st.session_state["present"] = "1"
    st.session_state["slide"] = "1"


def _stop_presenting() -> None:
    st.session_state["present"] = "0"


def _step(offset: int, count: int) -> None:
    current = int(st.session_state.get("slide", "1"))
    st.session_state["slide"] = str(min(max(current + offset, 1), count))


def presentation_state(count: int) -> tuple[bool, int]:
    """Whether presentation mode is on (``present=1`` in the URL) and the slide shown
    (``slide=N``), for a basket of ``count`` slides; an empty basket has nothing to present."""
    if count == 0:
        return False, 1
    if url_state.choose("present", ("0", "1"), "0") != "1":
        return False, 1
    return True, int(url_state.choose("slide", [str(n) for n in range(1, count + 1)], "1"))


def _slide_html(slide: Slide, picture: bytes | None, language: str) -> str:
    """The slide's title, chart (left out when it could not be drawn) and source line."""
    image = ""
    if picture is not None:
        encoded = base64.b64encode(picture).decode("ascii")
        image = (
            f'<div class="rus-slide-picture"><img alt="{html.escape(slide.title)}" '
            f'src="data:image/png;base64,{encoded}"></div>'
        )
    return (
        f'<div class="rus-slide-title">{html.escape(slide.title)}</div>{image}'
        f'<div class="rus-slide-source">{html.escape(source_text(slide, language))}</div>'
    )


def presentation_mode(slides: Sequence[Slide], number: int, language: str) -> None:
    """Slide ``number`` (from 1), large, without the sidebar; ← and → step through the basket."""
    count = len(slides)
    slide = slides[number - 1]
    st.html(_PRESENT_CSS)
    row = st.container(horizontal=True, vertical_alignment="center")
    row.button(
        t("pres_mode_previous", language),
        key="pres_prev",
        icon=":material/chevron_left:",
        on_click=_step,
        args=(-1, count),
        disabled=number == 1,
        shortcut="left",
    )
    row.button(
        t("pres_mode_next", language),
        key="pres_next",
        icon=":material/chevron_right:",
        on_click=_step,
        args=(1, count),
        disabled=number == count,
        shortcut="right",
    )
    row.markdown(t("pres_mode_position", language, number=number, count=count))
    row.space("stretch")
    show_notes = row.toggle(t("pres_mode_notes", language), key="pres_notes")
    row.button(
        t("pres_mode_exit", language),
        key="pres_exit",
        icon=":material/close:",
        on_click=_stop_presenting,
        shortcut="escape",
        type="tertiary",
    )
    picture = data.slide_picture(slide.spec_json, slide.source_line, PRESENT_SCALE)
    if isinstance(picture, bytes):
        st.html(_slide_html(slide, picture, language))
    else:
        st.html(_slide_html(slide, None, language))
        st.warning(escape_markdown(picture.message(language)), icon=":material/broken_image:")
    if show_notes and slide.notes:
        st.info(escape_markdown(slide.notes), icon=":material/speaker_notes:")
