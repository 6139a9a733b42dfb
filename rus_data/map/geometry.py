"""Compact map geometry: simplified boundaries as ready-made GeoJSON strings, one per region.

Boundaries are simplified as a coverage (shared borders stay shared, so no slivers or gaps
appear between neighbours) and coordinates are rounded to three decimals (at most about
60 m, a third of a pixel even when the map is zoomed to one county). Each
region's geometry is serialised once per process; maps then join values to it by code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

import shapely
from shapely.geometry import mapping

from rus_data.reference.geometry import GeometryLevel, boundaries

# Visvalingam–Whyatt tolerance in degrees: removes bends smaller than roughly 1 km, which
# cannot be seen even when the map is zoomed to one county.
SIMPLIFY_TOLERANCE = 0.01
COORDINATE_DECIMALS = 3


@dataclass(frozen=True)
class CompactGeometry:
    """Boundaries of one level: codes, names, GeoJSON geometry strings and the bounding box."""

    level: GeometryLevel
    codes: tuple[str, ...]
    names: dict[str, str]
    geometry_json: dict[str, str]
    geometry_objects: dict[str, dict]
    bounds: dict[str, tuple[float, float, float, float]]
    label_points: dict[str, tuple[float, float]]

    def total_bounds(self, codes: list[str] | None = None) -> tuple[float, float, float, float]:
        """The bounding box (west, south, east, north) of ``codes`` (all regions if None)."""
        boxes = [self.bounds[c] for c in (codes if codes is not None else self.codes)]
        if not boxes:
            boxes = list(self.bounds.values())
        return (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )


def _round_ring(ring: list, decimals: int) -> list[list[float]]:
    """Round a ring's points and drop points that rounding made equal to the one before."""
    points: list[list[float]] = []
    for x, y in ring:
        point = [round(x, decimals), round(y, decimals)]
        if not points or point != points[-1]:
            points.append(point)
    return points


def _round_coordinates(value: object, decimals: int) -> object:
    """Round nested GeoJSON coordinates (rings of points, polygons, multipolygons)."""
    if isinstance(value, (list, tuple)) and value and isinstance(value[0][0], float):
        return _round_ring(list(value), decimals)
    if isinstance(value, (list, tuple)):
        return [_round_coordinates(item, decimals) for item in value]
    return value


def rounded_geojson(geometry: shapely.Geometry, decimals: int = COORDINATE_DECIMALS) -> dict:
    """A GeoJSON geometry object with coordinates rounded to ``decimals``."""
    shape = mapping(geometry)
    coordinates = _round_coordinates(shape["coordinates"], decimals)
    return {"type": shape["type"], "coordinates": coordinates}


@lru_cache(maxsize=2)
def compact_geometry(level: GeometryLevel) -> CompactGeometry:
    """The simplified, rounded boundaries of ``level`` (``lan`` or ``kommun``), built once."""
    frame = boundaries(level)
    simplified = shapely.coverage_simplify(frame.geometry.values, SIMPLIFY_TOLERANCE)
    # Exterior rings clockwise, as d3/Vega's spherical geometry needs (deck.gl takes either).
    simplified = shapely.orient_polygons(simplified, exterior_cw=True)
    codes = tuple(str(c) for c in frame["code"])
    objects = {
        code: rounded_geojson(geometry) for code, geometry in zip(codes, simplified, strict=True)
    }
    return CompactGeometry(
        level=level,
        codes=codes,
        names=dict(zip(codes, (str(n) for n in frame["name"]), strict=True)),
        geometry_json={c: json.dumps(g, separators=(",", ":")) for c, g in objects.items()},
        geometry_objects=objects,
        bounds={
            code: tuple(float(x) for x in geometry.bounds)  # type: ignore[misc]
            for code, geometry in zip(codes, simplified, strict=True)
        },
        label_points={
            code: (round(point.x, 4), round(point.y, 4))
            for code, point in zip(codes, shapely.point_on_surface(simplified), strict=True)
        },
    )
