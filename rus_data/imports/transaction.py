"""One write transaction on a copy of the database file, then an atomic swap of the copy in.

Design: the app keeps a read-only DuckDB connection open, and DuckDB lets no process open the
file for writing while any reader holds it. So a writer copies the file beside itself, runs the
whole import on the copy as one transaction (``BEGIN`` … ``COMMIT``, ``ROLLBACK`` on any error),
checkpoints it and moves it over the original with ``os.replace``. Readers keep the old file
until they reopen; the new inode changes :func:`rus_data.db.connection.database_version`, so
cached reads pick up the change on the next rerun. A failure at any point leaves the original
untouched: all rows land or none. A lock file stops two writers from racing.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import duckdb

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; a single writer is assumed there
    fcntl = None  # type: ignore[assignment]

from rus_data.imports.issues import rejected

T = TypeVar("T")


def now() -> datetime:
    """The current UTC time to the second, without time zone (as the tables store it)."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


@contextmanager
def _writer_lock(path: Path) -> Iterator[None]:
    if fcntl is None:
        yield
        return
    lock_path = path.with_name(f".{path.name}.lock")
    with open(lock_path, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _remove(path: Path) -> None:
    for candidate in (path, path.with_name(path.name + ".wal")):
        candidate.unlink(missing_ok=True)


def transaction_on_copy(
    path: Path, work: Callable[[duckdb.DuckDBPyConnection], T], *, dry_run: bool = False
) -> T:
    """Run ``work`` in one transaction on a copy of ``path`` and swap the copy in on success."""
    path = Path(path)
    if not path.exists():
        raise rejected(f"databasen {path} finns inte; bygg den först med: python -m rus_data build")
    with _writer_lock(path):
        copy = path.with_name(f".{path.name}.{os.getpid()}.importing")
        _remove(copy)
        try:
            shutil.copyfile(path, copy)
            wal = path.with_name(path.name + ".wal")
            if wal.exists():
                shutil.copyfile(wal, copy.with_name(copy.name + ".wal"))
            with duckdb.connect(str(copy)) as connection:
                connection.execute("BEGIN TRANSACTION")
                try:
                    result = work(connection)
                    _touch_meta(connection)
                except BaseException:
                    connection.execute("ROLLBACK")
                    raise
                if dry_run:
                    connection.execute("ROLLBACK")
                    return result
                connection.execute("COMMIT")
                connection.execute("CHECKPOINT")
            os.replace(copy, path)
        finally:
            _remove(copy)
    return result


def _touch_meta(connection: duckdb.DuckDBPyConnection) -> None:
    connection.execute(
        "INSERT OR REPLACE INTO meta VALUES ('data_changed_at', ?)", [now().isoformat()]
    )
