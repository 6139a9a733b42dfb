"""Similar municipalities: the k nearest on standardised indicator values, with weights.

The method, step by step:

1. Every chosen indicator is standardised across all municipalities with a value
   (z = (x − mean) / standard deviation, population deviation). An indicator without spread,
   with a weight of zero or without a value for the chosen municipality cannot tell anyone
   apart and is left out for everyone (with the reason given).
2. For each other municipality the distance is the weighted root mean square of the
   differences in z over the indicators both have: sqrt(Σ wᵢ·Δzᵢ² / Σ wᵢ). Dividing by the
   weight of the *shared* indicators keeps a missing value from making anyone look closer.
3. A municipality sharing fewer than ``min_shared`` indicators is excluded, with the reason.
4. The k smallest distances are the peers (ties broken by region code, for a stable answer).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

DEFAULT_K = 20


@dataclass(frozen=True)
class SimilarityResult:
    """Nearest municipalities and why others or some indicators were left out."""

    neighbours: pd.DataFrame  # region_code, distance, shared, rank (k rows at most)
    excluded: pd.DataFrame  # region_code, shared, reason ("too_few_shared")
    used_indicators: list[str]
    dropped_indicators: dict[str, str] = field(default_factory=dict)  # id -> reason
    min_shared: int = 1


def standardise(values: pd.DataFrame) -> pd.DataFrame:
    """z-scores per column (population standard deviation); NaN stays NaN; no spread → NaN."""
    mean = values.mean(skipna=True)
    deviation = values.std(skipna=True, ddof=0)
    deviation = deviation.where(deviation > 0)
    return (values - mean) / deviation


def default_min_shared(indicator_count: int) -> int:
    """At least half of the indicators in use (rounded up), and at least one."""
    return max(1, math.ceil(indicator_count / 2))


def nearest(
    values: pd.DataFrame,
    target: str,
    weights: dict[str, float],
    k: int = DEFAULT_K,
    min_shared: int | None = None,
) -> SimilarityResult:
    """The ``k`` municipalities nearest ``target``.

    ``values`` has one row per municipality (index: region code) and one column per indicator;
    ``weights`` gives each chosen indicator's weight (indicators not named are not used).
    """
    if target not in values.index:  # no value at all: every indicator is missing for it
        values = pd.concat([values, pd.DataFrame(index=pd.Index([target]), columns=values.columns)])
    dropped: dict[str, str] = {}
    chosen = [c for c in values.columns if c in weights]
    for column in chosen:
        if weights[column] <= 0:
            dropped[column] = "zero_weight"
    z = standardise(values[[c for c in chosen if c not in dropped]].astype(float))
    for column in z.columns:
        if z[column].isna().all():
            dropped[column] = "no_spread"
        elif pd.isna(z.at[target, column]):
            dropped[column] = "missing_for_target"
    used = [c for c in z.columns if c not in dropped]
    needed = default_min_shared(len(used)) if min_shared is None else max(1, min_shared)
    empty_neighbours = pd.DataFrame(
        {"region_code": [], "distance": [], "shared": [], "rank": []}
    ).astype({"region_code": str, "distance": float, "shared": int, "rank": int})
    if not used:
        excluded = pd.DataFrame({"region_code": [], "shared": [], "reason": []})
        return SimilarityResult(empty_neighbours, excluded, used, dropped, needed)

    others = z.loc[z.index != target, used]
    weight = np.array([float(weights[c]) for c in used])
    difference = others.to_numpy() - z.loc[target, used].to_numpy(dtype=float)
    shared_mask = ~np.isnan(difference)
    shared = shared_mask.sum(axis=1)
    shared_weight = (shared_mask * weight).sum(axis=1)
    squared = np.where(shared_mask, difference**2, 0.0) * weight
    with np.errstate(invalid="ignore", divide="ignore"):
        distance = np.sqrt(squared.sum(axis=1) / shared_weight)
    frame = pd.DataFrame(
        {"region_code": others.index.astype(str), "distance": distance, "shared": shared}
    )
    too_few = frame["shared"] < needed
    excluded = frame.loc[too_few, ["region_code", "shared"]].assign(reason="too_few_shared")
    kept = frame.loc[~too_few].sort_values(["distance", "region_code"], kind="stable")
    neighbours = kept.head(max(0, k)).reset_index(drop=True)
    neighbours["rank"] = np.arange(1, len(neighbours) + 1)
    return SimilarityResult(
        neighbours=neighbours,
        excluded=excluded.reset_index(drop=True),
        used_indicators=used,
        dropped_indicators=dropped,
        min_shared=needed,
    )


# A first suggestion of indicators describing a municipality broadly (emissions, transport,
# energy, land use, nature, waste); the user changes it freely.
SUGGESTED_INDICATORS = (
    "ghg_emissions_per_capita",
    "cars_per_1000_inhabitants",
    "final_energy_use_per_capita",
    "arable_land_area",
    "protected_nature_share",
    "household_waste_per_capita",
)


def suggested_indicators(available: list[str]) -> list[str]:
    """The suggested indicators that exist, or the first five available if none do."""
    chosen = [i for i in SUGGESTED_INDICATORS if i in available]
    return chosen or list(available[:5])
