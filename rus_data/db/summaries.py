"""Small tables derived from ``indicator_value``, kept beside it so that the views that look
across many indicators read thousands of rows instead of millions.

- ``value_summary``: how many values each source gives per indicator, region level, year and
  gender. Answers "which sources" and "which years" for any set of indicators.
- ``county_spread``: the counties' spread per indicator and year (min, quartiles, median,
  max) of the values and of the index (each county's first year = 100).

:func:`refresh_summaries` rebuilds both from the values; the build and every write
transaction (imports, syncs, undo: :mod:`rus_data.imports.transaction`) run it before they
commit, so the tables always match the values they summarise. A database made before these
tables existed has neither: :func:`has_summaries` tells the queries to read the values instead.
"""

from __future__ import annotations

import re
from functools import cache

import duckdb

from rus_data.db.schema import SCHEMA_FILE

SUMMARY_TABLES = ("value_summary", "county_spread")

_REFRESH = (
    "DELETE FROM value_summary",
    """
    INSERT INTO value_summary
    SELECT v.indicator_id, r.level, v.year, v.gender, v.source_id, count(*)
    FROM indicator_value v JOIN region r ON r.code = v.region_code
    GROUP BY ALL
    """,
    "DELETE FROM county_spread",
    """
    INSERT INTO county_spread
    WITH counties AS (
        SELECT v.indicator_id, v.region_code, v.year, v.value,
               CASE WHEN first_value(v.value) OVER w = 0 THEN NULL
                    ELSE v.value / first_value(v.value) OVER w * 100 END AS index_value
        FROM indicator_value v JOIN region r ON r.code = v.region_code
        WHERE r.level = 'lan' AND v.gender = 'T'
        WINDOW w AS (PARTITION BY v.indicator_id, v.region_code ORDER BY v.year)
    )
    SELECT indicator_id, year, count(*),
           min(value), quantile_cont(value, 0.25), median(value),
           quantile_cont(value, 0.75), max(value),
           min(index_value), quantile_cont(index_value, 0.25), median(index_value),
           quantile_cont(index_value, 0.75), max(index_value)
    FROM counties
    GROUP BY indicator_id, year
    """,
)


@cache
def _create_statements() -> tuple[str, ...]:
    """The summary tables' ``CREATE TABLE IF NOT EXISTS`` statements from ``schema.sql``."""
    text = SCHEMA_FILE.read_text(encoding="utf-8")
    return tuple(
        re.search(rf"CREATE TABLE IF NOT EXISTS {table} \(.*?\);", text, re.S).group(0)
        for table in SUMMARY_TABLES
    )


def refresh_summaries(connection: duckdb.DuckDBPyConnection) -> None:
    """Rebuild the summary tables from ``indicator_value`` (inside the caller's transaction);
    creates them first in a database made before they existed."""
    for statement in _create_statements():
        connection.execute(statement)
    for statement in _REFRESH:
        connection.execute(statement)


def has_summaries(connection: duckdb.DuckDBPyConnection) -> bool:
    """True when the database has the summary tables."""
    cursor = connection.cursor()
    try:
        found = cursor.execute(
            "SELECT count(*) FROM duckdb_tables() "
            "WHERE database_name = current_database() AND list_contains(?, table_name)",
            [list(SUMMARY_TABLES)],
        ).fetchone()[0]
    finally:
        cursor.close()
    return found == len(SUMMARY_TABLES)
