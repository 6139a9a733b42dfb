"""Static slide specs of the yearly deck: data inline, one font, and the maps' boundaries put in
after the chart is built (it is built on tiny placeholders, which is much faster)."""

from __future__ import annotations

import json
from dataclasses import replace
from functools import lru_cache
from typing import Any

import altair as alt

from rus_data.charts.export import chart_json, static_spec
from rus_data.charts.spec import localised
from rus_data.map.geometry import CompactGeometry, compact_geometry
from rus_data.presentation.annual_charts import DECK_FONT, MIN_FONT
from rus_data.reference.geometry import GeometryLevel

# Vega-Lite's own defaults (10–11 px) would read at about 10 pt on a slide: every part that
# draws text gets at least the deck's smallest size.
DECK_FONT_SIZES: dict[str, dict[str, int]] = {
    "axis": {"labelFontSize": MIN_FONT, "titleFontSize": MIN_FONT},
    "legend": {"labelFontSize": MIN_FONT, "titleFontSize": MIN_FONT},
    "header": {"labelFontSize": MIN_FONT, "titleFontSize": MIN_FONT},
    "title": {"fontSize": MIN_FONT + 2, "subtitleFontSize": MIN_FONT},
    "text": {"fontSize": MIN_FONT},
}


def slide_spec(
    chart: alt.TopLevelMixin | dict[str, Any],
    language: str,
    geometry: CompactGeometry | None = None,
) -> str:
    """The chart as a static spec for a slide: data inline, fixed width, white ground, and
    one font on every slide (the deck font, which has all status and trend symbols).

    A map drawn on :func:`placeholder_geometry` gets its real boundaries from ``geometry``.
    ``chart`` may be a finished Vega-Lite dict (the small-multiple maps).
    """
    spec_text = (
        json.dumps(localised(chart, language), ensure_ascii=False)
        if isinstance(chart, dict)
        else chart_json(chart, language)
    )
    spec = json.loads(static_spec(spec_text))
    if geometry is not None:
        spec = _fill_geometry(spec, geometry.geometry_objects)
    config = spec.setdefault("config", {})
    config["font"] = DECK_FONT
    for part, sizes in DECK_FONT_SIZES.items():
        config[part] = {**config.get(part, {}), **sizes}
    return json.dumps(spec, ensure_ascii=False)


_PLACEHOLDER = "__boundary__"


@lru_cache(maxsize=2)
def placeholder_geometry(level: GeometryLevel) -> CompactGeometry:
    """The boundaries of ``level`` with every geometry replaced by a tiny named placeholder.

    Altair copies and walks a chart's inline data several times while building and checking
    it; the boundaries are nearly all of a map's data and the same on every map, so the
    maps are built on placeholders and :func:`_fill_geometry` puts the boundaries in after.
    """
    geometry = compact_geometry(level)
    placeholders = {code: {"type": _PLACEHOLDER, "code": code} for code in geometry.codes}
    return replace(geometry, geometry_objects=placeholders)


def _fill_geometry(node: Any, objects: dict[str, dict]) -> Any:
    """``node`` (a parsed spec) with every boundary placeholder replaced by its geometry."""
    if isinstance(node, dict):
        if node.get("type") == _PLACEHOLDER:
            return objects[node["code"]]
        return {key: _fill_geometry(value, objects) for key, value in node.items()}
    if isinstance(node, list):
        return [_fill_geometry(item, objects) for item in node]
    return node
