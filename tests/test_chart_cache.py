"""Cached chart specs (ui/chart_cache.py): same element as st.altair_chart, built once per input."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from rus_data.charts.export import chart_svg, inline_spec_json, static_spec
from rus_data.charts.trends import indicator_series_chart, small_multiples_chart
from rus_data.config import PROJECT_ROOT
from ui import chart_cache
from ui.chart_cache import chart_spec

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


def _both_ways(theme: str | None) -> None:
    """AppTest script: one chart through st.altair_chart, then through the cached spec."""
    import pandas as pd
    import streamlit as st

    from rus_data.charts.trends import indicator_series_chart
    from tests.test_chart_cache import OPTIONS, SERIES, SPREAD
    from ui.chart_cache import chart_spec

    del pd
    chart = indicator_series_chart(SERIES, SPREAD, **OPTIONS)
    st.altair_chart(chart, width="stretch", height=470, theme=theme)
    spec = chart_spec(indicator_series_chart, SERIES, SPREAD, **OPTIONS)
    st.vega_lite_chart(spec, width="stretch", height=470, theme=theme)


@pytest.mark.parametrize("theme", ["streamlit", None])
def test_cached_spec_draws_the_same_element_as_altair_chart(theme: str | None) -> None:
    app = AppTest.from_function(_both_ways, args=(theme,), default_timeout=60).run()
    assert not app.exception, app.exception
    direct, cached = app.get("vega_lite_chart")
    assert cached.proto == direct.proto
    assert cached.proto.theme == (theme or "")
    assert [d.name for d in cached.proto.datasets] and cached.proto.datasets[0].data.data
    assert json.loads(cached.proto.spec)["title"]["text"] == "Åtgärder, 2020–2022"


def test_same_inputs_build_the_chart_once(monkeypatch: pytest.MonkeyPatch) -> None:
    name = chart_cache._NAMES[indicator_series_chart]
    calls: list[str] = []

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(str(kwargs["language"]))
        return indicator_series_chart(*args, **kwargs)

    monkeypatch.setitem(chart_cache.CHART_BUILDERS, name, counting)
    chart_cache._cached_spec.clear()
    first = chart_spec(indicator_series_chart, SERIES, SPREAD, **OPTIONS)
    again = chart_spec(indicator_series_chart, SERIES.copy(), SPREAD.copy(), **OPTIONS)
    assert again == first and len(calls) == 1
    changed = SERIES.assign(value=SERIES["value"] * 2)
    chart_spec(indicator_series_chart, changed, SPREAD, **OPTIONS)
    english = chart_spec(indicator_series_chart, SERIES, SPREAD, **(OPTIONS | {"language": "en"}))
    assert calls == ["sv", "sv", "en"]
    assert english["title"] == first["title"]  # the title is the caller's; labels follow language
    x_titles = {layer["encoding"]["x"]["title"] for layer in first["layer"] + english["layer"]}
    assert x_titles == {"År", "Year"}
    chart_cache._cached_spec.clear()


def test_unregistered_builders_are_refused() -> None:
    with pytest.raises(ValueError, match="not a registered chart builder"):
        chart_spec(lambda: None)


def test_download_spec_draws_what_the_altair_json_draws() -> None:
    chart = indicator_series_chart(SERIES, SPREAD, **OPTIONS)
    cached = inline_spec_json(chart_spec(indicator_series_chart, SERIES, SPREAD, **OPTIONS))
    plain = json.loads(cached)
    rows = [row for data in plain["datasets"].values() for row in data]
    assert {"region": "Skåne län", "year": 2021, "y": 2.5} in rows
    assert {"year": 2022, "low": 2.0, "high": 2.0, "median": 2.0, "counties": 20} | {
        "band": "Länens spridning (min–max)"
    } in rows
    assert chart_svg(static_spec(cached)) == chart_svg(static_spec(chart.to_json()))


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
    assert chart_svg(static_spec(cached)) == chart_svg(static_spec(chart.to_json()))


def test_pages_draw_altair_charts_only_through_the_cache() -> None:
    sources = [*(PROJECT_ROOT / "pages").glob("*.py"), *(PROJECT_ROOT / "ui").glob("*.py")]
    direct = [p.name for p in sources if "st.altair_chart(" in p.read_text(encoding="utf-8")]
    assert direct == [], "draw charts with st.vega_lite_chart(chart_spec(builder, ...))"
