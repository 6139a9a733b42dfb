"""Cross-impact matrix arithmetic for goal interactions (SDG Synergies style).

A matrix ``A`` holds directed scores: ``A[i, j]`` answers "how does progress on node i affect
progress on node j?" on −3 … +3, with zero where nothing is scored. Row sums give a node's
influence, column sums how much it is influenced. Positive and negative parts are always kept
apart, so that strong synergies never hide conflicts.

Second-order effects follow influence one step further: progress on i moves j by ``A[i, j]``,
and j then moves k by ``A[j, k]``. The path i → j → k contributes ``A[i, j] · A[j, k] / 3``
(divided by the top of the scale so a path of two +3 scores counts as +3). A path is positive
when both steps have the same sign (a constraint on a constraint relieves), negative otherwise.
Paths that return to where they started (k = i) are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd

SCALE_MAX = 3
Part = Literal["positive", "negative"]
Quadrant = Literal["driver", "dependent", "hub", "autonomous"]


def score_matrix(edges: pd.DataFrame, nodes: list[str]) -> pd.DataFrame:
    """Square matrix (rows: from, columns: to) of ``edges`` with ``from_key, to_key, score``.

    Pairs not scored are zero; edges whose nodes are not in ``nodes`` are ignored.
    """
    matrix = pd.DataFrame(0.0, index=pd.Index(nodes), columns=pd.Index(nodes))
    known = set(nodes)
    for row in edges.itertuples(index=False):
        if row.from_key in known and row.to_key in known and row.from_key != row.to_key:
            matrix.loc[row.from_key, row.to_key] = float(row.score)
    return matrix


def sign_parts(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The positive part (≥ 0) and the negative part (≤ 0) of an array; they sum to it."""
    array = np.asarray(values, dtype=float)
    return np.where(array > 0, array, 0.0), np.where(array < 0, array, 0.0)


def second_order_parts(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Positive and negative parts of the two-step path matrix, diagonal set to zero.

    ``result[i, k]`` sums ``A[i, j] · A[j, k] / 3`` over every intermediate node j, with
    positive and negative path products summed separately.
    """
    positive, negative = sign_parts(matrix)
    paths_positive = (positive @ positive + negative @ negative) / SCALE_MAX
    paths_negative = (positive @ negative + negative @ positive) / SCALE_MAX
    np.fill_diagonal(paths_positive, 0.0)
    np.fill_diagonal(paths_negative, 0.0)
    return paths_positive, paths_negative


def influence_table(matrix: pd.DataFrame, order: int = 1) -> pd.DataFrame:
    """Per node: influence (row sums) and being influenced (column sums), signs apart.

    Columns ``out_positive, out_negative, out_net, in_positive, in_negative, in_net``; the
    negative sums are ≤ 0. With ``order=2`` the second-order path sums are added to the direct
    ones.
    """
    if order not in (1, 2):
        raise ValueError(f"Ordningen måste vara 1 eller 2, inte {order!r}")
    values = matrix.to_numpy(dtype=float)
    positive, negative = sign_parts(values)
    if order == 2:
        more_positive, more_negative = second_order_parts(values)
        positive = positive + more_positive
        negative = negative + more_negative
    table = pd.DataFrame(
        {
            "out_positive": positive.sum(axis=1),
            "out_negative": negative.sum(axis=1),
            "in_positive": positive.sum(axis=0),
            "in_negative": negative.sum(axis=0),
        },
        index=matrix.index,
    )
    table["out_net"] = table["out_positive"] + table["out_negative"]
    table["in_net"] = table["in_positive"] + table["in_negative"]
    return table[
        ["out_positive", "out_negative", "out_net", "in_positive", "in_negative", "in_net"]
    ]


def quadrant(influence: float, influenced: float, x_split: float, y_split: float) -> Quadrant:
    """Classify a node: drivers influence much and are influenced little, and so on.

    Values equal to a split count as low.
    """
    high_out = influence > x_split
    high_in = influenced > y_split
    if high_out and high_in:
        return "hub"
    if high_out:
        return "driver"
    if high_in:
        return "dependent"
    return "autonomous"


def _median_above_zero(values: pd.Series) -> float:
    positive = values[values > 0]
    return float(positive.median()) if len(positive) else 0.0


@dataclass(frozen=True)
class QuadrantSplits:
    """Where the quadrant lines go on the influence and being-influenced axes."""

    x: float
    y: float


def quadrant_frame(table: pd.DataFrame, part: Part) -> tuple[pd.DataFrame, QuadrantSplits]:
    """Influence against being influenced for one sign, with each node's quadrant.

    Negative sums are shown as magnitudes (≥ 0). Nodes with no link of that sign are dropped.
    Each split line is the median of the values above zero on its axis, so that the many
    targets that only receive links do not pull the influence line down to zero.
    """
    column_out, column_in = f"out_{part}", f"in_{part}"
    frame = pd.DataFrame(
        {
            "key": table.index,
            "influence": table[column_out].abs().to_numpy(),
            "influenced": table[column_in].abs().to_numpy(),
        }
    )
    frame = frame[(frame["influence"] > 0) | (frame["influenced"] > 0)].reset_index(drop=True)
    if frame.empty:
        return frame.assign(quadrant=pd.Series(dtype=str)), QuadrantSplits(0.0, 0.0)
    splits = QuadrantSplits(
        _median_above_zero(frame["influence"]), _median_above_zero(frame["influenced"])
    )
    frame["quadrant"] = [
        quadrant(x, y, splits.x, splits.y)
        for x, y in zip(frame["influence"], frame["influenced"], strict=True)
    ]
    return frame, splits


def effective_interactions(frame: pd.DataFrame, region_code: str) -> pd.DataFrame:
    """One score per directed pair: the one that applies in ``region_code``.

    Rows of ``frame`` have ``from_key, to_key, context, priority`` (higher wins: adopted
    workshop scores over the starting set) and ``scored_at``. A county's own score beats the
    national one; then the higher priority, then the most recent.
    """
    usable = frame[frame["context"].isin(["00", region_code])].copy()
    usable["_local"] = usable["context"] == region_code
    usable["_when"] = pd.to_datetime(usable["scored_at"])
    usable = usable.sort_values(["_local", "priority", "_when"], kind="stable")
    chosen = usable.drop_duplicates(["from_key", "to_key"], keep="last")
    return chosen.drop(columns=["_local", "_when"]).reset_index(drop=True)
