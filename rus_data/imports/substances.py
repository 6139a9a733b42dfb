"""The substances of the emissions database (NED) download: names, units and objectives.

The download's ``sub=`` code (``GGT``, ``CO2``, ``NOx``, ``PM25`` …) or the Swedish name in the
file's title rows picks the substance. Greenhouse gases follow up objective 1 (Begränsad
klimatpåverkan); air pollutants 2 (Frisk luft); the acidifying ones (NOx, SOx, NH3) also 3
(Bara naturlig försurning) and the eutrophying ones (NOx, NH3) 7 (Ingen övergödning); metals
4 (Giftfri miljö).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Substance:
    """One substance of the download."""

    code: str
    name_sv: str
    name_en: str
    objectives: tuple[int, ...]
    co2e: bool = False
    spellings: tuple[str, ...] = ()

    @property
    def unit_sv(self) -> str:
        """The unit as NED gives it."""
        return "ton CO₂-ekv." if self.co2e else "ton"

    @property
    def unit_en(self) -> str:
        """The unit in English."""
        return "tonnes CO₂e" if self.co2e else "tonnes"

    @property
    def slug(self) -> str:
        """The part of an indicator id naming the substance."""
        return self.code.lower()


SUBSTANCES: tuple[Substance, ...] = (
    Substance(
        "GGT",
        "Växthusgaser totalt",
        "Greenhouse gases, total",
        (1,),
        co2e=True,
        spellings=("växthusgaser", "vaxthusgaser", "co2-ekv", "co2-ekvivalenter", "co2e"),
    ),
    Substance("CO2", "Koldioxid (CO₂)", "Carbon dioxide (CO₂)", (1,), spellings=("koldioxid",)),
    Substance("CH4", "Metan (CH₄)", "Methane (CH₄)", (1,), spellings=("metan",)),
    Substance(
        "N2O", "Lustgas (N₂O)", "Nitrous oxide (N₂O)", (1,), spellings=("lustgas", "dikväveoxid")
    ),
    Substance(
        "NOx", "Kväveoxider (NOx)", "Nitrogen oxides (NOx)", (2, 3, 7), spellings=("kväveoxider",)
    ),
    Substance(
        "SOx",
        "Svaveloxider (SOx)",
        "Sulphur oxides (SOx)",
        (2, 3),
        spellings=("svaveldioxid", "svaveloxider", "so2"),
    ),
    Substance("NH3", "Ammoniak (NH₃)", "Ammonia (NH₃)", (2, 3, 7), spellings=("ammoniak",)),
    Substance(
        "NMVOC",
        "Flyktiga organiska ämnen (NMVOC)",
        "Non-methane volatile organic compounds (NMVOC)",
        (2,),
        spellings=("flyktiga organiska",),
    ),
    Substance(
        "PM25",
        "Partiklar (PM2,5)",
        "Particulate matter (PM2.5)",
        (2,),
        spellings=("pm2.5", "pm2,5", "pm 2.5", "pm 2,5"),
    ),
    Substance("PM10", "Partiklar (PM10)", "Particulate matter (PM10)", (2,), spellings=("pm 10",)),
    Substance("BC", "Sot (BC)", "Black carbon (BC)", (2,), spellings=("sot", "black carbon")),
    Substance("CO", "Kolmonoxid (CO)", "Carbon monoxide (CO)", (2,), spellings=("kolmonoxid",)),
    Substance("Pb", "Bly (Pb)", "Lead (Pb)", (4,), spellings=("bly",)),
    Substance("Cd", "Kadmium (Cd)", "Cadmium (Cd)", (4,), spellings=("kadmium",)),
    Substance("Hg", "Kvicksilver (Hg)", "Mercury (Hg)", (4,), spellings=("kvicksilver",)),
)
BY_CODE = {substance.code.lower(): substance for substance in SUBSTANCES}


def _plain(text: str) -> str:
    return unicodedata.normalize("NFC", text).lower().replace("₂", "2").replace("₃", "3")


def substance_by_code(code: str) -> Substance | None:
    """The substance a ``sub=`` code or a Swedish name names (case-insensitive)."""
    text = _plain(code.strip())
    if text.replace(".", "").replace(",", "").replace(" ", "") in BY_CODE:
        return BY_CODE[text.replace(".", "").replace(",", "").replace(" ", "")]
    return find_substance(text)


def find_substance(title: str) -> Substance | None:
    """The substance named in the title rows' text, or None when none is named.

    Greenhouse gases are looked for first: ``CO2-ekv`` is not a CO₂ download."""
    text = _plain(title)
    for substance in SUBSTANCES:
        for spelling in substance.spellings:
            if spelling in text:
                return substance
    for substance in SUBSTANCES:
        code = re.escape(substance.code.lower())
        if re.search(rf"(?<![a-z0-9]){code}(?![a-z0-9\-])", text):
            return substance
    return None
