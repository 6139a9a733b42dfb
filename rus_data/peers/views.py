"""Derived tables of the peers page, each from the database in one call (so they cache whole)."""

from __future__ import annotations

from collections.abc import Sequence

import duckdb
import pandas as pd

from rus_data.peers import explain, queries, similarity
from rus_data.peers.profile import peer_band, profile, wide_values


def similar_municipalities(
    connection: duckdb.DuckDBPyConnection,
    target: str,
    weights: Sequence[tuple[str, float]],
    year: int,
    k: int,
) -> similarity.SimilarityResult:
    """The ``k`` municipalities most similar to ``target`` on the weighted indicators in
    ``year`` (see :func:`rus_data.peers.similarity.nearest`)."""
    ids = sorted(indicator_id for indicator_id, _ in weights)
    values = queries.municipal_values(connection, ids, year)
    return similarity.nearest(wide_values(values), target, dict(weights), k=k)


def similarity_contributions(
    connection: duckdb.DuckDBPyConnection,
    target: str,
    weights: Sequence[tuple[str, float]],
    year: int,
    k: int,
) -> pd.DataFrame:
    """Per similar municipality and indicator, how far it lies from ``target`` (see
    :func:`rus_data.peers.explain.contributions`)."""
    ids = sorted(indicator_id for indicator_id, _ in weights)
    values = wide_values(queries.municipal_values(connection, ids, year))
    result = similarity.nearest(values, target, dict(weights), k=k)
    codes = list(result.neighbours["region_code"])
    return explain.contributions(values, target, codes, result.used_indicators)


def standing(
    connection: duckdb.DuckDBPyConnection,
    indicator_ids: Sequence[str],
    year: int,
    municipality: str,
    peers: Sequence[str],
    language: str,
) -> pd.DataFrame:
    """The profile of ``municipality`` among ``peers`` on ``indicator_ids`` (in that order)
    in ``year`` (see :func:`rus_data.peers.profile.profile`)."""
    values = queries.municipal_values(connection, sorted(indicator_ids), year)
    indicators = queries.municipal_indicators(connection, language)  # type: ignore[arg-type]
    chosen = indicators.set_index("id").loc[list(indicator_ids)].reset_index()
    return profile(values, chosen, municipality, list(peers))


def band_over_time(
    connection: duckdb.DuckDBPyConnection,
    indicator_id: str,
    municipality: str,
    peers: Sequence[str],
    better: str,
    gender: str = "T",
) -> pd.DataFrame:
    """The municipality's values and its peers' band per year on one indicator, for women,
    men or the total (see :func:`rus_data.peers.profile.peer_band`)."""
    series = queries.municipal_series(connection, indicator_id, gender)
    return peer_band(series, municipality, list(peers), better)
