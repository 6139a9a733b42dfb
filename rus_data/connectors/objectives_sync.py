"""``sync kolada --objectives``: the environmental objectives' indicators from Kolada at once.

Reads the KPI catalogue and Kolada's KPI groups, plans the KPIs that follow up the objectives
(:mod:`rus_data.connectors.kolada_objectives`), fetches their values for Sweden, every county
and every municipality (one paged answer per KPI and 25 years), and writes them in one
transaction, or only reports the plan with ``dry_run``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rus_data.connectors.answers import checked_kpi, user_text
from rus_data.connectors.kolada import KoladaClient
from rus_data.connectors.kolada_objectives import (
    PlannedKpi,
    counts_text,
    objectives_group_members,
    plan_objectives,
    unit_from_title,
)
from rus_data.connectors.sync import (
    WHO,
    Progress,
    _client,
    _new_indicator,
    _region_codes,
    _write_all,
    aggregation_of,
    known_indicators,
    kolada_source,
)
from rus_data.imports.writer import Batch, Mode, SourceInfo

NO_DIRECTION_NOTE = (
    "Kolada anger inte om höga eller låga värden är bättre och den granskade tabellen har "
    "ingen riktning för nyckeltalet: förändringen visas utan omdöme."
)


@dataclass(frozen=True)
class ObjectivesResult:
    """What ``--objectives`` planned and, unless a dry run, wrote."""

    plan: list[PlannedKpi]
    row_count: int = 0
    sources: dict[str, int] = field(default_factory=dict)
    new_indicators: list[str] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)
    calls: int = 0
    dry_run: bool = False

    def counts(self) -> str:
        """The plan's counts in one Swedish line."""
        return counts_text(self.plan)


def _batch(
    planned: PlannedKpi,
    kolada: KoladaClient,
    years: list[int],
    existing: set[str],
    imported_by: str,
    progress: Progress,
    skipped: dict[str, int],
    new: list[str],
) -> tuple[Batch, SourceInfo]:
    kpi = checked_kpi(planned.kpi, progress)
    values, left_out = kolada.values(
        kpi.id, _region_codes(kpi.municipality_type), years, progress, every_region=True
    )
    for key, count in left_out.items():
        skipped[key] = skipped.get(key, 0) + count
    values = values.drop_duplicates(["indicator_id", "region_code", "year", "gender"], keep="last")
    indicators = links = None
    if kpi.id not in existing:
        unit = unit_from_title(kpi.title)
        note = "Skapad från Koladas metadata med --objectives; miljömålen enligt " + (
            "Koladas beskrivning eller urval."
            if planned.origin != "reviewed"
            else "projektets granskade tabell."
        )
        if planned.better == "none":
            note += " " + NO_DIRECTION_NOTE
        level = "lan" if kpi.municipality_type.upper() == "L" else "kommun"
        indicators, links = _new_indicator(
            kpi.id,
            kpi.title,
            kpi.description,
            unit,
            planned.better,
            level,
            note,
            planned.objectives,
            aggregation_of(unit),
        )
        new.append(kpi.id)
    return Batch.indicator_values(values, indicators, links), kolada_source(kpi, imported_by)


def sync_kolada_objectives(
    path: Path,
    years: list[int],
    *,
    dry_run: bool = False,
    mode: Mode = "replace",
    imported_by: str = "okänd",
    client: KoladaClient | None = None,
    progress: Progress = lambda _m: None,
) -> ObjectivesResult:
    """Plan the objectives' KPIs from Kolada's catalogue and, unless ``dry_run``, fetch their
    values for Sweden, counties and municipalities and write them in one transaction."""
    user_text(imported_by, WHO, "Namnet på den som hämtar")
    with _client(client, KoladaClient) as kolada:
        progress("Läser Koladas KPI-katalog och KPI-grupper …")
        catalogue = kolada.catalogue()
        members = objectives_group_members(kolada.kpi_groups())
        plan = plan_objectives(catalogue, members)
        if not plan:
            raise ValueError("Koladas katalog gav inga nyckeltal som följer upp miljömålen.")
        if dry_run:
            return ObjectivesResult(plan, calls=kolada.http.calls, dry_run=True)
        existing = known_indicators(path)
        skipped: dict[str, int] = {}
        new: list[str] = []
        batches = []
        for planned in plan:
            progress(f"Hämtar {planned.kpi.id} ({planned.kpi.title}) …")
            batches.append(
                _batch(planned, kolada, years, existing, imported_by, progress, skipped, new)
            )
    progress("Skriver till databasen i en transaktion …")
    sources, rows = _write_all(path, batches, mode)
    return ObjectivesResult(plan, rows, sources, new, skipped, kolada.http.calls)
