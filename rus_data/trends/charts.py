"""Charts of the trends page, one import away: indicator series with the county spread and
target, the verdict summary, assessment-history heatmaps and small multiples of all counties.

Each builder lives in a module of its own (:mod:`~rus_data.trends.series_chart`,
:mod:`~rus_data.trends.verdict_charts`, :mod:`~rus_data.trends.history_chart`; their shared
look in :mod:`~rus_data.trends.chart_style`); this module names them for the pages.
"""

from __future__ import annotations

from rus_data.trends.chart_style import BAND_COLOUR, SERIES_COLOURS, TARGET_COLOUR
from rus_data.trends.history_chart import assessment_heatmap, history_frame
from rus_data.trends.series_chart import indicator_series_chart
from rus_data.trends.verdict_charts import small_multiples_chart, verdict_summary_chart

__all__ = [
    "BAND_COLOUR",
    "SERIES_COLOURS",
    "TARGET_COLOUR",
    "assessment_heatmap",
    "history_frame",
    "indicator_series_chart",
    "small_multiples_chart",
    "verdict_summary_chart",
]
