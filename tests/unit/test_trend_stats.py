"""Trend statistics against hand-checked cases and SciPy's reference implementations."""

from __future__ import annotations

import math

import numpy as np
import pymannkendall
import pytest
from scipy import stats

from rus_data.trends.stats import (
    base_year_at_or_after,
    change_since,
    mann_kendall,
    target_pace,
    theil_sen_slope,
    trend,
)

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


# --- Reference: pymannkendall (an independent implementation of the same test) ---------------
@pytest.mark.parametrize(
    "values",
    [
        np.random.default_rng(3).normal(0, 1, 20) + 0.08 * np.arange(20),
        np.random.default_rng(4).normal(5, 2, 12),
        np.array([1, 1, 2, 2, 2, 3, 3, 4, 4, 4, 4, 5.0]),  # many ties
        np.array([5, 5, 5, 4, 4, 3, 3, 3, 2, 1.0]),
        np.round(np.random.default_rng(5).normal(10, 1, 15)),  # ties from rounding
    ],
)
def test_mann_kendall_matches_pymannkendall(values: np.ndarray) -> None:
    reference = pymannkendall.original_test(values)
    ours = mann_kendall(values)
    assert ours.s == reference.s
    assert ours.variance == pytest.approx(reference.var_s)
    assert ours.z == pytest.approx(reference.z)
    assert ours.p_value == pytest.approx(reference.p)


@pytest.mark.parametrize("seed", range(3))
def test_theil_sen_matches_pymannkendall_on_annual_series(seed: int) -> None:
    values = np.random.default_rng(seed).normal(0, 1, 15) + 0.2 * np.arange(15)
    reference = pymannkendall.sens_slope(values)
    assert theil_sen_slope(YEARS, values) == pytest.approx(reference.slope)


def test_verdicts_agree_with_pymannkendall_direction() -> None:
    rising = 2.0 + 0.3 * np.arange(15) + np.random.default_rng(9).normal(0, 0.2, 15)
    assert pymannkendall.original_test(rising).trend == "increasing"
    assert trend(YEARS, rising, "higher").verdict == "right"
    assert trend(YEARS, rising, "lower").verdict == "wrong"
    flat = np.random.default_rng(1).normal(10, 1, 15)
    assert pymannkendall.original_test(flat).trend == "no trend"
    assert trend(YEARS, flat, "higher").verdict == "no_clear_change"


# --- Target pace and base year ----------------------------------------------------------------


def test_target_pace_on_a_straight_line() -> None:
    values = 10.0 + 1.0 * (YEARS - 2010)  # 24 in 2024, +1 a year
    reached = target_pace(YEARS, values, 2030, 30.0, "higher")
    assert reached is not None
    assert reached.latest_year == 2024 and reached.latest_value == 24.0
    assert reached.slope_per_year == pytest.approx(1.0)
    assert reached.projected_value == pytest.approx(30.0)
    assert reached.needed_slope == pytest.approx(1.0)
    assert reached.reaches is True
    missed = target_pace(YEARS, values, 2030, 36.0, "higher")
    assert missed.reaches is False
    assert missed.needed_slope == pytest.approx(2.0)
    # For a "lower is better" indicator, rising values never reach a lower target.
    assert target_pace(YEARS, values, 2030, 20.0, "lower").reaches is False


def test_target_pace_needs_enough_points() -> None:
    short = target_pace(YEARS[:4], np.arange(4.0), 2030, 10.0, "higher")
    assert short is not None and short.reaches is None
    assert target_pace(YEARS[:0], np.arange(0.0), 2030, 10.0, "higher") is None


def test_base_year_at_or_after() -> None:
    years = np.array([2012, 2015, 2018, 2021, 2024])
    values = np.array([1.0, np.nan, 3.0, 4.0, 5.0])
    assert base_year_at_or_after(years, values, 2012) == 2012
    assert base_year_at_or_after(years, values, 2013) == 2018  # 2015 is missing
    assert base_year_at_or_after(years, values, 2025) is None
