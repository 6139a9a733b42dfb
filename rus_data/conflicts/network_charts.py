"""Network and influence charts of goal interactions: the node-link map and the quadrants.

Network edges are coloured by sign and dashed for conflicts, so the sign never rests on colour
alone.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from rus_data.conflicts.chart_style import (
    KIND_COLOURS,
    QUADRANT_COLOURS,
    SIGN_COLOURS,
    edge_tooltip,
    labels,
)


def network_chart(
    positions: pd.DataFrame, edges: pd.DataFrame, language: str, source_line: str
) -> alt.LayerChart:
    """Nodes at precomputed positions; edges coloured by sign, dashed for conflicts, width by
    the size of the score."""
    text = labels(language)
    nodes = positions.copy()
    nodes["kind_label"] = nodes["kind"].map(text["kinds"])
    links = edges.copy()
    links["sign_label"] = links["sign_name"].map(text["signs"])
    links["strength"] = links["score"].abs()
    sign_domain = [text["signs"][k] for k in ("synergy", "conflict", "neutral")]
    sign_range = [SIGN_COLOURS[k] for k in ("synergy", "conflict", "neutral")]
    axis_off = alt.Axis(title=None, labels=False, ticks=False, grid=False, domain=False)
    lines = (
        alt.Chart(links)
        .mark_rule(opacity=0.65)
        .encode(
            x=alt.X("x:Q", axis=axis_off),
            y=alt.Y("y:Q", axis=axis_off),
            x2="x2:Q",
            y2="y2:Q",
            color=alt.Color(
                "sign_label:N",
                scale=alt.Scale(domain=sign_domain, range=sign_range),
                title=text["sign"],
                legend=alt.Legend(orient="bottom"),
            ),
            strokeDash=alt.StrokeDash(
                "sign_label:N",
                scale=alt.Scale(domain=sign_domain, range=[[1, 0], [6, 3], [2, 2]]),
                legend=None,
            ),
            strokeWidth=alt.StrokeWidth(
                "strength:Q", scale=alt.Scale(domain=[0, 3], range=[0.5, 5]), legend=None
            ),
            tooltip=edge_tooltip(text),
        )
    )
    points = (
        alt.Chart(nodes)
        .mark_circle(stroke="white", strokeWidth=1, opacity=1)
        .encode(
            x="x:Q",
            y="y:Q",
            size=alt.Size("size:Q", scale=alt.Scale(range=[120, 700]), legend=None),
            color=alt.Color(
                "kind_label:N",
                scale=alt.Scale(
                    domain=[text["kinds"]["objective"], text["kinds"]["target"]],
                    range=[KIND_COLOURS["objective"], KIND_COLOURS["target"]],
                ),
                title=text["kind"],
                legend=alt.Legend(orient="bottom"),
            ),
            tooltip=[
                alt.Tooltip("short_label:N", title="Id"),
                alt.Tooltip("label:N", title=text["node"]),
                alt.Tooltip("kind_label:N", title=text["kind"]),
            ],
        )
    )
    names = points.mark_text(fontSize=10, fontWeight="bold", dy=-13).encode(
        text="short_label:N", size=alt.value(10), color=alt.value("#222222")
    )
    return (
        alt.layer(lines, points, names)
        .resolve_scale(color="independent", size="independent")
        .properties(
            title=alt.Title(text["network"], subtitle=source_line, anchor="start"),
            width=760,
            height=620,
        )
    )


def influence_chart(
    frame: pd.DataFrame,
    x_split: float,
    y_split: float,
    language: str,
    source_line: str,
    part: str,
    order: int,
) -> alt.LayerChart:
    """Scatter of influence against being influenced with the median lines as quadrants."""
    text = labels(language)
    data = frame.copy()
    data["quadrant_label"] = data["quadrant"].map(text["quadrants"])
    data["kind_label"] = data["kind"].map(text["kinds"])
    part_text = text["parts"][part]
    quadrant_domain = [text["quadrants"][q] for q in QUADRANT_COLOURS]
    base = alt.Chart(data).encode(
        x=alt.X("influence:Q", title=text["influence"].format(part=part_text)),
        y=alt.Y("influenced:Q", title=text["influenced"].format(part=part_text)),
    )
    points = base.mark_point(filled=True, size=90, opacity=0.85).encode(
        color=alt.Color(
            "quadrant_label:N",
            scale=alt.Scale(domain=quadrant_domain, range=list(QUADRANT_COLOURS.values())),
            title=text["quadrant"],
            legend=alt.Legend(orient="bottom"),
        ),
        shape=alt.Shape(
            "kind_label:N",
            title=text["kind"],
            scale=alt.Scale(
                domain=[text["kinds"]["objective"], text["kinds"]["target"]],
                range=["circle", "triangle-up"],
            ),
            legend=alt.Legend(orient="bottom"),
        ),
        tooltip=[
            alt.Tooltip("label:N", title=text["node"]),
            alt.Tooltip("quadrant_label:N", title=text["quadrant"]),
            alt.Tooltip(
                "influence:Q", format=".1f", title=text["influence"].format(part=part_text)
            ),
            alt.Tooltip(
                "influenced:Q", format=".1f", title=text["influenced"].format(part=part_text)
            ),
        ],
    )
    names = base.mark_text(fontSize=10, dx=8, align="left").encode(text="short_label:N")
    splits = pd.DataFrame({"x": [x_split], "y": [y_split]})
    vertical = alt.Chart(splits).mark_rule(strokeDash=[4, 4], color="#666666").encode(x="x:Q")
    horizontal = alt.Chart(splits).mark_rule(strokeDash=[4, 4], color="#666666").encode(y="y:Q")
    title = text["influence_title"].format(part=part_text, order=text["orders"][order])
    return alt.layer(vertical, horizontal, points, names).properties(
        title=alt.Title(title, subtitle=source_line, anchor="start"), width=720, height=480
    )
