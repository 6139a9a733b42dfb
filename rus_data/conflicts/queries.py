"""Queries of the conflicts and synergies page: interactions, nodes and indicator series.

Same style as :mod:`rus_data.db.queries`: parameters for every value, and the only text put into
SQL is a language suffix from a whitelist.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from rus_data.db.queries import Language, checked_language, query_frame


def interaction_nodes(connection: duckdb.DuckDBPyConnection, language: Language) -> pd.DataFrame:
    """Every possible node: objectives 0–16 and the 169 targets.

    Columns ``key, kind, id, label, short_label, goal, goal_name, sort_order``; objectives have
    goal 0 and sort first.
    """
    suffix = checked_language(language)
    return query_frame(
        connection,
        f"""
        SELECT 'objective:' || o.id AS key, 'objective' AS kind, CAST(o.id AS TEXT) AS id,
               o.name_{suffix} AS label, CAST(o.id AS TEXT) AS short_label,
               0 AS goal, NULL AS goal_name, o.id AS sort_order
        FROM objective o
        UNION ALL
        SELECT 'target:' || t.id, 'target', t.id, t.label_{suffix}, t.id,
               t.goal, g.name_{suffix}, 100 + t.sort_order
        FROM sdg_target t JOIN sdg_goal g ON g.goal = t.goal
        ORDER BY sort_order
        """,
    )


def sdg_goals(connection: duckdb.DuckDBPyConnection, language: Language) -> pd.DataFrame:
    """The 17 goals with ``goal, name``."""
    suffix = checked_language(language)
    return query_frame(
        connection, f"SELECT goal, name_{suffix} AS name FROM sdg_goal ORDER BY goal"
    )


def interactions(connection: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every scored interaction with its source.

    Columns ``from_key, to_key, from_kind, from_id, to_kind, to_id, score, rationale_sv,
    rationale_en, confidence, context, scored_by, scored_at, source, source_date, is_demo``.
    """
    return query_frame(
        connection,
        """
        SELECT i.from_kind || ':' || i.from_id AS from_key, i.to_kind || ':' || i.to_id AS to_key,
               i.from_kind, i.from_id, i.to_kind, i.to_id, i.score,
               i.rationale AS rationale_sv, i.rationale_en, i.confidence, i.context,
               i.scored_by, i.scored_at, s.name AS source, s.fetched_at AS source_date,
               s.is_demo
        FROM interaction i JOIN source s ON s.id = i.source_id
        ORDER BY i.id
        """,
    )


def objective_indicator_values(
    connection: duckdb.DuckDBPyConnection, objective_id: int, region_code: str, language: Language
) -> pd.DataFrame:
    """Yearly values (both genders together) of an objective's indicators in one region.

    Columns ``indicator_id, indicator, unit, better, year, value, source, is_demo``.
    """
    suffix = checked_language(language)
    unit = "unit_en" if suffix == "en" else "unit"
    return query_frame(
        connection,
        f"""
        SELECT i.id AS indicator_id, i.name_{suffix} AS indicator, i.{unit} AS unit,
               i.better, v.year, v.value, s.name AS source, s.is_demo,
               s.fetched_at AS source_date
        FROM indicator_objective io
        JOIN indicator i ON i.id = io.indicator_id
        JOIN indicator_value v ON v.indicator_id = i.id AND v.region_code = $region
             AND v.gender = 'T'
        JOIN source s ON s.id = v.source_id
        WHERE io.objective_id = $objective
        ORDER BY i.id, v.year
        """,
        {"objective": objective_id, "region": region_code},
    )
