"""Chart specs with their data straight from the frames to Arrow (ui/charts.arrow_spec): the
same spec and the same rows as Altair's own conversion through records."""

from __future__ import annotations

import json
import math
from typing import Any

import pyarrow as pa

from rus_data.charts.spec import vega_lite_spec
from rus_data.trends.charts import indicator_series_chart
from tests.unit.test_chart_specs import OPTIONS, SERIES, SPREAD
from ui.charts import arrow_spec


def _rows(data: Any) -> list[dict[str, Any]]:
    """A dataset's rows (Arrow bytes or records), missing numbers as None."""
    rows = pa.ipc.open_stream(data).read_all().to_pylist() if isinstance(data, bytes) else data
    return [
        {k: None if isinstance(v, float) and math.isnan(v) else v for k, v in row.items()}
        for row in rows
    ]


def _comparable(spec: dict[str, Any]) -> tuple[str, list[list[dict[str, Any]]]]:
    """The spec with its dataset names replaced by their order of use, and the datasets'
    rows in that order."""
    datasets = spec.get("datasets", {})
    body = json.dumps({k: v for k, v in spec.items() if k != "datasets"}, sort_keys=True)
    order = sorted(datasets, key=body.index)
    for number, name in enumerate(order):
        body = body.replace(name, f"dataset-{number}")
    return body, [_rows(datasets[name]) for name in order]


def test_arrow_spec_equals_altairs_conversion() -> None:
    charts = [
        (indicator_series_chart(SERIES, SPREAD, **OPTIONS), "sv"),
        (
            indicator_series_chart(SERIES, SPREAD.iloc[0:0], **(OPTIONS | {"index_mode": True})),
            "sv",
        ),
        (indicator_series_chart(SERIES, SPREAD, **(OPTIONS | {"language": "en"})), "en"),
    ]
    for chart, language in charts:
        expected = vega_lite_spec(chart, language)
        got = arrow_spec(chart, language)
        assert all(isinstance(v, bytes) or v == [] for v in got["datasets"].values())
        assert _comparable(got) == _comparable(expected)
