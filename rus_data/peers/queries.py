"""Queries for comparing municipalities: municipal indicators, values, series and groups.

Same style as ``rus_data.db.queries``: a cursor per query, user values as parameters, and only
whitelisted column names (the language suffix) put into SQL.
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


def municipalities(connection: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The 290 municipalities with ``code, name, county_code, county_name``."""
    return query_frame(
        connection,
        """
        SELECT m.code, m.name, m.parent_code AS county_code, c.name AS county_name
        FROM region m LEFT JOIN region c ON c.code = m.parent_code
        WHERE m.level = 'kommun' ORDER BY m.code
        """,
    )


def municipal_indicators(connection: duckdb.DuckDBPyConnection, language: Language) -> pd.DataFrame:
    """Indicators with municipal values: ``id, name, unit, better, decimals, objectives``.

    ``objectives`` lists the objectives an indicator follows up; it is empty (never ``[NULL]``)
    for an indicator imported without any, since the template makes them optional.
    """
    return query_frame(
        connection,
        f"""
        SELECT i.id, {indicator_name_unit(language)}, i.better, i.decimals,
               coalesce(list(io.objective_id ORDER BY io.objective_id)
                        FILTER (WHERE io.objective_id IS NOT NULL), []) AS objectives
        FROM indicator i LEFT JOIN indicator_objective io ON io.indicator_id = i.id
        WHERE i.finest_level = 'kommun' AND i.better IN ('higher', 'lower')  -- ranks need one
        GROUP BY ALL ORDER BY name
        """,
    )


def municipal_values(
    connection: duckdb.DuckDBPyConnection,
    indicator_ids: list[str],
    year: int,
    gender: str = "T",
) -> pd.DataFrame:
    """Municipal values of each indicator in its latest year up to ``year``.

    One row per indicator and municipality with a value: ``indicator_id, region_code, year,
    value``. Every municipality gets the indicator's same year, so a municipality without a
    value that year is missing rather than shown with an older figure.
    """
    latest_from = """
            SELECT indicator_id, max(year) AS year FROM value_summary
            WHERE level = 'kommun' AND gender = $gender AND year <= $year
              AND list_contains($ids, indicator_id)
            GROUP BY indicator_id
    """
    latest_from_values = """
            SELECT v.indicator_id, max(v.year) AS year
            FROM indicator_value v JOIN region r ON r.code = v.region_code
            WHERE r.level = 'kommun' AND v.gender = $gender AND v.year <= $year
              AND list_contains($ids, v.indicator_id)
            GROUP BY v.indicator_id
    """
    sql = """
        WITH latest AS ({latest})
        SELECT v.indicator_id, v.region_code, v.year, v.value
        FROM indicator_value v
        JOIN latest l ON l.indicator_id = v.indicator_id AND l.year = v.year
        JOIN region r ON r.code = v.region_code
        WHERE r.level = 'kommun' AND v.gender = $gender
        ORDER BY v.indicator_id, v.region_code
    """
    return summary_frame(
        connection,
        sql.format(latest=latest_from),
        sql.format(latest=latest_from_values),
        {"ids": list(indicator_ids), "year": int(year), "gender": checked_gender(gender)},
    )


def municipal_series(
    connection: duckdb.DuckDBPyConnection, indicator_id: str, gender: str = "T"
) -> pd.DataFrame:
    """Every municipality's values of one indicator over the years: ``region_code, year, value``."""
    return query_frame(
        connection,
        """
        SELECT v.region_code, v.year, v.value
        FROM indicator_value v JOIN region r ON r.code = v.region_code
        WHERE r.level = 'kommun' AND v.gender = ? AND v.indicator_id = ?
        ORDER BY v.year, v.region_code
        """,
        [checked_gender(gender), indicator_id],
    )


def value_sources(connection: duckdb.DuckDBPyConnection, indicator_ids: list[str]) -> pd.DataFrame:
    """Sources of the municipal values of some indicators: ``name, is_demo, fetched_at``."""
    return indicator_value_sources(connection, indicator_ids=indicator_ids, level="kommun")


def group_sets(connection: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Group sets in ``region_group``: ``group_set, groups, regions, source, is_demo``."""
    return query_frame(
        connection,
        """
        SELECT g.group_set, count(DISTINCT g.group_code) AS groups,
               count(*) AS regions, any_value(s.name) AS source, bool_or(s.is_demo) AS is_demo
        FROM region_group g LEFT JOIN source s ON s.id = g.source_id
        GROUP BY g.group_set ORDER BY g.group_set
        """,
    )


def group_of(
    connection: duckdb.DuckDBPyConnection, group_set: str, region_code: str
) -> pd.DataFrame:
    """The members of the group that ``region_code`` belongs to in ``group_set``.

    Columns ``group_code, group_name, region_code``; empty when the region is in no group.
    """
    return query_frame(
        connection,
        """
        SELECT g.group_code, g.group_name, g.region_code
        FROM region_group g
        JOIN region_group mine
          ON mine.group_set = g.group_set AND mine.group_code = g.group_code
        WHERE g.group_set = $set AND mine.region_code = $region
        ORDER BY g.region_code
        """,
        {"set": group_set, "region": region_code},
    )


def latest_value_sources(
    connection: duckdb.DuckDBPyConnection,
    indicator_ids: list[str],
    year: int,
    gender: str = "T",
) -> pd.DataFrame:
    """Sources of exactly the values :func:`municipal_values` returns (each indicator's
    latest year up to ``year``, every municipality): ``name, is_demo, fetched_at, license``."""
    return query_frame(
        connection,
        """
        WITH latest AS (
            SELECT v.indicator_id, max(v.year) AS year
            FROM indicator_value v JOIN region r ON r.code = v.region_code
            WHERE r.level = 'kommun' AND v.gender = $gender AND v.year <= $year
              AND list_contains($ids, v.indicator_id)
            GROUP BY v.indicator_id
        )
        SELECT DISTINCT s.name, s.is_demo, s.fetched_at, s.license
        FROM indicator_value v
        JOIN latest l ON l.indicator_id = v.indicator_id AND l.year = v.year
        JOIN region r ON r.code = v.region_code
        JOIN source s ON s.id = v.source_id
        WHERE r.level = 'kommun' AND v.gender = $gender
        ORDER BY s.name
        """,
        {"ids": list(indicator_ids), "year": int(year), "gender": checked_gender(gender)},
    )


def series_sources(
    connection: duckdb.DuckDBPyConnection,
    indicator_id: str,
    region_codes: list[str],
    gender: str = "T",
) -> pd.DataFrame:
    """Sources of one indicator's values over the years in the given municipalities."""
    return query_frame(
        connection,
        """
        SELECT DISTINCT s.name, s.is_demo, s.fetched_at, s.license
        FROM indicator_value v JOIN source s ON s.id = v.source_id
        WHERE v.gender = $gender AND v.indicator_id = $indicator
          AND list_contains($regions, v.region_code)
        ORDER BY s.name
        """,
        {
            "indicator": indicator_id,
            "regions": list(region_codes),
            "gender": checked_gender(gender),
        },
    )
