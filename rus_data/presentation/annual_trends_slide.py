"""The yearly deck's third slide: per objective, how many indicators go the right way, the
wrong way, neither, or have too few values."""

from __future__ import annotations

import pandas as pd

from rus_data.db import queries
from rus_data.presentation.annual_charts import verdicts_per_objective_chart
from rus_data.presentation.annual_context import NATION, AnnualDeck, is_demo
from rus_data.presentation.annual_specs import slide_spec
from rus_data.presentation.annual_texts import text
from rus_data.presentation.slide import Slide
from rus_data.text.sources import source_line
from rus_data.trends import queries as queries_trends
from rus_data.trends.analysis import objective_verdicts, verdict_counts
from rus_data.trends.stats import MIN_POINTS


def indicator_counts(deck: AnnualDeck) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """Per objective with indicators: the verdict counts (``row_label, verdict, label, count,
    order, objective_id``), the sources of the values and how many series are Sweden's
    because the area has none."""
    language, year = deck.language, deck.year
    codes = list(dict.fromkeys([deck.region_code, NATION]))
    objectives = queries.objectives(deck.connection, language)
    counts: list[pd.DataFrame] = []
    sources: list[pd.DataFrame] = []
    from_nation = 0
    for objective in objectives.itertuples(index=False):
        indicators = queries_trends.objective_indicators(
            deck.connection, int(objective.id), language
        )
        if indicators.empty:
            continue
        series = queries_trends.objective_series(deck.connection, int(objective.id), codes, year)
        verdicts = objective_verdicts(indicators, series, deck.region_code, language)
        from_nation += int((verdicts["region_code"] != deck.region_code).sum())
        counts.append(
            verdict_counts(verdicts, language).assign(
                objective_id=int(objective.id), row_label=f"{objective.id}. {objective.name}"
            )
        )
        sources.append(queries_trends.objective_value_sources(deck.connection, int(objective.id)))
    all_counts = pd.concat(counts, ignore_index=True) if counts else _empty_counts()
    value_sources = (
        pd.concat(sources, ignore_index=True).drop_duplicates("name").sort_values("name")
        if sources
        else pd.DataFrame(columns=["name", "is_demo", "fetched_at"])
    )
    return all_counts, value_sources, from_nation


def trends_slide(
    deck: AnnualDeck, counts: tuple[pd.DataFrame, pd.DataFrame, int] | None = None
) -> Slide:
    """Per objective with indicators: how many go the right way, the wrong way, neither, or
    have too few values (the area's own series, or Sweden's where the area has none);
    ``counts`` is :func:`indicator_counts` when the caller has it already."""
    language, year = deck.language, deck.year
    all_counts, value_sources, from_nation = indicator_counts(deck) if counts is None else counts
    line = source_line(value_sources, language)
    title = text("trends_title", language, year=year, area=deck.area)
    subtitle = [text("trends_help", language, year=year, min_points=MIN_POINTS)]
    if not deck.is_nation:
        subtitle.append(text("trends_help_nation", language))
    chart = verdicts_per_objective_chart(
        all_counts, title=title, subtitle=[*subtitle, line], language=language
    )
    return Slide(
        title=title,
        spec_json=slide_spec(chart, deck.language),
        source_line=line,
        shows_demo=is_demo(value_sources),
        notes=_trends_notes(all_counts, from_nation, language)
        + " "
        + text("trends_method", language),
        page="trends",
        query=deck.query(),
        message=text(
            "trends_message",
            language,
            right=int(all_counts[all_counts["verdict"] == "right"]["count"].sum()),
            total=int(all_counts["count"].sum()),
            wrong=int(all_counts[all_counts["verdict"] == "wrong"]["count"].sum()),
        ),
    )


def _empty_counts() -> pd.DataFrame:
    return pd.DataFrame(
        columns=["verdict", "label", "count", "order", "objective_id", "row_label"]
    ).astype({"count": int, "order": int})


def _trends_notes(counts: pd.DataFrame, from_nation: int, language: str) -> str:
    """Totals per verdict, the objectives with most indicators going the wrong way."""
    if counts.empty:
        return text("trends_notes_empty", language)
    totals = counts.groupby("verdict")["count"].sum()
    notes = text(
        "trends_notes",
        language,
        total=int(totals.sum()),
        right=int(totals.get("right", 0)),
        wrong=int(totals.get("wrong", 0)),
        none=int(totals.get("no_clear_change", 0)),
        few=int(totals.get("too_few", 0)),
    )
    wrong = counts[(counts["verdict"] == "wrong") & (counts["count"] > 0)]
    if len(wrong):
        top = wrong[wrong["count"] == wrong["count"].max()]
        items = ", ".join(f"{row.row_label} ({row.count})" for row in top.itertuples(index=False))
        notes += " " + text("trends_notes_wrong", language, items=items)
    if from_nation:
        notes += " " + text("trends_notes_nation", language, count=from_nation)
    return notes
