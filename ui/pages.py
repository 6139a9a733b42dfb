"""The page registry: every page of the app with its title key, icon and URL path."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from ui.i18n import t


@dataclass(frozen=True)
class PageSpec:
    """One page: its script, the text key of its title, its icon and URL path."""

    script: str
    title_key: str
    icon: str
    url_path: str


PAGES: tuple[PageSpec, ...] = (
    PageSpec("pages/overview.py", "page_overview", ":material/dashboard:", "oversikt"),
    PageSpec("pages/admin.py", "page_admin", ":material/upload_file:", "import"),
    # one line per page, in menu order
)


def navigation(language: str) -> st.navigation:  # type: ignore[valid-type]
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
