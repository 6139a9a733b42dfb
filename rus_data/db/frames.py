"""Writing a DataFrame into a table of ours in one statement (build, imports, syncs)."""

from __future__ import annotations

import contextlib
import re

import duckdb
import pandas as pd

_IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")
INSERT_SLICE_ROWS = 500_000


def insert_frame(connection: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> None:
    """Insert ``frame``, whose columns are named like the columns of ``table``.

    Table and column names cannot be SQL parameters, so they must be plain lower-case
    identifiers (they come from our code, never from a user); anything else is refused.
    """
    names = [table, *map(str, frame.columns)]
    if not all(_IDENTIFIER.match(name) for name in names):
        raise ValueError(f"not a plain identifier among {names!r}")
    columns = ", ".join(frame.columns)
    # In slices: outside a transaction DuckDB writes each slice out before it takes the next.
    for start in range(0, max(len(frame), 1), INSERT_SLICE_ROWS):
        connection.register("incoming_frame", frame.iloc[start : start + INSERT_SLICE_ROWS])
        try:
            connection.execute(
                f"INSERT INTO {table} ({columns}) SELECT {columns} FROM incoming_frame"
            )
        finally:
            # After a failed insert the transaction is aborted and unregistering fails too;
            # that second error must not hide the first.
            with contextlib.suppress(duckdb.Error):
                connection.unregister("incoming_frame")
