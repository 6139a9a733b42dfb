"""Small tables derived from ``indicator_value``, kept beside it so that the views that look
across many indicators read thousands of rows instead of millions.

- ``value_summary``: how many values each source gives per indicator, region level, year and
  gender. Answers "which sources" and "which years" for any set of indicators.
- ``county_spread``: the counties' spread per indicator and year (min, quartiles, median,
  max) of the values and of the index (each county's first year = 100).

:func:`refresh_summaries` rebuilds both from the values: the build all of them, every write
transaction (imports, syncs, undo: :mod:`rus_data.imports.transaction`) those of the
indicators it touched, before it commits, so the tables always match the values they
summarise. A database made before these
tables existed has neither: :func:`has_summaries` tells the queries to read the values instead.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

import duckdb

from rus_data.db.schema import SCHEMA_FILE

SUMMARY_TABLES = ("value_summary", "county_spread")

# Each statement takes the indicators to rebuild as its one parameter (NULL: all of them).
_SOME = "(CAST(? AS TEXT[]) IS NULL OR list_contains(?, {column}))"
_REFRESH = (
    "DELETE FROM value_summary WHERE " + _SOME.format(column="indicator_id"),
    """
    INSERT INTO value_summary
    SELECT v.indicator_id, r.level, v.year, v.gender, v.source_id, count(*)
    FROM indicator_value v JOIN region r ON r.code = v.region_code
    WHERE """
    + _SOME.format(column="v.indicator_id")
    + """
    GROUP BY ALL
    """,
    "DELETE FROM county_spread WHERE " + _SOME.format(column="indicator_id"),
    """
    INSERT INTO county_spread
    WITH counties AS (
        SELECT v.indicator_id, v.region_code, v.year, v.value,
               CASE WHEN first_value(v.value) OVER w = 0 THEN NULL
                    ELSE v.value / first_value(v.value) OVER w * 100 END AS index_value
        FROM indicator_value v JOIN region r ON r.code = v.region_code
        WHERE r.level = 'lan' AND v.gender = 'T' AND """
    + _SOME.format(column="v.indicator_id")
    + """
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


def refresh_summaries(
    connection: duckdb.DuckDBPyConnection, indicators: Collection[str] | None = None
) -> None:
    """Rebuild the summary tables from ``indicator_value`` (inside the caller's transaction):
    the rows of ``indicators`` only, or all rows when None. Every summary row belongs to one
    indicator, so rebuilding those of the indicators a write touched gives the same tables as
    a full rebuild. Creates the tables first in a database made before they existed."""
    for statement in _create_statements():
        connection.execute(statement)
    chosen = None if indicators is None else sorted(set(indicators))
    if chosen == []:
        return
    for statement in _REFRESH:
        connection.execute(statement, [chosen, chosen])


def newest_source(connection: duckdb.DuckDBPyConnection) -> int:
    """The highest source id now in the database (0 when there is none)."""
    return int(connection.execute("SELECT coalesce(max(id), 0) FROM source").fetchall()[0][0])


def changed_indicators(connection: duckdb.DuckDBPyConnection, newest_before: int) -> list[str]:
    """The indicators whose values a write changed, for :func:`refresh_summaries`: those with
    rows of a source newer than ``newest_before`` (what :func:`newest_source` said before the
    write), and every one whose count of values per source differs from ``value_summary``'s
    (rows deleted or added under any source). One pass over the values, milliseconds at
    national scale. Writers add rows under a new source and delete rows with their source, so
    no writer changes a value in place unseen."""
    found = connection.execute(
        """
        WITH now AS (
            SELECT indicator_id, source_id, count(*) AS n FROM indicator_value GROUP BY ALL
        ), was AS (
            SELECT indicator_id, source_id, sum("values") AS n FROM value_summary GROUP BY ALL
        )
        SELECT coalesce(now.indicator_id, was.indicator_id)
        FROM now FULL JOIN was USING (indicator_id, source_id)
        WHERE now.n IS DISTINCT FROM was.n OR now.source_id > ?
        """,
        [newest_before],
    ).fetchall()
    return sorted({indicator for (indicator,) in found})


def _has_tables(connection: duckdb.DuckDBPyConnection) -> bool:
    found = connection.execute(
        "SELECT count(*) FROM duckdb_tables() "
        "WHERE database_name = current_database() AND list_contains(?, table_name)",
        [list(SUMMARY_TABLES)],
    ).fetchone()[0]
    return found == len(SUMMARY_TABLES)


def refresh_changed(connection: duckdb.DuckDBPyConnection, newest_before: int) -> list[str]:
    """Rebuild the summary rows of the indicators a write changed (all rows in a database made
    before the summary tables existed); returns the indicators rebuilt."""
    if not _has_tables(connection):
        refresh_summaries(connection)
        return sorted(i for (i,) in connection.execute("SELECT id FROM indicator").fetchall())
    changed = changed_indicators(connection, newest_before)
    refresh_summaries(connection, changed)
    return changed


def has_summaries(connection: duckdb.DuckDBPyConnection) -> bool:
    """True when the database has the summary tables."""
    cursor = connection.cursor()
    try:
        return _has_tables(cursor)
    finally:
        cursor.close()
