"""Numbers as people read them: Swedish decimal comma and thin-space thousands, or English."""

from __future__ import annotations

import math

MISSING_TEXT = {"sv": "uppgift saknas", "en": "no data"}


def format_number(value: float | None, decimals: int, language: str, signed: bool = False) -> str:
    """``value`` with ``decimals`` decimals in the language's style; missing → "uppgift saknas"."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return MISSING_TEXT.get(language, MISSING_TEXT["sv"])
    text = f"{value:{'+' if signed else ''},.{max(0, int(decimals))}f}"
    if language == "en":
        return text
    return text.replace(",", "\u202f").replace(".", ",").replace("-", "−")
