"""Numbers, percentages, dates and missing values in both languages, checked by hand, and the
same number style on the axes of an exported chart."""

from __future__ import annotations

import datetime as dt
import json
import math
import re

import numpy as np
import pandas as pd
import pytest

from rus_data.charts.export import chart_svg, inline_spec_json, static_spec
from rus_data.charts.spec import localised, vega_lite_spec
from rus_data.map.charts import ranked_bar_chart
from rus_data.text.formats import (
    empty_text,
    format_date,
    format_number,
    format_percent,
    formatted_table,
    is_missing,
    missing_text,
    number_locale,
)
from tests.support.charts import RANKING_LABELS as LABELS
from ui.charts import builder_language, chart_spec

NNBSP = "\u202f"  # narrow no-break space: Swedish thousands
MINUS = "\u2212"


@pytest.mark.parametrize(
    ("value", "decimals", "language", "expected"),
    [
        (-12345.67, 1, "sv", f"{MINUS}12{NNBSP}345,7"),
        (-12345.67, 1, "en", "-12,345.7"),
        (1234567.0, 0, "sv", f"1{NNBSP}234{NNBSP}567"),
        (1234567.0, 0, "en", "1,234,567"),
        (999.96, 1, "sv", f"1{NNBSP}000,0"),  # rounding carries into a new group
        (0.5, 0, "sv", "1"),
        (12, 2, "sv", "12,00"),
        (np.float64(3.14159), 3, "en", "3.142"),
        (np.int64(290), 0, "sv", "290"),
        (1234.5, -1, "sv", f"1{NNBSP}235"),  # negative decimals mean none
        (-0.54, 1, "sv", f"{MINUS}0,5"),
        (1234.5, 1, "en", "1,234.5"),
    ],
)
def test_numbers(value: float, decimals: int, language: str, expected: str) -> None:
    assert format_number(value, decimals, language) == expected


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (2.5, 0, "3"),
        (3.5, 0, "4"),  # not to even
        (-2.5, 0, f"{MINUS}3"),  # away from zero
        (0.125, 2, "0,13"),
        (2.675, 2, "2,68"),  # as written, although the float is 2.67499…
        (1.005, 2, "1,01"),
        (0.0449, 2, "0,04"),
    ],
)
def test_halves_round_away_from_zero_as_written(value: float, decimals: int, expected: str) -> None:
    assert format_number(value, decimals, "sv") == expected


def test_signed_numbers_and_zero() -> None:
    assert format_number(3.21, 1, "sv", signed=True) == "+3,2"
    assert format_number(-3.21, 1, "sv", signed=True) == f"{MINUS}3,2"
    assert format_number(-3.21, 1, "en", signed=True) == "-3.2"
    assert format_number(1500, 0, "en", signed=True) == "+1,500"
    assert format_number(0.0, 1, "sv", signed=True) == "0,0"
    assert format_number(-0.04, 1, "sv") == "0,0"  # no "−0,0"
    assert format_number(0.04, 1, "en", signed=True) == "0.0"


@pytest.mark.parametrize("value", [None, math.nan, np.nan, pd.NA, pd.NaT, math.inf, -math.inf])
def test_missing_values_read_the_same_everywhere(value: object) -> None:
    assert is_missing(value)
    assert format_number(value, 1, "sv") == "uppgift saknas" == missing_text("sv")
    assert format_number(value, 1, "en", signed=True) == "no data" == missing_text("en")
    assert format_percent(value, 1, "sv") == "uppgift saknas"


def test_present_values_are_not_missing() -> None:
    assert not any(is_missing(v) for v in (0, 0.0, -1, "", "text", dt.date(2026, 1, 1)))
    assert empty_text() == "–"


def test_percentages() -> None:
    assert format_percent(37.04, 1, "sv", signed=True) == f"+37,0{NNBSP}%"
    assert format_percent(37.04, 1, "en", signed=True) == "+37.0%"
    assert format_percent(-1234.56, 1, "sv") == f"{MINUS}1{NNBSP}234,6{NNBSP}%"
    assert format_percent(12.5, 0, "en") == "13%"


def test_babel_no_break_spaces_are_normalised() -> None:
    """Babel groups Swedish thousands and spaces "%" with U+00A0; the app uses U+202F only."""
    numbers = [format_number(-1234567.891, 2, "sv"), format_percent(5000, 0, "sv")]
    assert numbers == [f"{MINUS}1{NNBSP}234{NNBSP}567,89", f"5{NNBSP}000{NNBSP}%"]
    assert "\u00a0" not in format_date(dt.date(2026, 12, 1), "sv")


@pytest.mark.parametrize(
    ("value", "language", "style", "expected"),
    [
        (dt.date(2026, 12, 1), "sv", "long", "1 december 2026"),
        (dt.date(2026, 12, 1), "en", "long", "1 December 2026"),
        ("2024-05-31", "sv", "long", "31 maj 2024"),
        (pd.Timestamp("2024-03-05 14:05:59"), "en", "long", "5 March 2024"),
        (dt.date(2026, 12, 1), "en", "iso", "2026-12-01"),
        (pd.Timestamp("2024-03-05 14:05:59"), "sv", "iso", "2024-03-05"),
        (dt.datetime(2024, 3, 5, 14, 5, 59), "sv", "iso_minutes", "2024-03-05 14:05"),
        (None, "sv", "long", "uppgift saknas"),
        (pd.NaT, "en", "iso", "no data"),
    ],
)
def test_dates(value: object, language: str, style: str, expected: str) -> None:
    assert format_date(value, language, style) == expected  # type: ignore[arg-type]


def test_table_cells_keep_their_numbers() -> None:
    table = pd.DataFrame({"Kommun": ["A", "B"], "Värde": [1234.56, math.nan]})
    styled = formatted_table(table, {"Värde": 1}, "sv")
    assert styled.data["Värde"].iloc[0] == 1234.56  # the data stay numbers for sorting
    shown = styled.to_string(delimiter=";").splitlines()
    assert shown[1:] == [f"0;A;1{NNBSP}234,6", "1;B;uppgift saknas"]


def test_vega_number_locale_matches_the_text() -> None:
    assert number_locale("sv") == {
        "decimal": ",",
        "thousands": NNBSP,
        "grouping": [3],
        "currency": ["", f"{NNBSP}kr"],
        "minus": MINUS,
    }
    assert number_locale("en")["decimal"] == "." and number_locale("en")["thousands"] == ","
    assert number_locale("en")["minus"] == "-"
    spec = {"mark": "bar", "config": {"font": "serif"}}
    assert localised(spec, "sv")["config"] == {
        "font": "serif",
        "locale": {"number": number_locale("sv")},
    }
    assert spec == {"mark": "bar", "config": {"font": "serif"}}  # not changed in place


# --- charts: axis numbers in the language of the chart --------------------------------------


def _bars(values: list[float]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "code": [f"0{i}" for i in range(len(values))],
            "name": [f"Kommun {i}" for i in range(len(values))],
            "shown": values,
            "shown_text": [str(v) for v in values],
            "colour": "#336699",
            "rank": range(1, len(values) + 1),
        }
    )


def _tick_labels(svg: bytes) -> list[str]:
    """The texts of the chart's axis labels (numbers only)."""
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg.decode("utf-8"))
    return [text for text in texts if re.fullmatch(r"[\d.,\u202f\u2212-]+", text)]


def _svg(values: list[float], language: str) -> bytes:
    chart = ranked_bar_chart(_bars(values), LABELS, None, None, language)
    spec = json.dumps(vega_lite_spec(chart, language), ensure_ascii=False)
    return chart_svg(static_spec(spec))


def test_swedish_chart_axis_has_decimal_commas() -> None:
    ticks = _tick_labels(_svg([0.35, 1.2, 1.75], "sv"))
    assert "0,2" in ticks and "1,6" in ticks, ticks
    assert not any("." in tick for tick in ticks)
    english = _tick_labels(_svg([0.35, 1.2, 1.75], "en"))
    assert "0.2" in english and not any("," in tick for tick in english)


def test_swedish_chart_axis_groups_thousands_with_the_narrow_space() -> None:
    ticks = _tick_labels(_svg([1500.0, 12000.0], "sv"))
    assert f"10{NNBSP}000" in ticks, ticks
    assert "10,000" in _tick_labels(_svg([1500.0, 12000.0], "en"))


def test_the_cached_page_spec_and_its_download_carry_the_locale() -> None:
    arguments = (_bars([0.35, 1.2, 1.75]), LABELS, None, None, "sv")
    spec = chart_spec(ranked_bar_chart, *arguments)
    assert spec["config"]["locale"]["number"] == number_locale("sv")
    ticks = _tick_labels(chart_svg(static_spec(inline_spec_json(spec))))
    assert "0,2" in ticks and not any("." in tick for tick in ticks)


def test_a_builder_call_names_its_language() -> None:
    frame = _bars([1.0])
    assert builder_language(ranked_bar_chart, (frame, LABELS, None, None, "en"), {}) == "en"
    assert builder_language(ranked_bar_chart, (frame, LABELS), {"language": "sv"}) == "sv"

    def no_language(frame: pd.DataFrame) -> None: ...

    with pytest.raises(TypeError, match="language"):
        builder_language(no_language, (frame,), {})
