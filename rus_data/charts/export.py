"""Chart and table downloads: PNG and SVG through vl-convert, CSV from a frame.

The rendered bytes are cached per spec, so a second click on the same chart costs nothing.
"""

from __future__ import annotations

import json
from functools import lru_cache

import pandas as pd
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
