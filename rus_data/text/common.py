"""Texts that the data layer and every page share: the country, source lines, demo data."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "source_line": {"sv": "Källa: {sources}", "en": "Source: {sources}"},
    "demo_source_name": {
        "sv": "Exempeldata – inte officiell statistik",
        "en": "Example data – not official statistics",
    },
    "sweden": {"sv": "Sverige", "en": "Sweden"},
}
