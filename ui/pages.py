"""The page registry: every page of the app with its title key and icon.

A page's URL path is its file name without ``.py``. Streamlit runs a process's first request in
its legacy ``pages/`` mode, where that is the path; keeping the two equal lets a deep link on a
fresh server land on the right page (see ``ui.state.view_state``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import streamlit as st
from streamlit.navigation.page import StreamlitPage

from ui.i18n import t


@dataclass(frozen=True)
class PageSpec:
    """One page: its script, the text key of its title and its icon."""

    script: str
    title_key: str
    icon: str

    @property
    def url_path(self) -> str:
        """The page's URL path: the script's file name without ``.py``."""
        return Path(self.script).stem


PAGES: tuple[PageSpec, ...] = (
    PageSpec("pages/overview.py", "page_overview", ":material/dashboard:"),
    PageSpec("pages/map.py", "page_map", ":material/map:"),
    PageSpec("pages/trends.py", "page_trends", ":material/trending_up:"),
    PageSpec("pages/conflicts.py", "page_conflicts", ":material/hub:"),
    PageSpec("pages/peers.py", "page_peers", ":material/compare_arrows:"),
    PageSpec("pages/presentation.py", "page_presentation", ":material/slideshow:"),
    PageSpec("pages/admin.py", "page_admin", ":material/upload_file:"),
    # one line per page, in menu order
)


def navigation(language: str) -> StreamlitPage:
    """Build Streamlit's navigation with titles in ``language``; the first page is default."""
    pages = [
        st.Page(
            spec.script,
            title=t(spec.title_key, language),
            icon=spec.icon,
            url_path=spec.url_path,
            default=index == 0,
        )
        for index, spec in enumerate(PAGES)
    ]
    return st.navigation(pages)
