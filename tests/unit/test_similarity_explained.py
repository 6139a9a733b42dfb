"""The reasons behind a similar municipality: the closest and the most different indicators."""

from __future__ import annotations

import pandas as pd
import pytest

from rus_data.peers.explain import contributions, reasons


def test_closest_and_most_different_indicators_by_hand() -> None:
    values = pd.DataFrame(
        {"a": [0.0, 0.0, 2.0, 2.0], "b": [0.0, 2.0, 0.0, 2.0], "c": [1.0, 1.0, 3.0, 3.0]},
        index=["t", "x", "y", "z"],
    )
    frame = contributions(values, "t", ["x"], ["a", "b", "c"])
    by_id = frame.set_index("indicator_id")
    # every column has mean 1 and population sd 1: z = value − 1 (c: value − 2)
    assert by_id.loc["a", "gap"] == pytest.approx(0.0)
    assert by_id.loc["b", "gap"] == pytest.approx(2.0)
    assert by_id.loc["c", "gap"] == pytest.approx(0.0)
    assert by_id.loc["b", "value_target"] == 0.0 and by_id.loc["b", "value_other"] == 2.0
    close, far = reasons(frame)["x"]
    assert close == ["a", "c"] and far == ["b"]


def test_an_indicator_either_lacks_is_left_out() -> None:
    values = pd.DataFrame(
        {"a": [0.0, 1.0, 2.0], "b": [1.0, float("nan"), 3.0]}, index=["t", "x", "y"]
    )
    frame = contributions(values, "t", ["x", "y"], ["a", "b"])
    assert list(frame[frame.region_code == "x"]["indicator_id"]) == ["a"]
    assert contributions(values, "missing", ["x"], ["a"]).empty
