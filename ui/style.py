"""The app's few CSS rules, sent as one style-only ``st.html`` (it takes no room)."""

from __future__ import annotations

import streamlit as st

CSS = """<style>
/* the frame's hidden helpers */
.st-key-rus_streamlit_texts { display: none; }
/* a link's label wraps instead of being cut ("10. Hav i balans samt levande k…") */
[data-testid="stPageLink"] p, [data-testid="stPageLink-NavLink"] span { white-space: normal; }
</style>"""


def apply_style() -> None:
    """Add the app's CSS to the page."""
    st.html(CSS)
