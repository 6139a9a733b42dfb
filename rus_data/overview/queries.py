"""Queries of the overview page: one area's assessments of a year, and the county matrix."""

from __future__ import annotations

import duckdb
import pandas as pd

from rus_data.db.queries import Language, checked_language, query_frame


def region_assessments(
    connection: duckdb.DuckDBPyConnection, region_code: str, year: int, language: Language
) -> pd.DataFrame:
    """Every objective's assessment in one region and year, with last year's status.

    Objectives outside the region's scope are kept with ``assessed = false`` so that the view
    can say "bedöms inte" rather than showing missing data.
    """
    column = f"name_{checked_language(language)}"
    return query_frame(
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
    column = f"name_{checked_language(language)}"
    return query_frame(
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
