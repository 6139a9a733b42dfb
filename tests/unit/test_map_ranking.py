"""The ranking beside the map: never more bars than fit with their labels, the best and
worst ten, the chosen municipality and Sweden, and the lightest class visible on white."""

from __future__ import annotations

import json
import re

import pandas as pd

from rus_data.charts.export import chart_svg, static_spec
from rus_data.charts.spec import vega_lite_spec
from rus_data.map.charts import BAR_OUTLINE, ranked_bar_chart
from rus_data.map.ranking import ENDS, MAX_BARS, bars_to_show
from tests.support.charts import RANKING_LABELS as LABELS


def _regions(count: int) -> pd.DataFrame:
    """``count`` regions, best first: R001 (value count) … down to 1."""
    values = [float(count - i) for i in range(count)]
    return pd.DataFrame(
        {
            "code": [f"{i:04d}" for i in range(count)],
            "name": [f"R{i + 1:03d}" for i in range(count)],
            "shown": values,
            "shown_text": [str(v) for v in values],
            "colour": "#FFFFCC",  # the lightest class
            "rank": range(1, count + 1),
        }
    )


def _names(spec: dict) -> list[str]:
    rows = next(iter(spec["datasets"].values()))
    return [row["name"] for row in rows]


def test_the_counties_all_get_a_bar() -> None:
    shown = bars_to_show(_regions(21), None, "sv")
    assert list(shown["name"]) == [f"R{i:03d}" for i in range(1, 22)]


def test_municipalities_show_the_ends_the_chosen_and_a_gap() -> None:
    shown = bars_to_show(_regions(290), "R150", "sv")
    names = list(shown["name"])
    assert names[:ENDS] == [f"R{i:03d}" for i in range(1, 11)]
    assert names[-ENDS:] == [f"R{i:03d}" for i in range(281, 291)]
    assert names[ENDS:-ENDS] == [
        "⋯ 139 till – hela listan i tabellen",
        "R150",
        "⋯ 130 till – hela listan i tabellen",
    ]
    assert int(shown.loc[shown["name"] == "R150", "rank"].iloc[0]) == 150
    english = bars_to_show(_regions(290), None, "en")
    assert len(english) == 2 * ENDS + 1
    assert english["name"].iloc[ENDS] == "⋯ 270 more – the full list is in the table"


def test_the_chart_never_has_more_bars_than_fit_and_every_one_is_labelled() -> None:
    frame = _regions(290)
    chart = ranked_bar_chart(frame, LABELS, 150.0, "0149", "sv")
    spec = vega_lite_spec(chart, "sv")
    names = _names(spec)
    assert len(names) <= MAX_BARS and "R150" in names
    svg = chart_svg(static_spec(json.dumps(spec, ensure_ascii=False))).decode("utf-8")
    labels = set(re.findall(r"<text[^>]*>([^<]*)</text>", svg))
    assert set(names) <= labels, set(names) - labels  # no name dropped for lack of room
    assert "Sverige" in labels  # Sweden's line is named


def test_the_lightest_class_has_an_outline_and_the_chosen_a_black_one() -> None:
    spec = vega_lite_spec(ranked_bar_chart(_regions(21), LABELS, None, "0003", "sv"), "sv")
    layer = spec.get("layer", [spec])[0]
    stroke = layer["encoding"]["stroke"]
    assert stroke["value"] == BAR_OUTLINE and stroke["condition"]["value"] == "black"
    assert layer["encoding"]["strokeWidth"]["value"] > 0
