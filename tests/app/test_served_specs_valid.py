"""Every chart spec the pages send is valid Vega-Lite: the app builds its specs without
Altair's schema validation (it cost tens of milliseconds per chart at serving time, issue 17),
so this test validates them instead, against the Vega-Lite JSON schema that Altair ships, after
every change the app makes to them (:mod:`rus_data.charts.narrow` included)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from altair.vegalite.v6.schema.core import load_schema

from tests.app.apptest import open_page

VALIDATOR = jsonschema.Draft7Validator(load_schema())
VIEWS = [
    ("pages/overview/page.py", {"region": "14"}),
    ("pages/map/page.py", {}),
    ("pages/map/page.py", {"map_ind": "ghg_emissions_per_capita", "map_show": "change_pct"}),
    ("pages/trends/page.py", {"region": "14", "tr_obj": "2", "tr_mode": "idx"}),
    ("pages/peers/page.py", {"lang": "en"}),
    ("pages/peers/page.py", {"peer_mode": "similar"}),
    ("pages/conflicts/page.py", {}),
]


@pytest.mark.parametrize(("page", "query"), VIEWS)
def test_every_drawn_chart_is_valid_vega_lite(
    demo_db_path: Path, page: str, query: dict[str, str]
) -> None:
    app = open_page(page, **query)
    specs = [json.loads(chart.proto.spec) for chart in app.get("vega_lite_chart")]
    assert specs, "the view draws at least one chart"
    for spec in specs:
        errors = [
            f"{list(e.absolute_path)}: {e.message[:160]}" for e in VALIDATOR.iter_errors(spec)
        ]
        assert errors == [], (spec.get("title"), errors[:3])
