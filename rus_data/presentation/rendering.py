"""Specs ready for rendering: a slide's spec with a fixed width and a white ground."""

from __future__ import annotations

import json

from rus_data.charts.export import static_spec


def renderable_spec(spec_json: str) -> str:
    """The spec as it is when it is already static (so a cached rendering is reused), else static.

    A spec that still has the page's ``"container"`` width, or no background, goes through
    :func:`rus_data.charts.export.static_spec` (which is idempotent).
    """
    spec = json.loads(spec_json)
    if spec.get("width") != "container" and "background" in spec:
        return spec_json
    return static_spec(spec_json)
