"""Chart and table downloads: PNG and SVG through vl-convert, CSV from a frame.

The rendered bytes are cached per spec, so a second click on the same chart costs nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from typing import Any

import pandas as pd
import pyarrow as pa
import vl_convert


@lru_cache(maxsize=32)
def chart_png(spec_json: str, scale: float = 2.0) -> bytes:
    """A Vega-Lite spec (JSON text) rendered as PNG."""
    return vl_convert.vegalite_to_png(spec_json, scale=scale)


@lru_cache(maxsize=32)
def chart_svg(spec_json: str) -> bytes:
    """A Vega-Lite spec (JSON text) rendered as SVG."""
    return vl_convert.vegalite_to_svg(spec_json).encode("utf-8")


def frame_csv(frame: pd.DataFrame) -> bytes:
    """A frame as UTF-8 CSV with a byte-order mark, so spreadsheet programs read å, ä and ö."""
    return frame.to_csv(index=False).encode("utf-8-sig")


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
