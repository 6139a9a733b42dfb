"""The yearly deck's assessment maps as small multiples: up to six objectives side by side on
one slide, each a small map of the counties' status, with one shared legend.

The trend of the deck's own area is written beside its map (in the panel's caption), never
drawn on top of it, so no symbol hides a lake or a small county.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

import altair as alt
import pandas as pd

from rus_data.map.geometry import CompactGeometry
from rus_data.presentation.annual_charts import CHART_HEIGHT, CHART_WIDTH, DECK_FONT, MIN_FONT

MAPS_PER_SLIDE = 6
_SPACING = 12
_TITLE_CHARACTERS = 17  # a panel's title is wrapped at about this many characters a line
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
    title: alt.Title,
    highlight_code: str | None = None,
) -> alt.HConcatChart:
    """The panels in one row, coloured by status with one shared legend below them; the
    county ``highlight_code`` framed in black on every map. ``title`` (with the source line
    as its subtitle) is the chart's own, for a file; a slide shows its own title instead."""
    colours = [c for c, _ in legend]
    names = [n for _, n in legend]
    width, height = panel_size(len(panels))
    colour = alt.Color(
        "properties.label:N",
        title=legend_title,
        scale=alt.Scale(domain=names, range=colours),
        legend=alt.Legend(
            orient="bottom",
            direction="horizontal",
            columns=len(legend),
            symbolType="square",
            symbolStrokeColor="#777777",
            symbolStrokeWidth=0.5,
            symbolSize=180,
            labelFontSize=MIN_FONT,
            titleFontSize=MIN_FONT,
            labelLimit=260,
        ),
    )
    charts = [
        _panel_chart(panel, geometry, colour, width, height, highlight_code) for panel in panels
    ]
    return (
        alt.hconcat(*charts, spacing=_SPACING, title=title)
        .resolve_scale(color="shared")
        .resolve_legend(color="shared")
        .configure(font=DECK_FONT)
        .configure_view(stroke=None)
    )


def _panel_chart(
    panel: MapPanel,
    geometry: CompactGeometry,
    colour: alt.Color,
    width: int,
    height: int,
    highlight_code: str | None,
) -> alt.LayerChart:
    features = [
        {
            "type": "Feature",
            "geometry": geometry.geometry_objects[row.code],
            "properties": {"name": row.name, "label": row.status_label},
        }
        for row in panel.frame.itertuples(index=False)
    ]
    shapes = (
        alt.Chart(alt.Data(values=features))
        .mark_geoshape(stroke="#5A5A5A", strokeWidth=0.3)
        .encode(color=colour)
        .project(**_PROJECTION)
    )
    layers: list[alt.Chart] = [shapes]
    if highlight_code and highlight_code in geometry.geometry_objects:
        outline = [{"type": "Feature", "geometry": geometry.geometry_objects[highlight_code]}]
        layers.append(
            alt.Chart(alt.Data(values=outline))
            .mark_geoshape(filled=False, stroke="#000000", strokeWidth=2)
            .project(**_PROJECTION)
        )
    title = alt.Title(
        panel_title_lines(panel.title),
        subtitle=panel.caption,
        anchor="start",
        fontSize=MIN_FONT,
        subtitleFontSize=MIN_FONT,
        subtitleColor="#1F1F1F",
        subtitleFontWeight="bold",
        offset=4,
    )
    return alt.layer(*layers).properties(title=title, width=width, height=height)
