"""The conflicts page's cached data: the database's (see :mod:`ui.cache`) and the workshop
store's, which has a version token of its own."""

import pandas as pd
import streamlit as st

from rus_data.config import database_path
from rus_data.conflicts import network, queries, views, workshop
from ui.cache import cached, db_version
from ui.charts import frame_key


def workshop_store() -> workshop.WorkshopStore:
    """The workshop store: PostgreSQL by ``RUS_WORKSHOP_URL``, else the file beside the
    database (see :mod:`rus_data.conflicts.workshop_store`)."""
    return workshop.store_for(database_path())


def workshop_version() -> str:
    """Token of the workshop store; changes whenever a score is saved or adopted."""
    return workshop_store().version()


def _both_versions() -> tuple[str, str]:
    return db_version(), workshop_version()


interaction_nodes = cached(max_entries=4)(queries.interaction_nodes)
sdg_goals = cached(max_entries=4)(queries.sdg_goals)
starting_interactions = cached(max_entries=4)(views.starting_interactions)
objective_indicator_values = cached(max_entries=64)(queries.objective_indicator_values)
workshop_sessions = cached(max_entries=8, version=workshop_version, source=workshop_store)(
    workshop.sessions
)
workshop_scores = cached(max_entries=16, version=workshop_version, source=workshop_store)(
    workshop.session_scores
)


def workshop_session_is_open(session_id: int) -> bool:
    """True when the workshop session exists and has not been closed."""
    found = workshop_sessions().set_index("id")
    return session_id in found.index and bool(found.loc[session_id, "is_open"])


@cached(max_entries=4, version=_both_versions)
def all_interactions(connection: object) -> pd.DataFrame:
    """The database's interactions plus the workshop's adopted scores (with priority)."""
    return views.all_interactions(connection, workshop_store())  # type: ignore[arg-type]


@st.cache_data(max_entries=32, show_spinner=False, hash_funcs={pd.DataFrame: frame_key})
def network_layout(edges: pd.DataFrame, nodes: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Cached :func:`rus_data.conflicts.network.network_layout` (keyed by its inputs)."""
    return network.network_layout(edges, nodes)
