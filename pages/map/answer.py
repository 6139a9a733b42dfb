"""Karta's answer before the controls: the best and worst area and Sweden, in words."""

from __future__ import annotations

import pandas as pd

from rus_data.map.answer import map_extremes
from rus_data.map.classes import Better
from rus_data.text import t
from rus_data.text.formats import format_number


def extreme_parts(
    frame: pd.DataFrame,
    better: Better,
    unit: str,
    reference: float | None,
    decimals: int,
    language: str,
) -> list[tuple[str, str]]:
    """``(label, value)`` pairs: "Bäst: Danderyd 45,0 %", "Sämst: …", "Sverige: …"."""
    parts = []
    for end in map_extremes(frame, better) or ():
        others = f" {t('map_answer_others', language, count=end.others)}" if end.others else ""
        label = t(f"map_answer_{end.role}", language)
        parts.append((label, f"{end.name} {end.shown_text} {unit}{others}"))
    if reference is not None:
        number = format_number(reference, decimals, language)
        parts.append((t("sweden", language), f"{number} {unit}"))
    return parts
