"""Goal conflicts and synergies: the starting set, its tables, and the workshop store."""

from __future__ import annotations

import io
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pytest

from rus_data import conflicts, queries_conflicts, workshop
from rus_data.interaction_network import filter_edges, network_layout
from rus_data.reference.interactions import STARTING_SET, STARTING_SET_SOURCE_NAME
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


def test_build_loads_the_starting_set_with_its_own_source(db: duckdb.DuckDBPyConnection) -> None:
    frame = queries_conflicts.interactions(db)
    assert len(frame) == len(STARTING_SET)
    assert set(frame["source"]) == {STARTING_SET_SOURCE_NAME}
    assert not frame["is_demo"].any()
    assert frame["rationale_sv"].str.strip().str.len().min() > 0
    description = db.execute(
        "SELECT description FROM source WHERE name = ?", [STARTING_SET_SOURCE_NAME]
    ).fetchone()[0]
    assert "granskas" in description


def test_nodes_cover_objectives_and_every_target(db: duckdb.DuckDBPyConnection) -> None:
    nodes = queries_conflicts.interaction_nodes(db, "en")
    assert (nodes["kind"] == "objective").sum() == 17
    assert (nodes["kind"] == "target").sum() == 169
    assert nodes.set_index("key").loc["target:15.5", "goal"] == 15


# --- tables for the page -----------------------------------------------------------------


@pytest.fixture()
def edges(db: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    nodes = queries_conflicts.interaction_nodes(db, "sv")
    frame = conflicts.combined_interactions(
        queries_conflicts.interactions(db), queries_conflicts.interactions(db)[:0]
    )
    return conflicts.labelled_edges(frame, nodes, "00", "sv")


def test_labelled_edges_carry_labels_and_sources(edges: pd.DataFrame) -> None:
    row = edges.set_index(["from_key", "to_key"]).loc[("objective:1", "objective:12")]
    assert row["from_label"] == "Begränsad klimatpåverkan"
    assert row["score_text"] == "-2 Motverkande"
    assert row["source_text"].startswith(STARTING_SET_SOURCE_NAME)


def test_ranked_conflicts_strongest_first(edges: pd.DataFrame) -> None:
    ranked = conflicts.ranked_interactions(edges, -1, limit=5)
    assert len(ranked) == 5
    assert (ranked["score"] < 0).all()
    assert list(ranked["score"]) == sorted(ranked["score"])
    synergies = conflicts.ranked_interactions(edges, 1, limit=200)
    assert (synergies["score"] > 0).all() and synergies["score"].iloc[0] == 3


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


def test_targets_with_trends_uses_the_indicator_verdicts(
    db: duckdb.DuckDBPyConnection, edges: pd.DataFrame
) -> None:
    values = queries_conflicts.objective_indicator_values(db, 1, "14", "sv")
    verdicts = conflicts.indicator_verdicts(values)
    assert set(verdicts["indicator_id"]) == set(values["indicator_id"])
    linked = conflicts.targets_with_trends(edges, 1, verdicts)
    assert set(linked["to_key"]) == {
        i.to_node[0] + ":" + i.to_node[1]
        for i in STARTING_SET
        if i.source == "o1" and i.target.startswith("t")
    }
    counts = verdicts["verdict"].value_counts()
    assert linked["right"].iloc[0] == counts.get("right", 0)
    assert linked["wrong"].iloc[0] == counts.get("wrong", 0)


def test_network_filter_and_layout(edges: pd.DataFrame, db: duckdb.DuckDBPyConnection) -> None:
    nodes = queries_conflicts.interaction_nodes(db, "sv")
    strong_conflicts = filter_edges(edges, threshold=2, sign="negative")
    assert (strong_conflicts["score"] <= -2).all() and len(strong_conflicts) > 0
    water = filter_edges(edges, goals=[6])
    to_targets = water[water["to_key"].str.startswith("target:")]
    assert set(to_targets["to_goal"]) == {6}
    assert water["to_key"].str.startswith("objective:").sum() == (
        edges["to_key"].str.startswith("objective:").sum()
    )
    positions, located = network_layout(edges, nodes)
    again, _ = network_layout(edges, nodes)
    pd.testing.assert_frame_equal(positions, again)  # the layout is reproducible
    assert set(positions["key"]) == set(edges["from_key"]) | set(edges["to_key"])
    assert located["sign_name"].iloc[-1] == "conflict"  # conflicts are drawn on top


# --- the workshop store ------------------------------------------------------------------

KNOWN = ["objective:1", "objective:12", "objective:14", "target:7.2", "target:15.5"]


def _round(**changes: list) -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "rater": ["Anna", "Anna", "Bo"],
            "from_kind": ["objective"] * 3,
            "from_id": ["1", "1", "1"],
            "to_kind": ["objective", "target", "objective"],
            "to_id": ["12", "7.2", "12"],
            "score": ["-2", "3", "1"],
            "comment": ["biobränsle", "förnybart", "kolförråd"],
        }
    )
    for column, values in changes.items():
        frame[column] = values
    return frame


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    return tmp_path / "ws.duckdb"


def test_store_path_is_beside_the_database(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RUS_WORKSHOP_DB", raising=False)
    assert workshop.store_path(Path("/x/rus.duckdb")) == Path("/x/rus.workshop.duckdb")
    monkeypatch.setenv("RUS_WORKSHOP_DB", "/y/w.duckdb")
    assert workshop.store_path(Path("/x/rus.duckdb")) == Path("/y/w.duckdb")


def test_round_is_saved_summarised_and_versioned(store: Path) -> None:
    assert workshop.store_version(store) == "none"
    session = workshop.create_session(store, "Nobelmötet", "00")
    before = workshop.store_version(store)
    assert workshop.save_round(store, session, _round(), KNOWN) == 3
    assert workshop.store_version(store) != before
    scores = workshop.session_scores(store, session)
    assert len(scores) == 3
    summary = workshop.score_summary(scores)
    first = summary.iloc[0]
    assert (first["from_key"], first["to_key"]) == ("objective:1", "objective:12")
    assert first["raters"] == 2 and first["mean"] == -0.5 and first["spread"] == 3
    assert first["std"] == 1.5
    sessions = workshop.sessions(store)
    assert sessions.loc[0, "raters"] == 2 and sessions.loc[0, "scores"] == 3


def test_rater_rescoring_a_pair_replaces_the_score(store: Path) -> None:
    session = workshop.create_session(store, "Län", "14")
    workshop.save_round(store, session, _round(), KNOWN)
    workshop.save_round(store, session, _round(score=["-3", "3", "1"]), KNOWN)
    scores = workshop.session_scores(store, session)
    assert len(scores) == 3
    anna = scores[(scores["rater"] == "Anna") & (scores["to_id"] == "12")]
    assert anna["score"].tolist() == [-3]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"score": ["-2", "4", "1"]}, "Rad 3: fältet score är 4"),
        ({"score": ["-2", "x", "1"]}, "Rad 3: fältet score måste vara ett heltal"),
        ({"to_id": ["12", "99.9", "12"]}, "Rad 3: okänd nod target 99.9"),
        ({"from_kind": ["objective", "objective", "goal"]}, "Rad 4: okänd nod goal 1"),
        ({"comment": ["ok", " ", "ok"]}, "Rad 3: fältet comment (motivering) är tomt"),
        ({"rater": ["Anna", "Anna", ""]}, "Rad 4: fältet rater"),
        ({"rater": ["Anna"] * 3}, "Rad 4: samma bedömare och par finns redan på rad 2"),
    ],
)
def test_faulty_rounds_are_refused_and_nothing_is_saved(
    store: Path, changes: dict, message: str
) -> None:
    session = workshop.create_session(store, "Test", "00")
    with pytest.raises(workshop.RoundValidationError) as caught:
        workshop.save_round(store, session, _round(**changes), KNOWN)
    assert any(message in error for error in caught.value.errors), caught.value.errors
    assert workshop.session_scores(store, session).empty


def test_missing_columns_are_named() -> None:
    with pytest.raises(workshop.RoundValidationError, match="score, comment"):
        workshop.validate_round(_round().drop(columns=["score", "comment"]), KNOWN)


def test_round_trip_through_csv_and_excel(store: Path) -> None:
    session = workshop.create_session(store, "Runda", "00")
    workshop.save_round(store, session, _round(), KNOWN)
    scores = workshop.session_scores(store, session)
    for data, name in (
        (workshop.round_csv(scores), "runda.csv"),
        (workshop.round_xlsx(scores), "runda.xlsx"),
        (workshop.round_csv(scores).replace(b",", b";"), "semikolon.csv"),
    ):
        frame = workshop.read_round_file(data, name)
        clean = workshop.validate_round(frame, KNOWN)
        assert clean.sort_values(["rater", "to_id"])["score"].tolist() == [-2, 3, 1]
    with pytest.raises(workshop.WorkshopError, match="CSV"):
        workshop.read_round_file(b"x", "runda.txt")
    with pytest.raises(workshop.WorkshopError, match="kunde inte läsas"):
        workshop.read_round_file(b"not a workbook", "runda.xlsx")


def test_excel_import_with_a_bad_row_saves_nothing(store: Path) -> None:
    session = workshop.create_session(store, "Excel", "00")
    buffer = io.BytesIO()
    _round(score=[-2, 3, 7]).to_excel(buffer, index=False)
    frame = workshop.read_round_file(buffer.getvalue(), "runda.xlsx")
    with pytest.raises(workshop.RoundValidationError, match="Rad 4"):
        workshop.save_round(store, session, frame, KNOWN)
    assert workshop.session_scores(store, session).empty


def test_adopted_score_overrides_the_starting_set_in_its_context(
    store: Path, edges: pd.DataFrame, db: duckdb.DuckDBPyConnection
) -> None:
    session = workshop.create_session(store, "Värmland", "17")
    with pytest.raises(workshop.WorkshopError, match="motivering"):
        workshop.adopt_score(store, session, "objective:1", "objective:12", -3, " ", KNOWN)
    with pytest.raises(workshop.WorkshopError, match="utanför"):
        workshop.adopt_score(store, session, "objective:1", "objective:12", 5, "x", KNOWN)
    workshop.adopt_score(store, session, "objective:1", "objective:12", -3, "Enade", KNOWN)
    workshop.adopt_score(store, session, "objective:1", "objective:12", -1, "Omprövat", KNOWN)
    adopted = workshop.adopted_interactions(store)
    assert len(adopted) == 1 and adopted.loc[0, "score"] == -1
    assert adopted.loc[0, "context"] == "17"
    assert adopted.loc[0, "source"].startswith("Workshop: Värmland")
    nodes = queries_conflicts.interaction_nodes(db, "sv")
    combined = conflicts.combined_interactions(queries_conflicts.interactions(db), adopted)
    county = conflicts.labelled_edges(combined, nodes, "17", "sv").set_index(["from_key", "to_key"])
    nation = conflicts.labelled_edges(combined, nodes, "00", "sv").set_index(["from_key", "to_key"])
    assert county.loc[("objective:1", "objective:12"), "score"] == -1
    assert nation.loc[("objective:1", "objective:12"), "score"] == -2
    assert len(county) == len(nation) == len(edges)


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
