"""A municipality against its peers: the profile, the ranking table and the gap over time.

The comparison group is the peers plus the municipality itself; ranks and percentiles are
computed in that group (and among all municipalities for "Sverige"). The peer median is the
median of the *other* members, so that the municipality is not compared with itself.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import pandas as pd

from rus_data.peers.stats import oriented_difference, percentiles, position_of, ranks, standing
from rus_data.trends.stats import TrendResult, trend

GapVerdict = Literal[
    "catching_up", "pulling_ahead", "falling_behind", "losing_lead", "no_clear_change", "too_few"
]


def wide_values(values: pd.DataFrame) -> pd.DataFrame:
    """Long values (``indicator_id, region_code, value``) as municipalities × indicators."""
    if values.empty:
        return pd.DataFrame(index=pd.Index([], name="region_code", dtype=str))
    return values.pivot(index="region_code", columns="indicator_id", values="value")


def comparison_group(municipality: str, peers: list[str]) -> list[str]:
    """The municipality followed by its peers, without duplicates."""
    return list(dict.fromkeys([municipality, *[p for p in peers if p != municipality]]))


def _member_values(column: pd.Series, members: list[str]) -> np.ndarray:
    return column.reindex(members).to_numpy(dtype=float)


def profile(
    values: pd.DataFrame, indicators: pd.DataFrame, municipality: str, peers: list[str]
) -> pd.DataFrame:
    """One row per indicator: value, rank and percentile in the group and in Sweden, median.

    ``values`` is long (``indicator_id, region_code, year, value``) for all municipalities;
    ``indicators`` has ``id, name, unit, better, decimals`` and sets the order of the rows.
    """
    wide = wide_values(values)
    years = values.groupby("indicator_id")["year"].max() if not values.empty else pd.Series()
    members = comparison_group(municipality, peers)
    rows = []
    for indicator in indicators.itertuples():
        column = wide[indicator.id] if indicator.id in wide.columns else pd.Series(dtype=float)
        group = _member_values(column, members)
        everyone = column.dropna()
        national = everyone.reindex(
            [municipality, *[c for c in everyone.index if c != municipality]]
        ).to_numpy(dtype=float)
        in_group = position_of(group, 0, indicator.better)
        in_sweden = position_of(national, 0, indicator.better)
        peer_values = group[1:][~np.isnan(group[1:])]
        median = float(np.median(peer_values)) if len(peer_values) else math.nan
        value = float(group[0])
        rows.append(
            {
                "indicator_id": indicator.id,
                "name": indicator.name,
                "unit": indicator.unit,
                "better": indicator.better,
                "decimals": int(indicator.decimals),
                "year": int(years[indicator.id]) if indicator.id in years.index else None,
                "value": value,
                "group_rank": in_group.rank,
                "group_n": in_group.n,
                "group_percentile": in_group.percentile,
                "sweden_rank": in_sweden.rank,
                "sweden_n": in_sweden.n,
                "sweden_percentile": in_sweden.percentile,
                "peer_median": median,
                "difference": value - median,
                "better_than_median": oriented_difference(value, median, indicator.better),
                "standing": in_group.standing,
                "peer_count": len(peer_values),
            }
        )
    return pd.DataFrame(rows)


def ranking_table(
    column: pd.Series,
    municipalities: pd.DataFrame,
    municipality: str,
    peers: list[str],
    better: str,
) -> pd.DataFrame:
    """The comparison group ranked on one indicator, best first, missing values last.

    ``column`` maps region code to value; ``municipalities`` has ``code, name, county_name``.
    """
    members = comparison_group(municipality, peers)
    values = _member_values(column, members)
    peer_values = values[1:][~np.isnan(values[1:])]
    median = float(np.median(peer_values)) if len(peer_values) else math.nan
    names = municipalities.set_index("code")
    table = pd.DataFrame(
        {
            "rank": ranks(values, better),
            "region_code": members,
            "name": names["name"].reindex(members).to_numpy(),
            "county": names["county_name"].reindex(members).to_numpy(),
            "value": values,
            "difference": values - median,
            "percentile": percentiles(values, better),
            "selected": [code == municipality for code in members],
        }
    )
    table["standing"] = [standing(p) for p in table["percentile"]]
    table["missing"] = table["value"].isna()
    table = table.sort_values(["missing", "rank", "name"], kind="stable")
    return table.drop(columns="missing").reset_index(drop=True)


def peer_band(
    series: pd.DataFrame, municipality: str, peers: list[str], better: str
) -> pd.DataFrame:
    """Per year: the municipality's value, the peers' median, quartiles, range and the gap.

    ``gap`` is the municipality's value minus the peer median, turned so positive is better.
    """
    peer_rows = series[series["region_code"].isin([p for p in peers if p != municipality])]
    grouped = peer_rows.groupby("year")["value"]
    band = pd.DataFrame(
        {
            "peer_median": grouped.median(),
            "peer_p25": grouped.quantile(0.25),
            "peer_p75": grouped.quantile(0.75),
            "peer_min": grouped.min(),
            "peer_max": grouped.max(),
            "peer_count": grouped.count(),
        }
    )
    own = series[series["region_code"] == municipality].set_index("year")["value"]
    years = sorted(set(band.index) | set(own.index))
    band = band.reindex(years)
    band["value"] = own.reindex(years)
    sign = 1.0 if better == "higher" else -1.0
    band["gap"] = sign * (band["value"] - band["peer_median"])
    band.index.name = "year"
    return band.reset_index()


@dataclass(frozen=True)
class GapTrend:
    """Whether the municipality is catching up with its peers or falling behind."""

    verdict: GapVerdict
    trend: TrendResult
    latest_gap: float


def gap_trend(band: pd.DataFrame) -> GapTrend:
    """The trend of the oriented gap (positive = better than the peer median).

    A gap that grows significantly is "catching up" when the municipality is behind and
    "pulling ahead" when it is ahead; a gap that shrinks is "falling behind" or "losing its
    lead". Uses the Theil–Sen slope and Mann–Kendall test of ``rus_data.trends.stats``.
    """
    known = band.dropna(subset=["gap"])
    result = trend(known["year"].to_numpy(), known["gap"].to_numpy(), "higher")
    latest = float(known["gap"].iloc[-1]) if len(known) else math.nan
    if result.verdict == "too_few":
        return GapTrend("too_few", result, latest)
    if result.verdict == "no_clear_change":
        return GapTrend("no_clear_change", result, latest)
    behind = latest < 0
    if result.verdict == "right":
        return GapTrend("catching_up" if behind else "pulling_ahead", result, latest)
    return GapTrend("falling_behind" if behind else "losing_lead", result, latest)


def county_peers(municipalities: pd.DataFrame, municipality: str) -> tuple[str, list[str]]:
    """The county code of ``municipality`` and the other municipalities of that county."""
    county = municipalities.loc[municipalities["code"] == municipality, "county_code"].iloc[0]
    members = municipalities.loc[municipalities["county_code"] == county, "code"]
    return str(county), [c for c in members if c != municipality]


def _objective_ids(objectives: Any) -> list[int]:
    """An indicator's objectives as numbers, without missing entries (a LEFT JOIN without a
    match gives one); none when the list itself is missing."""
    if objectives is None or isinstance(objectives, float | str):
        return []
    return [int(o) for o in objectives if o is not np.ma.masked and not pd.isna(o)]


def objectives_with_indicators(indicators: pd.DataFrame) -> list[int]:
    """Objectives that have municipal indicators: 1–16 in order, the generational goal last.

    An indicator without objectives (they are optional in the import) adds none.
    """
    present = {o for objectives in indicators["objectives"] for o in _objective_ids(objectives)}
    return sorted(present, key=lambda o: (o == 0, o))


def indicators_of_objective(indicators: pd.DataFrame, objective: int) -> pd.DataFrame:
    """The municipal indicators that follow up ``objective``, in the catalogue's order."""
    mask = [objective in _objective_ids(objectives) for objectives in indicators["objectives"]]
    return indicators.loc[mask].reset_index(drop=True)


def standing_counts(profile: pd.DataFrame) -> dict[str, int]:
    """How many of the profile's indicators fall in each third (``best``, ``middle``,
    ``worst``) and how many have no standing (``missing``: no value, or a group of one)."""
    known = profile["standing"].dropna().astype(str)
    counts = {third: int((known == third).sum()) for third in ("best", "middle", "worst")}
    counts["missing"] = len(profile) - len(known)
    return counts
