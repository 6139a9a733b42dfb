"""Derived tables of the conflicts page that read both the database and the workshop file."""

from __future__ import annotations

import duckdb
import pandas as pd

from rus_data.conflicts import queries, workshop
from rus_data.conflicts.tables import combined_interactions
from rus_data.conflicts.workshop_store import StoreLike, as_store


def all_interactions(connection: duckdb.DuckDBPyConnection, store: StoreLike) -> pd.DataFrame:
    """The database's interactions plus the workshop's adopted scores (which take priority)."""
    starting = queries.interactions(connection)
    adopted = workshop.adopted_interactions(store) if as_store(store).exists() else starting[:0]
    return combined_interactions(starting, adopted)


def starting_interactions(connection: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The database's interactions alone, in the columns of :func:`all_interactions` (when the
    workshop store cannot be read)."""
    starting = queries.interactions(connection)
    return combined_interactions(starting, starting[:0])
