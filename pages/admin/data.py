"""The admin page's cached data (see :mod:`ui.cache`) and import templates."""

import streamlit as st

from rus_data.imports.kinds import kind_by_name
from rus_data.imports.queries import list_sources
from rus_data.imports.templates import template_csv, template_xlsx
from ui.cache import cached

sources = cached(max_entries=4)(list_sources)


@st.cache_data(max_entries=16, show_spinner=False)
def template(kind: str, file_format: str) -> bytes:
    """An import template (CSV or xlsx bytes) for one kind; templates never change."""
    spec = kind_by_name(kind)
    return template_csv(spec) if file_format == "csv" else template_xlsx(spec)
