"""Opening the database: read-only for readers, building it first when missing or outdated."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Literal

import duckdb

from rus_data.build.database import Progress, build_database
from rus_data.config import DEMO_SEED
from rus_data.db.schema import SCHEMA_VERSION

DatabaseState = Literal["missing", "current", "outdated_generated", "outdated_with_data"]


class OutdatedDatabase(RuntimeError):
    """The database has an older schema and holds imported data, so it is not rebuilt."""


def _first_row(path: Path, sql: str) -> tuple | None:
    """The first row of ``sql`` on the database opened read-only; None when it has no row or
    the table it reads does not exist (a database older than the table)."""
    with duckdb.connect(str(path), read_only=True) as connection:
        try:
            return connection.execute(sql).fetchone()
        except duckdb.CatalogException:
            return None


def schema_version(path: Path) -> str | None:
    """The schema version stored in the database, or None if it has none."""
    row = _first_row(path, "SELECT value FROM meta WHERE key = 'schema_version'")
    return row[0] if row else None


def _holds_imported_data(path: Path) -> bool:
    row = _first_row(path, "SELECT count(*) FROM source WHERE kind NOT IN ('reference', 'demo')")
    return bool(row and row[0])


def database_state(path: Path) -> DatabaseState:
    """Whether the database is missing, current, or outdated (with or without imported data)."""
    if not Path(path).exists():
        return "missing"
    if schema_version(path) == SCHEMA_VERSION:
        return "current"
    return "outdated_with_data" if _holds_imported_data(path) else "outdated_generated"


def outdated_message(path: Path) -> str:
    """What to do about an outdated database that holds imported data, in Swedish."""
    return (
        f"Databasen {path} är byggd med en äldre version av programmet (schema "
        f"{schema_version(path) or 'okänt'}, nu {SCHEMA_VERSION}) och innehåller importerade "
        "data, så den byggs inte om automatiskt. Bygg en ny med `python -m rus_data build` "
        "och importera filerna på nytt, eller peka RUS_DB på en annan databas."
    )


def ensure_database(path: Path, progress: Progress = print) -> bool:
    """Build the database if it is missing or outdated with only generated data.

    Returns True if it was built. Raises :class:`OutdatedDatabase` when an outdated database
    holds imported data, which a rebuild would lose.
    """
    state = database_state(path)
    if state == "current":
        return False
    if state == "outdated_with_data":
        raise OutdatedDatabase(outdated_message(path))
    if state == "outdated_generated":
        progress("Databasen har ett äldre schema och bara exempeldata – bygger om den.")
    build_database(Path(path), DEMO_SEED, progress)
    return True


def connect_read_only(path: Path) -> duckdb.DuckDBPyConnection:
    """Open the database read-only; run each query on its own ``cursor()``."""
    return duckdb.connect(str(path), read_only=True)


def database_version(path: Path) -> str:
    """A token that changes whenever the database file is replaced or rewritten."""
    stat = Path(path).stat()
    return f"{stat.st_ino}-{stat.st_mtime_ns}-{stat.st_size}"


_LATEST_READERS: dict[str, duckdb.DuckDBPyConnection] = {}
_READERS_LOCK = threading.Lock()


def reopen_read_only(path: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the file now at ``path``, closing the one opened before.

    DuckDB shares one database instance per path within a process for as long as any
    connection to it is open, so after an import has swapped the file in, a plain new
    connection would keep reading the old file. Closing the previous reader first makes DuckDB
    open the new file. Used by the app's cached connection, one per database version.
    """
    key = str(Path(path).resolve())
    with _READERS_LOCK:
        previous = _LATEST_READERS.pop(key, None)
        if previous is not None:
            previous.close()
        connection = connect_read_only(path)
        _LATEST_READERS[key] = connection
        return connection
