"""The trends page's cached data (see :mod:`ui.cache`)."""

from rus_data.trends import facts, headline, queries, views
from ui.cache import cached

indicators = cached(max_entries=16)(queries.objective_indicators)
value_years = cached(max_entries=16)(queries.objective_value_years)
series = cached(max_entries=32)(queries.objective_series)
spread = cached(max_entries=16)(queries.objective_county_spread)
county_series = cached(max_entries=32)(queries.county_series)
targets = cached(max_entries=16)(queries.objective_targets)
value_sources = cached(max_entries=16)(queries.objective_value_sources)
verdicts = cached(max_entries=32)(views.verdicts)
small_multiples = cached(max_entries=32)(views.small_multiples)
region_history_changes = cached(max_entries=32)(views.region_history_changes)
objective_history_changes = cached(max_entries=32)(views.objective_history_changes)
headline = cached(max_entries=32)(headline.objective_headline)
indicator_facts = cached(max_entries=16)(facts.indicator_facts)
sources_by_region = cached(max_entries=16)(queries.objective_sources_by_region)
gender_split = cached(max_entries=16)(queries.gender_split_indicators)
