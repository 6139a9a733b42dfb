"""Queries for the map page: indicators that can be mapped, their values and assessments.

Same style as :mod:`rus_data.db.queries`: one cursor per query, values as parameters, column
names only from a whitelist (the language suffix).
"""

from __future__ import annotations

import duckdb
import pandas as pd

from rus_data.db.queries import (
    Language,
    indicator_name_unit,
    indicator_value_sources,
    query_frame,
    summary_frame,
)
from rus_data.trends.queries import checked_gender

MAP_LEVELS = ("lan", "kommun")


def _level(level: str) -> str:
    if level not in MAP_LEVELS:
        raise ValueError(f"Okänd kartnivå: {level!r}")
    return level


def map_indicators(connection: duckdb.DuckDBPyConnection, language: Language) -> pd.DataFrame:
    """Indicators with county or municipal values: ``id, name, unit, better, finest_level,
    decimals`` ordered by the first objective they follow up and then by name."""
    return query_frame(
        connection,
        f"""
        SELECT i.id, {indicator_name_unit(language)}, i.better, i.finest_level,
               i.decimals, min(io.objective_id) AS objective_id
        FROM indicator i LEFT JOIN indicator_objective io ON io.indicator_id = i.id
        WHERE i.finest_level IN ('lan', 'kommun')
        GROUP BY ALL
        ORDER BY objective_id, name
        """,
    )


def indicator_years(
    connection: duckdb.DuckDBPyConnection, indicator_id: str, level: str, gender: str = "T"
) -> list[int]:
    """Years with values of ``indicator_id`` at ``level`` (``lan``/``kommun``), ascending."""
    frame = summary_frame(
        connection,
        """
        SELECT DISTINCT year FROM value_summary
        WHERE indicator_id = $indicator AND level = $level AND gender = $gender
        ORDER BY year
        """,
        """
        SELECT DISTINCT v.year FROM indicator_value v JOIN region r ON r.code = v.region_code
        WHERE v.indicator_id = $indicator AND r.level = $level AND v.gender = $gender
        ORDER BY v.year
        """,
        {"indicator": indicator_id, "level": _level(level), "gender": checked_gender(gender)},
    )
    return [int(y) for y in frame["year"]]


def map_values(
    connection: duckdb.DuckDBPyConnection,
    indicator_id: str,
    level: str,
    year: int,
    base_year: int | None = None,
    gender: str = "T",
) -> pd.DataFrame:
    """Every region of ``level`` with its value in ``year`` (and ``base_year``), NaN if none.

    One row per region of the level, so no region is dropped: ``code, name, parent_code,
    value, base_value, source_id``.
    """
    return query_frame(
        connection,
        """
        SELECT r.code, r.name, r.parent_code, v.value, b.value AS base_value, v.source_id
        FROM region r
        LEFT JOIN indicator_value v
               ON v.region_code = r.code AND v.indicator_id = $indicator AND v.year = $year
              AND v.gender = $gender
        LEFT JOIN indicator_value b
               ON b.region_code = r.code AND b.indicator_id = $indicator AND b.year = $base
              AND b.gender = $gender
        WHERE r.level = $level
        ORDER BY r.code
        """,
        {
            "indicator": indicator_id,
            "level": _level(level),
            "year": year,
            "base": base_year,
            "gender": checked_gender(gender),
        },
    )


def national_value(
    connection: duckdb.DuckDBPyConnection,
    indicator_id: str,
    year: int,
    base_year: int | None,
    gender: str = "T",
) -> tuple[float | None, float | None]:
    """The value for Sweden (``00``) in ``year`` and in ``base_year`` (None when missing)."""
    frame = query_frame(
        connection,
        """
        SELECT year, value FROM indicator_value
        WHERE indicator_id = $indicator AND region_code = '00' AND gender = $gender
          AND year IN ($year, $base)
        """,
        {
            "indicator": indicator_id,
            "year": year,
            "base": base_year,
            "gender": checked_gender(gender),
        },
    )
    by_year = dict(zip(frame["year"].astype(int), frame["value"].astype(float), strict=True))
    return by_year.get(year), by_year.get(base_year) if base_year is not None else None


def value_sources(
    connection: duckdb.DuckDBPyConnection, indicator_id: str, years: list[int], gender: str = "T"
) -> pd.DataFrame:
    """Sources of an indicator's values (of ``gender``) in ``years``: ``name, is_demo,
    fetched_at, license``."""
    if gender == "T":
        return indicator_value_sources(connection, indicator_ids=[indicator_id], years=years)
    return query_frame(
        connection,
        """
        SELECT DISTINCT s.name, s.is_demo, s.fetched_at, s.license
        FROM indicator_value v JOIN source s ON s.id = v.source_id
        WHERE v.indicator_id = $indicator AND list_contains($years, v.year)
          AND v.gender = $gender
        ORDER BY s.name
        """,
        {"indicator": indicator_id, "years": list(years), "gender": checked_gender(gender)},
    )


def county_assessments(
    connection: duckdb.DuckDBPyConnection, objective_id: int, year: int
) -> pd.DataFrame:
    """Every county with ``assessed`` (within the objective's scope), status, trend and the
    county's motivation (``comment``).

    Counties outside the scope have ``assessed = false``; inside it but without an
    assessment row they have a NULL status (missing data).
    """
    return query_frame(
        connection,
        """
        SELECT r.code, r.name, r.letter, s.objective_id IS NOT NULL AS assessed,
               a.status, a.trend, a.comment, a.source_id
        FROM region r
        LEFT JOIN assessment_scope s ON s.objective_id = $objective AND s.region_code = r.code
        LEFT JOIN assessment a
               ON a.objective_id = $objective AND a.region_code = r.code AND a.year = $year
        WHERE r.level = 'lan'
        ORDER BY r.code
        """,
        {"objective": objective_id, "year": year},
    )
