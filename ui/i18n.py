"""Interface texts in Swedish (first language) and English."""

from __future__ import annotations

from functools import cache
from typing import Literal

from rus_data.source_text import SOURCE_TEXTS

Language = Literal["sv", "en"]
LANGUAGES: tuple[Language, ...] = ("sv", "en")
LANGUAGE_NAMES = {"sv": "Svenska", "en": "English"}

TEXTS: dict[str, dict[Language, str]] = {
    # "source_line" and "demo_source_name": one wording, shared with the data layer's decks
    **SOURCE_TEXTS,  # type: ignore[dict-item]
    "app_title": {"sv": "Miljömålsdashboarden", "en": "Environmental Objectives Dashboard"},
    "app_subtitle": {
        "sv": "Regional uppföljning av miljömålen – RUS, länsstyrelserna",
        "en": "Regional follow-up of Sweden's environmental objectives – RUS, county boards",
    },
    "page_overview": {"sv": "Översikt", "en": "Overview"},
    "language": {"sv": "Språk", "en": "Language"},
    "region": {"sv": "Område", "en": "Area"},
    "year": {"sv": "År", "en": "Year"},
    "sweden": {"sv": "Sverige", "en": "Sweden"},
    "demo_banner": {
        "sv": "**Exempeldata – inte officiell statistik.** Värden och bedömningar här är "
        "syntetiska och skapade av programkod för att visa verktyget.",
        "en": "**Example data – not official statistics.** The values and assessments shown "
        "are synthetic, made by code to demonstrate the tool.",
    },
    "building_db": {
        "sv": "Databasen saknas – bygger den med referensdata och exempeldata …",
        "en": "The database is missing – building it with reference and example data …",
    },
    "built_db": {"sv": "Databasen är byggd.", "en": "The database has been built."},
    "overview_title": {"sv": "Översikt", "en": "Overview"},
    "overview_intro": {
        "sv": "Läget för de 16 miljökvalitetsmålen {year} i {region}: om målet nås till 2030 "
        "och hur utvecklingen går.",
        "en": "The state of the 16 environmental quality objectives in {region}, {year}: "
        "whether each will be reached by 2030 and which way things are moving.",
    },
    "status_heading": {"sv": "Status per miljömål", "en": "Status per objective"},
    "matrix_heading": {
        "sv": "Alla län och miljömål",
        "en": "All counties and objectives",
    },
    "matrix_help": {
        "sv": "Färg och symbol visar status (✓ ja, ◐ nära, ✗ nej); pilen visar trenden "
        "(↗ positiv, → neutral, ↘ negativ, ? oklar). Grå ruta: målet bedöms inte där. "
        "Målen 1, 5 och 6 bedöms bara nationellt.",
        "en": "Colour and symbol show the status (✓ yes, ◐ close, ✗ no); the arrow shows the "
        "trend (↗ positive, → neutral, ↘ negative, ? unclear). Grey cell: not assessed there. "
        "Objectives 1, 5 and 6 are assessed only nationally.",
    },
    "count_status": {"sv": "{label}", "en": "{label}"},
    "changed_since": {
        "sv": "↻ Ändrad status sedan {year}",
        "en": "↻ Status changed since {year}",
    },
    "not_assessed_regionally": {
        "sv": "Bedöms bara nationellt",
        "en": "Assessed nationally only",
    },
    "not_assessed_here": {"sv": "Bedöms inte i länet", "en": "Not assessed in this county"},
    "no_assessment": {"sv": "Uppgift saknas", "en": "No data"},
    "trend": {"sv": "Trend", "en": "Trend"},
    "previous": {"sv": "Året innan: {label}", "en": "Year before: {label}"},
    "download_csv": {"sv": "Ladda ner data (CSV)", "en": "Download data (CSV)"},
    "no_data_year": {
        "sv": "Det finns inga bedömningar för {year}.",
        "en": "There are no assessments for {year}.",
    },
    "error_generic": {
        "sv": "Något gick fel när sidan skulle visas. Felet är loggat; försök igen.",
        "en": "Something went wrong while showing the page. The error is logged; try again.",
    },
    "about_data": {"sv": "Om data", "en": "About the data"},
}


@cache
def _all_texts() -> dict[str, dict[Language, str]]:
    """The core texts merged with every page's own text module (``ui/texts_*.py``)."""
    from ui import texts_registry

    merged = dict(TEXTS)
    for feature_texts in texts_registry.FEATURE_TEXTS:
        overlap = merged.keys() & feature_texts.keys()
        if overlap:
            raise KeyError(f"Text keys defined twice: {sorted(overlap)}")
        merged.update(feature_texts)
    return merged


def t(key: str, language: str, **values: object) -> str:
    """The text for ``key`` in ``language``, with ``{placeholders}`` filled from ``values``."""
    entry = _all_texts()[key]
    text = entry.get(language) or entry["sv"]  # type: ignore[call-overload]
    return text.format(**values) if values else text
