"""Goal conflicts and synergies on hand-made data: the starting set and the tables' arithmetic."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from rus_data.conflicts import tables as conflicts
from rus_data.reference.interactions import STARTING_SET
from rus_data.reference.objectives import OBJECTIVES
from rus_data.reference.sdg import SDG_TARGETS

# --- the starting set --------------------------------------------------------------------


def test_starting_set_is_complete_and_valid() -> None:
    target_ids = {t.id for t in SDG_TARGETS}
    pairs = [(i.source, i.target) for i in STARTING_SET]
    assert len(pairs) == len(set(pairs)), "every directed pair once"
    for item in STARTING_SET:
        assert -3 <= item.score <= 3
        assert item.confidence in ("low", "medium", "high")
        assert item.rationale_sv.strip() and item.rationale_en.strip()
        assert item.source != item.target
        for kind, node_id in (item.from_node, item.to_node):
            if kind == "target":
                assert node_id in target_ids, node_id
            else:
                assert 0 <= int(node_id) <= 16
    for objective in OBJECTIVES:
        linked = {i.target for i in STARTING_SET if i.source == f"o{objective.id}"}
        assert sum(t.startswith("t") for t in linked) >= 3, objective.id


@pytest.mark.parametrize(
    ("source", "target", "sign"),
    [
        ("o1", "o12", -1),  # climate and bioenergy versus forest biodiversity
        ("o1", "o14", -1),  # wind power versus the mountains and reindeer husbandry
        ("o1", "o8", -1),  # hydropower versus free-flowing rivers
        ("o1", "o15", -1),  # densification versus urban green space
        ("o7", "o10", 1),  # eutrophication and the sea
        ("o2", "o3", 1),  # clean air and acidification
    ],
)
def test_starting_set_has_the_well_known_links(source: str, target: str, sign: int) -> None:
    scores = {(i.source, i.target): i.score for i in STARTING_SET}
    assert np.sign(scores[(source, target)]) == sign


# --- tables for the page -----------------------------------------------------------------


def test_goal_summary_keeps_signs_apart() -> None:
    edges = pd.DataFrame(
        {
            "from_key": ["objective:1"] * 3 + ["objective:2"],
            "from_label": ["A"] * 3 + ["B"],
            "from_short": ["1"] * 3 + ["2"],
            "to_key": ["target:7.2", "target:7.3", "target:15.5", "objective:1"],
            "to_goal": [7, 7, 15, 0],
            "score": [3, -2, 1, 2],
        }
    )
    summary = conflicts.goal_summary(edges).set_index("to_goal")
    assert summary.loc[7, "positive"] == 3 and summary.loc[7, "negative"] == -2
    assert summary.loc[7, "links"] == 2 and summary.loc[7, "mean"] == 0.5
    assert list(summary.index) == [7, 15]


@pytest.mark.parametrize(
    ("score", "right", "wrong", "expected"),
    [
        (2, 3, 1, "helped"),
        (-2, 3, 1, "threatened"),
        (2, 0, 2, "threatened"),
        (-1, 0, 2, "eased"),
        (2, 1, 1, "unclear"),
        (0, 3, 0, "unclear"),
    ],
)
def test_target_signal(score: int, right: int, wrong: int, expected: str) -> None:
    assert conflicts.target_signal(score, right, wrong) == expected


def test_indicator_verdicts_by_hand_and_until_a_year() -> None:
    years = list(range(2010, 2020))
    values = pd.DataFrame(
        {
            "indicator_id": ["up"] * 10 + ["down"] * 10,
            "indicator": ["Upp"] * 10 + ["Ned"] * 10,
            "unit": ["st"] * 20,
            "better": ["lower"] * 10 + ["lower"] * 10,
            "year": years * 2,
            "value": [float(y - 2000) for y in years] + [float(2030 - y) for y in years],
        }
    )
    verdicts = conflicts.indicator_verdicts(values).set_index("indicator_id")
    assert verdicts.loc["up", "verdict"] == "wrong"
    assert verdicts.loc["down", "verdict"] == "right"
    assert verdicts.loc["up", "slope_per_year"] == 1.0
    early = conflicts.indicator_verdicts(values, until_year=2013).set_index("indicator_id")
    assert early.loc["up", "n"] == 4 and early.loc["up", "verdict"] == "too_few"
