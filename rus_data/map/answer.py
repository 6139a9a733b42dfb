"""The map's answer in a line: the best and the worst area of the shown measure."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from rus_data.map.classes import Better


@dataclass(frozen=True)
class Extreme:
    """One end of the ranking: ``role`` is best/worst (a reviewed direction) or
    highest/lowest (none), ``others`` the areas that share its rank besides ``name``."""

    role: str
    name: str
    shown_text: str
    others: int


def _end(frame: pd.DataFrame, rank: int, role: str) -> Extreme:
    tied = frame[frame["rank"] == rank].sort_values("name")
    first = tied.iloc[0]
    return Extreme(role, str(first["name"]), str(first["shown_text"]), len(tied) - 1)


def map_extremes(frame: pd.DataFrame, better: Better) -> tuple[Extreme, Extreme] | None:
    """The first and the last of ``frame``'s ranking (``rank``, 1 for the best; ``name``,
    ``shown_text``), or None when fewer than two areas have a value."""
    ranked = frame[frame["rank"].notna()]
    if ranked["name"].nunique() < 2:
        return None
    top, bottom = int(ranked["rank"].min()), int(ranked["rank"].max())
    if top == bottom:
        return None
    roles = ("highest", "lowest") if better == "none" else ("best", "worst")
    return _end(ranked, top, roles[0]), _end(ranked, bottom, roles[1])
