"""Charts fit a phone: long titles wrap, wide legends list their entries in one column, bottom
legends stack (rus_data.charts.narrow), and the basket policy still takes the result."""

from __future__ import annotations

import json

import pandas as pd

from rus_data.charts.narrow import (
    SUBTITLE_CHARACTERS,
    TITLE_CHARACTERS,
    fit_narrow,
    wrapped,
)
from rus_data.charts.spec import vega_lite_spec
from rus_data.charts.spec_policy import check_spec
from rus_data.peers.charts import time_chart

LONG = "Utsläpp av växthusgaser per invånare: Stockholm och jämförelsegruppen"


def test_a_long_title_wraps_at_word_boundaries_and_a_short_one_stays() -> None:
    lines = wrapped(LONG, TITLE_CHARACTERS)
    assert isinstance(lines, list) and len(lines) == 2
    assert all(len(line) <= TITLE_CHARACTERS for line in lines)
    assert " ".join(lines) == LONG
    assert wrapped("Frisk luft", TITLE_CHARACTERS) == "Frisk luft"
    assert wrapped(["kort", LONG], SUBTITLE_CHARACTERS)[0] == "kort"


def test_a_wide_bottom_legend_gets_one_column_and_a_narrow_one_keeps_its_row() -> None:
    def legend(domain: list[str]) -> dict:
        return {"field": "s", "type": "nominal", "scale": {"domain": domain},
                "legend": {"orient": "bottom"}}  # fmt: skip

    spec = {
        "title": {"text": LONG, "subtitle": ["Källa: " + "x" * 70]},
        "layer": [
            {"encoding": {"color": legend(["går åt rätt håll", "går åt fel håll", "oklart"])}},
            {"encoding": {"color": legend(["A", "B"])}},
        ],
    }
    fitted = fit_narrow(spec)
    wide, narrow = (layer["encoding"]["color"]["legend"] for layer in fitted["layer"])
    assert wide == {"orient": "bottom", "columns": 1, "direction": "vertical"}
    assert isinstance(fitted["title"]["text"], list)
    assert all(len(line) <= SUBTITLE_CHARACTERS for line in fitted["title"]["subtitle"])
    assert narrow == {"orient": "top"}  # one legend below the plot: the one with more entries
    assert spec["title"]["text"] == LONG  # the input is not changed


def test_a_fitted_app_chart_passes_the_basket_policy() -> None:
    band = pd.DataFrame(
        {
            "year": [2020, 2021],
            "value": [1.0, 2.0],
            "peer_median": [1.5, 1.5],
            "peer_p25": [1.0, 1.0],
            "peer_p75": [2.0, 2.0],
            "peer_count": [5, 5],
        }
    )
    chart = time_chart(band, "Stockholm", "Utsläpp av växthusgaser per invånare", "t", "sv",
                       ["Jämförelsegrupp: Stockholms län (26)"])  # fmt: skip
    spec = fit_narrow(vega_lite_spec(chart, "sv"))
    check_spec(json.dumps(spec))  # raises on anything the policy refuses
    assert isinstance(spec["title"]["text"], list)
