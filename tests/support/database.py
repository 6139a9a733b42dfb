"""Reading a database file the way a test checks it: its rows, and a digest of its bytes
(equal digests: the file was left alone)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb


def file_digest(path: Path) -> str:
    """The SHA-256 of the file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def query_rows(path: Path, sql: str, params: list | None = None) -> list[tuple]:
    """The rows ``sql`` (with ``params``) gives on the database at ``path``, opened read-only."""
    with duckdb.connect(str(path), read_only=True) as connection:
        return connection.execute(sql, params or []).fetchall()
