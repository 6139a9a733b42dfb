"""Counting the view of each finished rerun, for the warm-up of served processes
(:mod:`rus_data.warm.popular`): the page and the address the app wrote, nothing else."""

from __future__ import annotations

from urllib.parse import urlencode

import streamlit as st

from rus_data.config import database_path
from rus_data.warm.popular import View, ViewCounter, is_warm_up, views_file
from ui import url_state
from ui.navigation import PAGES

_COUNTER = ViewCounter()


def count_view(url_path: str) -> None:
    """Count this run's view: the page at ``url_path`` (the default page's is empty) with the
    parameters the app has just written to the address; the warm-up's own runs are not use."""
    if is_warm_up(st.context.headers):
        return
    page = url_path or PAGES[0].url_path
    query = urlencode(sorted(url_state.current_query().items()))
    _COUNTER.count(View(page, query), views_file(database_path()))
