"""Named, parameterised queries. Each takes a DuckDB connection or cursor and returns a frame.

User-chosen values always go in as parameters. The only text put into SQL is a column name
chosen from a whitelist (the language suffix of name columns).
"""

from __future__ import annotations

from typing import Literal

import duckdb
import pandas as pd

Language = Literal["sv", "en"]
_LANGUAGES: tuple[Language, ...] = ("sv", "en")


def _suffix(language: str) -> str:
    if language not in _LANGUAGES:
        raise ValueError(f"Okänt språk: {language!r}")
    return language


def _frame(connection: duckdb.DuckDBPyConnection, sql: str, params: list | None = None):
    cursor = connection.cursor()
    try:
        return cursor.execute(sql, params or []).df()
    finally:
        cursor.close()


def regions(connection: duckdb.DuckDBPyConnection, level: str | None = None) -> pd.DataFrame:
    """Regions with ``code, name, level, parent_code, letter``, optionally of one level."""
    return _frame(
        connection,
        "SELECT code, name, level, parent_code, letter FROM region "
        "WHERE ? IS NULL OR level = ? ORDER BY code",
        [level, level],
    )


def objectives(connection: duckdb.DuckDBPyConnection, language: Language) -> pd.DataFrame:
    """Objectives 0–16 with ``id, name, scope, assessed_regionally``."""
    column = f"name_{_suffix(language)}"
    return _frame(
        connection,
        f"SELECT id, {column} AS name, scope, assessed_regionally FROM objective ORDER BY id",
    )


def assessment_years(connection: duckdb.DuckDBPyConnection) -> list[int]:
    """Years that have at least one assessment, ascending."""
    frame = _frame(connection, "SELECT DISTINCT year FROM assessment ORDER BY year")
    return [int(y) for y in frame["year"]]


def region_assessments(
    connection: duckdb.DuckDBPyConnection, region_code: str, year: int, language: Language
) -> pd.DataFrame:
    """Every objective's assessment in one region and year, with last year's status.

    Objectives outside the region's scope are kept with ``assessed = false`` so that the view
    can say "bedöms inte" rather than showing missing data.
    """
    column = f"name_{_suffix(language)}"
    return _frame(
        connection,
        f"""
        SELECT o.id AS objective_id, o.{column} AS objective, o.scope,
               s.objective_id IS NOT NULL AS assessed,
               a.status, a.trend, a.comment, prev.status AS previous_status,
               src.name AS source, src.is_demo
        FROM objective o
        LEFT JOIN assessment_scope s ON s.objective_id = o.id AND s.region_code = $region
        LEFT JOIN assessment a
               ON a.objective_id = o.id AND a.region_code = $region AND a.year = $year
        LEFT JOIN assessment prev
               ON prev.objective_id = o.id AND prev.region_code = $region
              AND prev.year = $year - 1
        LEFT JOIN source src ON src.id = a.source_id
        WHERE o.id > 0
        ORDER BY o.id
        """,
        {"region": region_code, "year": year},
    )


def assessment_matrix(
    connection: duckdb.DuckDBPyConnection, year: int, language: Language
) -> pd.DataFrame:
    """Status and trend for every county × objective (1–16) in a year, plus the nation.

    One row per pair; pairs outside the assessment scope have ``assessed = false``.
    """
    column = f"name_{_suffix(language)}"
    return _frame(
        connection,
        f"""
        SELECT r.code AS region_code, r.name AS region, r.level, r.letter,
               o.id AS objective_id, o.{column} AS objective,
               s.objective_id IS NOT NULL AS assessed, a.status, a.trend
        FROM region r
        CROSS JOIN objective o
        LEFT JOIN assessment_scope s ON s.objective_id = o.id AND s.region_code = r.code
        LEFT JOIN assessment a
               ON a.objective_id = o.id AND a.region_code = r.code AND a.year = $year
        WHERE r.level IN ('riket', 'lan') AND o.id > 0
        ORDER BY r.code, o.id
        """,
        {"year": year},
    )


def assessment_sources(connection: duckdb.DuckDBPyConnection, year: int) -> pd.DataFrame:
    """The sources of a year's assessments with ``name, is_demo, fetched_at``."""
    return _frame(
        connection,
        """
        SELECT DISTINCT s.name, s.is_demo, s.fetched_at, s.license
        FROM assessment a JOIN source s ON s.id = a.source_id
        WHERE a.year = ? ORDER BY s.name
        """,
        [year],
    )


def database_summary(connection: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Sources with how many values and assessments each supplies."""
    return _frame(
        connection,
        """
        SELECT s.id, s.name, s.kind, s.is_demo, s.license, s.fetched_at,
               (SELECT count(*) FROM indicator_value v WHERE v.source_id = s.id) AS values,
               (SELECT count(*) FROM assessment a WHERE a.source_id = s.id) AS assessments
        FROM source s ORDER BY s.id
        """,
    )
