"""Kolada API v3: KPI search and metadata, municipality groups, and values for our regions.

Kolada names regions by id: municipalities by their 4-digit code, counties (regions) by ``00``
plus the county code, Sweden by ``0000``. :func:`region_from_kolada` maps them to our codes.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import pandas as pd

from rus_data.connectors.http import ConnectorError, JsonClient
from rus_data.text.progress import progress_bar

DEFAULT_BASE_URL = "https://api.kolada.se/v3"
MAX_IDS_PER_CALL = 25
MAX_YEARS_PER_CALL = 25
MAX_PAGES = 10_000
GENDERS = ("T", "K", "M")

Progress = Callable[[str], None]


def base_url() -> str:
    """``$KOLADA_BASE_URL`` or Kolada's public v3 address."""
    return os.environ.get("KOLADA_BASE_URL", "").strip() or DEFAULT_BASE_URL


def region_from_kolada(kolada_id: str) -> str | None:
    """Our region code for a Kolada id: ``0000`` → ``00``, ``0001`` → ``01``, ``0180`` stays."""
    text = str(kolada_id).strip()
    if len(text) != 4 or not text.isdigit():
        return None
    if text == "0000":
        return "00"
    if text.startswith("00"):
        return text[2:]
    return text


def region_to_kolada(region_code: str) -> str:
    """Kolada's id for one of our region codes."""
    if region_code == "00":
        return "0000"
    if len(region_code) == 2:
        return "00" + region_code
    return region_code


def batches(items: list[str], size: int) -> Iterator[list[str]]:
    """``items`` in consecutive chunks of at most ``size``."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass(frozen=True)
class Kpi:
    """The metadata of one Kolada KPI that we use."""

    id: str
    title: str
    description: str
    municipality_type: str
    is_divided_by_gender: bool
    publication_date: str | None = None

    @classmethod
    def from_json(cls, item: dict[str, Any]) -> Kpi:
        """Read a KPI object of the API."""
        return cls(
            id=str(item["id"]),
            title=str(item.get("title") or item["id"]),
            description=str(item.get("description") or ""),
            municipality_type=str(item.get("municipality_type") or "A"),
            is_divided_by_gender=bool(item.get("is_divided_by_gender")),
            publication_date=item.get("publication_date"),
        )


class KoladaClient:
    """Reads Kolada's API through a retrying :class:`JsonClient`."""

    def __init__(self, client: JsonClient | None = None) -> None:
        self.http = client or JsonClient(base_url(), "Kolada", env_name="KOLADA_BASE_URL")

    def close(self) -> None:
        """Close the HTTP connections."""
        self.http.close()

    def _pages(self, path: str, params: dict[str, str] | None = None) -> Iterator[dict]:
        """Every item of a paged answer, following ``next_url`` (v3) or ``next_page`` (v2)."""
        url: str | None = path
        seen: set[str] = set()
        while url:
            if url in seen or len(seen) >= MAX_PAGES:
                raise ConnectorError(f"Kolada skickade en sidhänvisning i cirkel ({url}).")
            seen.add(url)
            page = self.http.get_json(url, params if len(seen) == 1 else None)
            if not isinstance(page, dict) or not isinstance(page.get("values"), list):
                raise ConnectorError(
                    f"Kolada svarade i ett oväntat format ({self.http.url(url)}): "
                    "fältet ”values” saknas."
                )
            yield from page["values"]
            url = page.get("next_url") or page.get("next_page") or None

    def search_kpis(self, title: str) -> list[Kpi]:
        """KPIs whose title contains ``title``."""
        return [Kpi.from_json(item) for item in self._pages("kpi", {"title": title})]

    def kpis(self, kpi_ids: Iterable[str]) -> dict[str, Kpi]:
        """Metadata of the given KPIs by id; ids Kolada does not know are missing."""
        found: dict[str, Kpi] = {}
        for chunk in batches(sorted(set(kpi_ids)), MAX_IDS_PER_CALL):
            for item in self._pages("kpi/" + ",".join(chunk)):
                kpi = Kpi.from_json(item)
                found[kpi.id] = kpi
        return found

    def municipality_groups(self) -> list[dict[str, Any]]:
        """Kolada's municipality groups with their members (``id``, ``title``, ``members``)."""
        return list(self._pages("municipality_groups"))

    def values(
        self,
        kpi_id: str,
        region_codes: list[str],
        years: list[int],
        progress: Progress = lambda _m: None,
    ) -> tuple[pd.DataFrame, dict[str, int]]:
        """Values of one KPI for our regions and years: rows and counts of what was skipped.

        Null values (with a status) are left out: missing is never zero.
        """
        kolada_ids = [region_to_kolada(code) for code in region_codes]
        year_texts = [str(y) for y in sorted(set(years))]
        id_chunks = list(batches(kolada_ids, MAX_IDS_PER_CALL))
        year_chunks = list(batches(year_texts, MAX_YEARS_PER_CALL))
        records = []
        skipped = {"null": 0, "unknown_region": 0, "other_gender": 0}
        done = 0
        for ids in id_chunks:
            for chunk_years in year_chunks:
                path = (
                    f"data/kpi/{kpi_id}/municipality/{','.join(ids)}/year/{','.join(chunk_years)}"
                )
                for row in self._pages(path):
                    records.extend(_rows_of(row, kpi_id, skipped))
                done += 1
                progress(
                    f"  {kpi_id} {progress_bar(done, len(id_chunks) * len(year_chunks))} anrop"
                )
        frame = pd.DataFrame(
            records, columns=["indicator_id", "region_code", "year", "gender", "value"]
        )
        return frame, skipped


def _rows_of(row: Any, kpi_id: str, skipped: dict[str, int]) -> list[tuple]:
    if not isinstance(row, dict) or "values" not in row:
        raise ConnectorError("Kolada svarade med en datarad utan ”values”.")
    region = region_from_kolada(str(row.get("municipality", "")))
    try:
        year = int(row.get("period"))
    except (TypeError, ValueError):
        raise ConnectorError(
            f"Kolada svarade med ett ogiltigt år: {row.get('period')!r}."
        ) from None
    out = []
    for cell in row["values"] or []:
        gender = str(cell.get("gender") or "T").upper()
        value = cell.get("value")
        if region is None:
            skipped["unknown_region"] += 1
        elif gender not in GENDERS:
            skipped["other_gender"] += 1
        elif value is None:
            skipped["null"] += 1
        else:
            try:
                out.append((kpi_id, region, year, gender, float(value)))
            except (TypeError, ValueError):
                raise ConnectorError(
                    f"Kolada svarade med ett värde som inte är ett tal: {value!r}."
                ) from None
    return out
