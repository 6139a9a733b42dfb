"""Texts the deck and the report share: the demo notice and a slide's source line."""

from __future__ import annotations

from rus_data.presentation.slide import Slide
from rus_data.text import t


def demo_notice(language: str) -> str:
    """The notice every view of synthetic data carries."""
    return t("demo_source_name", language)  # the words the source lines use


def source_text(slide: Slide, language: str) -> str:
    """The slide's source line, with the demo notice added when it shows demo data.

    A source line that already names the demo source (as the pages write it) is left as it is.
    """
    notice = demo_notice(language)
    line = slide.source_line.strip()
    if not slide.shows_demo or notice in line:
        return line
    return f"{line} · {notice}" if line else notice
