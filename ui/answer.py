"""A page's answer before its controls: a short bordered box under the title that says what
the chosen view shows (the best and worst area, the county's own assessment, the standing in
the group), so that a phone's first screen holds an answer and not only choices.

The page reserves the box's place with :func:`answer_slot` before it draws its controls and
fills it with :func:`show_answer` once it has the data.
"""

from __future__ import annotations

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from rus_data.text.plain import as_markdown_text

ANSWER_KEY = "page_answer"


def answer_slot() -> DeltaGenerator:
    """An empty place for the answer, at the point of the page where this is called."""
    return st.container(key=ANSWER_KEY)


def show_answer(
    slot: DeltaGenerator, heading: str, parts: list[tuple[str, str]], note: str | None = None
) -> None:
    """Fill ``slot``: ``heading`` in bold, then ``label: value`` pairs on one line (all of it
    text from the data, shown as text), and an optional ``note`` as a caption."""
    line = " · ".join(
        f"{as_markdown_text(label)}: **{as_markdown_text(value)}**" for label, value in parts
    )
    with slot.container(border=True):
        st.markdown(f"**{as_markdown_text(heading, 400)}**  \n{line}")
        if note:
            st.caption(as_markdown_text(note))
