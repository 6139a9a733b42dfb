"""A verdict in words a reader can check: direction and size per year since the first year,
and how strong the evidence is ("ökar med 1,2 procentenheter per år sedan 2012; tydlig trend")."""

from __future__ import annotations

import math

from rus_data.text.catalogue import t
from rus_data.text.formats import format_number, format_percent
from rus_data.text.units import change_unit
from rus_data.trends.stats import ALPHA, MIN_POINTS, RELEVANT_SHARE, TrendResult


def development_text(slope: float, first_year: int, unit: str, decimals: int, language: str) -> str:
    """The pace in words: "ökar med 1,2 procentenheter per år sedan 2012"."""
    amount = format_number(abs(slope), decimals + 1, language)
    zero = format_number(0.0, decimals + 1, language)
    if math.isnan(slope) or amount == zero:
        return t("trend_level", language, year=first_year)
    key = "trend_rises" if slope > 0 else "trend_falls"
    return t(key, language, amount=amount, unit=change_unit(unit, language), year=first_year)


def strength_text(result: TrendResult, language: str) -> str:
    """How far the direction can be trusted: clear, too small, uncertain or too few values."""
    if result.n < MIN_POINTS:
        return t("trend_too_few", language, n=result.n, min_points=MIN_POINTS)
    if result.verdict in ("right", "wrong"):
        return t("trend_clear", language)
    if result.supported and result.slope_per_year != 0:
        return t("trend_small", language)
    return t("trend_uncertain", language)


def verdict_sentence(
    result: TrendResult, first_year: int | None, unit: str, decimals: int, language: str
) -> str:
    """Direction, size and strength: "ökar med 1,2 procentenheter per år sedan 2012; tydlig
    trend" (only the strength when there are too few values to speak of a pace)."""
    if result.n < MIN_POINTS or first_year is None:
        return strength_text(result, language)
    pace = development_text(result.slope_per_year, first_year, unit, decimals, language)
    return f"{pace}; {strength_text(result, language)}"


def rule_text(language: str) -> str:
    """The verdict rule as stated on the page."""
    return t(
        "trend_rule",
        language,
        alpha=format_number(ALPHA, 2, language),
        share=format_percent(RELEVANT_SHARE * 100, 0, language),
        min_points=MIN_POINTS,
    )
