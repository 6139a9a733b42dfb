"""Workshop sessions (rounds): a leader creates one and gets its code, raters join it by that
code, and the leader closes it when the scoring is done. The number of open sessions is
bounded, so nobody can fill the file with rounds."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from rus_data.conflicts.workshop_codes import new_round_code, normalised_code
from rus_data.conflicts.workshop_store import (
    Connection,
    StoreLike,
    WorkshopError,
    as_store,
    next_id,
    now,
    one_at_a_time,
    read_frame,
    write,
)

MAX_OPEN_SESSIONS = 50
MAX_NAME_CHARS = 100


@dataclass(frozen=True)
class SessionInfo:
    """One session as the page needs it: id, name, context, code and whether it is open."""

    id: int
    name: str
    context: str
    code: str
    is_open: bool


def create_session(path: StoreLike, name: str, context: str) -> int:
    """Create a workshop session with a fresh code and return its id.

    Refused when the name is empty or too long, or when :data:`MAX_OPEN_SESSIONS` sessions
    are open already (close one first).
    """
    name = name.strip()
    if not name:
        raise WorkshopError("Ge sessionen ett namn.")
    if len(name) > MAX_NAME_CHARS:
        raise WorkshopError(f"Namnet får vara högst {MAX_NAME_CHARS} tecken.")

    def insert(connection: Connection) -> int:
        one_at_a_time(connection, "workshop_session")  # so the bound holds
        open_count = connection.execute(
            "SELECT count(*) FROM workshop_session WHERE closed_at IS NULL"
        ).fetchone()[0]
        if open_count >= MAX_OPEN_SESSIONS:
            raise WorkshopError(
                f"Det finns redan {MAX_OPEN_SESSIONS} öppna sessioner. Stäng en som är klar "
                "innan du skapar en ny."
            )
        session_id = next_id(connection, "workshop_session")
        connection.execute(
            "INSERT INTO workshop_session (id, name, context, created_at, code) "
            "VALUES (?, ?, ?, ?, ?)",
            [session_id, name, context, now(), new_round_code()],
        )
        return session_id

    return write(path, insert)


def close_session(path: StoreLike, session_id: int) -> None:
    """Close a session: its scores stay, but nobody can join it or score in it any more."""

    def close(connection: Connection) -> None:
        connection.execute(
            "UPDATE workshop_session SET closed_at = ? WHERE id = ? AND closed_at IS NULL",
            [now(), session_id],
        )

    write(path, close)


def session_for_code(path: StoreLike, code: str) -> SessionInfo | None:
    """The open session with ``code`` (as typed: case, spaces and dashes do not matter)."""
    wanted = normalised_code(code)
    if wanted is None or not as_store(path).exists():
        return None
    found = read_frame(
        path,
        "SELECT id, name, context, code FROM workshop_session "
        "WHERE code = ? AND closed_at IS NULL ORDER BY id LIMIT 1",
        [wanted],
    )
    if found.empty:
        return None
    row = found.iloc[0]
    return SessionInfo(
        int(row["id"]), str(row["name"]), str(row["context"]), str(row["code"]), True
    )


def sessions(path: StoreLike) -> pd.DataFrame:
    """Sessions with ``id, name, context, created_at, code, is_open, raters, scores``, open
    ones first, newest first."""
    return read_frame(
        path,
        """
        SELECT s.id, s.name, s.context, s.created_at, s.code, s.closed_at IS NULL AS is_open,
               count(DISTINCT w.rater) AS raters, count(w.score) AS scores
        FROM workshop_session s LEFT JOIN workshop_score w ON w.session_id = s.id
        GROUP BY s.id, s.name, s.context, s.created_at, s.code, s.closed_at
        ORDER BY is_open DESC, s.id DESC
        """,
    )
