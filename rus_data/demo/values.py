"""Generates synthetic indicator values for the nation, counties and municipalities.

Each indicator gets its own random stream derived from the seed and the indicator id, so the
same seed gives the same values, and adding an indicator does not change the others. Values are
made at the finest level the indicator has and then combined upwards (sum or weighted mean), so
county and national values are consistent with their municipalities.
"""

from __future__ import annotations

import zlib

import numpy as np
import pandas as pd

from rus_data.demo.catalogue import DemoIndicator, YearPattern
from rus_data.demo.geography import municipality_attributes
from rus_data.reference.counties import COUNTIES, NATION_CODE

YEARS: dict[YearPattern, tuple[int, ...]] = {
    "long": (1990, 2000, 2005, 2010, *range(2015, 2025)),
    "annual2010": tuple(range(2010, 2025)),
    "annual2015": tuple(range(2015, 2025)),
    "triennial": (2012, 2015, 2018, 2021, 2024),
}
MOUNTAIN_OBJECTIVE = 14
MARINE_OBJECTIVE = 10
MISSING_SHARE = 0.012  # municipal values withheld, as in real series
VALUE_COLUMNS = ["indicator_id", "region_code", "year", "value"]


def indicator_rng(seed: int, indicator_id: str) -> np.random.Generator:
    """A random stream that depends only on the seed and the indicator id."""
    return np.random.default_rng([seed, zlib.crc32(indicator_id.encode("utf-8"))])


def _county_frame(units: pd.DataFrame) -> pd.DataFrame:
    """County attributes as weighted means of their municipalities."""
    weighted = units.assign(lat_w=units.lat * units.weight, urban_w=units.urban * units.weight)
    grouped = weighted.groupby("county_code", sort=True)[["lat_w", "urban_w", "weight"]].sum()
    return pd.DataFrame(
        {
            "code": grouped.index,
            "county_code": grouped.index,
            "lat": grouped.lat_w / grouped.weight,
            "urban": grouped.urban_w / grouped.weight,
            "weight": grouped.weight,
        }
    ).reset_index(drop=True)


def eligible_counties(indicator: DemoIndicator) -> set[str]:
    """Counties where the indicator exists.

    An indicator whose main (first) objective is the mountains or the sea has values only in
    mountain or coastal counties, as real series of that kind do.
    """
    if indicator.objectives[0] == MOUNTAIN_OBJECTIVE:
        return {c.code for c in COUNTIES if c.has_mountains}
    if indicator.objectives[0] == MARINE_OBJECTIVE:
        return {c.code for c in COUNTIES if c.has_coast}
    return {c.code for c in COUNTIES}


def _finest_values(
    indicator: DemoIndicator, units: pd.DataFrame, rng: np.random.Generator
) -> np.ndarray:
    """A (units × years) array of values at the indicator's finest level."""
    years = np.array(YEARS[indicator.years], dtype=float)
    elapsed = years - years[0]
    national_noise = 1.0 + rng.normal(0.0, indicator.noise / 2, len(years))
    national = indicator.start * (1.0 + indicator.change) ** elapsed * national_noise

    urban_centered = units.urban.to_numpy() - np.average(units.urban, weights=units.weight)
    level_effect = np.exp(
        indicator.north * (units.lat.to_numpy() - 62.0)
        + indicator.urban * urban_centered
        + rng.normal(0.0, indicator.spread, len(units))
    )
    own_trend = rng.normal(0.0, min(abs(indicator.change) / 2, 0.02) + 0.003, len(units))
    shape = level_effect[:, None] * np.exp(own_trend[:, None] * elapsed[None, :])
    noise = 1.0 + rng.normal(0.0, indicator.noise, shape.shape)
    weights = units.weight.to_numpy()[:, None]
    if indicator.aggregation == "sum":
        share = weights * shape / (weights * shape).sum(axis=0, keepdims=True)
        values = national[None, :] * share * noise
    else:
        norm = (weights * shape).sum(axis=0) / weights.sum()
        values = national[None, :] * shape / norm[None, :] * noise
    low = indicator.lower_bound if indicator.lower_bound is not None else -np.inf
    high = indicator.upper_bound if indicator.upper_bound is not None else np.inf
    return np.clip(values, low, high)


def _aggregate(
    values: np.ndarray, units: pd.DataFrame, keys: pd.Series, how: str
) -> tuple[list[str], np.ndarray]:
    """Combine unit rows into groups given by ``keys`` (sum or weighted mean)."""
    groups = sorted(keys.unique())
    weights = units.weight.to_numpy()
    out = np.empty((len(groups), values.shape[1]))
    for row, group in enumerate(groups):
        mask = (keys == group).to_numpy()
        if how == "sum":
            out[row] = values[mask].sum(axis=0)
        else:
            out[row] = np.average(values[mask], axis=0, weights=weights[mask])
    return groups, out


def _long_rows(codes: list[str], values: np.ndarray, indicator: DemoIndicator) -> pd.DataFrame:
    years = YEARS[indicator.years]
    frame = pd.DataFrame(
        {
            "indicator_id": indicator.id,
            "region_code": np.repeat(codes, len(years)),
            "year": np.tile(np.array(years, dtype=np.int32), len(codes)),
            "value": values.reshape(-1).round(indicator.decimals),
        }
    )
    return frame


def indicator_values(
    indicator: DemoIndicator, seed: int, municipalities: pd.DataFrame
) -> pd.DataFrame:
    """Synthetic values of one indicator at every level it has, in long format."""
    rng = indicator_rng(seed, indicator.id)
    counties = eligible_counties(indicator)
    munis = municipalities[municipalities.county_code.isin(counties)].reset_index(drop=True)
    how = indicator.aggregation
    frames: list[pd.DataFrame] = []

    if indicator.level == "kommun":
        finest = _finest_values(indicator, munis, rng)
        county_codes, county_values = _aggregate(finest, munis, munis.county_code, how)
        keep = rng.random(finest.shape) >= MISSING_SHARE
        muni_rows = _long_rows(list(munis.code), finest, indicator)
        frames.append(muni_rows[keep.reshape(-1)])
        units, unit_values = munis, finest
    elif indicator.level == "lan":
        county_units = _county_frame(munis)
        county_values = _finest_values(indicator, county_units, rng)
        county_codes = list(county_units.code)
        units, unit_values = county_units, county_values
    else:
        units = _county_frame(munis)
        unit_values = _finest_values(indicator, units, rng)
        county_codes, county_values = [], np.empty((0, unit_values.shape[1]))

    if county_codes:
        frames.append(_long_rows(county_codes, county_values, indicator))
    national_key = pd.Series([NATION_CODE] * len(units))
    _, national_values = _aggregate(unit_values, units, national_key, how)
    frames.append(_long_rows([NATION_CODE], national_values, indicator))
    return pd.concat(frames, ignore_index=True)[VALUE_COLUMNS]


def generate_values(indicators: tuple[DemoIndicator, ...], seed: int) -> pd.DataFrame:
    """Synthetic values of all demo indicators, sorted and typed for the database."""
    municipalities = municipality_attributes(np.random.default_rng([seed, 0]))
    frames = [indicator_values(ind, seed, municipalities) for ind in indicators]
    values = pd.concat(frames, ignore_index=True)
    values = values.sort_values(["indicator_id", "region_code", "year"], ignore_index=True)
    return values.astype(
        {"indicator_id": "string", "region_code": "string", "year": "int32", "value": "float64"}
    )
