"""Inputs the chart tests share."""

from __future__ import annotations

# The texts of a ranked bar chart (:func:`rus_data.map.charts.ranked_bar_chart`), in Swedish.
RANKING_LABELS = {
    "title": "Rangordning",
    "subtitle": "Källa: test",
    "axis": "Värde",
    "region": "Område",
    "value": "Värde",
    "rank": "Rang",
    "reference": "Sverige",
}
