"""The shared look of the trends charts: colours, axis and tooltip words in both languages,
the title, and how a value axis reads with absolute values or as an index."""

from __future__ import annotations

from dataclasses import dataclass

import altair as alt

from rus_data.trends.analysis import VERDICT_ORDER, VERDICT_STYLES

# Okabe–Ito: the chosen area in blue, Sweden in black, added areas in the remaining hues.
SERIES_COLOURS = ("#0072B2", "#000000", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9")
BAND_COLOUR = "#BFBFBF"
TARGET_COLOUR = "#333333"

_LABELS = {
    "sv": {
        "year": "År",
        "area": "Område",
        "value": "Värde",
        "index": "Index (första året = 100)",
        "band_minmax": "Länens spridning (min–max)",
        "band_iqr": "Länens spridning (kvartilavstånd)",
        "low": "Lägst",
        "high": "Högst",
        "median": "Median för länen",
        "counties": "Antal län",
        "target": "Mål",
        "path": "Rak väg mot målet",
        "pace": "Nuvarande takt",
        "line": "Linje",
        "indicators": "Antal indikatorer",
        "verdict": "Bedömning",
        "objective": "Miljömål",
        "county": "Län",
        "status": "Status",
        "trend": "Trend",
        "changed": "Ändrad sedan året innan",
        "before": "Året innan",
        "yes": "ja",
        "no": "nej",
        "changes": "Ändrade",
        "sweden": "Sverige",
    },
    "en": {
        "year": "Year",
        "area": "Area",
        "value": "Value",
        "index": "Index (first year = 100)",
        "band_minmax": "Spread of counties (min–max)",
        "band_iqr": "Spread of counties (interquartile range)",
        "low": "Lowest",
        "high": "Highest",
        "median": "County median",
        "counties": "Counties",
        "target": "Target",
        "path": "Straight path to target",
        "pace": "Current pace",
        "line": "Line",
        "indicators": "Indicators",
        "verdict": "Verdict",
        "objective": "Objective",
        "county": "County",
        "status": "Status",
        "trend": "Trend",
        "changed": "Changed since the year before",
        "before": "Year before",
        "yes": "yes",
        "no": "no",
        "changes": "Changed",
        "sweden": "Sweden",
    },
}


# Fill the page's width but keep the plot's own height: titles and legends add to it.
FIT_WIDTH = alt.AutoSizeParams(type="fit-x", contains="padding")


def chart_labels(language: str) -> dict[str, str]:
    """The charts' axis, legend and tooltip words in ``language``."""
    return _LABELS["en" if language == "en" else "sv"]


def chart_title(text: str, subtitle: list[str]) -> alt.Title:
    """A left-aligned title with grey subtitle lines."""
    return alt.Title(text, subtitle=subtitle, anchor="start", subtitleColor="#444444")


@dataclass(frozen=True)
class ValueAxis:
    """What a chart of absolute values or of the index plots, and how its numbers read."""

    column: str  # the series column: ``value`` or ``index_value``
    number: str  # the d3 number format of axis and tooltips
    title: str  # the unit, or what the index means


def value_axis(index_mode: bool, unit: str, decimals: int, language: str) -> ValueAxis:
    """The index (first year = 100, one decimal) or the values in ``unit`` with ``decimals``."""
    if index_mode:
        return ValueAxis("index_value", ".1f", chart_labels(language)["index"])
    return ValueAxis("value", f",.{max(decimals, 0)}f", unit)


def verdict_scale(language: str) -> alt.Scale:
    """Verdict labels, in their fixed order, to the verdict colours."""
    return alt.Scale(
        domain=[VERDICT_STYLES[v].label(language) for v in VERDICT_ORDER],
        range=[VERDICT_STYLES[v].colour for v in VERDICT_ORDER],
    )
