"""The yearly deck's assessment maps as small multiples: up to six objectives side by side on
one slide, each a small map of the counties' status, with one shared legend.

The trend of the deck's own area is written beside its map (in the panel's caption), never
drawn on top of it, so no symbol hides a lake or a small county.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import altair as alt
import pandas as pd

from rus_data.map.geometry import CompactGeometry
from rus_data.presentation.annual_charts import CHART_HEIGHT, CHART_WIDTH, DECK_FONT, MIN_FONT

VEGA_LITE_SCHEMA = alt.SCHEMA_URL  # the Vega-Lite version Altair writes
MAPS_PER_SLIDE = 6
_SPACING = 12
_TITLE_CHARACTERS = 15  # a panel's title is wrapped at about this many characters a line
_TITLE_LINES = 3
_FRAME_HEIGHT = 150  # the titles, captions and the legend (its title and one row) around the maps
_PROJECTION = {"type": "transverseMercator", "rotate": [-15, 0, 0]}


@dataclass(frozen=True)
class MapPanel:
    """One small map: its title, the caption beside it, and each county's status."""

    title: str  # "12. Levande skogar"
    caption: list[str]  # beside the map: the area's status and trend, or counts
    frame: pd.DataFrame  # one row per county: code, name, status_label


def panel_title_lines(title: str) -> list[str]:
    """The panel's title wrapped to short lines: always three (blank ones added), the last
    shortened if need be."""
    lines = textwrap.wrap(title, _TITLE_CHARACTERS, break_long_words=False)
    if len(lines) > _TITLE_LINES:
        rest = textwrap.shorten(" ".join(lines[_TITLE_LINES - 1 :]), 19, placeholder="…")
        lines = [*lines[: _TITLE_LINES - 1], rest]
    return lines + [" "] * (_TITLE_LINES - len(lines))  # the maps of a row start level


def panel_size(count: int) -> tuple[int, int]:
    """Width and height in pixels of each of ``count`` maps in one row on a slide's chart
    area (the panels keep the width of six, so a last slide with fewer maps is not zoomed)."""
    per_row = max(MAPS_PER_SLIDE, count)
    width = (CHART_WIDTH - (per_row - 1) * _SPACING - 12) // per_row  # 12: the outer padding
    return width, CHART_HEIGHT - _FRAME_HEIGHT


def small_multiples_chart(
    panels: Sequence[MapPanel],
    geometry: CompactGeometry,
    legend: Sequence[tuple[str, str]],
    legend_title: str,
    title: dict[str, Any],
    highlight_code: str | None = None,
) -> dict[str, Any]:
    """The panels in one row, coloured by status with one shared legend below them; the
    county ``highlight_code`` framed in black on every map. ``title`` (with the source line
    as its subtitle) is the chart's own, for a file; a slide shows its own title instead.

    The Vega-Lite spec is written as a plain dict: Altair copied and checked the six maps'
    boundaries several times over while combining them, which took seconds per slide.
    """
    colour = {
        "field": "properties.label",
        "type": "nominal",
        "title": legend_title,
        "scale": {"domain": [n for _, n in legend], "range": [c for c, _ in legend]},
        "legend": {
            "orient": "bottom",
            "direction": "horizontal",
            "columns": len(legend),
            "symbolType": "square",
            "symbolStrokeColor": "#777777",
            "symbolStrokeWidth": 0.5,
            "symbolSize": 180,
            "labelFontSize": MIN_FONT,
            "titleFontSize": MIN_FONT,
            "labelLimit": 260,
        },
    }
    width, height = panel_size(len(panels))
    return {
        "$schema": VEGA_LITE_SCHEMA,
        "title": title,
        "hconcat": [
            _panel_spec(panel, geometry, colour, width, height, highlight_code) for panel in panels
        ],
        "spacing": _SPACING,
        "resolve": {"scale": {"color": "shared"}, "legend": {"color": "shared"}},
        "config": {"font": DECK_FONT, "view": {"stroke": None}},
    }


def _panel_spec(
    panel: MapPanel,
    geometry: CompactGeometry,
    colour: dict[str, Any],
    width: int,
    height: int,
    highlight_code: str | None,
) -> dict[str, Any]:
    features = [
        {
            "type": "Feature",
            "geometry": geometry.geometry_objects[row.code],
            "properties": {"name": row.name, "label": row.status_label},
        }
        for row in panel.frame.itertuples(index=False)
    ]
    layers: list[dict[str, Any]] = [
        {
            "data": {"values": features},
            "mark": {"type": "geoshape", "stroke": "#5A5A5A", "strokeWidth": 0.3},
            "encoding": {"color": colour},
            "projection": _PROJECTION,
        }
    ]
    if highlight_code and highlight_code in geometry.geometry_objects:
        outline = [{"type": "Feature", "geometry": geometry.geometry_objects[highlight_code]}]
        layers.append(
            {
                "data": {"values": outline},
                "mark": {
                    "type": "geoshape",
                    "filled": False,
                    "stroke": "#000000",
                    "strokeWidth": 2,
                },
                "projection": _PROJECTION,
            }
        )
    return {
        "layer": layers,
        "title": {
            "text": panel_title_lines(panel.title),
            "subtitle": panel.caption,
            "anchor": "start",
            "fontSize": MIN_FONT,
            "subtitleFontSize": MIN_FONT,
            "subtitleColor": "#1F1F1F",
            "subtitleFontWeight": "bold",
            "offset": 4,
        },
        "width": width,
        "height": height,
    }
