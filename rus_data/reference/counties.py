"""The 21 Swedish counties (län): SCB code, name and letter code, plus assessment scope facts.

Codes and letters follow Statistics Sweden's regional division (1998 onwards). ``has_coast``
and ``has_mountains`` decide which counties assess the objectives *Hav i balans samt levande
kust och skärgård* (10) and *Storslagen fjällmiljö* (14) in the regional follow-up.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class County:
    """One county with its official codes."""

    code: str
    name: str
    letter: str
    has_coast: bool
    has_mountains: bool = False

    @property
    def short_name(self) -> str:
        """Name without the trailing ``län`` (``Stockholms`` → kept as in common use)."""
        return self.name.removesuffix(" län")


COUNTIES: tuple[County, ...] = (
    County("01", "Stockholms län", "AB", has_coast=True),
    County("03", "Uppsala län", "C", has_coast=True),
    County("04", "Södermanlands län", "D", has_coast=True),
    County("05", "Östergötlands län", "E", has_coast=True),
    County("06", "Jönköpings län", "F", has_coast=False),
    County("07", "Kronobergs län", "G", has_coast=False),
    County("08", "Kalmar län", "H", has_coast=True),
    County("09", "Gotlands län", "I", has_coast=True),
    County("10", "Blekinge län", "K", has_coast=True),
    County("12", "Skåne län", "M", has_coast=True),
    County("13", "Hallands län", "N", has_coast=True),
    County("14", "Västra Götalands län", "O", has_coast=True),
    County("17", "Värmlands län", "S", has_coast=False),
    County("18", "Örebro län", "T", has_coast=False),
    County("19", "Västmanlands län", "U", has_coast=False),
    County("20", "Dalarnas län", "W", has_coast=False, has_mountains=True),
    County("21", "Gävleborgs län", "X", has_coast=True),
    County("22", "Västernorrlands län", "Y", has_coast=True),
    County("23", "Jämtlands län", "Z", has_coast=False, has_mountains=True),
    County("24", "Västerbottens län", "AC", has_coast=True, has_mountains=True),
    County("25", "Norrbottens län", "BD", has_coast=True, has_mountains=True),
)

COUNTY_BY_CODE: dict[str, County] = {county.code: county for county in COUNTIES}

NATION_CODE = "00"
NATION_NAME_SV = "Sverige"
NATION_NAME_EN = "Sweden"
