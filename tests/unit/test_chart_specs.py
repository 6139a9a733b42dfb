"""Cached chart specs (ui/charts.py): built once per input, drawn with their data as Arrow,
rendered to files exactly as the chart itself."""

from __future__ import annotations

import json
import pickle

import duckdb
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from rus_data.charts.export import chart_json, chart_svg, inline_spec_json, static_spec
from rus_data.charts.narrow import fit_narrow
from rus_data.config import PROJECT_ROOT
from rus_data.trends.charts import indicator_series_chart, small_multiples_chart
from ui.charts import chart_spec, frame_key

SERIES = pd.DataFrame(
    {
        "region": ["Sverige"] * 3 + ["Skåne län"] * 3,
        "year": [2020, 2021, 2022] * 2,
        "value": [1.5, None, 3.0, 2.0, 2.5, 2.25],
        "index_value": [100.0, None, 200.0, 100.0, 125.0, 112.5],
    }
)
SPREAD = pd.DataFrame(
    {
        "year": [2020, 2021, 2022],
        **{f"value_{s}": [1.0, 1.5, 2.0] for s in ("min", "max", "q1", "q3", "median")},
        **{f"index_{s}": [100.0, 150.0, 200.0] for s in ("min", "max", "q1", "q3", "median")},
        "counties": [21, 21, 20],
    }
)
OPTIONS = {
    "title": "Åtgärder, 2020–2022",
    "subtitle": ["Antal", "Källa: Exempeldata – inte officiell statistik"],
    "unit": "antal",
    "decimals": 1,
    "language": "sv",
    "index_mode": False,
    "band": "minmax",
}


def _drawn(theme: str | None) -> None:
    """AppTest script: one chart drawn from its cached spec."""
    import streamlit as st

    from rus_data.trends.charts import indicator_series_chart
    from tests.unit.test_chart_specs import OPTIONS, SERIES, SPREAD
    from ui.charts import chart_spec

    spec = chart_spec(indicator_series_chart, SERIES, SPREAD, **OPTIONS)
    st.vega_lite_chart(spec, width="stretch", height=470, theme=theme)


@pytest.mark.parametrize("theme", ["streamlit", None])
def test_cached_spec_draws_a_chart_with_its_data_as_arrow(theme: str | None) -> None:
    app = AppTest.from_function(_drawn, args=(theme,), default_timeout=60).run()
    assert not app.exception, app.exception
    (element,) = app.get("vega_lite_chart")
    assert element.proto.theme == (theme or "")
    datasets = {d.name: d.data.data for d in element.proto.datasets}
    assert datasets and all(data.startswith(b"\xff\xff\xff\xff") for data in datasets.values())
    spec = json.loads(element.proto.spec)
    assert spec["title"]["text"] == "Åtgärder, 2020–2022"
    assert "datasets" not in spec  # the data travel as Arrow, not inside the spec


CALLS: list[str] = []


def counting_builder(*args: object, **kwargs: object) -> object:
    """``indicator_series_chart`` that notes each call (a builder of its own name)."""
    CALLS.append(str(kwargs["language"]))
    return indicator_series_chart(*args, **kwargs)


def test_same_inputs_build_the_chart_once() -> None:
    CALLS.clear()
    first = chart_spec(counting_builder, SERIES, SPREAD, **OPTIONS)
    again = chart_spec(counting_builder, SERIES.copy(), SPREAD.copy(), **OPTIONS)
    assert again == first and len(CALLS) == 1
    changed = SERIES.assign(value=SERIES["value"] * 2)
    chart_spec(counting_builder, changed, SPREAD, **OPTIONS)
    english = chart_spec(counting_builder, SERIES, SPREAD, **(OPTIONS | {"language": "en"}))
    assert CALLS == ["sv", "sv", "en"]
    assert english["title"] == first["title"]  # the title is the caller's; labels follow language
    x_titles = {layer["encoding"]["x"]["title"] for layer in first["layer"] + english["layer"]}
    assert x_titles == {"År", "Year"}


def test_a_fresh_query_result_and_its_cached_copy_share_a_key() -> None:
    """The chart cache's key must not depend on how a frame was made (a pickle digest did:
    a freshly queried frame and its unpickled cached copy differed, so every new view built
    its charts twice)."""
    connection = duckdb.connect()
    sql = "SELECT range AS year, range * 1.5 AS value, 'Skåne' AS region FROM range(2000, 2030)"
    fresh = connection.execute(sql).df()
    copy = pickle.loads(pickle.dumps(fresh))
    assert frame_key(fresh) == frame_key(copy) == frame_key(connection.execute(sql).df())
    assert frame_key(fresh) != frame_key(fresh.assign(value=fresh["value"] + 0.5))
    assert frame_key(fresh) != frame_key(fresh.rename(columns={"value": "other"}))
    assert frame_key(fresh) != frame_key(fresh.astype({"value": "float32"}))


def test_download_spec_draws_what_the_altair_json_draws() -> None:
    chart = indicator_series_chart(SERIES, SPREAD, **OPTIONS)
    cached = inline_spec_json(chart_spec(indicator_series_chart, SERIES, SPREAD, **OPTIONS))
    plain = json.loads(cached)
    rows = [row for data in plain["datasets"].values() for row in data]
    assert {"region": "Skåne län", "year": 2021, "y": 2.5} in rows
    assert {"year": 2022, "low": 2.0, "high": 2.0, "median": 2.0, "counties": 20} | {
        "band": "Länens spridning (min–max)"
    } in rows
    drawn = json.dumps(fit_narrow(json.loads(chart_json(chart, "sv"))))  # as the app fits it
    assert chart_svg(static_spec(cached)) == chart_svg(static_spec(drawn))


def test_facet_download_spec_draws_what_the_altair_json_draws() -> None:
    panels = pd.DataFrame(
        {
            "panel": ["AB Stockholms län"] * 2 + ["M Skåne län"] * 2,
            "year": [2020, 2021] * 2,
            "value": [1.0, 2.0, 3.0, None],
            "index_value": [100.0, 200.0, 100.0, None],
            "national_value": [2.0, 2.5] * 2,
            "national_index": [100.0, 125.0] * 2,
            "verdict_label": ["för få år"] * 4,
        }
    )
    options = {
        "title": "t",
        "subtitle": ["k"],
        "unit": "t",
        "decimals": 2,
        "language": "sv",
        "index_mode": False,
        "shared_y": True,
        "show_national": True,
    }
    chart = small_multiples_chart(panels, **options)
    cached = inline_spec_json(chart_spec(small_multiples_chart, panels, **options))
    drawn = json.dumps(fit_narrow(json.loads(chart_json(chart, "sv"))))  # as the app fits it
    assert chart_svg(static_spec(cached)) == chart_svg(static_spec(drawn))


def test_pages_draw_altair_charts_only_through_the_cache() -> None:
    sources = [*(PROJECT_ROOT / "pages").rglob("*.py"), *(PROJECT_ROOT / "ui").glob("*.py")]
    direct = [p.name for p in sources if "st.altair_chart(" in p.read_text(encoding="utf-8")]
    assert direct == [], "draw charts with st.vega_lite_chart(chart_spec(builder, ...))"
