"""Charts of goal interactions: matrices, network, influence quadrants, workshop spread.

Scores use a seven-step diverging ColorBrewer RdBu palette (conflicts red, synergies blue),
which people with the common colour-vision deficiencies can tell apart; every cell also prints
its score, and network edges for conflicts are dashed.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

SCORE_DOMAIN = [-3, -2, -1, 0, 1, 2, 3]
SCORE_COLOURS = ["#B2182B", "#EF8A62", "#FDDBC7", "#F7F7F7", "#D1E5F0", "#67A9CF", "#2166AC"]
SIGN_COLOURS = {"conflict": "#B2182B", "synergy": "#2166AC", "neutral": "#777777"}
KIND_COLOURS = {"objective": "#009E73", "target": "#E69F00"}  # Okabe–Ito
QUADRANT_COLOURS = {  # Okabe–Ito
    "driver": "#0072B2",
    "hub": "#D55E00",
    "dependent": "#CC79A7",
    "autonomous": "#999999",
}

_LABELS = {
    "sv": {
        "from": "Påverkar (rad)",
        "from_column": "Miljömål som påverkar (kolumn)",
        "to": "Påverkas (kolumn)",
        "score": "Poäng",
        "rationale": "Motivering",
        "confidence": "Säkerhet",
        "source": "Källa",
        "scored_by": "Bedömd av",
        "objective": "Miljömål",
        "target": "Delmål",
        "goal": "Agenda 2030-mål",
        "objective_matrix": "Hur miljömålen påverkar varandra",
        "target_matrix": "Hur miljömålen påverkar delmål i Agenda 2030",
        "goal_matrix": "Miljömålen och de 17 globala målen (summa per mål)",
        "positive": "Summa synergier",
        "negative": "Summa konflikter",
        "links": "Antal samband",
        "mean": "Medelpoäng",
        "network": "Nätverk av samband",
        "kind": "Nodtyp",
        "kinds": {"objective": "Miljömål", "target": "Delmål (Agenda 2030)"},
        "sign": "Samband",
        "signs": {"conflict": "Konflikt (−)", "synergy": "Synergi (+)", "neutral": "Förenlig (0)"},
        "node": "Nod",
        "influence": "Påverkar andra (summa {part})",
        "influenced": "Påverkas av andra (summa {part})",
        "parts": {"positive": "synergier", "negative": "konflikter, belopp"},
        "orders": {1: "första ordningen", 2: "andra ordningen"},
        "influence_title": "Påverkan mot påverkbarhet, {part}, {order}",
        "quadrant": "Roll",
        "quadrants": {
            "driver": "Drivande",
            "hub": "Nav",
            "dependent": "Beroende",
            "autonomous": "Fristående",
        },
        "pair": "Par",
        "rater": "Bedömare",
        "mean_mark": "Medel",
        "spread_title": "Deltagarnas poäng per par (störst oenighet överst)",
        "comment": "Kommentar",
    },
    "en": {
        "from": "Affects (row)",
        "from_column": "Objective that affects (column)",
        "to": "Is affected (column)",
        "score": "Score",
        "rationale": "Rationale",
        "confidence": "Confidence",
        "source": "Source",
        "scored_by": "Scored by",
        "objective": "Objective",
        "target": "Target",
        "goal": "Agenda 2030 goal",
        "objective_matrix": "How the objectives affect each other",
        "target_matrix": "How the objectives affect Agenda 2030 targets",
        "goal_matrix": "The objectives and the 17 global goals (sum per goal)",
        "positive": "Sum of synergies",
        "negative": "Sum of conflicts",
        "links": "Number of links",
        "mean": "Mean score",
        "network": "Network of interactions",
        "kind": "Node type",
        "kinds": {"objective": "Objective", "target": "Target (Agenda 2030)"},
        "sign": "Link",
        "signs": {
            "conflict": "Conflict (−)",
            "synergy": "Synergy (+)",
            "neutral": "Consistent (0)",
        },
        "node": "Node",
        "influence": "Influences others (sum of {part})",
        "influenced": "Is influenced (sum of {part})",
        "parts": {"positive": "synergies", "negative": "conflicts, magnitude"},
        "orders": {1: "first order", 2: "second order"},
        "influence_title": "Influence versus being influenced, {part}, {order}",
        "quadrant": "Role",
        "quadrants": {
            "driver": "Driver",
            "hub": "Hub",
            "dependent": "Dependent",
            "autonomous": "Autonomous",
        },
        "pair": "Pair",
        "rater": "Rater",
        "mean_mark": "Mean",
        "spread_title": "Participants' scores per pair (most disagreement first)",
        "comment": "Comment",
    },
}


def labels(language: str) -> dict:
    """The chart texts in ``language``."""
    return _LABELS["en" if language == "en" else "sv"]


def _score_scale() -> alt.Scale:
    return alt.Scale(domain=SCORE_DOMAIN, range=SCORE_COLOURS)


def _edge_tooltip(text: dict) -> list[alt.Tooltip]:
    return [
        alt.Tooltip("from_label:N", title=text["from"]),
        alt.Tooltip("to_label:N", title=text["to"]),
        alt.Tooltip("score_text:N", title=text["score"]),
        alt.Tooltip("rationale:N", title=text["rationale"]),
        alt.Tooltip("confidence_text:N", title=text["confidence"]),
        alt.Tooltip("scored_by:N", title=text["scored_by"]),
        alt.Tooltip("source_text:N", title=text["source"]),
    ]


def _cells(frame: pd.DataFrame | None, x: alt.X, y: alt.Y, text: dict) -> alt.LayerChart:
    base = (alt.Chart() if frame is None else alt.Chart(frame)).encode(
        x=x, y=y, tooltip=_edge_tooltip(text)
    )
    rect = base.mark_rect(stroke="#BBBBBB", strokeWidth=0.5).encode(
        color=alt.Color(
            "score:O",
            scale=_score_scale(),
            title=text["score"],
            legend=alt.Legend(orient="bottom", direction="horizontal"),
        )
    )
    label = base.mark_text(fontSize=11).encode(
        text=alt.Text("score_sign:N"),
        color=alt.condition("abs(datum.score) >= 3", alt.value("white"), alt.value("black")),
    )
    return alt.layer(rect, label)


def _with_sign_text(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    frame["score_sign"] = [f"{int(s):+d}" if s else "0" for s in frame["score"]]
    return frame


def objective_matrix_chart(
    edges: pd.DataFrame, objectives: pd.DataFrame, language: str, source_line: str
) -> alt.LayerChart:
    """Objectives × objectives: the score of every scored pair, printed in its cell."""
    text = labels(language)
    frame = _with_sign_text(
        edges[
            edges["from_key"].str.startswith("objective:")
            & edges["to_key"].str.startswith("objective:")
        ]
    )
    order = [str(i) for i in objectives["id"]]
    names = dict(zip(objectives["id"].astype(str), objectives["name"], strict=True))
    frame["row"] = [f"{s} {names.get(s, '')}" for s in frame["from_short"]]
    row_order = [f"{i} {names[i]}" for i in order]
    chart = _cells(
        frame,
        alt.X(
            "to_short:N",
            sort=order,
            scale=alt.Scale(domain=order),
            title=text["to"],
            axis=alt.Axis(orient="top", labelAngle=0),
        ),
        alt.Y(
            "row:N",
            sort=row_order,
            scale=alt.Scale(domain=row_order),
            title=text["from"],
            axis=alt.Axis(labelLimit=260),
        ),
        text,
    )
    return chart.properties(
        title=alt.Title(text["objective_matrix"], subtitle=source_line, anchor="start"),
        width=alt.Step(30),
        height=alt.Step(24),
    )


def target_matrix_chart(
    edges: pd.DataFrame, objectives: pd.DataFrame, language: str, source_line: str
) -> alt.FacetChart:
    """The SDG targets (rows, one panel per goal) × the objectives that affect them (columns).

    The matrix is drawn transposed so that its 60-odd targets run down the page: the column
    (an objective) affects the row (a target).
    """
    text = labels(language)
    frame = _with_sign_text(
        edges[
            edges["from_key"].str.startswith("objective:")
            & edges["to_key"].str.startswith("target:")
        ]
    )
    order = [str(i) for i in objectives["id"]]
    frame["target_row"] = frame["to_short"] + " " + frame["to_label"]
    frame["target_sort"] = [_target_sort_key(t) for t in frame["to_short"]]
    layered = _cells(
        None,
        alt.X(
            "from_short:N",
            sort=order,
            scale=alt.Scale(domain=order),
            title=text["from_column"],
            axis=alt.Axis(orient="top", labelAngle=0),
        ),
        alt.Y(
            "target_row:N",
            sort=alt.EncodingSortField("target_sort", order="ascending"),
            title=None,
            axis=alt.Axis(labelLimit=280),
        ),
        text,
    ).properties(width=alt.Step(28), height=alt.Step(20))
    return (
        layered.facet(
            row=alt.Row(
                "to_goal:O",
                title=text["goal"],
                header=alt.Header(labelAngle=0, labelAlign="left", labelFontWeight="bold"),
            ),
            data=frame,
            spacing=6,
        )
        .resolve_scale(y="independent")
        .properties(title=alt.Title(text["target_matrix"], subtitle=source_line, anchor="start"))
    )


def _target_sort_key(target_id: str) -> float:
    goal, _, part = target_id.partition(".")
    number = float(part) if part.isdigit() else 100 + ord(part[:1] or "a")
    return int(goal) * 1000 + number


def goal_matrix_chart(
    summary: pd.DataFrame,
    objectives: pd.DataFrame,
    goals: pd.DataFrame,
    language: str,
    source_line: str,
) -> alt.LayerChart:
    """Objectives × the 17 goals: colour by mean score, cell text "+positive / −negative"."""
    text = labels(language)
    frame = summary.copy()
    names = dict(zip(objectives["id"].astype(str), objectives["name"], strict=True))
    frame["row"] = [f"{s} {names.get(s, '')}" for s in frame["from_short"]]
    frame["goal_name"] = frame["to_goal"].map(dict(zip(goals["goal"], goals["name"], strict=True)))
    frame["cell"] = [
        "/".join(p for p in (f"+{pos}" if pos else "", f"−{-neg}" if neg else "") if p) or "0"
        for pos, neg in zip(frame["positive"], frame["negative"], strict=True)
    ]
    row_order = [f"{i} {names[str(i)]}" for i in objectives["id"].astype(str)]
    goal_order = [int(g) for g in goals["goal"]]
    base = alt.Chart(frame).encode(
        x=alt.X(
            "to_goal:O",
            sort=goal_order,
            scale=alt.Scale(domain=goal_order),
            title=text["goal"],
            axis=alt.Axis(orient="top", labelAngle=0),
        ),
        y=alt.Y(
            "row:N",
            sort=row_order,
            scale=alt.Scale(domain=row_order),
            title=text["from"],
            axis=alt.Axis(labelLimit=260),
        ),
        tooltip=[
            alt.Tooltip("row:N", title=text["objective"]),
            alt.Tooltip("goal_name:N", title=text["goal"]),
            alt.Tooltip("positive:Q", title=text["positive"]),
            alt.Tooltip("negative:Q", title=text["negative"]),
            alt.Tooltip("links:Q", title=text["links"]),
            alt.Tooltip("mean:Q", title=text["mean"], format=".1f"),
        ],
    )
    rect = base.mark_rect(stroke="#BBBBBB", strokeWidth=0.5).encode(
        color=alt.Color(
            "mean:Q",
            scale=alt.Scale(domain=[-3, 3], range=SCORE_COLOURS),
            title=text["mean"],
            legend=alt.Legend(orient="bottom", direction="horizontal"),
        )
    )
    cell = base.mark_text(fontSize=10).encode(text="cell:N")
    return alt.layer(rect, cell).properties(
        title=alt.Title(text["goal_matrix"], subtitle=source_line, anchor="start"),
        width=alt.Step(40),
        height=alt.Step(24),
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
            tooltip=_edge_tooltip(text),
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


def workshop_spread_chart(
    scores: pd.DataFrame,
    summary: pd.DataFrame,
    pair_labels: dict[str, str],
    language: str,
    source_line: str,
) -> alt.LayerChart:
    """Raters' scores per pair as dots sized by how many gave that score, the mean as a black
    tick; the pairs raters disagree on most come first."""
    text = labels(language)
    data = scores.copy()
    data["pair"] = (data["from_key"] + "→" + data["to_key"]).map(pair_labels)
    grouped = (
        data.groupby(["pair", "score"], sort=False)
        .agg(raters=("rater", "count"), names=("rater", lambda r: ", ".join(sorted(r))))
        .reset_index()
    )
    means = summary.copy()
    means["pair"] = (means["from_key"] + "→" + means["to_key"]).map(pair_labels)
    order = list(means["pair"])
    y = alt.Y("pair:N", sort=order, title=None, axis=alt.Axis(labelLimit=420))
    x_scale = alt.Scale(domain=[-3.4, 3.4])
    x = alt.X(
        "score:Q",
        scale=x_scale,
        title=text["score"],
        axis=alt.Axis(values=SCORE_DOMAIN, format="+d"),
    )
    dots = (
        alt.Chart(grouped)
        .mark_circle(opacity=0.9, stroke="#555555", strokeWidth=0.5)
        .encode(
            x=x,
            y=y,
            size=alt.Size("raters:Q", scale=alt.Scale(range=[80, 500]), legend=None),
            color=alt.Color("score:O", scale=_score_scale(), title=text["score"]),
            tooltip=[
                alt.Tooltip("pair:N", title=text["pair"]),
                alt.Tooltip("score:Q", title=text["score"]),
                alt.Tooltip("names:N", title=text["rater"]),
            ],
        )
    )
    ticks = (
        alt.Chart(means)
        .mark_tick(color="black", thickness=3, size=26)
        .encode(
            x=alt.X("mean:Q", scale=x_scale),
            y=y,
            tooltip=[alt.Tooltip("mean:Q", title=text["mean_mark"], format=".2f")],
        )
    )
    return alt.layer(dots, ticks).properties(
        title=alt.Title(text["spread_title"], subtitle=source_line, anchor="start"),
        width=420,
        height=alt.Step(36),
    )
