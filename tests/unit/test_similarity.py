"""Similar municipalities: hand-checked distances, missing values, weights and exclusions."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy.spatial import distance

from rus_data.peers.similarity import default_min_shared, nearest, standardise

NAN = math.nan

# Target T is (0, 0); A differs on a, B on b, C lacks a and equals T on b.
# z of a over (0, 1, 0): mean 1/3, sd sqrt(2/9) -> T, B = -0.7071, A = 1.4142
# z of b over (0, 0, 2, 0): mean 0.5, sd sqrt(3/4) -> B = 1.7321, others -0.5774
SMALL = pd.DataFrame(
    {"a": [0.0, 1.0, 0.0, NAN], "b": [0.0, 0.0, 2.0, 0.0]},
    index=pd.Index(["T", "A", "B", "C"], name="region_code"),
)


def test_standardise_uses_population_deviation() -> None:
    z = standardise(SMALL)
    assert z.loc["A", "a"] == pytest.approx(math.sqrt(2))
    assert z.loc["B", "b"] == pytest.approx(math.sqrt(3))
    assert math.isnan(z.loc["C", "a"])


def test_equal_weights_hand_checked() -> None:
    result = nearest(SMALL, "T", {"a": 1, "b": 1}, k=3)
    distances = dict(
        zip(result.neighbours["region_code"], result.neighbours["distance"], strict=True)
    )
    # A: sqrt((2.1213^2 + 0) / 2) = 1.5; B: sqrt((0 + 2.3094^2) / 2) = 1.6330
    assert distances["A"] == pytest.approx(1.5)
    assert distances["B"] == pytest.approx(math.sqrt(8 / 3))
    # C shares only b, where it equals T; its distance is rescaled by the shared weight: 0
    assert distances["C"] == pytest.approx(0.0)
    assert result.neighbours["region_code"].tolist() == ["C", "A", "B"]
    assert result.neighbours["rank"].tolist() == [1, 2, 3]
    assert result.neighbours["shared"].tolist() == [1, 2, 2]


def test_weights_change_the_order() -> None:
    result = nearest(SMALL, "T", {"a": 1, "b": 3}, k=3)
    distances = dict(
        zip(result.neighbours["region_code"], result.neighbours["distance"], strict=True)
    )
    assert distances["A"] == pytest.approx(math.sqrt(4.5 / 4))  # 1.0607
    assert distances["B"] == pytest.approx(2.0)  # sqrt(16/3 * 3 / 4)


def test_too_few_shared_indicators_excludes_with_reason() -> None:
    result = nearest(SMALL, "T", {"a": 1, "b": 1}, k=3, min_shared=2)
    assert result.neighbours["region_code"].tolist() == ["A", "B"]
    assert result.excluded.to_dict("records") == [
        {"region_code": "C", "shared": 1, "reason": "too_few_shared"}
    ]
    assert result.min_shared == 2


def test_k_limits_and_ties_break_by_code() -> None:
    values = pd.DataFrame({"a": [0.0, 1.0, -1.0, 5.0]}, index=["T", "Y", "X", "Z"])
    result = nearest(values, "T", {"a": 1}, k=2)
    assert result.neighbours["region_code"].tolist() == ["X", "Y"]


def test_indicators_that_cannot_separate_are_dropped_with_reasons() -> None:
    values = SMALL.assign(flat=1.0, unused=[1.0, 2.0, 3.0, 4.0])
    values.loc["T", "b"] = NAN
    result = nearest(values, "T", {"a": 1, "b": 1, "flat": 1, "unused": 0}, k=3)
    assert result.dropped_indicators == {
        "unused": "zero_weight",
        "b": "missing_for_target",
        "flat": "no_spread",
    }
    assert result.used_indicators == ["a"]
    # C has no value of a: nothing shared, so it is excluded rather than called close
    assert result.excluded["region_code"].tolist() == ["C"]
    assert "C" not in result.neighbours["region_code"].tolist()


def test_nothing_usable_gives_an_empty_answer() -> None:
    result = nearest(SMALL, "T", {"a": 0}, k=3)
    assert result.neighbours.empty
    assert result.used_indicators == []
    unknown = nearest(SMALL, "Q", {"a": 1, "b": 1})
    assert unknown.neighbours.empty
    assert unknown.dropped_indicators == {"a": "missing_for_target", "b": "missing_for_target"}


def test_matches_scipy_weighted_euclidean_on_complete_data() -> None:
    rng = np.random.default_rng(3)
    values = pd.DataFrame(rng.normal(size=(30, 4)), columns=list("abcd"))
    values.index = [f"{i:04d}" for i in range(30)]
    weights = {"a": 1.0, "b": 2.0, "c": 0.5, "d": 3.0}
    result = nearest(values, "0000", weights, k=29)
    z = standardise(values)
    w = np.array(list(weights.values()))
    for row in result.neighbours.itertuples():
        expected = distance.euclidean(z.loc["0000"], z.loc[row.region_code], w) / math.sqrt(w.sum())
        assert row.distance == pytest.approx(expected)


def test_default_min_shared_is_half_rounded_up() -> None:
    assert [default_min_shared(n) for n in (0, 1, 2, 3, 5)] == [1, 1, 1, 2, 3]
