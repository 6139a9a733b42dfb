"""Queries: scope-aware assessments, the county matrix, parameters and the summary."""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest

from rus_data.db import queries as shared_queries
from rus_data.overview import queries
from rus_data.overview.summary import status_summary


def test_region_assessments_mark_out_of_scope_objectives(db: duckdb.DuckDBPyConnection) -> None:
    frame = queries.region_assessments(db, "06", 2024, "sv")  # Jönköping: inland, no mountains
    assert list(frame["objective_id"]) == list(range(1, 17))
    out_of_scope = set(frame.loc[~frame["assessed"], "objective_id"])
    assert out_of_scope == {1, 5, 6, 10, 14}
    assert frame.loc[frame["assessed"], "status"].notna().all()
    assert frame.loc[~frame["assessed"], "status"].isna().all()


def test_nation_assesses_all_sixteen(db: duckdb.DuckDBPyConnection) -> None:
    frame = queries.region_assessments(db, "00", 2024, "en")
    assert frame["assessed"].all()
    assert frame.loc[frame["objective_id"] == 2, "objective"].item() == "Clean air"


def test_previous_status_is_last_years(db: duckdb.DuckDBPyConnection) -> None:
    frame = queries.region_assessments(db, "01", 2020, "sv").set_index("objective_id")
    last_year = queries.region_assessments(db, "01", 2019, "sv").set_index("objective_id")
    assessed = frame["assessed"]
    assert (frame.loc[assessed, "previous_status"] == last_year.loc[assessed, "status"]).all()


def test_assessment_matrix_has_every_county_and_objective(db: duckdb.DuckDBPyConnection) -> None:
    frame = queries.assessment_matrix(db, 2024, "sv")
    assert len(frame) == 22 * 16
    assert frame["region_code"].nunique() == 22
    assessed = frame[frame["assessed"]]
    assert assessed["status"].notna().all()
    # 16 national + 21 counties × 11 + 14 coastal + 4 mountain
    assert len(assessed) == 16 + 21 * 11 + 14 + 4


def test_hostile_input_is_a_parameter_not_sql(db: duckdb.DuckDBPyConnection) -> None:
    frame = queries.region_assessments(db, "01'; DROP TABLE region; --", 2024, "sv")
    assert frame["status"].isna().all()
    assert db.execute("SELECT count(*) FROM region").fetchone()[0] == 312
    with pytest.raises(ValueError, match="språk"):
        shared_queries.objectives(db, "sv; DROP TABLE objective")  # type: ignore[arg-type]


def test_years_and_sources(db: duckdb.DuckDBPyConnection) -> None:
    assert shared_queries.assessment_years(db) == list(range(2015, 2025))
    sources = shared_queries.assessment_sources(db, 2024)
    assert sources["is_demo"].tolist() == [True]
    assert shared_queries.assessment_sources(db, 1990).empty


def test_status_summary_counts_and_changes() -> None:
    frame = pd.DataFrame(
        {
            "assessed": [True, True, True, True, False],
            "status": ["JA", "NEJ", "NEJ", "NÄRA", None],
            "previous_status": ["JA", "NÄRA", None, "NEJ", None],
        }
    )
    summary = status_summary(frame)
    assert summary.assessed == 4
    assert summary.by_status == {"JA": 1, "NÄRA": 1, "NEJ": 2}
    assert summary.changed_status == 2


def test_matrix_names_the_nation_in_the_interface_language(db) -> None:
    from rus_data.overview import queries
    from rus_data.overview.charts import matrix_frame

    for language, nation in (("sv", "Sverige"), ("en", "Sweden")):
        frame = matrix_frame(queries.assessment_matrix(db, 2024, language), language)
        assert nation in set(frame["row_label"])
        assert "AB Stockholms län" in set(frame["row_label"])
