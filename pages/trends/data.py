"""The trends page's cached data (see :mod:`ui.cache`) and its indicator sections, cached
per view (see :mod:`pages.trends.indicator_model`)."""

import streamlit as st

from pages.trends.context import TrendsView
from pages.trends.history_model import history_model as history_model_of
from pages.trends.indicator_model import indicator_model as indicator_model_of
from rus_data.trends import facts, queries, views
from rus_data.trends.headline import objective_headline
from ui.cache import cached, db_version

indicators = cached(max_entries=64)(queries.objective_indicators)
value_years = cached(max_entries=64)(queries.objective_value_years)
series = cached(max_entries=128)(queries.objective_series)
spread = cached(max_entries=64)(queries.objective_county_spread)
county_series = cached(max_entries=128)(queries.county_series)
targets = cached(max_entries=64)(queries.objective_targets)
value_sources = cached(max_entries=64)(queries.objective_value_sources)
verdicts = cached(max_entries=128)(views.verdicts)
small_multiples = cached(max_entries=128)(views.small_multiples)
region_history_changes = cached(max_entries=128)(views.region_history_changes)
objective_history_changes = cached(max_entries=128)(views.objective_history_changes)
headline = cached(max_entries=128)(objective_headline)
indicator_facts = cached(max_entries=64)(facts.indicator_facts)
sources_by_region = cached(max_entries=64)(queries.objective_sources_by_region)
gender_split = cached(max_entries=64)(queries.gender_split_indicators)


def view_key(view: TrendsView) -> tuple[object, ...]:
    """The cache key of a trends view: its choices and the database version. Every frame in
    the view follows from these, so two sessions with the same choices share one entry."""
    return (
        db_version(),
        view.language,
        view.year,
        view.region,
        view.objective_id,
        view.base_year,
        view.index_mode,
        view.band,
        tuple(view.compare),
        tuple(view.area_codes),
        view.shows_demo,
        view.gender,
    )


# One entry per indicator section of a view, eight sections a view (``tr_part``): 1,024 entries
# hold the 120 views a served process warms (``serve --warm-views``) and more. The per-view
# caches above hold 128 views; smaller ones (32) evicted views the warm-up had just made.
indicator_model = st.cache_data(
    max_entries=1024, show_spinner=False, hash_funcs={TrendsView: view_key}
)(indicator_model_of)


def history_key(view: TrendsView) -> tuple[object, ...]:
    """The cache key of a view's assessment histories: only the choices they depend on, so a
    change of mode, band, base year or compared areas reuses them."""
    return (
        db_version(),
        view.language,
        view.year,
        view.region,
        view.region_name,
        view.objective_id,
        view.objective_name,
    )


# Two histories (the area's, the objective's) per area, objective, year and language.
history_model = st.cache_data(
    max_entries=256, show_spinner=False, hash_funcs={TrendsView: history_key}
)(history_model_of)
