"""Map charts: the interactive deck.gl map as compact JSON, the ranked bar chart, and the
static Altair map for slides (exported to PNG and SVG with vl-convert, no browser needed).
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Mapping, Sequence

import altair as alt
import pandas as pd
import pydeck as pdk

from rus_data.map.classes import MISSING_COLOUR, hex_to_rgba
from rus_data.map.geometry import CompactGeometry
from rus_data.map.ranking import bars_to_show
from rus_data.text.formats import empty_text, is_missing

MAP_HEIGHT = 640
_MAP_WIDTH_GUESS = 540
_COMPACT = {"separators": (",", ":"), "ensure_ascii": False}
# Streamlit's placeholder for "no map style": no basemap tiles are fetched, so the map
# reads the same with or without internet.
NO_BASEMAP = "__MAP_STYLE__"
OUTLINE = [90, 90, 90, 255]
HIGHLIGHT = [0, 0, 0, 255]
BAR_OUTLINE = "#767676"  # 4.5:1 on white


# Short names for feature properties: 290 features × a few keys adds up (payload budget).
PROPERTY_KEYS = {
    "name": "n",
    "shown_text": "v",
    "value_text": "w",
    "rank_text": "r",
    "status_label": "s",
    "trend_label": "t",
}


def property_key(column: str) -> str:
    """The short key under which a frame column is sent as a feature property."""
    return PROPERTY_KEYS.get(column, column)


class PrebuiltDeck(pdk.Deck):
    """A pydeck Deck whose JSON is built beforehand, compactly (pydeck indents by default)."""

    def __init__(self, spec_json: str, tooltip: dict) -> None:
        super().__init__(layers=[], tooltip=tooltip, map_style=None)
        self._spec_json = spec_json

    def to_json(self) -> str:
        """The prebuilt compact JSON."""
        return self._spec_json


def view_for_bounds(
    bounds: tuple[float, float, float, float],
    width: int = _MAP_WIDTH_GUESS,
    height: int = MAP_HEIGHT,
) -> dict:
    """Centre and zoom (deck.gl: 512-pixel world at zoom 0) that fit ``bounds``."""
    west, south, east, north = bounds

    def mercator_y(latitude: float) -> float:
        return math.log(math.tan(math.pi / 4 + math.radians(latitude) / 2))

    lon_span = max(east - west, 1e-6)
    y_span = max(mercator_y(north) - mercator_y(south), 1e-6)
    zoom_x = math.log2(width * 360 / (512 * lon_span))
    zoom_y = math.log2(height * 2 * math.pi / (512 * y_span))
    centre_y = (mercator_y(north) + mercator_y(south)) / 2
    latitude = math.degrees(2 * math.atan(math.exp(centre_y)) - math.pi / 2)
    return {
        "longitude": round((west + east) / 2, 4),
        "latitude": round(latitude, 4),
        "zoom": round(min(zoom_x, zoom_y) - 0.1, 2),
        "pitch": 0,
        "bearing": 0,
    }


def _text(value: object) -> str:
    return empty_text() if is_missing(value) else str(value)


def _features(frame: pd.DataFrame, geometry: CompactGeometry, properties: Sequence[str]) -> str:
    parts = []
    for row in frame.itertuples(index=False):
        props = {property_key(name): _text(getattr(row, name)) for name in properties}
        props["f"] = hex_to_rgba(row.colour)[:3]
        parts.append(
            '{"properties":'
            + json.dumps(props, **_COMPACT)
            + ',"geometry":'
            + geometry.geometry_json[row.code]
            + "}"
        )
    return "[" + ",".join(parts) + "]"


def _layer(layer_id: str, data_json: str, **options: object) -> str:
    spec = {"@@type": "GeoJsonLayer", "id": layer_id, "data": "__DATA__", **options}
    return json.dumps(spec, **_COMPACT).replace('"__DATA__"', data_json)


def _line_layer(layer_id: str, data_json: str, colour: list[int], width: float) -> str:
    """A layer of unfilled outlines ``width`` pixels wide."""
    options = {"getLineColor": colour, "lineWidthUnits": "pixels", "getLineWidth": width}
    return _layer(layer_id, data_json, stroked=True, filled=False, **options)


def deck_json(
    frame: pd.DataFrame,
    geometry: CompactGeometry,
    properties: Sequence[str],
    highlight_code: str | None = None,
    outline: CompactGeometry | None = None,
    outline_codes: Sequence[str] | None = None,
    trend_labels: bool = False,
) -> str:
    """Compact deck.gl JSON: regions filled by ``colour``, an optional outline layer (such as
    county borders over municipalities) and the highlighted region drawn on top.

    ``frame`` needs ``code`` and ``colour`` plus the ``properties`` used by the tooltip.
    With ``trend_labels`` the ``map_label`` column (a trend arrow) is written at each
    region's label point.
    """
    layers = [
        _layer(
            "regioner",
            _features(frame, geometry, properties),
            pickable=True,
            stroked=True,
            filled=True,
            getFillColor="@@=properties.f",
            getLineColor=OUTLINE,
            lineWidthUnits="pixels",
            getLineWidth=0.6,
        )
    ]
    if outline is not None:
        codes = list(outline_codes) if outline_codes is not None else list(outline.codes)
        lines = ",".join('{"geometry":' + outline.geometry_json[c] + "}" for c in codes)
        layers.append(_line_layer("granser", "[" + lines + "]", [40, 40, 40, 255], 1.4))
    if highlight_code and highlight_code in set(frame["code"]):
        selected = '{"geometry":' + geometry.geometry_json[highlight_code] + "}"
        layers.append(_line_layer("markerad", "[" + selected + "]", HIGHLIGHT, 3.5))
    if trend_labels:
        points = [
            {"p": list(geometry.label_points[row.code]), "t": row.map_label}
            for row in frame.itertuples(index=False)
            if row.map_label
        ]
        characters = sorted({c for point in points for c in point["t"]})
        text_layer = {
            "@@type": "TextLayer",
            "id": "trend",
            "data": points,
            "getPosition": "@@=p",
            "getText": "@@=t",
            "getSize": 26,
            "getColor": [20, 20, 20, 255],
            "characterSet": characters,
            "fontWeight": "bold",
            "outlineWidth": 3,
            "outlineColor": [255, 255, 255, 255],
            "fontSettings": {"sdf": True},
        }
        layers.append(json.dumps(text_layer, **_COMPACT))
    view = view_for_bounds(geometry.total_bounds(list(frame["code"])))
    head = {
        "initialViewState": view,
        "mapStyle": NO_BASEMAP,
        "views": [{"@@type": "MapView", "controller": True}],
    }
    text = json.dumps(head, **_COMPACT)
    return text[:-1] + ',"layers":[' + ",".join(layers) + "]}"


def tooltip(
    fields: Sequence[tuple[str, str]],
    constants: Sequence[tuple[str, str]] = (),
    footer: str = "",
) -> dict:
    """A deck.gl tooltip: the region name in bold, ``label: {property}`` lines for
    ``fields`` (pairs of label and frame column), fixed ``label: text`` lines for
    ``constants`` and a small footer line.

    Constant texts go in the template once instead of into every feature, which keeps the
    payload small; braces in them are dropped so they cannot act as placeholders.
    """

    def plain(text: str) -> str:
        return html.escape(text.replace("{", "").replace("}", ""))

    rows = "".join(
        f"<br/>{plain(label)}: <b>{{{property_key(name)}}}</b>" for label, name in fields
    )
    rows += "".join(f"<br/>{plain(label)}: {plain(text)}" for label, text in constants)
    if footer:
        rows += f'<br/><span style="font-size:11px;color:#555">{plain(footer)}</span>'
    return {
        "html": "<b>{" + property_key("name") + "}</b>" + rows,
        "style": {"backgroundColor": "white", "color": "#222", "fontSize": "13px"},
    }


def legend_html(
    title: str, rows: Sequence[tuple[str, str]], note: str = "", continuous: bool = False
) -> str:
    """A small HTML legend under a title: coloured squares with labels, or for a continuous
    scale a colour ramp with its end values (a missing-data row is always a square)."""

    def square(colour: str, label: str) -> str:
        return (
            '<span style="display:inline-flex;align-items:center;margin:2px 12px 2px 0">'
            f'<span style="width:16px;height:16px;background:{colour};border:1px solid #777;'
            f'display:inline-block;margin-right:6px"></span>{html.escape(label)}</span>'
        )

    ramp_rows = [r for r in rows if r[0] != MISSING_COLOUR] if continuous else []
    items = ""
    if len(ramp_rows) >= 2:
        stops = ",".join(colour for colour, _ in ramp_rows)
        items += (
            '<div style="display:inline-block;margin:4px 16px 2px 0;vertical-align:middle">'
            f'<div style="width:240px;height:14px;border:1px solid #777;'
            f'background:linear-gradient(to right,{stops})"></div>'
            '<div style="display:flex;justify-content:space-between;width:242px;'
            f'font-size:0.9em"><span>{html.escape(ramp_rows[0][1])}</span>'
            f"<span>{html.escape(ramp_rows[-1][1])}</span></div></div>"
        )
        rows = [r for r in rows if r not in ramp_rows]
    items += "".join(square(colour, label) for colour, label in rows)
    extra = f'<div style="color:#555;font-size:0.85em">{html.escape(note)}</div>' if note else ""
    return f"<div><b>{html.escape(title)}</b><br/>{items}{extra}</div>"


def ranked_bar_chart(
    frame: pd.DataFrame,
    labels: Mapping[str, str],
    reference: float | None,
    highlight_code: str | None,
    language: str,
) -> alt.Chart:
    """Horizontal bars of ``shown`` per region, best first, with the national reference line;
    at most :data:`rus_data.map.ranking.MAX_BARS` of them (the best and worst ten and the
    chosen region when there are more, see :func:`rus_data.map.ranking.bars_to_show`).

    ``labels`` holds ``title, subtitle, axis, region, value, rank, reference``. Regions
    without a value are left out of the bars (they are listed in the table as missing).
    ``language`` is that of the axis numbers: ``ui.charts.chart_spec`` sets the spec's locale.
    """
    data = frame.loc[frame["shown"].notna(), ["name", "shown", "shown_text", "colour"]]
    data = data.assign(rank=frame.loc[data.index, "rank"].astype(int)).sort_values("rank")
    chosen = frame.loc[frame["code"] == (highlight_code or ""), "name"]
    data = bars_to_show(data, chosen.iloc[0] if len(chosen) else None, language)
    is_chosen = f"datum.name === {json.dumps(chosen.iloc[0])}" if len(chosen) else "false"
    order = list(data["name"])
    bars = (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("shown:Q", title=labels["axis"]),
            y=alt.Y("name:N", sort=order, title=None, axis=alt.Axis(labelLimit=260)),
            color=alt.Color("colour:N", scale=None),
            # a grey outline keeps the lightest class visible on white; the chosen is black
            stroke=alt.condition(is_chosen, alt.value("black"), alt.value(BAR_OUTLINE)),
            strokeWidth=alt.condition(is_chosen, alt.value(2), alt.value(0.75)),
            opacity={  # the gap row's bar is not drawn; the chosen stands out
                "condition": [{"test": "datum.gap", "value": 0}, {"test": is_chosen, "value": 1}],
                "value": 1.0 if not highlight_code else 0.75,
            },
            tooltip=[
                alt.Tooltip("name:N", title=labels["region"]),
                alt.Tooltip("shown_text:N", title=labels["value"]),
                alt.Tooltip("rank:Q", title=labels["rank"]),
            ],
        )
    )
    chart: alt.Chart | alt.LayerChart = bars
    if reference is not None and math.isfinite(reference):
        line = pd.DataFrame({"x": [reference], "label": [labels["reference"]]})
        rule = alt.Chart(line).mark_rule(color="#D55E00", strokeDash=[5, 3], size=2)
        rule = rule.encode(x="x:Q", tooltip=alt.Tooltip("label:N", title=labels["region"]))
        text = (
            alt.Chart(line)
            .mark_text(align="left", dx=4, dy=-4, color="#D55E00", baseline="bottom")
            .encode(x="x:Q", y=alt.value(0), text="label:N")
        )
        chart = bars + rule + text
    return chart.properties(
        title=alt.Title(labels["title"], subtitle=labels["subtitle"].split("\n"), anchor="start"),
        height=alt.Step(20),
        width="container",
    )


def static_map_chart(
    frame: pd.DataFrame,
    geometry: CompactGeometry,
    legend: Sequence[tuple[str, str]],
    labels: Mapping[str, str],
    highlight_code: str | None = None,
) -> alt.LayerChart:
    """The map as an Altair ``mark_geoshape`` chart with title, legend, unit, year, source.

    ``legend`` are the ``(colour, label)`` rows of the interactive map; every region gets
    the colour it has there. ``labels`` holds ``title, subtitle, legend_title, region,
    value``.
    """
    features = [
        {
            "type": "Feature",
            "geometry": geometry.geometry_objects[row.code],
            "properties": {"name": row.name, "colour": row.colour, "text": row.tooltip_text},
        }
        for row in frame.itertuples(index=False)
    ]
    data = alt.Data(values=features)
    projection = {"type": "transverseMercator", "rotate": [-15, 0, 0]}
    colours = [c for c, _ in legend]
    names = [n for _, n in legend]
    shapes = (
        alt.Chart(data)
        .mark_geoshape(stroke="#5A5A5A", strokeWidth=0.3)
        .encode(
            color=alt.Color("properties.colour:N", scale=None),
            tooltip=[
                alt.Tooltip("properties.name:N", title=labels["region"]),
                alt.Tooltip("properties.text:N", title=labels["value"]),
            ],
        )
        .project(**projection)
    )
    key = pd.DataFrame({"label": names, "colour": colours})
    legend_chart = (
        alt.Chart(key)
        .mark_square(size=0, opacity=0)
        .encode(
            color=alt.Color(
                "label:N",
                sort=names,
                scale=alt.Scale(domain=names, range=colours),
                legend=alt.Legend(
                    title=labels["legend_title"],
                    orient="right",
                    symbolType="square",
                    symbolStrokeColor="#777",
                    symbolStrokeWidth=0.5,
                    symbolSize=180,
                    symbolOpacity=1,
                    labelLimit=260,
                ),
            )
        )
    )
    layers: list[alt.Chart] = [shapes]
    if "map_label" in frame.columns:
        points = pd.DataFrame(
            [
                {"lon": geometry.label_points[c][0], "lat": geometry.label_points[c][1], "t": t}
                for c, t in zip(frame["code"], frame["map_label"], strict=True)
                if t
            ]
        )
        if not points.empty:
            layers.append(
                alt.Chart(points)
                .mark_text(fontSize=18, fontWeight="bold", stroke="white", strokeWidth=0.4)
                .encode(longitude="lon:Q", latitude="lat:Q", text="t:N")
                .project(**projection)
            )
    if highlight_code and highlight_code in geometry.geometry_objects:
        selected = alt.Data(
            values=[{"type": "Feature", "geometry": geometry.geometry_objects[highlight_code]}]
        )
        layers.append(
            alt.Chart(selected)
            .mark_geoshape(filled=False, fillOpacity=0, stroke="black", strokeWidth=2.5)
            .project(**projection)
        )
    return (
        alt.layer(*layers, legend_chart)
        .properties(
            title=alt.Title(
                labels["title"], subtitle=labels["subtitle"].split("\n"), anchor="start"
            ),
            width=420,
            height=640,
        )
        .configure(font="sans-serif")
        .configure_view(stroke=None)
    )
