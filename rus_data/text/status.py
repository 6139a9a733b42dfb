"""How assessment status and trend are shown: colour, symbol and words in both languages.

Colours are told apart by people with common colour-vision deficiencies (dark blue, light
orange, dark red differ in both hue and lightness) and every status also has a symbol and text.
"""

from __future__ import annotations

from dataclasses import dataclass

from rus_data.text.labels import BilingualLabel


@dataclass(frozen=True)
class Style(BilingualLabel):
    """Colour, symbol and labels of one status or trend value."""

    code: str
    colour: str
    symbol: str
    label_sv: str
    label_en: str


STATUS_STYLES: dict[str, Style] = {
    "JA": Style("JA", "#2166AC", "✓", "Ja, nås", "Yes, will be reached"),
    "NÄRA": Style("NÄRA", "#FDB863", "◐", "Nära att nås", "Close to being reached"),
    "NEJ": Style("NEJ", "#B2182B", "✗", "Nej, nås inte", "No, will not be reached"),
}
NOT_ASSESSED = Style("EJ", "#E6E6E6", "–", "Bedöms inte här", "Not assessed here")
MISSING = Style("SAKNAS", "#FFFFFF", "?", "Uppgift saknas", "No data")

TREND_STYLES: dict[str, Style] = {
    "POSITIV": Style("POSITIV", "#2166AC", "↗", "Positiv", "Positive"),
    "NEUTRAL": Style("NEUTRAL", "#6B6B6B", "→", "Neutral", "Neutral"),
    "NEGATIV": Style("NEGATIV", "#B2182B", "↘", "Negativ", "Negative"),
    "OKLAR": Style("OKLAR", "#6B6B6B", "?", "Oklar", "Unclear"),
}


def status_style(status: str | None, assessed: bool = True) -> Style:
    """The style for a status, or for "not assessed" / "no data"."""
    if not assessed:
        return NOT_ASSESSED
    return STATUS_STYLES.get(status or "", MISSING)


def trend_style(trend: str | None) -> Style | None:
    """The style for a trend, or None when there is none."""
    return TREND_STYLES.get(trend or "")


def cell_text_colour(style: Style) -> str:
    """White on the dark status colours (yes, no), black on every other."""
    return "white" if style.code in ("JA", "NEJ") else "black"
