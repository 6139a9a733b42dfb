"""Makes sure a database exists before the app reads it, building it on first start."""

from __future__ import annotations

import streamlit as st

from rus_data.config import database_path
from rus_data.db import ensure_database
from ui.i18n import t


def ensure_database_ready(language: str) -> None:
    """Build the database with a progress indicator if it is missing."""
    path = database_path()
    if path.exists():
        return
    with st.status(t("building_db", language), expanded=True) as status:
        ensure_database(path, progress=st.write)
        status.update(label=t("built_db", language), state="complete", expanded=False)
