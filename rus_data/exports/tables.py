"""A frame as an export shows it: headers in the file's language, codes as words (status,
trend, direction, level, yes/no), numbers rounded as the view shows them, and text that a
spreadsheet would run as a formula made inert (:mod:`rus_data.text.cells`)."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from rus_data.text import t
from rus_data.text.catalogue import catalogue
from rus_data.text.cells import inert_cell, neutralise_formula
from rus_data.text.status import STATUS_STYLES, TREND_STYLES, status_style
from rus_data.trends.analysis import VERDICT_STYLES

DEFAULT_DECIMALS = 1
# As the views show them: more decimals for the statistics, none for counts and ranks.
COLUMN_DECIMALS: dict[str, int] = {"slope_per_year": 2, "p_value": 3, "distance": 2}


def header(column: str, language: str) -> str:
    """The column's header in ``language``: a known column's name, any other as it is."""
    key = f"export_col_{column}"
    return t(key, language) if key in catalogue() else str(column)


def _words(column: str, value: object, language: str) -> object:
    """A code as words: a status, trend, direction, level or yes/no; anything else as is."""
    if not isinstance(value, str | bool) or pd.isna(value):
        return value
    if column == "status" and value in STATUS_STYLES:
        return status_style(value).label(language)
    if column == "trend" and value in TREND_STYLES:
        return TREND_STYLES[value].label(language)
    if column == "verdict" and value in VERDICT_STYLES:
        return VERDICT_STYLES[value].label(language)  # type: ignore[index]
    if column == "level" and value in ("riket", "lan", "kommun"):
        return t(f"export_level_{value}", language)
    if isinstance(value, bool):
        return t("export_yes" if value else "export_no", language)
    return value


def rounded_decimals(
    frame: pd.DataFrame, decimals: Mapping[str, int] | None = None
) -> dict[str, int]:
    """The decimals of each float column: ``decimals``, else :data:`COLUMN_DECIMALS`, else 1."""
    given = dict(decimals or {})
    return {
        str(name): given.get(str(name), COLUMN_DECIMALS.get(str(name), DEFAULT_DECIMALS))
        for name in frame.columns
        if pd.api.types.is_float_dtype(frame[name].dtype)
    }


def export_frame(
    frame: pd.DataFrame, language: str, decimals: Mapping[str, int] | None = None
) -> tuple[pd.DataFrame, dict[str, int]]:
    """The frame for a file and the decimals of its float columns (by the new headers).

    Headers and codes in ``language``, floats rounded, formula-like text made inert. A
    frame's index is dropped (the views never show it).
    """
    result = frame.reset_index(drop=True).copy()
    places = rounded_decimals(result, decimals)
    for name in result.columns:
        column = str(name)
        if column in places:
            result[name] = result[name].round(places[column])
        elif not pd.api.types.is_numeric_dtype(result[name].dtype) or pd.api.types.is_bool_dtype(
            result[name].dtype
        ):
            result[name] = [_words(column, value, language) for value in result[name].tolist()]
    headers = [header(str(name), language) for name in result.columns]
    result.columns = pd.Index(headers)
    result = neutralise_formula(result)
    by_header = {inert_cell(header(column, language)): count for column, count in places.items()}
    return result, by_header
