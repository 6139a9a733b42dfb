"""Widgets relabel when the language changes.

Streamlit's select boxes, multiselects, radios and segmented controls keep the *label* of
their choice in the browser ("Sverige", "12. Levande skogar"). When only the language
changes, the choice is the same, so Streamlit sends no new value and the browser keeps
showing the old language's label. :func:`relabel_on_language_change` writes every widget
value back into the session state in the run where the language changed; Streamlit then
sends each widget its value again, labelled in the new language.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

_SHOWN_IN = "_labels_language"  # the language the widgets were last labelled in


def _has_label(value: Any) -> bool:
    """Whether a session value can be a labelled choice: text or a number, or a list of them.

    Booleans (buttons, checkboxes), files, dates and selections are left alone: they have no
    label to change, and Streamlit forbids setting some of them (buttons, file uploaders)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, str | int | float):
        return True
    if isinstance(value, list | tuple):
        return all(_has_label(item) for item in value)
    return False


def relabel_on_language_change(language: str) -> list[str]:
    """In the run where the language changed, write the widgets' values back (before any of
    them is drawn) so that they show labels in ``language``. Returns the keys written."""
    before = st.session_state.get(_SHOWN_IN)
    st.session_state[_SHOWN_IN] = language
    if before is None or before == language:
        return []
    written = []
    for key in list(st.session_state):
        key_text = str(key)
        if key_text.startswith("_") or key_text == "lang":
            continue
        value = st.session_state[key]
        if _has_label(value):
            st.session_state[key] = value
            written.append(key_text)
    return written
