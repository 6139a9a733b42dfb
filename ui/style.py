"""The app's few CSS rules, sent as one style-only ``st.html`` (it takes no room)."""

from __future__ import annotations

import streamlit as st

CSS = """<style>
/* the frame's hidden helpers */
.st-key-rus_streamlit_texts { display: none; }
/* a link's label wraps instead of being cut ("10. Hav i balans samt levande k…") */
[data-testid="stPageLink"] p, [data-testid="stPageLink-NavLink"] span { white-space: normal; }
/* captions and grey text at 4.5:1 or more on white and on the sidebar (Streamlit's own
   grey at 60 % opacity is 2.8:1) */
[data-testid="stCaptionContainer"] { opacity: 1; }
[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] p { color: #595959; }
/* a chart wider than the screen (the matrix on a phone) scrolls sideways instead of being cut */
[data-testid="stElementContainer"]:has([data-testid="stVegaLiteChart"]) {
  max-width: 100%; overflow-x: auto;
}
/* a segmented control wider than a phone wraps to a second row instead of hiding its last
   options behind a sideways scroll ("Likna…") */
[data-testid="stButtonGroup"] div:has(> button) { flex-wrap: wrap; row-gap: 0.25rem; }
/* headings carry no "Länk till rubriken" anchor: four of them stood before the first control
   and one in every indicator card, each a Tab stop (a page's state is shared with
   "Kopiera länk") */
[data-testid="stMain"] [data-testid="stHeaderActionElements"] { display: none; }
</style>"""


def apply_style() -> None:
    """Add the app's CSS to the page."""
    st.html(CSS)
