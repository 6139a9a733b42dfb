"""The answers pages give before their controls: the map's best and worst area
(rus_data.map.answer) and the peers' count per third (rus_data.peers.profile)."""

from __future__ import annotations

import math

import pandas as pd

from rus_data.map.answer import map_extremes
from rus_data.map.view import rank_best_first
from rus_data.peers.profile import standing_counts


def _frame(values: dict[str, float], better: str) -> pd.DataFrame:
    frame = pd.DataFrame({"name": list(values), "shown": list(values.values())})
    frame["rank"] = rank_best_first(frame["shown"], better)
    frame["shown_text"] = [str(v) for v in frame["shown"]]
    return frame


def test_the_best_is_the_lowest_where_lower_is_better_and_ties_are_counted() -> None:
    frame = _frame({"Umeå": 2.0, "Kiruna": 9.0, "Lund": 2.0, "Gävle": math.nan}, "lower")
    best, worst = map_extremes(frame, "lower")
    assert (best.role, best.name, best.others) == ("best", "Lund", 1)  # Lund and Umeå tie
    assert (worst.role, worst.name, worst.shown_text) == ("worst", "Kiruna", "9.0")


def test_without_a_direction_the_ends_are_highest_and_lowest() -> None:
    frame = _frame({"A": 1.0, "B": 3.0}, "none")
    top, bottom = map_extremes(frame, "none")
    assert (top.role, top.name, bottom.role, bottom.name) == ("highest", "B", "lowest", "A")


def test_no_answer_without_two_different_values() -> None:
    assert map_extremes(_frame({"A": 1.0, "B": math.nan}, "higher"), "higher") is None
    assert map_extremes(_frame({"A": 1.0, "B": 1.0}, "higher"), "higher") is None


def test_standing_counts_add_up_to_the_profile() -> None:
    profile = pd.DataFrame({"standing": ["best", "worst", None, "best", "middle"]})
    assert standing_counts(profile) == {"best": 2, "middle": 1, "worst": 1, "missing": 1}
