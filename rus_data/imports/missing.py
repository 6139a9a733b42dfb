"""Missing-value markers as SCB and Kolada write them, and the report of what was left out.

``..`` (not available), ``.`` (not applicable), ``-`` or ``–`` (nothing to report) and an empty
cell are missing values: such a row is left out, counted and named, never stored as 0.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

MISSING_MARKERS = frozenset({"", "..", ".", "-", "\u2013", "\u2014"})
MAX_NAMED_ROWS = 20


def missing_mask(values: pd.Series) -> pd.Series:
    """True where a cell holds a missing-value marker (after stripping spaces)."""
    text = values.astype(str).str.replace("\u00a0", " ", regex=False).str.strip()
    return text.isin(MISSING_MARKERS)


@dataclass(frozen=True)
class MissingValues:
    """Rows left out because their value was missing: how many, which, and by which marker."""

    rows: tuple[int, ...] = ()
    markers: dict[str, int] = field(default_factory=dict)

    @property
    def count(self) -> int:
        """How many values were left out."""
        return len(self.rows)

    def text(self) -> str:
        """One Swedish sentence naming the count, the markers and the first rows."""
        if not self.rows:
            return ""
        marks = ", ".join(
            f"”{m}” ({n})" if m else f"tom cell ({n})" for m, n in sorted(self.markers.items())
        )
        rows = sorted(set(self.rows))
        shown = ", ".join(str(r) for r in rows[:MAX_NAMED_ROWS])
        more = f" och {len(rows) - MAX_NAMED_ROWS} till" if len(rows) > MAX_NAMED_ROWS else ""
        noun = "saknat värde" if self.count == 1 else "saknade värden"
        return f"{self.count} {noun} lämnades bort, inte som 0: {marks}; rad {shown}{more}."


def merged(parts: list[MissingValues]) -> MissingValues:
    """One report for the missing values of several parts of a file, in file order."""
    if len(parts) == 1:
        return parts[0]
    markers: dict[str, int] = {}
    for part in parts:
        for marker, count in part.markers.items():
            markers[marker] = markers.get(marker, 0) + count
    return MissingValues(tuple(r for part in parts for r in part.rows), markers)


def missing_values(rows: pd.Series, cells: pd.Series) -> MissingValues:
    """The report for the rows ``rows`` whose cells ``cells`` are missing markers."""
    text = cells.astype(str).str.replace("\u00a0", " ", regex=False).str.strip()
    markers = text.value_counts().to_dict()
    return MissingValues(tuple(int(r) for r in rows), {str(k): int(v) for k, v in markers.items()})
