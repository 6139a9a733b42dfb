"""The 16 Swedish environmental quality objectives (1–16) and the generational goal (0).

``assessed_regionally`` is False for the three objectives that are assessed only nationally.
``scope`` says which counties assess the others in the regional yearly follow-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from rus_data.reference.counties import COUNTIES, County

Scope = Literal["all", "national_only", "coastal", "mountain", "none"]


@dataclass(frozen=True)
class Objective:
    """One environmental quality objective, or the generational goal as id 0."""

    id: int
    name_sv: str
    name_en: str
    scope: Scope

    @property
    def assessed_regionally(self) -> bool:
        """True when counties make their own yearly assessment of this objective."""
        return self.scope in ("all", "coastal", "mountain")


GENERATIONAL_GOAL_ID = 0

OBJECTIVES: tuple[Objective, ...] = (
    Objective(0, "Generationsmålet", "The generational goal", "none"),
    Objective(1, "Begränsad klimatpåverkan", "Reduced climate impact", "national_only"),
    Objective(2, "Frisk luft", "Clean air", "all"),
    Objective(3, "Bara naturlig försurning", "Natural acidification only", "all"),
    Objective(4, "Giftfri miljö", "A non-toxic environment", "all"),
    Objective(5, "Skyddande ozonskikt", "A protective ozone layer", "national_only"),
    Objective(6, "Säker strålmiljö", "A safe radiation environment", "national_only"),
    Objective(7, "Ingen övergödning", "Zero eutrophication", "all"),
    Objective(8, "Levande sjöar och vattendrag", "Flourishing lakes and streams", "all"),
    Objective(9, "Grundvatten av god kvalitet", "Good-quality groundwater", "all"),
    Objective(
        10,
        "Hav i balans samt levande kust och skärgård",
        "A balanced marine environment, flourishing coastal areas and archipelagos",
        "coastal",
    ),
    Objective(11, "Myllrande våtmarker", "Thriving wetlands", "all"),
    Objective(12, "Levande skogar", "Sustainable forests", "all"),
    Objective(13, "Ett rikt odlingslandskap", "A varied agricultural landscape", "all"),
    Objective(14, "Storslagen fjällmiljö", "A magnificent mountain landscape", "mountain"),
    Objective(15, "God bebyggd miljö", "A good built environment", "all"),
    Objective(16, "Ett rikt växt- och djurliv", "A rich diversity of plant and animal life", "all"),
)

OBJECTIVE_BY_ID: dict[int, Objective] = {objective.id: objective for objective in OBJECTIVES}
QUALITY_OBJECTIVES: tuple[Objective, ...] = tuple(o for o in OBJECTIVES if o.id != 0)


def county_assesses(objective: Objective, county: County) -> bool:
    """Whether ``county`` makes a regional assessment of ``objective``."""
    if objective.scope == "all":
        return True
    if objective.scope == "coastal":
        return county.has_coast
    if objective.scope == "mountain":
        return county.has_mountains
    return False


def assessed_objectives(county: County) -> tuple[Objective, ...]:
    """The objectives a county assesses in the regional yearly follow-up."""
    return tuple(o for o in QUALITY_OBJECTIVES if county_assesses(o, county))


def assessment_scope() -> list[tuple[int, str]]:
    """All (objective id, region code) pairs that are assessed: counties and the nation (00)."""
    pairs = [(o.id, "00") for o in QUALITY_OBJECTIVES]
    pairs += [(o.id, c.code) for c in COUNTIES for o in assessed_objectives(c)]
    return pairs
