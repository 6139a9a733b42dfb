"""Trend statistics for one series: Theil–Sen slope, Mann–Kendall test, change and verdict.

Pure functions on years and values; missing values (NaN) are dropped, and uneven year spacing
(1990, 2000, 2005, 2010, 2015 …) is handled by using the years themselves as x.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

import numpy as np

Verdict = Literal["right", "wrong", "no_clear_change", "too_few", "no_direction"]
MIN_POINTS = 5
ALPHA = 0.05
# A change matters when the fitted change over the whole period is at least this share of the
# series' typical level (its median): 5 % of the level, whatever the unit.
RELEVANT_SHARE = 0.05


@dataclass(frozen=True)
class MannKendall:
    """Result of the Mann–Kendall trend test (normal approximation with tie correction)."""

    s: int
    variance: float
    z: float
    p_value: float


@dataclass(frozen=True)
class TrendResult:
    """Trend statistics of one series and the verdict given the indicator's direction."""

    n: int
    slope_per_year: float
    slope_per_decade: float
    p_value: float
    verdict: Verdict
    supported: bool = False  # Mann–Kendall p below ALPHA
    relative_change: float = math.nan  # fitted change over the period / |median level|
    intercept: float = math.nan  # of the fitted Theil–Sen line, value = intercept + slope·year


def clean_series(years: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Drop points whose year or value is missing, and sort by year."""
    x = np.asarray(years, dtype=float)
    y = np.asarray(values, dtype=float)
    keep = ~(np.isnan(x) | np.isnan(y))
    order = np.argsort(x[keep], kind="stable")
    return x[keep][order], y[keep][order]


def theil_sen_slope(years: np.ndarray, values: np.ndarray) -> float:
    """Median of the slopes between every pair of points with different years (NaN if none)."""
    x, y = clean_series(years, values)
    i, j = np.triu_indices(len(x), k=1)
    dx = x[j] - x[i]
    valid = dx != 0
    if not valid.any():
        return math.nan
    return float(np.median((y[j] - y[i])[valid] / dx[valid]))


def mann_kendall(values: np.ndarray) -> MannKendall:
    """Mann–Kendall test of a series in time order; ties lower the variance."""
    y = np.asarray(values, dtype=float)
    y = y[~np.isnan(y)]
    n = len(y)
    if n < 2:
        return MannKendall(s=0, variance=0.0, z=0.0, p_value=1.0)
    i, j = np.triu_indices(n, k=1)
    s = int(np.sign(y[j] - y[i]).sum())
    _, tie_counts = np.unique(y, return_counts=True)
    ties = tie_counts[tie_counts > 1].astype(float)
    variance = (n * (n - 1) * (2 * n + 5) - float(np.sum(ties * (ties - 1) * (2 * ties + 5)))) / 18
    z = 0.0 if variance <= 0 or s == 0 else (s - np.sign(s)) / math.sqrt(variance)
    p_value = math.erfc(abs(z) / math.sqrt(2))
    return MannKendall(s=s, variance=variance, z=float(z), p_value=float(p_value))


def relative_change(slope: float, span: float, level: float) -> float:
    """The fitted change over ``span`` years as a share of ``|level|`` (inf at level 0)."""
    if math.isnan(slope) or math.isnan(level):
        return math.nan
    change = abs(slope) * span
    if level == 0:
        return math.inf if change > 0 else 0.0
    return change / abs(level)


def verdict(
    slope: float,
    p_value: float,
    n: int,
    better: str,
    alpha: float = ALPHA,
    relative: float = math.inf,
) -> Verdict:
    """Whether a series goes the right way, the wrong way, neither, or has too few points;
    ``no_direction`` when the indicator has no reviewed direction (``better`` is ``none``):
    its change is shown without calling it good or bad.

    A direction needs statistical support (Mann–Kendall p below ``alpha``) and a change that
    matters: ``relative`` (the fitted change over the period as a share of the level) of at
    least :data:`RELEVANT_SHARE`.
    """
    if n < MIN_POINTS:
        return "too_few"
    if better not in ("higher", "lower"):
        return "no_direction"
    if p_value >= alpha or slope == 0 or math.isnan(slope):
        return "no_clear_change"
    if not relative >= RELEVANT_SHARE:
        return "no_clear_change"
    improving = slope > 0 if better == "higher" else slope < 0
    return "right" if improving else "wrong"


def trend(years: np.ndarray, values: np.ndarray, better: str) -> TrendResult:
    """Theil–Sen slope and line, Mann–Kendall p-value, relative size and verdict of a series."""
    x, y = clean_series(years, values)
    slope = theil_sen_slope(x, y) if len(x) >= 2 else math.nan
    test = mann_kendall(y)
    span = float(x[-1] - x[0]) if len(x) else 0.0
    level = float(np.median(y)) if len(y) else math.nan
    relative = relative_change(slope, span, level)
    intercept = float(np.median(y - slope * x)) if not math.isnan(slope) else math.nan
    return TrendResult(
        n=len(x),
        slope_per_year=slope,
        slope_per_decade=slope * 10 if not math.isnan(slope) else math.nan,
        p_value=test.p_value,
        verdict=verdict(slope, test.p_value, len(x), better, relative=relative),
        supported=len(x) >= 2 and test.p_value < ALPHA,
        relative_change=relative,
        intercept=intercept,
    )


def change_since(years: np.ndarray, values: np.ndarray, base_year: int) -> tuple[float, float]:
    """Absolute and percent change from ``base_year`` to the latest year (NaN if unknown)."""
    x, y = clean_series(years, values)
    base = y[x == base_year]
    if len(base) == 0 or len(y) == 0:
        return math.nan, math.nan
    absolute = float(y[-1] - base[0])
    percent = absolute / abs(base[0]) * 100 if base[0] != 0 else math.nan
    return absolute, percent


def base_year_at_or_after(years: np.ndarray, values: np.ndarray, wanted: int) -> int | None:
    """The first year at or after ``wanted`` that has a value (None if there is none)."""
    x, _ = clean_series(years, values)
    later = x[x >= wanted]
    return int(later[0]) if len(later) else None


@dataclass(frozen=True)
class TargetPace:
    """Whether the current pace (Theil–Sen slope) reaches a target level by the target year."""

    latest_year: int
    latest_value: float
    target_year: int
    target_value: float
    slope_per_year: float  # Theil–Sen slope of the series (NaN with too few values)
    projected_value: float  # latest value plus the slope times the years left
    needed_slope: float  # change per year needed from the latest value to reach the target
    reaches: bool | None  # None when the pace is unknown


def target_pace(
    years: np.ndarray,
    values: np.ndarray,
    target_year: int,
    target_value: float,
    better: str,
) -> TargetPace | None:
    """Project the latest value at the Theil–Sen pace to ``target_year`` and compare.

    A target is reached when the projection is at or beyond the target level in the better
    direction. Returns None for an empty series; ``reaches`` is None with fewer than
    ``MIN_POINTS`` values, since the pace is then not known well enough to project.
    """
    x, y = clean_series(years, values)
    if len(x) == 0:
        return None
    latest_year, latest_value = int(x[-1]), float(y[-1])
    years_left = target_year - latest_year
    slope = theil_sen_slope(x, y) if len(x) >= MIN_POINTS else math.nan
    projected = latest_value + slope * max(years_left, 0)
    needed = (target_value - latest_value) / years_left if years_left > 0 else math.nan
    if math.isnan(projected):
        reaches = None
    elif better == "higher":
        reaches = projected >= target_value
    else:
        reaches = projected <= target_value
    return TargetPace(
        latest_year=latest_year,
        latest_value=latest_value,
        target_year=target_year,
        target_value=float(target_value),
        slope_per_year=slope,
        projected_value=projected,
        needed_slope=needed,
        reaches=reaches,
    )
