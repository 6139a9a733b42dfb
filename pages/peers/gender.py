"""The peers page's choice of women, men or the total, offered for an indicator split by sex."""

from __future__ import annotations

from rus_data.text import t
from ui.url_widgets import url_segmented


def gender_choice(indicator_id: str, split: list[str], language: str) -> str:
    """``T`` (total, the default), ``K`` (women) or ``M`` (men); only ``T`` when the
    indicator is not split by sex (no control is drawn then)."""
    if indicator_id not in split:
        return "T"
    return url_segmented(
        "peer_gender",
        t("gender_label", language),
        ["T", "K", "M"],
        "T",
        required=True,
        format_func=lambda g: t(f"gender_{g}", language),
    )


def gendered(name: str, gender: str, language: str) -> str:
    """An indicator's name with "kvinnor"/"män" when a sex is chosen."""
    return name if gender == "T" else f"{name} – {t(f'gender_{gender}', language).lower()}"
