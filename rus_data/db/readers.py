"""The process's read-only connections, one per database file and version, closed only when
their last user is done.

Readers take a connection with ``with reading(path) as connection:`` and run their queries on
its cursors inside the block. The registry is a module-level object, not a Streamlit cache, so
nothing a browser can ask for (Streamlit's ``clear_cache``) closes a connection in use.

DuckDB shares one database instance per path within a process for as long as any connection
to it is open: a new connection to a path whose file an import has swapped would still read
the old file. So when the file's version (:func:`database_version`) changes, the old
connection is retired: it takes no new users, and it is closed when its last user leaves. A
reader asking for the new version waits until then (queries take milliseconds) and then opens
the file now at the path. A thread that already holds a connection to the path keeps using it,
so nested reads cannot wait on themselves.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

from rus_data.db.connect import connect


def database_version(path: Path) -> str:
    """A token that changes whenever the database file is replaced or rewritten."""
    stat = Path(path).stat()
    return f"{stat.st_ino}-{stat.st_mtime_ns}-{stat.st_size}"


@dataclass(eq=False)
class _Reader:
    connection: duckdb.DuckDBPyConnection
    version: str
    users: int = 0
    retired: bool = False


_CONDITION = threading.Condition()
_CURRENT: dict[str, _Reader] = {}  # path → the reader of its newest version
_RETIRED: dict[str, list[_Reader]] = {}  # path → older readers still in use
_HELD = threading.local()  # .readers: path → (reader, depth) held by this thread


def _key(path: Path | str) -> str:
    return str(Path(path).resolve())


def _close(reader: _Reader) -> None:
    reader.connection.close()


def _retire(key: str, reader: _Reader) -> None:
    reader.retired = True
    if reader.users == 0:
        _close(reader)
    else:
        _RETIRED.setdefault(key, []).append(reader)


def _reader_for(key: str, path: Path) -> _Reader:
    """The reader of the version now at ``path``; call with ``_CONDITION`` held."""
    version = database_version(path)  # before opening: a newer file only means a reopen
    while True:
        current = _CURRENT.get(key)
        if current is not None and current.version == version:
            return current
        if current is not None:
            del _CURRENT[key]
            _retire(key, current)
        if not _RETIRED.get(key):
            _RETIRED.pop(key, None)
            reader = _Reader(connect(path, read_only=True), version)
            _CURRENT[key] = reader
            return reader
        _CONDITION.wait()


def _held() -> dict[str, list]:
    if not hasattr(_HELD, "readers"):
        _HELD.readers = {}
    return _HELD.readers


@contextmanager
def reading(path: Path | str) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to the file now at ``path``, kept open for this block."""
    key = _key(path)
    held = _held()
    if key in held:  # nested in a read of this thread: the same connection
        held[key][1] += 1
        try:
            yield held[key][0].connection
        finally:
            held[key][1] -= 1
        return
    with _CONDITION:
        reader = _reader_for(key, Path(path))
        reader.users += 1
    held[key] = [reader, 1]
    try:
        yield reader.connection
    finally:
        del held[key]
        with _CONDITION:
            reader.users -= 1
            if reader.retired and reader.users == 0:
                _close(reader)
                _RETIRED[key].remove(reader)
                _CONDITION.notify_all()


def close_idle(path: Path | str) -> None:
    """Close the connection to ``path`` if no one is using it; the next reader opens the file
    anew. A one-off connection opened after this reads the file now at ``path``, not the
    instance an idle reader of an older version kept alive."""
    key = _key(path)
    with _CONDITION:
        current = _CURRENT.get(key)
        if current is not None and current.users == 0:
            del _CURRENT[key]
            _close(current)


def open_readers() -> dict[str, int]:
    """Path → number of open connections to it (the newest and retired ones still in use)."""
    with _CONDITION:
        paths = set(_CURRENT) | set(_RETIRED)
        return {p: int(p in _CURRENT) + len(_RETIRED.get(p, [])) for p in sorted(paths)}
