"""Page-specific choices that live in the URL, the way ``ui.state`` keeps the shared ones.

A widget's value is seeded from the URL the first time it is needed (or when its options no
longer hold the current value), checked against the widget's options, and written back to the
URL only when it differs from the default. Values travel as codes, never as labels, so a link
works in either language.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st


def seed_choice(key: str, options: Sequence[object], default: object) -> None:
    """Put a valid value for a single-choice widget ``key`` into the session state."""
    if not options:
        st.session_state.pop(key, None)
        return
    current = st.session_state.get(key)
    if key in st.session_state and current in options:
        return
    if key not in st.session_state:
        wanted = st.query_params.get(key)
        by_text = {str(option): option for option in options}
        if wanted in by_text:
            st.session_state[key] = by_text[wanted]
            return
    st.session_state[key] = default if default in options else options[0]


def seed_choices(key: str, options: Sequence[str], limit: int) -> None:
    """Put a valid list for a multi-choice widget ``key`` (comma-separated in the URL)."""
    allowed = set(options)
    if key in st.session_state:
        kept = [value for value in st.session_state[key] if value in allowed]
        if kept != st.session_state[key]:
            st.session_state[key] = kept
        return
    wanted = st.query_params.get(key, "")
    chosen = [value for value in dict.fromkeys(wanted.split(",")) if value in allowed]
    st.session_state[key] = chosen[:limit]


def write_choice(key: str, value: object, default: object) -> None:
    """Write ``value`` to the URL under ``key``, or remove ``key`` when it is the default."""
    text = ",".join(map(str, value)) if isinstance(value, list) else str(value)
    default_text = ",".join(map(str, default)) if isinstance(default, list) else str(default)
    if value is None or value == [] or text == default_text:
        if key in st.query_params:
            del st.query_params[key]
    elif st.query_params.get(key) != text:
        st.query_params[key] = text
