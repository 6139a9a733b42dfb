"""Kolada's municipality groups as region groups: chosen by id (``G…``) or by title text."""

from __future__ import annotations

import re
from pathlib import Path

from rus_data.connectors.answers import group_rows, user_text
from rus_data.connectors.kolada import KoladaClient
from rus_data.connectors.kolada import base_url as kolada_base_url
from rus_data.connectors.sync import (
    KOLADA_LICENSE,
    WHO,
    Progress,
    SyncResult,
    _client,
    _write_all,
)
from rus_data.imports.bounds import CODE, LONG, cut_text
from rus_data.imports.writer import Batch, Mode, SourceInfo
from rus_data.reference.regions import regions

GROUP_ID = re.compile(r"G\d+", re.IGNORECASE)


def choose_groups(groups: list[dict], selectors: list[str]) -> list[dict]:
    """The groups named by id (``G124``) or whose title contains a text; every selector must
    find a group, else a Swedish ValueError naming it."""
    chosen: list[dict] = []
    for selector in (s.strip() for s in selectors if s.strip()):
        if GROUP_ID.fullmatch(selector):
            found = [g for g in groups if str(g.get("id", "")).upper() == selector.upper()]
            if not found:
                raise ValueError(f"Kolada har ingen kommungrupp med id {selector}.")
        else:
            wanted = selector.lower()
            found = [g for g in groups if wanted in str(g.get("title", "")).lower()]
            if not found:
                raise ValueError(f"Ingen kommungrupp i Kolada har ”{selector}” i namnet.")
        chosen.extend(g for g in found if g not in chosen)
    if not chosen:
        raise ValueError("Ange minst en kommungrupp: --group G… (id) eller en text i namnet.")
    return chosen


def sync_kolada_groups(
    path: Path,
    selectors: str | list[str],
    *,
    group_set: str = "kolada",
    mode: Mode = "replace",
    imported_by: str = "okänd",
    client: KoladaClient | None = None,
    progress: Progress = lambda _m: None,
) -> SyncResult:
    """Kolada's municipality groups chosen by id (``G…``, several at once) or by a text in
    their titles, as region groups. A chosen group without members we know is an error.

    The chosen groups must not overlap: each region belongs to at most one group in a set.
    """
    selectors = [selectors] if isinstance(selectors, str) else list(selectors)
    user_text(group_set, CODE, "Indelningens namn")
    for selector in selectors:
        user_text(selector, CODE, "Gruppvalet")
    user_text(imported_by, WHO, "Namnet på den som hämtar")
    with _client(client, KoladaClient) as kolada:
        progress("Hämtar kommungrupper från Kolada …")
        groups = kolada.municipality_groups()
    chosen = choose_groups(groups, selectors)
    rows, skipped = group_rows(chosen, group_set, set(regions()["code"]))
    empty = [g["id"] for g in chosen if g["id"] not in set(rows["group_code"])]
    if empty:
        raise ValueError(
            f"Kommungruppen {', '.join(empty)} har inga medlemmar som vi känner igen "
            "(Kolada v3 anger dem som member_id); inget skrevs."
        )
    doubled = rows[rows.duplicated("region_code", keep=False)]
    if not doubled.empty:
        first = doubled.iloc[0]
        raise ValueError(
            f"Kommunen {first['region_code']} finns i flera av de valda grupperna; välj grupper "
            "utan överlapp."
        )
    source = SourceInfo(
        name=cut_text(f"Kolada kommungrupper: {', '.join(selectors)}", LONG),
        kind="kolada",
        imported_by=imported_by,
        url=f"{kolada_base_url().rstrip('/')}/municipality_groups",
        license=KOLADA_LICENSE,
    )
    progress("Skriver till databasen i en transaktion …")
    sources, count = _write_all(path, [(Batch("region_group", rows), source)], mode)
    return SyncResult(sources, count, [], {"unknown_region": skipped}, kolada.http.calls)
