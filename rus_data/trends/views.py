"""The trends page's derived tables, each from the database in one call (so they cache whole):
verdicts per indicator, the small-multiples panels and the assessment histories with changes."""

from __future__ import annotations

from collections.abc import Sequence

import duckdb
import pandas as pd

from rus_data.db.queries import Language
from rus_data.trends import analysis, queries


def verdicts(
    connection: duckdb.DuckDBPyConnection,
    objective_id: int,
    regions: Sequence[str],
    max_year: int,
    region_code: str,
    language: Language,
) -> pd.DataFrame:
    """:func:`analysis.objective_verdicts` of the objective's indicators and series."""
    indicators = queries.objective_indicators(connection, objective_id, language)
    series = queries.objective_series(connection, objective_id, list(regions), max_year)
    return analysis.objective_verdicts(indicators, series, region_code, language)


def small_multiples(
    connection: duckdb.DuckDBPyConnection,
    objective_id: int,
    indicator_id: str,
    max_year: int,
    better: str,
    region_code: str,
    language: Language,
    base_year: int | None = None,
    gender: str = "T",
) -> pd.DataFrame:
    """:func:`analysis.small_multiples_frame` of one indicator in every county (its index
    from ``base_year``; women's, men's or the total values)."""
    counties = queries.county_series(
        connection, objective_id, indicator_id, max_year, base_year, gender
    )
    return analysis.small_multiples_frame(counties, better, region_code, language)


def region_history_changes(
    connection: duckdb.DuckDBPyConnection, region_code: str, max_year: int, language: Language
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One area's assessment history with changes marked, and its changes per year."""
    history = queries.region_assessment_history(connection, region_code, max_year, language)
    marked = analysis.mark_changes(history)
    return marked, analysis.changes_per_year(marked)


def objective_history_changes(
    connection: duckdb.DuckDBPyConnection, objective_id: int, max_year: int
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One objective's assessment history in every area, changes marked, and changes per year."""
    history = queries.objective_assessment_history(connection, objective_id, max_year)
    marked = analysis.mark_changes(history)
    return marked, analysis.changes_per_year(marked)
