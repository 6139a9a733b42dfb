"""The yearly deck's maps: the counties' assessments of the objectives the area assesses, as
small multiples of up to six objectives a slide, the area outlined."""

from __future__ import annotations

import pandas as pd

from rus_data.map import queries as queries_map
from rus_data.map.geometry import compact_geometry
from rus_data.map.view import assessment_legend, assessment_map_frame, join_to_geometry
from rus_data.presentation.annual_context import (
    NATION,
    AnnualDeck,
    is_demo,
    status_words,
    trend_words,
)
from rus_data.presentation.annual_small_maps import MAPS_PER_SLIDE, MapPanel, small_multiples_chart
from rus_data.presentation.annual_specs import placeholder_geometry, slide_spec
from rus_data.presentation.annual_texts import text
from rus_data.presentation.slide import Slide
from rus_data.text.sources import source_line
from rus_data.text.status import status_style, trend_style


def mapped_objectives(matrix: pd.DataFrame, region_code: str) -> list[int]:
    """The objectives that get a map: those the county assesses in the year (an assessment
    row), or for Sweden those at least one county assesses."""
    if region_code == NATION:
        rows = matrix[(matrix["level"] == "lan") & matrix["status"].notna()]
    else:
        rows = matrix[(matrix["region_code"] == region_code) & matrix["status"].notna()]
    return sorted(int(i) for i in rows["objective_id"].unique())


def map_groups(objectives: list[int]) -> list[list[int]]:
    """The objectives in groups of at most :data:`MAPS_PER_SLIDE`, one group a slide, the
    groups as even as they can be (13 maps: 5, 4, 4 rather than 6, 6, 1)."""
    if not objectives:
        return []
    slides = -(-len(objectives) // MAPS_PER_SLIDE)
    size, extra = divmod(len(objectives), slides)
    groups, start = [], 0
    for number in range(slides):
        end = start + size + (1 if number < extra else 0)
        groups.append(objectives[start:end])
        start = end
    return groups


def map_slides(deck: AnnualDeck, matrix: pd.DataFrame) -> list[Slide]:
    """The maps of :func:`mapped_objectives`, up to six to a slide with one shared legend."""
    geometry = compact_geometry("lan")
    drawn_on = placeholder_geometry("lan")
    legend = assessment_legend(deck.language)
    names = dict(zip(matrix["objective_id"], matrix["objective"], strict=False))
    line = source_line(deck.sources, deck.language)
    national = matrix[matrix["region_code"] == NATION].set_index("objective_id")
    highlight = None if deck.is_nation else deck.region_code
    slides = []
    for group in map_groups(mapped_objectives(matrix, deck.region_code)):
        panels, notes, frames = [], [], []
        for objective_id in group:
            counties = queries_map.county_assessments(deck.connection, objective_id, deck.year)
            frame = assessment_map_frame(join_to_geometry(counties, geometry.codes), deck.language)
            label = f"{objective_id}. {names[objective_id]}"
            panels.append(MapPanel(label, _caption(deck, frame), frame))
            notes.append(f"{label}: {_map_notes(deck, frame, national.loc[objective_id])}")
            frames.append(frame)
        title = text(
            "maps_title",
            deck.language,
            first=group[0],
            last=group[-1],
            year=deck.year,
            area=deck.area,
        )
        legend_title = text("map_legend", deck.language)
        chart_title = {"text": title, "subtitle": [line], "anchor": "start"}
        chart = small_multiples_chart(
            panels, drawn_on, legend, legend_title, chart_title, highlight
        )
        help_line = text("map_help_county" if highlight else "map_help", deck.language)
        slides.append(
            Slide(
                title=title,
                spec_json=slide_spec(chart, deck.language, geometry),
                source_line=line,
                shows_demo=is_demo(deck.sources),
                notes="\n".join([help_line.format(area=deck.area), *notes]),
                page="map",
                query=deck.query(map_mode="assessment", map_obj=str(group[0])),
                kind="map",
                message=_message(deck, group, frames),
            )
        )
    return slides


def _caption(deck: AnnualDeck, frame: pd.DataFrame) -> list[str]:
    """Beside a panel: the area's status and trend in symbols and short words, or for
    Sweden the number of counties per status."""
    if deck.is_nation:
        rated = frame[frame["assessed"] & frame["status"].notna()]
        counts = [
            f"{status_style(code).symbol} {int((rated['status'] == code).sum())}"
            for code in ("JA", "NÄRA", "NEJ")
        ]
        return [" ".join(counts), text("maps_caption_nation", deck.language)]
    own = frame[frame["code"] == deck.region_code].iloc[0]
    status = status_style(
        own["status"] if isinstance(own["status"], str) else None, bool(own["assessed"])
    )
    trend = trend_style(own["trend"] if isinstance(own["trend"], str) else None)
    words = text(f"status_short_{status.code}", deck.language)
    trend_line = f"{trend.symbol} {trend.label(deck.language)}" if trend else "–"
    return [f"{status.symbol} {words}", trend_line]


def _message(deck: AnnualDeck, group: list[int], frames: list[pd.DataFrame]) -> str:
    """The slide's one line: the area's statuses on the slide, or for Sweden the objective
    that most counties say will not be reached."""
    if deck.is_nation:
        worst = [
            (int((f["status"] == "NEJ").sum()), objective_id)
            for objective_id, f in zip(group, frames, strict=True)
        ]
        count, objective_id = max(worst, key=lambda pair: (pair[0], -pair[1]))
        return text("maps_message_nation", deck.language, objective_id=objective_id, count=count)
    own = [f[f["code"] == deck.region_code].iloc[0] for f in frames]
    statuses = [row["status"] for row in own]
    return text(
        "maps_message",
        deck.language,
        area=deck.area,
        total=len(group),
        ja=statuses.count("JA"),
        nara=statuses.count("NÄRA"),
        nej=statuses.count("NEJ"),
    )


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
