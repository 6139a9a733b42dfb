"""What the server does once at start-up, before the first session (``st.App``'s lifespan).

Streamlit runs a process's first script run in its legacy multipage mode whenever a folder
named ``pages`` lies beside the entrypoint. That mode lists only ``pages/*.py``; our pages live
in folders (``pages/<page>/page.py``), so it would list none and answer a deep link such as
``/trends?tr_obj=2`` with "Page not found" before the app's own navigation runs. Declaring
the navigation once here, outside any session, ends that mode for the whole process, so every
request, the first one included, is served by ``app.py``'s navigation.

It also removes the copies that killed imports left beside the database (never a running
import's copy: see :func:`rus_data.imports.transaction.remove_stale_copies`).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import streamlit as st

from rus_data.config import database_path
from rus_data.imports.transaction import remove_stale_copies
from ui.navigation import PAGES

_SCRIPT_CONTEXT_LOGGER = "streamlit.runtime.scriptrunner_utils.script_run_context"


def end_legacy_pages_mode() -> None:
    """Declare the navigation outside a session, which turns Streamlit's legacy mode off.

    ``st.navigation`` outside a script run registers nothing and returns at once; its warning
    about the missing script context is expected here and silenced.
    """
    logger = logging.getLogger(_SCRIPT_CONTEXT_LOGGER)
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        st.navigation([st.Page(PAGES[0].script, url_path=PAGES[0].url_path)])
    finally:
        logger.setLevel(level)


@asynccontextmanager
async def lifespan(_app: Any) -> AsyncIterator[None]:
    """Start-up of the server process (see the module's docstring)."""
    end_legacy_pages_mode()
    remove_stale_copies(database_path())
    yield
