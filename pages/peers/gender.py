"""The peers page's choice of women, men or the total, offered for an indicator split by sex."""

from __future__ import annotations

from ui.gender import gender_control


def gender_choice(indicator_id: str, split: list[str], language: str) -> str:
    """``T`` (total, the default), ``K`` (women) or ``M`` (men); only ``T`` when the
    indicator is not split by sex (no control is drawn then)."""
    if indicator_id not in split:
        return "T"
    return gender_control("peer_gender", language)
