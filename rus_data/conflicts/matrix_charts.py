"""Matrix charts of goal interactions: objectives × objectives, × SDG targets, × the 17 goals.

Every cell prints its score (or its sums), so the colour is never the only cue.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from rus_data.conflicts.chart_style import SCORE_COLOURS, edge_tooltip, labels, score_scale
from rus_data.text.formats import format_number


def _top_x(field: str, order: list, title: str) -> alt.X:
    """An x encoding with the categories in ``order``, labelled along the top."""
    return alt.X(
        field,
        sort=order,
        scale=alt.Scale(domain=order),
        title=title,
        axis=alt.Axis(orient="top", labelAngle=0),
    )


def _objective_y(row_order: list[str], title: str) -> alt.Y:
    """A y encoding of the ``row`` labels of :func:`_objective_rows`, in objective order."""
    return alt.Y(
        "row:N",
        sort=row_order,
        scale=alt.Scale(domain=row_order),
        title=title,
        axis=alt.Axis(labelLimit=260),
    )


def _objective_rows(frame: pd.DataFrame, objectives: pd.DataFrame) -> list[str]:
    """Give ``frame`` a ``row`` label "<id> <name>" of its ``from_short`` objective; return
    the labels of every objective in order."""
    names = dict(zip(objectives["id"].astype(str), objectives["name"], strict=True))
    frame["row"] = [f"{s} {names.get(s, '')}" for s in frame["from_short"]]
    return [f"{i} {names[i]}" for i in objectives["id"].astype(str)]


def _coloured_rect(base: alt.Chart, field: str, scale: alt.Scale, title: str) -> alt.Chart:
    """Grid cells of ``base`` coloured by ``field``, with a horizontal legend below."""
    return base.mark_rect(stroke="#BBBBBB", strokeWidth=0.5).encode(
        color=alt.Color(
            field,
            scale=scale,
            title=title,
            legend=alt.Legend(orient="bottom", direction="horizontal"),
        )
    )


def _cells(frame: pd.DataFrame | None, x: alt.X, y: alt.Y, text: dict) -> alt.LayerChart:
    base = (alt.Chart() if frame is None else alt.Chart(frame)).encode(
        x=x, y=y, tooltip=edge_tooltip(text)
    )
    rect = _coloured_rect(base, "score:O", score_scale(), text["score"])
    label = base.mark_text(fontSize=11).encode(
        text=alt.Text("score_sign:N"),
        color=alt.condition("abs(datum.score) >= 3", alt.value("white"), alt.value("black")),
    )
    return alt.layer(rect, label)


def _edges_between(
    edges: pd.DataFrame, from_kind: str, to_kind: str, language: str
) -> pd.DataFrame:
    """The edges from ``from_kind`` to ``to_kind`` nodes, with a signed ``score_sign`` text."""
    frame = edges[
        edges["from_key"].str.startswith(f"{from_kind}:")
        & edges["to_key"].str.startswith(f"{to_kind}:")
    ].copy()
    frame["score_sign"] = [format_number(s, 0, language, signed=True) for s in frame["score"]]
    return frame


def objective_matrix_chart(
    edges: pd.DataFrame, objectives: pd.DataFrame, language: str, source_line: str
) -> alt.LayerChart:
    """Objectives × objectives: the score of every scored pair, printed in its cell."""
    text = labels(language)
    frame = _edges_between(edges, "objective", "objective", language)
    order = [str(i) for i in objectives["id"]]
    row_order = _objective_rows(frame, objectives)
    chart = _cells(
        frame,
        _top_x("to_short:N", order, text["to"]),
        _objective_y(row_order, text["from"]),
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
    frame = _edges_between(edges, "objective", "target", language)
    order = [str(i) for i in objectives["id"]]
    frame["target_row"] = frame["to_short"] + " " + frame["to_label"]
    frame["target_sort"] = [_target_sort_key(t) for t in frame["to_short"]]
    layered = _cells(
        None,
        _top_x("from_short:N", order, text["from_column"]),
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
    row_order = _objective_rows(frame, objectives)
    frame["goal_name"] = frame["to_goal"].map(dict(zip(goals["goal"], goals["name"], strict=True)))
    frame["cell"] = [
        "/".join(p for p in (f"+{pos}" if pos else "", f"−{-neg}" if neg else "") if p) or "0"
        for pos, neg in zip(frame["positive"], frame["negative"], strict=True)
    ]
    goal_order = [int(g) for g in goals["goal"]]
    base = alt.Chart(frame).encode(
        x=_top_x("to_goal:O", goal_order, text["goal"]),
        y=_objective_y(row_order, text["from"]),
        tooltip=[
            alt.Tooltip("row:N", title=text["objective"]),
            alt.Tooltip("goal_name:N", title=text["goal"]),
            alt.Tooltip("positive:Q", title=text["positive"]),
            alt.Tooltip("negative:Q", title=text["negative"]),
            alt.Tooltip("links:Q", title=text["links"]),
            alt.Tooltip("mean:Q", title=text["mean"], format=".1f"),
        ],
    )
    rect = _coloured_rect(
        base, "mean:Q", alt.Scale(domain=[-3, 3], range=SCORE_COLOURS), text["mean"]
    )
    cell = base.mark_text(fontSize=10).encode(text="cell:N")
    return alt.layer(rect, cell).properties(
        title=alt.Title(text["goal_matrix"], subtitle=source_line, anchor="start"),
        width=alt.Step(40),
        height=alt.Step(24),
    )
