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
from rus_data.db import database_version, reopen_read_only


@st.cache_resource(max_entries=1, show_spinner=False)
def _connection(path: str, version: str) -> duckdb.DuckDBPyConnection:
    """One read-only connection per process (per database version); the old one is closed."""
    del version  # part of the cache key only
    return reopen_read_only(path)


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


@st.cache_data(max_entries=4, show_spinner=False)
def _sources(version: str) -> pd.DataFrame:
    from rus_data.queries_admin import list_sources

    return list_sources(connection())


def sources() -> pd.DataFrame:
    """Cached :func:`rus_data.queries_admin.list_sources`."""
    return _sources(db_version())


@st.cache_data(max_entries=16, show_spinner=False)
def template(kind: str, file_format: str) -> bytes:
    """Cached import template (CSV or xlsx bytes) for one kind; templates never change."""
    from rus_data.imports.kinds import kind_by_name
    from rus_data.imports.templates import template_csv, template_xlsx

    spec = kind_by_name(kind)
    return template_csv(spec) if file_format == "csv" else template_xlsx(spec)
