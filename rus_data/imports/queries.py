"""Queries for the admin page: the sources in the database."""

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
