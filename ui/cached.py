"""The one caching facade: the shared read-only connection and cached query results.

Every cached query takes the database version token, so a rebuilt or newly imported database
is picked up on the next rerun without restarting the app.
"""

from __future__ import annotations

import duckdb
import pandas as pd
import streamlit as st

from rus_data import queries
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


# --- Trends page (pages/trends.py) ------------------------------------------------------------
from rus_data import queries_trends  # noqa: E402


@st.cache_data(max_entries=8, show_spinner=False)
def _trend_indicators(version: str, objective_id: int, language: str) -> pd.DataFrame:
    return queries_trends.objective_indicators(connection(), objective_id, language)  # type: ignore[arg-type]


def trend_indicators(objective_id: int, language: str) -> pd.DataFrame:
    """Cached :func:`rus_data.queries_trends.objective_indicators`."""
    return _trend_indicators(db_version(), objective_id, language)


@st.cache_data(max_entries=8, show_spinner=False)
def _trend_value_years(version: str, objective_id: int, max_year: int) -> list[int]:
    return queries_trends.objective_value_years(connection(), objective_id, max_year)


def trend_value_years(objective_id: int, max_year: int) -> list[int]:
    """Cached :func:`rus_data.queries_trends.objective_value_years`."""
    return _trend_value_years(db_version(), objective_id, max_year)


@st.cache_data(max_entries=16, show_spinner=False)
def _trend_series(
    version: str, objective_id: int, regions: tuple[str, ...], max_year: int
) -> pd.DataFrame:
    return queries_trends.objective_series(connection(), objective_id, list(regions), max_year)


def trend_series(objective_id: int, regions: tuple[str, ...], max_year: int) -> pd.DataFrame:
    """Cached :func:`rus_data.queries_trends.objective_series`."""
    return _trend_series(db_version(), objective_id, regions, max_year)


@st.cache_data(max_entries=16, show_spinner=False)
def _trend_spread(version: str, objective_id: int, max_year: int) -> pd.DataFrame:
    return queries_trends.objective_county_spread(connection(), objective_id, max_year)


def trend_spread(objective_id: int, max_year: int) -> pd.DataFrame:
    """Cached :func:`rus_data.queries_trends.objective_county_spread`."""
    return _trend_spread(db_version(), objective_id, max_year)


@st.cache_data(max_entries=16, show_spinner=False)
def _trend_county_series(
    version: str, objective_id: int, indicator_id: str, max_year: int
) -> pd.DataFrame:
    return queries_trends.county_series(connection(), objective_id, indicator_id, max_year)


def trend_county_series(objective_id: int, indicator_id: str, max_year: int) -> pd.DataFrame:
    """Cached :func:`rus_data.queries_trends.county_series`."""
    return _trend_county_series(db_version(), objective_id, indicator_id, max_year)


@st.cache_data(max_entries=8, show_spinner=False)
def _trend_targets(version: str, objective_id: int, language: str) -> pd.DataFrame:
    return queries_trends.objective_targets(connection(), objective_id, language)  # type: ignore[arg-type]


def trend_targets(objective_id: int, language: str) -> pd.DataFrame:
    """Cached :func:`rus_data.queries_trends.objective_targets`."""
    return _trend_targets(db_version(), objective_id, language)


@st.cache_data(max_entries=8, show_spinner=False)
def _trend_value_sources(version: str, objective_id: int) -> pd.DataFrame:
    return queries_trends.objective_value_sources(connection(), objective_id)


def trend_value_sources(objective_id: int) -> pd.DataFrame:
    """Cached :func:`rus_data.queries_trends.objective_value_sources`."""
    return _trend_value_sources(db_version(), objective_id)


@st.cache_data(max_entries=32, show_spinner=False)
def _region_history(version: str, region: str, max_year: int, language: str) -> pd.DataFrame:
    return queries_trends.region_assessment_history(connection(), region, max_year, language)  # type: ignore[arg-type]


def region_history(region: str, max_year: int, language: str) -> pd.DataFrame:
    """Cached :func:`rus_data.queries_trends.region_assessment_history`."""
    return _region_history(db_version(), region, max_year, language)


@st.cache_data(max_entries=32, show_spinner=False)
def _objective_history(version: str, objective_id: int, max_year: int) -> pd.DataFrame:
    return queries_trends.objective_assessment_history(connection(), objective_id, max_year)


def objective_history(objective_id: int, max_year: int) -> pd.DataFrame:
    """Cached :func:`rus_data.queries_trends.objective_assessment_history`."""
    return _objective_history(db_version(), objective_id, max_year)
