"""The texts an API answer brings into the database, bounded before a sync writes them.

Names (KPI titles, SCB labels, group names) and units are refused past their bound or with
control characters, with a message naming the KPI, table or group; a KPI's description is cut
to its bound (it is only shown as help) and the sync says so. The limits are those of
:mod:`rus_data.imports.bounds`, the same as for file imports.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pandas as pd

from rus_data.connectors.http import NOTHING_WRITTEN, ConnectorError
from rus_data.connectors.kolada import Kpi, region_from_kolada
from rus_data.imports.bounds import CODE, LONG, NAME, SHORT, UNIT, TextRule, cut_text, text_problem

Progress = Callable[[str], None]
# A KPI's description is cut so that the note the sync adds still fits in the field.
DESCRIPTION = TextRule(LONG.limit - 300, block=True)


def require_text(text: str, rule: TextRule, where: str) -> str:
    """``text`` unchanged, or :class:`ConnectorError` naming ``where`` when it breaks ``rule``."""
    problem = text_problem(text, rule)
    if problem:
        raise ConnectorError(f"{where}: {problem} {NOTHING_WRITTEN}")
    return text


def user_text(text: str | None, rule: TextRule, what: str) -> str | None:
    """A text the user gave (a unit, say), or ValueError in Swedish when it breaks ``rule``."""
    problem = text_problem(text, rule) if text is not None else None
    if problem:
        raise ValueError(f"{what}: {problem}")
    return text


def checked_kpi(kpi: Kpi, progress: Progress) -> Kpi:
    """``kpi`` with a title that can be stored and its description cut to its bound."""
    require_text(kpi.title, NAME, f"Kolada skickade ett namn för KPI {kpi.id} som inte kan sparas")
    description = kpi.description
    if len(description) > DESCRIPTION.limit:
        description = cut_text(description, DESCRIPTION)
        progress(
            f"  Beskrivningen av {kpi.id} var {len(kpi.description)} tecken lång och kortades "
            f"till {DESCRIPTION.limit}."
        )
    require_text(
        description,
        DESCRIPTION,
        f"Kolada skickade en beskrivning för KPI {kpi.id} som inte kan sparas",
    )
    return replace(kpi, description=description)


def checked_scb_texts(table_id: str, label: str, unit: str) -> tuple[str, str]:
    """The name and unit SCB gives a new indicator, refused when they cannot be stored."""
    where = f"SCB skickade för tabell {table_id}"
    return (
        require_text(label, NAME, f"{where} ett namn som inte kan sparas"),
        require_text(unit, UNIT, f"{where} en enhet som inte kan sparas"),
    )


def group_rows(groups: list[dict], group_set: str, known: set[str]) -> tuple[pd.DataFrame, int]:
    """Region-group rows of Kolada's groups and how many members were not our regions."""
    records = []
    skipped = 0
    for group in groups:
        where = f"Kolada skickade för kommungrupp {group['id'][:40]!r}"
        code = require_text(group["id"], CODE, f"{where} ett id som inte kan sparas")
        name = require_text(group["title"], SHORT, f"{where} ett namn som inte kan sparas")
        for member in group["members"]:
            region = region_from_kolada(member)
            if region is None or region not in known:
                skipped += 1
                continue
            records.append((group_set, code, name, region))
    frame = pd.DataFrame(records, columns=["group_set", "group_code", "group_name", "region_code"])
    return frame, skipped
