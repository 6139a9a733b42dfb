"""The choice of women, men or the total for an indicator split by sex, and the name that
says which is shown; the same control on Karta, Trender and Jämför kommuner."""

from __future__ import annotations

from typing import Any

from rus_data.text import t
from ui.url_widgets import Place, url_options

GENDERS = ["T", "K", "M"]  # total (the default), women, men


def gender_control(key: str, language: str, *, place: Place = None, **kwargs: Any) -> str:
    """``T``, ``K`` or ``M``, bound to the URL parameter ``key``."""
    label = t("gender_label", language)
    return url_options(
        key, label, GENDERS, "T", language, text_key="gender_", place=place, **kwargs
    )


def gendered(name: str, gender: str, language: str) -> str:
    """An indicator's name with "kvinnor"/"män" when a sex is chosen."""
    return name if gender == "T" else f"{name} – {t(f'gender_{gender}', language).lower()}"
