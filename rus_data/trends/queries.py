"""Queries of the trends page: indicator series, county spread, targets, assessment history.

Same style as ``rus_data.db.queries``: one cursor per query, every user-chosen value a parameter,
and the only text put into SQL is a language suffix checked against a whitelist. Spreads and
indexes are computed here, in DuckDB, so the charts receive a few hundred rows at most.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from rus_data.db.queries import (
    Language,
    checked_language,
    indicator_name_unit,
    indicator_value_sources,
    query_frame,
    summary_frame,
)

GENDERS = ("T", "K", "M")  # total, women (kvinnor), men (män)


def checked_gender(gender: str) -> str:
    """``gender`` if it is one the model stores (T, K or M); otherwise an error."""
    if gender not in GENDERS:
        raise ValueError(f"Okänt kön: {gender!r}")
    return gender


def gender_split_indicators(
    connection: duckdb.DuckDBPyConnection, objective_id: int | None = None
) -> list[str]:
    """Indicators (of ``objective_id``, or all) with values for both women and men."""
    frame = query_frame(
        connection,
        """
        SELECT v.indicator_id FROM indicator_value v
        WHERE v.gender IN ('K', 'M') AND ($objective IS NULL OR v.indicator_id IN
              (SELECT indicator_id FROM indicator_objective WHERE objective_id = $objective))
        GROUP BY v.indicator_id HAVING count(DISTINCT v.gender) = 2
        ORDER BY v.indicator_id
        """,
        {"objective": objective_id},
    )
    return [str(i) for i in frame["indicator_id"]]


# Per (indicator, region): the value as an index of the series' value in the base year (the
# first year at or after $base with a value; with no base, the series' first year) = 100.
_INDEXED_VALUES = """
    SELECT v.indicator_id, v.region_code, v.year, v.value, v.source_id,
           CASE WHEN first_value(CASE WHEN v.year >= coalesce($base, 0) THEN v.value END
                                 IGNORE NULLS) OVER w = 0 THEN NULL
                ELSE v.value / first_value(CASE WHEN v.year >= coalesce($base, 0) THEN v.value
                                           END IGNORE NULLS) OVER w * 100 END AS index_value
    FROM indicator_value v
    JOIN indicator_objective io ON io.indicator_id = v.indicator_id
    WHERE io.objective_id = $objective AND v.gender = $gender AND v.year <= $max_year AND {regions}
    WINDOW w AS (PARTITION BY v.indicator_id, v.region_code ORDER BY v.year
                 ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
"""
# The regions of :data:`_INDEXED_VALUES`, chosen before the window (each series is indexed to
# its own first value, so leaving other regions out changes nothing but the work).
_CHOSEN_REGIONS = "list_contains($regions, v.region_code)"
_COUNTIES = "v.region_code IN (SELECT code FROM region WHERE level = 'lan')"
_ONE_INDICATOR_COUNTIES_AND_NATION = (
    "v.indicator_id = $indicator AND "
    "(v.region_code = '00' OR v.region_code IN (SELECT code FROM region WHERE level = 'lan'))"
)


def objective_indicators(
    connection: duckdb.DuckDBPyConnection, objective_id: int, language: Language
) -> pd.DataFrame:
    """The indicators that follow up an objective, with name, unit, direction and decimals."""
    suffix = checked_language(language)
    return query_frame(
        connection,
        f"""
        SELECT i.id AS indicator_id, {indicator_name_unit(suffix)}, i.better,
               i.finest_level, i.aggregation, i.decimals, i.description_{suffix} AS description
        FROM indicator i JOIN indicator_objective io ON io.indicator_id = i.id
        WHERE io.objective_id = $objective
        ORDER BY i.name_{suffix}
        """,
        {"objective": objective_id},
    )


def objective_value_years(
    connection: duckdb.DuckDBPyConnection, objective_id: int, max_year: int
) -> list[int]:
    """Years with at least one value of the objective's indicators, up to ``max_year``."""
    sql = """
        SELECT DISTINCT v.year FROM {table} v
        JOIN indicator_objective io ON io.indicator_id = v.indicator_id
        WHERE io.objective_id = $objective AND v.year <= $max_year ORDER BY v.year
        """
    frame = summary_frame(
        connection,
        sql.format(table="value_summary"),
        sql.format(table="indicator_value"),
        {"objective": objective_id, "max_year": max_year},
    )
    return [int(y) for y in frame["year"]]


def objective_series(
    connection: duckdb.DuckDBPyConnection,
    objective_id: int,
    region_codes: list[str],
    max_year: int,
    base_year: int | None = None,
    gender: str = "T",
) -> pd.DataFrame:
    """Series of every indicator of an objective for the given regions, with an index column
    (the base year, or the first year from it with a value, = 100).

    Columns ``indicator_id, region_code, region, level, year, value, index_value``.
    """
    return query_frame(
        connection,
        f"""
        WITH indexed AS ({_INDEXED_VALUES.format(regions=_CHOSEN_REGIONS)})
        SELECT x.indicator_id, x.region_code, r.name AS region, r.level, x.year, x.value,
               x.index_value
        FROM indexed x JOIN region r ON r.code = x.region_code
        WHERE list_contains($regions, x.region_code)
        ORDER BY x.indicator_id, x.region_code, x.year
        """,
        {
            "objective": objective_id,
            "regions": list(region_codes),
            "max_year": max_year,
            "base": base_year,
            "gender": checked_gender(gender),
        },
    )


def objective_county_spread(
    connection: duckdb.DuckDBPyConnection,
    objective_id: int,
    max_year: int,
    base_year: int | None = None,
    gender: str = "T",
) -> pd.DataFrame:
    """Spread of the 21 counties per indicator and year: min, quartiles, median and max.

    Computed for the values and for the index (each county's base year = 100), so the chart
    gets one row per indicator and year. Totals without a base year come from the summary
    table ``county_spread``; the value columns never depend on the base year.
    """
    params = {
        "objective": objective_id,
        "max_year": max_year,
        "base": base_year,
        "gender": checked_gender(gender),
    }
    if base_year is not None or gender != "T":  # the summary holds totals indexed to year one
        return query_frame(connection, _COUNTY_SPREAD_FROM_VALUES, params)
    return summary_frame(
        connection,
        """
        SELECT c.* FROM county_spread c
        JOIN indicator_objective io ON io.indicator_id = c.indicator_id
        WHERE io.objective_id = $objective AND c.year <= $max_year
          AND $base IS NULL AND $gender = 'T'
        ORDER BY c.indicator_id, c.year
        """,
        _COUNTY_SPREAD_FROM_VALUES,
        params,
    )


# The same, from the values themselves (a database without ``county_spread``). Filtering the
# counties before the window gives each county's own first value, as the summary does.
_COUNTY_SPREAD_FROM_VALUES = f"""
    WITH indexed AS ({_INDEXED_VALUES.format(regions=_COUNTIES)})
    SELECT x.indicator_id, x.year, count(*) AS counties,
           min(x.value) AS value_min,
           quantile_cont(x.value, 0.25) AS value_q1,
           median(x.value) AS value_median,
           quantile_cont(x.value, 0.75) AS value_q3,
           max(x.value) AS value_max,
           min(x.index_value) AS index_min,
           quantile_cont(x.index_value, 0.25) AS index_q1,
           median(x.index_value) AS index_median,
           quantile_cont(x.index_value, 0.75) AS index_q3,
           max(x.index_value) AS index_max
    FROM indexed x JOIN region r ON r.code = x.region_code
    WHERE r.level = 'lan'
    GROUP BY x.indicator_id, x.year
    ORDER BY x.indicator_id, x.year
"""


def county_series(
    connection: duckdb.DuckDBPyConnection,
    objective_id: int,
    indicator_id: str,
    max_year: int,
    base_year: int | None = None,
    gender: str = "T",
) -> pd.DataFrame:
    """One indicator for every county, with the national value of the same year beside it.

    Columns ``region_code, region, letter, year, value, index_value, national_value,
    national_index``.
    """
    return query_frame(
        connection,
        f"""
        WITH indexed AS ({_INDEXED_VALUES.format(regions=_ONE_INDICATOR_COUNTIES_AND_NATION)})
        SELECT x.region_code, r.name AS region, r.letter, x.year, x.value, x.index_value,
               n.value AS national_value, n.index_value AS national_index
        FROM indexed x
        JOIN region r ON r.code = x.region_code
        LEFT JOIN indexed n
               ON n.indicator_id = x.indicator_id AND n.year = x.year AND n.region_code = '00'
        WHERE x.indicator_id = $indicator AND r.level = 'lan'
        ORDER BY x.region_code, x.year
        """,
        {
            "objective": objective_id,
            "indicator": indicator_id,
            "max_year": max_year,
            "base": base_year,
            "gender": checked_gender(gender),
        },
    )


def objective_targets(
    connection: duckdb.DuckDBPyConnection, objective_id: int, language: Language
) -> pd.DataFrame:
    """Quantified targets of the objective's indicators, with their source and demo flag."""
    suffix = checked_language(language)
    return query_frame(
        connection,
        f"""
        SELECT t.indicator_id, t.region_code, t.target_year, t.kind, t.target_value,
               t.reference_year, t.label_{suffix} AS label, s.name AS source, s.is_demo,
               s.fetched_at
        FROM indicator_target t
        JOIN indicator_objective io ON io.indicator_id = t.indicator_id
        JOIN source s ON s.id = t.source_id
        WHERE io.objective_id = $objective
        ORDER BY t.indicator_id, t.target_year
        """,
        {"objective": objective_id},
    )


def objective_value_sources(
    connection: duckdb.DuckDBPyConnection, objective_id: int
) -> pd.DataFrame:
    """Sources of the objective's indicator values, per indicator: ``indicator_id, name,
    is_demo, fetched_at, license``."""
    return indicator_value_sources(connection, objective_id=objective_id, per_indicator=True)


def region_assessment_history(
    connection: duckdb.DuckDBPyConnection, region_code: str, max_year: int, language: Language
) -> pd.DataFrame:
    """Objectives 1–16 × assessment years for one region, with the year before beside each.

    Columns ``objective_id, objective, year, assessed, status, trend, previous_status,
    previous_trend``; ``assessed`` is false outside the region's assessment scope.
    """
    column = f"name_{checked_language(language)}"
    return query_frame(
        connection,
        f"""
        WITH years AS (SELECT DISTINCT year FROM assessment WHERE year <= $max_year)
        SELECT o.id AS objective_id, o.{column} AS objective, y.year,
               s.objective_id IS NOT NULL AS assessed, a.status, a.trend,
               p.status AS previous_status, p.trend AS previous_trend, src.is_demo
        FROM objective o CROSS JOIN years y
        LEFT JOIN assessment_scope s ON s.objective_id = o.id AND s.region_code = $region
        LEFT JOIN assessment a
               ON a.objective_id = o.id AND a.region_code = $region AND a.year = y.year
        LEFT JOIN assessment p
               ON p.objective_id = o.id AND p.region_code = $region AND p.year = y.year - 1
        LEFT JOIN source src ON src.id = a.source_id
        WHERE o.id > 0
        ORDER BY o.id, y.year
        """,
        {"region": region_code, "max_year": max_year},
    )


def objective_assessment_history(
    connection: duckdb.DuckDBPyConnection, objective_id: int, max_year: int
) -> pd.DataFrame:
    """Sweden and the 21 counties × assessment years for one objective.

    Columns ``region_code, region, letter, year, assessed, status, trend, previous_status,
    previous_trend, is_demo``.
    """
    return query_frame(
        connection,
        """
        WITH years AS (SELECT DISTINCT year FROM assessment WHERE year <= $max_year)
        SELECT r.code AS region_code, r.name AS region, r.letter, y.year,
               s.objective_id IS NOT NULL AS assessed, a.status, a.trend,
               p.status AS previous_status, p.trend AS previous_trend, src.is_demo
        FROM region r CROSS JOIN years y
        LEFT JOIN assessment_scope s ON s.objective_id = $objective AND s.region_code = r.code
        LEFT JOIN assessment a
               ON a.objective_id = $objective AND a.region_code = r.code AND a.year = y.year
        LEFT JOIN assessment p
               ON p.objective_id = $objective AND p.region_code = r.code
              AND p.year = y.year - 1
        LEFT JOIN source src ON src.id = a.source_id
        WHERE r.level IN ('riket', 'lan')
        ORDER BY r.code, y.year
        """,
        {"objective": objective_id, "max_year": max_year},
    )


def objective_sources_by_region(
    connection: duckdb.DuckDBPyConnection, objective_id: int, max_year: int, gender: str = "T"
) -> pd.DataFrame:
    """Which sources brought each indicator's values in each region up to ``max_year``:
    ``indicator_id, region_code, level, name, is_demo, fetched_at, license``, one row per
    combination, so a source line can name exactly the sources of the values drawn."""
    return query_frame(
        connection,
        """
        SELECT DISTINCT v.indicator_id, v.region_code, r.level, s.name, s.is_demo,
               s.fetched_at, s.license
        FROM indicator_value v
        JOIN indicator_objective io ON io.indicator_id = v.indicator_id
        JOIN region r ON r.code = v.region_code
        JOIN source s ON s.id = v.source_id
        WHERE io.objective_id = $objective AND v.gender = $gender AND v.year <= $max_year
        ORDER BY v.indicator_id, v.region_code, s.name
        """,
        {"objective": objective_id, "max_year": max_year, "gender": checked_gender(gender)},
    )
