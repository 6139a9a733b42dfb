"""The map page's cached data (see :mod:`ui.cache`) and its boundaries, built once per
process."""

import streamlit as st

from rus_data.map import queries
from rus_data.map.geometry import CompactGeometry, compact_geometry
from rus_data.trends import facts
from rus_data.trends import queries as trend_queries
from ui.cache import cached

indicators = cached(max_entries=4)(queries.map_indicators)
indicator_years = cached(max_entries=256)(queries.indicator_years)
values = cached(max_entries=256)(queries.map_values)
national_value = cached(max_entries=256)(queries.national_value)
value_sources = cached(max_entries=256)(queries.value_sources)
county_assessments = cached(max_entries=256)(queries.county_assessments)


@st.cache_resource(max_entries=2, show_spinner=False)
def geometry(level: str) -> CompactGeometry:
    """Simplified, rounded boundaries of ``lan`` or ``kommun``."""
    return compact_geometry(level)  # type: ignore[arg-type]


indicator_facts = cached(max_entries=16)(facts.indicator_facts)
gender_split = cached(max_entries=2)(trend_queries.gender_split_indicators)
