"""Workshop rounds: sessions, each rater's scores, adopted scores, in the workshop store (a
small DuckDB file, or PostgreSQL where several processes serve).

One import for the page: this module re-exports the workshop's public names from
:mod:`~rus_data.conflicts.workshop_store` (the store, its backends and errors),
:mod:`~rus_data.conflicts.workshop_sessions` (sessions, their codes, opening and closing),
:mod:`~rus_data.conflicts.workshop_scoring` (rounds of scores, summary),
:mod:`~rus_data.conflicts.workshop_adoption` (agreed scores) and
:mod:`~rus_data.conflicts.workshop_files` (round files in and out). Why the workshop has a
store of its own beside the main database is told in :mod:`~rus_data.conflicts.workshop_duckdb`.
"""

from __future__ import annotations

from rus_data.conflicts.workshop_adoption import (
    ADOPTED_BY,
    MAX_RATIONALE_CHARS,
    adopt_score,
    adopted_interactions,
)
from rus_data.conflicts.workshop_codes import normalised_code, shown_code
from rus_data.conflicts.workshop_files import (
    MAX_FILE_BYTES,
    read_round_file,
    round_csv,
    round_xlsx,
)
from rus_data.conflicts.workshop_schema import STORE_TABLES
from rus_data.conflicts.workshop_scoring import (
    MAX_COMMENT_CHARS,
    MAX_RATER_CHARS,
    MAX_ROUND_ROWS,
    NODE_KINDS,
    ROUND_COLUMNS,
    RoundValidationError,
    save_round,
    score_summary,
    session_scores,
    validate_round,
)
from rus_data.conflicts.workshop_sessions import (
    MAX_NAME_CHARS,
    MAX_OPEN_SESSIONS,
    SessionInfo,
    close_session,
    create_session,
    session_for_code,
    sessions,
)
from rus_data.conflicts.workshop_store import (
    WorkshopError,
    WorkshopStore,
    as_store,
    open_store,
    store_for,
    store_path,
    store_version,
)

__all__ = [
    "ADOPTED_BY",
    "MAX_COMMENT_CHARS",
    "MAX_FILE_BYTES",
    "MAX_NAME_CHARS",
    "MAX_OPEN_SESSIONS",
    "MAX_RATER_CHARS",
    "MAX_RATIONALE_CHARS",
    "MAX_ROUND_ROWS",
    "NODE_KINDS",
    "ROUND_COLUMNS",
    "STORE_TABLES",
    "RoundValidationError",
    "SessionInfo",
    "WorkshopError",
    "WorkshopStore",
    "adopt_score",
    "adopted_interactions",
    "as_store",
    "close_session",
    "create_session",
    "normalised_code",
    "open_store",
    "read_round_file",
    "round_csv",
    "round_xlsx",
    "save_round",
    "score_summary",
    "session_for_code",
    "session_scores",
    "sessions",
    "shown_code",
    "store_for",
    "store_path",
    "store_version",
    "validate_round",
]
