"""Numbers, percentages, dates and missing values as people read them, in Swedish or English.

Built on Babel (CLDR), with three choices made once for the whole app:

* Swedish groups thousands with a narrow no-break space (U+202F) and writes the minus sign
  U+2212; Babel's no-break space (U+00A0) and hyphen-minus are replaced. English keeps
  Babel's comma and hyphen-minus: ``−12 345,7`` and ``-12,345.7``.
* Halves round away from zero on the number as written (2.675 → 2.68, −0.5 → −1), not on its
  binary value; zero never carries a sign, not even when ``signed``.
* A missing value reads :func:`missing_text` ("uppgift saknas" / "no data") wherever a person
  reads it: sentences, tooltips, legends and table cells. :func:`empty_text` ("–") marks a
  slot where nothing applies (no importer, no trend, no source), never a missing number.

:func:`number_locale` gives Vega the same separators, so chart axes agree with the tables.
"""

from __future__ import annotations

import copy
import datetime as dt
import math
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal
from functools import cache, partial
from typing import TYPE_CHECKING, Any, Literal

import pandas as pd
from babel import Locale
from babel.dates import format_date as babel_date
from babel.numbers import NumberPattern, parse_pattern

if TYPE_CHECKING:
    from pandas.io.formats.style import Styler

DateStyle = Literal["long", "iso", "iso_minutes"]

NARROW_SPACE = "\u202f"
MINUS = {"sv": "\u2212", "en": "-"}
_LOCALES = {"sv": "sv_SE", "en": "en_GB"}
_MISSING = {"sv": "uppgift saknas", "en": "no data"}
_CURRENCY = {"sv": ["", f"{NARROW_SPACE}kr"], "en": ["", f"{NARROW_SPACE}SEK"]}


def _language(language: str) -> str:
    return "en" if language == "en" else "sv"


@cache
def _locale(language: str) -> Locale:
    return Locale.parse(_LOCALES[_language(language)])


@cache
def _pattern(language: str, kind: Literal["decimal", "percent"], decimals: int) -> NumberPattern:
    """The locale's number or percent pattern with exactly ``decimals`` decimals."""
    locale = _locale(language)
    formats = locale.decimal_formats if kind == "decimal" else locale.percent_formats
    pattern = copy.copy(parse_pattern(formats[None].pattern))
    pattern.frac_prec = (decimals, decimals)
    return pattern


def _normalise(text: str, language: str) -> str:
    """Babel's output with the app's space character."""
    return text.replace("\u00a0", NARROW_SPACE) if _language(language) == "sv" else text


def is_missing(value: Any) -> bool:
    """True for None, NaN, NaT, pd.NA and infinities: values that cannot be shown."""
    if value is None:
        return True
    try:
        return bool(pd.isna(value)) or (isinstance(value, float) and math.isinf(value))
    except (TypeError, ValueError):
        return False


def missing_text(language: str) -> str:
    """The words for a missing value: "uppgift saknas" or "no data"."""
    return _MISSING[_language(language)]


def empty_text() -> str:
    """The mark for a slot where nothing applies (not a missing number): "–"."""
    return "–"


def _rounded(value: float, decimals: int) -> Decimal:
    """``value`` rounded to ``decimals`` decimals, halves away from zero as written."""
    exact = Decimal(str(float(value))) if not isinstance(value, int) else Decimal(value)
    return exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def _formatted(
    value: Any, decimals: int, language: str, signed: bool, kind: Literal["decimal", "percent"]
) -> str:
    if is_missing(value):
        return missing_text(language)
    language = _language(language)
    decimals = max(0, int(decimals))
    rounded = _rounded(value, decimals)
    magnitude = abs(rounded) / 100 if kind == "percent" else abs(rounded)  # Babel scales %
    text = _pattern(language, kind, decimals).apply(magnitude, _locale(language))
    text = _normalise(text, language)
    if rounded < 0:
        return MINUS[language] + text
    return f"+{text}" if signed and rounded > 0 else text


def format_number(value: Any, decimals: int, language: str, signed: bool = False) -> str:
    """``value`` with ``decimals`` decimals: ``−12 345,7`` in Swedish, ``-12,345.7`` in English.

    ``signed`` puts a ``+`` before positive numbers (changes, differences). Missing values
    give :func:`missing_text`.
    """
    return _formatted(value, decimals, language, signed, "decimal")


def format_percent(value: Any, decimals: int, language: str, signed: bool = False) -> str:
    """A value already in percent (37.0 for 37 %): ``37,0 %`` in Swedish, ``37.0%`` in English."""
    return _formatted(value, decimals, language, signed, "percent")


def formatted_table(table: pd.DataFrame, decimals: Mapping[str, int], language: str) -> Styler:
    """``table`` for ``st.dataframe``: the columns named in ``decimals`` (with their decimals)
    written as :func:`format_number` writes them. The cells keep their numbers, so the columns
    still sort as numbers; a CSV download takes ``table`` itself. Streamlit sends the text of
    every cell as well, so a large table (the map's 290 rows) costs about twice its size."""
    formats = {
        c: partial(format_number, decimals=d, language=language) for c, d in decimals.items()
    }
    return table.style.format(formats)


def format_date(value: Any, language: str, style: DateStyle = "long") -> str:
    """A date (or anything ``pd.Timestamp`` reads) for people.

    ``long``: "1 december 2026" / "1 December 2026". ``iso``: "2026-12-01" in both languages
    (the Swedish short form, and unambiguous in English), for source lines and tables;
    ``iso_minutes`` adds the time, "2026-12-01 14:05". Missing dates give :func:`missing_text`.
    """
    if is_missing(value):
        return missing_text(language)
    stamp = pd.Timestamp(value)
    if style == "iso":
        return stamp.date().isoformat()
    if style == "iso_minutes":
        return f"{stamp.date().isoformat()} {stamp:%H:%M}"
    day: dt.date = stamp.date()
    return _normalise(babel_date(day, format="long", locale=_locale(language)), language)


def number_locale(language: str) -> dict[str, Any]:
    """A d3-format locale (Vega's ``config.locale.number``) with this module's separators."""
    locale = _locale(language)
    return {
        "decimal": locale.number_symbols["latn"]["decimal"],
        "thousands": _normalise(locale.number_symbols["latn"]["group"], language),
        "grouping": [3],
        "currency": _CURRENCY[_language(language)],
        "minus": MINUS[_language(language)],
    }
