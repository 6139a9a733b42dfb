"""Which regions the ranking beside the map shows: never more bars than fit with labels.

Up to :data:`MAX_BARS` regions (the 21 counties) are all shown. Beyond that (the 290
municipalities) the chart shows the best and the worst :data:`ENDS` and the chosen region,
with one row between them saying how many are left out; the table below the map holds them
all.
"""

from __future__ import annotations

import pandas as pd

from rus_data.text import t

MAX_BARS = 25
ENDS = 10


def bars_to_show(ranked: pd.DataFrame, chosen_name: str | None, language: str) -> pd.DataFrame:
    """The rows of ``ranked`` (sorted best first, a ``name`` column) to draw as bars.

    Every row gets ``gap`` (false). When rows are left out, a row named "⋯ N till" marks the
    gap, placed
    where the left-out regions rank; the chosen region keeps its place among them."""
    if len(ranked) <= MAX_BARS:
        return ranked.assign(gap=False)
    ranked = ranked.reset_index(drop=True).assign(gap=False)
    keep = set(range(ENDS)) | set(range(len(ranked) - ENDS, len(ranked)))
    chosen = ranked.index[ranked["name"] == chosen_name] if chosen_name else []
    keep |= set(chosen)
    rows: list[pd.DataFrame] = []
    left_out = 0
    for position in range(len(ranked)):
        if position in keep:
            if left_out:
                rows.append(_gap(ranked, left_out, language))
                left_out = 0
            rows.append(ranked.iloc[[position]])
        else:
            left_out += 1
    return pd.concat(rows, ignore_index=True)


def _gap(ranked: pd.DataFrame, count: int, language: str) -> pd.DataFrame:
    """One row that only names how many regions the chart leaves out here (``gap`` true; its
    bar has length 0 and is drawn transparent)."""
    row = {
        column: (0 if pd.api.types.is_numeric_dtype(ranked[column]) else "")
        for column in ranked.columns
    }
    row |= {"name": t("map_bars_left_out", language, count=count), "gap": True}
    return pd.DataFrame([row]).astype(ranked.dtypes.to_dict())
