"""The workshop store: where workshop data live, one small interface over two backends, and
the write that retries.

By default the workshop is a small DuckDB file beside the main database
(:mod:`.workshop_duckdb`, which tells why it is a file of its own). Where several processes or
machines serve, ``RUS_WORKSHOP_URL=postgresql://…`` puts it on PostgreSQL
(:mod:`.workshop_postgres`). Both give the same calls (:class:`WorkshopStore`): ``connect()``
(a connection for a block), ``read(work)``, ``transaction(work)`` (one try of a write in one
transaction), ``turn()`` (writers of this process taking turns, where the backend needs it) and
``version()`` (a token that changes with every write; cached reads are keyed by it). The
workshop modules take a store, or the path of a workshop file, and write their SQL once for
both: ``?`` placeholders, sequences for ids, ``ON CONFLICT`` for upserts.

Two people saving at once can collide on the same rows; :func:`write` then runs the work again
after a short, growing pause, a bounded number of times, and says so in Swedish if it does not
clear.
"""

from __future__ import annotations

import logging
import os
import random
import time
import zlib
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar

import duckdb
import pandas as pd

from rus_data.conflicts.workshop_duckdb import DuckDBStore
from rus_data.conflicts.workshop_errors import BUSY, Collision, WorkshopError
from rus_data.conflicts.workshop_postgres import PgConnection, PostgresStore, is_postgres_url
from rus_data.conflicts.workshop_schema import ID_SEQUENCES

LOG = logging.getLogger(__name__)
R = TypeVar("R")
WRITE_ATTEMPTS = 12
_FIRST_PAUSE = 0.005  # seconds; doubles per attempt up to _LONGEST_PAUSE, with jitter
_LONGEST_PAUSE = 0.25


class WorkshopStore(Protocol):
    """What the workshop modules need of a store (see the module's docstring)."""

    def exists(self) -> bool: ...
    def version(self) -> str: ...
    def connect(self) -> AbstractContextManager[Any]: ...
    def read(self, work: Callable[[Any], R]) -> R: ...
    def turn(self) -> AbstractContextManager[None]: ...
    def transaction(self, work: Callable[[Any], R]) -> R: ...


StoreLike = WorkshopStore | Path | str
Connection = duckdb.DuckDBPyConnection | PgConnection


def store_path(database: Path) -> Path:
    """Where the workshop file lives: ``$RUS_WORKSHOP_DB`` or beside the main database."""
    configured = os.environ.get("RUS_WORKSHOP_DB", "").strip()
    if configured:
        return Path(configured).expanduser()
    database = Path(database)
    return database.with_name(f"{database.stem}.workshop.duckdb")


def store_for(database: Path) -> WorkshopStore:
    """The workshop store: PostgreSQL when ``$RUS_WORKSHOP_URL`` is set, else the file of
    :func:`store_path`. A URL that is not PostgreSQL's is refused, in Swedish, on first use."""
    url = os.environ.get("RUS_WORKSHOP_URL", "").strip()
    if url:
        return PostgresStore(url)
    return DuckDBStore(store_path(database))


def as_store(target: StoreLike) -> WorkshopStore:
    """``target`` as a store: a path is a workshop file, a ``postgresql://`` text a server."""
    if isinstance(target, str) and is_postgres_url(target):
        return PostgresStore(target)
    if isinstance(target, str | Path):
        return DuckDBStore(Path(target))
    return target


def store_version(target: StoreLike) -> str:
    """A token that changes whenever the workshop store is written ("none" for a missing
    file, "unavailable" for a server that does not answer)."""
    return as_store(target).version()


def open_store(target: StoreLike) -> AbstractContextManager[Any]:
    """A connection to the workshop store for the length of a ``with`` block, its tables
    created or brought up to date on first use."""
    return as_store(target).connect()


def _pause(attempt: int) -> None:
    pause = min(_FIRST_PAUSE * 2**attempt, _LONGEST_PAUSE)
    time.sleep(pause * random.uniform(0.5, 1.5))


def write(target: StoreLike, work: Callable[[Any], R], attempts: int = WRITE_ATTEMPTS) -> R:
    """Run ``work(connection)`` in one transaction on the workshop store and return its result.

    All or nothing: any error rolls the whole transaction back. When another writer got to
    the same rows first, the work runs again after a pause, at most ``attempts`` times; then
    (and on a full disk, a server that is down …) a :class:`WorkshopError` says so.
    """
    store = as_store(target)
    with store.turn():
        for attempt in range(attempts):
            try:
                return store.transaction(work)
            except Collision:
                if attempt < attempts - 1:
                    _pause(attempt)
    LOG.warning("Workshoplagret: skrivkonflikt kvar efter %s försök", attempts)
    raise WorkshopError(BUSY)


def next_id(connection: Connection, table: str) -> int:
    """A new ``id`` for ``table`` (one with a sequence in :data:`ID_SEQUENCES`)."""
    if table not in ID_SEQUENCES:
        raise ValueError(f"Okänd tabell: {table}")
    return int(connection.execute(f"SELECT nextval('{ID_SEQUENCES[table]}')").fetchone()[0])


def share_lock(connection: Connection) -> str:
    """`` FOR SHARE`` on PostgreSQL, where a row read now must not change before the commit
    (DuckDB has no such clause, and its writers of one file take turns anyway)."""
    return " FOR SHARE" if isinstance(connection, PgConnection) else ""


def one_at_a_time(connection: Connection, what: str) -> None:
    """Make transactions that call this with the same ``what`` take turns until they commit
    (on PostgreSQL an advisory lock; on DuckDB the writers take turns already)."""
    if isinstance(connection, PgConnection):
        connection.execute("SELECT pg_advisory_xact_lock(?)", [zlib.crc32(what.encode())])


def now() -> datetime:
    """The current UTC time to the second, without time zone (as the tables store it)."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def read_frame(target: StoreLike, sql: str, params: list | None = None) -> pd.DataFrame:
    """The result of one query on the workshop store."""
    return as_store(target).read(lambda connection: connection.execute(sql, params or []).df())
