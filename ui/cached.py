"""The one caching facade: the shared read-only connection and cached query results.

Every cached query takes the database version token, so a rebuilt or newly imported database
is picked up on the next rerun without restarting the app.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from rus_data import conflicts, interaction_network, queries, queries_conflicts, workshop
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


# --- Jämför kommuner (pages/peers.py) ---

from rus_data import queries_peers, similarity  # noqa: E402
from rus_data.peer_profile import wide_values  # noqa: E402


@st.cache_data(max_entries=2, show_spinner=False)
def _peer_municipalities(version: str) -> pd.DataFrame:
    return queries_peers.municipalities(connection())


def peer_municipalities() -> pd.DataFrame:
    """Cached :func:`rus_data.queries_peers.municipalities`."""
    return _peer_municipalities(db_version())


@st.cache_data(max_entries=4, show_spinner=False)
def _municipal_indicators(version: str, language: str) -> pd.DataFrame:
    return queries_peers.municipal_indicators(connection(), language)  # type: ignore[arg-type]


def municipal_indicators(language: str) -> pd.DataFrame:
    """Cached :func:`rus_data.queries_peers.municipal_indicators`."""
    return _municipal_indicators(db_version(), language)


@st.cache_data(max_entries=32, show_spinner=False)
def _municipal_values(version: str, indicator_ids: tuple[str, ...], year: int) -> pd.DataFrame:
    return queries_peers.municipal_values(connection(), list(indicator_ids), year)


def municipal_values(indicator_ids: tuple[str, ...], year: int) -> pd.DataFrame:
    """Cached :func:`rus_data.queries_peers.municipal_values`."""
    return _municipal_values(db_version(), tuple(sorted(indicator_ids)), year)


@st.cache_data(max_entries=32, show_spinner=False)
def _municipal_series(version: str, indicator_id: str) -> pd.DataFrame:
    return queries_peers.municipal_series(connection(), indicator_id)


def municipal_series(indicator_id: str) -> pd.DataFrame:
    """Cached :func:`rus_data.queries_peers.municipal_series`."""
    return _municipal_series(db_version(), indicator_id)


@st.cache_data(max_entries=32, show_spinner=False)
def _peer_value_sources(version: str, indicator_ids: tuple[str, ...]) -> pd.DataFrame:
    return queries_peers.value_sources(connection(), list(indicator_ids))


def peer_value_sources(indicator_ids: tuple[str, ...]) -> pd.DataFrame:
    """Cached :func:`rus_data.queries_peers.value_sources`."""
    return _peer_value_sources(db_version(), tuple(sorted(indicator_ids)))


@st.cache_data(max_entries=2, show_spinner=False)
def _region_group_sets(version: str) -> pd.DataFrame:
    return queries_peers.group_sets(connection())


def region_group_sets() -> pd.DataFrame:
    """Cached :func:`rus_data.queries_peers.group_sets`."""
    return _region_group_sets(db_version())


@st.cache_data(max_entries=64, show_spinner=False)
def _region_group_of(version: str, group_set: str, region_code: str) -> pd.DataFrame:
    return queries_peers.group_of(connection(), group_set, region_code)


def region_group_of(group_set: str, region_code: str) -> pd.DataFrame:
    """Cached :func:`rus_data.queries_peers.group_of`."""
    return _region_group_of(db_version(), group_set, region_code)


@st.cache_data(max_entries=32, show_spinner=False)
def _similar_municipalities(
    version: str, target: str, weights: tuple[tuple[str, float], ...], year: int, k: int
) -> similarity.SimilarityResult:
    values = municipal_values(tuple(i for i, _ in weights), year)
    return similarity.nearest(wide_values(values), target, dict(weights), k=k)


def similar_municipalities(
    target: str, weights: dict[str, float], year: int, k: int
) -> similarity.SimilarityResult:
    """Cached :func:`rus_data.similarity.nearest` on the municipal values of ``year``."""
    return _similar_municipalities(db_version(), target, tuple(sorted(weights.items())), year, k)


# --- Map page ("Karta") ---------------------------------------------------------------------
from rus_data import queries_map  # noqa: E402
from rus_data.charts import export  # noqa: E402
from rus_data.map_geometry import CompactGeometry, compact_geometry  # noqa: E402


@st.cache_resource(max_entries=2, show_spinner=False)
def map_geometry(level: str) -> CompactGeometry:
    """Simplified, rounded boundaries of ``lan`` or ``kommun``, built once per process."""
    return compact_geometry(level)  # type: ignore[arg-type]


@st.cache_data(max_entries=4, show_spinner=False)
def _map_indicators(version: str, language: str) -> pd.DataFrame:
    return queries_map.map_indicators(connection(), language)  # type: ignore[arg-type]


def map_indicators(language: str) -> pd.DataFrame:
    """Cached :func:`rus_data.queries_map.map_indicators`."""
    return _map_indicators(db_version(), language)


@st.cache_data(max_entries=256, show_spinner=False)
def _indicator_years(version: str, indicator_id: str, level: str) -> list[int]:
    return queries_map.indicator_years(connection(), indicator_id, level)


def indicator_years(indicator_id: str, level: str) -> list[int]:
    """Cached :func:`rus_data.queries_map.indicator_years`."""
    return _indicator_years(db_version(), indicator_id, level)


@st.cache_data(max_entries=256, show_spinner=False)
def _map_values(
    version: str, indicator_id: str, level: str, year: int, base_year: int | None
) -> pd.DataFrame:
    return queries_map.map_values(connection(), indicator_id, level, year, base_year)


def map_values(indicator_id: str, level: str, year: int, base_year: int | None) -> pd.DataFrame:
    """Cached :func:`rus_data.queries_map.map_values`."""
    return _map_values(db_version(), indicator_id, level, year, base_year)


@st.cache_data(max_entries=256, show_spinner=False)
def _national_value(
    version: str, indicator_id: str, year: int, base_year: int | None
) -> tuple[float | None, float | None]:
    return queries_map.national_value(connection(), indicator_id, year, base_year)


def national_value(
    indicator_id: str, year: int, base_year: int | None
) -> tuple[float | None, float | None]:
    """Cached :func:`rus_data.queries_map.national_value`."""
    return _national_value(db_version(), indicator_id, year, base_year)


@st.cache_data(max_entries=256, show_spinner=False)
def _value_sources(version: str, indicator_id: str, years: tuple[int, ...]) -> pd.DataFrame:
    return queries_map.value_sources(connection(), indicator_id, list(years))


def value_sources(indicator_id: str, years: tuple[int, ...]) -> pd.DataFrame:
    """Cached :func:`rus_data.queries_map.value_sources`."""
    return _value_sources(db_version(), indicator_id, years)


@st.cache_data(max_entries=256, show_spinner=False)
def _county_assessments(version: str, objective_id: int, year: int) -> pd.DataFrame:
    return queries_map.county_assessments(connection(), objective_id, year)


def county_assessments(objective_id: int, year: int) -> pd.DataFrame:
    """Cached :func:`rus_data.queries_map.county_assessments`."""
    return _county_assessments(db_version(), objective_id, year)


@st.cache_data(max_entries=16, show_spinner=False)
def map_image(spec_json: str, image_format: str) -> bytes:
    """The static map spec rendered as ``png`` or ``svg`` bytes (vl-convert)."""
    return export.chart_png(spec_json) if image_format == "png" else export.chart_svg(spec_json)


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
    return export.chart_png(spec_json)


@st.cache_data(max_entries=32, show_spinner=False)
def chart_svg(spec_json: str) -> bytes:
    """A Vega-Lite spec rendered to SVG (cached by the spec)."""
    return export.chart_svg(spec_json)


@st.cache_data(max_entries=32, show_spinner=False)
def network_layout(edges: pd.DataFrame, nodes: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Cached :func:`rus_data.interaction_network.network_layout` (keyed by its inputs)."""
    return interaction_network.network_layout(edges, nodes)


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


# --- Trends page: frames derived from the cached trend queries ----------------------------
from rus_data import trends as trend_analysis  # noqa: E402


@st.cache_data(max_entries=32, show_spinner=False)
def _trend_verdicts(
    version: str, objective_id: int, regions: tuple[str, ...], max_year: int, region: str, lang: str
) -> pd.DataFrame:
    indicators = _trend_indicators(version, objective_id, lang)
    series = _trend_series(version, objective_id, regions, max_year)
    return trend_analysis.objective_verdicts(indicators, series, region, lang)


def trend_verdicts(
    objective_id: int, regions: tuple[str, ...], max_year: int, region: str, language: str
) -> pd.DataFrame:
    """Cached :func:`rus_data.trends.objective_verdicts` of :func:`trend_indicators` and
    :func:`trend_series` (``regions`` as passed to :func:`trend_series`)."""
    return _trend_verdicts(db_version(), objective_id, regions, max_year, region, language)


@st.cache_data(max_entries=16, show_spinner=False)
def _trend_small_multiples(
    version: str,
    objective_id: int,
    indicator_id: str,
    max_year: int,
    better: str,
    region: str,
    language: str,
) -> pd.DataFrame:
    counties = _trend_county_series(version, objective_id, indicator_id, max_year)
    return trend_analysis.small_multiples_frame(counties, better, region, language)


def trend_small_multiples(
    objective_id: int, indicator_id: str, max_year: int, better: str, region: str, language: str
) -> pd.DataFrame:
    """Cached :func:`rus_data.trends.small_multiples_frame` of :func:`trend_county_series`."""
    return _trend_small_multiples(
        db_version(), objective_id, indicator_id, max_year, better, region, language
    )


@st.cache_data(max_entries=32, show_spinner=False)
def _region_history_changes(
    version: str, region: str, max_year: int, language: str
) -> tuple[pd.DataFrame, pd.DataFrame]:
    history = trend_analysis.mark_changes(_region_history(version, region, max_year, language))
    return history, trend_analysis.changes_per_year(history)


def region_history_changes(
    region: str, max_year: int, language: str
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`region_history` with changes marked, and its changes per year (cached)."""
    return _region_history_changes(db_version(), region, max_year, language)


@st.cache_data(max_entries=32, show_spinner=False)
def _objective_history_changes(
    version: str, objective_id: int, max_year: int
) -> tuple[pd.DataFrame, pd.DataFrame]:
    history = trend_analysis.mark_changes(_objective_history(version, objective_id, max_year))
    return history, trend_analysis.changes_per_year(history)


def objective_history_changes(
    objective_id: int, max_year: int
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`objective_history` with changes marked, and its changes per year (cached)."""
    return _objective_history_changes(db_version(), objective_id, max_year)


# --- Presentations -------------------------------------------------------------------------------
from rus_data.presentation import annual, pptx_deck  # noqa: E402
from rus_data.presentation.rendering import renderable_spec  # noqa: E402
from rus_data.presentation.slide import DeckInfo, Slide  # noqa: E402


@st.cache_data(max_entries=16, show_spinner=False)
def _annual_follow_up(
    version: str, region_code: str, year: int, language: str
) -> tuple[DeckInfo, list[Slide]]:
    return annual.annual_follow_up(connection(), region_code, year, language)


def annual_follow_up(region_code: str, year: int, language: str) -> tuple[DeckInfo, list[Slide]]:
    """Cached :func:`rus_data.presentation.annual.annual_follow_up`."""
    return _annual_follow_up(db_version(), region_code, year, language)


@st.cache_data(max_entries=256, show_spinner=False)
def slide_picture(spec_json: str, source_line: str, scale: float) -> bytes:
    """A slide's chart as PNG at ``scale``, as the deck shows it (previews and presentation
    mode; cached by spec)."""
    return export.chart_png(renderable_spec(spec_json, source_line), scale)


@st.cache_data(max_entries=4, show_spinner=False)
def template_problem(template: bytes, language: str) -> str | None:
    """Why a user's .pptx template cannot be used (tried once on a title-only deck), or None.

    Cached by the file's bytes, so the page does not reopen the template on every rerun.
    """
    try:
        pptx_deck.build_deck([], DeckInfo("–", "–", dt.date.today(), language), template)
    except pptx_deck.DeckTemplateError as error:
        return error.message(language)
    return None
