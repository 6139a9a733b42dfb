"""Synthetic demo dataset: made by code from a fixed seed, never official statistics."""

DEMO_SOURCE_NAME = "Exempeldata – inte officiell statistik"
DEMO_SOURCE_DESCRIPTION = (
    "Syntetiska värden och bedömningar som genereras av rus_data.demo från ett fast frö. "
    "De visar hur verktyget fungerar och beskriver inte verkligheten."
)
