"""Opening the database: read-only for readers, building it first when it is missing."""

from __future__ import annotations

import threading
from pathlib import Path

import duckdb

from rus_data.build import Progress, build_database
from rus_data.config import DEMO_SEED


def ensure_database(path: Path, progress: Progress = print) -> bool:
    """Build the database at ``path`` if it does not exist; return True if it was built."""
    if Path(path).exists():
        return False
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
