"""Sync from Kolada and SCB: fetch everything first, then write it in one transaction.

A sync that fails while fetching writes nothing. Each KPI or table becomes its own ``source``
row (kind ``kolada`` or ``scb``), so it can be undone on its own; by default a new sync of the
same KPI replaces the rows of the previous one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import AbstractContextManager, closing, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, TypeVar

import duckdb
import pandas as pd

from rus_data.connectors.answers import checked_kpi, checked_scb_texts, user_text
from rus_data.connectors.http import ConnectorError
from rus_data.connectors.kolada import KoladaClient, Kpi
from rus_data.connectors.kolada import base_url as kolada_base_url
from rus_data.connectors.scb import Dimension, ScbClient, year_of
from rus_data.connectors.scb import base_url as scb_base_url
from rus_data.db.readers import reading
from rus_data.imports.bounds import CODE, LONG, TEXT_RULES, UNIT, cut_text
from rus_data.imports.writer import Batch, Mode, SourceInfo, apply_batch, transaction_on_copy
from rus_data.reference.regions import regions

Progress = Callable[[str], None]
KOLADA_LICENSE = "Kolada (RKA): fri att använda med källangivelse"
SCB_LICENSE = "CC0 (SCB)"
BETTER_CHOICES = ("higher", "lower")
WHO = TEXT_RULES["imported_by"]
CONTENTS_DIMENSIONS = ("ContentsCode", "contentscode", "Tabellinnehall")


class _Closable(Protocol):
    def close(self) -> None: ...


_Client = TypeVar("_Client", bound=_Closable)


@dataclass(frozen=True)
class SyncResult:
    """What one sync wrote and what it left out."""

    sources: dict[str, int]
    row_count: int
    new_indicators: list[str]
    skipped: dict[str, int] = field(default_factory=dict)
    calls: int = 0


def parse_years(text: str) -> list[int]:
    """Years from ``2010-2024`` or ``2018,2020,2022``; ValueError in Swedish when malformed."""
    years: set[int] = set()
    for part in (p.strip() for p in str(text).split(",") if p.strip()):
        found = re.fullmatch(r"(\d{4})\s*[-–]\s*(\d{4})|(\d{4})", part)
        if not found:
            raise ValueError(f"Ogiltiga år ”{part}”; skriv t.ex. 2010-2024 eller 2018,2020.")
        start, end, single = found.groups()
        low, high = (int(single), int(single)) if single else (int(start), int(end))
        if low > high or low < 1900 or high > 2100:
            raise ValueError(f"Ogiltigt årsintervall ”{part}”; väntade år mellan 1900 och 2100.")
        years.update(range(low, high + 1))
    if not years:
        raise ValueError("Inga år angivna; skriv t.ex. 2010-2024.")
    return sorted(years)


def known_indicators(path: Path) -> set[str]:
    """Indicator ids already in the database (empty if it cannot be read right now)."""
    try:
        with reading(path) as connection, connection.cursor() as cursor:
            return {i for (i,) in cursor.execute("SELECT id FROM indicator").fetchall()}
    except (duckdb.Error, OSError):
        return set()


def _region_codes(municipality_type: str) -> list[str]:
    table = regions()
    levels = {"K": {"riket", "kommun"}, "L": {"riket", "lan"}}.get(
        municipality_type.upper(), {"riket", "lan", "kommun"}
    )
    return table.loc[table["level"].isin(levels), "code"].tolist()


def _client(given: _Client | None, make: Callable[[], _Client]) -> AbstractContextManager[_Client]:
    """``given`` as it is, or a new client from ``make`` that is closed when the block ends."""
    return nullcontext(given) if given is not None else closing(make())


def _new_indicator(
    identifier: str,
    name: str,
    description: str,
    unit: str,
    better: str | None,
    finest_level: str,
    note: str,
    objectives: tuple[int, ...],
    aggregation: str = "mean",
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The ``indicator`` row of an indicator a sync creates, and its objective links."""
    row = {
        "id": identifier,
        "name_sv": name,
        "name_en": name,
        "unit": unit,
        "unit_en": unit,
        "better": str(better),
        "finest_level": finest_level,
        "aggregation": aggregation,
        "decimals": 1,
        "description_sv": (description + "\n\n" + note).strip(),
        "description_en": note,
    }
    links = pd.DataFrame({"indicator_id": identifier, "objective_id": list(objectives)})
    return pd.DataFrame([row]), links


def _require_better(missing: list[str], better: str | None) -> None:
    if missing and better not in BETTER_CHOICES:
        raise ValueError(
            f"Indikatorn {', '.join(missing)} finns inte i databasen än och API:et säger inte om "
            "höga eller låga värden är bättre. Ange det: --better higher eller --better lower."
        )


def _write_all(
    path: Path, batches: list[tuple[Batch, SourceInfo]], mode: Mode
) -> tuple[dict[str, int], int]:
    def work(connection: duckdb.DuckDBPyConnection) -> tuple[dict[str, int], int]:
        sources: dict[str, int] = {}
        rows = 0
        for batch, source in batches:
            result = apply_batch(connection, batch, source, mode)
            sources[source.name] = int(result.source_id or 0)
            rows += result.row_count
        return sources, rows

    return transaction_on_copy(path, work)


def sync_kolada(
    path: Path,
    kpi_ids: list[str],
    years: list[int],
    *,
    better: str | None = None,
    unit: str | None = None,
    objectives: tuple[int, ...] = (),
    mode: Mode = "replace",
    imported_by: str = "okänd",
    client: KoladaClient | None = None,
    progress: Progress = lambda _m: None,
    existing: set[str] | None = None,
) -> SyncResult:
    """Fetch the KPIs' values for Sweden, counties and municipalities, then write them at once."""
    ids = sorted({k.strip().upper() for k in kpi_ids if k.strip()})
    if not ids:
        raise ValueError("Ange minst ett KPI-id, t.ex. --kpi N00401.")
    for kpi_id in ids:
        user_text(kpi_id, CODE, f"KPI-id {kpi_id[:40]!r}")
    user_text(unit, UNIT, "Enheten")
    user_text(imported_by, WHO, "Namnet på den som hämtar")
    existing = known_indicators(path) if existing is None else existing
    _require_better([k for k in ids if k not in existing], better)
    with _client(client, KoladaClient) as kolada:
        progress(f"Hämtar metadata för {', '.join(ids)} från Kolada …")
        metadata = kolada.kpis(ids)
        unknown = [k for k in ids if k not in metadata]
        if unknown:
            raise ConnectorError(f"Kolada känner inte till KPI {', '.join(unknown)}.")
        batches: list[tuple[Batch, SourceInfo]] = []
        skipped_total: dict[str, int] = {}
        new: list[str] = []
        for kpi_id in ids:
            kpi = checked_kpi(metadata[kpi_id], progress)
            progress(f"Hämtar värden för {kpi_id} ({kpi.title}), {years[0]}–{years[-1]} …")
            values, skipped = kolada.values(
                kpi_id, _region_codes(kpi.municipality_type), years, progress, every_region=True
            )
            for key, count in skipped.items():
                skipped_total[key] = skipped_total.get(key, 0) + count
            values = values.drop_duplicates(
                ["indicator_id", "region_code", "year", "gender"], keep="last"
            )
            batches.append(
                _kolada_batch(kpi, values, existing, better, unit, objectives, new, imported_by)
            )
    progress("Skriver till databasen i en transaktion …")
    sources, rows = _write_all(path, batches, mode)
    return SyncResult(sources, rows, new, skipped_total, kolada.http.calls)


def kolada_source(kpi: Kpi, imported_by: str) -> SourceInfo:
    """The source row of one Kolada KPI's values: its address, licence and title."""
    return SourceInfo(
        name=f"Kolada {kpi.id}",
        kind="kolada",
        imported_by=imported_by,
        url=f"{kolada_base_url().rstrip('/')}/kpi/{kpi.id}",
        license=KOLADA_LICENSE,
        description=kpi.title,
    )


def _kolada_batch(
    kpi: Kpi,
    values: pd.DataFrame,
    existing: set[str],
    better: str | None,
    unit: str | None,
    objectives: tuple[int, ...],
    new: list[str],
    imported_by: str,
) -> tuple[Batch, SourceInfo]:
    indicators = None
    links = None
    if kpi.id not in existing:
        note = (
            "Skapad från Koladas metadata. Om höga eller låga värden är bättre är angivet vid "
            "importen, inte hämtat från Kolada; titeln finns bara på svenska."
        )
        level = "lan" if kpi.municipality_type.upper() == "L" else "kommun"
        indicators, links = _new_indicator(
            kpi.id,
            kpi.title,
            kpi.description,
            unit or "enligt Kolada",
            better,
            level,
            note,
            objectives,
        )
        new.append(kpi.id)
    return Batch.indicator_values(values, indicators, links), kolada_source(kpi, imported_by)


_RATE_UNIT = re.compile(r"%|procent|andel|per\b|/|medel|kvot|index", re.IGNORECASE)


def aggregation_of(unit: str) -> str:
    """``mean`` for shares and rates (``%``, ``per``, ``/``), ``sum`` for counts and
    amounts (``antal``, ``hektar``, ``ton``): counts are summed, never averaged."""
    return "mean" if _RATE_UNIT.search(unit or "") else "sum"


def _pick_codes(dim_id: str, codes: list[str], chosen: str | None) -> list[str]:
    if chosen is not None:
        if chosen not in codes:
            raise ValueError(
                f"Dimensionen {dim_id} har ingen kod ”{chosen}”; möjliga: {', '.join(codes[:12])}."
            )
        return [chosen]
    if len(codes) == 1:
        return codes
    raise ValueError(
        f"Välj ett värde för dimensionen {dim_id} med --select {dim_id}=KOD "
        f"(möjliga: {', '.join(codes[:12])}{' …' if len(codes) > 12 else ''})."
    )


def sync_scb(
    path: Path,
    table_id: str,
    years: list[int],
    *,
    contents: str | None = None,
    select: dict[str, str] | None = None,
    indicator_id: str | None = None,
    better: str | None = None,
    objectives: tuple[int, ...] = (),
    mode: Mode = "replace",
    imported_by: str = "okänd",
    client: ScbClient | None = None,
    progress: Progress = lambda _m: None,
    existing: set[str] | None = None,
) -> SyncResult:
    """Fetch one SCB table's values for our regions and years and write them as an indicator."""
    select = dict(select or {})
    user_text(imported_by, WHO, "Namnet på den som hämtar")
    with _client(client, ScbClient) as scb:
        progress(f"Hämtar metadata för tabell {table_id} från SCB …")
        dims = scb.metadata(table_id)
        region_dim = next((d for d in dims if d.id in ("Region", "region")), None)
        time_dim = next((d for d in dims if d.id in ("Tid", "tid", "Year", "year")), None)
        if region_dim is None or time_dim is None:
            raise ValueError(
                f"Tabell {table_id} saknar dimensionerna Region och Tid; den kan inte läsas "
                "som indikatorvärden per region och år."
            )
        ours = set(regions()["code"])
        selection: dict[str, list[str]] = {
            region_dim.id: [c for c in region_dim.codes if c in ours],
            time_dim.id: [c for c in time_dim.codes if (year_of(c) or 0) in set(years)],
        }
        if not selection[region_dim.id]:
            raise ValueError(f"Tabell {table_id} har inga regionkoder som vi känner igen.")
        if not selection[time_dim.id]:
            raise ValueError(f"Tabell {table_id} har inga årsvärden för de valda åren.")
        contents_dim = next((d for d in dims if d.id in CONTENTS_DIMENSIONS), None)
        chosen_by_dim = {k.lower(): v for k, v in select.items()}
        picked: list[tuple[Dimension, str]] = []
        for dim in dims:
            if dim in (region_dim, time_dim):
                continue
            chosen = (
                contents
                if dim is contents_dim and contents
                else chosen_by_dim.pop(dim.id.lower(), None)
            )
            if chosen is None and dim.elimination and dim is not contents_dim:
                continue  # left out: SCB answers the total over it
            selection[dim.id] = _pick_codes(dim.id, dim.codes, chosen)
            if dim is not contents_dim and chosen is not None:
                picked.append((dim, selection[dim.id][0]))
        if chosen_by_dim:
            raise ValueError(f"Tabellen har ingen dimension {', '.join(chosen_by_dim)}.")
        content_code = selection[contents_dim.id][0] if contents_dim else "varde"
        suffix = "".join(f"_{code}" for _dim, code in picked)
        identifier = indicator_id or re.sub(
            r"[^a-z0-9_]+", "_", f"scb_{table_id}_{content_code}{suffix}".lower()
        )
        existing = known_indicators(path) if existing is None else existing
        _require_better([] if identifier in existing else [identifier], better)
        frame = scb.data(table_id, selection, progress)
    frame = frame.loc[frame[region_dim.id].isin(ours)] if not frame.empty else frame
    values = pd.DataFrame(
        {
            "indicator_id": identifier,
            "region_code": frame[region_dim.id].astype(str),
            "year": frame[time_dim.id].map(year_of),
            "gender": "T",
            "value": frame["value"].astype(float),
        }
    ).dropna(subset=["year"])
    values["year"] = values["year"].astype(int)
    indicators = None
    links = None
    new = []
    if identifier not in existing:
        label = contents_dim.labels.get(content_code, table_id) if contents_dim else table_id
        for dim, code in picked:  # the name says what was selected: "Folkmängd, män"
            label += f", {dim.labels.get(code, code)}"
        unit = (contents_dim.units.get(content_code) if contents_dim else None) or "enligt SCB"
        label, unit = checked_scb_texts(table_id, label, unit)
        note = (
            f"Skapad från SCB:s tabell {table_id}. Om höga eller låga värden är bättre är angivet "
            "vid importen, inte hämtat från SCB."
        )
        indicators, links = _new_indicator(
            identifier, label, "", unit, better, "kommun", note, objectives, aggregation_of(unit)
        )
        new.append(identifier)
    source = SourceInfo(
        name=f"SCB {table_id} {content_code}" + "".join(f" {d.id}={c}" for d, c in picked),
        kind="scb",
        imported_by=imported_by,
        url=f"{scb_base_url().rstrip('/')}/tables/{table_id}",
        license=SCB_LICENSE,
        description=cut_text(
            f"Tabell {table_id}, "
            + ", ".join(f"{k}={v[0]}" for k, v in selection.items() if len(v) == 1),
            LONG,
        ),
    )
    batch = Batch.indicator_values(values, indicators, links)
    progress("Skriver till databasen i en transaktion …")
    sources, rows = _write_all(path, [(batch, source)], mode)
    skipped = {"null": 0}
    return SyncResult(sources, rows, new, skipped, scb.http.calls)
