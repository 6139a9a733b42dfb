"""The workshop file's tables: those of ``schema.sql`` plus what only the workshop needs (a
round's code and when it was closed, and a sequence per id), created on first use and added to
an older file when it is opened, so files written before keep working."""

from __future__ import annotations

import contextlib
import re
import threading

import duckdb

from rus_data.conflicts.workshop_codes import new_round_code
from rus_data.db.schema import SCHEMA_FILE

STORE_TABLES = ("source", "interaction", "workshop_session", "workshop_score")
# Ids come from these sequences, so two writers at once never take the same id.
ID_SEQUENCES = {
    "source": "workshop_source_id_seq",
    "interaction": "workshop_interaction_id_seq",
    "workshop_session": "workshop_session_id_seq",
}
# Columns of the workshop file only (the main database's copy of the table stays as it was).
SESSION_COLUMNS = {"code": "TEXT", "closed_at": "TIMESTAMP"}
_SETUP_LOCK = threading.Lock()
_CURRENT: set[object] = set()  # files (path and inode) found up to date in this process


def store_ddl() -> str:
    """The CREATE TABLE statements of ``schema.sql`` for the workshop file's tables."""
    statements = SCHEMA_FILE.read_text(encoding="utf-8").split(";")
    wanted = []
    for statement in statements:
        match = re.search(r"CREATE TABLE (\w+)", statement)
        if match and match.group(1) in STORE_TABLES:
            body = statement[match.start() :]
            wanted.append(body.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS", 1))
    return ";\n".join(wanted) + ";"


def _names(connection: duckdb.DuckDBPyConnection, sql: str) -> set[str]:
    return {row[0] for row in connection.execute(sql).fetchall()}


def is_current(connection: duckdb.DuckDBPyConnection) -> bool:
    """True when the file has every table, column and sequence this version uses."""
    tables = _names(connection, "SELECT table_name FROM duckdb_tables()")
    sequences = _names(connection, "SELECT sequence_name FROM duckdb_sequences()")
    columns = _names(
        connection,
        "SELECT column_name FROM duckdb_columns() WHERE table_name = 'workshop_session'",
    )
    return (
        set(STORE_TABLES) <= tables
        and set(ID_SEQUENCES.values()) <= sequences
        and set(SESSION_COLUMNS) <= columns
    )


def rollback(connection: duckdb.DuckDBPyConnection) -> None:
    """Roll back the open transaction; a failed COMMIT has ended it already, which is fine."""
    with contextlib.suppress(duckdb.Error):
        connection.execute("ROLLBACK")


def migrate(connection: duckdb.DuckDBPyConnection) -> None:
    """Create what is missing: tables, columns and sequences, and codes for older rounds.

    Plain SQL that DuckDB and PostgreSQL both run (on PostgreSQL through
    :class:`~rus_data.conflicts.workshop_postgres.PgConnection`)."""
    connection.execute(store_ddl())
    for column, kind in SESSION_COLUMNS.items():
        connection.execute(f"ALTER TABLE workshop_session ADD COLUMN IF NOT EXISTS {column} {kind}")
    for table, sequence in ID_SEQUENCES.items():
        start = connection.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]
        connection.execute(f"CREATE SEQUENCE IF NOT EXISTS {sequence} START WITH {int(start)}")
    # Rounds from before codes existed get one, so raters can join them too.
    missing = connection.execute("SELECT id FROM workshop_session WHERE code IS NULL").fetchall()
    for (session_id,) in missing:
        connection.execute(
            "UPDATE workshop_session SET code = ? WHERE id = ?", [new_round_code(), session_id]
        )


def ensure_schema(connection: duckdb.DuckDBPyConnection, file_key: object = None) -> None:
    """Create or bring up to date the workshop tables, in one transaction.

    ``file_key`` names the file (its path and inode, say): a file found up to date once is
    not looked at again by this process, which saves a catalogue query on every connection.
    """
    if file_key is not None and file_key in _CURRENT:
        return
    if not is_current(connection):
        with _SETUP_LOCK:  # the process's connections share one database: one migrates
            if not is_current(connection):
                connection.execute("BEGIN TRANSACTION")
                try:
                    migrate(connection)
                    connection.execute("COMMIT")
                except BaseException:
                    rollback(connection)
                    raise
    if file_key is not None:
        _CURRENT.add(file_key)
