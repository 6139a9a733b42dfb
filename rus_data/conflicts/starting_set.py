"""Build step: load the team's starting set of goal interactions into ``interaction``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import duckdb

from rus_data.reference.interactions import (
    STARTING_SET,
    STARTING_SET_SCORED_BY,
    STARTING_SET_SOURCE_DESCRIPTION,
    STARTING_SET_SOURCE_NAME,
)


def _next_id(connection: duckdb.DuckDBPyConnection, table: str) -> int:
    if table not in ("source", "interaction"):
        raise ValueError(f"Okänd tabell: {table!r}")
    return int(connection.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])


def load_starting_interactions(
    connection: duckdb.DuckDBPyConnection,
    seed: int,
    progress: Callable[[str], None],
    with_demo: bool,
) -> None:
    """Insert the starting set with its own source row ("ska granskas"); demo or not."""
    del seed, with_demo  # the starting set is the same in every build
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    source_id = _next_id(connection, "source")
    connection.execute(
        "INSERT INTO source (id, name, url, license, fetched_at, is_demo, kind, description, "
        "row_count) VALUES (?, ?, NULL, ?, ?, false, 'reference', ?, ?)",
        [
            source_id,
            STARTING_SET_SOURCE_NAME,
            "CC0 (projektets egna texter)",
            now,
            STARTING_SET_SOURCE_DESCRIPTION,
            len(STARTING_SET),
        ],
    )
    first_id = _next_id(connection, "interaction")
    rows = []
    for offset, item in enumerate(STARTING_SET):
        from_kind, from_id = item.from_node
        to_kind, to_id = item.to_node
        rows.append(
            (
                first_id + offset,
                from_kind,
                from_id,
                to_kind,
                to_id,
                item.score,
                item.rationale_sv,
                item.rationale_en,
                item.confidence,
                "00",
                STARTING_SET_SCORED_BY,
                now,
                source_id,
            )
        )
    connection.executemany(
        "INSERT INTO interaction (id, from_kind, from_id, to_kind, to_id, score, rationale, "
        "rationale_en, confidence, context, scored_by, scored_at, source_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    progress(f"  {len(rows)} samspel mellan mål (startförslag att granska)")
