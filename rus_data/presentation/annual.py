"""The ready-made deck "Regional årlig uppföljning <år>": one area's yearly follow-up as slides.

:func:`annual_follow_up` builds, for a county or for Sweden (``"00"``), the title of the deck
and its slides in a fixed order: the status of every objective, the assessments that changed
since the year before, the direction of the indicators per objective, and one map per
objective the area assesses (small multiples, six to a slide), after a summary of key messages
in plain words. Every slide carries a static Vega-Lite spec with its data inline,
its source line, whether it shows demo data, the app page and URL query that show the same
view, and a short speaker note made from the data. The slides are built in the modules
``annual_status_slides``, ``annual_trends_slide`` and ``annual_map_slides``.
"""

from __future__ import annotations

import datetime as dt

import duckdb

from rus_data.db import queries
from rus_data.db.queries import Language
from rus_data.overview import queries as overview_queries
from rus_data.presentation.annual_context import NATION, AnnualDeck
from rus_data.presentation.annual_map_slides import map_slides, mapped_objectives
from rus_data.presentation.annual_status_slides import changes_slide, deck_changes, overview_slide
from rus_data.presentation.annual_summary import key_messages
from rus_data.presentation.annual_texts import text
from rus_data.presentation.annual_trends_slide import indicator_counts, trends_slide
from rus_data.presentation.slide import DeckInfo, Slide

__all__ = [
    "LANGUAGES",
    "NATION",
    "annual_follow_up",
    "area_name",
    "changes_slide",
    "map_slides",
    "mapped_objectives",
    "overview_slide",
    "trends_slide",
]

LANGUAGES = ("sv", "en")
_ASSESSMENT_AREAS = ("riket", "lan")


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

    The deck's key messages (for its summary slide) come with ``info``. Slides: status
    overview, changes since ``year - 1``, indicator directions per objective, then the maps
    of the objectives the area assesses in ``year`` (for Sweden: every objective the
    counties assess), up to six to a slide. Raises ValueError (in Swedish) for an unknown
    area, language or a year without assessments.
    """
    if language not in LANGUAGES:
        raise ValueError(f"Okänt språk: {language!r}.")
    lang: Language = "en" if language == "en" else "sv"
    area = area_name(connection, region_code, lang)
    if year not in queries.assessment_years(connection):
        raise ValueError(f"Det finns inga bedömningar för {year}.")
    deck = AnnualDeck(
        connection=connection,
        region_code=region_code,
        area=area,
        year=year,
        language=lang,
        sources=queries.assessment_sources(connection, year),
    )
    matrix = overview_queries.assessment_matrix(connection, year, lang)
    changes = deck_changes(deck)
    counts = indicator_counts(deck)
    info = DeckInfo(
        title=text("deck_title", language, year=year),
        area=area,
        date=dt.date.today(),
        language=language,
        key_messages=key_messages(deck, matrix, changes, counts[0]),
    )
    slides = [
        overview_slide(deck, matrix),
        changes_slide(deck, changes),
        trends_slide(deck, counts),
        *map_slides(deck, matrix),
    ]
    return info, slides
