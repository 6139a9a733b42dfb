"""Trends from the database: targets in the build, queries, changes, and chart sizes."""

from __future__ import annotations

import altair as alt
import duckdb
import numpy as np
import pytest

from rus_data.build import database as build
from rus_data.demo import targets as demo_targets
from rus_data.trends import queries as queries_trends
from rus_data.trends.analysis import (
    changes_per_year,
    comparable_codes,
    mark_changes,
    objective_verdicts,
    ordered_series,
    resolve_target,
    series_statistics,
    small_multiples_frame,
    target_path,
)
from rus_data.trends.charts import (
    assessment_heatmap,
    history_frame,
    indicator_series_chart,
    small_multiples_chart,
)
from rus_data.trends.stats import trend
from rus_data.trends.tables import display_statistics

ALTAIR_MAX_ROWS = 5000
MUNICIPALITIES = ["0180", "1480", "1280", "0380", "2480"]  # the five largest cities


# --- Build: the target table ------------------------------------------------------------------


def test_demo_targets_are_loaded_as_demo(db: duckdb.DuckDBPyConnection) -> None:
    rows = db.execute(
        "SELECT t.indicator_id, t.kind, t.reference_year, s.is_demo FROM indicator_target t "
        "JOIN source s ON s.id = t.source_id"
    ).fetchall()
    assert len(rows) == len(demo_targets.DEMO_TARGETS) > 0
    assert all(is_demo for *_, is_demo in rows)
    known = {r[0] for r in db.execute("SELECT id FROM indicator").fetchall()}
    assert {r[0] for r in rows} <= known
    assert all(reference is not None for _, kind, reference, _ in rows if kind == "change")
    assert demo_targets.DEMO_SOURCE_ID == build.DEMO_SOURCE_ID


# --- Queries ----------------------------------------------------------------------------------


def test_series_only_for_the_asked_regions_with_index(db: duckdb.DuckDBPyConnection) -> None:
    series = queries_trends.objective_series(db, 1, ["14", "00"], 2020)
    assert set(series["region_code"]) == {"14", "00"}
    assert series["year"].max() == 2020
    first = series.sort_values("year").groupby(["indicator_id", "region_code"]).first()
    assert np.allclose(first["index_value"], 100.0)
    row = series.iloc[5]
    group = series[
        (series.indicator_id == row.indicator_id) & (series.region_code == row.region_code)
    ]
    expected = row.value / group.sort_values("year").value.iloc[0] * 100
    assert row.index_value == pytest.approx(expected)
    hostile = queries_trends.objective_series(db, 1, ["14' OR '1'='1"], 2024)
    assert hostile.empty


def test_county_spread_is_aggregated_in_duckdb(db: duckdb.DuckDBPyConnection) -> None:
    spread = queries_trends.objective_county_spread(db, 2, 2024)
    assert not spread.duplicated(["indicator_id", "year"]).any()
    assert spread["counties"].between(1, 21).all()
    ordered = ["value_min", "value_q1", "value_median", "value_q3", "value_max"]
    assert (spread[ordered].diff(axis=1).iloc[:, 1:] >= -1e-9).all().all()
    # Check one year by hand against the raw county values.
    one = spread[(spread.indicator_id == "pm10_street_level") & (spread.year == 2018)].iloc[0]
    raw = db.execute(
        "SELECT v.value FROM indicator_value v JOIN region r ON r.code = v.region_code "
        "WHERE v.indicator_id = 'pm10_street_level' AND v.year = 2018 AND r.level = 'lan'"
    ).df()["value"]
    assert one.counties == len(raw) == 21
    assert one.value_min == raw.min() and one.value_max == raw.max()
    assert one.value_q1 == pytest.approx(raw.quantile(0.25))


def test_mountain_indicator_has_only_mountain_counties(db: duckdb.DuckDBPyConnection) -> None:
    counties = queries_trends.county_series(db, 14, "arctic_fox_litters", 2024)
    assert set(counties["letter"]) == {"W", "Z", "AC", "BD"}
    assert counties["national_value"].notna().all()


def test_assessment_histories_cover_every_cell(db: duckdb.DuckDBPyConnection) -> None:
    region = queries_trends.region_assessment_history(db, "14", 2024, "sv")
    assert len(region) == 16 * 10
    assert not region.loc[region.objective_id.isin([1, 5, 6]), "assessed"].any()
    objective = queries_trends.objective_assessment_history(db, 14, 2024)
    assert len(objective) == 22 * 10
    assessed = set(objective.loc[objective.assessed, "letter"].dropna())
    assert assessed == {"W", "Z", "AC", "BD"}


# --- Analysis ---------------------------------------------------------------------------------


def test_changes_per_year_match_sql(db: duckdb.DuckDBPyConnection) -> None:
    history = queries_trends.region_assessment_history(db, "12", 2024, "sv")
    changes = changes_per_year(history).set_index("year")
    expected = db.execute(
        "SELECT a.year, count(*) FROM assessment a JOIN assessment p "
        "ON p.objective_id = a.objective_id AND p.region_code = a.region_code "
        "AND p.year = a.year - 1 WHERE a.region_code = '12' AND a.status <> p.status "
        "GROUP BY a.year"
    ).fetchall()
    for year, count in expected:
        assert changes.loc[year, "status_changed"] == count
    assert changes["status_changed"].sum() == sum(c for _, c in expected)
    assert changes.loc[2015, "status_changed"] == 0  # the first year has nothing before it


# --- Charts: size and the 5 000-row limit -----------------------------------------------------


def _dataset_rows(chart: alt.TopLevelMixin) -> list[int]:
    spec = chart.to_dict()  # raises MaxRowsError if any dataset is over the limit
    return [len(values) for values in spec.get("datasets", {}).values()]


def test_largest_views_stay_far_below_altair_row_limit(db: duckdb.DuckDBPyConnection) -> None:
    """Find the biggest input of each chart kind over every objective, then draw it.

    Areas: a county, Sweden and five municipalities (the most the page allows).
    """
    areas = ["01", "00", *MUNICIPALITIES]
    biggest_series: tuple[int, int, str] = (0, 0, "")
    biggest_counties: tuple[int, int, str] = (0, 0, "")
    for objective_id in range(17):
        series = queries_trends.objective_series(db, objective_id, areas, 2024)
        spread = queries_trends.objective_county_spread(db, objective_id, 2024)
        sizes = (
            series.groupby("indicator_id")
            .size()
            .add(spread.groupby("indicator_id").size(), fill_value=0)
        )
        if len(sizes) and sizes.max() > biggest_series[0]:
            biggest_series = (int(sizes.max()), objective_id, str(sizes.idxmax()))
        for indicator_id in series["indicator_id"].unique():
            counties = queries_trends.county_series(db, objective_id, indicator_id, 2024)
            if len(counties) > biggest_counties[0]:
                biggest_counties = (len(counties), objective_id, indicator_id)

    _, objective_id, indicator_id = biggest_series
    series = queries_trends.objective_series(db, objective_id, areas, 2024)
    own = series[series.indicator_id == indicator_id]
    spread = queries_trends.objective_county_spread(db, objective_id, 2024)
    targets = queries_trends.objective_targets(db, objective_id, "sv")
    primary = own[own.region_code == "01"]
    target = resolve_target(targets, indicator_id, "01", primary)
    path = None if target is None else target_path(primary, target, 2015, None)
    line_chart = indicator_series_chart(
        ordered_series(own, areas, "Sverige"),
        spread[spread.indicator_id == indicator_id],
        title="t",
        subtitle=["k"],
        unit="u",
        decimals=1,
        language="sv",
        index_mode=False,
        band="minmax",
        target=target,
        path=path,
    )
    _, objective_id, indicator_id = biggest_counties
    counties = queries_trends.county_series(db, objective_id, indicator_id, 2024)
    multiples = small_multiples_chart(
        small_multiples_frame(counties, "higher", "01", "sv"),
        title="t",
        subtitle=["k"],
        unit="u",
        decimals=1,
        language="sv",
        index_mode=True,
        shared_y=False,
        show_national=True,
    )
    history = mark_changes(queries_trends.objective_assessment_history(db, 2, 2024))
    labels = [f"{c} {r}" for c, r in zip(history.region_code, history.region, strict=True)]
    heatmap = assessment_heatmap(
        history_frame(history, labels, "sv"),
        changes_per_year(history),
        title="t",
        subtitle=["k"],
        row_title="r",
        language="sv",
    )
    rows = {
        "series": max(_dataset_rows(line_chart)),
        "multiples": max(_dataset_rows(multiples)),
        "heatmap": max(_dataset_rows(heatmap)),
    }
    assert rows["multiples"] == biggest_counties[0] == 21 * 15  # 21 counties, 2010–2024
    assert rows["heatmap"] == 22 * 10  # Sweden and 21 counties, 10 years
    assert all(0 < count < ALTAIR_MAX_ROWS / 10 for count in rows.values()), rows


def test_small_multiples_have_one_panel_per_county(db: duckdb.DuckDBPyConnection) -> None:
    counties = queries_trends.county_series(db, 1, "ghg_emissions_per_capita", 2024)
    frame = small_multiples_frame(counties, "lower", "14", "en")
    assert frame["panel"].nunique() == 21
    assert frame.loc[frame.region_code == "14", "panel"].iloc[0].startswith("▶ O ")
    one = counties[counties.region_code == "03"]
    expected = trend(one.year.to_numpy(), one.value.to_numpy(), "lower").verdict
    assert frame.loc[frame.region_code == "03", "verdict"].iloc[0] == expected
    chart = small_multiples_chart(
        frame,
        title="t",
        subtitle=["k"],
        unit="t",
        decimals=2,
        language="en",
        index_mode=False,
        shared_y=False,
        show_national=True,
    )
    spec = chart.to_dict()
    assert spec["resolve"]["scale"]["y"] == "independent"
    assert spec["columns"] == 7


@pytest.mark.parametrize("region", ["00", "01", "25"])
def test_statistics_for_every_indicator_and_area(
    db: duckdb.DuckDBPyConnection, region: str
) -> None:
    """What the page computes per indicator works for every objective, summed or not."""
    areas = list(dict.fromkeys([region, "00", "0180"]))
    for objective_id in range(17):
        indicators = queries_trends.objective_indicators(db, objective_id, "en")
        series = queries_trends.objective_series(db, objective_id, areas, 2024)
        verdicts = objective_verdicts(indicators, series, region, "en")
        for indicator, verdict in zip(indicators.itertuples(), verdicts.itertuples(), strict=True):
            own = series[series.indicator_id == indicator.indicator_id]
            for index_mode in (False, True):
                shown = comparable_codes(
                    areas, verdict.region_code, indicator.aggregation, index_mode
                )
                assert verdict.region_code in shown
                lines = ordered_series(own, shown, "Sweden")
                stats = series_statistics(lines, indicator.better, 2015, "en")
                table = display_statistics(stats, indicator.decimals, "en")
                assert len(table) == lines["region_code"].nunique() > 0
            primary = stats[stats.region_code == verdict.region_code].iloc[0]
            assert primary.verdict == verdict.verdict
