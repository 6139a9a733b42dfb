"""The workshop file: where it lives, its version token, its tables and short-lived connections.

Why a separate file: the app holds the main database open read-only for the whole process,
and DuckDB refuses a read-write connection to a file that the same process has open with a
different configuration (and another process reading it holds a lock as well). Rebuilding
the main file on every saved score would also throw away every cache. So workshop data live in
``<database>.workshop.duckdb`` beside the main file (or ``$RUS_WORKSHOP_DB``), with the same
table definitions as ``schema.sql``. Every read and write opens a short-lived read-write
connection (connections in one process share one database instance, so there is no
configuration clash), and every write is one transaction: all rows or none. Cached reads are
keyed by :func:`store_version`, which changes whenever the file changes.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pandas as pd

from rus_data.db.schema import SCHEMA_FILE

STORE_TABLES = ("source", "interaction", "workshop_session", "workshop_score")
_LOCK_RETRIES = 30


class WorkshopError(Exception):
    """A problem the user can fix; the message is in Swedish and names what to change."""


def store_path(database: Path) -> Path:
    """Where the workshop file lives: ``$RUS_WORKSHOP_DB`` or beside the main database."""
    configured = os.environ.get("RUS_WORKSHOP_DB", "").strip()
    if configured:
        return Path(configured).expanduser()
    database = Path(database)
    return database.with_name(f"{database.stem}.workshop.duckdb")


def store_version(path: Path) -> str:
    """A token that changes whenever the workshop file is written ("none" if it is missing)."""
    path = Path(path)
    if not path.exists():
        return "none"
    stat = path.stat()
    wal = path.with_name(path.name + ".wal")
    wal_part = f"-{wal.stat().st_mtime_ns}-{wal.stat().st_size}" if wal.exists() else ""
    return f"{stat.st_ino}-{stat.st_mtime_ns}-{stat.st_size}{wal_part}"


def _store_ddl() -> str:
    """The CREATE TABLE statements of ``schema.sql`` for the workshop file's tables."""
    statements = SCHEMA_FILE.read_text(encoding="utf-8").split(";")
    wanted = []
    for statement in statements:
        match = re.search(r"CREATE TABLE (\w+)", statement)
        if match and match.group(1) in STORE_TABLES:
            body = statement[match.start() :]
            wanted.append(body.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS", 1))
    return ";\n".join(wanted) + ";"


@contextmanager
def open_store(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A short-lived read-write connection to the workshop file, created on first use."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = None
    for attempt in range(_LOCK_RETRIES):
        try:
            connection = duckdb.connect(str(path))
            break
        except duckdb.IOException as error:
            if "lock" not in str(error).lower() or attempt == _LOCK_RETRIES - 1:
                raise WorkshopError(
                    "Workshopfilen används av ett annat program just nu. Försök igen om en stund."
                ) from error
            time.sleep(0.1)
    assert connection is not None
    try:
        connection.execute(_store_ddl())
        yield connection
    finally:
        connection.close()


@contextmanager
def transaction(connection: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """One transaction: committed when the block ends, rolled back on any error."""
    connection.execute("BEGIN TRANSACTION")
    try:
        yield
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def next_id(connection: duckdb.DuckDBPyConnection, table: str) -> int:
    """One more than the largest ``id`` in ``table`` (one of :data:`STORE_TABLES`)."""
    if table not in STORE_TABLES:
        raise ValueError(f"Okänd tabell: {table}")
    return int(connection.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])


def now() -> datetime:
    """The current UTC time to the second, without time zone (as the tables store it)."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def read_frame(path: Path, sql: str, params: list | dict | None = None) -> pd.DataFrame:
    """The result of one query on the workshop file."""
    with open_store(path) as connection:
        return connection.execute(sql, params or []).df()
