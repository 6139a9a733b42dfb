"""Cached lookups that every page shares, and rendered chart files.

Each line turns a data-layer function into a cached one (see :mod:`ui.cache`); a page's own
cached functions live in its folder (``pages/<page>/data.py``).
"""

from __future__ import annotations

import streamlit as st

from rus_data.charts import export
from rus_data.db import queries
from ui.cache import cached

regions = cached(max_entries=8)(queries.regions)
objectives = cached(max_entries=4)(queries.objectives)
assessment_years = cached(max_entries=2)(queries.assessment_years)
assessment_sources = cached(max_entries=16)(queries.assessment_sources)


@st.cache_data(max_entries=64, show_spinner=False)
def chart_png(spec_json: str, scale: float = 2.0) -> bytes:
    """A Vega-Lite spec rendered to PNG in the render worker (cached by the spec and scale;
    a failure, :class:`~rus_data.charts.render_worker.ChartRenderError`, is not cached)."""
    return export.chart_png(spec_json, scale)


@st.cache_data(max_entries=32, show_spinner=False)
def chart_svg(spec_json: str) -> bytes:
    """A Vega-Lite spec rendered to SVG in the render worker (cached by the spec)."""
    return export.chart_svg(spec_json)
