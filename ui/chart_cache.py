"""Cached Vega-Lite specs of the app's Altair charts, so a rerun does not rebuild them.

Building an Altair chart and turning it into a spec (``to_dict`` validates it against the
Vega-Lite schema) costs tens of milliseconds per chart; a page with a dozen charts spent most of
each rerun there. :func:`chart_spec` runs a registered chart builder once per set of inputs and
keeps the finished spec in ``st.cache_data``; pages draw it with ``st.vega_lite_chart``.

The spec is converted exactly as ``st.altair_chart`` converts a chart (Streamlit's own converter:
its theme handling and Arrow datasets), so the element the browser gets is the same.
``tests/test_chart_cache.py`` checks that against ``st.altair_chart``.
"""

from __future__ import annotations

import hashlib
import json
import pickle
from collections.abc import Callable
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st
from streamlit.elements.vega_charts import _convert_altair_to_vega_lite_spec

from rus_data.charts import conflicts as conflicts_charts
from rus_data.charts import map as map_charts
from rus_data.charts import overview as overview_charts
from rus_data.charts import peers as peers_charts
from rus_data.charts import trends as trends_charts

ChartBuilder = Callable[..., alt.TopLevelMixin]

# The chart builders whose specs may be cached, by name. A builder must be a pure function of its
# arguments (frames, labels, language, options): the cache key is those arguments.
CHART_BUILDERS: dict[str, ChartBuilder] = {
    f"{builder.__module__}.{builder.__qualname__}": builder
    for builder in (
        overview_charts.status_matrix_chart,
        trends_charts.verdict_summary_chart,
        trends_charts.indicator_series_chart,
        trends_charts.small_multiples_chart,
        trends_charts.assessment_heatmap,
        map_charts.ranked_bar_chart,
        conflicts_charts.objective_matrix_chart,
        conflicts_charts.target_matrix_chart,
        conflicts_charts.goal_matrix_chart,
        conflicts_charts.network_chart,
        conflicts_charts.influence_chart,
        conflicts_charts.workshop_spread_chart,
        peers_charts.profile_chart,
        peers_charts.time_chart,
    )
}
_NAMES = {builder: name for name, builder in CHART_BUILDERS.items()}


def _frame_digest(frame: pd.DataFrame) -> bytes:
    """A content key of a frame: its pickle, digested (about 15 times faster to compute than
    Streamlit's default frame hash). Equal bytes mean equal frames, so the key never matches
    another frame's; an equal frame laid out differently in memory only costs a cache miss."""
    return hashlib.blake2b(pickle.dumps(frame, protocol=5), digest_size=20).digest()


@st.cache_data(max_entries=512, show_spinner=False, hash_funcs={pd.DataFrame: _frame_digest})
def _cached_spec(
    builder_name: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> tuple[str, dict[str, bytes]]:
    """The spec without its data as JSON text, and its datasets as Arrow IPC bytes by name."""
    chart = CHART_BUILDERS[builder_name](*args, **kwargs)
    spec = _convert_altair_to_vega_lite_spec(chart)
    datasets = spec.pop("datasets", {})
    return json.dumps(spec, ensure_ascii=False), datasets


def chart_spec(builder: ChartBuilder, *args: Any, **kwargs: Any) -> dict[str, Any]:
    """The Vega-Lite spec of ``builder(*args, **kwargs)``, for ``st.vega_lite_chart``.

    ``builder`` must be one of :data:`CHART_BUILDERS`. The spec is cached by the builder and its
    arguments (frames are hashed by content), so the same inputs never rebuild the chart.
    """
    name = _NAMES.get(builder)
    if name is None:
        raise ValueError(f"{builder!r} is not a registered chart builder (CHART_BUILDERS)")
    spec_json, datasets = _cached_spec(name, args, kwargs)
    spec = json.loads(spec_json)
    if datasets:
        spec["datasets"] = datasets
    return spec
