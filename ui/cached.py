"""The one caching facade: the shared read-only connection and cached query results.

Every cached query takes the database version token, so a rebuilt or newly imported database
is picked up on the next rerun without restarting the app.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from rus_data import conflicts, interaction_network, queries, queries_conflicts, workshop
from rus_data.charts import conflicts as conflict_charts
from rus_data.config import database_path
from rus_data.db import connect_read_only, database_version


@st.cache_resource(max_entries=1, show_spinner=False)
def _connection(path: str, version: str) -> duckdb.DuckDBPyConnection:
    """One read-only connection per process (per database version)."""
    del version  # part of the cache key only
    return connect_read_only(path)


def db_version() -> str:
    """The current database version token."""
    return database_version(database_path())


def connection() -> duckdb.DuckDBPyConnection:
    """The process-wide read-only connection; queries take their own cursor from it."""
    return _connection(str(database_path()), db_version())


@st.cache_data(max_entries=8, show_spinner=False)
def _regions(version: str, level: str | None) -> pd.DataFrame:
    return queries.regions(connection(), level)


def regions(level: str | None = None) -> pd.DataFrame:
    """Cached :func:`rus_data.queries.regions`."""
    return _regions(db_version(), level)


@st.cache_data(max_entries=4, show_spinner=False)
def _objectives(version: str, language: str) -> pd.DataFrame:
    return queries.objectives(connection(), language)  # type: ignore[arg-type]


def objectives(language: str) -> pd.DataFrame:
    """Cached :func:`rus_data.queries.objectives`."""
    return _objectives(db_version(), language)


@st.cache_data(max_entries=2, show_spinner=False)
def _assessment_years(version: str) -> list[int]:
    return queries.assessment_years(connection())


def assessment_years() -> list[int]:
    """Cached :func:`rus_data.queries.assessment_years`."""
    return _assessment_years(db_version())


@st.cache_data(max_entries=64, show_spinner=False)
def _region_assessments(version: str, region: str, year: int, language: str) -> pd.DataFrame:
    return queries.region_assessments(connection(), region, year, language)  # type: ignore[arg-type]


def region_assessments(region: str, year: int, language: str) -> pd.DataFrame:
    """Cached :func:`rus_data.queries.region_assessments`."""
    return _region_assessments(db_version(), region, year, language)


@st.cache_data(max_entries=32, show_spinner=False)
def _assessment_matrix(version: str, year: int, language: str) -> pd.DataFrame:
    return queries.assessment_matrix(connection(), year, language)  # type: ignore[arg-type]


def assessment_matrix(year: int, language: str) -> pd.DataFrame:
    """Cached :func:`rus_data.queries.assessment_matrix`."""
    return _assessment_matrix(db_version(), year, language)


@st.cache_data(max_entries=16, show_spinner=False)
def _assessment_sources(version: str, year: int) -> pd.DataFrame:
    return queries.assessment_sources(connection(), year)


def assessment_sources(year: int) -> pd.DataFrame:
    """Cached :func:`rus_data.queries.assessment_sources`."""
    return _assessment_sources(db_version(), year)


# --- Goal conflicts and synergies (pages/conflicts.py) ------------------------------------


def workshop_path() -> Path:
    """The workshop file beside the database (see :mod:`rus_data.workshop`)."""
    return workshop.store_path(database_path())


def workshop_version() -> str:
    """Token of the workshop file; changes whenever a score is saved or adopted."""
    return workshop.store_version(workshop_path())


@st.cache_data(max_entries=4, show_spinner=False)
def _interaction_nodes(version: str, language: str) -> pd.DataFrame:
    return queries_conflicts.interaction_nodes(connection(), language)  # type: ignore[arg-type]


def interaction_nodes(language: str) -> pd.DataFrame:
    """Cached :func:`rus_data.queries_conflicts.interaction_nodes`."""
    return _interaction_nodes(db_version(), language)


@st.cache_data(max_entries=4, show_spinner=False)
def _sdg_goals(version: str, language: str) -> pd.DataFrame:
    return queries_conflicts.sdg_goals(connection(), language)  # type: ignore[arg-type]


def sdg_goals(language: str) -> pd.DataFrame:
    """Cached :func:`rus_data.queries_conflicts.sdg_goals`."""
    return _sdg_goals(db_version(), language)


@st.cache_data(max_entries=4, show_spinner=False)
def _all_interactions(version: str, store_version: str) -> pd.DataFrame:
    adopted = workshop.adopted_interactions(workshop_path()) if store_version != "none" else None
    starting = queries_conflicts.interactions(connection())
    return conflicts.combined_interactions(
        starting, adopted if adopted is not None else starting[:0]
    )


def all_interactions() -> pd.DataFrame:
    """The database's interactions plus the workshop's adopted scores (with priority)."""
    return _all_interactions(db_version(), workshop_version())


@st.cache_data(max_entries=64, show_spinner=False)
def _objective_indicator_values(
    version: str, objective_id: int, region: str, language: str
) -> pd.DataFrame:
    return queries_conflicts.objective_indicator_values(
        connection(),
        objective_id,
        region,
        language,  # type: ignore[arg-type]
    )


def objective_indicator_values(objective_id: int, region: str, language: str) -> pd.DataFrame:
    """Cached :func:`rus_data.queries_conflicts.objective_indicator_values`."""
    return _objective_indicator_values(db_version(), objective_id, region, language)


@st.cache_data(max_entries=8, show_spinner=False)
def _workshop_sessions(store_version: str) -> pd.DataFrame:
    return workshop.sessions(workshop_path())


def workshop_sessions() -> pd.DataFrame:
    """Cached :func:`rus_data.workshop.sessions`."""
    return _workshop_sessions(workshop_version())


@st.cache_data(max_entries=16, show_spinner=False)
def _workshop_scores(store_version: str, session_id: int) -> pd.DataFrame:
    return workshop.session_scores(workshop_path(), session_id)


def workshop_scores(session_id: int) -> pd.DataFrame:
    """Cached :func:`rus_data.workshop.session_scores`."""
    return _workshop_scores(workshop_version(), session_id)


@st.cache_data(max_entries=32, show_spinner=False)
def chart_png(spec_json: str) -> bytes:
    """A Vega-Lite spec rendered to PNG (cached by the spec)."""
    return conflict_charts.png_bytes(spec_json)


@st.cache_data(max_entries=32, show_spinner=False)
def chart_svg(spec_json: str) -> str:
    """A Vega-Lite spec rendered to SVG (cached by the spec)."""
    return conflict_charts.svg_text(spec_json)


@st.cache_data(max_entries=32, show_spinner=False)
def network_layout(edges: pd.DataFrame, nodes: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Cached :func:`rus_data.interaction_network.network_layout` (keyed by its inputs)."""
    return interaction_network.network_layout(edges, nodes)
