"""Hand-computed checks of the cross-impact matrix arithmetic."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from rus_data.conflicts.matrix import (
    effective_interactions,
    influence_table,
    quadrant,
    quadrant_frame,
    score_matrix,
    second_order_parts,
    sign_parts,
)

NODES = ["a", "b", "c"]
EDGES = pd.DataFrame(
    {
        "from_key": ["a", "b", "a", "c", "x", "a"],
        "to_key": ["b", "c", "c", "a", "a", "a"],
        "score": [2, -3, 1, -1, 3, 3],
    }
)


@pytest.fixture()
def matrix() -> pd.DataFrame:
    return score_matrix(EDGES, NODES)


def test_score_matrix_places_scores_and_ignores_unknown_and_self(matrix: pd.DataFrame) -> None:
    expected = np.array([[0, 2, 1], [0, 0, -3], [-1, 0, 0]], dtype=float)
    np.testing.assert_array_equal(matrix.to_numpy(), expected)
    assert list(matrix.index) == NODES and list(matrix.columns) == NODES


def test_sign_parts_sum_back_to_the_matrix(matrix: pd.DataFrame) -> None:
    positive, negative = sign_parts(matrix.to_numpy())
    assert positive.min() >= 0 and negative.max() <= 0
    np.testing.assert_array_equal(positive + negative, matrix.to_numpy())


def test_first_order_sums_keep_signs_apart(matrix: pd.DataFrame) -> None:
    table = influence_table(matrix, order=1)
    assert table["out_positive"].tolist() == [3, 0, 0]
    assert table["out_negative"].tolist() == [0, -3, -1]
    assert table["out_net"].tolist() == [3, -3, -1]
    assert table["in_positive"].tolist() == [0, 2, 1]
    assert table["in_negative"].tolist() == [-1, 0, -3]
    assert table["in_net"].tolist() == [-1, 2, -2]


def test_second_order_paths_by_hand(matrix: pd.DataFrame) -> None:
    # a→b→c: 2·(−3)/3 = −2;  b→c→a: (−3)(−1)/3 = +1;  c→a→b: (−1)·2/3 = −2/3;
    # a→c→a and c→a→c return to their start and are left out.
    positive, negative = second_order_parts(matrix.to_numpy())
    np.testing.assert_allclose(positive, [[0, 0, 0], [1, 0, 0], [0, 0, 0]])
    np.testing.assert_allclose(negative, [[0, 0, -2], [0, 0, 0], [0, -2 / 3, 0]])


def test_second_order_table_adds_paths_to_direct_sums(matrix: pd.DataFrame) -> None:
    table = influence_table(matrix, order=2)
    np.testing.assert_allclose(table["out_positive"], [3, 1, 0])
    np.testing.assert_allclose(table["out_negative"], [-2, -3, -5 / 3])
    np.testing.assert_allclose(table["in_positive"], [1, 2, 1])
    np.testing.assert_allclose(table["in_negative"], [-1, -2 / 3, -5])


def test_a_strong_synergy_does_not_hide_a_conflict() -> None:
    matrix = score_matrix(
        pd.DataFrame({"from_key": ["a", "a"], "to_key": ["b", "c"], "score": [3, -3]}), NODES
    )
    table = influence_table(matrix)
    assert table.loc["a", "out_net"] == 0
    assert table.loc["a", "out_positive"] == 3 and table.loc["a", "out_negative"] == -3


def test_order_must_be_one_or_two(matrix: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="Ordningen"):
        influence_table(matrix, order=3)


@pytest.mark.parametrize(
    ("x", "y", "expected"),
    [
        (2, 2, "hub"),
        (2, 0, "driver"),
        (0, 2, "dependent"),
        (0, 0, "autonomous"),
        (1, 1, "autonomous"),
    ],
)
def test_quadrant(x: float, y: float, expected: str) -> None:
    assert quadrant(x, y, 1, 1) == expected


def test_quadrant_frame_uses_medians_above_zero_and_magnitudes(matrix: pd.DataFrame) -> None:
    frame, splits = quadrant_frame(influence_table(matrix), "negative")
    # negative parts: out a 0, b 3, c 1; in a 1, b 0, c 3 → medians of (3, 1) and (1, 3)
    assert frame["key"].tolist() == ["a", "b", "c"]
    assert (splits.x, splits.y) == (2.0, 2.0)
    assert frame["quadrant"].tolist() == ["autonomous", "driver", "dependent"]


def test_effective_interactions_prefers_county_then_adopted_then_recent() -> None:
    frame = pd.DataFrame(
        {
            "from_key": ["a", "a", "a", "a", "b"],
            "to_key": ["b", "b", "b", "b", "c"],
            "score": [1, 2, 3, -1, 2],
            "context": ["00", "00", "14", "25", "00"],
            "priority": [0, 1, 0, 1, 0],
            "scored_at": ["2025-01-01", "2024-01-01", "2020-01-01", "2026-01-01", "2025-01-01"],
        }
    )
    nation = effective_interactions(frame, "00")
    assert dict(zip(nation["from_key"] + nation["to_key"], nation["score"], strict=True)) == {
        "ab": 2,
        "bc": 2,
    }
    county = effective_interactions(frame, "14")
    assert county.set_index("to_key").loc["b", "score"] == 3


def test_quadrant_frame_with_positive_parts_and_when_empty(matrix: pd.DataFrame) -> None:
    frame, splits = quadrant_frame(influence_table(matrix), "positive")
    # positive parts: out a 3, b 0, c 0; in a 0, b 2, c 1 → medians of (3) and (2, 1)
    assert frame["key"].tolist() == ["a", "b", "c"]
    assert (splits.x, splits.y) == (3.0, 1.5)
    assert frame["quadrant"].tolist() == ["autonomous", "dependent", "autonomous"]
    empty, none = quadrant_frame(influence_table(score_matrix(EDGES[:0], NODES)), "negative")
    assert empty.empty and (none.x, none.y) == (0.0, 0.0)
