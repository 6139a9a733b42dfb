"""The workshop on PostgreSQL (``RUS_WORKSHOP_URL=postgresql://…``), for when several processes
or machines serve and many raters write at once.

The workshop modules write their SQL once, for DuckDB and PostgreSQL alike, with ``?``
placeholders: :class:`PgConnection` gives a psycopg connection DuckDB's calls
(``execute(sql, params)``, ``fetchone``, ``fetchall``, ``df``, ``cursor``) and turns ``?`` into
psycopg's ``%s`` (the workshop's SQL has no ``?`` or ``%`` inside a string literal). The tables
are created on first use, under an advisory lock so two processes do not race; ids come from
sequences, so concurrent writers never take the same one. Every write is one transaction at
READ COMMITTED that ends by bumping the row in ``workshop_version``: that counter is the
version token that keys cached reads, and it changes exactly when a write commits.

Connections are kept open in a small pool per process. A deadlock or serialization failure
counts as a collision and the write runs again; a wrong URL, a refused login or a server that
is down each give a Swedish message that names the server but never the password.
"""

from __future__ import annotations

import hashlib
import logging
import os
import secrets
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import pandas as pd
import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict

from rus_data.conflicts.workshop_errors import Collision, WorkshopError
from rus_data.conflicts.workshop_schema import migrate

LOG = logging.getLogger(__name__)
R = TypeVar("R")
URL_SCHEMES = ("postgresql://", "postgres://")
COLLISION_STATES = {"40001", "40P01", "55P03"}  # serialization failure, deadlock, lock timeout
CONNECT_TIMEOUT = "5"  # seconds, unless the URL says otherwise
DOWN_PAUSE = 5.0  # seconds after a failed connection during which nobody tries again
MAX_IDLE = 8  # idle connections kept per process
_SCHEMA_LOCK_KEY = 7_170_417  # pg_advisory_xact_lock key: one process creates the tables
VERSION_DDL = """
CREATE TABLE IF NOT EXISTS workshop_version (id INTEGER PRIMARY KEY, version BIGINT NOT NULL);
INSERT INTO workshop_version VALUES (1, 0) ON CONFLICT (id) DO NOTHING;
"""
_BUMP = "UPDATE workshop_version SET version = version + 1 WHERE id = 1"

BAD_URL = (
    "RUS_WORKSHOP_URL är ingen giltig adress till PostgreSQL. Den ska se ut som "
    "postgresql://användare:lösenord@värd:5432/databas."
)
DISK_FULL = (
    "Disken där workshopdatabasen ligger är full, så inget kunde sparas. Be driftansvarig "
    "frigöra utrymme och försök sedan igen."
)

_POOLS: dict[tuple[str, int], list[psycopg.Connection]] = {}
_POOLS_GUARD = threading.Lock()
_DOWN: dict[str, tuple[float, str]] = {}  # url -> (until, message)
_READY: set[str] = set()  # URLs whose tables this process has made sure of


def is_postgres_url(text: str) -> bool:
    """True when ``text`` is meant as a PostgreSQL address."""
    return text.strip().lower().startswith(URL_SCHEMES)


def _format_style(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


class PgResult:
    """The rows of one statement, read the way DuckDB's are."""

    def __init__(self, cursor: psycopg.Cursor) -> None:
        self._cursor = cursor

    def fetchone(self) -> tuple | None:
        """The next row, or None."""
        return self._cursor.fetchone()

    def fetchall(self) -> list[tuple]:
        """All remaining rows."""
        return self._cursor.fetchall()

    def df(self) -> pd.DataFrame:
        """All remaining rows as a DataFrame with the statement's column names."""
        names = [column.name for column in self._cursor.description or []]
        return pd.DataFrame(self._cursor.fetchall(), columns=names)

    def close(self) -> None:
        """Close the cursor."""
        self._cursor.close()


class PgConnection:
    """A psycopg connection with DuckDB's calls and ``?`` placeholders."""

    def __init__(self, raw: psycopg.Connection) -> None:
        self.raw = raw

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> PgResult:
        """Run one statement (several when there are no parameters)."""
        cursor = self.raw.cursor()
        if params:
            cursor.execute(_format_style(sql), list(params))
        else:
            cursor.execute(sql)
        return PgResult(cursor)

    def cursor(self) -> PgConnection:
        """The same connection (DuckDB's ``cursor()``; statements here run one at a time)."""
        return self

    def close(self) -> None:
        """Nothing: the store closes or keeps the connection."""


def describe(url: str) -> str:
    """The server and database a URL names, for messages: never the password."""
    try:
        parts = conninfo_to_dict(url)
    except psycopg.Error:
        return "PostgreSQL"
    host = parts.get("host") or "localhost"
    port = parts.get("port") or "5432"
    return f"PostgreSQL på {host}:{port}, databasen {parts.get('dbname') or '–'}"


def _connection_refusal(url: str, error: psycopg.Error) -> WorkshopError:
    where = describe(url)
    LOG.error("Workshopdatabasen (%s) kunde inte nås: %s", where, error)
    if "authentication failed" in str(error).lower() or error.sqlstate in ("28000", "28P01"):
        message = (
            f"Workshopdatabasen ({where}) nekade inloggningen. Kontrollera användare och "
            "lösenord i RUS_WORKSHOP_URL."
        )
    else:
        message = (
            f"Workshopdatabasen ({where}) svarar inte, så workshopen kan inte användas just "
            "nu; resten av appen fungerar som vanligt. Kontrollera RUS_WORKSHOP_URL och att "
            "servern är igång."
        )
    return WorkshopError(message)


def _refusal(url: str, error: psycopg.Error, action: str) -> WorkshopError:
    if error.sqlstate == "53100":
        LOG.error("Workshopdatabasen: disken är full (%s)", error)
        return WorkshopError(DISK_FULL)
    LOG.error("Workshopdatabasen (%s) kunde inte %s: %s", describe(url), action, error)
    return WorkshopError(f"Workshopdatabasen kunde inte {action}; inget sparades. Felet är loggat.")


def _open(url: str) -> psycopg.Connection:
    down = _DOWN.get(url)
    if down and time.monotonic() < down[0]:
        raise WorkshopError(down[1])
    if not is_postgres_url(url):
        raise WorkshopError(BAD_URL)
    try:
        parts = conninfo_to_dict(url)
        parts.setdefault("connect_timeout", CONNECT_TIMEOUT)
        parts.setdefault("application_name", "rus-workshop")
        raw = psycopg.connect(**parts, autocommit=True)
    except psycopg.ProgrammingError as error:
        raise WorkshopError(BAD_URL) from error
    except psycopg.Error as error:
        refusal = _connection_refusal(url, error)
        _DOWN[url] = (time.monotonic() + DOWN_PAUSE, str(refusal))
        raise refusal from error
    _DOWN.pop(url, None)
    try:
        _ensure_schema(url, raw)
    except BaseException:
        raw.close()
        raise
    return raw


def _ensure_schema(url: str, raw: psycopg.Connection) -> None:
    if url in _READY:
        return
    try:
        with raw.transaction():
            raw.execute("SELECT pg_advisory_xact_lock(%s)", [_SCHEMA_LOCK_KEY])
            connection = PgConnection(raw)
            migrate(connection)
            connection.execute(VERSION_DDL)
    except psycopg.Error as error:
        raise _refusal(url, error, "göras i ordning") from error
    _READY.add(url)


def _pool(url: str) -> list[psycopg.Connection]:
    with _POOLS_GUARD:  # keyed by process too: a forked child must not share a socket
        return _POOLS.setdefault((url, os.getpid()), [])


def _checkout(url: str) -> tuple[psycopg.Connection, bool]:
    """A connection from the pool (True) or a new one (False)."""
    pool = _pool(url)
    with _POOLS_GUARD:
        raw = pool.pop() if pool else None
    if raw is not None and not raw.closed and not raw.broken:
        return raw, True
    return _open(url), False


def _checkin(url: str, raw: psycopg.Connection) -> None:
    idle = psycopg.pq.TransactionStatus.IDLE
    healthy = not raw.closed and not raw.broken and raw.info.transaction_status == idle
    pool = _pool(url)
    with _POOLS_GUARD:
        if healthy and len(pool) < MAX_IDLE:
            pool.append(raw)
            return
    raw.close()


def close_pool(url: str) -> None:
    """Close this process's idle connections to ``url`` (when a test or a benchmark is done)."""
    with _POOLS_GUARD:
        idle = _POOLS.pop((url, os.getpid()), [])
    for raw in idle:
        raw.close()
    _READY.discard(url)


def with_search_path(url: str, schema: str) -> str:
    """``url`` with ``options=-csearch_path=<schema>``: its tables then live in ``schema``."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "options"]
    query.append(("options", f"-csearch_path={schema}"))
    return urlunsplit(parts._replace(query=urlencode(query)))


@contextmanager
def scratch_schema(base_url: str) -> Iterator[str]:
    """A URL whose tables land in a new, empty schema, dropped afterwards (with this
    process's pooled connections to it): for tests and benchmarks."""
    schema = f"scratch_{secrets.token_hex(6)}"
    with psycopg.connect(base_url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
    url = with_search_path(base_url, schema)
    try:
        yield url
    finally:
        close_pool(url)
        with psycopg.connect(base_url, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))


@dataclass(frozen=True)
class PostgresStore:
    """The workshop tables in the PostgreSQL database that ``url`` names."""

    url: str = field(repr=False)  # it may hold a password

    def __str__(self) -> str:
        return describe(self.url)

    def exists(self) -> bool:
        """Always True: the tables are created on first use."""
        return True

    def _run(self, work: Callable[[psycopg.Connection], R]) -> R:
        """``work(raw)`` on a pooled connection, again on a new one if the pooled one had
        gone stale (the server restarted, say)."""
        while True:
            raw, pooled = _checkout(self.url)
            try:
                result = work(raw)
            except psycopg.Error as error:
                if not raw.broken:
                    _checkin(self.url, raw)
                    raise
                raw.close()
                if pooled:
                    continue
                raise _connection_refusal(self.url, error) from error
            except BaseException:
                _checkin(self.url, raw)
                raise
            _checkin(self.url, raw)
            return result

    def version(self) -> str:
        """The write counter, with a key of the URL ("unavailable" when the server is not)."""
        try:
            count = self.read(
                lambda c: c.execute("SELECT version FROM workshop_version WHERE id = 1").fetchone()
            )
        except WorkshopError:
            return "unavailable"
        key = hashlib.sha256(self.url.encode()).hexdigest()[:12]
        return f"pg-{key}-{count[0] if count else 0}"

    @contextmanager
    def connect(self) -> Iterator[PgConnection]:
        """A pooled connection (statements commit one by one) for the length of a block."""
        raw, _pooled = _checkout(self.url)
        try:
            yield PgConnection(raw)
        finally:
            _checkin(self.url, raw)

    def read(self, work: Callable[[PgConnection], R]) -> R:
        """``work(connection)`` on a pooled connection."""

        def run(raw: psycopg.Connection) -> R:
            try:
                return work(PgConnection(raw))
            except psycopg.Error as error:
                if raw.broken:
                    raise  # see _run
                raise _refusal(self.url, error, "läsas") from error

        return self._run(run)

    def turn(self) -> nullcontext[None]:
        """Nothing to wait for: the server orders the writers."""
        return nullcontext()

    def transaction(self, work: Callable[[PgConnection], R]) -> R:
        """One try of ``work(connection)`` in one transaction that also bumps the version;
        raises :class:`Collision` on a deadlock or serialization failure."""

        def run(raw: psycopg.Connection) -> R:
            try:
                with raw.transaction():
                    result = work(PgConnection(raw))
                    raw.execute(_BUMP)  # last, so the row is locked only until the commit
                return result
            except psycopg.Error as error:
                if raw.broken:
                    raise  # see _run
                if error.sqlstate in COLLISION_STATES:
                    raise Collision(str(error)) from error
                raise _refusal(self.url, error, "skrivas") from error

        return self._run(run)
