"""Chart specs that fit a phone (390 px wide) as well as a desktop.

A Vega title or legend wider than its chart is cut with "…", and Vega sets bottom legends side
by side in one row. At a phone's width that cut the titles of most charts and the second
legend of the trend charts. :func:`fit_narrow` changes a finished Vega-Lite spec so that
nothing needs more width than a phone gives: a long title and long subtitle lines are wrapped
to lines (Vega draws a list of strings as lines), bottom legends stack one above the other,
and a legend whose labels would not fit in one row lists its entries in one column.
The numbers are measured at 390 px: a chart there is about 340 px wide, which holds about
42 characters of a 13 px bold title and about 58 of an 11 px subtitle or legend row.
"""

from __future__ import annotations

import textwrap
from typing import Any

TITLE_CHARACTERS = 42
SUBTITLE_CHARACTERS = 58
LEGEND_ROW_CHARACTERS = 44  # labels plus about four characters of symbol and gap each
_NOT_WALKED = frozenset({"datasets", "data"})  # rows, not chart structure
_STACKED_LEGENDS = {"layout": {"bottom": {"direction": "vertical", "anchor": "start"}}}


def wrapped(text: Any, characters: int) -> Any:
    """``text`` (a string or a list of lines) as lines of at most ``characters`` characters
    where words allow; a string that fits stays a string, anything else is left as it is."""
    lines = [text] if isinstance(text, str) else text
    if not isinstance(lines, list) or not all(isinstance(line, str) for line in lines):
        return text
    out = [part for line in lines for part in (textwrap.wrap(line, characters) or [""])]
    if isinstance(text, str) and len(out) == 1:
        return text
    return out


def _fit_title(title: Any) -> Any:
    if isinstance(title, str):
        return wrapped(title, TITLE_CHARACTERS)
    if not isinstance(title, dict):
        return title
    fitted = dict(title)
    if "text" in fitted:
        fitted["text"] = wrapped(fitted["text"], TITLE_CHARACTERS)
    if "subtitle" in fitted:
        fitted["subtitle"] = wrapped(fitted["subtitle"], SUBTITLE_CHARACTERS)
    return fitted


def _row_characters(definition: dict[str, Any]) -> int | None:
    """Characters a one-row legend of this channel needs, from its scale's domain (None when
    the domain is not written in the spec)."""
    domain = (definition.get("scale") or {}).get("domain")
    if not isinstance(domain, list) or not all(isinstance(v, str) for v in domain):
        return None
    return sum(len(value) + 4 for value in domain)


def _fit_legends(node: Any) -> Any:
    if isinstance(node, list):
        return [_fit_legends(item) for item in node]
    if not isinstance(node, dict):
        return node
    fitted = {
        key: value if key in _NOT_WALKED else _fit_legends(value) for key, value in node.items()
    }
    legend = fitted.get("legend")
    if isinstance(legend, dict) and legend.get("orient", "right") in ("bottom", "top"):
        needed = _row_characters(fitted)
        if "columns" not in legend and needed is not None and needed > LEGEND_ROW_CHARACTERS:
            fitted["legend"] = {**legend, "columns": 1, "direction": "vertical"}
    return fitted


def fit_narrow(spec: dict[str, Any]) -> dict[str, Any]:
    """``spec`` (not changed) with wrapped titles, stacked bottom legends and one-column
    legends where a row would be wider than a phone."""
    fitted = _fit_legends(spec)
    if "title" in fitted:
        fitted["title"] = _fit_title(fitted["title"])
    config = fitted.get("config", {})
    legend_config = {**_STACKED_LEGENDS, **config.get("legend", {})}
    fitted["config"] = {**config, "legend": legend_config}
    return fitted
