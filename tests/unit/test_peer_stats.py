"""Rank, percentile and standing conventions, checked by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from rus_data.peers.stats import (
    oriented_difference,
    percentiles,
    position_of,
    ranks,
    standing,
)

NAN = math.nan


def test_ranks_follow_the_direction() -> None:
    values = np.array([10.0, 30.0, 20.0])
    assert ranks(values, "higher").tolist() == [3, 1, 2]
    assert ranks(values, "lower").tolist() == [1, 3, 2]


def test_ties_share_the_best_rank_and_skip_the_next() -> None:
    values = np.array([5.0, 7.0, 7.0, 1.0])
    assert ranks(values, "higher").tolist() == [3, 1, 1, 4]
    assert ranks(values, "lower").tolist() == [2, 3, 3, 1]


def test_missing_values_get_no_rank_and_do_not_count() -> None:
    values = np.array([NAN, 2.0, 1.0])
    result = ranks(values, "higher")
    assert math.isnan(result[0])
    assert result[1:].tolist() == [1, 2]
    position = position_of(values, 2, "higher")
    assert (position.rank, position.n, position.percentile) == (2, 2, 0.0)
    assert math.isnan(position_of(values, 0, "higher").percentile)
    assert position_of(values, 0, "higher").standing is None


def test_percentile_is_share_of_others_beaten_with_half_ties() -> None:
    values = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
    assert percentiles(values, "higher").tolist() == [0, 25, 50, 75, 100]
    assert percentiles(values, "lower").tolist() == [100, 75, 50, 25, 0]
    tied = np.array([1.0, 2.0, 2.0, 3.0])
    # the two 2s each beat one of three others and tie with one: (1 + 0.5) / 3
    assert percentiles(tied, "higher").tolist() == pytest.approx([0, 50, 50, 100])
    assert percentiles(np.array([4.0, 4.0]), "higher").tolist() == [50, 50]


def test_group_of_one_has_no_percentile() -> None:
    assert math.isnan(percentiles(np.array([3.0]), "higher")[0])
    assert math.isnan(percentiles(np.array([3.0, NAN]), "lower")[0])


def test_standing_in_thirds() -> None:
    values = np.array([1.0, 2.0, 3.0])
    assert [standing(p) for p in percentiles(values, "higher")] == ["worst", "middle", "best"]
    # four members: 0, 33.3, 66.7, 100 - the borders belong to the middle third
    four = percentiles(np.array([1.0, 2.0, 3.0, 4.0]), "higher")
    assert [standing(p) for p in four] == ["worst", "middle", "middle", "best"]
    assert standing(NAN) is None
    assert standing(70.0) == "best"
    assert standing(30.0) == "worst"


def test_oriented_difference() -> None:
    assert oriented_difference(5.0, 3.0, "higher") == 2.0
    assert oriented_difference(5.0, 3.0, "lower") == -2.0
    assert math.isnan(oriented_difference(NAN, 3.0, "higher"))


def test_unknown_direction_is_refused() -> None:
    with pytest.raises(ValueError, match="riktning"):
        ranks(np.array([1.0]), "sideways")
