"""The peers page's cached data (see :mod:`ui.cache`). Pass lists of ids sorted, so that
equal choices share a cache entry."""

from rus_data.peers import queries, views
from rus_data.trends import queries as trend_queries
from ui.cache import cached

municipalities = cached(max_entries=2)(queries.municipalities)
municipal_indicators = cached(max_entries=4)(queries.municipal_indicators)
municipal_values = cached(max_entries=128)(queries.municipal_values)
municipal_series = cached(max_entries=128)(queries.municipal_series)
value_sources = cached(max_entries=128)(queries.value_sources)
group_sets = cached(max_entries=2)(queries.group_sets)
group_of = cached(max_entries=128)(queries.group_of)
similar_municipalities = cached(max_entries=128)(views.similar_municipalities)
similarity_contributions = cached(max_entries=128)(views.similarity_contributions)
latest_value_sources = cached(max_entries=128)(queries.latest_value_sources)
series_sources = cached(max_entries=128)(queries.series_sources)
gender_split = cached(max_entries=2)(trend_queries.gender_split_indicators)
# Derived views, keyed by plain choices (ids and peers as tuples): no frame is hashed per rerun.
standing = cached(max_entries=128)(views.standing)
band_over_time = cached(max_entries=128)(views.band_over_time)
