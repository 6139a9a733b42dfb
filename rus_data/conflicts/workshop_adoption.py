"""Adopted workshop scores: the agreed score of a pair, written as an interaction that
overrides the starting set for the session's context, and read back for the page."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from rus_data.conflicts import queries
from rus_data.conflicts.workshop_store import (
    Connection,
    StoreLike,
    WorkshopError,
    as_store,
    next_id,
    now,
    write,
)

ADOPTED_BY = "workshop"
MAX_RATIONALE_CHARS = 2000


def _session_source(connection: Connection, session_id: int) -> int:
    name, created = connection.execute(
        "SELECT name, created_at FROM workshop_session WHERE id = ?", [session_id]
    ).fetchone()
    source_name = f"Workshop: {name} ({pd.Timestamp(created):%Y-%m-%d})"
    found = connection.execute("SELECT id FROM source WHERE name = ?", [source_name]).fetchone()
    if found:
        return int(found[0])
    source_id = next_id(connection, "source")
    connection.execute(
        "INSERT INTO source (id, name, license, fetched_at, is_demo, kind, description, "
        "imported_by) VALUES (?, ?, NULL, ?, false, 'import', ?, ?)",
        [
            source_id,
            source_name,
            now(),
            "Poäng som deltagarna i en workshop har kommit överens om.",
            ADOPTED_BY,
        ],
    )
    return source_id


def adopt_score(
    path: StoreLike,
    session_id: int,
    from_key: str,
    to_key: str,
    score: int,
    rationale: str,
    known_nodes: Iterable[str],
) -> None:
    """Write the agreed score of a pair into the workshop store's ``interaction`` table.

    The score then overrides the starting set for the session's context (the nation or a
    county). One transaction; the rationale must not be empty.
    """
    known = set(known_nodes)
    if from_key not in known or to_key not in known:
        raise WorkshopError(f"Okänt par: {from_key} → {to_key}.")
    if not -3 <= int(score) <= 3:
        raise WorkshopError(f"Poängen {score} ligger utanför skalan −3 … +3.")
    if not rationale.strip():
        raise WorkshopError("Skriv en motivering till den överenskomna poängen.")
    if len(rationale.strip()) > MAX_RATIONALE_CHARS:
        raise WorkshopError(f"Motiveringen får vara högst {MAX_RATIONALE_CHARS} tecken.")
    from_kind, from_id = from_key.split(":", 1)
    to_kind, to_id = to_key.split(":", 1)

    def replace(connection: Connection) -> None:
        # Touching the session's row makes two adoptions in one session take turns, so they
        # cannot both create its source row.
        connection.execute(
            "UPDATE workshop_session SET context = context WHERE id = ?", [session_id]
        )
        row = connection.execute(
            "SELECT name, context FROM workshop_session WHERE id = ?", [session_id]
        ).fetchone()
        if row is None:
            raise WorkshopError(f"Sessionen {session_id} finns inte.")
        name, context = row
        source_id = _session_source(connection, session_id)
        connection.execute(
            "DELETE FROM interaction WHERE from_kind = ? AND from_id = ? AND to_kind = ? "
            "AND to_id = ? AND context = ?",
            [from_kind, from_id, to_kind, to_id, context],
        )
        connection.execute(
            "INSERT INTO interaction (id, from_kind, from_id, to_kind, to_id, score, "
            "rationale, confidence, context, scored_by, scored_at, source_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 'medium', ?, ?, ?, ?)",
            [
                next_id(connection, "interaction"),
                from_kind,
                from_id,
                to_kind,
                to_id,
                int(score),
                rationale.strip(),
                context,
                f"{ADOPTED_BY}: {name}",
                now(),
                source_id,
            ],
        )

    write(path, replace)


def adopted_interactions(path: StoreLike) -> pd.DataFrame:
    """Adopted workshop scores, in the columns of :func:`rus_data.conflicts.queries.interactions`
    (the same query, run on the workshop store)."""
    return as_store(path).read(queries.interactions)
