"""Cells for spreadsheets: text that Excel or LibreOffice would run as a formula made inert.

A CSV or Excel cell that begins with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage
return) is read as a formula, so a name from an import such as ``=HYPERLINK(…)`` would act
when the file is opened. Following OWASP's advice such text gets a leading apostrophe. Numbers
stay numbers: a numeric column is left alone, and so is text that is only a number
(``-2``, ``+1,5``), which a spreadsheet reads as that number and never as a formula.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?(?:[eE][+-]?\d+)?")


def _runs(text: str) -> bool:
    """Whether a spreadsheet would take ``text`` (after any apostrophes already in front of
    it) as a formula: so that the apostrophe :func:`original_cell` removes is always ours."""
    stripped = text.lstrip("'")
    return stripped.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(stripped)


def inert_cell(value: Any) -> Any:
    """``value`` with a leading apostrophe if it is text a spreadsheet would take as a formula;
    anything else (numbers, missing values, harmless text) as it is."""
    return "'" + value if isinstance(value, str) and _runs(value) else value


def original_cell(value: Any) -> Any:
    """The text :func:`inert_cell` was given, for a file that is read back in (a workshop
    round exported and imported again): its leading apostrophe removed."""
    if isinstance(value, str) and value.startswith("'") and _runs(value[1:]):
        return value[1:]
    return value


def _inert_column(column: pd.Series) -> pd.Series:
    if isinstance(column.dtype, pd.CategoricalDtype):  # as text: renamed categories may clash
        return column.astype(object).map(inert_cell, na_action="ignore")
    if pd.api.types.is_object_dtype(column.dtype) or pd.api.types.is_string_dtype(column.dtype):
        return column.map(inert_cell, na_action="ignore").astype(column.dtype)
    return column


def neutralise_formula(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` for a CSV or Excel file: every text cell and column name that a
    spreadsheet would run as a formula gets a leading apostrophe; numbers are untouched."""
    result = frame.copy()
    for position in range(result.shape[1]):
        result.isetitem(position, _inert_column(result.iloc[:, position]))
    result.columns = pd.Index([inert_cell(name) for name in result.columns])
    return result
