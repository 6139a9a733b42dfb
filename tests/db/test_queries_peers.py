"""Queries of the peer comparison against the demo database."""

from __future__ import annotations

from pathlib import Path

import duckdb

from rus_data.imports.service import FileImport, import_file
from rus_data.peers import queries as queries_peers
from rus_data.peers.profile import objectives_with_indicators


def test_municipalities_have_their_county(db: duckdb.DuckDBPyConnection) -> None:
    frame = queries_peers.municipalities(db)
    assert len(frame) == 290
    kiruna = frame.set_index("code").loc["2584"]
    assert (kiruna["name"], kiruna["county_code"]) == ("Kiruna", "25")
    assert kiruna["county_name"] == "Norrbottens län"


def test_municipal_indicators_are_those_with_municipal_values(
    db: duckdb.DuckDBPyConnection,
) -> None:
    frame = queries_peers.municipal_indicators(db, "en")
    expected = db.execute("SELECT count(*) FROM indicator WHERE finest_level = 'kommun'")
    assert len(frame) == expected.fetchone()[0]
    ghg = frame.set_index("id").loc["ghg_emissions_per_capita"]
    assert ghg["name"] == "Greenhouse gas emissions per inhabitant"
    assert ghg["better"] == "lower"
    assert list(ghg["objectives"]) == [1]


def test_values_take_each_indicators_latest_year_up_to_the_chosen(
    db: duckdb.DuckDBPyConnection,
) -> None:
    ids = ["ghg_emissions_per_capita", "green_space_access_share", "nonexistent"]
    frame = queries_peers.municipal_values(db, ids, 2020)
    years = frame.groupby("indicator_id")["year"].unique()
    assert list(years["ghg_emissions_per_capita"]) == [2020]
    assert list(years["green_space_access_share"]) == [2018]  # measured every third year
    assert frame["region_code"].str.len().eq(4).all()
    assert queries_peers.municipal_values(db, ["x' OR 1=1 --"], 2020).empty


def test_series_and_sources(db: duckdb.DuckDBPyConnection) -> None:
    series = queries_peers.municipal_series(db, "no2_urban_background")
    assert series["year"].min() == 2010 and series["region_code"].nunique() == 290
    sources = queries_peers.value_sources(db, ["no2_urban_background"])
    assert sources["is_demo"].tolist() == [True]


def test_demo_build_has_no_pretend_groups(db: duckdb.DuckDBPyConnection) -> None:
    assert queries_peers.group_sets(db).empty
    assert queries_peers.group_of(db, "SKR", "0180").empty


def test_an_indicator_imported_without_objectives_lists_none(db_copy: Path) -> None:
    database = db_copy
    header = "id;name_sv;name_en;unit;unit_en;better;finest_level;aggregation\n"
    row = "utan_mal;Utan mål;Without objective;st;pcs;higher;kommun;mean\n"
    import_file(database, FileImport((header + row).encode(), "ind.csv", kind="indicators"))
    with duckdb.connect(str(database), read_only=True) as connection:
        frame = queries_peers.municipal_indicators(connection, "sv").set_index("id")
    assert list(frame.at["utan_mal", "objectives"]) == []
    assert list(frame.at["ghg_emissions_per_capita", "objectives"]) == [1]
    assert 1 in objectives_with_indicators(frame)
