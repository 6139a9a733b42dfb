"""Chart and table downloads: PNG and SVG through vl-convert, CSV from a frame.

vl-convert reads the number locale that every spec carries in ``config.locale``
(:func:`rus_data.charts.spec.localised`), so files show the numbers the page shows. It draws
in a worker process with limits on time and memory and never loads a URL
(:mod:`rus_data.charts.render_worker`); a chart that cannot be drawn raises
:class:`~rus_data.charts.render_worker.ChartRenderError`.

The app caches the rendered bytes per spec (``ui.cached``); decks render each distinct chart once
(``rus_data.presentation.rendering``).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import altair as alt
import pandas as pd
import pyarrow as pa

from rus_data.charts.render_worker import render
from rus_data.charts.spec import localised
from rus_data.text.cells import neutralise_formula


def chart_png(spec_json: str, scale: float = 2.0) -> bytes:
    """A Vega-Lite spec (JSON text) rendered as PNG, in the render worker."""
    return render("png", spec_json, scale)


def chart_svg(spec_json: str) -> bytes:
    """A Vega-Lite spec (JSON text) rendered as SVG, in the render worker."""
    return render("svg", spec_json)


def frame_csv(frame: pd.DataFrame) -> bytes:
    """A frame as UTF-8 CSV with a byte-order mark, so spreadsheet programs read å, ä and ö;
    text that a spreadsheet would run as a formula is made inert (``rus_data.text.cells``)."""
    return neutralise_formula(frame).to_csv(index=False).encode("utf-8-sig")


def chart_json(chart: alt.TopLevelMixin, language: str) -> str:
    """``chart.to_json()`` (Altair's theme, schema-checked) with the numbers of ``language``,
    for charts drawn only to files (the static map, the annual deck)."""
    return json.dumps(localised(chart.to_dict(), language), ensure_ascii=False)


def static_spec(spec_json: str, width: int = 860) -> str:
    """The spec for a file: a fixed width instead of the page's container width, white ground."""
    spec = json.loads(spec_json)
    if spec.get("width") == "container":
        spec["width"] = width
    spec.setdefault("background", "white")
    return json.dumps(spec, ensure_ascii=False)


def _json_value(value: object) -> object:
    """Dates and times as ISO text (the form Altair gives them); anything else as text."""
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _records(arrow_ipc: bytes) -> list[dict[str, Any]]:
    """The rows of an Arrow IPC stream, without the columns that only hold a pandas index."""
    table = pa.ipc.open_stream(arrow_ipc).read_all()
    index = (table.schema.pandas_metadata or {}).get("index_columns", [])
    return table.drop_columns([c for c in index if isinstance(c, str)]).to_pylist()


def inline_spec_json(spec: dict[str, Any]) -> str:
    """A spec whose datasets are Arrow IPC bytes (as Streamlit sends them) as plain JSON text.

    Each Arrow dataset becomes a list of records, so vl-convert and other Vega-Lite tools can
    read the spec; missing values become ``null`` and a frame's index is left out.
    """
    datasets = {
        name: _records(data) if isinstance(data, bytes) else data
        for name, data in spec.get("datasets", {}).items()
    }
    plain = {**spec, "datasets": datasets} if datasets else spec
    return json.dumps(plain, ensure_ascii=False, default=_json_value)
