"""Creates the database schema from ``schema.sql``."""

from __future__ import annotations

from pathlib import Path

import duckdb

SCHEMA_VERSION = "3"  # raise when the schema changes; old demo databases are rebuilt
SCHEMA_FILE = Path(__file__).with_name("schema.sql")

STATUSES = ("JA", "NÄRA", "NEJ")
TRENDS = ("POSITIV", "NEUTRAL", "NEGATIV", "OKLAR")
LEVELS = ("riket", "lan", "kommun")


def create_schema(connection: duckdb.DuckDBPyConnection) -> None:
    """Create every table of the schema in an empty database."""
    connection.execute(SCHEMA_FILE.read_text(encoding="utf-8"))
    connection.execute("INSERT INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
