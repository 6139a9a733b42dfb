"""The summary tables (rus_data/db/summaries.py): the views that read them give exactly what
the same views give from the values alone, every write transaction keeps them current, and
the national-scale benchmark database is what its script says."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from rus_data.build.database import DEMO_SOURCE_ID
from rus_data.build.national import NationalShape, add_national_values
from rus_data.db import queries
from rus_data.db.summaries import (
    SUMMARY_TABLES,
    changed_indicators,
    has_summaries,
    newest_source,
    refresh_summaries,
)
from rus_data.imports.service import FileImport, import_file
from rus_data.imports.transaction import transaction_on_copy
from rus_data.imports.writer import undo_source
from rus_data.map import queries as map_queries
from rus_data.peers import queries as peer_queries
from rus_data.trends import queries as trend_queries

TOTALS = 'SELECT count(*), sum("values") FROM value_summary'


@pytest.fixture()
def without_summaries(demo_db_path: Path, tmp_path: Path) -> duckdb.DuckDBPyConnection:
    """A copy of the demo database made as before the summary tables existed."""
    path = tmp_path / "old.duckdb"
    shutil.copyfile(demo_db_path, path)
    with duckdb.connect(str(path)) as connection:
        for table in SUMMARY_TABLES:
            connection.execute(f"DROP TABLE {table}")
    connection = duckdb.connect(str(path), read_only=True)
    yield connection
    connection.close()


def _views(connection: duckdb.DuckDBPyConnection) -> dict[str, object]:
    ids = sorted(peer_queries.municipal_indicators(connection, "sv")["id"])
    return {
        "spread 1": trend_queries.objective_county_spread(connection, 1, 2024),
        "spread 5 to 2015": trend_queries.objective_county_spread(connection, 5, 2015),
        "years 1": trend_queries.objective_value_years(connection, 1, 2024),
        "years 3 to 2012": trend_queries.objective_value_years(connection, 3, 2012),
        "sources per indicator": trend_queries.objective_value_sources(connection, 1),
        "peer sources": peer_queries.value_sources(connection, ids),
        "all sources": queries.indicator_value_sources(connection),
        "map years": map_queries.indicator_years(connection, ids[0], "kommun"),
        "map sources": map_queries.value_sources(connection, ids[0], [2010, 2020]),
        "profile": peer_queries.municipal_values(connection, ids, 2020),
        "series": trend_queries.objective_series(connection, 1, ["00", "14", "0180"], 2024),
        "county series": trend_queries.county_series(
            connection, 1, "ghg_emissions_per_capita", 2024
        ),
    }


def test_views_from_summaries_equal_views_from_values(
    db: duckdb.DuckDBPyConnection, without_summaries: duckdb.DuckDBPyConnection
) -> None:
    assert has_summaries(db) and not has_summaries(without_summaries)
    fast, slow = _views(db), _views(without_summaries)
    for name, expected in slow.items():
        got = fast[name]
        if isinstance(expected, pd.DataFrame):
            assert len(expected), f"{name}: the demo data should give rows"
            pd.testing.assert_frame_equal(
                got.reset_index(drop=True),
                expected.reset_index(drop=True),
                check_dtype=False,
                obj=name,
            )
        else:
            assert got == expected, name


def test_spread_matches_a_hand_computation(db: duckdb.DuckDBPyConnection) -> None:
    spread = trend_queries.objective_county_spread(db, 1, 2024).set_index(["indicator_id", "year"])
    counties = db.execute(
        "SELECT v.region_code, v.year, v.value FROM indicator_value v "
        "JOIN region r ON r.code = v.region_code "
        "WHERE r.level = 'lan' AND v.indicator_id = 'ghg_emissions_per_capita' "
        "AND v.gender = 'T' ORDER BY v.region_code, v.year"
    ).df()
    year = int(counties["year"].max())
    values = counties.loc[counties["year"] == year, "value"]
    first = counties.groupby("region_code")["value"].transform("first")
    index = (counties["value"] / first * 100)[counties["year"] == year]
    row = spread.loc[("ghg_emissions_per_capita", year)]
    assert row["counties"] == len(values) == 21
    assert row["value_min"] == pytest.approx(values.min())
    assert row["value_median"] == pytest.approx(values.median())
    assert row["value_q3"] == pytest.approx(values.quantile(0.75))
    assert row["index_max"] == pytest.approx(index.max())


def test_a_write_transaction_refreshes_the_summaries(demo_db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "rus.duckdb"
    shutil.copyfile(demo_db_path, path)

    def work(connection: duckdb.DuckDBPyConnection) -> None:
        connection.execute(
            "INSERT INTO source (id, name, fetched_at, is_demo, kind) "
            "VALUES (77, 'Testkälla', now()::TIMESTAMP, false, 'import')"
        )
        connection.execute(
            "INSERT INTO indicator_value VALUES ('ghg_emissions_per_capita', '0180', 2031, "
            "'T', 4.5, 77)"
        )

    transaction_on_copy(path, work)
    with duckdb.connect(str(path), read_only=True) as connection:
        sources = peer_queries.value_sources(connection, ["ghg_emissions_per_capita"])
        years = map_queries.indicator_years(connection, "ghg_emissions_per_capita", "kommun")
    assert "Testkälla" in set(sources["name"])
    assert 2031 in years


def test_a_failed_write_leaves_the_summaries_as_they_were(
    demo_db_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "rus.duckdb"
    shutil.copyfile(demo_db_path, path)
    with duckdb.connect(str(path), read_only=True) as connection:
        before = connection.execute(TOTALS).fetchone()

    def work(connection: duckdb.DuckDBPyConnection) -> None:
        connection.execute("DELETE FROM indicator_value WHERE year < 2000")
        raise RuntimeError("avbruten")

    with pytest.raises(RuntimeError):
        transaction_on_copy(path, work)
    with duckdb.connect(str(path), read_only=True) as connection:
        after = connection.execute(TOTALS).fetchone()
    assert after == before


def test_national_values_are_deterministic_and_complete(demo_db_path: Path, tmp_path: Path) -> None:
    shape = NationalShape(indicators=4, first_year=2020, last_year=2022)
    sums = []
    for name in ("a.duckdb", "b.duckdb"):
        path = tmp_path / name
        shutil.copyfile(demo_db_path, path)
        assert add_national_values(path, shape) == 4 * 312 * 3
        with duckdb.connect(str(path), read_only=True) as connection:
            sums.append(
                connection.execute(
                    # rounded: a parallel sum adds in any order
                    "SELECT round(sum(value), 3), min(value), count(DISTINCT region_code), "
                    "count(DISTINCT source_id), min(source_id) FROM indicator_value "
                    "WHERE indicator_id LIKE 'nat%'"
                ).fetchone()
            )
            summary = connection.execute(
                "SELECT sum(\"values\") FROM value_summary WHERE indicator_id LIKE 'nat%'"
            ).fetchone()[0]
            objectives = connection.execute(
                "SELECT list(objective_id ORDER BY indicator_id) FROM indicator_objective "
                "WHERE indicator_id LIKE 'nat%'"
            ).fetchone()[0]
    assert sums[0] == sums[1]
    _total, lowest, regions, sources, source = sums[0]
    assert lowest > 0 and regions == 312
    assert (sources, source) == (1, DEMO_SOURCE_ID)  # demo source: the demo notice shows
    assert summary == 4 * 312 * 3
    assert objectives == [1, 2, 3, 4]


def _summary_tables(connection: duckdb.DuckDBPyConnection) -> dict[str, pd.DataFrame]:
    return {
        table: connection.execute(f"SELECT * FROM {table} ORDER BY ALL").df()
        for table in SUMMARY_TABLES
    }


def _assert_partial_equals_full(path: Path) -> None:
    """The tables the writes left equal the tables a full rebuild makes from the values."""
    with duckdb.connect(str(path)) as connection:
        kept = _summary_tables(connection)
        connection.execute("BEGIN TRANSACTION")
        refresh_summaries(connection)
        rebuilt = _summary_tables(connection)
        connection.execute("ROLLBACK")
    for table in SUMMARY_TABLES:
        assert len(rebuilt[table]), table
        pd.testing.assert_frame_equal(kept[table], rebuilt[table], obj=table)


def _values_file(year: int, value: str = "4,5") -> bytes:
    rows = "".join(f"ghg_emissions_per_capita;{code};{year};{value};T\n" for code in ("01", "03"))
    return ("indicator_id;region_code;year;value;gender\n" + rows).encode()


def test_partial_refresh_gives_the_tables_of_a_full_rebuild(
    demo_db_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "rus.duckdb"
    shutil.copyfile(demo_db_path, path)
    first = import_file(path, FileImport(_values_file(2031), "liten.csv", "values"))
    _assert_partial_equals_full(path)
    import_file(path, FileImport(_values_file(2031, "9"), "liten.csv", "values", mode="replace"))
    _assert_partial_equals_full(path)  # the replaced source's rows left, the new ones came
    second = import_file(path, FileImport(_values_file(2032), "andra.csv", "values"))
    undo_source(path, second.source_id)
    _assert_partial_equals_full(path)

    def work(connection: duckdb.DuckDBPyConnection) -> None:  # rows gone, their source kept
        connection.execute("DELETE FROM indicator_value WHERE year < 2000")

    transaction_on_copy(path, work)
    _assert_partial_equals_full(path)
    assert first.row_count == 2


def test_a_write_names_only_the_indicators_it_changed(demo_db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "rus.duckdb"
    shutil.copyfile(demo_db_path, path)
    with duckdb.connect(str(path)) as connection:
        newest = newest_source(connection)
        assert changed_indicators(connection, newest) == []
        connection.execute("BEGIN TRANSACTION")
        connection.execute(
            "INSERT INTO source (id, name, fetched_at, is_demo, kind) "
            "VALUES (?, 'Ny', now()::TIMESTAMP, false, 'import')",
            [newest + 1],
        )
        connection.execute(
            "INSERT INTO indicator_value VALUES ('ghg_emissions_per_capita', '01', 2040, 'T', "
            "1.0, ?)",
            [newest + 1],
        )
        some_other = connection.execute(
            "SELECT min(indicator_id) FROM indicator_value "
            "WHERE indicator_id <> 'ghg_emissions_per_capita'"
        ).fetchone()[0]
        connection.execute(
            "DELETE FROM indicator_value WHERE indicator_id = ? AND year = "
            "(SELECT max(year) FROM indicator_value WHERE indicator_id = ?)",
            [some_other, some_other],
        )
        assert changed_indicators(connection, newest) == sorted(
            ["ghg_emissions_per_capita", some_other]
        )
        connection.execute("ROLLBACK")
