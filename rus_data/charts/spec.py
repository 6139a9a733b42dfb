"""An Altair chart as a Vega-Lite spec (a plain dict), built the same way everywhere.

Built without JSON-schema validation, which costs tens of milliseconds per chart: the tests
validate every chart the pages draw instead (``tests``: the served specs against the
Vega-Lite schema). The data go inline as records under ``datasets``; Altair's default theme
(a fixed 300 × 300 view) is left out, so a chart keeps the size its builder gives it.

Every spec carries the number locale of its language in ``config.locale`` (decimal comma and
narrow-space thousands in Swedish), which both the browser's Vega and vl-convert's PNG and
SVG honour, so axis and tooltip numbers read like the tables (:mod:`rus_data.text.formats`).
"""

from __future__ import annotations

import threading
from typing import Any

import altair as alt

from rus_data.text.formats import number_locale

# Altair's theme and data-transformer settings are process-wide: one conversion at a time.
ALTAIR_SETTINGS = threading.Lock()


def localised(spec: dict[str, Any], language: str) -> dict[str, Any]:
    """``spec`` (not changed) with ``language``'s number locale in its ``config``."""
    config = {**spec.get("config", {}), "locale": {"number": number_locale(language)}}
    return {**spec, "config": config}


def vega_lite_spec(chart: alt.TopLevelMixin, language: str) -> dict[str, Any]:
    """The Vega-Lite spec of ``chart``, with its data inline, no row limit and the numbers of
    ``language``."""
    with (
        ALTAIR_SETTINGS,
        alt.theme.enable("none"),
        alt.data_transformers.enable("default", max_rows=None),
    ):
        return localised(chart.to_dict(validate=False), language)
