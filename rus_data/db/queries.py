"""Named, parameterised queries. Each takes a DuckDB connection or cursor and returns a frame.

User-chosen values always go in as parameters. The only text put into SQL is a column name
chosen from a whitelist (the language suffix of name columns).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import duckdb
import pandas as pd

Language = Literal["sv", "en"]
_LANGUAGES: tuple[Language, ...] = ("sv", "en")


def checked_language(language: str) -> str:
    if language not in _LANGUAGES:
        raise ValueError(f"Okänt språk: {language!r}")
    return language


def indicator_name_unit(language: str) -> str:
    """SQL columns ``name, unit`` of an indicator ``i`` in ``language`` (whitelisted names)."""
    suffix = checked_language(language)
    unit = "unit" if suffix == "sv" else "unit_en"
    return f"i.name_{suffix} AS name, i.{unit} AS unit"


def query_frame(connection: duckdb.DuckDBPyConnection, sql: str, params: list | None = None):
    cursor = connection.cursor()
    try:
        return cursor.execute(sql, params or []).df()
    finally:
        cursor.close()


def summary_frame(
    connection: duckdb.DuckDBPyConnection,
    sql: str,
    fallback_sql: str,
    params: list | dict | None = None,
) -> pd.DataFrame:
    """``sql``, which reads the summary tables (:mod:`rus_data.db.summaries`); in a database
    made before those existed, ``fallback_sql``, which reads the values themselves."""
    try:
        return query_frame(connection, sql, params)
    except duckdb.CatalogException:
        return query_frame(connection, fallback_sql, params)


def regions(connection: duckdb.DuckDBPyConnection, level: str | None = None) -> pd.DataFrame:
    """Regions with ``code, name, level, parent_code, letter``, optionally of one level."""
    return query_frame(
        connection,
        "SELECT code, name, level, parent_code, letter FROM region "
        "WHERE ? IS NULL OR level = ? ORDER BY code",
        [level, level],
    )


def objectives(connection: duckdb.DuckDBPyConnection, language: Language) -> pd.DataFrame:
    """Objectives 0–16 with ``id, name, scope, assessed_regionally``."""
    column = f"name_{checked_language(language)}"
    return query_frame(
        connection,
        f"SELECT id, {column} AS name, scope, assessed_regionally FROM objective ORDER BY id",
    )


def assessment_years(connection: duckdb.DuckDBPyConnection) -> list[int]:
    """Years that have at least one assessment, ascending."""
    frame = query_frame(connection, "SELECT DISTINCT year FROM assessment ORDER BY year")
    return [int(y) for y in frame["year"]]


def assessment_sources(connection: duckdb.DuckDBPyConnection, year: int) -> pd.DataFrame:
    """The sources of a year's assessments with ``name, is_demo, fetched_at``."""
    return query_frame(
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
    return query_frame(
        connection,
        """
        SELECT s.id, s.name, s.kind, s.is_demo, s.license, s.fetched_at,
               (SELECT count(*) FROM indicator_value v WHERE v.source_id = s.id) AS values,
               (SELECT count(*) FROM assessment a WHERE a.source_id = s.id) AS assessments
        FROM source s ORDER BY s.id
        """,
    )


# The filters of :func:`indicator_value_sources`: fixed SQL, the values go in as parameters;
# on the summary table (``v`` is ``value_summary``) and on the values themselves.
_SUMMARY_SOURCE_FILTERS = {
    "ids": "list_contains($ids, v.indicator_id)",
    "objective": "v.indicator_id IN "
    "(SELECT indicator_id FROM indicator_objective WHERE objective_id = $objective)",
    "years": "list_contains($years, v.year)",
    "level": "v.level = $level",
}
_VALUE_SOURCE_FILTERS = {
    "ids": "list_contains($ids, v.indicator_id)",
    "objective": "v.indicator_id IN "
    "(SELECT indicator_id FROM indicator_objective WHERE objective_id = $objective)",
    "years": "list_contains($years, v.year)",
    "level": "v.region_code IN (SELECT code FROM region WHERE level = $level)",
}


def indicator_value_sources(
    connection: duckdb.DuckDBPyConnection,
    *,
    indicator_ids: Sequence[str] | None = None,
    objective_id: int | None = None,
    years: Sequence[int] | None = None,
    level: str | None = None,
    per_indicator: bool = False,
) -> pd.DataFrame:
    """Sources of indicator values: ``name, is_demo, fetched_at, license``, by name.

    Only the values of ``indicator_ids``, of the indicators of ``objective_id``, in ``years``
    and of regions at ``level``, as far as each is given. With ``per_indicator`` one row per
    indicator and source, ``indicator_id`` first.
    """
    params: dict[str, object] = {}
    if indicator_ids is not None:
        params["ids"] = list(indicator_ids)
    if objective_id is not None:
        params["objective"] = objective_id
    if years is not None:
        params["years"] = list(years)
    if level is not None:
        params["level"] = level
    indicator = "v.indicator_id, " if per_indicator else ""

    def sql(table: str, filters: dict[str, str]) -> str:
        where = " AND ".join(filters[key] for key in params) or "true"
        return f"""
        SELECT DISTINCT {indicator}s.name, s.is_demo, s.fetched_at, s.license
        FROM {table} v JOIN source s ON s.id = v.source_id
        WHERE {where}
        ORDER BY {indicator}s.name
        """

    return summary_frame(
        connection,
        sql("value_summary", _SUMMARY_SOURCE_FILTERS),
        sql("indicator_value", _VALUE_SOURCE_FILTERS),
        params,
    )
