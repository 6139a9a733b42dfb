"""Rendering the charts of a deck or report: specs made static, each distinct spec rendered once.

Rendering is one at a time, in the render worker (:mod:`rus_data.charts.render_worker`): two
threads were measured on the shared two-core machine and gained nothing measurable for a
30-chart deck. A chart that cannot be drawn does not stop the deck: its slide says so.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

from rus_data.charts.export import static_spec
from rus_data.charts.render_worker import ChartRenderError


def _slide_title(title: object, source_line: str) -> object | None:
    """The chart's own title for a slide: the slide already shows the title and the source line,
    so only the subtitle's other lines stay, set as plain text; None when nothing is left."""
    if not isinstance(title, dict):
        return None
    subtitle = title.get("subtitle", [])
    lines = [subtitle] if isinstance(subtitle, str) else list(subtitle)
    kept = [line for line in lines if str(line).strip() != source_line.strip()]
    if not kept:
        return None
    return {
        key: value
        for key, value in {
            **title,
            "text": kept,
            "fontSize": title.get("subtitleFontSize", 12),
            "fontWeight": "normal",
            "color": title.get("subtitleColor", "#333333"),
        }.items()
        if key not in ("subtitle", "subtitleFontSize", "subtitleColor")
    }


def renderable_spec(spec_json: str, source_line: str = "") -> str:
    """The spec as a slide or report shows it: static, and without what the slide says itself.

    A spec that still has the page's ``"container"`` width, or no background, goes through
    :func:`rus_data.charts.export.static_spec` (which is idempotent). With ``source_line`` (the
    slide's), the chart's own title is dropped and its subtitle loses that line, so the title
    and source are not printed twice; the subtitle's explanations stay. Without it the spec
    is left as it is, so a cached rendering is reused.
    """
    spec = json.loads(spec_json)
    static = spec.get("width") != "container" and "background" in spec
    if not source_line:
        return spec_json if static else static_spec(spec_json)
    if not static:
        spec = json.loads(static_spec(spec_json))
    title = _slide_title(spec.pop("title", None), source_line)
    if title is not None:
        spec["title"] = title
    return json.dumps(spec, ensure_ascii=False)


def render_all(
    render: Callable[[str], bytes], specs: Iterable[str]
) -> dict[str, bytes | ChartRenderError]:
    """Each distinct spec rendered once with ``render`` (such as ``chart_png``), by spec text;
    a chart that could not be drawn maps to its :class:`ChartRenderError`."""
    drawn: dict[str, bytes | ChartRenderError] = {}
    for spec in dict.fromkeys(specs):
        try:
            drawn[spec] = render(spec)
        except ChartRenderError as error:
            drawn[spec] = error
    return drawn
