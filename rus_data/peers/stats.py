"""Rank, percentile and relative standing of a value within a group, in the indicator's direction.

Conventions (tested in ``tests/test_peer_stats.py``):

- Missing values (NaN) take no part: they get no rank and no percentile, and the group size
  ``n`` counts only members with a value.
- Rank 1 is the best value; which end is best follows the indicator's ``better``
  (``higher`` or ``lower``). Tied values share the best rank of their block ("1, 2, 2, 4").
- The percentile runs from 0 (worst) to 100 (best): the share of the *other* members that the
  value beats, a tie counting as half. The best of a group scores 100, the worst 0, and a group
  of one has no percentile.
- Relative standing: the best third (percentile above 200/3), the worst third (below 100/3),
  and the middle third otherwise.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

import numpy as np

Standing = Literal["best", "middle", "worst"]
_TOLERANCE = 1e-9


def _oriented(values: np.ndarray, better: str) -> np.ndarray:
    """Values turned so that higher is always better."""
    if better not in ("higher", "lower"):
        raise ValueError(f"Okänd riktning: {better!r}")
    array = np.asarray(values, dtype=float)
    return array if better == "higher" else -array


def ranks(values: np.ndarray, better: str) -> np.ndarray:
    """Competition ranks (1 = best, ties share the best rank); NaN where the value is missing."""
    oriented = _oriented(values, better)
    result = np.full(len(oriented), np.nan)
    present = ~np.isnan(oriented)
    known = oriented[present]
    ordered = np.sort(known)
    better_than = len(known) - np.searchsorted(ordered, known, side="right")
    result[present] = 1 + better_than
    return result


def percentiles(values: np.ndarray, better: str) -> np.ndarray:
    """Percentile 0–100 (100 = best) of each value in the group; NaN if missing or alone."""
    oriented = _oriented(values, better)
    result = np.full(len(oriented), np.nan)
    present = ~np.isnan(oriented)
    known = oriented[present]
    others = len(known) - 1
    if others < 1:
        return result
    ordered = np.sort(known)
    beaten = np.searchsorted(ordered, known, side="left").astype(float)
    tied = np.searchsorted(ordered, known, side="right") - beaten - 1
    result[present] = 100.0 * (beaten + 0.5 * tied) / others
    return result


def standing(percentile: float) -> Standing | None:
    """Best, middle or worst third for a percentile; None when the percentile is missing."""
    if percentile is None or math.isnan(percentile):
        return None
    if percentile > 200.0 / 3.0 + _TOLERANCE:
        return "best"
    if percentile < 100.0 / 3.0 - _TOLERANCE:
        return "worst"
    return "middle"


def oriented_difference(value: float, reference: float, better: str) -> float:
    """``value - reference`` turned so that a positive difference is better; NaN if unknown."""
    if value is None or reference is None or math.isnan(value) or math.isnan(reference):
        return math.nan
    difference = float(value) - float(reference)
    return difference if better == "higher" else -difference


@dataclass(frozen=True)
class Position:
    """Where one member stands in a group for one indicator."""

    rank: float
    n: int
    percentile: float
    standing: Standing | None


def position_of(values: np.ndarray, index: int, better: str) -> Position:
    """The rank, group size, percentile and standing of the member at ``index``."""
    array = np.asarray(values, dtype=float)
    percentile = float(percentiles(array, better)[index])
    return Position(
        rank=float(ranks(array, better)[index]),
        n=int(np.sum(~np.isnan(array))),
        percentile=percentile,
        standing=standing(percentile),
    )
