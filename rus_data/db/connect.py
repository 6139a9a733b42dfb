"""The one way the project opens a DuckDB file: with extension downloads and autoloading off.

Handed a file it does not recognise (a SQLite file, say), DuckDB would otherwise try to
download and load an extension from the internet. Every connection in ``rus_data``, ``ui`` and
``pages`` is opened here, so all of them share one configuration (DuckDB refuses a second
connection to the same file with a different one).
"""

from __future__ import annotations

from pathlib import Path

import duckdb

SAFE_CONFIG: dict[str, str | bool | int | float | list[str]] = {
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
}


def connect(path: Path | str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the DuckDB file at ``path`` (read-only if asked) with :data:`SAFE_CONFIG`."""
    return duckdb.connect(str(path), read_only=read_only, config=dict(SAFE_CONFIG))
