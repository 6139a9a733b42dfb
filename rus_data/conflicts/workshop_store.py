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

Two people saving at once can collide on the same rows (DuckDB then aborts one transaction);
:func:`write` runs the work again after a short, growing pause, a bounded number of times.
A full disk, a file held by another program and a collision that does not clear each get
a message of their own.
"""

from __future__ import annotations

import errno
import logging
import os
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import duckdb
import pandas as pd

from rus_data.conflicts.workshop_schema import (
    ID_SEQUENCES,
    ensure_schema,
    rollback,
)
from rus_data.db.connect import connect

LOG = logging.getLogger(__name__)
R = TypeVar("R")
_LOCK_RETRIES = 30
WRITE_ATTEMPTS = 12
_FIRST_PAUSE = 0.005  # seconds; doubles per attempt up to _LONGEST_PAUSE, with jitter
_LONGEST_PAUSE = 0.25
_WRITE_WAIT = 30.0  # seconds a writer waits for its turn before it gives up
_WRITE_LOCKS: dict[str, threading.Lock] = {}
_WRITE_LOCKS_GUARD = threading.Lock()

DISK_FULL = (
    "Disken där workshopfilen ligger är full, så inget kunde sparas. Be driftansvarig frigöra "
    "utrymme och försök sedan igen."
)
IN_USE = "Workshopfilen används av ett annat program just nu. Försök igen om en stund."
BUSY = "Många sparade samtidigt och dina ändringar kom inte fram; inget sparades. Försök igen."


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


def is_disk_full(error: BaseException) -> bool:
    """True when ``error`` says the disk (or the user's quota) is full."""
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    return "no space left on device" in str(error).lower() or "disk quota" in str(error).lower()


def is_conflict(error: BaseException) -> bool:
    """True when DuckDB aborted a transaction because another one wrote the same rows."""
    text = str(error).lower()
    if is_disk_full(error):
        return False
    if isinstance(error, duckdb.TransactionException) and "conflict" in text:
        return True
    # Two INSERT OR REPLACE of one key at once can also end as a duplicate key, when the
    # statement runs or when the transaction commits.
    return isinstance(error, duckdb.ConstraintException | duckdb.TransactionException) and (
        "duplicate key" in text
    )


def is_held(error: BaseException) -> bool:
    """True when another program holds the file's lock."""
    text = str(error).lower()
    return ("lock on file" in text or "conflicting lock" in text) and not is_disk_full(error)


def _refusal(error: BaseException, action: str) -> WorkshopError:
    """The user's message for an error the workshop file gave; an unexpected one is logged."""
    if is_disk_full(error):
        LOG.error("Workshopfilen: disken är full (%s)", error)
        return WorkshopError(DISK_FULL)
    if is_held(error):
        return WorkshopError(IN_USE)
    LOG.error("Workshopfilen kunde inte %s: %s", action, error)
    return WorkshopError(f"Workshopfilen kunde inte {action}; inget sparades. Felet är loggat.")


def _connect(path: Path) -> duckdb.DuckDBPyConnection:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _refusal(error, "skapas") from error
    for attempt in range(_LOCK_RETRIES):
        try:
            return connect(path)
        except duckdb.ResourceInUseException as error:
            # Another thread is closing the file's last connection just now: try again.
            if attempt == _LOCK_RETRIES - 1:
                raise _refusal(error, "öppnas") from error
            time.sleep(0.01)
        except (duckdb.IOException, OSError) as error:
            if not is_held(error) or attempt == _LOCK_RETRIES - 1:
                raise _refusal(error, "öppnas") from error
            time.sleep(0.1)
    raise WorkshopError(IN_USE)  # not reached: the last attempt raises


@contextmanager
def open_store(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A short-lived read-write connection to the workshop file, created (or brought up to
    date, see :mod:`~rus_data.conflicts.workshop_schema`) on first use."""
    path = Path(path)
    connection = _connect(path)
    try:
        try:
            ensure_schema(connection, (str(path.resolve()), path.stat().st_ino))
        except duckdb.Error as error:
            raise _refusal(error, "göras i ordning") from error
        yield connection
    finally:
        try:
            connection.close()
        except duckdb.Error as error:  # what was committed is in the file's log already
            LOG.warning("Workshopfilen stängdes med ett fel: %s", error)


def _pause(attempt: int) -> None:
    pause = min(_FIRST_PAUSE * 2**attempt, _LONGEST_PAUSE)
    time.sleep(pause * random.uniform(0.5, 1.5))


def _write_lock(path: Path) -> threading.Lock:
    key = str(Path(path).resolve())
    with _WRITE_LOCKS_GUARD:
        return _WRITE_LOCKS.setdefault(key, threading.Lock())


def write(
    path: Path,
    work: Callable[[duckdb.DuckDBPyConnection], R],
    attempts: int = WRITE_ATTEMPTS,
) -> R:
    """Run ``work(connection)`` in one transaction on the workshop file and return its result.

    All or nothing: any error rolls the whole transaction back. Writers in this process take
    turns (only one process can open the file for writing); when another writer got to the
    same rows first all the same, the work runs again on a fresh connection after a pause, at
    most ``attempts`` times. Then, and on a full disk, a :class:`WorkshopError` says so.
    """
    lock = _write_lock(path)
    if not lock.acquire(timeout=_WRITE_WAIT):
        raise WorkshopError(BUSY)
    try:
        return _write(path, work, attempts)
    finally:
        lock.release()


def _write(path: Path, work: Callable[[duckdb.DuckDBPyConnection], R], attempts: int) -> R:
    for attempt in range(attempts):
        with open_store(path) as connection:
            connection.execute("BEGIN TRANSACTION")
            try:
                result = work(connection)
                connection.execute("COMMIT")
                return result
            except (duckdb.Error, OSError) as error:
                rollback(connection)
                if not is_conflict(error):
                    raise _refusal(error, "skrivas") from error
            except BaseException:
                rollback(connection)
                raise
        if attempt < attempts - 1:
            _pause(attempt)
    LOG.warning("Workshopfilen: skrivkonflikt kvar efter %s försök", attempts)
    raise WorkshopError(BUSY)


def next_id(connection: duckdb.DuckDBPyConnection, table: str) -> int:
    """A new ``id`` for ``table`` (one with a sequence in :data:`ID_SEQUENCES`)."""
    if table not in ID_SEQUENCES:
        raise ValueError(f"Okänd tabell: {table}")
    return int(connection.execute(f"SELECT nextval('{ID_SEQUENCES[table]}')").fetchone()[0])


def now() -> datetime:
    """The current UTC time to the second, without time zone (as the tables store it)."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def read_frame(path: Path, sql: str, params: list | dict | None = None) -> pd.DataFrame:
    """The result of one query on the workshop file."""
    with open_store(path) as connection:
        return connection.execute(sql, params or []).df()
