"""Hand-checked cases for the map's value-to-colour classification and number formatting."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from rus_data.map.classes import (
    DIVERGING,
    DIVERGING_NEUTRAL,
    MISSING_COLOUR,
    SEQUENTIAL,
    change_between,
    class_edges,
    class_index,
    classify,
    classify_change,
    diverging_edges,
    interpolate,
    oriented,
)
from rus_data.map.view import rank_best_first

NAN = math.nan


def test_equal_interval_edges_and_classes() -> None:
    values = np.array([1.0, 2.0, 3.0, 4.0, 5.0, NAN])
    edges = class_edges(values, "equal", 4)
    assert edges == [1.0, 2.0, 3.0, 4.0, 5.0]
    # left-closed classes, the last one also holds its upper edge; NaN has no class
    assert class_index(values, edges).tolist() == [0, 1, 2, 3, 3, -1]


def test_quantile_edges_drop_duplicates() -> None:
    assert class_edges(np.array([1, 2, 3, 4, 5.0]), "quantile", 4) == [1, 2, 3, 4, 5]
    # four of five values equal: the quantiles collapse into one class
    assert class_edges(np.array([1, 1, 1, 1, 5.0]), "quantile", 4) == [1.0, 5.0]


def test_all_values_equal_get_one_class_and_the_middle_colour() -> None:
    result = classify(np.array([3.0, 3.0, 3.0]), "quantile", "higher")
    assert len(set(result.colours)) == 1
    assert result.colours[0] == SEQUENTIAL[2]
    assert [(e.low, e.high) for e in result.legend] == [(3.0, 3.0)]
    continuous = classify(np.array([3.0, 3.0]), "continuous", "lower")
    assert continuous.colours == [SEQUENTIAL[2], SEQUENTIAL[2]]


def test_missing_values_are_missing_not_zero() -> None:
    result = classify(np.array([NAN, 0.0, 10.0]), "equal", "higher")
    assert result.colours[0] == MISSING_COLOUR
    assert result.colours[1] != MISSING_COLOUR  # a real zero is coloured
    assert result.legend[-1].missing
    only_missing = classify(np.array([NAN, NAN]), "quantile", "higher")
    assert only_missing.colours == [MISSING_COLOUR, MISSING_COLOUR]
    assert [e.missing for e in only_missing.legend] == [True]


def test_the_better_end_is_dark_whichever_way_better_points() -> None:
    higher = classify(np.array([0.0, 10.0]), "equal", "higher")
    lower = classify(np.array([0.0, 10.0]), "equal", "lower")
    assert higher.colours == [SEQUENTIAL[0], SEQUENTIAL[-1]]
    assert lower.colours == [SEQUENTIAL[-1], SEQUENTIAL[0]]
    assert oriented(SEQUENTIAL, "lower")[0] == SEQUENTIAL[-1]
    with pytest.raises(ValueError):
        oriented(SEQUENTIAL, "sideways")  # type: ignore[arg-type]


def test_continuous_scale_interpolates_between_min_and_max() -> None:
    assert interpolate(("#000000", "#FFFFFF"), 0.5) == "#808080"
    assert interpolate(("#000000", "#FFFFFF"), 2.0) == "#FFFFFF"
    result = classify(np.array([0.0, 5.0, 10.0]), "continuous", "higher")
    assert result.colours[0] == SEQUENTIAL[0]
    assert result.colours[1] == SEQUENTIAL[2]
    assert result.colours[2] == SEQUENTIAL[-1]
    assert result.continuous


def test_change_absolute_and_percent() -> None:
    now = np.array([110.0, 90.0, 5.0, NAN, -50.0])
    base = np.array([100.0, 100.0, 0.0, 1.0, -100.0])
    assert np.allclose(change_between(now, base, False), [10, -10, 5, NAN, 50], equal_nan=True)
    # percent of |base|: a base of zero gives no percentage rather than infinity
    assert np.allclose(change_between(now, base, True), [10, -10, NAN, NAN, 50], equal_nan=True)


def test_diverging_edges_are_symmetric_around_zero() -> None:
    assert diverging_edges(np.array([-3.0, -1.0, 1.0, 3.0]), "equal") == [-3, -2, -1, 0, 1, 2, 3]
    assert diverging_edges(np.array([0.0, 0.0]), "equal") == [0.0, 0.0]
    assert diverging_edges(np.array([NAN]), "equal") == []


def test_negative_changes_are_red_when_higher_is_better_and_blue_when_lower() -> None:
    values = np.array([-3.0, -1.0, 0.5, 3.0])
    higher = classify_change(values, "equal", "higher")
    assert higher.colours == [DIVERGING[0], DIVERGING[2], DIVERGING[3], DIVERGING[5]]
    lower = classify_change(values, "equal", "lower")
    assert lower.colours[0] == DIVERGING[-1]  # a big fall is good news: dark blue
    assert lower.colours[-1] == DIVERGING[0]


def test_only_falls_get_only_the_classes_they_occupy() -> None:
    result = classify_change(np.array([-4.0, -2.0]), "equal", "higher")
    assert result.colours == [DIVERGING[0], DIVERGING[1]]
    assert [e.colour for e in result.legend] == [DIVERGING[0], DIVERGING[1]]
    assert result.legend[0].low == -4.0 and result.legend[-1].high == -2.0


def test_every_value_rose_gives_no_red_class_and_no_zero_edge() -> None:
    """The finding: every municipality increased, yet the legend had three red classes."""
    rises = np.array([0.4, 1.0, 2.5, 6.0, 9.0, NAN])
    for method in ("equal", "quantile"):
        result = classify_change(rises, method, "higher")
        shown = [e for e in result.legend if not e.missing]
        assert all(e.colour in DIVERGING[3:] for e in shown), method  # blues only
        assert shown[0].low == 0.4 and shown[-1].high == 9.0
        assert all(e.low != 0.0 for e in shown)
    continuous = classify_change(rises, "continuous", "higher")
    assert continuous.legend[0].low == 0.4 and continuous.legend[-2].low == 9.0


def test_zero_is_an_edge_when_both_signs_occur() -> None:
    result = classify_change(np.array([-1.0, 3.0]), "equal", "higher")
    edges = [e.low for e in result.legend] + [result.legend[-1].high]
    assert 0.0 in edges and edges[0] == -1.0 and edges[-1] == 3.0


def test_no_change_at_all_is_neutral_and_nan_is_missing() -> None:
    result = classify_change(np.array([0.0, 0.0, NAN]), "quantile", "higher")
    assert result.colours == [DIVERGING_NEUTRAL, DIVERGING_NEUTRAL, MISSING_COLOUR]


def test_continuous_change_is_centred_on_zero() -> None:
    result = classify_change(np.array([-2.0, 0.0, 1.0]), "continuous", "higher")
    assert result.colours[0] == DIVERGING[0]
    assert result.colours[1] == interpolate(DIVERGING, 0.5)


def test_rank_puts_the_best_first_and_leaves_missing_unranked() -> None:
    values = pd.Series([3.0, 1.0, NAN, 3.0])
    assert rank_best_first(values, "higher").tolist() == [1, 3, pd.NA, 1]
    assert rank_best_first(values, "lower").tolist() == [2, 1, pd.NA, 2]


def test_legend_html_shows_a_ramp_for_continuous_scales() -> None:
    from rus_data.map.charts import legend_html

    rows = [("#000000", "1"), ("#FFFFCC", "5"), ("#FFFFFF", "Uppgift saknas")]
    ramp = legend_html("Värde (%)", rows, continuous=True)
    assert "linear-gradient(to right,#000000,#FFFFCC)" in ramp and "Uppgift saknas" in ramp
    classes = legend_html("Värde <b>", rows)
    assert "linear-gradient" not in classes and "Värde &lt;b&gt;" in classes
