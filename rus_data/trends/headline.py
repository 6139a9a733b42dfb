"""The headline of the trends page: per area (the chosen one and Sweden) the county's own
assessment of the objective (status, trend, motivation) and how many of the objective's
indicators go the right or the wrong way."""

from __future__ import annotations

import duckdb
import pandas as pd

from rus_data.db.queries import Language, query_frame
from rus_data.trends import analysis, queries

NATION = analysis.NATION
HEADLINE_COLUMNS = [
    "region_code",
    "assessment_year",
    "status",
    "trend",
    "comment",
    "is_demo",
    "source",
    "right",
    "wrong",
    "unclear",
    "too_few",
    "indicators",
    "own_values",
]


def latest_assessments(
    connection: duckdb.DuckDBPyConnection, objective_id: int, region_codes: list[str], max_year: int
) -> pd.DataFrame:
    """Each area's latest assessment of the objective up to ``max_year``: ``region_code,
    year, status, trend, comment, is_demo, source``; areas without one have no row."""
    return query_frame(
        connection,
        """
        SELECT a.region_code, a.year, a.status, a.trend, a.comment, s.is_demo, s.name AS source
        FROM assessment a JOIN source s ON s.id = a.source_id
        WHERE a.objective_id = $objective AND list_contains($regions, a.region_code)
          AND a.year <= $max_year
        QUALIFY row_number() OVER (PARTITION BY a.region_code ORDER BY a.year DESC) = 1
        ORDER BY a.region_code
        """,
        {"objective": objective_id, "regions": list(region_codes), "max_year": max_year},
    )


def headline_row(code: str, verdicts: pd.DataFrame, assessment: pd.DataFrame) -> dict:
    """One area's headline: its assessment (or missing values) and its verdict counts."""
    counts = verdicts["verdict"].value_counts()
    own = assessment[assessment["region_code"] == code]
    first = own.iloc[0] if len(own) else None
    return {
        "region_code": code,
        "assessment_year": int(first["year"]) if first is not None else None,
        "status": first["status"] if first is not None else None,
        "trend": first["trend"] if first is not None else None,
        "comment": first["comment"] if first is not None else None,
        "is_demo": bool(first["is_demo"]) if first is not None else False,
        "source": first["source"] if first is not None else None,
        "right": int(counts.get("right", 0)),
        "wrong": int(counts.get("wrong", 0)),
        "unclear": int(counts.get("no_clear_change", 0)),
        "too_few": int(counts.get("too_few", 0)),
        "indicators": len(verdicts),
        "own_values": int((verdicts["region_code"] == code).sum()),
    }


def objective_headline(
    connection: duckdb.DuckDBPyConnection,
    objective_id: int,
    region_code: str,
    max_year: int,
    language: Language,
) -> pd.DataFrame:
    """The headline of the chosen area and of Sweden (one row if the area is Sweden)."""
    codes = list(dict.fromkeys([region_code, NATION]))
    indicators = queries.objective_indicators(connection, objective_id, language)
    series = queries.objective_series(connection, objective_id, codes, max_year)
    assessment = latest_assessments(connection, objective_id, codes, max_year)
    rows = []
    for code in codes:
        own_series = series[series["region_code"] == code]
        verdicts = analysis.objective_verdicts(indicators, own_series, code, language)
        verdicts = verdicts[verdicts["region_code"] == code]  # only the area's own values
        rows.append(headline_row(code, verdicts, assessment))
    return pd.DataFrame(rows, columns=HEADLINE_COLUMNS)
