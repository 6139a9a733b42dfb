"""The workshop spread chart: every rater's score per pair, with the mean, disagreement first."""

from __future__ import annotations

import altair as alt
import pandas as pd

from rus_data.conflicts.chart_style import SCORE_DOMAIN, labels, score_scale


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
            color=alt.Color("score:O", scale=score_scale(), title=text["score"]),
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
