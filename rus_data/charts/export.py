"""Chart and table downloads: PNG and SVG through vl-convert, CSV from a frame.

vl-convert reads the number locale that every spec carries in ``config.locale``
(:func:`rus_data.charts.spec.localised`), so files show the numbers the page shows.

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
import vl_convert

from rus_data.charts.spec import localised


def chart_png(spec_json: str, scale: float = 2.0) -> bytes:
    """A Vega-Lite spec (JSON text) rendered as PNG."""
    return vl_convert.vegalite_to_png(spec_json, scale=scale)


def chart_svg(spec_json: str) -> bytes:
    """A Vega-Lite spec (JSON text) rendered as SVG."""
    return vl_convert.vegalite_to_svg(spec_json).encode("utf-8")


def frame_csv(frame: pd.DataFrame) -> bytes:
    """A frame as UTF-8 CSV with a byte-order mark, so spreadsheet programs read å, ä and ö."""
    return frame.to_csv(index=False).encode("utf-8-sig")


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
