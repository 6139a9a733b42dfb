"""Chart specs that fit a phone (390 px wide) as well as a desktop.

A Vega title or legend wider than its chart is cut with "…", and Vega sets bottom legends side
by side in one row. At a phone's width that cut the titles of most charts and the second
legend of the trend charts. :func:`fit_narrow` changes a finished Vega-Lite spec so that
nothing needs more width than a phone gives: a long title and long subtitle lines are wrapped
to lines (Vega draws a list of strings as lines), only one legend stays below the plot (the
others go above it), and a legend whose labels would not fit in one row lists its entries in
one column. All of it is plain Vega-Lite (the spec stays valid against its JSON schema).
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


def _bottom_legends(node: Any, found: list[tuple[int, dict[str, Any]]]) -> None:
    """Collect ``(entries, definition)`` of every channel with a bottom legend."""
    if isinstance(node, list):
        for item in node:
            _bottom_legends(item, found)
    elif isinstance(node, dict):
        legend = node.get("legend")
        if isinstance(legend, dict) and legend.get("orient") == "bottom":
            domain = (node.get("scale") or {}).get("domain")
            found.append((len(domain) if isinstance(domain, list) else 0, node))
        for key, value in node.items():
            if key not in _NOT_WALKED:
                _bottom_legends(value, found)


def _one_legend_below(spec: dict[str, Any]) -> None:
    """Vega sets bottom legends side by side, which no phone holds: the one with the most
    entries stays below the plot, the others go above it (under the title)."""
    found: list[tuple[int, dict[str, Any]]] = []
    _bottom_legends(spec, found)
    if len(found) < 2:
        return
    keeper = max(range(len(found)), key=lambda n: (found[n][0], -n))
    for number, (_entries, definition) in enumerate(found):
        if number != keeper:
            definition["legend"] = {**definition["legend"], "orient": "top"}


def fit_narrow(spec: dict[str, Any]) -> dict[str, Any]:
    """``spec`` (not changed) with wrapped titles, one bottom legend and one-column legends
    where a row would be wider than a phone."""
    fitted = _fit_legends(spec)  # a copy of the structure: safe to change below
    _one_legend_below(fitted)
    if "title" in fitted:
        fitted["title"] = _fit_title(fitted["title"])
    return fitted
