"""Trend analysis for the trends page: statistics per series, verdicts, targets and changes.

Everything here is pure pandas/numpy on frames from ``rus_data.trends.queries``; the statistics
themselves live in ``rus_data.trends.stats``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import get_args

import numpy as np
import pandas as pd

from rus_data.text.labels import BilingualLabel
from rus_data.trends.stats import (
    MIN_POINTS,
    TargetPace,
    Verdict,
    base_year_at_or_after,
    change_since,
    target_pace,
    trend,
)
from rus_data.trends.wording import verdict_sentence

NATION = "00"
VERDICT_ORDER: tuple[Verdict, ...] = get_args(Verdict)  # right, wrong, …, no_direction


@dataclass(frozen=True)
class VerdictStyle(BilingualLabel):
    """Colour and words of one verdict (Okabe–Ito blue and vermillion, greys)."""

    code: Verdict
    colour: str
    label_sv: str
    label_en: str


VERDICT_STYLES: dict[Verdict, VerdictStyle] = {
    "right": VerdictStyle("right", "#0072B2", "går åt rätt håll", "moving the right way"),
    "wrong": VerdictStyle("wrong", "#D55E00", "går åt fel håll", "moving the wrong way"),
    "no_clear_change": VerdictStyle(
        "no_clear_change", "#8C8C8C", "ingen tydlig förändring", "no clear change"
    ),
    "too_few": VerdictStyle("too_few", "#CFCFCF", "för få värden", "too few values"),
    "no_direction": VerdictStyle("no_direction", "#E0E0E0", "utan omdöme", "no verdict"),
}


def verdict_arrow(verdict: Verdict, slope: float) -> str:
    """An arrow for the direction of change: up or down when clear, level or a dot otherwise."""
    if verdict == "too_few":
        return "·"
    if verdict == "no_clear_change" or math.isnan(slope) or slope == 0:
        return "→"
    return "↗" if slope > 0 else "↘"


def verdict_text(verdict: Verdict, slope: float, language: str) -> str:
    """Arrow and words, e.g. ``↘ går åt rätt håll``."""
    return f"{verdict_arrow(verdict, slope)} {VERDICT_STYLES[verdict].label(language)}"


_STATISTICS_COLUMNS = [
    "region_code",
    "region",
    "n",
    "first_year",
    "last_year",
    "slope_per_year",
    "slope_per_decade",
    "p_value",
    "base_year",
    "change",
    "change_percent",
    "verdict",
    "verdict_text",
    "sentence",
    "relative_change",
    "intercept",
]


def series_statistics(
    series: pd.DataFrame,
    better: str,
    base_year: int,
    language: str,
    areas: dict[str, str] | None = None,
    *,
    unit: str = "",
    decimals: int = 1,
) -> pd.DataFrame:
    """Trend statistics of every region's series of one indicator.

    ``series`` has ``region_code, region, year, value``. Returns one row per region with
    ``n, first_year, last_year, slope_per_year, slope_per_decade, p_value, base_year,
    change, change_percent, verdict, verdict_text, sentence`` (direction, size and strength
    in words, :func:`verdict_sentence`), ``relative_change, intercept``. The base year used
    is the first year at or after ``base_year`` that the series has. ``areas`` (code → name)
    adds a row with ``n = 0`` for every asked-for area without values, so the table says so.
    """
    groups = [
        (code, name, group)
        for (code, name), group in series.groupby(["region_code", "region"], sort=False)
    ]
    present = set(series["region_code"])
    empty = series.iloc[0:0]
    groups += [(c, n, empty) for c, n in (areas or {}).items() if c not in present]
    rows = []
    for code, name, group in groups:
        years = group["year"].to_numpy(dtype=float)
        values = group["value"].to_numpy(dtype=float)
        result = trend(years, values, better)
        used_base = base_year_at_or_after(years, values, base_year)
        if used_base is None:
            change, percent = math.nan, math.nan
        else:
            change, percent = change_since(years, values, used_base)
        valid = ~np.isnan(values)
        first_year = int(years[valid].min()) if valid.any() else None
        rows.append(
            {
                "region_code": code,
                "region": name,
                "n": result.n,
                "first_year": int(years[valid].min()) if valid.any() else None,
                "last_year": int(years[valid].max()) if valid.any() else None,
                "slope_per_year": result.slope_per_year,
                "slope_per_decade": result.slope_per_decade,
                "p_value": result.p_value if result.n >= 2 else math.nan,
                "base_year": used_base,
                "change": change,
                "change_percent": percent,
                "verdict": result.verdict,
                "verdict_text": verdict_text(result.verdict, result.slope_per_year, language),
                "sentence": verdict_sentence(result, first_year, unit, decimals, language),
                "relative_change": result.relative_change,
                "intercept": result.intercept,
            }
        )
    return pd.DataFrame(rows, columns=_STATISTICS_COLUMNS)


def primary_region(series: pd.DataFrame, region_code: str) -> str:
    """The region whose verdict counts for the page: the chosen one, or Sweden if it has none."""
    has_values = series.loc[series["region_code"] == region_code, "value"].notna().any()
    return region_code if has_values else NATION


def objective_verdicts(
    indicators: pd.DataFrame, series: pd.DataFrame, region_code: str, language: str
) -> pd.DataFrame:
    """The verdict of each indicator for the chosen region (or Sweden where it has no values).

    Returns ``indicator_id, name, region_code, n, slope_per_year, p_value, verdict,
    verdict_text, sentence`` in the order of ``indicators``.
    """
    rows = []
    for indicator in indicators.itertuples():
        own = series[series["indicator_id"] == indicator.indicator_id]
        code = primary_region(own, region_code)
        points = own[own["region_code"] == code]
        years = points.loc[points["value"].notna(), "year"]
        result = trend(
            points["year"].to_numpy(dtype=float),
            points["value"].to_numpy(dtype=float),
            indicator.better,
        )
        first_year = int(years.min()) if len(years) else None
        rows.append(
            {
                "indicator_id": indicator.indicator_id,
                "name": indicator.name,
                "region_code": code,
                "n": result.n,
                "slope_per_year": result.slope_per_year,
                "p_value": result.p_value,
                "verdict": result.verdict,
                "verdict_text": verdict_text(result.verdict, result.slope_per_year, language),
                "sentence": verdict_sentence(
                    result, first_year, indicator.unit, int(indicator.decimals), language
                ),
            }
        )
    return pd.DataFrame(
        rows,
        columns=[
            "indicator_id",
            "name",
            "region_code",
            "n",
            "slope_per_year",
            "p_value",
            "verdict",
            "verdict_text",
            "sentence",
        ],
    )


def verdict_counts(verdicts: pd.DataFrame, language: str) -> pd.DataFrame:
    """How many indicators have each verdict, in a fixed order, zeros included."""
    counts = verdicts["verdict"].value_counts() if len(verdicts) else pd.Series(dtype=int)
    return pd.DataFrame(
        {
            "verdict": list(VERDICT_ORDER),
            "label": [VERDICT_STYLES[v].label(language) for v in VERDICT_ORDER],
            "count": [int(counts.get(v, 0)) for v in VERDICT_ORDER],
            "order": range(len(VERDICT_ORDER)),
        }
    )


@dataclass(frozen=True)
class ResolvedTarget:
    """A target turned into a level in the indicator's unit for one region."""

    target_year: int
    target_value: float
    label: str
    is_demo: bool
    source: str


def resolve_target(
    targets: pd.DataFrame, indicator_id: str, region_code: str, series: pd.DataFrame
) -> ResolvedTarget | None:
    """The region's target for an indicator as a level, or None when it has none.

    A target for the region itself wins over one for every region. A ``change`` target is the
    region's value in the reference year changed by the given percent; without that value
    there is no target level (None).
    """
    own = targets[targets["indicator_id"] == indicator_id]
    specific = own[own["region_code"] == region_code]
    general = own[own["region_code"].isna()]
    chosen = specific if len(specific) else general
    if chosen.empty:
        return None
    row = chosen.sort_values("target_year").iloc[0]
    level = float(row["target_value"])
    if row["kind"] == "change":
        reference = series.loc[series["year"] == row["reference_year"], "value"].dropna()
        if reference.empty:
            return None
        level = float(reference.iloc[0]) * (1 + level / 100)
    return ResolvedTarget(
        target_year=int(row["target_year"]),
        target_value=level,
        label=str(row["label"]),
        is_demo=bool(row["is_demo"]),
        source=str(row["source"]),
    )


def pace_towards(series: pd.DataFrame, target: ResolvedTarget, better: str) -> TargetPace | None:
    """Whether the series' Theil–Sen pace reaches the resolved target (see ``target_pace``)."""
    return target_pace(
        series["year"].to_numpy(dtype=float),
        series["value"].to_numpy(dtype=float),
        target.target_year,
        target.target_value,
        better,
    )


def target_path(
    series: pd.DataFrame, target: ResolvedTarget, base_year: int, pace: TargetPace | None
) -> pd.DataFrame:
    """Points of the straight path from the base year to the target, and of the current pace.

    Columns ``line`` (``path`` or ``pace``), ``year``, ``value``; empty lines are left out.
    """
    years = series["year"].to_numpy(dtype=float)
    values = series["value"].to_numpy(dtype=float)
    used_base = base_year_at_or_after(years, values, base_year)
    rows: list[tuple[str, int, float]] = []
    if used_base is not None and used_base < target.target_year:
        base_value = float(series.loc[series["year"] == used_base, "value"].iloc[0])
        rows += [("path", used_base, base_value), ("path", target.target_year, target.target_value)]
    if pace is not None and pace.reaches is not None and pace.latest_year < target.target_year:
        rows += [
            ("pace", pace.latest_year, pace.latest_value),
            ("pace", target.target_year, pace.projected_value),
        ]
    return pd.DataFrame(rows, columns=["line", "year", "value"])


def mark_changes(history: pd.DataFrame) -> pd.DataFrame:
    """Add ``status_changed`` and ``trend_changed``: true where it differs from the year before.

    A first assessment (no year before) is not a change.
    """
    frame = history.copy()
    known = frame["status"].notna() & frame["previous_status"].notna()
    frame["status_changed"] = known & (frame["status"] != frame["previous_status"])
    known_trend = frame["trend"].notna() & frame["previous_trend"].notna()
    frame["trend_changed"] = known_trend & (frame["trend"] != frame["previous_trend"])
    return frame


def changes_per_year(history: pd.DataFrame) -> pd.DataFrame:
    """Per year: how many assessments there are and how many changed status or trend."""
    frame = mark_changes(history)
    frame["has_assessment"] = frame["status"].notna()
    grouped = frame.groupby("year", sort=True).agg(
        assessments=("has_assessment", "sum"),
        status_changed=("status_changed", "sum"),
        trend_changed=("trend_changed", "sum"),
    )
    return grouped.reset_index().astype(int)


def has_enough_points(series: pd.DataFrame) -> bool:
    """True when a series has at least ``MIN_POINTS`` values."""
    return int(series["value"].notna().sum()) >= MIN_POINTS


def ordered_series(series: pd.DataFrame, region_codes: list[str], sweden_name: str) -> pd.DataFrame:
    """One indicator's series in legend order (``region_codes``), Sweden named in the language."""
    frame = series[series["region_code"].isin(region_codes)].copy()
    frame.loc[frame["region_code"] == NATION, "region"] = sweden_name
    order = {code: position for position, code in enumerate(region_codes)}
    frame["_order"] = frame["region_code"].map(order)
    return frame.sort_values(["_order", "year"]).drop(columns="_order").reset_index(drop=True)


def comparable_codes(
    region_codes: list[str], chosen: str, aggregation: str, index_mode: bool
) -> list[str]:
    """The areas that can share one axis.

    A summed indicator (tonnes, counts) for the whole country dwarfs any county, so with
    absolute values Sweden is drawn only when it is the chosen area; as an index it always is.
    """
    if index_mode or aggregation != "sum" or chosen == NATION:
        return list(region_codes)
    return [code for code in region_codes if code != NATION]


def shows_spread(aggregation: str, index_mode: bool, chosen: str) -> bool:
    """Whether the county spread band belongs in the chart: only on a measure that compares
    across counties of different size (a share, a per-capita or per-area value, or an index),
    never as a band of absolute totals (hectares from 0 to 450 000 say nothing)."""
    return index_mode or aggregation != "sum"


def small_multiples_frame(
    counties: pd.DataFrame, better: str, chosen: str, language: str
) -> pd.DataFrame:
    """Rows of ``county_series`` with a panel title (letter, name, arrow) and the verdict.

    The chosen county's panel title starts with ``▶``.
    """
    frames = []
    for code, group in counties.groupby("region_code", sort=True):
        result = trend(
            group["year"].to_numpy(dtype=float), group["value"].to_numpy(dtype=float), better
        )
        first = group.iloc[0]
        name = str(first["region"]).removesuffix(" län")
        arrow = verdict_arrow(result.verdict, result.slope_per_year)
        marker = "▶ " if code == chosen else ""
        frames.append(
            group.assign(
                panel=f"{marker}{first['letter']} {name} {arrow}",
                verdict=result.verdict,
                verdict_label=VERDICT_STYLES[result.verdict].label(language),
            )
        )
    if not frames:
        return counties.assign(panel=[], verdict=[], verdict_label=[])
    return pd.concat(frames, ignore_index=True)
