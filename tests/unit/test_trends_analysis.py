"""Trend analysis on hand-made data: changes, targets, statistics, number texts and downloads."""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
import pytest

from rus_data.charts.export import chart_png, chart_svg, frame_csv, static_spec
from rus_data.text.formats import format_number
from rus_data.trends.analysis import (
    comparable_codes,
    mark_changes,
    pace_towards,
    resolve_target,
    series_statistics,
    target_path,
)
from rus_data.trends.charts import (
    indicator_series_chart,
)
from rus_data.trends.stats import trend
from rus_data.trends.tables import display_statistics, method_statistics

# --- Analysis ---------------------------------------------------------------------------------


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
    assert shown.loc[0, "change_percent"] == "+37,0\u202f%"


def test_missing_values_are_spelled_out() -> None:
    assert format_number(math.nan, 1, "sv") == "uppgift saknas"
    assert format_number(None, 1, "en") == "no data"
    assert format_number(-1234.5, 1, "sv") == "\u22121\u202f234,5"
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
    assert shown["change"] == shown["change_percent"] == "uppgift saknas"
    method = method_statistics(stats, 1, "sv").iloc[0]
    assert method["base_year"] == method["p_value"] == method["relative_change"] == "uppgift saknas"


def test_summed_indicator_keeps_sweden_off_absolute_county_charts() -> None:
    codes = ["14", "00", "0180"]
    assert comparable_codes(codes, "14", "sum", index_mode=False) == ["14", "0180"]
    assert comparable_codes(codes, "14", "sum", index_mode=True) == codes
    assert comparable_codes(codes, "14", "mean", index_mode=False) == codes


# --- Charts: size and the 5 000-row limit -----------------------------------------------------


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
    assert missing["development"] == missing["change"] == "uppgift saknas"
    method = method_statistics(stats, 1, "sv").iloc[1]
    assert method["n"] == 0 and method["period"] == "uppgift saknas"
    assert missing["verdict"] == "uppgift saknas"


def test_empty_series_gives_an_empty_table() -> None:
    empty = pd.DataFrame(columns=["region_code", "region", "year", "value"])
    stats = series_statistics(empty, "higher", 2015, "sv")
    assert stats.empty and "verdict" in stats.columns
    assert display_statistics(stats, 1, "sv").empty
    assert method_statistics(stats, 1, "sv").empty
