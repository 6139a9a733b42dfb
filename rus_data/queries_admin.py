"""Queries for the admin page: the sources in the database and what each brought."""

from __future__ import annotations

import duckdb
import pandas as pd


def list_sources(connection: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every source: ``id, name, kind, fetched_at, imported_by, row_count, is_demo``."""
    cursor = connection.cursor()
    try:
        return cursor.execute(
            "SELECT id, name, kind, fetched_at, imported_by, row_count, is_demo "
            "FROM source ORDER BY id DESC"
        ).df()
    finally:
        cursor.close()


def source_counts(connection: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Rows per source in the value and assessment tables: ``source_id, values, assessments``."""
    cursor = connection.cursor()
    try:
        return cursor.execute(
            "SELECT s.id AS source_id, "
            "(SELECT count(*) FROM indicator_value v WHERE v.source_id = s.id) AS n_values, "
            "(SELECT count(*) FROM assessment a WHERE a.source_id = s.id) AS n_assessments "
            "FROM source s ORDER BY s.id DESC"
        ).df()
    finally:
        cursor.close()
