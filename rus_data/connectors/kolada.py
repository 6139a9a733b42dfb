"""Kolada API v3: KPI search and metadata, municipality groups, and values for our regions.

Kolada names regions by id: municipalities by their 4-digit code, counties (regions) by ``00``
plus the county code, Sweden by ``0000``. :func:`region_from_kolada` maps them to our codes.
Answers are checked as they arrive: their shape, every value (finite, within the sane range
of :mod:`rus_data.imports.bounds`, named by KPI, region and year when not), and a client's
total of pages and rows (one client serves one sync).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

import pandas as pd

from rus_data.connectors.http import NOTHING_WRITTEN, ConnectorError, JsonClient
from rus_data.imports.bounds import OUT_OF_RANGE, number_from_api, one_line, shown
from rus_data.text.progress import progress_bar

DEFAULT_BASE_URL = "https://api.kolada.se/v3"
MAX_IDS_PER_CALL = 25
MAX_YEARS_PER_CALL = 25
MAX_PAGES_PER_SYNC = 5_000
MAX_ROWS_PER_SYNC = 500_000  # each row holds at most one value per gender
GENDERS = ("T", "K", "M")

Progress = Callable[[str], None]


def base_url() -> str:
    """``$KOLADA_BASE_URL`` or Kolada's public v3 address."""
    return os.environ.get("KOLADA_BASE_URL", "").strip() or DEFAULT_BASE_URL


def region_from_kolada(kolada_id: str) -> str | None:
    """Our region code for a Kolada id: ``0000`` → ``00``, ``0001`` → ``01``, ``0180`` stays."""
    text = str(kolada_id).strip()
    if len(text) != 4 or not (text.isascii() and text.isdigit()):
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
    def from_json(cls, item: Any) -> Kpi:
        """Read a KPI object of the API; :class:`ConnectorError` when it is not one."""
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            raise ConnectorError(f"Kolada svarade med ett KPI utan id. {NOTHING_WRITTEN}")
        texts = {k: item.get(k) for k in ("title", "description", "publication_date")}
        for key, value in texts.items():
            if value is not None and not isinstance(value, str):
                raise ConnectorError(
                    f"Kolada svarade med ett ogiltigt fält {key} för KPI {item['id']!r} "
                    f"({shown(value)}). {NOTHING_WRITTEN}"
                )
        kind = item.get("municipality_type")
        return cls(
            id=item["id"],
            title=texts["title"] or item["id"],
            description=texts["description"] or "",
            municipality_type=kind if kind in ("K", "L", "A") else "A",
            is_divided_by_gender=item.get("is_divided_by_gender") is True,
            publication_date=texts["publication_date"],
        )


class KoladaClient:
    """Reads Kolada's API through a retrying :class:`JsonClient`."""

    def __init__(self, client: JsonClient | None = None) -> None:
        self.http = client or JsonClient(base_url(), "Kolada", env_name="KOLADA_BASE_URL")
        self.pages = 0
        self.rows = 0

    def close(self) -> None:
        """Close the HTTP connections."""
        self.http.close()

    def _pages(self, path: str, params: dict[str, str] | None = None) -> Iterator[dict]:
        """Every item of a paged answer, following ``next_url`` (v3) or ``next_page`` (v2)."""
        url: Any = path
        seen: set[str] = set()
        while url:
            if not isinstance(url, str) or url in seen:
                raise ConnectorError(
                    f"Kolada skickade en ogiltig sidhänvisning eller en i cirkel ({shown(url)}). "
                    f"{NOTHING_WRITTEN}"
                )
            self.pages += 1
            if self.pages > MAX_PAGES_PER_SYNC:
                raise ConnectorError(
                    f"Kolada skickade fler än {MAX_PAGES_PER_SYNC} sidor i en hämtning; den "
                    f"avbröts. Hämta färre KPI:er eller år åt gången. {NOTHING_WRITTEN}"
                )
            seen.add(url)
            page = self.http.get_json(url, params if len(seen) == 1 else None)
            if not isinstance(page, dict) or not isinstance(page.get("values"), list):
                raise ConnectorError(
                    f"Kolada svarade i ett oväntat format ({self.http.url(url)}): "
                    "fältet ”values” saknas."
                )
            self._count_rows(len(page["values"]))
            yield from page["values"]
            url = page.get("next_url") or page.get("next_page") or None

    def _count_rows(self, count: int) -> None:
        """Count rows of this client's sync; refuse past :data:`MAX_ROWS_PER_SYNC`."""
        self.rows += count
        if self.rows > MAX_ROWS_PER_SYNC:
            limit = f"{MAX_ROWS_PER_SYNC:,}".replace(",", " ")
            raise ConnectorError(
                f"Kolada skickade fler än {limit} rader i en hämtning; den avbröts. Hämta färre "
                f"KPI:er eller år åt gången. {NOTHING_WRITTEN}"
            )

    def search_kpis(self, title: str) -> list[Kpi]:
        """KPIs whose title contains ``title``, their titles as one printable line (for listing;
        a sync reads the metadata again and refuses a title it cannot store)."""
        found = [Kpi.from_json(item) for item in self._pages("kpi", {"title": title})]
        return [replace(kpi, title=one_line(kpi.title)) for kpi in found]

    def kpis(self, kpi_ids: Iterable[str]) -> dict[str, Kpi]:
        """Metadata of the given KPIs by id; ids Kolada does not know are missing."""
        found: dict[str, Kpi] = {}
        for chunk in batches(sorted(set(kpi_ids)), MAX_IDS_PER_CALL):
            for item in self._pages("kpi/" + ",".join(chunk)):
                kpi = Kpi.from_json(item)
                found[kpi.id] = kpi
        return found

    def catalogue(self) -> list[Kpi]:
        """The whole KPI catalogue (about 6,100 KPIs in a few pages of 5,000)."""
        return [Kpi.from_json(item) for item in self._pages("kpi")]

    def kpi_groups(self) -> list[dict[str, Any]]:
        """Kolada's KPI groups: ``id``, ``title`` and ``members`` (KPI ids, v3's
        ``member_id``); an empty list where Kolada does not answer them."""
        try:
            raw = list(self._pages("kpi_groups"))
        except ConnectorError:
            return []
        groups = []
        for group in raw:
            if not isinstance(group, dict) or not isinstance(group.get("title"), str):
                continue
            members = group.get("members") if isinstance(group.get("members"), list) else []
            ids = [
                str(m.get("member_id", m.get("id", ""))) if isinstance(m, dict) else ""
                for m in members
            ]
            groups.append({"id": group.get("id"), "title": group["title"], "members": ids})
        return groups

    def municipality_groups(self) -> list[dict[str, Any]]:
        """Kolada's municipality groups: ``id`` and ``title`` (text) and ``members``, a list of
        member ids (v3's ``member_id``; the retired v2 documentation's ``id`` is read too)."""
        groups = []
        for group in self._pages("municipality_groups"):
            members = group.get("members") if isinstance(group, dict) else None
            if (
                not isinstance(group, dict)
                or not isinstance(group.get("id"), str)
                or not isinstance(group.get("title"), str)
                or not isinstance(members, list | None)
            ):
                raise ConnectorError(
                    f"Kolada svarade med en kommungrupp i oväntat format ({shown(group)}). "
                    f"{NOTHING_WRITTEN}"
                )
            ids = [
                str(m.get("member_id", m.get("id", ""))) if isinstance(m, dict) else ""
                for m in members or []
            ]
            groups.append({"id": group["id"], "title": group["title"], "members": ids})
        return groups

    def values(
        self,
        kpi_id: str,
        region_codes: list[str],
        years: list[int],
        progress: Progress = lambda _m: None,
        *,
        every_region: bool = False,
    ) -> tuple[pd.DataFrame, dict[str, int]]:
        """Values of one KPI for our regions and years: rows and counts of what was skipped.

        With ``every_region`` the values come from ``/data/kpi/{id}/year/{years}``, which
        answers every municipality and region in one paged answer (one or two calls where
        batches of 25 ids take thirteen); rows of regions not asked for are skipped. Null
        values (with a status) and deleted cells (``isdeleted``) are left out: missing is
        never zero.
        """
        kolada_ids = [region_to_kolada(code) for code in region_codes]
        year_texts = [str(y) for y in sorted(set(years))]
        id_chunks = [[]] if every_region else list(batches(kolada_ids, MAX_IDS_PER_CALL))
        year_chunks = list(batches(year_texts, MAX_YEARS_PER_CALL))
        records: list[tuple] = []
        asked = {region_from_kolada(i) for i in kolada_ids}
        skipped = {"null": 0, "unknown_region": 0, "other_gender": 0, "deleted": 0}
        done = 0
        for ids in id_chunks:
            for chunk_years in year_chunks:
                where = f"municipality/{','.join(ids)}/" if ids else ""
                path = f"data/kpi/{kpi_id}/{where}year/{','.join(chunk_years)}"
                for row in self._pages(path):
                    records.extend(_rows_of(row, kpi_id, asked, skipped))
                done += 1
                progress(
                    f"  {kpi_id} {progress_bar(done, len(id_chunks) * len(year_chunks))} anrop"
                )
        frame = pd.DataFrame(
            records, columns=["indicator_id", "region_code", "year", "gender", "value"]
        )
        return frame, skipped


def _year_of(row: dict[str, Any], kpi_id: str) -> int:
    period = row.get("period")
    text = str(period) if isinstance(period, int | str) and not isinstance(period, bool) else ""
    if not (text.isascii() and text.isdigit() and 1900 <= int(text) <= 2100):
        raise ConnectorError(
            f"Kolada svarade med ett ogiltigt år för KPI {kpi_id}: {shown(period)}. "
            f"{NOTHING_WRITTEN}"
        )
    return int(text)


def _rows_of(row: Any, kpi_id: str, asked: set[str | None], skipped: dict[str, int]) -> list:
    """The stored rows of one data row; Kolada's id of a region we did not ask for is skipped."""
    cells = row.get("values", ()) if isinstance(row, dict) else ()
    if not isinstance(cells, list | None):
        raise ConnectorError(f"Kolada svarade med en datarad utan ”values”. {NOTHING_WRITTEN}")
    cells = cells or []
    region = region_from_kolada(str(row.get("municipality", "")))
    region = region if region in asked else None
    year = _year_of(row, kpi_id)
    if len(cells) > len(GENDERS):
        raise ConnectorError(
            f"Kolada svarade med {len(cells)} värden i en rad för KPI {kpi_id}, år {year}; "
            f"högst ett per kön väntades. {NOTHING_WRITTEN}"
        )
    out = []
    for cell in cells:
        if not isinstance(cell, dict):
            raise ConnectorError(
                f"Kolada svarade med ett värde i oväntat format för KPI {kpi_id}, år {year}: "
                f"{shown(cell)}. {NOTHING_WRITTEN}"
            )
        gender = cell.get("gender")
        gender = gender.upper() if isinstance(gender, str) else "T" if gender is None else ""
        value = cell.get("value")
        if region is None:
            skipped["unknown_region"] += 1
        elif gender not in GENDERS:
            skipped["other_gender"] += 1
        elif cell.get("isdeleted") is True:
            skipped["deleted"] += 1
        elif value is None:
            skipped["null"] += 1
        else:
            number = number_from_api(value)
            if number is None:
                raise ConnectorError(
                    f"Kolada svarade med värdet {shown(value)} för KPI {kpi_id}, region {region}, "
                    f"år {year} (kön {gender}): det {OUT_OF_RANGE}. {NOTHING_WRITTEN}"
                )
            out.append((kpi_id, region, year, gender, number))
    return out
