"""Workshop rounds: sessions, each rater's scores, adopted scores, in a small DuckDB file.

One import for the page: this module re-exports the workshop's public names from
:mod:`~rus_data.conflicts.workshop_store` (the file, its connections and errors),
:mod:`~rus_data.conflicts.workshop_scoring` (sessions, rounds, summary),
:mod:`~rus_data.conflicts.workshop_adoption` (agreed scores) and
:mod:`~rus_data.conflicts.workshop_files` (round files in and out). Why the workshop has a
file of its own beside the main database is told in :mod:`~rus_data.conflicts.workshop_store`.
"""

from __future__ import annotations

from rus_data.conflicts.workshop_adoption import ADOPTED_BY, adopt_score, adopted_interactions
from rus_data.conflicts.workshop_files import read_round_file, round_csv, round_xlsx
from rus_data.conflicts.workshop_scoring import (
    NODE_KINDS,
    ROUND_COLUMNS,
    RoundValidationError,
    create_session,
    save_round,
    score_summary,
    session_scores,
    sessions,
    validate_round,
)
from rus_data.conflicts.workshop_store import (
    STORE_TABLES,
    WorkshopError,
    open_store,
    store_path,
    store_version,
)

__all__ = [
    "ADOPTED_BY",
    "NODE_KINDS",
    "ROUND_COLUMNS",
    "STORE_TABLES",
    "RoundValidationError",
    "WorkshopError",
    "adopt_score",
    "adopted_interactions",
    "create_session",
    "open_store",
    "read_round_file",
    "round_csv",
    "round_xlsx",
    "save_round",
    "score_summary",
    "session_scores",
    "sessions",
    "store_path",
    "store_version",
    "validate_round",
]
