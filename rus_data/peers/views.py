"""Derived tables of the peers page, each from the database in one call (so they cache whole)."""

from __future__ import annotations

from collections.abc import Sequence

import duckdb

from rus_data.peers import queries, similarity
from rus_data.peers.profile import wide_values


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
