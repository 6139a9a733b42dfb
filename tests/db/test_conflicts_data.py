"""Goal conflicts and synergies from the database: the loaded starting set, its tables and
network, and the workshop store."""

from __future__ import annotations

import io
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from rus_data.conflicts import queries as queries_conflicts
from rus_data.conflicts import tables as conflicts
from rus_data.conflicts import workshop
from rus_data.conflicts.network import filter_edges, network_layout
from rus_data.conflicts.workshop_store import StoreLike
from rus_data.reference.interactions import STARTING_SET, STARTING_SET_SOURCE_NAME

# --- the starting set --------------------------------------------------------------------


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
    assert row["score_text"] == "\u22122 Motverkande"
    assert row["source_text"].startswith(STARTING_SET_SOURCE_NAME)


def test_ranked_conflicts_strongest_first(edges: pd.DataFrame) -> None:
    ranked = conflicts.ranked_interactions(edges, -1, limit=5)
    assert len(ranked) == 5
    assert (ranked["score"] < 0).all()
    assert list(ranked["score"]) == sorted(ranked["score"])
    synergies = conflicts.ranked_interactions(edges, 1, limit=200)
    assert (synergies["score"] > 0).all() and synergies["score"].iloc[0] == 3


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
def store(any_store: StoreLike) -> StoreLike:
    return any_store


def test_store_path_is_beside_the_database(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RUS_WORKSHOP_DB", raising=False)
    assert workshop.store_path(Path("/x/rus.duckdb")) == Path("/x/rus.workshop.duckdb")
    monkeypatch.setenv("RUS_WORKSHOP_DB", "/y/w.duckdb")
    assert workshop.store_path(Path("/x/rus.duckdb")) == Path("/y/w.duckdb")


def test_round_is_saved_summarised_and_versioned(store: StoreLike) -> None:
    empty = workshop.store_version(store)
    assert empty == "none" if isinstance(store, Path) else empty.endswith("-0")
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


def test_rater_rescoring_a_pair_replaces_the_score(store: StoreLike) -> None:
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
    store: StoreLike, changes: dict, message: str
) -> None:
    session = workshop.create_session(store, "Test", "00")
    with pytest.raises(workshop.RoundValidationError) as caught:
        workshop.save_round(store, session, _round(**changes), KNOWN)
    assert any(message in error for error in caught.value.errors), caught.value.errors
    assert workshop.session_scores(store, session).empty


def test_missing_columns_are_named() -> None:
    with pytest.raises(workshop.RoundValidationError, match="score, comment"):
        workshop.validate_round(_round().drop(columns=["score", "comment"]), KNOWN)


def test_round_trip_through_csv_and_excel(store: StoreLike) -> None:
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


def test_excel_import_with_a_bad_row_saves_nothing(store: StoreLike) -> None:
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
