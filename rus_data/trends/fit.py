"""The fitted trend line (Theil–Sen) of one area's series, drawn on the chart so the verdict
can be seen: the median slope through the median point, from the first to the last year."""

from __future__ import annotations

import math

import pandas as pd

from rus_data.trends.stats import MIN_POINTS, trend


def fitted_line(lines: pd.DataFrame, region_code: str, column: str, better: str) -> pd.DataFrame:
    """Two points ``region, year, y`` of the area's fitted line on ``column`` (``value`` or
    ``index_value``); empty with fewer than ``MIN_POINTS`` values."""
    own = lines[(lines["region_code"] == region_code)].dropna(subset=[column])
    empty = pd.DataFrame(columns=["region", "year", "y"])
    if len(own) < MIN_POINTS:
        return empty
    result = trend(own["year"].to_numpy(dtype=float), own[column].to_numpy(dtype=float), better)
    if math.isnan(result.slope_per_year) or math.isnan(result.intercept):
        return empty
    years = [int(own["year"].min()), int(own["year"].max())]
    name = str(own["region"].iloc[0])
    return pd.DataFrame(
        {
            "region": [name, name],
            "year": years,
            "y": [result.intercept + result.slope_per_year * y for y in years],
        }
    )
