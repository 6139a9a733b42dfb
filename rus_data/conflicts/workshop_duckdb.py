"""The workshop's default store: a small DuckDB file beside the main database.

Why a separate file: the app holds the main database open read-only for the whole process,
and DuckDB refuses a read-write connection to a file that the same process has open with a
different configuration (and another process reading it holds a lock as well). Rebuilding
the main file on every saved score would also throw away every cache. So workshop data live in
``<database>.workshop.duckdb`` beside the main file (or ``$RUS_WORKSHOP_DB``), with the same
table definitions as ``schema.sql``. Every read and write opens a short-lived read-write
connection (connections in one process share one database instance, so there is no
configuration clash), and every write is one transaction: all rows or none. The version
token changes whenever the file changes.

Only one process can write the file, and writers in it take turns; two at once can still
collide on the same rows (DuckDB then aborts one transaction), which
:func:`~rus_data.conflicts.workshop_store.write` runs again. A full disk, a file held by another
program and a collision that does not clear each get a message of their own. Where several
processes serve, the workshop runs on PostgreSQL instead (:mod:`.workshop_postgres`).
"""

from __future__ import annotations

import errno
import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import duckdb

from rus_data.conflicts.workshop_errors import BUSY, Collision, WorkshopError
from rus_data.conflicts.workshop_schema import ensure_schema, rollback
from rus_data.db.connect import connect

LOG = logging.getLogger(__name__)
R = TypeVar("R")
_LOCK_RETRIES = 30
_WRITE_WAIT = 30.0  # seconds a writer waits for its turn before it gives up
_WRITE_LOCKS: dict[str, threading.Lock] = {}
_WRITE_LOCKS_GUARD = threading.Lock()

DISK_FULL = (
    "Disken där workshopfilen ligger är full, så inget kunde sparas. Be driftansvarig frigöra "
    "utrymme och försök sedan igen."
)
IN_USE = "Workshopfilen används av ett annat program just nu. Försök igen om en stund."


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
    # Two upserts of one key at once can also end as a duplicate key, when the statement
    # runs or when the transaction commits.
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


def _write_lock(path: Path) -> threading.Lock:
    key = str(Path(path).resolve())
    with _WRITE_LOCKS_GUARD:
        return _WRITE_LOCKS.setdefault(key, threading.Lock())


@dataclass(frozen=True)
class DuckDBStore:
    """The workshop file at ``path``."""

    path: Path

    def exists(self) -> bool:
        """True once the file has been written."""
        return Path(self.path).exists()

    def version(self) -> str:
        """A token that changes whenever the file is written ("none" if it is missing)."""
        path = Path(self.path)
        if not path.exists():
            return "none"
        stat = path.stat()
        wal = path.with_name(path.name + ".wal")
        wal_part = f"-{wal.stat().st_mtime_ns}-{wal.stat().st_size}" if wal.exists() else ""
        return f"{stat.st_ino}-{stat.st_mtime_ns}-{stat.st_size}{wal_part}"

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A short-lived read-write connection, the file created (or brought up to date, see
        :mod:`~rus_data.conflicts.workshop_schema`) on first use."""
        path = Path(self.path)
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

    def read(self, work: Callable[[duckdb.DuckDBPyConnection], R]) -> R:
        """``work(connection)`` on a short-lived connection."""
        with self.connect() as connection:
            return work(connection)

    @contextmanager
    def turn(self) -> Iterator[None]:
        """Writers in this process take turns: only one process can open the file to write."""
        lock = _write_lock(self.path)
        if not lock.acquire(timeout=_WRITE_WAIT):
            raise WorkshopError(BUSY)
        try:
            yield
        finally:
            lock.release()

    def transaction(self, work: Callable[[duckdb.DuckDBPyConnection], R]) -> R:
        """One try of ``work(connection)`` in one transaction on a fresh connection; raises
        :class:`Collision` when another writer got to the same rows first."""
        with self.connect() as connection:
            connection.execute("BEGIN TRANSACTION")
            try:
                result = work(connection)
                connection.execute("COMMIT")
                return result
            except (duckdb.Error, OSError) as error:
                rollback(connection)
                if is_conflict(error):
                    raise Collision(str(error)) from error
                raise _refusal(error, "skrivas") from error
            except BaseException:
                rollback(connection)
                raise
