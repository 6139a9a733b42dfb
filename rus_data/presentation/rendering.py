"""Rendering the charts of a deck or report: specs made static, each distinct spec rendered once.

Rendering is one at a time: two threads were measured on the shared two-core machine and gained
nothing measurable for a 30-chart deck.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

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


def render_all(render: Callable[[str], bytes], specs: Iterable[str]) -> dict[str, bytes]:
    """Each distinct spec rendered once with ``render`` (such as ``chart_png``), by spec text."""
    return {spec: render(spec) for spec in dict.fromkeys(specs)}
