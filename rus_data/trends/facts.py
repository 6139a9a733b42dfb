""" "Om indikatorn": what an indicator measures, its unit and direction, where its values come
from (licence, fetch time), which objectives it follows up and which years and levels exist.

The query gathers the facts of several indicators at once; :func:`fact_lines` turns one
indicator's facts into labelled lines of plain text (the page escapes them for Markdown).
"""

from __future__ import annotations

from collections.abc import Sequence

import duckdb
import pandas as pd

from rus_data.db.queries import Language, checked_language, indicator_name_unit, query_frame
from rus_data.text.catalogue import t
from rus_data.text.formats import format_date, missing_text
from rus_data.text.sources import source_name

LEVEL_ORDER = ("riket", "lan", "kommun")


def indicator_facts(
    connection: duckdb.DuckDBPyConnection, indicator_ids: Sequence[str], language: Language
) -> pd.DataFrame:
    """One row per indicator: ``indicator_id, name, description, unit, better, objectives
    (“1. Begränsad klimatpåverkan; …”), first_year, last_year, year_count, levels`` (the
    levels with values, comma-separated codes in the order Sweden, county, municipality)."""
    suffix = checked_language(language)
    return query_frame(
        connection,
        f"""
        WITH years AS (
            SELECT v.indicator_id, min(v.year) AS first_year, max(v.year) AS last_year,
                   count(DISTINCT v.year) AS year_count,
                   string_agg(DISTINCT r.level, ',') AS levels
            FROM indicator_value v JOIN region r ON r.code = v.region_code
            WHERE list_contains($ids, v.indicator_id)
            GROUP BY v.indicator_id
        ), goals AS (
            SELECT io.indicator_id,
                   string_agg(o.id || '. ' || o.name_{suffix}, '; ' ORDER BY o.id) AS objectives
            FROM indicator_objective io JOIN objective o ON o.id = io.objective_id
            WHERE list_contains($ids, io.indicator_id)
            GROUP BY io.indicator_id
        )
        SELECT i.id AS indicator_id, {indicator_name_unit(suffix)},
               i.description_{suffix} AS description, i.better,
               g.objectives, y.first_year, y.last_year, y.year_count, y.levels
        FROM indicator i
        LEFT JOIN years y ON y.indicator_id = i.id
        LEFT JOIN goals g ON g.indicator_id = i.id
        WHERE list_contains($ids, i.id)
        ORDER BY i.id
        """,
        {"ids": list(indicator_ids)},
    )


def _levels_text(levels: object, language: str) -> str:
    if not isinstance(levels, str) or not levels:
        return missing_text(language)
    present = set(levels.split(","))
    return ", ".join(t(f"facts_level_{lv}", language) for lv in LEVEL_ORDER if lv in present)


def _sources_text(sources: pd.DataFrame, language: str) -> str:
    if sources.empty:
        return missing_text(language)
    parts = []
    for row in sources.drop_duplicates("name").itertuples():
        licence = row.license if isinstance(row.license, str) and row.license else None
        fetched = format_date(row.fetched_at, language, "iso")
        text = t(
            "facts_source_entry",
            language,
            name=source_name(str(row.name), bool(row.is_demo), language),
            licence=licence or missing_text(language),
            fetched=fetched,
        )
        parts.append(text)
    return "; ".join(parts)


def fact_lines(facts: pd.Series, sources: pd.DataFrame, language: str) -> list[tuple[str, str]]:
    """``(label, text)`` lines of one indicator's facts, plain text (not yet escaped).

    ``sources``: the sources of the indicator's values (``name, is_demo, fetched_at,
    license``).
    """
    missing = missing_text(language)
    description = facts.get("description")
    if pd.isna(facts.get("first_year")):
        years = missing
    else:
        years = t(
            "facts_years_text",
            language,
            first=int(facts["first_year"]),
            last=int(facts["last_year"]),
            count=int(facts["year_count"]),
        )
    return [
        (t("facts_definition", language), description if isinstance(description, str) else missing),
        (t("facts_unit", language), str(facts["unit"])),
        (t("facts_direction", language), t(f"facts_better_{facts['better']}", language)),
        (t("facts_source", language), _sources_text(sources, language)),
        (t("facts_objectives", language), facts.get("objectives") or missing),
        (t("facts_years", language), years),
        (t("facts_levels", language), _levels_text(facts.get("levels"), language)),
    ]
