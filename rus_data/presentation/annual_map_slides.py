"""The yearly deck's maps: one map of the counties' assessments per objective the area
assesses, the area outlined."""

from __future__ import annotations

import pandas as pd

from rus_data.map import queries as queries_map
from rus_data.map.charts import static_map_chart
from rus_data.map.geometry import compact_geometry
from rus_data.map.view import assessment_legend, assessment_map_frame, join_to_geometry
from rus_data.presentation.annual_context import (
    NATION,
    AnnualDeck,
    is_demo,
    status_words,
    trend_words,
)
from rus_data.presentation.annual_specs import placeholder_geometry, slide_spec
from rus_data.presentation.annual_texts import text
from rus_data.presentation.slide import Slide
from rus_data.text.sources import source_line


def mapped_objectives(matrix: pd.DataFrame, region_code: str) -> list[int]:
    """The objectives that get a map: those the county assesses in the year (an assessment
    row), or for Sweden those at least one county assesses."""
    if region_code == NATION:
        rows = matrix[(matrix["level"] == "lan") & matrix["status"].notna()]
    else:
        rows = matrix[(matrix["region_code"] == region_code) & matrix["status"].notna()]
    return sorted(int(i) for i in rows["objective_id"].unique())


def map_slides(deck: AnnualDeck, matrix: pd.DataFrame) -> list[Slide]:
    """One map of the counties' assessments per objective in :func:`mapped_objectives`."""
    geometry = compact_geometry("lan")
    drawn_on = placeholder_geometry("lan")
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
                spec_json=slide_spec(chart, deck.language, geometry),
                source_line=line,
                shows_demo=is_demo(deck.sources),
                notes=_map_notes(deck, frame, national.loc[objective_id]),
                page="map",
                query=deck.query(map_mode="assessment", map_obj=str(objective_id)),
                kind="map",
            )
        )
    return slides


def _map_notes(deck: AnnualDeck, frame: pd.DataFrame, national: pd.Series) -> str:
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
                status=status_words(national["status"], language),
                trend=trend_words(national["trend"], language),
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
            status=status_words(own["status"], language),
            trend=trend_words(own["trend"], language),
            same=same,
        )
    )
