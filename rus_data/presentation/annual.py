"""The ready-made deck "Regional årlig uppföljning <år>": one area's yearly follow-up as slides.

:func:`annual_follow_up` builds, for a county or for Sweden (``"00"``), the title of the deck
and its slides in a fixed order: the status of every objective, the assessments that changed
since the year before, the direction of the indicators per objective, and one map per
objective the area assesses. Every slide carries a static Vega-Lite spec with its data inline,
its source line, whether it shows demo data, the app page and URL query that show the same
view, and a short speaker note made from the data.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

import altair as alt
import duckdb
import pandas as pd

from rus_data import queries, queries_map, queries_trends
from rus_data.charts.annual import (
    DECK_FONT,
    status_change_chart,
    status_overview_chart,
    verdicts_per_objective_chart,
)
from rus_data.charts.export import static_spec
from rus_data.charts.map import static_map_chart
from rus_data.charts.overview import status_matrix_chart
from rus_data.geometry import GeometryLevel
from rus_data.map_geometry import CompactGeometry, compact_geometry
from rus_data.map_view import assessment_legend, assessment_map_frame, join_to_geometry
from rus_data.overview import status_summary
from rus_data.presentation.annual_frames import change_frame, changed_objectives, overview_frame
from rus_data.presentation.annual_texts import text
from rus_data.presentation.slide import DeckInfo, Slide
from rus_data.queries import Language
from rus_data.source_text import source_line
from rus_data.status_style import status_style, trend_style
from rus_data.trend_stats import MIN_POINTS
from rus_data.trends import objective_verdicts, verdict_counts

NATION = "00"
LANGUAGES = ("sv", "en")
_ASSESSMENT_AREAS = ("riket", "lan")


@dataclass(frozen=True)
class _Deck:
    """What every slide builder needs: the connection and the area, year and language."""

    connection: duckdb.DuckDBPyConnection
    region_code: str
    area: str
    year: int
    language: Language
    sources: pd.DataFrame  # the sources of the year's assessments

    @property
    def is_nation(self) -> bool:
        return self.region_code == NATION

    def query(self, **extra: str) -> dict[str, str]:
        """URL query parameters of the view: the shared keys (non-default ones) and ``extra``."""
        shared = {"year": str(self.year)}
        if self.language != "sv":
            shared["lang"] = self.language
        if not self.is_nation:
            shared["region"] = self.region_code
        return {**shared, **extra}


def area_name(connection: duckdb.DuckDBPyConnection, region_code: str, language: str) -> str:
    """The county's name, or Sweden's in ``language``; ValueError for any other code."""
    regions = queries.regions(connection)
    areas = regions[regions["level"].isin(_ASSESSMENT_AREAS)]
    names = dict(zip(areas["code"], areas["name"], strict=True))
    if region_code not in names:
        raise ValueError(f"Okänt område: {region_code!r}.")
    return text("sweden", language) if region_code == NATION else str(names[region_code])


def annual_follow_up(
    connection: duckdb.DuckDBPyConnection, region_code: str, year: int, language: str
) -> tuple[DeckInfo, list[Slide]]:
    """The yearly follow-up deck of a county (or Sweden, ``"00"``) in ``year``.

    Slides: status overview, changes since ``year - 1``, indicator directions per objective,
    then one map per objective the area assesses in ``year`` (for Sweden: every objective
    the counties assess). Raises ValueError (in Swedish) for an unknown area, language or a
    year without assessments.
    """
    if language not in LANGUAGES:
        raise ValueError(f"Okänt språk: {language!r}.")
    lang: Language = "en" if language == "en" else "sv"
    area = area_name(connection, region_code, lang)
    if year not in queries.assessment_years(connection):
        raise ValueError(f"Det finns inga bedömningar för {year}.")
    deck = _Deck(
        connection=connection,
        region_code=region_code,
        area=area,
        year=year,
        language=lang,
        sources=queries.assessment_sources(connection, year),
    )
    info = DeckInfo(
        title=text("deck_title", language, year=year),
        area=area,
        date=dt.date.today(),
        language=language,
    )
    matrix = queries.assessment_matrix(connection, year, lang)
    slides = [
        overview_slide(deck, matrix),
        changes_slide(deck),
        trends_slide(deck),
        *map_slides(deck, matrix),
    ]
    return info, slides


def _spec(chart: alt.TopLevelMixin, geometry: CompactGeometry | None = None) -> str:
    """The chart as a static spec for a slide: data inline, fixed width, white ground, and
    one font on every slide (the deck font, which has all status and trend symbols).

    A map drawn on :func:`_placeholder_geometry` gets its real boundaries from ``geometry``.
    """
    spec = json.loads(static_spec(chart.to_json()))
    if geometry is not None:
        spec = _fill_geometry(spec, geometry.geometry_objects)
    spec.setdefault("config", {})["font"] = DECK_FONT
    return json.dumps(spec, ensure_ascii=False)


_PLACEHOLDER = "__boundary__"


@lru_cache(maxsize=2)
def _placeholder_geometry(level: GeometryLevel) -> CompactGeometry:
    """The boundaries of ``level`` with every geometry replaced by a tiny named placeholder.

    Altair copies and walks a chart's inline data several times while building and checking
    it; the boundaries are nearly all of a map's data and the same on every map, so the
    maps are built on placeholders and :func:`_fill_geometry` puts the boundaries in after.
    """
    geometry = compact_geometry(level)
    placeholders = {code: {"type": _PLACEHOLDER, "code": code} for code in geometry.codes}
    return replace(geometry, geometry_objects=placeholders)


def _fill_geometry(node: Any, objects: dict[str, dict]) -> Any:
    """``node`` (a parsed spec) with every boundary placeholder replaced by its geometry."""
    if isinstance(node, dict):
        if node.get("type") == _PLACEHOLDER:
            return objects[node["code"]]
        return {key: _fill_geometry(value, objects) for key, value in node.items()}
    if isinstance(node, list):
        return [_fill_geometry(item, objects) for item in node]
    return node


def _is_demo(sources: pd.DataFrame) -> bool:
    return bool(sources["is_demo"].fillna(False).any()) if len(sources) else False


def _status_words(status: object, language: str) -> str:
    return status_style(status if isinstance(status, str) else None).label(language)


def _trend_words(trend: object, language: str) -> str:
    style = trend_style(trend if isinstance(trend, str) else None)
    return style.label(language).lower() if style else text("no_trend", language)


# --- 1. Status overview ----------------------------------------------------------------------


def overview_slide(deck: _Deck, matrix: pd.DataFrame) -> Slide:
    """Every objective's status and trend in the area (for Sweden: the county matrix)."""
    language = deck.language
    line = source_line(deck.sources, language)
    title = text("overview_title", language, year=deck.year, area=deck.area)
    assessments = queries.region_assessments(deck.connection, deck.region_code, deck.year, language)
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
    if deck.is_nation:
        chart = status_matrix_chart(matrix, deck.year, language, line)
        counties = matrix[(matrix["level"] == "lan") & matrix["status"].notna()]
        notes += " " + text(
            "overview_notes_counties",
            language,
            ja=int((counties["status"] == "JA").sum()),
            nej=int((counties["status"] == "NEJ").sum()),
            total=len(counties),
        )
    else:
        chart = status_overview_chart(
            overview_frame(assessments, language),
            title=title,
            subtitle=[text("overview_help", language), line],
            language=language,
        )
    return Slide(
        title=title,
        spec_json=_spec(chart),
        source_line=line,
        shows_demo=_is_demo(deck.sources),
        notes=notes,
        page="overview",
        query=deck.query(),
    )


# --- 2. Changes since the year before --------------------------------------------------------


def changes_slide(deck: _Deck) -> Slide:
    """Objectives whose status or trend changed since ``year - 1``, better and worse apart."""
    language, year = deck.language, deck.year
    before = year - 1
    history = queries_trends.region_assessment_history(
        deck.connection, deck.region_code, year, language
    )
    frame = change_frame(history, year, language)
    has_before = bool((frame["year"] == before).any())
    sources = pd.concat(
        [deck.sources, queries.assessment_sources(deck.connection, before)], ignore_index=True
    ).drop_duplicates("name")
    line = source_line(sources, language)
    if has_before:
        title = text("changes_title", language, before=before, year=year, area=deck.area)
        help_line = text("changes_help", language, before=before)
        notes = _changes_notes(deck, frame)
    else:
        title = text("changes_title_first", language, year=year, area=deck.area)
        help_line = text("changes_help_first", language, before=before, year=year)
        notes = text("changes_notes_first", language, before=before, year=year)
    chart = status_change_chart(frame, title=title, subtitle=[help_line, line], language=language)
    return Slide(
        title=title,
        spec_json=_spec(chart),
        source_line=line,
        shows_demo=_is_demo(sources),
        notes=notes,
        page="trends",
        query=deck.query(),
    )


def _changes_notes(deck: _Deck, frame: pd.DataFrame) -> str:
    """ "3 mål har ändrad status sedan 2023: …" plus the trend changes (and, for Sweden, the
    counties' changes)."""
    language, before = deck.language, deck.year - 1
    changed = changed_objectives(frame)
    if changed.empty:
        notes = text("changes_notes_none", language, before=before)
    else:
        items = "; ".join(
            f"{row.row_label} ({_status_words(row.previous_status, language)} → "
            f"{_status_words(row.status, language)})"
            for row in changed.itertuples(index=False)
        )
        notes = text("changes_notes", language, count=len(changed), before=before, items=items)
    trend_rows = frame[frame["trend_changed"]]
    if len(trend_rows):
        items = "; ".join(
            f"{row.row_label} ({_trend_words(row.previous_trend, language)} → "
            f"{_trend_words(row.trend, language)})"
            for row in trend_rows.itertuples(index=False)
        )
        notes += " " + text("changes_notes_trend", language, count=len(trend_rows), items=items)
    if deck.is_nation:
        now = queries.assessment_matrix(deck.connection, deck.year, language)
        earlier = queries.assessment_matrix(deck.connection, before, language)
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


# --- 3. Direction of the indicators per objective --------------------------------------------


def trends_slide(deck: _Deck) -> Slide:
    """Per objective with indicators: how many go the right way, the wrong way, neither, or
    have too few values (the area's own series, or Sweden's where the area has none)."""
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
        spec_json=_spec(chart),
        source_line=line,
        shows_demo=_is_demo(value_sources),
        notes=_trends_notes(all_counts, from_nation, language),
        page="trends",
        query=deck.query(),
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


# --- 4. One map per assessed objective -------------------------------------------------------


def mapped_objectives(matrix: pd.DataFrame, region_code: str) -> list[int]:
    """The objectives that get a map: those the county assesses in the year (an assessment
    row), or for Sweden those at least one county assesses."""
    if region_code == NATION:
        rows = matrix[(matrix["level"] == "lan") & matrix["status"].notna()]
    else:
        rows = matrix[(matrix["region_code"] == region_code) & matrix["status"].notna()]
    return sorted(int(i) for i in rows["objective_id"].unique())


def map_slides(deck: _Deck, matrix: pd.DataFrame) -> list[Slide]:
    """One map of the counties' assessments per objective in :func:`mapped_objectives`."""
    geometry = compact_geometry("lan")
    drawn_on = _placeholder_geometry("lan")
    legend = assessment_legend(deck.language)
    names = dict(zip(matrix["objective_id"], matrix["objective"], strict=False))
    line = source_line(deck.sources, deck.language)
    help_lines = [text("map_help", deck.language)]
    if not deck.is_nation:
        help_lines.append(text("map_help_county", deck.language, area=deck.area))
    national = matrix[matrix["region_code"] == NATION].set_index("objective_id")
    slides = []
    for objective_id in mapped_objectives(matrix, deck.region_code):
        counties = queries_map.county_assessments(deck.connection, objective_id, deck.year)
        counties = join_to_geometry(counties, geometry.codes)
        frame = assessment_map_frame(counties, deck.language)
        frame["tooltip_text"] = [
            f"{s} · {t}" for s, t in zip(frame["status_label"], frame["trend_label"], strict=True)
        ]
        frame["map_label"] = frame["trend_symbol"]
        title = text(
            "map_title",
            deck.language,
            objective_id=objective_id,
            objective=names[objective_id],
            year=deck.year,
            area=deck.area,
        )
        labels = {
            "title": title,
            "subtitle": "\n".join([*help_lines, line]),
            "legend_title": text("map_legend", deck.language),
            "region": text("map_region", deck.language),
            "value": text("map_value", deck.language),
        }
        highlight = None if deck.is_nation else deck.region_code
        chart = static_map_chart(frame, drawn_on, legend, labels, highlight)
        slides.append(
            Slide(
                title=title,
                spec_json=_spec(chart, geometry),
                source_line=line,
                shows_demo=_is_demo(deck.sources),
                notes=_map_notes(deck, frame, national.loc[objective_id]),
                page="map",
                query=deck.query(map_mode="assessment", map_obj=str(objective_id)),
                kind="map",
            )
        )
    return slides


def _map_notes(deck: _Deck, frame: pd.DataFrame, national: pd.Series) -> str:
    """How many counties have each status, and where the area (or Sweden) stands."""
    language = deck.language
    rated = frame[frame["assessed"] & frame["status"].notna()]
    notes = text(
        "map_notes",
        language,
        assessed=len(rated),
        year=deck.year,
        ja=int((rated["status"] == "JA").sum()),
        nara=int((rated["status"] == "NÄRA").sum()),
        nej=int((rated["status"] == "NEJ").sum()),
    )
    if deck.is_nation:
        return (
            notes
            + " "
            + text(
                "map_notes_nation",
                language,
                status=_status_words(national["status"], language),
                trend=_trend_words(national["trend"], language),
            )
        )
    own = frame[frame["code"] == deck.region_code].iloc[0]
    same = int((rated["status"] == own["status"]).sum()) - 1
    return (
        notes
        + " "
        + text(
            "map_notes_area",
            language,
            area=deck.area,
            status=_status_words(own["status"], language),
            trend=_trend_words(own["trend"], language),
            same=same,
        )
    )
