"""Charts for comparing a municipality with its peers: the profile dot plot and the time band.

Relative standing uses a colour-blind-safe trio that also differs in lightness and shape:
blue triangle up (best third), grey circle (middle third), orange triangle down (worst third).
"""

from __future__ import annotations

from dataclasses import dataclass

import altair as alt
import pandas as pd

from rus_data.text.formats import format_number, missing_text
from rus_data.text.labels import BilingualLabel


@dataclass(frozen=True)
class StandingStyle(BilingualLabel):
    """Colour, shape, symbol and labels of one relative standing."""

    code: str
    colour: str
    shape: str
    symbol: str
    label_sv: str
    label_en: str


STANDING_STYLES: dict[str, StandingStyle] = {
    "best": StandingStyle("best", "#2166AC", "triangle-up", "▲", "Bästa tredjedelen", "Best third"),
    "middle": StandingStyle(
        "middle", "#8C8C8C", "circle", "●", "Mittersta tredjedelen", "Middle third"
    ),
    "worst": StandingStyle(
        "worst", "#E66101", "triangle-down", "▼", "Sämsta tredjedelen", "Worst third"
    ),
}

_LABELS = {
    "sv": {
        "profile_title": "{name} jämfört med gruppen",
        "axis": "Percentil i gruppen (0 = sämst, 100 = bäst) – höger är alltid bättre",
        "standing": "Läge i gruppen",
        "sweden": "Percentil bland alla kommuner",
        "indicator": "Indikator",
        "value": "Värde",
        "year": "År",
        "rank": "Rang i gruppen",
        "percentile": "Percentil i gruppen",
        "median": "Gruppens median",
        "difference": "Skillnad mot median",
        "of": "av",
        "time_title": "{indicator}: {name} och jämförelsegruppen",
        "time_axis": "Värde ({unit})",
        "band": "Mittersta hälften av gruppen (25–75 %)",
        "series": "Serie",
        "peer_median": "Gruppens median",
        "peer_count": "Antal kommuner i gruppen med värde",
    },
    "en": {
        "profile_title": "{name} compared with the group",
        "axis": "Percentile in the group (0 = worst, 100 = best) – right is always better",
        "standing": "Standing in the group",
        "sweden": "Percentile among all municipalities",
        "indicator": "Indicator",
        "value": "Value",
        "year": "Year",
        "rank": "Rank in the group",
        "percentile": "Percentile in the group",
        "median": "Group median",
        "difference": "Difference from median",
        "of": "of",
        "time_title": "{indicator}: {name} and the comparison group",
        "time_axis": "Value ({unit})",
        "band": "Middle half of the group (25–75%)",
        "series": "Series",
        "peer_median": "Group median",
        "peer_count": "Municipalities in the group with a value",
    },
}


_ROW_STEP = 46  # pixels per indicator: its name above, its dots below
_NAME_ROW, _DOT_ROW = 0.28, 0.7  # where in a row the name and the dots sit (0 top, 1 bottom)


def _rank_text(rank: float, n: int, language: str) -> str:
    if pd.isna(rank):
        return missing_text(language)
    return f"{int(rank)} {_LABELS[language]['of']} {n}"


def profile_chart_frame(profile: pd.DataFrame, language: str) -> pd.DataFrame:
    """The profile with display columns for the dot plot (labels, formatted numbers)."""
    missing = missing_text(language)
    frame = profile.copy()
    frame["value_text"] = [
        f"{format_number(v, d, language)} {u}" if not pd.isna(v) else missing
        for v, d, u in zip(frame["value"], frame["decimals"], frame["unit"], strict=True)
    ]
    frame["median_text"] = [
        format_number(v, d, language)
        for v, d in zip(frame["peer_median"], frame["decimals"], strict=True)
    ]
    frame["difference_text"] = [
        format_number(v, d, language, signed=True)
        for v, d in zip(frame["difference"], frame["decimals"], strict=True)
    ]
    frame["rank_text"] = [
        _rank_text(r, n, language)
        for r, n in zip(frame["group_rank"], frame["group_n"], strict=True)
    ]
    frame["standing_label"] = [
        STANDING_STYLES[s].label(language) if isinstance(s, str) else missing
        for s in frame["standing"]
    ]
    frame["missing_text"] = [missing if pd.isna(p) else "" for p in frame["group_percentile"]]
    return frame


def profile_chart(
    profile: pd.DataFrame, name: str, language: str, subtitle: list[str]
) -> alt.LayerChart:
    """Dot plot of the municipality's percentile per indicator; right always means better."""
    labels = _LABELS[language]
    frame = profile_chart_frame(profile, language)
    order = list(frame["name"])
    styles = list(STANDING_STYLES.values())
    # Each row: the indicator's name above its line of dots, so the dots get the chart's whole
    # width on a phone too (names as axis labels left a 390 px screen no room for them).
    band = alt.Scale(type="band", paddingInner=0, paddingOuter=0)
    y = alt.Y("name:N", sort=order, title=None, axis=None, scale=band, bandPosition=_DOT_ROW)
    tooltip = [
        alt.Tooltip("name:N", title=labels["indicator"]),
        alt.Tooltip("value_text:N", title=labels["value"]),
        alt.Tooltip("year:O", title=labels["year"]),
        alt.Tooltip("rank_text:N", title=labels["rank"]),
        alt.Tooltip("group_percentile:Q", title=labels["percentile"], format=".0f"),
        alt.Tooltip("median_text:N", title=labels["median"]),
        alt.Tooltip("difference_text:N", title=labels["difference"]),
        alt.Tooltip("sweden_percentile:Q", title=labels["sweden"], format=".0f"),
    ]
    base = alt.Chart(frame).encode(y=y)
    x_scale = alt.Scale(domain=[0, 100], nice=False, padding=10)
    thirds = (
        alt.Chart(pd.DataFrame({"x": [100 / 3, 200 / 3]}))
        .mark_rule(color="#BBBBBB", strokeDash=[2, 3])
        .encode(x=alt.X("x:Q", scale=x_scale))
    )
    median = (
        alt.Chart(pd.DataFrame({"x": [50]}))
        .mark_rule(color="#555555")
        .encode(x=alt.X("x:Q", scale=x_scale))
    )
    sweden = (
        base.mark_point(shape="diamond", filled=False, size=90, color="#444444")
        .encode(
            x=alt.X("sweden_percentile:Q", scale=x_scale),
            opacity=alt.Opacity(
                "marker:N",
                scale=alt.Scale(domain=[labels["sweden"]], range=[1]),
                legend=alt.Legend(
                    title=None, orient="bottom", symbolType="diamond", labelLimit=400
                ),
            ),
            tooltip=tooltip,
        )
        .transform_calculate(marker=f"'{labels['sweden']}'")
    )
    dots = base.mark_point(filled=True, size=190, opacity=1).encode(
        x=alt.X("group_percentile:Q", scale=x_scale, title=labels["axis"]),
        color=alt.Color(
            "standing_label:N",
            title=labels["standing"],
            scale=alt.Scale(
                domain=[s.label(language) for s in styles], range=[s.colour for s in styles]
            ),
            legend=alt.Legend(orient="bottom"),
        ),
        shape=alt.Shape(
            "standing_label:N",
            scale=alt.Scale(
                domain=[s.label(language) for s in styles], range=[s.shape for s in styles]
            ),
        ),
        tooltip=tooltip,
    )
    missing = base.mark_text(align="left", dx=4, color="#555555", fontStyle="italic").encode(
        x=alt.datum(0), text="missing_text:N"
    )
    names = base.mark_text(align="left", baseline="middle", fontSize=12, color="#222222").encode(
        x=alt.value(0),
        y=alt.Y("name:N", sort=order, axis=None, scale=band, bandPosition=_NAME_ROW),
        text="name:N",
        tooltip=tooltip,
    )
    return (
        alt.layer(thirds, median, names, sweden, dots, missing)
        .resolve_scale(shape="shared", color="shared")
        .properties(
            title=alt.Title(
                labels["profile_title"].format(name=name), subtitle=subtitle, anchor="start"
            ),
            width="container",
            height=alt.Step(_ROW_STEP),
        )
    )


def time_chart_frame(band: pd.DataFrame, name: str, language: str) -> pd.DataFrame:
    """Long frame of the municipality's and the peer median's series for the line layer."""
    labels = _LABELS[language]
    own = band[["year", "value"]].assign(series=name)
    median = band[["year", "peer_median"]].rename(columns={"peer_median": "value"})
    median = median.assign(series=labels["peer_median"])
    return pd.concat([median, own], ignore_index=True)


def time_chart(
    band: pd.DataFrame, name: str, indicator: str, unit: str, language: str, subtitle: list[str]
) -> alt.LayerChart:
    """The municipality's series over the peers' median and middle half (quartile band)."""
    labels = _LABELS[language]
    lines = time_chart_frame(band, name, language)
    x = alt.X("year:Q", title=labels["year"], axis=alt.Axis(format="d", labelAngle=0))
    area = (
        alt.Chart(band.assign(band_label=labels["band"]))
        .mark_area(opacity=0.35, color="#9ECAE1")
        .encode(
            x=x,
            y=alt.Y("peer_p25:Q", title=labels["time_axis"].format(unit=unit)),
            y2="peer_p75:Q",
            fill=alt.Fill(
                "band_label:N",
                scale=alt.Scale(range=["#9ECAE1"]),
                legend=alt.Legend(title=None, orient="bottom", labelLimit=400),
            ),
            tooltip=[
                alt.Tooltip("year:O", title=labels["year"]),
                alt.Tooltip("peer_p25:Q", title="25 %", format=".2f"),
                alt.Tooltip("peer_median:Q", title=labels["peer_median"], format=".2f"),
                alt.Tooltip("peer_p75:Q", title="75 %", format=".2f"),
                alt.Tooltip("peer_count:Q", title=labels["peer_count"]),
            ],
        )
    )
    series = (
        alt.Chart(lines)
        .mark_line(point=True)
        .encode(
            x=x,
            y=alt.Y("value:Q"),
            color=alt.Color(
                "series:N",
                title=labels["series"],
                scale=alt.Scale(domain=[labels["peer_median"], name], range=["#555555", "#E66101"]),
                legend=alt.Legend(orient="bottom"),
            ),
            strokeDash=alt.StrokeDash(
                "series:N",
                scale=alt.Scale(domain=[labels["peer_median"], name], range=[[5, 3], [1, 0]]),
                legend=None,
            ),
            tooltip=[
                alt.Tooltip("series:N", title=labels["series"]),
                alt.Tooltip("year:O", title=labels["year"]),
                alt.Tooltip("value:Q", title=labels["value"], format=".2f"),
            ],
        )
    )
    return (
        alt.layer(area, series)
        .resolve_scale(color="independent")
        .properties(
            title=alt.Title(
                labels["time_title"].format(indicator=indicator, name=name),
                subtitle=subtitle,
                anchor="start",
            ),
            width="container",
            height=360,
        )
    )
