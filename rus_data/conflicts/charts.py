"""Charts of goal interactions, gathered in one place for the page: matrices, network,
influence quadrants, workshop spread.

The charts live in :mod:`~rus_data.conflicts.matrix_charts`,
:mod:`~rus_data.conflicts.network_charts` and :mod:`~rus_data.conflicts.spread_chart`; their
palettes and texts in :mod:`~rus_data.conflicts.chart_style`. This module re-exports them so
callers keep importing ``rus_data.conflicts.charts``.
"""

from __future__ import annotations

from rus_data.conflicts.chart_style import (
    KIND_COLOURS,
    QUADRANT_COLOURS,
    SCORE_COLOURS,
    SCORE_DOMAIN,
    SIGN_COLOURS,
    labels,
)
from rus_data.conflicts.matrix_charts import (
    goal_matrix_chart,
    objective_matrix_chart,
    target_matrix_chart,
)
from rus_data.conflicts.network_charts import influence_chart, network_chart
from rus_data.conflicts.spread_chart import workshop_spread_chart

__all__ = [
    "KIND_COLOURS",
    "QUADRANT_COLOURS",
    "SCORE_COLOURS",
    "SCORE_DOMAIN",
    "SIGN_COLOURS",
    "goal_matrix_chart",
    "influence_chart",
    "labels",
    "network_chart",
    "objective_matrix_chart",
    "target_matrix_chart",
    "workshop_spread_chart",
]
