"""Wide tables as SCB and Kolada export them: one column per year, turned into long rows.

A values file whose header has year columns (``2019``, ``2020`` …) and no ``year``/``value``
columns is melted: each year cell becomes one row with the file's row number kept. The
indicator comes from an ``indicator_id`` column or is given for the whole file.
"""

from __future__ import annotations

import re

from rus_data.imports.issues import rejected
from rus_data.imports.kinds import VALUES
from rus_data.imports.reading import RawTable, normalise_header

_YEAR = re.compile(r"(19|20)\d\d(\.0)?")


def year_columns(table: RawTable) -> list[str]:
    """The headers that are year numbers."""
    return [h for h in table.frame.columns if h != "__row__" and _YEAR.fullmatch(str(h).strip())]


def is_wide(table: RawTable) -> bool:
    """True for a table with year columns and neither a ``year`` nor a ``value`` column."""
    aliases = VALUES.alias_map()
    named = {aliases.get(normalise_header(h)) for h in table.frame.columns if h != "__row__"}
    return bool(year_columns(table)) and not ({"year", "value"} & named)


def to_long(table: RawTable, indicator: str | None) -> RawTable:
    """The wide table as long rows ``indicator_id, region_code…, year, value`` (unchanged
    when it is not wide)."""
    if not is_wide(table):
        return table
    years = year_columns(table)
    frame = table.frame
    aliases = VALUES.alias_map()
    has_indicator = any(aliases.get(normalise_header(h)) == "indicator_id" for h in frame.columns)
    if not has_indicator:
        if not indicator:
            raise rejected(
                "filen har en kolumn per år men ingen kolumn indicator_id; ange indikatorn "
                "för hela filen (--indicator ID).",
                row=table.header_row,
            )
        frame = frame.assign(indicator_id=indicator)
    keep = [c for c in frame.columns if c not in years]
    long = frame.melt(id_vars=keep, value_vars=years, var_name="year", value_name="value")
    long["year"] = long["year"].astype(str).str.strip().str.replace(".0", "", regex=False)
    long = long.sort_values(["__row__", "year"], kind="stable").reset_index(drop=True)
    return RawTable(long, table.encoding, table.separator, table.header_row)
