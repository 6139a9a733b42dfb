"""Display frames of the yearly follow-up deck: pure pandas on the frames the queries return.

Each function adds the labels, symbols and colours a chart in
:mod:`rus_data.presentation.annual_charts` needs, in the deck's language, using the project's
status styles.
"""

from __future__ import annotations

import pandas as pd

from rus_data.presentation.annual_texts import text
from rus_data.text.status import NOT_ASSESSED, cell_text_colour, status_style, trend_style
from rus_data.trends.analysis import mark_changes

# Order of the statuses from worst to best, to tell a better status from a worse one.
STATUS_RANK = {"NEJ": 0, "NÄRA": 1, "JA": 2}
_BETTER_COLOUR = "#2166AC"
_WORSE_COLOUR = "#B2182B"
_NEUTRAL_COLOUR = "#444444"
_QUIET_COLOUR = "#8C8C8C"


def _known(value: object) -> str | None:
    return value if isinstance(value, str) else None


def row_labels(ids: pd.Series, names: pd.Series) -> list[str]:
    """``"4. Giftfri miljö"``-style row labels."""
    return [f"{int(i)}. {n}" for i, n in zip(ids, names, strict=True)]


def overview_frame(assessments: pd.DataFrame, language: str) -> pd.DataFrame:
    """Rows of ``queries.region_assessments`` with the cells of the status overview chart.

    Adds ``row_label, status_label`` (the colour key), ``status_text`` (symbol and words:
    "not assessed here", "assessed nationally only" or "no data" where so),
    ``text_colour, trend_text, trend_colour``.
    """
    frame = assessments.copy()
    frame["row_label"] = row_labels(frame["objective_id"], frame["objective"])
    status_labels, status_texts, text_colours, trend_texts, trend_colours = [], [], [], [], []
    for row in frame.itertuples(index=False):
        style = status_style(_known(row.status), bool(row.assessed))
        words = style.label(language)
        if style is NOT_ASSESSED and row.scope == "national_only":
            words = text("national_only", language)
        status_labels.append(style.label(language))
        status_texts.append(f"{style.symbol} {words}")
        text_colours.append(cell_text_colour(style))
        trend = trend_style(_known(row.trend)) if row.assessed else None
        trend_texts.append(f"{trend.symbol} {trend.label(language)}" if trend else "")
        trend_colours.append(trend.colour if trend else _QUIET_COLOUR)
    frame["status_label"] = status_labels
    frame["status_text"] = status_texts
    frame["text_colour"] = text_colours
    frame["trend_text"] = trend_texts
    frame["trend_colour"] = trend_colours
    return frame


def status_direction(before: str | None, now: str | None) -> int:
    """+1 when the status got better, -1 when worse, 0 when equal or unknown."""
    if before not in STATUS_RANK or now not in STATUS_RANK:
        return 0
    return (STATUS_RANK[now] > STATUS_RANK[before]) - (STATUS_RANK[now] < STATUS_RANK[before])


def change_frame(history: pd.DataFrame, year: int, language: str) -> pd.DataFrame:
    """The two years ``year - 1`` and ``year`` of ``queries_trends.region_assessment_history``.

    Keeps the objectives the region assesses (with an assessment in ``year``) and adds
    ``row_label, year_label, status_label, cell, text_colour, status_changed, trend_changed,
    direction, change_text, change_colour``. Only ``year``'s rows can be changes; when the
    year before has no assessments its rows are left out.
    """
    marked = mark_changes(history)
    current = marked[(marked["year"] == year) & marked["assessed"] & marked["status"].notna()]
    kept = set(current["objective_id"])
    before = marked[
        (marked["year"] == year - 1) & marked["objective_id"].isin(kept) & marked["status"].notna()
    ]
    before = before.assign(status_changed=False, trend_changed=False)
    frame = pd.concat([before, current], ignore_index=True)
    frame = frame.sort_values(["objective_id", "year"]).reset_index(drop=True)
    frame["row_label"] = row_labels(frame["objective_id"], frame["objective"])
    frame["year_label"] = frame["year"].astype(str)
    styles = [status_style(_known(s)) for s in frame["status"]]
    trends = [trend_style(_known(t)) for t in frame["trend"]]
    frame["status_label"] = [s.label(language) for s in styles]
    frame["cell"] = [
        f"{s.symbol} {t.symbol}" if t else s.symbol for s, t in zip(styles, trends, strict=True)
    ]
    frame["text_colour"] = [cell_text_colour(s) for s in styles]
    frame["direction"] = [
        status_direction(_known(p), _known(s)) if changed else 0
        for p, s, changed in zip(
            frame["previous_status"], frame["status"], frame["status_changed"], strict=True
        )
    ]
    has_before = len(before) > 0
    texts, colours = [], []
    for _, row in frame.iterrows():
        change, colour = _change_words(row, language) if has_before else ("", _QUIET_COLOUR)
        texts.append(change)
        colours.append(colour)
    frame["change_text"] = texts
    frame["change_colour"] = colours
    return frame


def _change_words(row: pd.Series, language: str) -> tuple[str, str]:
    """The words and colour of the change column for one row of :func:`change_frame`."""
    parts: list[str] = []
    colour = _QUIET_COLOUR
    if row["status_changed"]:
        better = row["direction"] > 0
        before = status_style(row["previous_status"]).label(language)
        now = status_style(row["status"]).label(language)
        parts.append(f"{text('better' if better else 'worse', language)}: {before} → {now}")
        colour = _BETTER_COLOUR if better else _WORSE_COLOUR
    if row["trend_changed"]:
        before_trend = trend_style(row["previous_trend"])
        now_trend = trend_style(row["trend"])
        parts.append(
            text(
                "trend_change",
                language,
                before=before_trend.label(language).lower() if before_trend else "?",
                now=now_trend.label(language).lower() if now_trend else "?",
            )
        )
        if colour == _QUIET_COLOUR:
            colour = _NEUTRAL_COLOUR
    if not parts:
        return text("unchanged", language), _QUIET_COLOUR
    return " · ".join(parts), colour


def changed_objectives(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows of :func:`change_frame` whose status changed (the latest year's)."""
    return frame[frame["status_changed"]].reset_index(drop=True)
