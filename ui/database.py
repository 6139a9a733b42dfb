"""Makes sure a current database exists before the app reads it, building it when needed, and
says what to do, in Swedish, when the file must be neither read nor rebuilt."""

from __future__ import annotations

import logging

import streamlit as st

from rus_data.config import database_path
from rus_data.db.connection import (
    UnusableDatabase,
    database_version,
    ensure_database,
    refusal_message,
)
from rus_data.db.readers import reading
from rus_data.db.state import inspect_database
from rus_data.text import t
from rus_data.text.plain import as_markdown_text

_CHECKED: set[str] = set()  # database versions already found current in this process
_LOG = logging.getLogger(__name__)


def _refuse(message: str) -> None:
    _LOG.warning("Databasen används inte: %s", message)
    st.error(message, icon=":material/database_off:")
    st.stop()


def _quote(text: str) -> str:
    return as_markdown_text(text, 300)


def ensure_database_ready(language: str) -> None:
    """Build the database with a progress indicator if it is missing or outdated.

    A file that is not ours, cannot be opened, or is outdated and holds imported data is left
    alone: the page says what is wrong and what to do, and stops.
    """
    path = database_path()
    if path.exists() and database_version(path) in _CHECKED:
        return
    inspection = inspect_database(path, opener=reading)
    message = refusal_message(inspection, _quote)
    if message is not None:
        _refuse(message)
    if inspection.state != "current":
        with st.status(t("building_db", language), expanded=True) as status:
            try:
                ensure_database(path, progress=st.write, opener=reading)
            except UnusableDatabase:  # changed while we waited for the writer lock
                status.update(state="error")
                _refuse(refusal_message(inspect_database(path, reading), _quote) or "")
            status.update(label=t("built_db", language), state="complete", expanded=False)
    _CHECKED.add(database_version(path))
