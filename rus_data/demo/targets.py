"""Illustrative quantified targets for a few demo indicators, and the build step that loads them.

These targets are made up for the demo, like the values they go with: round numbers of a
plausible kind (a share to reach by 2030, a cut relative to a reference year). They are stored
with the demo source (``is_demo = true``) and the interface calls them illustrative.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import duckdb

from rus_data.demo.catalogue import DEMO_INDICATORS

DEMO_SOURCE_ID = 2  # the demo source row written by rus_data.build.database


@dataclass(frozen=True)
class DemoTarget:
    """One illustrative target; ``region_code`` None means it applies to every region."""

    indicator_id: str
    target_year: int
    kind: Literal["level", "change"]
    target_value: float
    reference_year: int | None
    label_sv: str
    label_en: str
    region_code: str | None = None


DEMO_TARGETS: tuple[DemoTarget, ...] = (
    DemoTarget(
        "ghg_emissions_per_capita", 2030, "change", -60.0, 1990,
        "Exempelmål: 60 % lägre än 1990 till år 2030",
        "Example target: 60 % below 1990 by 2030",
    ),
    DemoTarget(
        "road_transport_emissions_per_capita", 2030, "change", -70.0, 2010,
        "Exempelmål: 70 % lägre än 2010 till år 2030",
        "Example target: 70 % below 2010 by 2030",
    ),
    DemoTarget(
        "electric_car_share_new_registrations", 2030, "level", 90.0, None,
        "Exempelmål: 90 % elbilar bland nya bilar år 2030",
        "Example target: 90 % electric among new cars in 2030",
    ),
    DemoTarget(
        "no2_urban_background", 2030, "level", 10.0, None,
        "Exempelmål: högst 10 µg/m³ år 2030",
        "Example target: at most 10 µg/m³ in 2030",
    ),
    DemoTarget(
        "pm10_street_level", 2030, "level", 15.0, None,
        "Exempelmål: högst 15 µg/m³ år 2030",
        "Example target: at most 15 µg/m³ in 2030",
    ),
    DemoTarget(
        "organic_arable_land_share", 2030, "level", 30.0, None,
        "Exempelmål: 30 % ekologiskt odlad åkermark år 2030",
        "Example target: 30 % organic arable land in 2030",
    ),
    DemoTarget(
        "protected_nature_share", 2030, "level", 30.0, None,
        "Exempelmål: 30 % skyddad natur år 2030",
        "Example target: 30 % protected nature in 2030",
    ),
    DemoTarget(
        "marine_protected_area_share", 2030, "level", 30.0, None,
        "Exempelmål: 30 % skyddad havsarea år 2030",
        "Example target: 30 % protected marine area in 2030",
    ),
    DemoTarget(
        "household_waste_per_capita", 2030, "change", -25.0, 2015,
        "Exempelmål: 25 % mindre hushållsavfall per invånare än 2015 till år 2030",
        "Example target: 25 % less household waste per inhabitant than 2015 by 2030",
    ),
    DemoTarget(
        "household_waste_material_recycling_share", 2035, "level", 65.0, None,
        "Exempelmål: 65 % till materialåtervinning år 2035",
        "Example target: 65 % to material recycling in 2035",
    ),
    DemoTarget(
        "consumption_ghg_per_capita", 2045, "level", 1.0, None,
        "Exempelmål: högst 1 ton CO₂e per invånare år 2045",
        "Example target: at most 1 tonne CO₂e per inhabitant in 2045",
    ),
)  # fmt: skip


def load_demo_targets(
    connection: duckdb.DuckDBPyConnection,
    seed: int,
    progress: Callable[[str], None],
    with_demo: bool,
) -> None:
    """Build step: insert the illustrative targets (only when the demo data are loaded)."""
    del seed  # the targets do not depend on the seed
    if not with_demo:
        return
    known = {indicator.id for indicator in DEMO_INDICATORS}
    unknown = [t.indicator_id for t in DEMO_TARGETS if t.indicator_id not in known]
    if unknown:
        raise ValueError(f"Exempelmål för okända indikatorer: {unknown}")
    connection.executemany(
        "INSERT INTO indicator_target (id, indicator_id, region_code, target_year, kind, "
        "target_value, reference_year, label_sv, label_en, source_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                number,
                t.indicator_id,
                t.region_code,
                t.target_year,
                t.kind,
                t.target_value,
                t.reference_year,
                t.label_sv,
                t.label_en,
                DEMO_SOURCE_ID,
            )
            for number, t in enumerate(DEMO_TARGETS, start=1)
        ],
    )
    progress(f"  {len(DEMO_TARGETS)} exempelmål för indikatorer")
