"""The trends page's statistics as tables a reader can use: plain words first, and the
technical figures (years, slope, p-value, relative size) for the "Metod" expander."""

from __future__ import annotations

import pandas as pd

from rus_data.text.formats import format_number, format_percent, missing_text
from rus_data.text.units import is_share


def _period(row: pd.Series, missing: str) -> str:
    if pd.isna(row["first_year"]):
        return missing
    return f"{int(row['first_year'])}–{int(row['last_year'])}"


def display_statistics(
    stats: pd.DataFrame, decimals: int, language: str, unit: str = ""
) -> pd.DataFrame:
    """The plain table of :func:`rus_data.trends.analysis.series_statistics`.

    Columns ``area, verdict, development, change`` and, unless the indicator is a share in
    percent (whose change is in percentage points), ``change_percent``; the page names them
    in its language. Missing values are spelled out.
    """
    missing = missing_text(language)
    sentences = stats["sentence"] if "sentence" in stats else [missing] * len(stats)
    table = pd.DataFrame(
        {
            "area": stats["region"],
            "verdict": [
                text if n > 0 else missing
                for text, n in zip(stats["verdict_text"], stats["n"], strict=True)
            ],
            "development": [
                text if n > 0 else missing for text, n in zip(sentences, stats["n"], strict=True)
            ],
            "change": [format_number(v, decimals, language, True) for v in stats["change"]],
            "change_percent": [
                format_percent(v, 1, language, True) for v in stats["change_percent"]
            ],
        }
    )
    return table.drop(columns="change_percent") if is_share(unit) else table


def method_statistics(stats: pd.DataFrame, decimals: int, language: str) -> pd.DataFrame:
    """The technical figures behind each verdict: ``area, n, period, slope_per_year,
    slope_per_decade, p_value, relative_change, base_year`` as text."""
    missing = missing_text(language)

    def p_text(value: float) -> str:
        if not pd.isna(value) and value < 0.001:
            return f"< {format_number(0.001, 3, language)}"
        return format_number(value, 3, language)

    def signed(value: float, places: int) -> str:
        return format_number(value, places, language, signed=True)

    relative = (
        stats["relative_change"] if "relative_change" in stats else [float("nan")] * len(stats)
    )
    return pd.DataFrame(
        {
            "area": stats["region"],
            "n": stats["n"].astype(int),
            "period": [_period(row, missing) for _, row in stats.iterrows()],
            "slope_per_year": [signed(v, decimals + 1) for v in stats["slope_per_year"]],
            "slope_per_decade": [signed(v, decimals) for v in stats["slope_per_decade"]],
            "p_value": [p_text(v) for v in stats["p_value"]],
            "relative_change": [
                missing if pd.isna(v) or v == float("inf") else format_percent(v * 100, 1, language)
                for v in relative
            ],
            "base_year": [missing if pd.isna(v) else str(int(v)) for v in stats["base_year"]],
        }
    )
