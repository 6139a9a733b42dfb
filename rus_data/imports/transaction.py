"""One write transaction on a copy of the database file, then an atomic swap of the copy in.

Design: the app keeps a read-only DuckDB connection open, and DuckDB lets no process open the
file for writing while any reader holds it. So a writer copies the file beside itself, runs the
whole import on the copy, rebuilds the summary rows of the indicators it changed
(:mod:`rus_data.db.summaries`), checkpoints the copy and moves it over the original with
``os.replace``. The copy is the transaction: no reader sees it before the swap, and on any
error it is deleted, so its statements need no ``BEGIN`` … ``COMMIT`` of their own (one
DuckDB transaction over millions of inserted rows would hold them all in memory until the
commit; statement by statement DuckDB writes them out as it goes). Readers keep the old file
until they reopen; the new inode changes :func:`rus_data.db.connection.database_version`, so
cached reads pick up the change on the next rerun. A failure at any point leaves the original
untouched: all rows land or none. A lock file stops two writers from racing.
"""

from __future__ import annotations

import glob
import os
import shutil
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import duckdb

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; stale copies are then left alone
    fcntl = None  # type: ignore[assignment]

from rus_data.db.connect import connect
from rus_data.db.lock import lock_path, writer_lock
from rus_data.db.summaries import newest_source, refresh_changed
from rus_data.imports.failures import database_rejection, original_error
from rus_data.imports.issues import rejected

T = TypeVar("T")
# A copy this old whose database's writer lock is free was left by an import that was killed.
STALE_AFTER_SECONDS = 10 * 60


def now() -> datetime:
    """The current UTC time to the second, without time zone (as the tables store it)."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def _remove(path: Path) -> None:
    for candidate in (path, path.with_name(path.name + ".wal")):
        candidate.unlink(missing_ok=True)


def _remove_stale_copies(path: Path) -> list[Path]:
    """Remove copies left by killed imports of ``path``; the caller holds the writer lock."""
    removed = []
    limit = time.time() - STALE_AFTER_SECONDS
    for candidate in path.parent.glob(f".{glob.escape(path.name)}.*.importing*"):
        try:
            if candidate.is_file() and candidate.stat().st_mtime < limit:
                candidate.unlink()
                removed.append(candidate)
        except OSError:
            continue
    return removed


def remove_stale_copies(path: Path) -> list[Path]:
    """At app start or before an import: remove copies that killed imports of ``path`` left.

    Only when no writer holds the lock (a running import's copy is never touched), and only
    copies older than :data:`STALE_AFTER_SECONDS`. Returns what was removed.
    """
    path = Path(path)
    if fcntl is None or not path.parent.is_dir():
        return []
    try:
        handle = open(lock_path(path), "a+")  # noqa: SIM115 - held for the flock below
    except OSError:
        return []
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return []
        try:
            return _remove_stale_copies(path)
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def transaction_on_copy(
    path: Path, work: Callable[[duckdb.DuckDBPyConnection], T], *, dry_run: bool = False
) -> T:
    """Run ``work`` on a copy of ``path`` and swap the copy in on success; on any error, or
    in a dry run, the copy is thrown away and ``path`` is as it was."""
    path = Path(path)
    if not path.exists():
        raise rejected(f"databasen {path} finns inte; bygg den först med: python -m rus_data build")
    with writer_lock(path):
        _remove_stale_copies(path)
        copy = path.with_name(f".{path.name}.{os.getpid()}.importing")
        _remove(copy)
        try:
            shutil.copyfile(path, copy)
            wal = path.with_name(path.name + ".wal")
            if wal.exists():
                shutil.copyfile(wal, copy.with_name(copy.name + ".wal"))
            with connect(copy) as connection:
                try:
                    newest_before = newest_source(connection)
                    result = work(connection)
                    refresh_changed(connection, newest_before)
                    _touch_meta(connection)
                    if dry_run:
                        return result  # the copy is thrown away below
                    connection.execute("CHECKPOINT")
                except duckdb.Error as error:
                    raise database_rejection(error) from original_error(error)
            os.replace(copy, path)
        finally:
            _remove(copy)
    return result


def _touch_meta(connection: duckdb.DuckDBPyConnection) -> None:
    connection.execute(
        "INSERT OR REPLACE INTO meta VALUES ('data_changed_at', ?)", [now().isoformat()]
    )
