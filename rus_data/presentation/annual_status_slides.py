"""The first two slides of the yearly deck: the status of every objective, and the
assessments that changed since the year before."""

from __future__ import annotations

import pandas as pd

from rus_data.db import queries
from rus_data.overview import queries as overview_queries
from rus_data.overview.summary import status_summary
from rus_data.presentation.annual_charts import status_change_chart, status_overview_chart
from rus_data.presentation.annual_context import AnnualDeck, is_demo, status_words, trend_words
from rus_data.presentation.annual_frames import change_frame, changed_objectives, overview_frame
from rus_data.presentation.annual_specs import slide_spec
from rus_data.presentation.annual_texts import text
from rus_data.presentation.slide import Slide
from rus_data.text.sources import source_line
from rus_data.trends import queries as queries_trends


def overview_slide(deck: AnnualDeck, matrix: pd.DataFrame) -> Slide:
    """Every objective's status and trend in the area (Sweden's own for Sweden; the counties'
    statuses follow on the map slides and in the notes)."""
    language = deck.language
    line = source_line(deck.sources, language)
    title = text("overview_title", language, year=deck.year, area=deck.area)
    assessments = overview_queries.region_assessments(
        deck.connection, deck.region_code, deck.year, language
    )
    summary = status_summary(assessments)
    rated = assessments[assessments["assessed"] & assessments["status"].notna()]
    notes = text(
        "overview_notes",
        language,
        area=deck.area,
        year=deck.year,
        assessed=summary.assessed,
        ja=summary.by_status["JA"],
        nara=summary.by_status["NÄRA"],
        nej=summary.by_status["NEJ"],
        positive=int((rated["trend"] == "POSITIV").sum()),
        negative=int((rated["trend"] == "NEGATIV").sum()),
    )
    if deck.is_nation:  # the counties' matrix is too small to read on a slide: maps follow
        counties = matrix[(matrix["level"] == "lan") & matrix["status"].notna()]
        notes += " " + text(
            "overview_notes_counties",
            language,
            ja=int((counties["status"] == "JA").sum()),
            nej=int((counties["status"] == "NEJ").sum()),
            total=len(counties),
        )
    chart = status_overview_chart(
        overview_frame(assessments, language),
        title=title,
        subtitle=[text("overview_help", language), line],
        language=language,
    )
    message = text(
        "overview_message",
        language,
        ja=summary.by_status["JA"],
        total=summary.assessed,
        nara=summary.by_status["NÄRA"],
        nej=summary.by_status["NEJ"],
    )
    return Slide(
        title=title,
        spec_json=slide_spec(chart, deck.language),
        source_line=line,
        shows_demo=is_demo(deck.sources),
        notes=notes,
        page="overview",
        query=deck.query(),
        message=message,
    )


# --- 2. Changes since the year before --------------------------------------------------------


def deck_changes(deck: AnnualDeck) -> pd.DataFrame:
    """The area's assessments of ``year - 1`` and ``year`` as ``annual_frames.change_frame``."""
    history = queries_trends.region_assessment_history(
        deck.connection, deck.region_code, deck.year, deck.language
    )
    return change_frame(history, deck.year, deck.language)


def changes_slide(deck: AnnualDeck, frame: pd.DataFrame | None = None) -> Slide:
    """Objectives whose status or trend changed since ``year - 1``, better and worse apart;
    ``frame`` is :func:`deck_changes` when the caller has it already."""
    language, year = deck.language, deck.year
    before = year - 1
    frame = deck_changes(deck) if frame is None else frame
    has_before = bool((frame["year"] == before).any())
    sources = pd.concat(
        [deck.sources, queries.assessment_sources(deck.connection, before)], ignore_index=True
    ).drop_duplicates("name")
    line = source_line(sources, language)
    if has_before:
        title = text("changes_title", language, before=before, year=year, area=deck.area)
        help_line = text("changes_help", language, before=before)
        notes = _changes_notes(deck, frame)
        changed = changed_objectives(frame)
        message = text(
            "changes_message",
            language,
            count=len(changed),
            before=before,
            better=int((changed["direction"] > 0).sum()),
            worse=int((changed["direction"] < 0).sum()),
        )
        if changed.empty:
            message = text("summary_changes_none", language, before=before)
    else:
        title = text("changes_title_first", language, year=year, area=deck.area)
        help_line = text("changes_help_first", language, before=before, year=year)
        notes = text("changes_notes_first", language, before=before, year=year)
        message = text("summary_changes_first", language, before=before)
    chart = status_change_chart(frame, title=title, subtitle=[help_line, line], language=language)
    return Slide(
        title=title,
        spec_json=slide_spec(chart, deck.language),
        source_line=line,
        shows_demo=is_demo(sources),
        notes=notes,
        page="trends",
        query=deck.query(),
        message=message,
    )


def _changes_notes(deck: AnnualDeck, frame: pd.DataFrame) -> str:
    """ "3 mål har ändrad status sedan 2023: …" plus the trend changes (and, for Sweden, the
    counties' changes)."""
    language, before = deck.language, deck.year - 1
    changed = changed_objectives(frame)
    if changed.empty:
        notes = text("changes_notes_none", language, before=before)
    else:
        items = "; ".join(
            f"{row.row_label} ({status_words(row.previous_status, language)} → "
            f"{status_words(row.status, language)})"
            for row in changed.itertuples(index=False)
        )
        notes = text("changes_notes", language, count=len(changed), before=before, items=items)
    trend_rows = frame[frame["trend_changed"]]
    if len(trend_rows):
        items = "; ".join(
            f"{row.row_label} ({trend_words(row.previous_trend, language)} → "
            f"{trend_words(row.trend, language)})"
            for row in trend_rows.itertuples(index=False)
        )
        notes += " " + text("changes_notes_trend", language, count=len(trend_rows), items=items)
    if deck.is_nation:
        now = overview_queries.assessment_matrix(deck.connection, deck.year, language)
        earlier = overview_queries.assessment_matrix(deck.connection, before, language)
        pairs = now.merge(earlier, on=["region_code", "objective_id"], suffixes=("", "_before"))
        pairs = pairs[
            (pairs["level"] == "lan") & pairs["status"].notna() & pairs["status_before"].notna()
        ]
        notes += " " + text(
            "changes_notes_counties",
            language,
            changed=int((pairs["status"] != pairs["status_before"]).sum()),
            total=len(pairs),
            before=before,
        )
    return notes
