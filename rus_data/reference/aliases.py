"""One table of region names as the sources write them, with each name's level.

SCB writes ``Stockholms län``, ``0180 Stockholm`` and ``00 Riket``; Kolada titles the county
level ``Region Stockholm`` or ``Västra Götalandsregionen`` and Sweden ``Riket``; NED writes
``Blekinge län`` and ``Karlshamn``; a municipality calls itself ``Stockholms stad``. Every
spelling resolves here to a code, and a suggestion for an unknown name stays on the level the
name asks for (a county name never suggests a municipality).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass

NATION = "00"
NATION_SPELLINGS = ("riket", "hela riket", "sverige", "hela sverige", "sweden", "totalt riket")

# Kolada's titles of the county level (the regions, ids 00XX), as Kolada writes them.
KOLADA_REGION_TITLES: dict[str, str] = {
    "01": "Region Stockholm",
    "03": "Region Uppsala",
    "04": "Region Sörmland",
    "05": "Region Östergötland",
    "06": "Region Jönköpings län",
    "07": "Region Kronoberg",
    "08": "Region Kalmar län",
    "09": "Region Gotland",
    "10": "Region Blekinge",
    "12": "Region Skåne",
    "13": "Region Halland",
    "14": "Västra Götalandsregionen",
    "17": "Region Värmland",
    "18": "Region Örebro län",
    "19": "Region Västmanland",
    "20": "Region Dalarna",
    "21": "Region Gävleborg",
    "22": "Region Västernorrland",
    "23": "Region Jämtland Härjedalen",
    "24": "Region Västerbotten",
    "25": "Region Norrbotten",
}
# Gotland is a municipality that is also a region and calls itself so.
MUNICIPALITY_EXTRA: dict[str, tuple[str, ...]] = {"0980": ("Region Gotland",)}

COUNTY_LEVELS = frozenset({"riket", "lan"})
_CODE_AND_NAME = re.compile(r"^(\d{2}|\d{4})\s+(\S.*)$")
_COUNTY_WORDS = re.compile(r"(\blän\b|^region\s|regionen$|landsting)")
_MUNICIPALITY_WORDS = re.compile(r"(\bkommun\b|\bstad\b)")
LEVEL_NAMES_SV = {"riket": "riket", "lan": "län", "kommun": "kommun"}


def normalise(text: str) -> str:
    """A name compared without case, extra spaces or dash variants."""
    plain = unicodedata.normalize("NFC", str(text)).strip().lower()
    plain = plain.replace("\u2013", "-").replace("\u2014", "-").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", plain)


def _stem(county_name: str) -> str:
    """``Stockholms län`` → ``Stockholm``, ``Dalarnas län`` → ``Dalarna``."""
    base = county_name.removesuffix(" län")
    return base[:-1] if base.endswith("s") and not base.endswith("ss") else base


def _municipality_forms(name: str) -> list[str]:
    genitive = name if name.endswith(("s", "x", "z")) else f"{name}s"
    return [name, f"{name} kommun", f"{genitive} kommun", f"{name} stad", f"{genitive} stad"]


def _county_forms(code: str, name: str) -> list[str]:
    stem = _stem(name)
    forms = [name, f"Region {stem}", f"{stem} län", f"{stem}s läns landsting"]
    if code in KOLADA_REGION_TITLES:
        forms.append(KOLADA_REGION_TITLES[code])
    return forms


@dataclass(frozen=True)
class Resolution:
    """What a cell names: the candidate codes (several when ambiguous) and a level it asks for."""

    codes: tuple[str, ...]
    level_asked: str | None


class RegionAliases:
    """Region spellings of the sources resolved to codes, knowing each code's level."""

    def __init__(self, names: dict[str, str], levels: dict[str, str]) -> None:
        self.names = names
        self.levels = levels
        self.by_name: dict[str, tuple[str, ...]] = {}
        for code, name in names.items():
            level = levels.get(code)
            if level == "riket":
                forms = [name, *NATION_SPELLINGS]
            elif level == "lan":
                forms = _county_forms(code, name)
            else:
                forms = _municipality_forms(name) + list(MUNICIPALITY_EXTRA.get(code, ()))
            for form in forms:
                key = normalise(form)
                known = self.by_name.get(key, ())
                if code not in known:
                    self.by_name[key] = (*known, code)
        # A municipality's own name wins over a derived form of another region's name.
        for code, name in names.items():
            if levels.get(code) == "kommun":
                key = normalise(name)
                if len(self.by_name.get(key, ())) > 1:
                    self.by_name[key] = (code,)

    def code_form(self, text: str) -> str | None:
        """A code as written (``01``, ``1``, ``180``, Kolada's ``0000``/``0001``) → the code."""
        value = text.strip()
        if not value.isdigit():
            return None
        if len(value) == 1:
            value = value.zfill(2)
        elif len(value) == 3:
            value = value.zfill(4)
        elif len(value) == 4 and value.startswith("00"):
            value = value[2:]  # Kolada: 0000 Sweden, 00XX the county XX
        return value if value in self.names else None

    def resolve(self, text: str) -> Resolution:
        """The codes ``text`` may name (none when unknown) and the level it asks for."""
        asked = self.level_asked(text)
        code = self.code_form(text)
        if code is not None:
            return Resolution((code,), self.levels.get(code))
        key = normalise(text)
        if key in self.by_name:
            return Resolution(self.by_name[key], asked)
        match = _CODE_AND_NAME.match(key)
        if match:
            code = self.code_form(match.group(1))
            named = self.by_name.get(match.group(2), ())
            if code is not None and (code in named or _close(match.group(2), self.names[code])):
                return Resolution((code,), self.levels.get(code))
        return Resolution((), asked)

    def level_asked(self, text: str) -> str | None:
        """The level a name's own words ask for: ``län``/``Region`` a county, ``kommun`` …"""
        key = normalise(text)
        match = _CODE_AND_NAME.match(key)
        if match:
            digits = match.group(1)
            return "riket" if digits == "00" else ("lan" if len(digits) == 2 else "kommun")
        if key in NATION_SPELLINGS:
            return "riket"
        if _COUNTY_WORDS.search(key):
            return "lan"
        if _MUNICIPALITY_WORDS.search(key):
            return "kommun"
        return None

    def suggest(self, text: str, levels: set[str] | frozenset[str] | None) -> str | None:
        """The known code nearest to ``text`` in spelling, on the given levels only."""
        key = normalise(text)
        match = _CODE_AND_NAME.match(key)
        if match:
            key = match.group(2)
        allowed = []
        for form, codes in self.by_name.items():
            fitting = [c for c in codes if not levels or self.levels.get(c) in levels]
            if len(fitting) == 1:
                allowed.append((form, fitting[0]))
        close = difflib.get_close_matches(key, [form for form, _ in allowed], n=1, cutoff=0.6)
        return dict(allowed)[close[0]] if close else None


def _close(written: str, name: str) -> bool:
    return difflib.SequenceMatcher(None, written, normalise(name)).ratio() >= 0.8
