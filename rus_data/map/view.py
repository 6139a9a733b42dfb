"""What the map page shows: values joined to regions, classified, ranked and labelled.

Pure functions on frames from :mod:`rus_data.map.queries`; the page passes them on to the
chart builders in :mod:`rus_data.map.charts` and to the table and CSV download.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Literal

import numpy as np
import pandas as pd

from rus_data.map.classes import (
    Better,
    Classification,
    LegendEntry,
    Method,
    change_between,
    classify,
    classify_change,
)
from rus_data.text.formats import empty_text, format_number, missing_text
from rus_data.text.plain import bounded
from rus_data.text.status import MISSING, NOT_ASSESSED, STATUS_STYLES, status_style, trend_style
from rus_data.text.units import change_unit, is_share

Show = Literal["value", "change_abs", "change_pct"]
SHOWS: tuple[Show, ...] = ("value", "change_abs", "change_pct")
TOOLTIP_COMMENT_LIMIT = 160
SHARE_SHOWS: tuple[Show, ...] = ("value", "change_abs")


def shows_for(unit: str) -> tuple[Show, ...]:
    """The measures offered for an indicator: a share in percent changes in percentage
    points only (the percent change of a percentage says nothing)."""
    return SHARE_SHOWS if is_share(unit) else SHOWS


def shown_unit(unit: str, show: Show, language: str) -> str:
    """The unit of what the map shows: the indicator's, percentage points, or percent."""
    if show == "change_pct":
        return "%"
    if show == "change_abs":
        return change_unit(unit, language)
    return unit


def join_to_geometry(frame: pd.DataFrame, geometry_codes: tuple[str, ...]) -> pd.DataFrame:
    """Keep the rows whose code has a boundary, in boundary order; raise if any is missing.

    Every region in ``frame`` must have a boundary and the other way round, so that no
    region is silently dropped from the map.
    """
    codes = set(frame["code"])
    missing_geometry = sorted(codes - set(geometry_codes))
    missing_rows = sorted(set(geometry_codes) - codes)
    if missing_geometry or missing_rows:
        raise ValueError(
            "Regionerna stämmer inte med kartans gränser: "
            f"utan gräns {missing_geometry[:5]}, utan rad {missing_rows[:5]}"
        )
    order = {code: i for i, code in enumerate(geometry_codes)}
    return frame.sort_values("code", key=lambda s: s.map(order)).reset_index(drop=True)


def rank_best_first(values: pd.Series, better: Better) -> pd.Series:
    """Rank 1 for the best value (highest when higher is better); ties share; NaN unranked."""
    ranks = values.rank(ascending=better == "lower", method="min")
    return ranks.astype("Int64")


def shown_values(frame: pd.DataFrame, show: Show) -> np.ndarray:
    """The numbers the map shows: the value, or its change since the base year."""
    if show == "value":
        return frame["value"].to_numpy(dtype=float)
    return change_between(
        frame["value"].to_numpy(dtype=float),
        frame["base_value"].to_numpy(dtype=float),
        percent=show == "change_pct",
    )


def indicator_map_frame(
    values: pd.DataFrame,
    better: Better,
    decimals: int,
    show: Show,
    method: Method,
    language: str,
) -> tuple[pd.DataFrame, Classification]:
    """Add ``shown, colour, rank`` and display texts to a frame from ``map_values``.

    Missing values stay NaN (their texts read "uppgift saknas"), never zero, and get no rank.
    """
    frame = values.copy()
    shown = shown_values(frame, show)
    if show == "value":
        classification = classify(shown, method, better)
    else:
        classification = classify_change(shown, method, better)
    shown_decimals = 1 if show == "change_pct" else decimals
    frame["shown"] = shown
    frame["colour"] = classification.colours
    frame["rank"] = rank_best_first(frame["shown"], better)
    frame["shown_text"] = [
        format_number(v, shown_decimals, language, signed=show != "value") for v in shown
    ]
    frame["value_text"] = [format_number(v, decimals, language) for v in frame["value"]]
    return frame, classification


def national_reference(
    national: float | None, national_base: float | None, show: Show
) -> float | None:
    """Sweden's value, or its change, as the reference line of the ranked chart."""
    if show == "value":
        return national
    if national is None or national_base is None:
        return None
    change = change_between(np.array([national]), np.array([national_base]), show == "change_pct")
    value = float(change[0])
    return value if np.isfinite(value) else None


def rank_texts(ranks: pd.Series, template: str, language: str) -> list[str]:
    """Ranks as text such as "3 av 290" (``template`` with ``{rank}`` and ``{count}``)."""
    count = int(ranks.notna().sum())
    missing = missing_text(language)
    return [
        missing if pd.isna(rank) else template.format(rank=int(rank), count=count) for rank in ranks
    ]


def legend_labels(
    classification: Classification, decimals: int, language: str, missing_label: str
) -> list[tuple[str, str]]:
    """``(colour, label)`` rows for a legend: value ranges, or stops on a continuous scale."""
    rows: list[tuple[str, str]] = []
    for entry in classification.legend:
        rows.append((entry.colour, _entry_label(entry, decimals, language, missing_label)))
    return rows


def _entry_label(entry: LegendEntry, decimals: int, language: str, missing_label: str) -> str:
    if entry.missing:
        return missing_label
    low = format_number(entry.low, decimals, language)
    if entry.low == entry.high:
        return low
    return f"{low} – {format_number(entry.high, decimals, language)}"


def assessment_map_frame(counties: pd.DataFrame, language: str) -> pd.DataFrame:
    """Add colour, status and trend labels to a frame from ``county_assessments``.

    Counties outside the objective's scope get the "bedöms inte" style, counties within
    scope but without an assessment the "uppgift saknas" style.
    """
    frame = counties.copy()
    styles = [
        status_style(s if isinstance(s, str) else None, bool(a))
        for s, a in zip(frame["status"], frame["assessed"], strict=True)
    ]
    trends = [trend_style(t if isinstance(t, str) else None) for t in frame["trend"]]
    frame["colour"] = [s.colour for s in styles]
    frame["status_label"] = [f"{s.symbol} {s.label(language)}" for s in styles]
    frame["trend_symbol"] = [t.symbol if t else "" for t in trends]
    frame["trend_label"] = [
        f"{t.symbol} {t.label(language)}" if t else empty_text() for t in trends
    ]
    comments = frame["comment"] if "comment" in frame else [None] * len(frame)
    frame["comment"] = [c if isinstance(c, str) and c.strip() else empty_text() for c in comments]
    # The tooltip is HTML: the motivation (free text from files) is escaped and bounded there.
    frame["comment_text"] = [html.escape(bounded(c, TOOLTIP_COMMENT_LIMIT)) for c in frame.comment]
    return frame


def assessment_legend(language: str) -> list[tuple[str, str]]:
    """``(colour, label)`` rows for the assessment map: statuses, not assessed, missing."""
    styles = [*STATUS_STYLES.values(), NOT_ASSESSED, MISSING]
    return [(s.colour, f"{s.symbol} {s.label(language)}") for s in styles]


def export_table(frame: pd.DataFrame, columns: Mapping[str, str]) -> pd.DataFrame:
    """The columns of ``frame`` named in ``columns`` (in that order), renamed to their labels."""
    return frame[list(columns)].rename(columns=dict(columns))
