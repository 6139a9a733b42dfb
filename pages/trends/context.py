"""What every section of the trends page shares in one run: the choices, the names, the
objective's data and the source lines."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from rus_data.text import t
from ui.components import source_line


@dataclass(frozen=True)
class TrendsView:
    """The trends page's state and data for one run."""

    language: str
    year: int
    region: str
    region_name: str
    objective_id: int
    objective_name: str
    base_year: int | None
    index_mode: bool
    band: str
    compare: list[str]
    area_codes: list[str]
    region_names: dict[str, str]
    indicators: pd.DataFrame
    series: pd.DataFrame
    spread: pd.DataFrame
    targets: pd.DataFrame
    value_sources: pd.DataFrame
    shows_demo: bool
    sources_by_region: pd.DataFrame
    facts: pd.DataFrame
    gender: str = "T"  # T total, K women, M men

    def name_of(self, code: str) -> str:
        """An area's name (Sweden in the page's language)."""
        return self.region_names.get(code, code)

    def sources_of(
        self, indicator_id: str | None = None, codes: list[str] | None = None, band: bool = False
    ) -> str:
        """The "Källa: …" line of exactly the values drawn: one indicator's (or all the
        objective's) values of the areas ``codes`` (default: the chosen areas) up to the
        page's year, and with ``band`` those of every county (the band is made of them)."""
        frame = self.sources_by_region
        if indicator_id is not None:
            frame = frame[frame["indicator_id"] == indicator_id]
        drawn = frame["region_code"].isin(self.area_codes if codes is None else codes)
        if band:
            drawn |= frame["level"] == "lan"
        return source_line(frame[drawn].drop_duplicates("name"), self.language)

    def sources_of_verdicts(self, verdicts: pd.DataFrame) -> str:
        """The "Källa: …" line of the values each verdict was computed from."""
        pairs = verdicts[["indicator_id", "region_code"]]
        frame = self.sources_by_region.merge(pairs, on=["indicator_id", "region_code"])
        return source_line(frame.drop_duplicates("name"), self.language)

    def titled(self, name: str) -> str:
        """An indicator's name in a chart title, with "kvinnor"/"män" when a sex is chosen."""
        if self.gender == "T":
            return name
        return f"{name} – {t(f'gender_{self.gender}', self.language).lower()}"

    def unit_line(self, unit: str) -> str:
        """The chart subtitle's unit line: the unit, or what the index means (the base year)."""
        key = "trends_index_line" if self.index_mode else "trends_unit_line"
        return t(key, self.language, unit=unit, base=self.base_year or "")
