"""The trends page: targets in the build, queries, analysis, chart sizes, downloads, AppTest."""

from __future__ import annotations

import json
import math
from pathlib import Path

import altair as alt
import duckdb
import numpy as np
import pandas as pd
import pyarrow
import pyarrow.ipc
import pytest
from streamlit.testing.v1 import AppTest

from rus_data import build, queries_trends
from rus_data.charts.export import chart_png, chart_svg, frame_csv, static_spec
from rus_data.charts.trends import (
    assessment_heatmap,
    history_frame,
    indicator_series_chart,
    small_multiples_chart,
)
from rus_data.config import PROJECT_ROOT
from rus_data.demo import targets as demo_targets
from rus_data.trend_stats import trend
from rus_data.trends import (
    changes_per_year,
    comparable_codes,
    display_statistics,
    format_number,
    mark_changes,
    objective_verdicts,
    ordered_series,
    pace_towards,
    resolve_target,
    series_statistics,
    small_multiples_frame,
    target_path,
    verdict_counts,
)
from tests.apptest import open_page

APP = str(PROJECT_ROOT / "app.py")
PAGE = "pages/trends.py"
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


def test_no_targets_without_demo_data(
    tmp_path: Path, demo_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bare.duckdb"
    build.build_database(path, 1, progress=lambda _m: None, with_demo=False)
    with duckdb.connect(str(path), read_only=True) as connection:
        assert connection.execute("SELECT count(*) FROM indicator_target").fetchone()[0] == 0
    monkeypatch.setenv("RUS_DB", str(path))
    app = _page(demo_db_path)
    infos = [i.value for i in app.info]
    assert "Det finns inga indikatorer för det här målet i databasen." in infos
    assert "Det finns inga bedömningar i databasen." in infos


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


def test_mark_changes_by_hand() -> None:
    history = pd.DataFrame(
        {
            "status": ["NEJ", "NÄRA", "NÄRA", None],
            "previous_status": [None, "NEJ", "NÄRA", "NÄRA"],
            "trend": ["NEUTRAL", "NEUTRAL", "POSITIV", None],
            "previous_trend": [None, "NEUTRAL", "NEUTRAL", "POSITIV"],
        }
    )
    marked = mark_changes(history)
    assert list(marked["status_changed"]) == [False, True, False, False]
    assert list(marked["trend_changed"]) == [False, False, True, False]


def _targets(kind: str, value: float, reference: int | None, region: str | None = None):
    return pd.DataFrame(
        {
            "indicator_id": ["x"],
            "region_code": [region],
            "target_year": [2030],
            "kind": [kind],
            "target_value": [value],
            "reference_year": [reference],
            "label": ["Exempelmål"],
            "source": ["Exempeldata"],
            "is_demo": [True],
        }
    )


def test_change_target_becomes_a_level_for_the_region() -> None:
    years = np.arange(2010, 2025)
    series = pd.DataFrame({"year": years, "value": 20.0 - 0.5 * (years - 2010)})
    target = resolve_target(_targets("change", -50.0, 2010), "x", "14", series)
    assert target is not None
    assert target.target_value == pytest.approx(10.0)  # half of 20 in 2010
    assert resolve_target(_targets("change", -50.0, 1990), "x", "14", series) is None
    level = resolve_target(_targets("level", 7.5, None), "x", "14", series)
    assert level.target_value == 7.5
    other_region = _targets("level", 3.0, None, region="01")
    assert resolve_target(other_region, "x", "14", series) is None
    pace = pace_towards(series, target, "lower")
    assert pace.projected_value == pytest.approx(13.0 - 0.5 * 6)  # 13 in 2024, −0.5 a year
    assert pace.reaches is True
    path = target_path(series, target, 2015, pace)
    assert list(path.itertuples(index=False, name=None)) == [
        ("path", 2015, 17.5),
        ("path", 2030, 10.0),
        ("pace", 2024, 13.0),
        ("pace", 2030, 10.0),
    ]


def test_series_statistics_agree_with_trend() -> None:
    years = np.arange(2012, 2025)
    rng = np.random.default_rng(2)
    series = pd.DataFrame(
        {
            "region_code": ["14"] * len(years) + ["00"] * len(years),
            "region": ["Västra Götalands län"] * len(years) + ["Sverige"] * len(years),
            "year": np.concatenate([years, years]),
            "value": np.concatenate([50 + 2.0 * (years - 2012), rng.normal(40, 1, len(years))]),
        }
    )
    stats = series_statistics(series, "higher", 2014, "sv").set_index("region_code")
    assert stats.loc["14", "verdict"] == "right"
    assert stats.loc["14", "slope_per_decade"] == pytest.approx(20.0)
    assert stats.loc["14", "change"] == pytest.approx(2.0 * (2024 - 2014))
    assert stats.loc["14", "change_percent"] == pytest.approx(20 / 54 * 100)
    reference = trend(years, series.value[len(years) :].to_numpy(), "higher")
    assert stats.loc["00", "verdict"] == reference.verdict
    assert stats.loc["00", "p_value"] == pytest.approx(reference.p_value)
    shown = display_statistics(stats.reset_index(), 1, "sv")
    assert shown.loc[0, "verdict"] == "↗ går åt rätt håll"
    assert shown.loc[0, "change_percent"] == "+37,0 %"


def test_missing_values_are_spelled_out() -> None:
    assert format_number(math.nan, 1, "sv") == "uppgift saknas"
    assert format_number(None, 1, "en") == "no data"
    assert format_number(-1234.5, 1, "sv") == "−1 234,5"
    stats = pd.DataFrame(
        {
            "region": ["Sverige"],
            "n": [3],
            "first_year": [2020],
            "last_year": [2024],
            "slope_per_year": [math.nan],
            "slope_per_decade": [math.nan],
            "p_value": [math.nan],
            "base_year": [None],
            "change": [math.nan],
            "change_percent": [math.nan],
            "verdict_text": ["· för få värden"],
        }
    )
    shown = display_statistics(stats, 1, "sv").iloc[0]
    assert shown["change"] == shown["base_year"] == shown["p_value"] == "uppgift saknas"


def test_summed_indicator_keeps_sweden_off_absolute_county_charts() -> None:
    codes = ["14", "00", "0180"]
    assert comparable_codes(codes, "14", "sum", index_mode=False) == ["14", "0180"]
    assert comparable_codes(codes, "14", "sum", index_mode=True) == codes
    assert comparable_codes(codes, "14", "mean", index_mode=False) == codes


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


def test_downloads_render_png_svg_and_csv() -> None:
    frame = pd.DataFrame({"region": ["Sverige"] * 3, "year": [2020, 2021, 2022]})
    frame = frame.assign(value=[1.0, 2.0, 3.0], index_value=[100.0, 200.0, 300.0])
    chart = indicator_series_chart(
        frame,
        pd.DataFrame(),
        title="Åtgärder",
        subtitle=["Källa: Exempeldata"],
        unit="antal",
        decimals=0,
        language="sv",
        index_mode=False,
        band="minmax",
    )
    spec = static_spec(chart.to_json())
    assert json.loads(spec)["width"] == 860
    assert chart_png(spec).startswith(b"\x89PNG")
    svg = chart_svg(spec)
    assert svg.lstrip().startswith(b"<svg") and "Åtgärder".encode() in svg
    csv = frame_csv(frame).decode("utf-8-sig")
    assert csv.splitlines()[0] == "region,year,value,index_value"


# --- The page, in AppTest ---------------------------------------------------------------------


def _page(demo_db_path: Path, **query: str) -> AppTest:
    return open_page(PAGE, **query)


def _charts(app: AppTest) -> list[tuple[dict, list[int]]]:
    """Every chart on the page: its Vega-Lite spec and the row count of each dataset."""
    charts = []
    for element in app.get("vega_lite_chart"):
        rows = [
            pyarrow.ipc.open_stream(dataset.data.data).read_all().num_rows
            for dataset in element.proto.datasets
        ]
        charts.append((json.loads(element.proto.spec), rows))
    return charts


def test_page_verdicts_match_the_tested_functions(
    demo_db_path: Path, db: duckdb.DuckDBPyConnection
) -> None:
    app = _page(demo_db_path, region="14", tr_obj="2")
    assert app.title[0].value == "Trender per miljömål"
    indicators = queries_trends.objective_indicators(db, 2, "sv")
    series = queries_trends.objective_series(db, 2, ["14", "00"], 2024)
    verdicts = objective_verdicts(indicators, series, "14", "sv")
    text = "\n".join(m.value for m in app.markdown)
    for row in verdicts.itertuples():
        assert row.name in text
        assert row.verdict_text in text
    counts = verdict_counts(verdicts, "sv")
    assert counts["count"].sum() == len(indicators)
    assert len(app.dataframe) == len(indicators)
    charts = _charts(app)
    assert len(charts) == len(indicators) + 4  # summary, indicators, multiples, 2 histories
    titles = [spec["title"]["text"] for spec, _ in charts]
    assert (
        titles[0] == "Frisk luft: indikatorernas riktning i Västra Götalands län till och med 2024"
    )
    assert all(
        any("Källa: Exempeldata" in line for line in spec["title"]["subtitle"])
        for spec, _ in charts
    )
    assert all(0 < max(rows) < ALTAIR_MAX_ROWS for _, rows in charts)
    summary_rows = charts[0][1]
    assert max(summary_rows) == int((counts["count"] > 0).sum())


def test_page_in_english_with_url_state(demo_db_path: Path) -> None:
    app = _page(
        demo_db_path,
        lang="en",
        region="25",
        tr_obj="14",
        tr_mode="idx",
        tr_band="iqr",
        tr_y="free",
        tr_cmp="2584,01",
        tr_ind="arctic_fox_litters",
    )
    assert app.title[0].value == "Trends per objective"
    assert app.selectbox(key="tr_obj").value == 14
    assert app.multiselect(key="tr_cmp").value == ["2584", "01"]
    assert app.selectbox(key="tr_ind").value == "arctic_fox_litters"
    assert any("Example data" in w.value for w in app.warning)
    assert app.query_params["tr_mode"] == "idx"
    text = "\n".join(m.value for m in app.markdown)
    assert "moving the" in text or "no clear change" in text


def test_hostile_url_values_fall_back_to_defaults(demo_db_path: Path) -> None:
    app = _page(
        demo_db_path, tr_obj="1; DROP TABLE x", tr_mode="svg", tr_cmp="x',00", tr_base="1066"
    )
    assert app.selectbox(key="tr_obj").value == 1
    assert app.multiselect(key="tr_cmp").value == []
    assert app.selectbox(key="tr_base").value == 2015
    assert "tr_obj" not in app.query_params and "tr_cmp" not in app.query_params


def test_target_sentence_and_illustrative_note(demo_db_path: Path) -> None:
    app = _page(demo_db_path, tr_obj="2")
    text = "\n".join(m.value for m in app.markdown)
    assert "Exempelmål: högst 10 µg/m³ år 2030" in text
    assert "målet nås" in text
    captions = "\n".join(c.value for c in app.caption)
    assert "påhittat exempelmål" in captions


def test_objective_switch_and_national_only_objectives(demo_db_path: Path) -> None:
    app = _page(demo_db_path, region="01")
    app.selectbox(key="tr_obj").set_value(5).run()
    assert not app.exception
    assert app.query_params["tr_obj"] == "5"
    text = "\n".join(c.value for c in app.caption)
    assert "bara för hela landet" in text
    app.selectbox(key="tr_obj").set_value(0).run()
    assert not app.exception
    assert any("Generationsmålet bedöms inte" in i.value for i in app.info)


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


def test_areas_without_values_get_a_row_saying_so() -> None:
    years = np.arange(2015, 2025)
    series = pd.DataFrame(
        {"region_code": "14", "region": "Västra Götalands län", "year": years, "value": 1.0}
    )
    stats = series_statistics(
        series, "higher", 2015, "sv", areas={"14": "Västra Götalands län", "0180": "Stockholm"}
    )
    assert list(stats["region_code"]) == ["14", "0180"]
    missing = display_statistics(stats, 1, "sv").iloc[1]
    assert missing["n"] == 0
    assert missing["period"] == missing["change"] == "uppgift saknas"
    assert missing["verdict"] == "uppgift saknas"


def test_empty_series_gives_an_empty_table() -> None:
    empty = pd.DataFrame(columns=["region_code", "region", "year", "value"])
    stats = series_statistics(empty, "higher", 2015, "sv")
    assert stats.empty and "verdict" in stats.columns
    assert display_statistics(stats, 1, "sv").empty


def test_choices_survive_a_page_switch(demo_db_path: Path) -> None:
    app = _page(demo_db_path)
    app.selectbox(key="tr_obj").set_value(3).run()
    app.switch_page("pages/overview.py").run()
    app.switch_page(PAGE).run()
    assert not app.exception
    assert app.selectbox(key="tr_obj").value == 3
    assert app.query_params["tr_obj"] == "3"
