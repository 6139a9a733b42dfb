"""The small chart that shows why two municipalities are similar: for each indicator used,
where each lies relative to the average municipality (in standard deviations), joined by a
line; short lines are what makes them close."""

from __future__ import annotations

import altair as alt
import pandas as pd

TARGET_COLOUR = "#0072B2"  # Okabe–Ito blue
OTHER_COLOUR = "#E69F00"  # Okabe–Ito orange
CHROME_HEIGHT = 170  # title, subtitle, axis and legend around the rows
ROW_HEIGHT = 36


def similarity_chart(
    points: pd.DataFrame, labels: dict[str, str], title: str, subtitle: list[str], language: str
) -> alt.LayerChart:
    """The dot pairs, numbers in ``language`` (set by the spec's locale).

    ``points``: ``indicator, area, z, value_text`` (two rows per indicator, the chosen
    municipality and the similar one, in the order to list them); ``labels``: ``axis,
    indicator, area, value`` in the page's language.
    """
    order = list(dict.fromkeys(points["indicator"]))
    areas = list(dict.fromkeys(points["area"]))
    y = alt.Y("indicator:N", sort=order, title=None, axis=alt.Axis(labelLimit=260))
    x = alt.X("z:Q", title=labels["axis"], scale=alt.Scale(domainMid=0))
    rule = (
        alt.Chart(points)
        .mark_line(color="#8C8C8C", strokeWidth=2)
        .encode(x=x, y=y, detail="indicator:N")
    )
    zero = alt.Chart(pd.DataFrame({"z": [0.0]})).mark_rule(color="#BBBBBB").encode(x="z:Q")
    dots = (
        alt.Chart(points)
        .mark_point(filled=True, size=90, opacity=1)
        .encode(
            x=x,
            y=y,
            color=alt.Color(
                "area:N",
                title=labels["area"],
                scale=alt.Scale(domain=areas, range=[TARGET_COLOUR, OTHER_COLOUR]),
                legend=alt.Legend(orient="bottom"),
            ),
            shape=alt.Shape(
                "area:N", scale=alt.Scale(domain=areas, range=["circle", "diamond"]), legend=None
            ),
            tooltip=[
                alt.Tooltip("area:N", title=labels["area"]),
                alt.Tooltip("indicator:N", title=labels["indicator"]),
                alt.Tooltip("value_text:N", title=labels["value"]),
            ],
        )
    )
    return alt.layer(zero, rule, dots).properties(
        title=alt.TitleParams(title, subtitle=subtitle, anchor="start"),
        width="container",
        height=CHROME_HEIGHT + ROW_HEIGHT * len(order),  # the whole chart: it is fitted
    )
