"""Short names of the 16 environmental quality objectives, for column heads where the full
name does not fit (the overview matrix); the full name is in the cell's tooltip."""

from __future__ import annotations

SHORT_NAMES: dict[str, dict[int, str]] = {
    "sv": {
        1: "Klimat",
        2: "Luft",
        3: "Försurning",
        4: "Giftfri miljö",
        5: "Ozonskikt",
        6: "Strålning",
        7: "Övergödning",
        8: "Sjöar, vattendrag",
        9: "Grundvatten",
        10: "Hav, kust",
        11: "Våtmarker",
        12: "Skogar",
        13: "Odlingslandskap",
        14: "Fjäll",
        15: "Bebyggd miljö",
        16: "Växt- och djurliv",
    },
    "en": {
        1: "Climate",
        2: "Air",
        3: "Acidification",
        4: "Non-toxic",
        5: "Ozone layer",
        6: "Radiation",
        7: "Eutrophication",
        8: "Lakes, streams",
        9: "Groundwater",
        10: "Sea, coast",
        11: "Wetlands",
        12: "Forests",
        13: "Farmland",
        14: "Mountains",
        15: "Built environment",
        16: "Plants and animals",
    },
}


def short_name(objective_id: int, language: str) -> str:
    """``"12 Skogar"``: the objective's number and short name in ``language``."""
    names = SHORT_NAMES["en" if language == "en" else "sv"]
    return f"{objective_id} {names.get(objective_id, '')}".strip()
