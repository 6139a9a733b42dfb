"""The overview page's cached data (see :mod:`ui.cache`)."""

from rus_data.overview import queries
from ui.cache import cached

region_assessments = cached(max_entries=64)(queries.region_assessments)
assessment_matrix = cached(max_entries=32)(queries.assessment_matrix)
