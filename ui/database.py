"""Makes sure a current database exists before the app reads it, building it when needed."""

from __future__ import annotations

import streamlit as st

from rus_data.config import database_path
from rus_data.db.connection import (
    database_state,
    database_version,
    ensure_database,
    outdated_message,
)
from rus_data.text import t

_CHECKED: set[str] = set()  # database versions already found current in this process


def ensure_database_ready(language: str) -> None:
    """Build the database with a progress indicator if it is missing or outdated.

    An outdated database that holds imported data is left alone: the page says what to do.
    """
    path = database_path()
    if path.exists() and database_version(path) in _CHECKED:
        return
    state = database_state(path)
    if state == "outdated_with_data":
        st.error(outdated_message(path))
        st.stop()
    if state != "current":
        with st.status(t("building_db", language), expanded=True) as status:
            ensure_database(path, progress=st.write)
            status.update(label=t("built_db", language), state="complete", expanded=False)
    _CHECKED.add(database_version(path))
