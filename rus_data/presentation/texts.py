"""Texts the deck and the report share: the demo notice, long dates and a slide's source line."""

from __future__ import annotations

import datetime as dt

from rus_data.presentation.slide import Slide
from rus_data.source_text import SOURCE_TEXTS

DEMO_NOTICE = SOURCE_TEXTS["demo_source_name"]  # the words the source lines use

_MONTHS = {
    "sv": (
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def long_date(date: dt.date, language: str) -> str:
    """Day, month name and year: "21 november 2026" in Swedish, "21 November 2026" in English."""
    months = _MONTHS["en" if language == "en" else "sv"]
    return f"{date.day} {months[date.month - 1]} {date.year}"


def demo_notice(language: str) -> str:
    """The notice every view of synthetic data carries."""
    return DEMO_NOTICE["en" if language == "en" else "sv"]


def source_text(slide: Slide, language: str) -> str:
    """The slide's source line, with the demo notice added when it shows demo data.

    A source line that already names the demo source (as the pages write it) is left as it is.
    """
    notice = demo_notice(language)
    line = slide.source_line.strip()
    if not slide.shows_demo or notice in line:
        return line
    return f"{line} · {notice}" if line else notice
