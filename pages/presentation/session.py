"""Session state shared by the presentation page's parts: the deck's title, kept while its
widget is not drawn, and widgets seeded once from stored values."""

from __future__ import annotations

from typing import Any

import streamlit as st

TITLE_KEY = "_pres_deck_title_value"  # the deck title, kept when the widget is not drawn
TITLE_WIDGET = "pres_deck_title"


def seed(key: str, value: Any) -> None:
    """Give a widget its value from the basket the first time it is drawn."""
    if key not in st.session_state:
        st.session_state[key] = value


def set_deck_title(title: str) -> None:
    """Make ``title`` the deck's title, in its field and for when the field is not drawn."""
    st.session_state[TITLE_KEY] = st.session_state[TITLE_WIDGET] = title


MESSAGES_KEY = "_pres_key_messages"  # the yearly deck's key messages and its items' ids


def set_key_messages(messages: tuple[str, ...], item_ids: tuple[str, ...]) -> None:
    """Keep the yearly deck's key messages for the basket filled from it."""
    st.session_state[MESSAGES_KEY] = (messages, frozenset(item_ids))


def key_messages(item_ids: tuple[str, ...]) -> tuple[str, ...]:
    """The key messages while every item in the basket came from the yearly deck (moved,
    retitled or some removed); none once another chart has been added or none is left."""
    messages, ids = st.session_state.get(MESSAGES_KEY, ((), frozenset()))
    return messages if item_ids and set(item_ids) <= ids else ()
