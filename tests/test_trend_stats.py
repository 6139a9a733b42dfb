"""Trend statistics against hand-checked cases and SciPy's reference implementations."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats

from rus_data.trend_stats import change_since, mann_kendall, theil_sen_slope, trend

YEARS = np.arange(2010, 2025)


def test_perfect_line() -> None:
    values = 3.0 + 0.5 * (YEARS - 2010)
    result = trend(YEARS, values, "higher")
    assert result.slope_per_year == pytest.approx(0.5)
    assert result.slope_per_decade == pytest.approx(5.0)
    assert result.p_value < 0.001
    assert result.verdict == "right"
    assert trend(YEARS, values, "lower").verdict == "wrong"


def test_constant_series_has_no_trend() -> None:
    result = trend(YEARS, np.full(len(YEARS), 7.0), "higher")
    assert result.slope_per_year == 0
    assert result.p_value == 1.0
    assert result.verdict == "no_clear_change"


def test_noise_with_fixed_seed_is_no_clear_change() -> None:
    values = np.random.default_rng(1).normal(10, 1, len(YEARS))
    result = trend(YEARS, values, "higher")
    assert result.p_value > 0.05
    assert result.verdict == "no_clear_change"


def test_fewer_than_five_points() -> None:
    assert trend(YEARS[:4], np.arange(4.0), "higher").verdict == "too_few"
    with_gaps = np.array([1.0, np.nan, 2.0, np.nan, 3.0, np.nan, 4.0])
    assert trend(np.arange(2018, 2025), with_gaps, "higher").verdict == "too_few"


def test_missing_years_use_real_spacing() -> None:
    years = np.array([1990, 2000, 2005, 2010, 2015, 2016, 2017])
    values = 100 - 2.0 * (years - 1990)
    assert theil_sen_slope(years, values) == pytest.approx(-2.0)
    assert trend(years, values, "lower").verdict == "right"


@pytest.mark.parametrize("seed", range(5))
def test_theil_sen_matches_scipy(seed: int) -> None:
    rng = np.random.default_rng(seed)
    years = np.sort(rng.choice(np.arange(1990, 2025), 12, replace=False))
    values = rng.normal(0, 1, 12) + 0.1 * (years - 1990)
    assert theil_sen_slope(years, values) == pytest.approx(stats.theilslopes(values, years)[0])


@pytest.mark.parametrize("seed", range(5))
def test_mann_kendall_matches_kendall_tau(seed: int) -> None:
    """S relates to Kendall's tau-a, and with no ties the z-scores agree with SciPy's test."""
    values = np.random.default_rng(seed).normal(0, 1, 15) + 0.05 * np.arange(15)
    result = mann_kendall(values)
    tau = stats.kendalltau(np.arange(15), values, method="asymptotic")
    n = len(values)
    assert result.s / (n * (n - 1) / 2) == pytest.approx(tau.statistic)
    # SciPy's asymptotic test has no continuity correction; ours does (S - sign(S)).
    uncorrected = result.s / math.sqrt(result.variance)
    assert math.erfc(abs(uncorrected) / math.sqrt(2)) == pytest.approx(tau.pvalue, rel=1e-6)


def test_ties_reduce_the_variance() -> None:
    with_ties = mann_kendall(np.array([1, 1, 2, 2, 3, 3, 4, 4.0]))
    without = mann_kendall(np.arange(8.0))
    n = 8
    assert without.variance == pytest.approx(n * (n - 1) * (2 * n + 5) / 18)
    assert with_ties.variance == pytest.approx(without.variance - 4 * (2 * 1 * 9) / 18)
    assert with_ties.s == 24


def test_change_since_base_year() -> None:
    absolute, percent = change_since(YEARS, 2.0 * (YEARS - 2009), 2015)
    assert absolute == pytest.approx(30 - 12)
    assert percent == pytest.approx(150.0)
    assert all(math.isnan(v) for v in change_since(YEARS, YEARS * 1.0, 1999))
