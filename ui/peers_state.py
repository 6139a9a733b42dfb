"""URL state of the page "Jämför kommuner": seeded once from the URL, written back if not default.

Every value read from the URL is checked against the options the page offers; anything else
falls back to the default.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st


def seed_choice(key: str, allowed: Sequence[str], default: str) -> None:
    """Put the URL's value of ``key`` (if allowed) or ``default`` into the session, once."""
    if key in st.session_state and st.session_state[key] in allowed:
        return
    wanted = st.query_params.get(key, default)
    st.session_state[key] = wanted if wanted in allowed else default


def seed_list(key: str, allowed: Sequence[str], default: Sequence[str]) -> None:
    """Like :func:`seed_choice` for a comma-separated list; unknown items are dropped."""
    if key in st.session_state:
        return
    raw = st.query_params.get(key)
    wanted = [item for item in raw.split(",") if item in allowed] if raw else []
    st.session_state[key] = wanted or [item for item in default if item in allowed]


def write_url(defaults: dict[str, str | list[str]], page_keys: Sequence[str] = ()) -> None:
    """Write each key's session value to the URL when it differs from its default.

    Keys of ``page_keys`` without a default this run (their widget is not shown) are removed.
    """
    for key in page_keys:
        if key not in defaults and key in st.query_params:
            del st.query_params[key]
    for key, default in defaults.items():
        value = st.session_state.get(key)
        if isinstance(value, list):
            text, default_text = ",".join(value), ",".join(default)
        else:
            text, default_text = ("" if value is None else str(value)), str(default)
        if text and text != default_text:
            if st.query_params.get(key) != text:
                st.query_params[key] = text
        elif key in st.query_params:
            del st.query_params[key]
