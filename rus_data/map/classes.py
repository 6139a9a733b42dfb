"""Value-to-colour classification for maps: class breaks, palettes oriented by ``better``.

Pure functions on arrays of values. Missing values (NaN) never get a class: they are drawn
in the "uppgift saknas" colour and listed separately in the legend. Palettes are from
ColorBrewer (colour-blind safe): a sequential yellow–green–blue scale whose dark end is the
better end, and a red–blue diverging scale for change, blue meaning change for the better.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

import numpy as np

Method = Literal["quantile", "equal", "continuous"]
Better = Literal["higher", "lower", "none"]  # none: no reviewed direction, no verdict
METHODS: tuple[Method, ...] = ("quantile", "equal", "continuous")
N_CLASSES = 5

# ColorBrewer YlGnBu (5 classes), light (worse) to dark (better).
SEQUENTIAL = ("#FFFFCC", "#A1DAB4", "#41B6C4", "#2C7FB8", "#253494")
# ColorBrewer RdBu (6 classes), red (worse) to blue (better), no neutral middle class.
DIVERGING = ("#B2182B", "#EF8A62", "#FDDBC7", "#D1E5F0", "#67A9CF", "#2166AC")
DIVERGING_NEUTRAL = "#F7F7F7"
# ColorBrewer PuOr (6 classes) for change without a verdict: neither end reads as better.
DIVERGING_NO_VERDICT = ("#B35806", "#F1A340", "#FEE0B6", "#D8DAEB", "#998EC3", "#542788")
MISSING_COLOUR = "#FFFFFF"


@dataclass(frozen=True)
class LegendEntry:
    """One legend row: colour and the value range (low/high are NaN for the missing row)."""

    colour: str
    low: float
    high: float
    missing: bool = False


@dataclass(frozen=True)
class Classification:
    """Colours for every value, in input order, and the legend that explains them."""

    colours: list[str]
    legend: list[LegendEntry]
    continuous: bool


def _finite(values: np.ndarray) -> np.ndarray:
    array = np.asarray(values, dtype=float)
    return array[np.isfinite(array)]


def class_edges(values: np.ndarray, method: Method, n_classes: int = N_CLASSES) -> list[float]:
    """Class edges (n + 1 ascending numbers, duplicates removed) for ``method``.

    All values equal gives the one class ``[v, v]``; no finite values give ``[]``. The
    continuous method has the two edges minimum and maximum.
    """
    finite = _finite(values)
    if finite.size == 0:
        return []
    low, high = float(finite.min()), float(finite.max())
    if low == high:
        return [low, high]
    if method == "continuous":
        return [low, high]
    if method == "quantile":
        raw = np.quantile(finite, np.linspace(0, 1, n_classes + 1))
    elif method == "equal":
        raw = np.linspace(low, high, n_classes + 1)
    else:
        raise ValueError(f"Okänd klassindelning: {method!r}")
    edges: list[float] = []
    for edge in raw:
        if not edges or float(edge) > edges[-1]:
            edges.append(float(edge))
    return edges


def class_index(values: np.ndarray, edges: list[float]) -> np.ndarray:
    """Index of the class of each value (0 … len(edges) − 2); −1 for NaN.

    Classes are closed on the left except the last, which also includes its upper edge.
    """
    array = np.asarray(values, dtype=float)
    result = np.full(array.shape, -1, dtype=int)
    if len(edges) < 2:
        return result
    finite = np.isfinite(array)
    inner = np.asarray(edges[1:-1], dtype=float)
    result[finite] = np.searchsorted(inner, array[finite], side="right")
    return np.clip(result, -1, len(edges) - 2)


def _hex_to_rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def _rgb_to_hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(c):02X}" for c in rgb)


def hex_to_rgba(colour: str, alpha: int = 255) -> list[int]:
    """``#RRGGBB`` as ``[r, g, b, a]`` for deck.gl."""
    return [*_hex_to_rgb(colour), alpha]


def interpolate(palette: tuple[str, ...], position: float) -> str:
    """The colour at ``position`` (0 … 1) along ``palette``, linear in RGB."""
    position = min(max(position, 0.0), 1.0)
    scaled = position * (len(palette) - 1)
    lower = min(math.floor(scaled), len(palette) - 2)
    weight = scaled - lower
    a, b = _hex_to_rgb(palette[lower]), _hex_to_rgb(palette[lower + 1])
    return _rgb_to_hex(tuple(x + (y - x) * weight for x, y in zip(a, b, strict=True)))


def sample_palette(palette: tuple[str, ...], n: int) -> list[str]:
    """``n`` colours spread evenly along ``palette`` (one class gets the middle colour)."""
    if n <= 0:
        return []
    if n == 1:
        return [interpolate(palette, 0.5)]
    if n == len(palette):
        return list(palette)
    return [interpolate(palette, i / (n - 1)) for i in range(n)]


def oriented(palette: tuple[str, ...], better: Better) -> tuple[str, ...]:
    """The palette ordered from low values to high values so that better reads as better.

    Palettes run from worse to better; when lower is better they are reversed.
    """
    if better not in ("higher", "lower", "none"):
        raise ValueError(f"Okänd riktning: {better!r}")
    return tuple(reversed(palette)) if better == "lower" else palette  # none: low to high


def _in_classes(
    array: np.ndarray, edges: list[float], class_colours: list[str]
) -> tuple[list[str], list[LegendEntry]]:
    """Each value in its class's colour (missing ones grey), and a legend entry per class."""
    index = class_index(array, edges)
    colours = [MISSING_COLOUR if i < 0 else class_colours[i] for i in index]
    legend = [LegendEntry(class_colours[i], edges[i], edges[i + 1]) for i in range(len(edges) - 1)]
    return colours, legend


def _stops(palette: tuple[str, ...], low: float, high: float) -> list[LegendEntry]:
    """A continuous legend: the palette's colours at even stops from ``low`` to ``high``."""
    stops = np.linspace(low, high, len(palette))
    return [LegendEntry(c, float(s), float(s)) for c, s in zip(palette, stops, strict=True)]


def _classification(
    colours: list[str], legend: list[LegendEntry], missing: np.ndarray, method: Method
) -> Classification:
    """The result, with a "no data" legend entry when any value is missing."""
    if missing.any():
        legend.append(LegendEntry(MISSING_COLOUR, math.nan, math.nan, missing=True))
    return Classification(colours=colours, legend=legend, continuous=method == "continuous")


def classify(
    values: np.ndarray, method: Method, better: Better, n_classes: int = N_CLASSES
) -> Classification:
    """Colour each value on the sequential palette whose dark end is the better end."""
    array = np.asarray(values, dtype=float)
    palette = oriented(SEQUENTIAL, better)
    edges = class_edges(array, method, n_classes)
    missing = ~np.isfinite(array)
    if method == "continuous" and len(edges) == 2 and edges[0] < edges[1]:
        low, high = edges
        colours = [
            MISSING_COLOUR if m else interpolate(palette, (v - low) / (high - low))
            for v, m in zip(array, missing, strict=True)
        ]
        legend = _stops(palette, low, high)
    else:
        class_colours = sample_palette(palette, max(len(edges) - 1, 0))
        if len(edges) == 2 and edges[0] == edges[1]:
            class_colours = [interpolate(palette, 0.5)]
        colours, legend = _in_classes(array, edges, class_colours)
    return _classification(colours, legend, missing, method)


def diverging_edges(values: np.ndarray, method: Method, half_classes: int = 3) -> list[float]:
    """Edges symmetric around zero: ``-m … 0 … m`` with ``half_classes`` classes each side.

    ``equal`` splits ``[0, m]`` evenly (``m`` = largest absolute change); ``quantile`` uses
    quantiles of the absolute changes, mirrored. All changes zero gives ``[0, 0]``.
    """
    finite = _finite(values)
    if finite.size == 0:
        return []
    magnitude = float(np.abs(finite).max())
    if magnitude == 0:
        return [0.0, 0.0]
    if method == "quantile":
        positive = np.quantile(np.abs(finite), np.linspace(0, 1, half_classes + 1))[1:]
        positive[-1] = magnitude
    else:
        positive = np.linspace(0, magnitude, half_classes + 1)[1:]
    upper: list[float] = []
    for edge in positive:
        if float(edge) > (upper[-1] if upper else 0.0):
            upper.append(float(edge))
    return [-e for e in reversed(upper)] + [0.0] + upper


def classify_change(values: np.ndarray, method: Method, better: Better) -> Classification:
    """Colour changes on the diverging palette: blue is change for the better, red worse.

    Zero is a class edge only when both rises and falls occur, so the two never share a
    colour; the legend lists only the classes the values occupy, from the smallest change to
    the largest (no red classes when every value rose and higher is better). No change at all
    is drawn in the neutral middle colour.
    """
    array = np.asarray(values, dtype=float)
    missing = ~np.isfinite(array)
    if better == "none":
        palette = DIVERGING_NO_VERDICT
    elif better in ("higher", "lower"):
        palette = DIVERGING if better == "higher" else tuple(reversed(DIVERGING))
    else:
        raise ValueError(f"Okänd riktning: {better!r}")
    finite = _finite(array)
    magnitude = float(np.abs(finite).max()) if finite.size else 0.0
    if finite.size and magnitude == 0:
        colours = [MISSING_COLOUR if m else DIVERGING_NEUTRAL for m in missing]
        legend = [LegendEntry(DIVERGING_NEUTRAL, 0.0, 0.0)]
    elif method == "continuous" and finite.size:
        colours = [
            MISSING_COLOUR if m else interpolate(palette, (v / magnitude + 1) / 2)
            for v, m in zip(array, missing, strict=True)
        ]
        low, high = float(finite.min()), float(finite.max())
        stops = np.linspace(low, high, len(palette))
        legend = [
            LegendEntry(interpolate(palette, (s / magnitude + 1) / 2), float(s), float(s))
            for s in stops
        ]
    else:
        edges = diverging_edges(array, method)
        half = (len(edges) - 1) // 2
        centre = len(palette) // 2
        class_colours = list(palette[centre - half : centre + half])
        edges, class_colours = _occupied(array, edges, class_colours)
        colours, legend = _in_classes(array, edges, class_colours)
    return _classification(colours, legend, missing, method)


def _occupied(
    array: np.ndarray, edges: list[float], class_colours: list[str]
) -> tuple[list[float], list[str]]:
    """The classes from the lowest to the highest one that holds a value, their outer edges
    moved in to the smallest and largest value (so no legend row promises values nobody has)."""
    index = class_index(array, edges)
    held = index[index >= 0]
    if held.size == 0:
        return edges, class_colours
    first, last = int(held.min()), int(held.max())
    kept = list(edges[first : last + 2])
    finite = _finite(array)
    kept[0], kept[-1] = float(finite.min()), float(finite.max())
    return kept, class_colours[first : last + 1]


def change_between(now: np.ndarray, base: np.ndarray, percent: bool) -> np.ndarray:
    """Change from ``base`` to ``now``: absolute, or in percent of ``|base|``.

    NaN where either value is missing, and for percent where the base is zero.
    """
    a = np.asarray(now, dtype=float)
    b = np.asarray(base, dtype=float)
    difference = a - b
    if not percent:
        return difference
    with np.errstate(divide="ignore", invalid="ignore"):
        result = np.where(b != 0, difference / np.abs(b) * 100.0, np.nan)
    return result.astype(float)
