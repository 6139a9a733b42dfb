"""Which Kolada KPIs follow up the environmental objectives, with which objectives and direction.

Three sources, in this order: Kolada's own KPI selection for the objectives (a KPI group whose
title names the environmental objectives, where Kolada answers it); the KPI descriptions that
name an objective ("Nyckeltalet följer upp miljökvalitetsmålet Begränsad klimatpåverkan …");
and :data:`REVIEWED_LINKS`, a reviewed table for well-known KPIs whose link is clear but not
stated. The direction (``better``) comes only from :data:`REVIEWED_DIRECTIONS`; a KPI not in it
gets no verdict (``none``): the app shows its change without calling it good or bad.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from rus_data.connectors.kolada import Kpi
from rus_data.reference.objectives import OBJECTIVES

Origin = Literal["kpi_group", "description", "reviewed"]
ORIGIN_SV = {
    "kpi_group": "Koladas urval",
    "description": "beskrivningen",
    "reviewed": "granskad tabell",
}
ORIGIN_COUNT_SV = {
    "kpi_group": "Koladas urval",
    "description": "beskrivningarna",
    "reviewed": "den granskade tabellen",
}
GROUP_WORDS = ("miljömål", "miljokvalitetsmal", "miljökvalitetsmål")

# KPIs whose link to an objective is clear but that Kolada's descriptions do not state.
# Reviewed: climate (1), clean air (2), lakes (8), sea (10), forests (12), farmland (13), built
# environment incl. waste (15), plant and animal life (16).
REVIEWED_LINKS: dict[str, tuple[int, ...]] = {
    "N00401": (1,),
    "N07702": (1,),
    **{f"N8553{n}": (1,) for n in range(2, 9)},  # greenhouse gases by sector
    "N85047": (2, 3, 7),  # NOx: clean air, acidification, eutrophication
    "N85048": (2,),  # PM2.5
    "U07801": (15,),  # municipal waste per inhabitant
    "U07414": (15,),  # household waste recycled
    "N00403": (13,),  # organic farmland
    "N85054": (16,),  # protected nature, total
    "N85055": (12, 16),  # protected land
    "N85056": (10,),  # protected sea
    "N85057": (8,),  # protected inland water
    "N45930": (1,),  # renewable district heating
    "N45925": (1,),  # renewable electricity
    "N07945": (1, 2),  # electric cars among new cars
    "N07947": (1,),  # plug-in hybrids among new cars
}

# The direction where it is clear; every other KPI gets no verdict.
REVIEWED_DIRECTIONS: dict[str, str] = {
    "N00401": "lower",
    "N07702": "lower",
    **{f"N8553{n}": "lower" for n in range(2, 9)},
    "N85047": "lower",
    "N85048": "lower",
    "U07801": "lower",
    "U07414": "higher",
    "N00403": "higher",
    "N85054": "higher",
    "N85055": "higher",
    "N85056": "higher",
    "N85057": "higher",
    "N45930": "higher",
    "N45925": "higher",
    "N07945": "higher",
    "N07947": "higher",
}

_FOLLOWS = re.compile(
    r"följer upp miljö(?:kvalitets)?mål(?:et|en)?\s+(.*?)(?:\.\s|\.$|, se även|$)",
    re.IGNORECASE | re.DOTALL,
)


def objectives_in_description(description: str) -> tuple[int, ...]:
    """The objectives a KPI description says the KPI follows up (none when it does not)."""
    found: set[int] = set()
    for match in _FOLLOWS.finditer(description or ""):
        sentence = match.group(1).lower()
        for objective in OBJECTIVES:
            if objective.id and objective.name_sv.lower() in sentence:
                found.add(objective.id)
    return tuple(sorted(found))


def objectives_group_members(groups: list[dict[str, Any]]) -> list[str]:
    """The KPI ids of Kolada's KPI selection for the objectives (a group whose title names
    the environmental objectives); empty when there is none."""
    members: list[str] = []
    for group in groups:
        title = str(group.get("title", "")).lower()
        if any(word in title for word in GROUP_WORDS):
            members += [m for m in group.get("members", []) if m not in members]
    return members


@dataclass(frozen=True)
class PlannedKpi:
    """One KPI to fetch: its objectives, its direction (``none`` when not reviewed) and why."""

    kpi: Kpi
    objectives: tuple[int, ...]
    better: str
    origin: Origin

    def line(self) -> str:
        """One line for ``--dry-run``: id, objectives, direction and where it came from."""
        goals = ",".join(str(o) for o in self.objectives)
        direction = self.better if self.better != "none" else "ingen riktning"
        return (
            f"{self.kpi.id:<8} mål {goals:<8} {direction:<15} ({ORIGIN_SV[self.origin]})  "
            f"{self.kpi.title}"
        )


def plan_objectives(catalogue: list[Kpi], group_members: list[str]) -> list[PlannedKpi]:
    """The KPIs that follow up the objectives, each once, in the three sources' order."""
    by_id = {kpi.id: kpi for kpi in catalogue}
    planned: dict[str, PlannedKpi] = {}

    def add(kpi_id: str, origin: Origin) -> None:
        kpi = by_id.get(kpi_id)
        if kpi is None or kpi_id in planned:
            return
        objectives = objectives_in_description(kpi.description) or REVIEWED_LINKS.get(kpi_id, ())
        if objectives:
            better = REVIEWED_DIRECTIONS.get(kpi_id, "none")
            planned[kpi_id] = PlannedKpi(kpi, objectives, better, origin)

    for kpi_id in group_members:
        add(kpi_id, "kpi_group")
    for kpi in catalogue:
        if objectives_in_description(kpi.description):
            add(kpi.id, "description")
    for kpi_id in REVIEWED_LINKS:
        add(kpi_id, "reviewed")
    return sorted(planned.values(), key=lambda p: (p.objectives, p.kpi.id))


def counts_text(plan: list[PlannedKpi]) -> str:
    """The counts of a plan in one Swedish line: per source, with and without a direction."""
    per_origin = {o: sum(1 for p in plan if p.origin == o) for o in ORIGIN_SV}
    with_direction = sum(1 for p in plan if p.better != "none")
    objectives = sorted({o for p in plan for o in p.objectives})
    return (
        f"{len(plan)} KPI:er för {len(objectives)} miljömål "
        f"({', '.join(str(o) for o in objectives)}): "
        + ", ".join(f"{n} ur {ORIGIN_COUNT_SV[o]}" for o, n in per_origin.items())
        + f"; {with_direction} med riktning, {len(plan) - with_direction} utan."
    )


def unit_from_title(title: str) -> str:
    """The unit in a Kolada title: ``(%)`` or the text after the last comma when short."""
    if "(%)" in title or title.rstrip().endswith("%"):
        return "%"
    head, _, tail = title.rpartition(",")
    tail = tail.strip()
    if head and 0 < len(tail) <= 30:
        return tail
    return "enligt Kolada"
