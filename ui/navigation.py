"""The page registry: every page of the app with its folder, title key and icon.

Each page lives in its own folder, ``pages/<name>/``, with the page script ``page.py`` beside
its parts, texts and state. The folder's name is the page's URL path.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st
from streamlit.navigation.page import StreamlitPage

from rus_data.text import t


@dataclass(frozen=True)
class PageSpec:
    """One page: its folder under ``pages/``, the text key of its title and its icon."""

    name: str
    title_key: str
    icon: str

    @property
    def script(self) -> str:
        """The page script, relative to the app's folder."""
        return f"pages/{self.name}/page.py"

    @property
    def url_path(self) -> str:
        """The page's URL path: its folder's name."""
        return self.name


PAGES: tuple[PageSpec, ...] = (
    PageSpec("overview", "page_overview", ":material/dashboard:"),
    PageSpec("map", "page_map", ":material/map:"),
    PageSpec("trends", "page_trends", ":material/trending_up:"),
    PageSpec("conflicts", "page_conflicts", ":material/hub:"),
    PageSpec("peers", "page_peers", ":material/compare_arrows:"),
    PageSpec("presentation", "page_presentation", ":material/slideshow:"),
    PageSpec("admin", "page_admin", ":material/upload_file:"),
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
